/* nk_reported.c — indirect speech: words reported without quotation
 * marks, as a clause whose speaker a reporting verb names.
 *
 *   "X a déclaré (à Y) que ..."        the verb before a "que" clause
 *   "Le service sera dissous, a annoncé la préfecture."
 *                                      the verb after the clause (inverted)
 *   "Selon X, ..."                     an attribution cue opening it
 *
 * A quotation inside such a clause is X's exact words: it is read with the
 * clause (nk_quote_read), and a long one is recorded instead of the
 * clause. */
#include <config.h>

#include "nk_statements.h"

/* 1 when token i is "que" or "qu'". */
static int nk_rep_is_que(const nk_doc *d, size_t i) {
  return nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'");
}

/* End of the reported clause starting at que: the sentence end, final
 * punctuation excluded. */
static size_t nk_rep_clause_end(const nk_doc *d, size_t que) {
  size_t e = d->seg.sents[nk_st_sent_of(d, que)].tok_end;
  while (e > que + 1 && (nk_ev_is_final(d, e - 1) || nk_ev_is(d, e - 1, ",") ||
                         nk_ev_is(d, e - 1, ";")))
    e--;
  return e;
}

/* The "que" introducing what the reporting verb v reports, or 0.  Only
 * adverbs, commas and an addressee ("à CBS News", "auprès de X") may come
 * between: after a direct object ("a soutenu les réunions que ...") the
 * "que" is a relative pronoun. */
static size_t nk_rep_que_after(const nk_st *st, size_t v, size_t se) {
  const nk_doc *d = st->d;
  int addressee = 0;
  for (size_t q = v + 1; q < se && q < v + NK_QUE_WINDOW; q++) {
    if (nk_rep_is_que(d, q))
      return nk_ev_is(d, q - 1, "ce") ? 0 : q;
    if (nk_ev_is_final(d, q) || st->inq[q] || nk_ev_is(d, q, ";") ||
        nk_ev_is(d, q, ":") ||
        nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, q), NULL))
      return 0;
    /* "sous couvert d'anonymat": how it was said, not an object. */
    size_t n = nk_attr_cue_len(st, q, "aside");
    if (n) {
      q += n - 1;
      continue;
    }
    /* "à CBS", "sur son compte", "dans un communiqué": a complement. */
    if (nk_ev_in(st->lx.np_stops, d, q))
      addressee = 1;
    else if (!addressee && nk_ev_in(st->lx.agent_determiners, d, q))
      return 0;
  }
  return 0;
}

/* 1 when the subject of the verb v is the impersonal "on" ("on répète
 * que", "l'on dit que"): what everybody says is nobody's statement. */
static int nk_rep_impersonal(const nk_st *st, size_t v) {
  size_t g = nk_mod_group_start(&st->lx, st->d, v);
  return g > 0 && nk_ev_is(st->d, g - 1, "on");
}

nk_indirect nk_rep_find(nk_st *st, size_t s, size_t from) {
  nk_doc *d = st->d;
  nk_indirect r = {0};
  size_t se = d->seg.sents[s].tok_end;
  for (size_t v = from; v < se; v++) {
    if (st->inq[v] || st->used_verb[v])
      continue;
    int clitic = 0;
    const char *lemma =
        nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, v), &clitic);
    if (lemma && !nk_mod_is_verb_use(&st->lx, d, v))
      continue;
    /* "X a fait savoir que": a verb of two words, its subject before the
     * first, its "que" after the second. */
    size_t last = v;
    if (!lemma && (lemma = nk_mod_speech_pair(&st->lx, d, v, &clitic)) != NULL)
      last = v + 1;
    if (!lemma)
      continue;
    size_t q = nk_rep_que_after(st, last, se);
    if (!q || nk_rep_impersonal(st, v))
      continue;
    /* A participle ("ajoutant que") has no subject of its own: it goes
     * on with the speaker of a statement of the same sentence. */
    int participle = nk_mod_is_present_participle(nk_ev_lower(d, v));
    if (participle && (!st->have_last || st->last_sent != s))
      continue;
    r.found = 1;
    r.a = nk_attr_verb(st, v, lemma);
    r.a.pronoun = r.a.pronoun || clitic;
    if (participle) {
      r.a.speaker = -1;
      r.a.pronoun = 1;
    }
    r.que = q;
    r.end = nk_rep_clause_end(d, q);
    return r;
  }
  return r;
}

/* 1 when tokens [b, e) are all inside quotation marks. */
static int nk_rep_all_quoted(const nk_st *st, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (!st->inq[i])
      return 0;
  return 1;
}

/* 1 when the verb of a has no auxiliary and is a participle: "ajoutant"
 * opens a clause, "accusée de" qualifies a noun; neither attributes. */
static int nk_rep_bare_participle(const nk_st *st, const nk_attr *a) {
  const char *w = nk_ev_lower(st->d, a->verb);
  if (nk_mod_is_present_participle(w))
    return 1;
  for (size_t k = a->first; k < a->verb; k++)
    if (nk_mod_is_aux(&st->lx, nk_ev_lower(st->d, k), NULL))
      return 0;
  return nk_mod_ending(st->lx.participle_endings, w, NULL);
}

/* A sentence ending with its attribution and no "que": "Le service sera
 * dissous, a annoncé la préfecture." or "..., selon le syndicat."  The
 * reported clause runs from from to the comma before the verb.  Direct
 * quotations ("« ... », a dit X") are left to the quotation reader. */
static nk_indirect nk_rep_find_inverted(nk_st *st, size_t s, size_t from) {
  nk_doc *d = st->d;
  nk_indirect r = {0};
  size_t se = d->seg.sents[s].tok_end;
  from = nk_st_words_start(d, from, se);
  for (size_t c = se; c-- > from + 1;) {
    if (!nk_ev_is(d, c, ",") || st->inq[c])
      continue;
    if (d->seg.toks[c - 1].kind == NK_TOK_QUOTE_CLOSE ||
        nk_rep_all_quoted(st, from, c) ||
        nk_st_count_words(d, from, c) < NK_INVERTED_MIN_WORDS)
      break;
    /* Strict subject: without quotation marks, "X, a annoncé une
     * conférence" has its subject before the verb and no speaker after. */
    nk_attr a = nk_attr_after(st, c - 1, 0);
    if (!a.found || (a.lemma && nk_rep_bare_participle(st, &a)))
      continue;
    for (size_t k = a.last + 1; k < se; k++)
      if (nk_rep_is_que(d, k) || st->inq[k] ||
          nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, k), NULL))
        return r;
    r.found = 1;
    r.a = a;
    r.que = from;
    r.end = c;
    r.inverted = 1;
    return r;
  }
  return r;
}

/* "Selon X, ..." opening sentence s: X said the rest of it. */
static nk_indirect nk_rep_find_selon(nk_st *st, size_t s) {
  nk_doc *d = st->d;
  nk_indirect r = {0};
  size_t sb = d->seg.sents[s].tok_begin, se = d->seg.sents[s].tok_end;
  size_t i = nk_st_words_start(d, sb, se);
  /* "« Titre »Selon X, ...": a heading run into the sentence. */
  const nk_ev_quote *h = nk_quote_heading_at(st, i);
  if (h)
    i = h->close + 1;
  size_t n = nk_attr_cue_len(st, i, "according");
  if (!n || st->inq[i])
    return r;
  size_t end = i + n;
  int pronoun = 0;
  long m = nk_attr_selon_subject(st, i + n, &end, &pronoun);
  if ((m < 0 && !pronoun) || !nk_ev_is(d, end, ","))
    return r;
  size_t ce = nk_rep_clause_end(d, end);
  if (nk_st_count_words(d, end + 1, ce) < NK_INVERTED_MIN_WORDS)
    return r;
  r.found = 1;
  r.a = nk_attr_by_cue(i, end, m, pronoun);
  r.que = end + 1;
  r.end = ce;
  r.inverted = 1;
  return r;
}

/* A medium reporting something is a source of the article, not a
 * statement. */
int nk_rep_ok(const nk_st *st, const nk_indirect *in) {
  if (in->a.pronoun)
    return st->have_last || st->last_person >= 0;
  if (in->a.speaker < 0 || nk_attr_is_outlet(st, in->a.speaker))
    return 0;
  /* "selon des journalistes de l'AFP": the medium is the source. */
  const nk_mention *m = &st->d->mentions[in->a.speaker];
  if (m->type == NK_ENT_AGENT)
    for (size_t i = m->tok_begin; i < m->tok_end; i++)
      if (nk_attr_is_outlet(st, nk_doc_mention_at(st->d, i)))
        return 0;
  return 1;
}

/* The reported clause is the statement unless a long quotation inside it
 * gives the exact words, which are recorded when their mark is read. */
size_t nk_rep_clause(nk_st *st, size_t pos, const nk_indirect *in) {
  nk_attr_track_persons(st, pos, in->a.verb);
  /* "X aurait assuré que ...": in the journalistic conditional the
   * article relays hearsay about what X said (often in a private
   * exchange), it does not attest X's words; without quotation marks
   * there is no statement of X to record. */
  int keep = nk_rep_ok(st, in) && in->a.modality != NK_MOD_ALLEGED &&
             nk_quote_longest_in(st, in->que, in->end) < NK_EMBEDDED_MIN_WORDS;
  if (keep)
    nk_st_emit(st, NK_STMT_INDIRECT, nk_attr_speaker(st, &in->a), &in->a,
               in->que, in->end, in->a.first, in->end);
  /* Quotations inside the clause belong to it. */
  nk_quote_read_until(st, in->end, in);
  return in->end;
}

/* 1 when an attribution names a person.  A clause closed by ", ont
 * déclaré les sources" or ", a-t-il ajouté" relays what the article's
 * sources say: it is sourcing, kept as the meeting's or the article's
 * source, and news annotators do not count it as a statement (the seed gold
 * leaves such clauses out or optional); one closed by ", a annoncé Marie
 * Dupont" is what a named person said. */
static int nk_rep_named_speaker(const nk_st *st, const nk_attr *a) {
  return !a->pronoun && a->speaker >= 0 &&
         st->d->mentions[a->speaker].type == NK_ENT_PERSON;
}

/* 1 when a's subject is a singular pronoun ("..., a-t-il rappelé") that
 * stands for sp, a person named before: as good as naming that one. */
static int nk_rep_pronoun_person(const nk_st *st, const nk_attr *a, long sp) {
  const nk_doc *d = st->d;
  if (!a->pronoun || a->plural || sp < 0 ||
      d->mentions[sp].type != NK_ENT_PERSON)
    return 0;
  /* "..., a rapporté le journal. ..., a-t-il ajouté": when a medium was
   * named since that person, "il" is the medium, a source. */
  size_t s = nk_st_sent_of(d, a->verb);
  size_t b = d->seg.sents[s > 0 ? s - 1 : 0].tok_begin;
  if (d->mentions[sp].tok_end > b)
    b = d->mentions[sp].tok_end;
  for (size_t i = b; i < a->verb; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m >= 0 && d->mentions[m].tok_begin == i && nk_attr_is_outlet(st, m))
      return 0;
  }
  return 1;
}

size_t nk_rep_unmarked(nk_st *st, size_t s) {
  nk_doc *d = st->d;
  size_t sb = d->seg.sents[s].tok_begin;
  nk_indirect in = nk_rep_find_selon(st, s);
  int selon = in.found;
  if (!in.found)
    in = nk_rep_find_inverted(st, s, sb);
  if (!in.found)
    return sb;
  size_t stop = in.end > in.a.last + 1 ? in.end : in.a.last + 1;
  nk_attr_track_persons(st, sb, in.que < in.a.first ? in.que : in.a.first);
  long sp = nk_attr_speaker(st, &in.a);
  if (nk_rep_ok(st, &in) &&
      (selon || nk_rep_named_speaker(st, &in.a) ||
       nk_rep_pronoun_person(st, &in.a, sp)) &&
      nk_quote_longest_in(st, in.que, in.end) < NK_EMBEDDED_MIN_WORDS)
    nk_st_emit(st, NK_STMT_INDIRECT, sp, &in.a, in.que, in.end, sb, stop);
  else /* nothing said: who the sentence names may speak next */
    nk_attr_track_persons(st, sb, in.a.first);
  nk_quote_read_until(st, stop, &in);
  return stop;
}
