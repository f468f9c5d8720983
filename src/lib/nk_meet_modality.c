/* nk_meet_modality.c — how the article tells an event: asserted ("X a
 * rencontré Y"), reported ("selon X", a reporting verb governing the
 * trigger, words of a statement), alleged (a conditional: "aurait
 * rencontré") or denied ("la rencontre n'a pas eu lieu").  A negation
 * that bears on a person's part only ("X n'a pas assisté à la réunion")
 * leaves that person out instead. */
#include <config.h>

#include "nk_meetings.h"

#include <string.h>

/* 1 when token i ends a clause: a break, or a relative pronoun. */
static int nk_mm_clause_edge(const nk_doc *d, size_t i) {
  return nk_ev_is_break(d, i) || nk_ev_is(d, i, "qui") ||
         nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'");
}

/* Tokens [*b, *e) of the clause of the noun trigger at tok.  A relative
 * clause right after the noun belongs to it: it says how the event is told
 * ("une rencontre qui se serait tenue en avril"). */
static void nk_mm_noun_clause(const nk_doc *d, size_t tok, size_t *b,
                              size_t *e) {
  const nk_sentence *sent = &d->seg.sents[d->seg.toks[tok].sentence];
  *b = tok;
  *e = tok + 1;
  while (*b > sent->tok_begin && !nk_mm_clause_edge(d, *b - 1))
    (*b)--;
  while (*e < sent->tok_end && !nk_mm_clause_edge(d, *e))
    (*e)++;
  if (*e == tok + 1 && (nk_ev_is(d, *e, "qui") || nk_ev_is(d, *e, "qu'"))) {
    (*e)++;
    while (*e < sent->tok_end && !nk_mm_clause_edge(d, *e))
      (*e)++;
  }
}

/* Value in negation.txt of token i ("particle", "adverb"), or "". */
static const char *nk_mm_neg_word(const nk_doc *d, const nk_ev_lex *lx,
                                  size_t i) {
  const char *v = nk_lexicon_get(lx->negation, nk_ev_lower(d, i));
  return v ? v : "";
}

/* 1 when the noun trigger at tok is the complement of a negated verb:
 * a negation adverb, at most two words (the verb: "participé", "pris
 * part"), a preposition and at most one determiner stand right before it
 * ("n'aurait pas participé à ces discussions", "n'était pas présent à la
 * réunion").  A negation further away belongs to another verb ("ne sait
 * pas à quelle fréquence ces entretiens ont eu lieu"). */
static int nk_mm_negated_complement(const nk_doc *d, const nk_ev_lex *lx,
                                    size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  size_t k = tok;
  if (k > sb && (nk_ev_in(lx->meeting_anaphora, d, k - 1) ||
                 nk_ev_in(lx->agent_determiners, d, k - 1)))
    k--;
  if (k <= sb || !(nk_ev_is(d, k - 1, "à") || nk_ev_is(d, k - 1, "au") ||
                   nk_ev_is(d, k - 1, "aux") || nk_ev_is(d, k - 1, "de") ||
                   nk_ev_is(d, k - 1, "d'") || nk_ev_is(d, k - 1, "du") ||
                   nk_ev_is(d, k - 1, "des")))
    return 0;
  k--;
  for (size_t n = 0; n < 3 && k > sb; n++, k--) {
    if (nk_ev_is_break(d, k - 1))
      return 0;
    if (!strcmp(nk_mm_neg_word(d, lx, k - 1), "adverb"))
      return 1;
  }
  return 0;
}

/* 1 when the noun trigger at tok is the subject of a negated "avoir
 * lieu", "se tenir" ("la rencontre n'a finalement pas eu lieu"): a
 * negation particle follows it in its clause, then an adverb, then a
 * "held" trigger. */
static int nk_mm_negated_held(const nk_doc *d, const nk_ev_lex *lx,
                              const nk_told *t, size_t tok) {
  size_t se = d->seg.sents[d->seg.toks[tok].sentence].tok_end;
  int particle = 0, adverb = 0;
  for (size_t i = tok + 1; i < se && !nk_mm_clause_edge(d, i); i++) {
    const char *v = nk_mm_neg_word(d, lx, i);
    if (!strcmp(v, "particle"))
      particle = 1;
    else if (!strcmp(v, "adverb") && particle)
      adverb = 1;
    for (size_t j = 0; j < t->ntrig && adverb; j++)
      if (t->trig[j].held && t->trig[j].tok == i)
        return 1;
  }
  return 0;
}

/* How a negation bears on the event of the noun trigger at tok: 2 when
 * it denies the event itself, because it says it did not take place
 * ("la rencontre n'a pas eu lieu") or that there was none ("aucune
 * réunion n'a eu lieu"); 1 when it denies a person's part in it ("X n'a
 * pas assisté à la réunion"); 0 otherwise. */
static int nk_mm_noun_negation(const nk_doc *d, const nk_ev_lex *lx,
                               const nk_told *t, size_t tok) {
  if (nk_mm_negated_held(d, lx, t, tok))
    return 2;
  if (tok > 0 &&
      (nk_ev_is(d, tok - 1, "aucune") || nk_ev_is(d, tok - 1, "aucun"))) {
    size_t b, e;
    nk_mm_noun_clause(d, tok, &b, &e);
    for (size_t i = b; i < e; i++)
      if (!strcmp(nk_mm_neg_word(d, lx, i), "particle"))
        return 2;
  }
  return nk_mm_negated_complement(d, lx, tok);
}

/* Alleged when a conditional verb stands in the clause of a noun trigger
 * ("Lavrov aurait participé à l'une des discussions"). */
static nk_modality nk_mm_noun_modality(const nk_doc *d, const nk_ev_lex *lx,
                                       size_t tok) {
  size_t b, e;
  nk_mm_noun_clause(d, tok, &b, &e);
  for (size_t i = b; i < e; i++)
    if (nk_mod_is_conditional(lx, nk_ev_lower(d, i)))
      return NK_MOD_ALLEGED;
  return NK_MOD_ASSERTED;
}

/* First outlet mention of sentence s, or -1. */
static long nk_mm_sentence_outlet(const nk_doc *d, const nk_ev_lex *lx,
                                  size_t s) {
  const nk_sentence *sent = &d->seg.sents[s];
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m >= 0 && d->mentions[m].type == NK_ENT_ORG &&
        nk_mod_outlet(lx, d, d->mentions[m].tok_begin, d->mentions[m].tok_end))
      return m;
  }
  return -1;
}

/* 1 when a "que" or "qu'" stands in tokens [b, e). */
static int nk_mm_que_in(const nk_doc *d, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'"))
      return 1;
  return 0;
}

/* 1 when the reporting verb at v (in the sentence [sb, se)) governs the
 * trigger at trig, i.e. the event is part of what is reported.  An
 * inserted verb with its subject after it (", a déclaré X") reports what
 * stands before it, and the whole sentence when commas enclose it ("La
 * rencontre, a précisé X, a duré"); but not what follows it to the end of
 * the sentence ("», a dit X à l'issue de l'entretien").  A verb before
 * the trigger reports it when the trigger is its object ("a annoncé la
 * rencontre") or stands in its "que" clause, not when it stands in an
 * adjunct before that clause ("a déclaré après l'entretien que ..."). */
static int nk_mm_verb_governs(const nk_doc *d, const nk_ev_lex *lx, size_t sb,
                              size_t se, size_t v, size_t trig) {
  size_t g = nk_mod_group_start(lx, d, v);
  int inserted = g > sb && nk_ev_is_break(d, g - 1);
  if (inserted) {
    if (trig < v)
      return 1;
    size_t k = v + 1;
    while (k < se && !nk_ev_is_break(d, k))
      k++;
    return k < se && nk_ev_is(d, k, ",") && k < trig;
  }
  if (trig < v)
    return 0;
  return nk_mm_que_in(d, v + 1, trig) || !nk_mm_que_in(d, trig + 1, se);
}

/* 1 when sentence s credits what it says to someone: "selon X", "d'après
 * X", "citant", a reporting verb that governs the trigger, or words of a
 * statement; 2 when that verb denies what it governs (denial_verbs.txt:
 * "le Kremlin a démenti que X ait rencontré Y").  Only the event's own
 * sentence counts: attributions of other matters elsewhere in the article
 * do not. */
static int nk_mm_sentence_reported(const nk_doc *d, const nk_ev_lex *lx,
                                   size_t s, size_t trig) {
  const nk_sentence *sent = &d->seg.sents[s];
  int reported = 0;
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    if (nk_ev_is(d, i, "selon") || nk_ev_is(d, i, "citant") ||
        (nk_ev_is(d, i, "d'") && nk_ev_is(d, i + 1, "après")))
      reported = 1;
    const char *lemma =
        i != trig ? nk_mod_speech_lemma(lx, nk_ev_lower(d, i), NULL) : NULL;
    if (lemma &&
        nk_mm_verb_governs(d, lx, sent->tok_begin, sent->tok_end, i, trig)) {
      if (nk_lexicon_get(lx->denial_verbs, lemma))
        return 2;
      reported = 1;
    }
  }
  if (reported)
    return 1;
  size_t pos = nk_text_orig_start(&d->text, d->seg.toks[trig].start);
  for (size_t k = 0; k < d->nstatements; k++)
    if (d->statements[k].text.start <= pos && pos < d->statements[k].text.end)
      return 1;
  return 0;
}

/* Leaves out of t the persons named before the noun trigger at tok: the
 * subject of the negated verb it complements ("le prince, lui, n'a pas
 * participé à ces discussions"). */
static void nk_mm_exclude_subjects(const nk_doc *d, nk_told *t, size_t tok) {
  size_t out = 0;
  for (size_t i = 0; i < t->npeople; i++) {
    if (d->mentions[t->people[i]].tok_begin < tok)
      t->excluded = 1;
    else
      t->people[out++] = t->people[i];
  }
  t->npeople = out;
}

void nk_mm_find(const nk_doc *d, const nk_ev_lex *lx, size_t s, nk_told *t) {
  const nk_trigger *tr = &t->trig[t->first];
  int neg = tr->noun ? nk_mm_noun_negation(d, lx, t, tr->tok) : 0;
  if (neg == 1)
    nk_mm_exclude_subjects(d, t, tr->tok);
  if (neg == 2)
    t->modality = NK_MOD_DENIED;
  else
    t->modality = tr->noun ? nk_mm_noun_modality(d, lx, tr->tok)
                           : nk_mod_verb(lx, d, tr->tok, NULL);
  t->source = nk_mm_sentence_outlet(d, lx, s);
  if (t->modality == NK_MOD_ASSERTED || t->modality == NK_MOD_ALLEGED) {
    /* A subjunctive after a denial ("a démenti qu'il ait rencontré")
     * reads as asserted; a conditional keeps the denial too. */
    int r = nk_mm_sentence_reported(d, lx, s, tr->tok);
    if (r == 2)
      t->modality = NK_MOD_DENIED;
    else if (r == 1 && t->modality == NK_MOD_ASSERTED)
      t->modality = NK_MOD_REPORTED;
  }
}

/* Rank of a modality when sentences telling one event disagree: the most
 * hedged reading wins ("aurait rencontré" over "selon X"). */
int nk_mm_rank(nk_modality m) {
  switch (m) {
  case NK_MOD_DENIED:
    return 3;
  case NK_MOD_ALLEGED:
    return 2;
  case NK_MOD_REPORTED:
    return 1;
  default:
    return 0;
  }
}
