/* nk_ment_persons.c — person names: a capitalized run after a given name,
 * an honorific, a role noun or a reporting verb, or before a word that
 * only follows persons ("X Y, 43 ans"); then single words that take up
 * the surname of a person named before in the article. */
#include <config.h>

#include "nk_mentions.h"

#include <stdlib.h>
#include <string.h>

static int nk_mp_honorific_before(const nk_mctx *x, size_t i, size_t sb) {
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
static int nk_mp_role_before(const nk_mctx *x, size_t i, size_t sb) {
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
        (nk_m_in(x->mods, x, k) || nk_mo_orgadj(x, k)))
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
static int nk_mp_glued_particle(const nk_mctx *x, size_t i) {
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

static int nk_mp_particle_word(const nk_mctx *x, size_t i, size_t se) {
  return i < se && !x->used[i] && nk_mp_glued_particle(x, i);
}

/* In a headline in capitals ("PETRA VOGEL CRITIQUE TOMAS HALVORSEN"), a
 * verb or a function word (headline_words.txt, or a reporting verb) ends
 * the name before it. */
static int nk_mp_caps_break(const nk_mctx *x, size_t j) {
  return nk_m_allcaps(x, j) &&
         (nk_m_in(x->headline, x, j) || nk_m_in(x->speech, x, j));
}

/* Extends a run of name words from i: capitalized words, with particles
 * ("von der", "ben", "de") between two of them. */
static size_t nk_mp_name_run(const nk_mctx *x, size_t i, size_t se) {
  size_t j = i;
  while (j < se) {
    if (j > i && nk_mp_caps_break(x, j))
      break;
    if (nk_m_namey(x, j, se)) {
      j++;
      continue;
    }
    if (j > i && nk_mp_particle_word(x, j, se)) {
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
static int nk_mp_role_adjacent(const nk_mctx *x, size_t i, size_t sb) {
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
static int nk_mp_age_after(const nk_mctx *x, size_t i, size_t e, size_t se) {
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
static int nk_mp_speech_before(const nk_mctx *x, size_t i, size_t e, size_t sb,
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
static int nk_mp_eponym_before(const nk_mctx *x, size_t i, size_t sb) {
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
    if (!prep && !after_de && !nk_mo_orgadj(x, k))
      return 0;
  }
  return 0;
}

void nk_mp_persons(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    if (!nk_m_namey(x, i, se))
      continue;
    size_t e = nk_mp_name_run(x, i, se);
    if (nk_m_quoted(x, i, e) || nk_mp_eponym_before(x, i, sb)) {
      i = e - 1;
      continue;
    }
    size_t start = i;
    int person = 0;
    /* Right after a title the whole run is the name, even when its first
     * given name is unknown: "le président Andres Manuel Lopez". */
    if (nk_mp_role_adjacent(x, i, sb) || nk_mp_honorific_before(x, i, sb))
      person = 1;
    /* Start at the first given name followed by another name word:
     * "Manhattan Audrey Strauss" names Audrey Strauss. */
    for (size_t k = i; !person && k + 1 < e; k++)
      if (nk_m_first(x, k)) {
        start = k;
        person = 1;
        break;
      }
    if (!person &&
        (nk_mp_role_before(x, i, sb) || nk_mp_age_after(x, i, e, se) ||
         nk_mp_speech_before(x, i, e, sb, se)))
      person = 1;
    /* One word in capitals is an acronym more often than a surname. */
    if (person && e == start + 1 && nk_m_allcaps(x, start) &&
        !nk_mp_honorific_before(x, start, sb))
      person = 0;
    if (person)
      nk_m_add(x, NK_ENT_PERSON, start, e);
    i = e - 1;
  }
}

/* A word written as names are, in lower case with one capital: not
 * "RWD", "GT500" or "X" (models and initials, not names). */
static int nk_mp_name_shaped(const nk_mctx *x, size_t i) {
  const char *f = x->seg->toks[i].form;
  return !nk_m_allcaps(x, i) && strlen(f) >= 2 && !strpbrk(f, "0123456789");
}

/* A name word before a known surname names a person too: "Léa Morel"
 * when "M. Morel" or "Paul Morel" is in the article, even with a given
 * name no list holds.  Not at the start of a sentence, where any word has
 * a capital, unless it is a known given name. */
static void nk_mp_surname_pairs(nk_mctx *x, const nk_lexicon *sur, size_t sb,
                                size_t se) {
  const nk_segments *seg = x->seg;
  for (size_t i = sb; i + 1 < se; i++)
    if (nk_m_namey(x, i, se) && nk_m_namey(x, i + 1, se) &&
        !nk_m_namey(x, i + 2, se) && nk_mp_name_shaped(x, i) &&
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
void nk_mp_surnames(nk_mctx *x, const nk_segments *seg) {
  nk_lexicon *sur = nk_lexicon_new();
  for (size_t k = 0; k < x->nc; k++) {
    const nk_cand *c = &x->c[k];
    if (c->type != NK_ENT_PERSON)
      continue;
    size_t sb = seg->sents[seg->toks[c->tb].sentence].tok_begin;
    if (!nk_mp_name_shaped(x, c->te - 1))
      continue;
    if (c->te - c->tb >= 2 ||
        (!nk_m_first(x, c->tb) && nk_mp_honorific_before(x, c->tb, sb))) {
      nk_lexicon_put(sur, seg->toks[c->te - 1].lower, "");
      /* "M. Zhao" after "Zhao Lijian": the family name comes first. */
      if (c->te - c->tb >= 2 && nk_m_in(x->family, x, c->tb))
        nk_lexicon_put(sur, seg->toks[c->tb].lower, "");
      /* "Otaïba" after "Youssef al-Otaïba". */
      if (nk_mp_glued_particle(x, c->te - 1))
        nk_lexicon_put(sur, strchr(seg->toks[c->te - 1].lower, '-') + 1, "");
    }
  }
  for (size_t s = 0; s < seg->nsents && nk_lexicon_size(sur) > 0; s++) {
    const nk_sentence *st = &seg->sents[s];
    if (!st->boilerplate)
      nk_mp_surname_pairs(x, sur, st->tok_begin, st->tok_end);
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
