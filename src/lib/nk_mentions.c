/* nk_mentions.c — persons, organizations, places and unnamed agents.
 *
 * Passes over every sentence that is article prose, each one only over
 * tokens no earlier pass took, so that the longest and most certain match
 * wins: known entities (entities.txt), organization patterns (a head word
 * with its complement, English names ending in an organization word),
 * places (places.txt), person names (a given name, an honorific or a role
 * noun before a capitalized sequence), then surnames already seen in the
 * article, acronyms, and last unnamed agents ("une conseillère du
 * ministère de l'Intérieur"), which may contain a named organization. */
#include <config.h>

#include "nk_extract.h"
#include "nk_names.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  nk_ent_type type; /* what it names */
  size_t tb, te;    /* tokens [tb, te) */
} nk_cand;

typedef struct {
  const nk_segments *seg;      /* the article's tokens */
  const nk_lexicon *entities;  /* known entities and aliases */
  const nk_lexicon *places;    /* places -> canonical name */
  const nk_lexicon *first;     /* given names */
  const nk_lexicon *honor;     /* M., Mme, Dr... */
  const nk_lexicon *particles; /* von, de, ben... inside names */
  const nk_lexicon *family;    /* family names said first: Zhao, Moon */
  const nk_lexicon *roles;     /* role nouns */
  const nk_lexicon *stop;      /* capitalized words that are not names */
  const nk_lexicon *heads;     /* organization head words */
  const nk_lexicon *org_adj;   /* adjectives inside organization names */
  const nk_lexicon *nat;       /* nationality adjectives */
  const nk_lexicon *mods;      /* role modifiers: ancien, sortant... */
  const nk_lexicon *agent;     /* agent determiners, nouns, adjectives */
  const nk_lexicon *eponym;    /* nouns named after a person: rue, lycée */
  const nk_lexicon *links;     /* de, du, la, et...: open a complement */
  const nk_lexicon *en_links;  /* of, for, the...: inside English names */
  const nk_lexicon *articles;  /* le, la, the...: may open a known name */
  const nk_lexicon *speech;    /* reporting verbs: "a déclaré X Y" */
  const nk_lexicon *headline;  /* verbs and small words of headlines in
                                  capitals: "REÇOIT", "ET" */
  const nk_lexicon *cues;      /* words after a name that make it a
                                  person's ("X Y, 43 ans") */
  unsigned char *used;         /* per token: taken by a candidate */
  unsigned char *person_start; /* per token: a person's name starts here */
  unsigned char *person_end;   /* per token: a person's name ends before it */
  long *cand_at;               /* per token: candidate covering it, or -1 */
  nk_cand *c;                  /* candidates found */
  size_t nc, cap;              /* used and allocated candidates */
} nk_mctx;

static void nk_m_add(nk_mctx *x, nk_ent_type type, size_t tb, size_t te) {
  if (type == NK_ENT_PERSON) {
    x->person_start[tb] = 1;
    x->person_end[te] = 1;
  }
  nk_cand *c = NK_PUSH(x->c, x->nc, x->cap);
  c->type = type;
  c->tb = tb;
  c->te = te;
  for (size_t i = tb; i < te; i++) {
    x->used[i] = 1;
    x->cand_at[i] = (long)(x->nc - 1);
  }
}

static int nk_m_free(const nk_mctx *x, size_t tb, size_t te) {
  for (size_t i = tb; i < te; i++)
    if (x->used[i])
      return 0;
  return 1;
}

static int nk_m_in(const nk_lexicon *lex, const nk_mctx *x, size_t i) {
  return nk_names_get(lex, x->seg, i) != NULL;
}

/* A stopword that is never part of an organization's name (ministry
 * domains such as "Affaires" or "Défense" are). */
static int nk_m_stop_strict(const nk_mctx *x, size_t i) {
  const char *v = nk_names_get(x->stop, x->seg, i);
  return v && strcmp(v, "domain") != 0;
}

static int nk_m_allcaps(const nk_mctx *x, size_t i) {
  return nk_names_is_word(x->seg, i) && (x->seg->toks[i].flags & NK_TF_ALLCAPS);
}

/* A given name: listed, or a compound of listed ones ("Marc-Olivier"). */
static int nk_m_first(const nk_mctx *x, size_t i) {
  if (nk_m_in(x->first, x, i))
    return 1;
  if (!nk_names_is_word(x->seg, i))
    return 0;
  const char *w = x->seg->toks[i].lower;
  const char *h = strchr(w, '-');
  if (!h || h == w || !h[1] || strchr(h + 1, '-'))
    return 0;
  char *a = nk_xstrndup(w, (size_t)(h - w));
  int ok = nk_lexicon_get(x->first, a) && nk_lexicon_get(x->first, h + 1);
  free(a);
  return ok;
}

/* A Roman ordinal such as "XIe" or "XXe" (an arrondissement, a century),
 * which is capitalized but names nothing. */
static int nk_m_ordinal(const nk_mctx *x, size_t i) {
  /* The numeral in capitals: "Lille" is no "LILLe". */
  const char *w = x->seg->toks[i].form;
  size_t n = strspn(w, "IVXLC");
  return n > 0 && (strcmp(w + n, "e") == 0 || strcmp(w + n, "er") == 0 ||
                   strcmp(w + n, "ème") == 0);
}

/* Two words glued by a lost space or line break: a capital after a
 * lower-case letter past the prefixes of names such as "McLaren" or
 * "DiCaprio" ("DupontEnquêteur"), or a heading in capitals before a
 * capitalized word ("CHÔMAGEManuel").  No name is written so. */
static int nk_m_glued(const nk_mctx *x, size_t i) {
  const char *f = x->seg->toks[i].form;
  size_t n = strlen(f);
  for (size_t k = 3; k + 1 < n; k++) {
    if (f[k] < 'A' || f[k] > 'Z')
      continue;
    int after_lower = (f[k - 1] >= 'a' && f[k - 1] <= 'z') ||
                      ((unsigned char)f[k - 1] & 0xC0) == 0x80;
    int after_upper = f[k - 1] >= 'A' && f[k - 1] <= 'Z';
    int before_lower = f[k + 1] >= 'a' && f[k + 1] <= 'z';
    if ((after_lower && k >= 5) || (after_upper && before_lower))
      return 1;
  }
  return 0;
}

/* A capitalized word that may be part of a person's name. */
static int nk_m_namey(const nk_mctx *x, size_t i, size_t se) {
  if (i >= se || x->used[i] || !nk_names_is_cap(x->seg, i))
    return 0;
  if (nk_m_ordinal(x, i) || nk_m_glued(x, i))
    return 0;
  if (nk_m_in(x->stop, x, i) || nk_m_in(x->honor, x, i) ||
      nk_m_in(x->heads, x, i) || nk_m_in(x->roles, x, i) ||
      nk_m_in(x->nat, x, i))
    return 0;
  return 1;
}

/* Words that fill a pair of quotation marks on their own name a work (a
 * song, a film, a book: "Breaking News"), not a person or a company. */
static int nk_m_quoted(const nk_mctx *x, size_t tb, size_t te) {
  return tb > 0 && te < x->seg->ntoks &&
         x->seg->toks[tb - 1].kind == NK_TOK_QUOTE_OPEN &&
         x->seg->toks[te].kind == NK_TOK_QUOTE_CLOSE;
}

/* A preposition, article or "et" (complement_words.txt): the word after
 * it belongs to a complement. */
static int nk_m_prep(const nk_mctx *x, size_t i) {
  return nk_names_is_word(x->seg, i) && nk_m_in(x->links, x, i);
}

/* Number of words of a lexicon key. */
static size_t nk_m_key_words(const char *key) {
  size_t n = 1;
  for (; *key; key++)
    if (*key == ' ')
      n++;
  return n;
}

/* ------------------------------------------------------------ known names */

/* A word with capitals and no lower-case letter: "OTAN", "C8", "TF1". */
static int nk_m_no_lower(const nk_mctx *x, size_t i) {
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
static int nk_m_accept_known(const nk_mctx *x, size_t i, size_t n, size_t sb,
                             size_t se, nk_ent_type type, int caps_only,
                             int lower_ok) {
  const nk_segments *seg = x->seg;
  int anycap = lower_ok;
  for (size_t k = i; k < i + n; k++) {
    if (caps_only && nk_names_is_word(seg, k) && !nk_m_no_lower(x, k))
      return 0;
    anycap |= nk_names_is_cap(seg, k);
  }
  char *key = nk_names_key(seg, i, i + n);
  size_t words = nk_m_key_words(key);
  free(key);
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

static void nk_m_known(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    if (x->used[i] || !nk_names_is_word(x->seg, i))
      continue;
    size_t n = 0;
    const char *v = nk_names_longest(x->entities, x->seg, i, se, &n);
    nk_entity_entry e;
    if (v && nk_entity_parse(v, &e)) {
      int ok =
          nk_m_free(x, i, i + n) &&
          nk_m_accept_known(x, i, n, sb, se, e.type, e.caps_only, e.lower_ok);
      nk_ent_type t = e.type;
      nk_entity_entry_free(&e);
      if (ok) {
        nk_m_add(x, t, i, i + n);
        i += n - 1;
      }
    }
  }
}

static void nk_m_places(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    if (x->used[i] || !nk_names_is_cap(x->seg, i))
      continue;
    size_t n = 0;
    if (nk_names_longest(x->places, x->seg, i, se, &n) &&
        nk_m_free(x, i, i + n) &&
        nk_m_accept_known(x, i, n, sb, se, NK_ENT_PLACE, 0, 0)) {
      nk_m_add(x, NK_ENT_PLACE, i, i + n);
      i += n - 1;
    }
  }
}

/* ---------------------------------------------------------- organizations */

static int nk_m_orgadj(const nk_mctx *x, size_t i) {
  return nk_names_is_lower(x->seg, i) &&
         (nk_m_in(x->org_adj, x, i) || nk_m_in(x->nat, x, i));
}

/* After a de/du/des/d'/de la/de l' at i, the index of the first word of
 * the complement, or 0 when there is no such preposition. */
static size_t nk_m_after_prep(const nk_mctx *x, size_t i, size_t se) {
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

static int nk_m_en_head(const nk_mctx *x, size_t i);

/* One complement of an organization's head at c (the word after de/du/des):
 * capitalized words ("des Petites Villes", "de France") or, after a
 * capitalized head, a lower-case noun ("des maires", "des petites villes"),
 * each with the adjectives after it.  Returns its end, or 0. */
static size_t nk_m_org_compl(const nk_mctx *x, size_t c, size_t se,
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
    while (k > c && k < se && !x->used[k] && nk_m_orgadj(x, k))
      k++;
    return k > c ? k : 0;
  }
  if (headcap <= 0 || !nk_names_is_lower(x->seg, c) || nk_m_in(x->stop, x, c) ||
      nk_m_in(x->roles, x, c))
    return 0;
  size_t k = c + 1;
  /* A prenominal adjective: "des petites villes". */
  if (nk_m_orgadj(x, c) && nk_names_is_lower(x->seg, k) &&
      !nk_m_in(x->stop, x, k) && !nk_m_prep(x, k))
    k++;
  while (k < se && !x->used[k] && nk_m_orgadj(x, k))
    k++;
  return k;
}

/* Further complements after the first: "Association des maires de France",
 * "Syndicat de l'inspection de l'Éducation nationale". */
static size_t nk_m_org_more(const nk_mctx *x, size_t k, size_t se,
                            int headcap) {
  for (int n = 0; n < 2; n++) {
    size_t c = nk_m_after_prep(x, k, se);
    size_t e = c ? nk_m_org_compl(x, c, se, headcap) : 0;
    if (!e)
      break;
    k = e;
  }
  return k;
}

/* "le tribunal de grande instance de Lille", "la cour d'appel de Douai":
 * a lower-case institution's head, complements in lower case, then a
 * capitalized one (a place).  Returns the end, or 0. */
static size_t nk_m_org_institution(const nk_mctx *x, size_t j, size_t se) {
  for (int n = 0; n < 3; n++) {
    size_t c = nk_m_after_prep(x, j, se);
    if (!c || c >= se)
      return 0;
    if (nk_names_is_cap(x->seg, c)) {
      size_t e = nk_m_org_compl(x, c, se, 0);
      return e ? nk_m_org_more(x, e, se, 0) : 0;
    }
    j = nk_m_org_compl(x, c, se, 1);
    if (!j)
      return 0;
  }
  return 0;
}

/* "ministère des Affaires étrangères", "Agence nationale de la recherche",
 * "Banque centrale européenne", "groupe Wagner".  Returns the end of the
 * organization's name starting at head i, or 0. */
static size_t nk_m_org_head(const nk_mctx *x, size_t i, size_t se) {
  const char *hv = nk_names_get(x->heads, x->seg, i);
  if (!hv || !strstr(hv, "fr") || x->used[i])
    return 0;
  /* 1: a capitalized head; 0: a lower-case one that takes a place as
   * complement; -1: another lower-case one. */
  int headcap = nk_names_is_cap(x->seg, i) ? 1 : strstr(hv, "place") ? 0 : -1;
  size_t j = i + 1;
  int adj = 0;
  while (j < se && !x->used[j] && nk_m_orgadj(x, j)) {
    j++;
    adj = 1;
  }
  /* The complements, as after any head; a lower-case one only when the
   * capital of the head is not just the sentence's ("Agence de sécurité
   * sanitaire" inside a sentence). */
  size_t c = nk_m_after_prep(x, j, se);
  if (c && c < se &&
      (nk_names_is_cap(x->seg, c) ||
       !(x->seg->toks[i].flags & NK_TF_SENT_START))) {
    size_t e = nk_m_org_compl(x, c, se, headcap);
    if (e)
      return nk_m_org_more(x, e, se, headcap);
  }
  if (headcap == 0) {
    size_t e = nk_m_org_institution(x, j, se);
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
           (k > j && k < se && !x->used[k] && nk_m_en_head(x, k)))
      k++;
    return k;
  }
  return 0;
}

/* A word that joins the capitalized words of an English organization's
 * name (english_name_links.txt: of, for, the, &...). */
static int nk_m_en_connector(const nk_mctx *x, size_t i) {
  return nk_m_in(x->en_links, x, i);
}

static int nk_m_en_head(const nk_mctx *x, size_t i) {
  const char *v = nk_names_get(x->heads, x->seg, i);
  return v && strstr(v, "en") && nk_names_is_cap(x->seg, i);
}

/* "Institute for the Study of War", "Brookings Institution": capitalized
 * words joined by of/on/for/and/the, opening or closing with an English
 * organization word.  Returns the end, or 0. */
static size_t nk_m_org_english(const nk_mctx *x, size_t i, size_t se) {
  if (x->used[i] || !nk_names_is_cap(x->seg, i) || nk_m_in(x->stop, x, i))
    return 0;
  size_t k = i + 1, last = i + 1;
  while (k < se && !x->used[k]) {
    if (nk_names_is_cap(x->seg, k) && !nk_m_in(x->stop, x, k)) {
      k++;
      last = k;
    } else if (nk_m_en_connector(x, k) && k + 1 < se) {
      k++;
    } else {
      break;
    }
  }
  if (last - i < 2 || nk_m_quoted(x, i, last))
    return 0;
  if (nk_m_en_head(x, last - 1))
    return last;
  if (nk_m_en_head(x, i) && nk_m_en_connector(x, i + 1))
    return last;
  return 0;
}

static void nk_m_orgs(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    size_t e = nk_m_org_head(x, i, se);
    if (!e)
      e = nk_m_org_english(x, i, se);
    if (e > i + 1 && nk_m_free(x, i, e)) {
      nk_m_add(x, NK_ENT_ORG, i, e);
      i = e - 1;
    }
  }
}

/* --------------------------------------------------------------- persons */

static int nk_m_honorific_before(const nk_mctx *x, size_t i, size_t sb) {
  if (i <= sb)
    return 0;
  if (nk_m_in(x->honor, x, i - 1) &&
      (nk_names_is_cap(x->seg, i - 1) ||
       (x->seg->toks[i - 1].flags & NK_TF_ABBREV)))
    return 1;
  /* "M" "." when the segmenter left the period apart. */
  return i >= sb + 2 && nk_names_is_punct(x->seg, i - 1, ".") &&
         nk_m_in(x->honor, x, i - 2) && nk_names_is_cap(x->seg, i - 2);
}

/* Whether a role noun stands before token i within its description: "le
 * président X", "le président ukrainien X", or with a comma, after its
 * complements: "la porte-parole du gouvernement, X". */
static int nk_m_role_before(const nk_mctx *x, size_t i, size_t sb) {
  const nk_segments *seg = x->seg;
  /* Right after a preposition or article the word is a complement ("le
   * maire de Perpignan", "le chef de l'Etat"), not a name. */
  if (i <= sb || nk_m_prep(x, i - 1))
    return 0;
  size_t k = i;
  int comma = nk_names_is_punct(seg, i - 1, ",");
  if (comma)
    k--;
  for (size_t steps = 0; k > sb && steps < 12; steps++) {
    k--;
    if (nk_names_is_lower(seg, k) && nk_m_in(x->roles, x, k))
      return 1;
    if (nk_names_is_cap(seg, k) && nk_m_in(x->roles, x, k) &&
        (seg->toks[k].flags & NK_TF_SENT_START))
      return 1;
    if (nk_names_is_lower(seg, k) &&
        (nk_m_in(x->mods, x, k) || nk_m_orgadj(x, k)))
      continue;
    /* Without a comma, only the role's complement may stand between:
     * "le ministre de la Santé Eteni Longondo", "la secrétaire d'État à la
     * Transition écologique Brune Poirson". */
    if (!comma &&
        (nk_m_prep(x, k) || (nk_names_is_cap(seg, k) &&
                             (x->used[k] || nk_names_get(x->stop, seg, k)))))
      continue;
    if (!comma)
      return 0;
    if (!nk_names_is_word(seg, k) && !x->used[k])
      return 0;
    if (x->used[k] || nk_m_prep(x, k) || nk_names_is_cap(seg, k))
      continue;
    /* A noun inside a complement: "inspecteur des finances". */
    if (k > sb && nk_m_prep(x, k - 1))
      continue;
    return 0;
  }
  return 0;
}

/* A particle glued to a name by a hyphen, as Arabic surnames are written
 * in French ("al-Khatib", "el-Sissi", "ben-Ali"): the particle is listed
 * and a capital follows the hyphen. */
static int nk_m_glued_particle(const nk_mctx *x, size_t i) {
  if (!nk_names_is_lower(x->seg, i))
    return 0;
  const char *w = x->seg->toks[i].form;
  const char *h = strchr(w, '-');
  if (!h || h == w || h[1] < 'A' || h[1] > 'Z')
    return 0;
  char *pre = nk_xstrndup(x->seg->toks[i].lower, (size_t)(h - w));
  int ok = nk_lexicon_get(x->particles, pre) != NULL;
  free(pre);
  return ok;
}

static int nk_m_particle_word(const nk_mctx *x, size_t i, size_t se) {
  return i < se && !x->used[i] && nk_m_glued_particle(x, i);
}

/* In a headline in capitals ("PETRA VOGEL CRITIQUE TOMAS HALVORSEN"), a
 * verb or a function word (headline_words.txt, or a reporting verb) ends
 * the name before it. */
static int nk_m_caps_break(const nk_mctx *x, size_t j) {
  return nk_m_allcaps(x, j) &&
         (nk_m_in(x->headline, x, j) || nk_m_in(x->speech, x, j));
}

/* Extends a run of name words from i: capitalized words, with particles
 * ("von der", "ben", "de") between two of them. */
static size_t nk_m_name_run(const nk_mctx *x, size_t i, size_t se) {
  size_t j = i;
  while (j < se) {
    if (j > i && nk_m_caps_break(x, j))
      break;
    if (nk_m_namey(x, j, se)) {
      j++;
      continue;
    }
    if (j > i && nk_m_particle_word(x, j, se)) {
      j++;
      continue;
    }
    size_t p = j;
    while (p < se && !x->used[p] && nk_names_is_word(x->seg, p) &&
           nk_m_in(x->particles, x, p) && p - j < 3)
      p++;
    /* Not before a word in capitals: "Chris Low de FHN Financial" names a
     * person and a company. */
    if (p > j && j > i && nk_m_namey(x, p, se) && !nk_m_in(x->places, x, p) &&
        !nk_m_allcaps(x, p)) {
      j = p;
      continue;
    }
    break;
  }
  /* A regnal number: "Elizabeth II", "Jean-Paul II". */
  if (j > i && j < se && !x->used[j] && nk_m_allcaps(x, j) &&
      strspn(x->seg->toks[j].lower, "ivx") == strlen(x->seg->toks[j].lower) &&
      strlen(x->seg->toks[j].lower) <= 4)
    j++;
  return j;
}

/* Whether a lower-case role noun stands right before token i, perhaps
 * with adjectives between: "le président Luiz ...", "la ministre
 * allemande Annalena ...". */
static int nk_m_role_adjacent(const nk_mctx *x, size_t i, size_t sb) {
  size_t k = i;
  for (int steps = 0; k > sb && steps < 3; steps++) {
    k--;
    if (!nk_names_is_lower(x->seg, k))
      return 0;
    if (nk_m_in(x->roles, x, k))
      return 1;
    if (!nk_m_in(x->nat, x, k) && !nk_m_in(x->mods, x, k))
      return 0;
  }
  return 0;
}

/* "Paul Arnaud, 43 ans": a run of two or three name words followed by an
 * age (person_cues.txt value age). */
static int nk_m_age_after(const nk_mctx *x, size_t i, size_t e, size_t se) {
  const nk_segments *seg = x->seg;
  if (e - i < 2 || e - i > 3 || e + 2 >= se ||
      !nk_names_is_punct(seg, e, ",") || seg->toks[e + 1].kind != NK_TOK_NUMBER)
    return 0;
  const char *v = nk_names_get(x->cues, seg, e + 2);
  return v && strcmp(v, "age") == 0;
}

/* ", a lancé Paul Arnaud.": two name words right after a reporting verb
 * (its subject put after it), then a punctuation mark or a lower-case
 * word. */
static int nk_m_speech_before(const nk_mctx *x, size_t i, size_t e, size_t sb,
                              size_t se) {
  const nk_segments *seg = x->seg;
  if (e - i != 2 || i <= sb || !nk_names_is_lower(seg, i - 1) ||
      !nk_m_in(x->speech, x, i - 1) || nk_m_in(x->places, x, i) ||
      nk_m_in(x->places, x, i + 1))
    return 0;
  return e >= se || seg->toks[e].kind == NK_TOK_PUNCT ||
         nk_names_is_lower(seg, e);
}

/* Whether the name at i follows a noun that takes a person's name as its
 * own ("rue Victor Hugo", "l'école de gastronomie Grégoire Ferrandi"),
 * possibly with adjectives and one "de" complement between. */
static int nk_m_eponym_before(const nk_mctx *x, size_t i, size_t sb) {
  size_t k = i;
  for (int steps = 0; k > sb && steps < 5; steps++) {
    k--;
    if (!nk_names_is_lower(x->seg, k))
      return 0;
    if (nk_m_in(x->eponym, x, k))
      return 1;
    int prep = strcmp(x->seg->toks[k].lower, "de") == 0 ||
               strcmp(x->seg->toks[k].lower, "d'") == 0;
    int after_de = k > sb && (strcmp(x->seg->toks[k - 1].lower, "de") == 0 ||
                              strcmp(x->seg->toks[k - 1].lower, "d'") == 0);
    if (!prep && !after_de && !nk_m_orgadj(x, k))
      return 0;
  }
  return 0;
}

static void nk_m_persons(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    if (!nk_m_namey(x, i, se))
      continue;
    size_t e = nk_m_name_run(x, i, se);
    if (nk_m_quoted(x, i, e) || nk_m_eponym_before(x, i, sb)) {
      i = e - 1;
      continue;
    }
    size_t start = i;
    int person = 0;
    /* Right after a title the whole run is the name, even when its first
     * given name is unknown: "le président Andres Manuel Lopez". */
    if (nk_m_role_adjacent(x, i, sb) || nk_m_honorific_before(x, i, sb))
      person = 1;
    /* Start at the first given name followed by another name word:
     * "Manhattan Audrey Strauss" names Audrey Strauss. */
    for (size_t k = i; !person && k + 1 < e; k++)
      if (nk_m_first(x, k)) {
        start = k;
        person = 1;
        break;
      }
    if (!person && (nk_m_role_before(x, i, sb) || nk_m_age_after(x, i, e, se) ||
                    nk_m_speech_before(x, i, e, sb, se)))
      person = 1;
    /* One word in capitals is an acronym more often than a surname. */
    if (person && e == start + 1 && nk_m_allcaps(x, start) &&
        !nk_m_honorific_before(x, start, sb))
      person = 0;
    if (person)
      nk_m_add(x, NK_ENT_PERSON, start, e);
    i = e - 1;
  }
}

/* A word written as names are, in lower case with one capital: not
 * "RWD", "GT500" or "X" (models and initials, not names). */
static int nk_m_name_shaped(const nk_mctx *x, size_t i) {
  const char *f = x->seg->toks[i].form;
  return !nk_m_allcaps(x, i) && strlen(f) >= 2 && !strpbrk(f, "0123456789");
}

/* A name word before a known surname names a person too: "Léa Morel"
 * when "M. Morel" or "Paul Morel" is in the article, even with a given
 * name no list holds.  Not at the start of a sentence, where any word has
 * a capital, unless it is a known given name. */
static void nk_m_surname_pairs(nk_mctx *x, const nk_lexicon *sur, size_t sb,
                               size_t se) {
  const nk_segments *seg = x->seg;
  for (size_t i = sb; i + 1 < se; i++)
    if (nk_m_namey(x, i, se) && nk_m_namey(x, i + 1, se) &&
        !nk_m_namey(x, i + 2, se) && nk_m_name_shaped(x, i) &&
        nk_lexicon_get(sur, seg->toks[i + 1].lower) &&
        (!(seg->toks[i].flags & NK_TF_SENT_START) || nk_m_first(x, i)) &&
        !nk_m_in(x->places, x, i) && !nk_m_quoted(x, i, i + 2)) {
      nk_m_add(x, NK_ENT_PERSON, i, i + 2);
      i++;
    }
}

/* A single capitalized word that is the last word of a person's full name
 * found in this article ("Borne" after "Élisabeth Borne"), or that a
 * courtesy title gave as a surname ("M. Morel"). */
static void nk_m_surnames(nk_mctx *x, const nk_segments *seg) {
  nk_lexicon *sur = nk_lexicon_new();
  for (size_t k = 0; k < x->nc; k++) {
    const nk_cand *c = &x->c[k];
    if (c->type != NK_ENT_PERSON)
      continue;
    size_t sb = seg->sents[seg->toks[c->tb].sentence].tok_begin;
    if (!nk_m_name_shaped(x, c->te - 1))
      continue;
    if (c->te - c->tb >= 2 ||
        (!nk_m_first(x, c->tb) && nk_m_honorific_before(x, c->tb, sb))) {
      nk_lexicon_put(sur, seg->toks[c->te - 1].lower, "");
      /* "M. Zhao" after "Zhao Lijian": the family name comes first. */
      if (c->te - c->tb >= 2 && nk_m_in(x->family, x, c->tb))
        nk_lexicon_put(sur, seg->toks[c->tb].lower, "");
      /* "Otaïba" after "Youssef al-Otaïba". */
      if (nk_m_glued_particle(x, c->te - 1))
        nk_lexicon_put(sur, strchr(seg->toks[c->te - 1].lower, '-') + 1, "");
    }
  }
  for (size_t s = 0; s < seg->nsents && nk_lexicon_size(sur) > 0; s++) {
    const nk_sentence *st = &seg->sents[s];
    if (!st->boilerplate)
      nk_m_surname_pairs(x, sur, st->tok_begin, st->tok_end);
  }
  for (size_t s = 0; s < seg->nsents && nk_lexicon_size(sur) > 0; s++) {
    const nk_sentence *st = &seg->sents[s];
    if (st->boilerplate)
      continue;
    for (size_t i = st->tok_begin; i < st->tok_end; i++)
      if (nk_m_namey(x, i, st->tok_end) &&
          nk_lexicon_get(sur, seg->toks[i].lower))
        nk_m_add(x, NK_ENT_PERSON, i, i + 1);
  }
  nk_lexicon_free(sur);
}

/* ------------------------------------------------------------- acronyms */

static int nk_m_caps_sentence(const nk_mctx *x, size_t sb, size_t se) {
  size_t words = 0, caps = 0;
  for (size_t i = sb; i < se; i++) {
    if (!nk_names_is_word(x->seg, i))
      continue;
    words++;
    caps += nk_m_allcaps(x, i) ? 1 : 0;
  }
  return words >= 3 && caps * 2 > words;
}

static int nk_m_is_number(const nk_mctx *x, size_t i) {
  return i < x->seg->ntoks && x->seg->toks[i].kind == NK_TOK_NUMBER;
}

/* Whether the capitals at i read as an organization's acronym rather than
 * a heading ("35 JOURS DE TOURNAGE"), a model code ("2.0 TDI", "Agera RS"),
 * a common noun ("un EHPAD") or initials. */
static int nk_m_acronym_ok(const nk_mctx *x, size_t i, size_t sb, size_t se) {
  const char *f = x->seg->toks[i].form;
  size_t n = strlen(f);
  /* Capital letters A-Z only: an accented capital ("CINÉMA") is a word
   * written in capitals; Roman numerals (XIV, MMXX) count nothing. */
  if (n < 3 || n > 6 || strspn(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != n ||
      strspn(f, "IVXLCDM") == n)
    return 0;
  /* Next to another word in capitals it is part of a heading, next to a
   * number a product's code. */
  if ((i > sb && nk_m_allcaps(x, i - 1)) ||
      (i + 1 < se && nk_m_allcaps(x, i + 1)))
    return 0;
  if ((i > sb && nk_m_is_number(x, i - 1)) ||
      (i + 1 < se && nk_m_is_number(x, i + 1)))
    return 0;
  /* Before a capitalized word it opens a model's name ("TAG Turbo"). */
  if (i + 1 < se && nk_names_is_cap(x->seg, i + 1) && !x->used[i + 1] &&
      !nk_m_in(x->stop, x, i + 1))
    return 0;
  /* Right after a capitalized word (not a head: "groupe EDS") it ends a
   * model's name ("Agera RS", "Golf GTI"). */
  if (i > sb && nk_names_is_cap(x->seg, i - 1) &&
      !(x->seg->toks[i - 1].flags & NK_TF_SENT_START) &&
      !nk_m_in(x->heads, x, i - 1) && !x->used[i - 1])
    return 0;
  if (i > sb && nk_names_is_word(x->seg, i - 1)) {
    const char *p = x->seg->toks[i - 1].lower;
    if (strcmp(p, "un") == 0 || strcmp(p, "une") == 0)
      return 0;
  }
  return 1;
}

static void nk_m_acronyms(nk_mctx *x, size_t sb, size_t se) {
  if (nk_m_caps_sentence(x, sb, se))
    return;
  for (size_t i = sb; i < se; i++) {
    if (x->used[i] || !nk_m_allcaps(x, i) || nk_m_in(x->stop, x, i))
      continue;
    if (nk_m_acronym_ok(x, i, sb, se))
      nk_m_add(x, NK_ENT_ORG, i, i + 1);
  }
}

/* -------------------------------------------- acronyms in parentheses */

/* Lower-case ASCII letters of a word: its acronym letters. */
static void nk_m_ascii_letters(const char *w, nk_buf *out) {
  for (; *w; w++)
    if ((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z'))
      nk_buf_addc(out, (char)(*w | 0x20));
}

/* Whether the acronym's letters follow one another in the words [tb, te)
 * and the first is the first word's initial: "Ofast" in "Office
 * antistupéfiants", "Cades" in "Caisse d'amortissement de la dette
 * sociale". */
static int nk_m_acro_loose(const nk_mctx *x, const char *acro, size_t tb,
                           size_t te) {
  nk_buf a = {0}, t = {0};
  nk_m_ascii_letters(acro, &a);
  for (size_t k = tb; k < te; k++)
    nk_m_ascii_letters(x->seg->toks[k].form, &t);
  int ok = a.len >= 2 && t.len > 0 && a.data[0] == t.data[0];
  size_t j = 0;
  for (size_t k = 0; ok && k < t.len && j < a.len; k++)
    if (t.data[k] == a.data[j])
      j++;
  ok = ok && j == a.len;
  nk_buf_free(&a);
  nk_buf_free(&t);
  return ok;
}

/* Whether the acronym is exactly the initials of the content words of
 * [tb, te) (not de, la, et...): "NG" for "Nouvelle gauche". */
static int nk_m_acro_initials(const nk_mctx *x, const char *acro, size_t tb,
                              size_t te) {
  nk_buf a = {0}, ini = {0};
  nk_m_ascii_letters(acro, &a);
  for (size_t k = tb; k < te; k++)
    if (nk_names_is_word(x->seg, k) && !nk_m_prep(x, k)) {
      char c = x->seg->toks[k].lower[0];
      if (c >= 'a' && c <= 'z')
        nk_buf_addc(&ini, c);
    }
  int ok =
      a.len >= 2 && a.len == ini.len && memcmp(a.data, ini.data, a.len) == 0;
  nk_buf_free(&a);
  nk_buf_free(&ini);
  return ok;
}

/* A word in parentheses that may be an organization's acronym: "(NG)",
 * "(SVR)", "(Arcep)"; not a given name, a place or a stopword. */
static int nk_m_paren_word(const nk_mctx *x, size_t w) {
  const char *f = x->seg->toks[w].form;
  size_t n = strlen(f);
  if (!nk_names_is_cap(x->seg, w) || n < 2 || n > 8 || strchr(f, '-') ||
      nk_m_in(x->stop, x, w) || nk_m_first(x, w) || nk_m_in(x->places, x, w) ||
      nk_m_in(x->nat, x, w))
    return 0;
  return nk_m_allcaps(x, w) || n >= 3;
}

/* "l'Office antistupéfiants (Ofast)", "le groupe Nouvelle gauche (NG)":
 * a word in parentheses whose letters spell the words before it is the
 * acronym of the organization they name.  The organization found before
 * is extended over the words the acronym spells; else the words
 * from a head word or a capital on are taken when the acronym spells
 * them; the acronym itself is taken when a head word before it starts
 * with its letter. */
static void nk_m_paren_acronyms(nk_mctx *x, size_t sb, size_t se) {
  const nk_segments *seg = x->seg;
  for (size_t p = sb + 1; p + 2 < se; p++) {
    if (!nk_names_is_punct(seg, p, "(") || !nk_names_is_punct(seg, p + 2, ")"))
      continue;
    size_t w = p + 1;
    long wc = x->cand_at[w];
    int taken = wc >= 0 && x->c[wc].type == NK_ENT_ORG && x->c[wc].tb == w &&
                x->c[wc].te == w + 1;
    if (!taken && (x->used[w] || !nk_m_paren_word(x, w)))
      continue;
    const char *acro = seg->toks[w].form;
    /* Free words right before the parenthesis, back to a mention. */
    size_t q = p;
    while (q > sb && p - q < 8 && !x->used[q - 1] &&
           nk_names_is_word(seg, q - 1))
      q--;
    long oc = q > sb ? x->cand_at[q - 1] : -1;
    if (oc >= 0 && x->c[oc].type == NK_ENT_ORG && x->c[oc].te == q) {
      nk_cand *o = &x->c[oc];
      size_t core = o->tb + (nk_names_is_lower(seg, o->tb) ? 1 : 0);
      if (q < p && p - q <= 5 &&
          (nk_m_acro_initials(x, acro, core, p) ||
           nk_m_acro_loose(x, acro, core, p))) {
        for (size_t k = q; k < p; k++) {
          x->used[k] = 1;
          x->cand_at[k] = oc;
        }
        o->te = p;
      }
      if (!taken && (q == p || o->te == p))
        nk_m_add(x, NK_ENT_ORG, w, w + 1);
      continue;
    }
    size_t best = p;
    int head = 0;
    /* A name in the words ("la députée Anne Morel (LR)") makes them a
     * person's description, her party's acronym after it. */
    for (size_t k = q; k < p; k++)
      if (nk_m_first(x, k) ||
          (nk_names_is_lower(seg, k) && nk_m_in(x->roles, x, k)))
        q = k + 1;
    for (size_t s = q; s + 1 < p; s++) {
      int h = nk_m_in(x->heads, x, s);
      head |= h && seg->toks[s].lower[0] == (char)(acro[0] | 0x20);
      /* Not from a given name: "Luc Royer (LR)" is a person's party. */
      if ((h || (nk_names_is_cap(seg, s) && !nk_m_in(x->stop, x, s))) &&
          best == p && nk_m_acro_loose(x, acro, s, p))
        best = s;
    }
    if (best < p)
      nk_m_add(x, NK_ENT_ORG, best, p);
    if (!taken && (best < p || head))
      nk_m_add(x, NK_ENT_ORG, w, w + 1);
  }
}

/* The acronyms the parentheses taught ("(Arcep)") name their organization
 * wherever else the article writes them ("le président de l'Arcep"). */
static void nk_m_learned_acronyms(nk_mctx *x, size_t first) {
  const nk_segments *seg = x->seg;
  nk_lexicon *acro = nk_lexicon_new();
  for (size_t k = first; k < x->nc; k++)
    if (x->c[k].type == NK_ENT_ORG && x->c[k].te == x->c[k].tb + 1)
      nk_lexicon_put(acro, seg->toks[x->c[k].tb].lower, "");
  for (size_t s = 0; s < seg->nsents && nk_lexicon_size(acro) > 0; s++) {
    const nk_sentence *st = &seg->sents[s];
    if (st->boilerplate)
      continue;
    for (size_t i = st->tok_begin; i < st->tok_end; i++)
      if (!x->used[i] && nk_names_is_cap(seg, i) &&
          nk_lexicon_get(acro, seg->toks[i].lower))
        nk_m_add(x, NK_ENT_ORG, i, i + 1);
  }
  nk_lexicon_free(acro);
}

/* --------------------------------------------------------- unnamed agents */

static const char *nk_m_agent_kind(const nk_mctx *x, size_t i, size_t se,
                                   size_t *len) {
  return nk_names_longest(x->agent, x->seg, i, se, len);
}

/* A role or agent noun at i ("porte-parole", "haut fonctionnaire",
 * "sources"); returns its length in tokens or 0. */
static size_t nk_m_agent_noun(const nk_mctx *x, size_t i, size_t se) {
  size_t n = 0;
  if (!nk_names_is_lower(x->seg, i))
    return 0;
  /* "chefs d'inculpation", "chef-d'œuvre": a role noun inside a common
   * noun (agent_words value "none"). */
  const char *v = nk_m_agent_kind(x, i, se, &n);
  if (v && strcmp(v, "none") == 0)
    return 0;
  if (nk_names_longest(x->roles, x->seg, i, se, &n))
    return n;
  v = nk_m_agent_kind(x, i, se, &n);
  return v && strcmp(v, "noun") == 0 ? n : 0;
}

static int nk_m_agent_adj(const nk_mctx *x, size_t i, size_t se, size_t *len) {
  if (!nk_names_is_lower(x->seg, i))
    return 0;
  const char *v = nk_m_agent_kind(x, i, se, len);
  if (v && strcmp(v, "adj") == 0)
    return 1;
  *len = 1;
  return nk_m_in(x->nat, x, i) || nk_m_in(x->org_adj, x, i) ||
         nk_m_in(x->mods, x, i);
}

/* End of the complement of an agent noun: "du ministère de la Défense",
 * "de la police judiciaire", "proches de l'Élysée". */
static size_t nk_m_agent_complement(const nk_mctx *x, size_t j, size_t se) {
  for (int seg = 0; seg < 2; seg++) {
    size_t c = nk_m_after_prep(x, j, se);
    if (!c || c >= se)
      break;
    if (x->used[c]) {
      size_t k = c;
      while (k < se && x->used[k] && nk_names_is_word(x->seg, k))
        k++;
      j = k;
      continue;
    }
    if (!nk_names_is_lower(x->seg, c) || nk_m_in(x->stop, x, c) ||
        nk_m_first(x, c))
      break;
    size_t k = c + 1, n = 0;
    while (k < se && nk_m_agent_adj(x, k, se, &n))
      k += n;
    j = k;
  }
  return j;
}

static void nk_m_agents(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    size_t n = 0;
    const char *v = nk_m_agent_kind(x, i, se, &n);
    if (!v || strcmp(v, "det") != 0 || x->used[i])
      continue;
    /* "X, une ancienne juge d'instruction": an apposition describes the
     * person before it. */
    int appos = i > sb + 1 && x->person_end[i - 1] &&
                nk_names_is_punct(x->seg, i - 1, ",");
    /* "X et Y, tous deux anciens diplomates": an apposition too. */
    for (size_t b = 1; b <= 2 && i >= sb + b && !appos; b++) {
      size_t bl = 0;
      const char *bv = nk_m_agent_kind(x, i - b, se, &bl);
      appos = bv && strcmp(bv, "both") == 0 && i - b + bl > i;
    }
    if (appos)
      continue;
    /* "elle est une actrice": after a copula the words say what someone
     * is, they name no one. */
    size_t cp = i, cn = 0;
    const char *cv = cp > sb ? nk_m_agent_kind(x, --cp, se, &cn) : NULL;
    if (cv && strcmp(cv, "adv") == 0 && cp > sb) /* "est aussi une" */
      cv = nk_m_agent_kind(x, --cp, se, &cn);
    if (cv && strcmp(cv, "copula") == 0)
      continue;
    const char *w = x->seg->toks[i].lower;
    int weak = strcmp(w, "de") == 0 || strcmp(w, "d'") == 0;
    size_t j = i + n, a = 0;
    int adjs = 0;
    while (j < se && nk_m_agent_adj(x, j, se, &a) &&
           !nk_m_agent_noun(x, j, se)) {
      j += a;
      adjs++;
    }
    /* "de" and "d'" are determiners only before an adjective: "de hauts
     * responsables", "d'anciens diplomates". */
    if (weak && adjs == 0)
      continue;
    size_t nl = nk_m_agent_noun(x, j, se);
    if (!nl)
      continue;
    j += nl;
    while (j < se && nk_m_agent_adj(x, j, se, &a))
      j += a;
    j = nk_m_agent_complement(x, j, se);
    /* Followed by a name, the words describe that person. */
    size_t k = j;
    if (k < se && nk_names_is_punct(x->seg, k, ","))
      k++;
    int named = k < se && x->person_start[k];
    if (named)
      continue;
    nk_m_add(x, NK_ENT_AGENT, i, j);
    i = j - 1;
  }
}

/* ---------------------------------------------------- outlet anaphora */

/* The outlets of one kind named so far in the article. */
typedef struct {
  const char *kind;   /* tv, journal... (lexicon-owned) */
  const char *outlet; /* canonical name of the first one (lexicon-owned) */
  size_t tb;          /* its first token */
  int several;        /* another outlet of this kind was named too */
} nk_m_kind;

#define NK_M_KINDS 8

/* A reference back to an outlet: "la chaîne" at token tb, naming the
 * outlet whose mention starts at token ante. */
typedef struct {
  size_t tb;   /* the common noun */
  size_t ante; /* first token of the outlet's mention */
} nk_m_anaphor;

typedef struct {
  const nk_lexicon *outlets; /* outlet spellings -> canonical */
  const nk_lexicon *nouns;   /* chaîne, quotidien... -> kind */
  const nk_lexicon *kinds;   /* canonical outlet -> kind */
  nk_m_kind k[NK_M_KINDS];   /* kinds seen so far */
  size_t nk;                 /* entries of k */
  nk_m_anaphor *a;           /* anaphors found */
  size_t na, cap;            /* used and allocated anaphors */
} nk_m_outl;

/* The kind noun naming candidate c's outlet right before it ("la chaîne
 * CNN", "le quotidien britannique The Guardian"), or NULL. */
static const char *nk_m_noun_before(const nk_mctx *x, const nk_m_outl *o,
                                    size_t tb, size_t sb) {
  if (tb > sb && nk_m_in(x->nat, x, tb - 1))
    tb--;
  if (tb <= sb || !nk_names_is_lower(x->seg, tb - 1))
    return NULL;
  return nk_names_get(o->nouns, x->seg, tb - 1);
}

/* Records the outlet named by candidate c of a sentence starting at sb. */
static void nk_m_outlet_seen(const nk_mctx *x, nk_m_outl *o, const nk_cand *c,
                             size_t sb) {
  char *key = nk_names_key(x->seg, c->tb, c->te);
  const char *canon = nk_lexicon_get(o->outlets, key);
  free(key);
  if (!canon)
    return;
  const char *kind = nk_m_noun_before(x, o, c->tb, sb);
  if (!kind) {
    char *ck = nk_lex_key(canon);
    kind = nk_lexicon_get(o->kinds, ck);
    free(ck);
  }
  if (!kind)
    return;
  for (size_t i = 0; i < o->nk; i++)
    if (strcmp(o->k[i].kind, kind) == 0) {
      o->k[i].several |= strcmp(o->k[i].outlet, canon) != 0;
      return;
    }
  if (o->nk < NK_M_KINDS)
    o->k[o->nk++] = (nk_m_kind){kind, canon, c->tb, 0};
}

/* Whether token i is a bare kind noun after a definite article, with no
 * name or complement after it ("La chaîne précise", not "la chaîne CNN"
 * nor "la chaîne de télévision"): its kind, or NULL. */
static const char *nk_m_anaphor_at(const nk_mctx *x, const nk_m_outl *o,
                                   size_t i, size_t sb, size_t se) {
  const nk_segments *seg = x->seg;
  if (i <= sb || x->used[i] || x->used[i - 1] || !nk_names_is_lower(seg, i))
    return NULL;
  const char *art = seg->toks[i - 1].lower;
  if (!nk_names_is_word(seg, i - 1) ||
      (strcmp(art, "la") != 0 && strcmp(art, "le") != 0 &&
       strcmp(art, "l'") != 0))
    return NULL;
  if (i + 1 < se &&
      (nk_names_is_cap(seg, i + 1) || nk_m_prep(x, i + 1) ||
       nk_m_in(x->nat, x, i + 1) || nk_m_in(x->org_adj, x, i + 1)))
    return NULL;
  size_t n = 0;
  const char *kind = nk_names_longest(o->nouns, seg, i, se, &n);
  return kind && n == 1 && strcmp(kind, "-") != 0 ? kind : NULL;
}

/* One sentence: outlets named, then references back to them. */
static void nk_m_outlets_in(nk_mctx *x, nk_m_outl *o, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    long ci = x->cand_at[i];
    if (ci >= 0 && x->c[ci].tb == i && x->c[ci].type == NK_ENT_ORG) {
      nk_m_outlet_seen(x, o, &x->c[ci], sb);
      continue;
    }
    const char *kind = nk_m_anaphor_at(x, o, i, sb, se);
    for (size_t k = 0; kind && k < o->nk; k++)
      if (strcmp(o->k[k].kind, kind) == 0 && !o->k[k].several) {
        nk_m_anaphor *a = NK_PUSH(o->a, o->na, o->cap);
        a->tb = i;
        a->ante = o->k[k].tb;
      }
  }
}

/* "Selon la chaîne CNN, ... La chaîne précise que": when the article named
 * exactly one outlet of a kind before, "la chaîne" is a mention of it.
 * Adds the candidates; returns the anaphors (their antecedents' mentions
 * give them their names once mentions exist). */
static nk_m_outl nk_m_outlets(nk_mctx *x, const nk_lang *lang) {
  nk_m_outl o = {.outlets = nk_lang_lex(lang, "outlets"),
                 .nouns = nk_lang_lex(lang, "outlet_nouns"),
                 .kinds = nk_lang_lex(lang, "outlet_kinds")};
  for (size_t s = 0; s < x->seg->nsents; s++) {
    const nk_sentence *st = &x->seg->sents[s];
    if (!st->boilerplate)
      nk_m_outlets_in(x, &o, st->tok_begin, st->tok_end);
  }
  for (size_t k = 0; k < o.na; k++)
    nk_m_add(x, NK_ENT_ORG, o.a[k].tb, o.a[k].tb + 1);
  return o;
}

/* Gives each anaphor's mention the words of its outlet's mention, so that
 * it resolves to the same entity (its span stays "chaîne"). */
static void nk_m_name_anaphors(nk_doc *d, nk_m_outl *o) {
  for (size_t k = 0; k < o->na; k++) {
    long m = nk_doc_mention_at(d, o->a[k].tb);
    long a = nk_doc_mention_at(d, o->a[k].ante);
    if (m < 0 || a < 0 || d->mentions[m].tok_begin != o->a[k].tb)
      continue;
    free(d->mentions[m].surface);
    d->mentions[m].surface = nk_xstrdup(d->mentions[a].surface);
  }
  free(o->a);
}

/* ----------------------------------------------------------------- driver */

static int nk_cand_cmp(const void *a, const void *b) {
  const nk_cand *x = a, *y = b;
  if (x->tb != y->tb)
    return x->tb < y->tb ? -1 : 1;
  if (x->te != y->te)
    return x->te > y->te ? -1 : 1;
  return 0;
}

typedef void (*nk_m_pass)(nk_mctx *, size_t, size_t);

static void nk_m_each_sentence(nk_mctx *x, nk_m_pass pass) {
  for (size_t s = 0; s < x->seg->nsents; s++) {
    const nk_sentence *st = &x->seg->sents[s];
    if (!st->boilerplate)
      pass(x, st->tok_begin, st->tok_end);
  }
}

int nk_find_mentions(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  nk_mctx x = {0};
  x.seg = &d->seg;
  x.entities = nk_lang_lex(lang, "entities");
  x.places = nk_lang_lex(lang, "places");
  x.first = nk_lang_lex(lang, "first_names");
  x.honor = nk_lang_lex(lang, "honorifics");
  x.particles = nk_lang_lex(lang, "particles");
  x.family = nk_lang_lex(lang, "name_family_first");
  x.roles = nk_lang_lex(lang, "roles");
  x.stop = nk_lang_lex(lang, "name_stopwords");
  x.heads = nk_lang_lex(lang, "org_heads");
  x.org_adj = nk_lang_lex(lang, "org_adjectives");
  x.nat = nk_lang_lex(lang, "nationalities");
  x.headline = nk_lang_lex(lang, "headline_words");
  x.mods = nk_lang_lex(lang, "role_modifiers");
  x.agent = nk_lang_lex(lang, "agent_words");
  x.eponym = nk_lang_lex(lang, "eponym_nouns");
  x.links = nk_lang_lex(lang, "complement_words");
  x.en_links = nk_lang_lex(lang, "english_name_links");
  x.articles = nk_lang_lex(lang, "name_articles");
  x.speech = nk_lang_lex(lang, "speech_verbs");
  x.cues = nk_lang_lex(lang, "person_cues");
  x.used = nk_xcalloc(d->seg.ntoks + 1, 1);
  x.person_start = nk_xcalloc(d->seg.ntoks + 1, 1);
  x.person_end = nk_xcalloc(d->seg.ntoks + 1, 1);
  x.cand_at = nk_xmalloc((d->seg.ntoks + 1) * sizeof *x.cand_at);
  for (size_t t = 0; t <= d->seg.ntoks; t++)
    x.cand_at[t] = -1;
  nk_m_each_sentence(&x, nk_m_known);
  nk_m_each_sentence(&x, nk_m_orgs);
  nk_m_each_sentence(&x, nk_m_places);
  /* Before persons: "l'ONG Agronomes et vétérinaires sans frontières
   * (AVSF)" names no person. */
  size_t before_paren = x.nc;
  nk_m_each_sentence(&x, nk_m_paren_acronyms);
  nk_m_each_sentence(&x, nk_m_persons);
  nk_m_surnames(&x, &d->seg);
  nk_m_each_sentence(&x, nk_m_acronyms);
  nk_m_learned_acronyms(&x, before_paren);
  nk_m_each_sentence(&x, nk_m_agents);
  nk_m_outl outl = nk_m_outlets(&x, lang);
  if (x.nc > 1)
    qsort(x.c, x.nc, sizeof *x.c, nk_cand_cmp);
  for (size_t k = 0; k < x.nc; k++)
    nk_doc_add_mention(d, x.c[k].type, x.c[k].tb, x.c[k].te);
  /* An agent's description may hold a named organization ("une conseillère
   * du ministère de l'Intérieur"): its tokens point to the organization,
   * the more specific mention. */
  for (size_t k = 0; k < d->nmentions; k++)
    if (d->mentions[k].type != NK_ENT_AGENT)
      for (size_t t = d->mentions[k].tok_begin; t < d->mentions[k].tok_end; t++)
        d->tok_mention[t] = (long)k;
  nk_m_name_anaphors(d, &outl);
  free(x.c);
  free(x.used);
  free(x.person_start);
  free(x.person_end);
  free(x.cand_at);
  return 0;
}
