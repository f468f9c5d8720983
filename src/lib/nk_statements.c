/* nk_statements.c — the statements stage: what was said and by whom.
 *
 * This file reads the article sentence by sentence, decides in which order
 * a sentence's quotations and reported clauses are read, and records each
 * statement (nk_statement) with its evidence.  Finding the speaker is in
 * nk_attribution.c, direct quotations in nk_quotes.c, indirect speech in
 * nk_reported.c, descriptions credited to named persons in
 * nk_descriptions.c; nk_statements.h says what they share. */
#include <config.h>

#include "nk_statements.h"

#include <stdlib.h>

size_t nk_st_count_words(const nk_doc *d, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; i++) {
    const nk_token *t = &d->seg.toks[i];
    if ((t->kind == NK_TOK_WORD && !(t->flags & NK_TF_ELIDED)) ||
        t->kind == NK_TOK_NUMBER)
      n++;
  }
  return n;
}

size_t nk_st_words_start(const nk_doc *d, size_t sb, size_t se) {
  size_t i = sb;
  while (i < se && (d->seg.toks[i].kind == NK_TOK_PUNCT ||
                    nk_ev_is(d, i, "et") || nk_ev_is(d, i, "mais")))
    i++;
  return i;
}

/* Sentence-level evidence covering tokens [b, e). */
static nk_span nk_st_evidence(const nk_doc *d, size_t b, size_t e) {
  size_t sb = d->seg.sents[nk_st_sent_of(d, b)].tok_begin;
  size_t se = d->seg.sents[nk_st_sent_of(d, e - 1)].tok_end;
  return nk_doc_tok_span(d, sb, se);
}

void nk_st_emit(nk_st *st, nk_stmt_kind kind, long speaker, const nk_attr *a,
                size_t tb, size_t te, size_t eb, size_t ee) {
  nk_doc *d = st->d;
  if (te <= tb)
    return;
  nk_statement *s = NK_PUSH(d->statements, d->nstatements, d->cap_statements);
  *s = (nk_statement){0};
  s->kind = kind;
  s->speaker = speaker;
  s->modality = NK_MOD_ASSERTED;
  if (a && a->found) {
    s->verb = a->lemma ? nk_xstrdup(a->lemma) : NULL;
    s->modality = a->modality;
    if (a->addressee >= 0)
      s->addressee = nk_xstrdup(d->mentions[a->addressee].surface);
  }
  s->text = nk_doc_tok_span(d, tb, te);
  s->evidence = nk_st_evidence(d, eb, ee);
  nk_attr_note_speaker(st, speaker, ee);
}

/* Reads sentence s: a reported clause ("X a dit que ...") and the
 * quotations, in token order, each reporting verb or quotation in turn
 * taking what the ones before it said about the last speaker. */
static void nk_st_sentence(nk_st *st, size_t s) {
  nk_doc *d = st->d;
  const nk_sentence *sent = &d->seg.sents[s];
  size_t sb = sent->tok_begin, se = sent->tok_end;
  if (sent->boilerplate) {
    while (st->qi < st->nq && st->qs[st->qi].open < se)
      st->qi++;
    return;
  }
  size_t pos = sb;
  nk_indirect in = nk_rep_find(st, s, sb);
  int in_done = !in.found;
  if (!in.found)
    pos = nk_rep_unmarked(st, s);
  for (;;) {
    if (!in_done && !in.found) {
      in = nk_rep_find(st, s, pos);
      in_done = !in.found;
    }
    const nk_ev_quote *q =
        st->qi < st->nq && st->qs[st->qi].open < se ? &st->qs[st->qi] : NULL;
    size_t qopen = q ? q->open : (size_t)-1;
    if (in.found && in.a.verb < qopen) {
      pos = nk_rep_clause(st, pos, &in);
      in.found = 0;
      in_done = 1; /* one reported clause runs to the sentence end */
      continue;
    }
    if (!q)
      break;
    nk_attr_track_persons(st, pos, qopen);
    nk_quote_read(st, q, NULL);
    pos = q->closed ? q->close + 1 : q->close;
    st->qi++;
    in.found = 0;
    in_done = 0;
  }
  if (pos < se)
    nk_attr_track_persons(st, pos, se);
}

int nk_extract_statements(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  if (!d->seg.ntoks)
    return 0;
  nk_st st = {0};
  st.d = d;
  nk_ev_lex_init(&st.lx, lang);
  size_t nq;
  nk_ev_quote *qs = nk_ev_quotes(d, &nq);
  st.qs = qs;
  st.nq = nq;
  st.qi = 0;
  st.inq = nk_ev_quote_mask_of(d, qs, nq);
  st.used_verb = nk_xcalloc(d->seg.ntoks + 1, 1);
  st.last_speaker = -1;
  st.last_person = -1;
  st.last_subject = -1;
  st.last_of_gender[0] = st.last_of_gender[1] = -1;
  st.genders = nk_lang_lex(lang, "first_name_genders");
  for (size_t s = 0; s < d->seg.nsents; s++) {
    /* A quotation spanning sentences is handled in its first one. */
    while (st.qi < nq && qs[st.qi].open < d->seg.sents[s].tok_begin)
      st.qi++;
    nk_st_sentence(&st, s);
  }
  nk_desc_resolve(d, lang, &st.lx);
  free(qs);
  free(st.inq);
  free(st.used_verb);
  return 0;
}
