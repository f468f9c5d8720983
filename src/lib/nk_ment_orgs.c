/* nk_ment_orgs.c — names the lexicons know (entities.txt, places.txt),
 * and organization names built by pattern: a head word with its
 * complement ("le ministère de la Défense", "la Cour des comptes") or an
 * English name ending in an organization word ("Human Rights Watch").
 * These passes run first: a known or patterned name is the most certain
 * reading of its words. */
#include <config.h>

#include "nk_mentions.h"

#include <stdlib.h>
#include <string.h>

/* A word with capitals and no lower-case letter: "OTAN", "C8", "TF1". */
static int nk_mo_no_lower(const nk_mctx *x, size_t i) {
  const char *f = x->seg->toks[i].form;
  if (nk_m_allcaps(x, i))
    return 1;
  int upper = 0;
  for (; *f; f++) {
    if (*f >= 'a' && *f <= 'z')
      return 0;
    upper |= *f >= 'A' && *f <= 'Z';
  }
  return upper;
}

/* Whether an entities/places match of n tokens at i reads as a name here:
 * capitals where the name has them, and a given name followed by another
 * capitalized word is a person ("Jordan Bardella"), not the place. */
static int nk_mo_accept_known(const nk_mctx *x, size_t i, size_t n, size_t sb,
                              size_t se, nk_ent_type type, int caps_only,
                              int lower_ok) {
  const nk_segments *seg = x->seg;
  int anycap = lower_ok;
  for (size_t k = i; k < i + n; k++) {
    if (caps_only && nk_names_is_word(seg, k) && !nk_mo_no_lower(x, k))
      return 0;
    anycap |= nk_names_is_cap(seg, k);
  }
  size_t words = nk_names_key_words(seg, i, i + n);
  int article = n > 1 && nk_m_in(x->articles, x, i);
  /* "Le Monde", "Les Échos": the article and the next word both in
   * capitals, or it is only "le point" at the start of a sentence. */
  if (article && (!nk_names_is_cap(seg, i) ||
                  (n > 1 && !(seg->toks[i].flags & NK_TF_ELIDED) &&
                   !nk_names_is_cap(seg, i + 1))))
    return 0;
  if (words < 3 && !anycap)
    return 0;
  if (n == 1 && type != NK_ENT_PERSON && nk_m_first(x, i) &&
      nk_m_namey(x, i + 1, se))
    return 0;
  /* "Jill Biden" is not "Biden", "Ferdinand Porsche" not the company: a
   * given name before a known one-word name makes another person. */
  size_t g = i;
  while (g > sb + 1 && i - g < 2 && nk_names_is_lower(seg, g - 1) &&
         nk_m_in(x->particles, x, g - 1)) /* "Christian von Koenigsegg" */
    g--;
  if (n == 1 && g > sb && !x->used[g - 1] && nk_names_is_cap(seg, g - 1) &&
      nk_m_first(x, g - 1))
    return 0;
  /* "le quartier de Bercy": a one-word organization after a street or
   * district noun names the place. */
  if (n == 1 && type == NK_ENT_ORG && i >= sb + 2 &&
      (nk_names_is_word(seg, i - 1) &&
       (strcmp(seg->toks[i - 1].lower, "de") == 0 ||
        strcmp(seg->toks[i - 1].lower, "du") == 0)) &&
      nk_m_in(x->eponym, x, i - 2))
    return 0;
  return 1;
}

void nk_mo_known(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    if (x->used[i] || !nk_names_is_word(x->seg, i))
      continue;
    size_t n = 0;
    const char *v = nk_names_longest(x->entities, x->seg, i, se, &n);
    nk_entity_entry e;
    if (v && nk_entity_parse(v, &e)) {
      int ok =
          nk_m_free(x, i, i + n) &&
          nk_mo_accept_known(x, i, n, sb, se, e.type, e.caps_only, e.lower_ok);
      nk_ent_type t = e.type;
      nk_entity_entry_free(&e);
      if (ok) {
        nk_m_add(x, t, i, i + n);
        i += n - 1;
      }
    }
  }
}

void nk_mo_places(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    if (x->used[i] || !nk_names_is_cap(x->seg, i))
      continue;
    size_t n = 0;
    if (nk_names_longest(x->places, x->seg, i, se, &n) &&
        nk_m_free(x, i, i + n) &&
        nk_mo_accept_known(x, i, n, sb, se, NK_ENT_PLACE, 0, 0)) {
      nk_m_add(x, NK_ENT_PLACE, i, i + n);
      i += n - 1;
    }
  }
}

int nk_mo_orgadj(const nk_mctx *x, size_t i) {
  return nk_names_is_lower(x->seg, i) &&
         (nk_m_in(x->org_adj, x, i) || nk_m_in(x->nat, x, i));
}

/* After a de/du/des/d'/de la/de l' at i, the index of the first word of
 * the complement, or 0 when there is no such preposition. */
size_t nk_mo_after_prep(const nk_mctx *x, size_t i, size_t se) {
  if (i >= se || !nk_names_is_word(x->seg, i))
    return 0;
  const char *w = x->seg->toks[i].lower;
  if (strcmp(w, "du") == 0 || strcmp(w, "des") == 0 || strcmp(w, "d'") == 0)
    return i + 1;
  if (strcmp(w, "de") == 0) {
    if (i + 1 < se && nk_names_is_word(x->seg, i + 1) &&
        (strcmp(x->seg->toks[i + 1].lower, "la") == 0 ||
         strcmp(x->seg->toks[i + 1].lower, "l'") == 0))
      return i + 2;
    return i + 1;
  }
  return 0;
}

static int nk_mo_en_head(const nk_mctx *x, size_t i);

/* One complement of an organization's head at c (the word after de/du/des):
 * capitalized words ("des Petites Villes", "de France") or, after a
 * capitalized head, a lower-case noun ("des maires", "des petites villes"),
 * each with the adjectives after it.  Returns its end, or 0. */
static size_t nk_mo_org_compl(const nk_mctx *x, size_t c, size_t se,
                              int headcap) {
  if (c >= se || x->used[c])
    return 0;
  if (nk_names_is_cap(x->seg, c)) {
    if (nk_m_first(x, c) || nk_m_in(x->honor, x, c) || nk_m_ordinal(x, c))
      return 0;
    size_t n = 0, k = c;
    int place = nk_names_longest(x->places, x->seg, c, se, &n) != NULL;
    if (place && headcap < 0)
      return 0;
    while (k < se && !x->used[k] && nk_names_is_cap(x->seg, k) &&
           !nk_m_stop_strict(x, k))
      k++;
    if (place && k < c + n)
      k = c + n;
    while (k > c && k < se && !x->used[k] && nk_mo_orgadj(x, k))
      k++;
    return k > c ? k : 0;
  }
  if (headcap <= 0 || !nk_names_is_lower(x->seg, c) || nk_m_in(x->stop, x, c) ||
      nk_m_in(x->roles, x, c))
    return 0;
  size_t k = c + 1;
  /* A prenominal adjective: "des petites villes". */
  if (nk_mo_orgadj(x, c) && nk_names_is_lower(x->seg, k) &&
      !nk_m_in(x->stop, x, k) && !nk_m_prep(x, k))
    k++;
  while (k < se && !x->used[k] && nk_mo_orgadj(x, k))
    k++;
  return k;
}

/* Further complements after the first: "Association des maires de France",
 * "Syndicat de l'inspection de l'Éducation nationale". */
static size_t nk_mo_org_more(const nk_mctx *x, size_t k, size_t se,
                             int headcap) {
  for (int n = 0; n < 2; n++) {
    size_t c = nk_mo_after_prep(x, k, se);
    size_t e = c ? nk_mo_org_compl(x, c, se, headcap) : 0;
    if (!e)
      break;
    k = e;
  }
  return k;
}

/* "le tribunal de grande instance de Lille", "la cour d'appel de Douai":
 * a lower-case institution's head, complements in lower case, then a
 * capitalized one (a place).  Returns the end, or 0. */
static size_t nk_mo_org_institution(const nk_mctx *x, size_t j, size_t se) {
  for (int n = 0; n < 3; n++) {
    size_t c = nk_mo_after_prep(x, j, se);
    if (!c || c >= se)
      return 0;
    if (nk_names_is_cap(x->seg, c)) {
      size_t e = nk_mo_org_compl(x, c, se, 0);
      return e ? nk_mo_org_more(x, e, se, 0) : 0;
    }
    j = nk_mo_org_compl(x, c, se, 1);
    if (!j)
      return 0;
  }
  return 0;
}

/* "ministère des Affaires étrangères", "Agence nationale de la recherche",
 * "Banque centrale européenne", "groupe Wagner".  Returns the end of the
 * organization's name starting at head i, or 0. */
static size_t nk_mo_org_head(const nk_mctx *x, size_t i, size_t se) {
  const char *hv = nk_names_get(x->heads, x->seg, i);
  if (!hv || !strstr(hv, "fr") || x->used[i])
    return 0;
  /* 1: a capitalized head; 0: a lower-case one that takes a place as
   * complement; -1: another lower-case one. */
  int headcap = nk_names_is_cap(x->seg, i) ? 1 : strstr(hv, "place") ? 0 : -1;
  size_t j = i + 1;
  int adj = 0;
  while (j < se && !x->used[j] && nk_mo_orgadj(x, j)) {
    j++;
    adj = 1;
  }
  /* The complements, as after any head; a lower-case one only when the
   * capital of the head is not just the sentence's ("Agence de sécurité
   * sanitaire" inside a sentence). */
  size_t c = nk_mo_after_prep(x, j, se);
  if (c && c < se &&
      (nk_names_is_cap(x->seg, c) ||
       !(x->seg->toks[i].flags & NK_TF_SENT_START))) {
    size_t e = nk_mo_org_compl(x, c, se, headcap);
    if (e)
      return nk_mo_org_more(x, e, se, headcap);
  }
  if (headcap == 0) {
    size_t e = nk_mo_org_institution(x, j, se);
    if (e)
      return e;
  }
  if (headcap > 0 && adj)
    return j;
  /* "l'ambassade américaine": a nationality names the body. */
  if (adj && strstr(hv, "nat") && nk_m_in(x->nat, x, i + 1))
    return j;
  /* A head word right before a capitalized name: "groupe Wagner",
   * "Fondation Jean Jaurès"; but a given name after a lower-case head
   * starts a person's name ("le parti de Marine Le Pen", "le parti
   * Wallerand ..."), and a person's full name is no organization. */
  if (j == i + 1 && nk_m_namey(x, j, se) &&
      !(nk_m_first(x, j) && (nk_m_namey(x, j + 1, se) || headcap <= 0))) {
    size_t k = j;
    /* "société Revenant Automotive": an English head may close it. */
    while (nk_m_namey(x, k, se) ||
           (k > j && k < se && !x->used[k] && nk_mo_en_head(x, k)))
      k++;
    return k;
  }
  return 0;
}

/* A word that joins the capitalized words of an English organization's
 * name (english_name_links.txt: of, for, the, &...). */
static int nk_mo_en_connector(const nk_mctx *x, size_t i) {
  return nk_m_in(x->en_links, x, i);
}

static int nk_mo_en_head(const nk_mctx *x, size_t i) {
  const char *v = nk_names_get(x->heads, x->seg, i);
  return v && strstr(v, "en") && nk_names_is_cap(x->seg, i);
}

/* "Institute for the Study of War", "Brookings Institution": capitalized
 * words joined by of/on/for/and/the, opening or closing with an English
 * organization word.  Returns the end, or 0. */
static size_t nk_mo_org_english(const nk_mctx *x, size_t i, size_t se) {
  if (x->used[i] || !nk_names_is_cap(x->seg, i) || nk_m_in(x->stop, x, i))
    return 0;
  size_t k = i + 1, last = i + 1;
  while (k < se && !x->used[k]) {
    if (nk_names_is_cap(x->seg, k) && !nk_m_in(x->stop, x, k)) {
      k++;
      last = k;
    } else if (nk_mo_en_connector(x, k) && k + 1 < se) {
      k++;
    } else {
      break;
    }
  }
  if (last - i < 2 || nk_m_quoted(x, i, last))
    return 0;
  if (nk_mo_en_head(x, last - 1))
    return last;
  if (nk_mo_en_head(x, i) && nk_mo_en_connector(x, i + 1))
    return last;
  return 0;
}

void nk_mo_orgs(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    size_t e = nk_mo_org_head(x, i, se);
    if (!e)
      e = nk_mo_org_english(x, i, se);
    if (e > i + 1 && nk_m_free(x, i, e)) {
      nk_m_add(x, NK_ENT_ORG, i, e);
      i = e - 1;
    }
  }
}
