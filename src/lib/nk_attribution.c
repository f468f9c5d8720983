/* nk_attribution.c — who said it: the reporting verb next to a quotation
 * or a reported clause, the speaker it names before or after it ("X a
 * déclaré", "», a déclaré X", "», selon X"), whom it addresses ("à CBS
 * News"), and the person a pronoun subject ("a-t-elle ajouté", "Il a dit
 * que") stands for.
 *
 * A pronoun is resolved from what the statements stage saw so far: the
 * last speaker, the last person named, the last one named at the head of
 * a clause, the last one of each gender.  This file keeps those up to
 * date (nk_attr_note_speaker, nk_attr_track_persons) and reads them
 * (nk_attr_speaker), so the rules for both sides are in one place. */
#include <config.h>

#include "nk_statements.h"

#include <string.h>

/* Sentence of the first token of mention m. */
static size_t nk_attr_mention_sent(const nk_doc *d, long m) {
  return nk_st_sent_of(d, d->mentions[m].tok_begin);
}

char nk_attr_person_gender(const nk_doc *d, const nk_lexicon *genders, long m) {
  const nk_mention *mm = &d->mentions[m];
  if (mm->tok_begin > 0) {
    const char *h = nk_ev_lower(d, mm->tok_begin - 1);
    if (!strcmp(h, "m.") || !strcmp(h, "monsieur"))
      return 'm';
    if (!strcmp(h, "mme") || !strcmp(h, "madame") || !strcmp(h, "mlle"))
      return 'f';
  }
  const char *v = nk_lexicon_get(genders, nk_ev_lower(d, mm->tok_begin));
  return v && (v[0] == 'm' || v[0] == 'f') ? v[0] : 0;
}

/* The values of subject_pronouns.txt and clitic_subjects.txt say which
 * pronouns are plural. */
int nk_attr_plural_pronoun(const nk_ev_lex *lx, const char *w) {
  const char *v = nk_lexicon_get(lx->subject_pronouns, w);
  size_t cl = nk_mod_clitic_len(lx, w);
  if (!v && cl)
    v = nk_lexicon_get(lx->clitic_subjects, w + strlen(w) - cl);
  return v && strcmp(v, "plural") == 0;
}

/* 1 when token i is a reflexive or dative pronoun (verb_clitics.txt
 * values): "», s'est réjoui X", "», lui a dit X"; not "», en a précisé
 * l'ampleur", where the verb has its subject before. */
static int nk_attr_reflexive(const nk_st *st, size_t i) {
  const char *v = nk_lexicon_get(st->lx.verb_clitics, nk_ev_lower(st->d, i));
  return v && (strcmp(v, "reflexive") == 0 || strcmp(v, "dative") == 0);
}

/* Mention addressed after "à"/"au"/"auprès de" in tokens [b, e): an
 * organization or a person; *last receives its last token. */
static long nk_attr_addressee(const nk_doc *d, size_t b, size_t e,
                              size_t *last) {
  for (size_t i = b; i < e && i < d->seg.ntoks; i++) {
    if (nk_ev_is_final(d, i) || nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'"))
      break;
    if (!nk_ev_is(d, i, "à") && !nk_ev_is(d, i, "au") &&
        !nk_ev_is(d, i, "auprès"))
      continue;
    for (size_t k = i + 1; k < i + 4 && k < e; k++) {
      long m = nk_doc_mention_at(d, k);
      if (m >= 0 && (d->mentions[m].type == NK_ENT_ORG ||
                     d->mentions[m].type == NK_ENT_PERSON)) {
        *last = d->mentions[m].tok_end - 1;
        return m;
      }
    }
  }
  return -1;
}

size_t nk_attr_cue_len(const nk_st *st, size_t i, const char *kind) {
  size_t n = 0;
  const char *v = nk_mod_attribution_cue(&st->lx, st->d, i, &n);
  return v && strcmp(v, kind) == 0 ? n : 0;
}

long nk_attr_selon_subject(nk_st *st, size_t b, size_t *end, int *pronoun) {
  const nk_doc *d = st->d;
  *pronoun = 0;
  if (nk_ev_in(st->lx.subject_pronouns, d, b) || nk_ev_is(d, b, "lui") ||
      nk_ev_is(d, b, "eux")) {
    *pronoun = 1;
    *end = b + 1;
    return -1;
  }
  /* "selon une étude récente de l'université X": a document, whoever
   * wrote it, is not a speaker. */
  for (size_t i = b; i < b + 3 && i < d->seg.ntoks; i++) {
    size_t n = nk_attr_cue_len(st, i, "document");
    if (n)
      return -1;
    if (!nk_ev_in(st->lx.np_determiners, d, i) &&
        !nk_ev_in(st->lx.agent_determiners, d, i))
      break;
  }
  /* Strict: "selon un rapport" credits a document, not a speaker. */
  return nk_ev_subject_after(st->d, &st->lx, b, end);
}

/* Past a short aside between commas right after an inverted verb ("»,
 * a déclaré, émue, Marie X", "», a dit, lundi, le ministre"): the token
 * the subject starts at, else b.  Nobody is named inside the aside. */
static size_t nk_attr_past_aside(const nk_doc *d, size_t b) {
  if (!nk_ev_is(d, b, ","))
    return b;
  for (size_t j = b + 1; j < d->seg.ntoks && j < b + 5; j++) {
    if (nk_ev_is(d, j, ","))
      return j > b + 1 ? j + 1 : b;
    if (nk_ev_is_break(d, j) || nk_doc_mention_at(d, j) >= 0)
      return b;
  }
  return b;
}

/* 1 when token j is an inverted pronoun written apart from its
 * auxiliary, as hurried copy does: "a t-il dit", "a t'elle assuré", "a
 * il ajouté".  Only between the auxiliary and the verb, where a pronoun
 * cannot be anything else. */
static int nk_attr_detached_clitic(const nk_st *st, size_t j) {
  const nk_doc *d = st->d;
  const char *w = nk_ev_lower(d, j);
  if (!strncmp(w, "t-", 2))
    w += 2;
  if (!nk_lexicon_get(st->lx.subject_pronouns, w))
    return 0;
  /* "a t'elle": the pronoun follows an elided "t'". */
  return j > 0 && (w != nk_ev_lower(d, j) || nk_ev_is(d, j - 1, "t'") ||
                   nk_mod_is_aux(&st->lx, nk_ev_lower(d, j - 1), NULL));
}

/* The attribution of the reporting verb k (lemma; clitic: an inverted
 * pronoun was stripped from it) found after a quotation, i being the
 * first token past the mark and its comma: an inverted pronoun ("a-t-il
 * dit"), else an inverted subject after the verb. */
static nk_attr nk_attr_inverted(nk_st *st, size_t i, size_t k,
                                const char *lemma, int clitic, int loose) {
  nk_doc *d = st->d;
  nk_attr a = nk_attr_none();
  a.found = 1;
  a.verb = k;
  a.lemma = lemma;
  a.first = i;
  a.last = k;
  a.modality = nk_mod_verb(&st->lx, d, k, lemma);
  int aux_clitic = 0;
  for (size_t j = i; j < k; j++) {
    int c = 0;
    if ((nk_mod_is_aux(&st->lx, nk_ev_lower(d, j), &c) && c) ||
        nk_attr_detached_clitic(st, j))
      aux_clitic = 1;
  }
  if (clitic || aux_clitic) {
    a.pronoun = 1;
    for (size_t j = i; j <= k; j++) {
      const char *w = nk_ev_lower(d, j);
      if (nk_attr_plural_pronoun(&st->lx, strncmp(w, "t-", 2) ? w : w + 2))
        a.plural = 1;
    }
  } else {
    size_t sb = nk_attr_past_aside(d, k + 1);
    size_t end = sb;
    a.speaker = loose ? nk_ev_subject_after_loose(d, &st->lx, sb, &end)
                      : nk_ev_subject_after(d, &st->lx, sb, &end);
    if (a.speaker >= 0)
      a.last = end - 1;
  }
  size_t al = a.last;
  a.addressee = nk_attr_addressee(d, k + 1, k + NK_ADDRESSEE_WINDOW, &al);
  if (a.addressee == a.speaker)
    a.addressee = -1;
  else if (a.addressee >= 0 && al > a.last)
    a.last = al;
  return a;
}

/* "», selon X." with the cue at token i; not found when the cue names
 * nobody. */
static nk_attr nk_attr_selon_after(nk_st *st, size_t i) {
  size_t b = nk_attr_cue_len(st, i, "according");
  if (!b)
    return nk_attr_none();
  size_t end = i + b;
  int pronoun = 0;
  long m = nk_attr_selon_subject(st, i + b, &end, &pronoun);
  if (m < 0 && !pronoun)
    return nk_attr_none();
  return nk_attr_by_cue(i, end - 1, m, pronoun);
}

nk_attr nk_attr_after(nk_st *st, size_t close, int loose) {
  nk_doc *d = st->d;
  size_t i = close + 1, nt = d->seg.ntoks;
  if (i < nt && nk_ev_is(d, i, ","))
    i++;
  for (size_t k = i; k < nt && k < i + 5; k++) {
    const nk_token *t = &d->seg.toks[k];
    if ((t->flags & NK_TF_PARA_START) || nk_ev_is_break(d, k))
      break;
    int clitic = 0;
    const char *lemma = nk_mod_speech_lemma(&st->lx, t->lower, &clitic);
    /* A present participle ("», estimant que ...") opens a new clause
     * whose subject is the sentence's: it names nobody after it. */
    if (lemma && k == i && nk_mod_is_present_participle(t->lower))
      break;
    if (lemma)
      return nk_attr_inverted(st, i, k, lemma, clitic, loose);
    /* "», a fait savoir X": a verb of two words. */
    lemma = nk_mod_speech_pair(&st->lx, d, k, &clitic);
    if (lemma)
      return nk_attr_inverted(st, i, k + 1, lemma, clitic, loose);
    int c = 0;
    /* Auxiliaries, adverbs, negation and reflexive pronouns ("», s'est
     * réjoui X") may stand before the verb. */
    if (!nk_mod_is_aux(&st->lx, t->lower, &c) &&
        !nk_mod_skippable(&st->lx, d, k) && !nk_ev_in(st->lx.negation, d, k) &&
        !nk_attr_reflexive(st, k))
      break;
  }
  return nk_attr_selon_after(st, i);
}

nk_attr nk_attr_verb(nk_st *st, size_t v, const char *lemma) {
  nk_doc *d = st->d;
  nk_attr a = {0};
  a.found = 1;
  a.verb = v;
  a.lemma = lemma;
  a.addressee = -1;
  size_t g = nk_mod_group_start(&st->lx, d, v);
  a.speaker = nk_ev_subject_before(d, &st->lx, st->inq, g, &a.pronoun);
  a.plural = nk_attr_plural_pronoun(&st->lx, nk_ev_lower(d, v)) ||
             (a.pronoun && g > 0 &&
              nk_attr_plural_pronoun(&st->lx, nk_ev_lower(d, g - 1)));
  a.first = a.speaker >= 0 ? d->mentions[a.speaker].tok_begin : g;
  if (a.first > g)
    a.first = g;
  a.last = v;
  size_t al = v;
  a.addressee = nk_attr_addressee(d, v + 1, v + NK_QUE_WINDOW, &al);
  if (a.addressee == a.speaker)
    a.addressee = -1;
  a.modality = nk_mod_verb(&st->lx, d, v, lemma);
  return a;
}

/* "M. Dupont", "le ministre X", "Le ministère", ", la police": the
 * honorific, title noun and determiner before a name belong to it. */
int nk_attr_at_clause_head(const nk_st *st, size_t i) {
  const nk_doc *d = st->d;
  size_t sb = d->seg.sents[nk_st_sent_of(d, i)].tok_begin;
  size_t p = i;
  if (p > sb && (d->seg.toks[p - 1].flags & NK_TF_ABBREV))
    p--; /* "M. Dupont", "Mme Durand" */
  if (p > sb && nk_ev_in(st->lx.speaker_nouns, d, p - 1))
    p--; /* "le ministre X": the title heads it */
  if (p > sb && nk_ev_in(st->lx.np_determiners, d, p - 1))
    p--;
  if (p == nk_st_words_start(d, sb, d->seg.sents[nk_st_sent_of(d, i)].tok_end))
    return 1;
  return p > sb && (nk_ev_is(d, p - 1, ",") || st->inq[p - 1]);
}

/* Speaker of an attribution, pronouns resolved to the last speaker, or to
 * the last person named when there is no known last speaker or when that
 * person was named in a later paragraph than the last statement ("Le
 * ministre X est arrivé ... « ... », a-t-il dit" after someone else's
 * words in an earlier paragraph). */
static long nk_attr_pronoun_referent(const nk_st *st, const nk_attr *a) {
  if (!a->pronoun)
    return a->speaker;
  /* "ont-ils écrit": not the one person named last. */
  if (a->plural)
    return st->have_last ? st->last_speaker : -1;
  if (!st->have_last || st->last_speaker < 0) {
    /* Nobody spoke yet: the one at the head of a clause ("Marie Dupont a
     * confié ... à son mari Paul Martin. « ... », dit-elle") rather than
     * the last one named. */
    if (st->last_subject >= 0 &&
        nk_attr_mention_sent(st->d, st->last_subject) + 1 >=
            nk_attr_mention_sent(st->d, st->last_person))
      return st->last_subject;
    return st->last_person >= 0 ? st->last_person : st->last_speaker;
  }
  if (st->last_person >= 0 &&
      nk_st_mention_para(st->d, st->last_person) > st->last_para)
    return st->last_person;
  /* Someone introduced at the head of a clause since the last statement,
   * in the sentence before ("La patronne du bar, Marie Dupont, se dit
   * soulagée. « ... », souligne-t-elle"). */
  if (st->last_subject >= 0) {
    /* Only in the sentence before: further back, the "il" more likely
     * goes on with the last speaker. */
    size_t ms = nk_attr_mention_sent(st->d, st->last_subject);
    /* After a quotation of several sentences, the sentence before it. */
    size_t vs = nk_st_sent_of(st->d, a->said ? a->said : a->verb);
    if (ms > st->last_sent && ms + 1 >= vs)
      return st->last_subject;
  }
  return st->last_speaker;
}

/* 1 when the word ends with the pronoun p ("a-t-elle", "elle"). */
static int nk_attr_ends_with_pronoun(const char *w, const char *p) {
  size_t n = strlen(w), k = strlen(p);
  return n >= k && strcmp(w + n - k, p) == 0 && (n == k || w[n - k - 1] == '-');
}

/* Gender of the singular pronoun of an attribution: 'f' for "elle",
 * "a-t-elle", "selon elle", 'm' for "il", 0 when none is seen. */
static char nk_attr_pronoun_gender(const nk_st *st, const nk_attr *a) {
  size_t b = a->first > 0 ? a->first - 1 : 0;
  size_t e = (a->last > a->verb ? a->last : a->verb) + 1;
  for (size_t i = b; i < e && i < st->d->seg.ntoks; i++) {
    const char *w = nk_ev_lower(st->d, i);
    if (nk_attr_ends_with_pronoun(w, "elle"))
      return 'f';
    if (nk_attr_ends_with_pronoun(w, "il"))
      return 'm';
  }
  return 0;
}

/* Gender of a mention: a person's by honorific or first name, an unnamed
 * agent's by its article ("la porte-parole"); 0 when unknown. */
static char nk_attr_mention_gender(const nk_st *st, long m) {
  if (m < 0)
    return 0;
  const nk_mention *mm = &st->d->mentions[m];
  if (mm->type == NK_ENT_PERSON)
    return nk_attr_person_gender(st->d, st->genders, m);
  if (mm->type == NK_ENT_AGENT) {
    const char *det = nk_ev_lower(st->d, mm->tok_begin);
    return !strcmp(det, "la") ? 'f' : !strcmp(det, "le") ? 'm' : 0;
  }
  return 0;
}

/* "a-t-elle dit" is not credited to a man when a woman was named or spoke
 * just before: the referent found by position must agree in gender with
 * the pronoun, else the last speaker, clause subject or person of that
 * gender stands for it. */
long nk_attr_speaker(const nk_st *st, const nk_attr *a) {
  long c = nk_attr_pronoun_referent(st, a);
  if (!a->pronoun || a->plural || c < 0)
    return c;
  char g = nk_attr_pronoun_gender(st, a);
  char cg = nk_attr_mention_gender(st, c);
  if (!g || !cg || cg == g)
    return c;
  long same = st->last_of_gender[g == 'f'];
  /* Only someone of the paragraph or the one before. */
  if (same >= 0 &&
      nk_st_mention_para(st->d, same) + 1 < nk_st_para_of(st->d, a->verb))
    same = -1;
  const long alts[] = {st->last_speaker, st->last_subject, st->last_person,
                       same};
  for (size_t k = 0; k < sizeof alts / sizeof alts[0]; k++)
    if (alts[k] >= 0 && nk_attr_mention_gender(st, alts[k]) == g)
      return alts[k];
  return -1; /* the only one at hand is of the other gender */
}

int nk_attr_is_outlet(const nk_st *st, long m) {
  if (m < 0 || st->d->mentions[m].type != NK_ENT_ORG)
    return 0;
  const nk_mention *mm = &st->d->mentions[m];
  return nk_mod_outlet(&st->lx, st->d, mm->tok_begin, mm->tok_end) != NULL;
}

/* Also called without a statement being recorded ("« capricieux », dit
 * X"): X spoke all the same. */
void nk_attr_note_speaker(nk_st *st, long speaker, size_t ee) {
  st->last_speaker = speaker;
  st->have_last = 1;
  st->last_para = nk_st_para_of(st->d, ee - 1);
  st->last_sent = nk_st_sent_of(st->d, ee - 1);
  st->last_end = ee;
  char g = nk_attr_mention_gender(st, speaker);
  if (g)
    st->last_of_gender[g == 'f'] = speaker;
}

/* 1 when the person named at token i is the one an attribution cue
 * credits: "Selon X, ...", "D'après X", "Pour X, ..." at the head of a
 * clause.  That one speaks, and a later "estime-t-il" stands for X. */
static int nk_attr_after_cue(const nk_st *st, size_t i) {
  for (size_t n = 1; n <= 2 && n <= i; n++) {
    size_t len = 0;
    const char *v = nk_mod_attribution_cue(&st->lx, st->d, i - n, &len);
    if (!v || len != n)
      continue;
    if (!strcmp(v, "according"))
      return 1;
    if (!strcmp(v, "opinion"))
      return nk_attr_at_clause_head(st, i - n);
  }
  return 0;
}

/* One named after a preposition or article ("la position de X", "à X") or
 * a noun it qualifies ("l'administration X") is a complement, not someone
 * a later "il" may stand for. */
void nk_attr_track_persons(nk_st *st, size_t b, size_t e) {
  const nk_doc *d = st->d;
  for (size_t i = b; i < e; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m < 0 || st->inq[i] || d->mentions[m].type != NK_ENT_PERSON ||
        d->mentions[m].tok_begin != i)
      continue;
    int cue = nk_attr_after_cue(st, i);
    if (!cue && i > 0 &&
        (nk_ev_in(st->lx.complement_words, d, i - 1) ||
         nk_ev_in(st->lx.np_stops, d, i - 1) ||
         nk_ev_in(st->lx.name_modifier_nouns, d, i - 1)))
      continue;
    st->last_person = m;
    char g = nk_attr_mention_gender(st, m);
    if (g)
      st->last_of_gender[g == 'f'] = m;
    /* The subject of a verb: "X a dit", "X s'est dit", "X affirme". */
    size_t n = d->mentions[m].tok_end;
    if (nk_attr_reflexive(st, n))
      n++;
    const char *next = nk_ev_lower(d, n);
    if (cue || nk_attr_at_clause_head(st, i) ||
        nk_mod_is_aux(&st->lx, next, NULL) ||
        nk_mod_speech_lemma(&st->lx, next, NULL))
      st->last_subject = m;
  }
}
