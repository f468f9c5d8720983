/* nk_quotes.c — direct quotations (« », “ ”, straight quotes) as
 * statements: which quotations are somebody's words, and whose.
 *
 * The quotations themselves are paired in nk_modality.c (nk_ev_quotes).
 * Here each one is, in this order: dropped when it is a title, a heading
 * or a quoted term rather than words said; attributed to the reporting
 * verb after it ("», a déclaré X"), before it ("X a déclaré : « »", "X
 * dénonce « »", "Pour X, « »", "X tranche : « »"), inside it ("« ..., a-t-il
 * dit, ... »"), or to the reported clause it belongs to; else it goes on
 * with the last speaker when it stands alone or follows his words. */
#include <config.h>

#include "nk_statements.h"

/* Fewest words an embedded quotation needs when nothing in its sentence
 * says who spoke: below this it is a phrase set off in quotes ("pour
 * « abus de confiance »"), not a statement. */
#define NK_ORPHAN_MIN_WORDS 8
/* Fewest words a quotation needs to be a statement on its own when it
 * does not open its sentence: one or two quoted words ("« capricieux »")
 * are a term picked out of the sentence. */
#define NK_TERM_MAX_WORDS 3

/* ------------------------------------------------- titles and terms */

/* 1 when the quotation opens its sentence (only punctuation or "et"
 * before it). */
static int nk_quote_opens_sentence(const nk_doc *d, size_t open) {
  size_t sb = d->seg.sents[nk_st_sent_of(d, open)].tok_begin;
  for (size_t i = sb; i < open; i++)
    if (d->seg.toks[i].kind != NK_TOK_PUNCT && !nk_ev_is(d, i, "et"))
      return 0;
  return 1;
}

/* 1 when the quotation is a section heading set between dashes
 * ("- « Pas de retour » -"): a title, not somebody's words. */
static int nk_quote_is_heading(const nk_doc *d, const nk_ev_quote *q) {
  if (!q->closed || q->open == 0 || q->close + 1 >= d->seg.ntoks)
    return 0;
  return nk_ev_is(d, q->open - 1, "-") && nk_ev_is(d, q->close + 1, "-");
}

/* 1 when the quotation is a section heading run into the text around it,
 * as pages flattened to text leave them: it opens its sentence, and the
 * next sentence's first word or mark follows its closing mark with no
 * space ("... en 2008.« Victime de rien »Selon le parquet, ...").
 * Somebody's words are followed by a space, a comma or a stop. */
static int nk_quote_is_glued_heading(const nk_doc *d, const nk_ev_quote *q) {
  size_t k = q->close + 1;
  if (!q->closed || k >= d->seg.ntoks || !nk_quote_opens_sentence(d, q->open))
    return 0;
  const nk_token *t = &d->seg.toks[k];
  if (t->flags & NK_TF_SPACE_BEFORE)
    return 0;
  return (t->kind == NK_TOK_WORD && (t->flags & NK_TF_CAP)) ||
         t->kind == NK_TOK_QUOTE_OPEN;
}

/* Binary search: quotations are in text order. */
const nk_ev_quote *nk_quote_heading_at(const nk_st *st, size_t i) {
  size_t lo = 0, hi = st->nq;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (st->qs[mid].open < i)
      lo = mid + 1;
    else
      hi = mid;
  }
  const nk_ev_quote *q =
      lo < st->nq && st->qs[lo].open == i ? &st->qs[lo] : NULL;
  return q && nk_quote_is_glued_heading(st->d, q) ? q : NULL;
}

/* 1 when the quotation of words words is no statement whoever is near: a
 * heading, or a mark left open inside a sentence ("le \"Grand rendez-vous
 * de ..."); only a quotation opening its sentence may run on to the end
 * of its paragraph. */
static int nk_quote_is_stray(const nk_doc *d, const nk_ev_quote *q,
                             size_t words) {
  if (nk_quote_is_heading(d, q) ||
      (words < NK_ORPHAN_MIN_WORDS && nk_quote_is_glued_heading(d, q)))
    return 1;
  return !q->closed && !nk_quote_opens_sentence(d, q->open);
}

/* 1 when a short quotation opening its sentence is a noun phrase of it
 * ("« La Vie devant soi » est sorti en 1975", "« Non » a gagné"): words
 * other than punctuation follow the closing mark in the sentence. */
static int nk_quote_is_subject(const nk_doc *d, const nk_ev_lex *lx,
                               const nk_ev_quote *q, size_t words) {
  if (!q->closed || words >= NK_ORPHAN_MIN_WORDS)
    return 0;
  size_t k = q->close + 1;
  /* "« Jamais plus », deux mots qui ...": an apposition follows. */
  if (words < NK_EMBEDDED_MIN_WORDS && k < d->seg.ntoks && nk_ev_is(d, k, ","))
    k++;
  if (k >= d->seg.ntoks || nk_st_sent_of(d, k) != nk_st_sent_of(d, q->close))
    return 0;
  if (d->seg.toks[k].kind != NK_TOK_WORD)
    return 0;
  /* "« Ici, nous resterons » contre vents et marées, prévient X": a
   * reporting verb later in the sentence makes it somebody's words. */
  size_t se = d->seg.sents[nk_st_sent_of(d, k)].tok_end;
  for (size_t i = k; i < se; i++)
    if (nk_mod_speech_lemma(lx, nk_ev_lower(d, i), NULL))
      return 0;
  return 1;
}

/* 1 when tokens [b, e) hold no quotation mark and no reporting verb: the
 * plain clause a quoted term stands in. */
static int nk_quote_plain_clause(const nk_st *st, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (st->inq[i] || nk_mod_speech_lemma(&st->lx, nk_ev_lower(st->d, i), NULL))
      return 0;
  return 1;
}

/* 1 when only list glue lies in tokens [b, e): commas, "et", "ou",
 * "encore", articles. */
static int nk_quote_list_glue(const nk_st *st, size_t b, size_t e) {
  if (e <= b || e - b > 4)
    return 0;
  for (size_t i = b; i < e; i++)
    if (!nk_ev_is(st->d, i, ",") && !nk_ev_is(st->d, i, "et") &&
        !nk_ev_is(st->d, i, "ou") && !nk_ev_is(st->d, i, "encore") &&
        !nk_ev_in(st->lx.np_determiners, st->d, i))
      return 0;
  return 1;
}

/* 1 when the quotation q is one item of a list of quotations in its
 * sentence ("« A », « B » et « C »"): the quotation before or after it is
 * separated from it by list glue only. */
static int nk_quote_in_list(const nk_st *st, const nk_ev_quote *q) {
  size_t k = (size_t)(q - st->qs);
  if (k >= st->nq)
    return 0;
  size_t s = nk_st_sent_of(st->d, q->open);
  /* The first item of the list. */
  size_t f = k;
  while (f > 0 && k - f < 8 && st->qs[f - 1].closed &&
         nk_st_sent_of(st->d, st->qs[f - 1].close) == s &&
         nk_quote_list_glue(st, st->qs[f - 1].close + 1, st->qs[f].open))
    f--;
  int next = q->closed && k + 1 < st->nq &&
             nk_st_sent_of(st->d, st->qs[k + 1].open) == s &&
             nk_quote_list_glue(st, q->close + 1, st->qs[k + 1].open);
  if (f == k && !next)
    return 0;
  /* « Ils appellent sans cesse », « ils sont furieux », a-t-il dit: a
   * list opening the sentence is a run of the speaker's sentences. */
  return !nk_quote_opens_sentence(st->d, st->qs[f].open);
}

/* ------------------------------------- attributions before the marks */

/* The reporting verb standing before the quotation at open in its
 * sentence: "X a déclaré : « ... »", or the indirect statement it is
 * part of. */
static nk_attr nk_quote_verb_before(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr none = nk_attr_none();
  size_t sb = d->seg.sents[nk_st_sent_of(d, open)].tok_begin;
  if (open == sb || !nk_ev_is(d, open - 1, ":"))
    return none;
  for (size_t k = open - 1; k > sb && k + NK_ADDRESSEE_WINDOW > open; k--) {
    size_t v = k - 1;
    if (st->inq[v] || nk_ev_is_final(d, v))
      break;
    const char *lemma =
        nk_mod_is_verb_use(&st->lx, d, v)
            ? nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, v), NULL)
            : NULL;
    /* "en lui demandant : « ... »": a gerund has no subject to find. */
    if (lemma && nk_mod_is_present_participle(nk_ev_lower(d, v)))
      return none;
    if (lemma) {
      /* "résume M. Picard : « ... »", "rappelle sur RTL le directeur du
       * centre, Jean Dupont : « ... »": the subject follows the verb and
       * ends at the colon. */
      size_t end = v + 1;
      long m = nk_ev_subject_after(d, &st->lx, v + 1, &end);
      if (m >= 0 && end + 1 == open) {
        nk_attr a = nk_attr_verb(st, v, lemma);
        a.speaker = m;
        a.pronoun = 0;
        a.last = end;
        return a;
      }
      /* Otherwise the verb must be close to the colon, with its subject
       * before it ("X a déclaré à la presse : « ... »"). */
      if (k + 8 <= open)
        return none;
      return nk_attr_verb(st, v, lemma);
    }
  }
  return none;
}

/* "X dénonce « ... »": a reporting verb whose object is the quotation
 * itself; its subject stands before it. */
static nk_attr nk_quote_verb_object(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr none = nk_attr_none();
  size_t sb = d->seg.sents[nk_st_sent_of(d, open)].tok_begin;
  if (open <= sb + 1 || st->inq[open - 1])
    return none;
  const char *w = nk_ev_lower(d, open - 1);
  const char *lemma = nk_mod_speech_lemma(&st->lx, w, NULL);
  /* A participle ("accusé de « ... »") qualifies a noun. */
  if (!lemma || nk_mod_is_present_participle(w) ||
      nk_mod_ending(st->lx.participle_endings, w, NULL))
    return none;
  nk_attr a = nk_attr_verb(st, open - 1, lemma);
  if (a.speaker < 0 && !a.pronoun)
    return none;
  return a;
}

/* "Pour X, « ... »": the opinion of X, named at the head of the sentence
 * of the quotation. */
static nk_attr nk_quote_pour(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr a = nk_attr_none();
  size_t sb = d->seg.sents[nk_st_sent_of(d, open)].tok_begin;
  size_t i = nk_st_words_start(d, sb, open);
  size_t n = i < open ? nk_attr_cue_len(st, i, "opinion") : 0;
  if (!n)
    return a;
  size_t end = i + n;
  int pronoun = 0;
  long m = nk_attr_selon_subject(st, i + n, &end, &pronoun);
  if ((m < 0 && !pronoun) || !nk_ev_is(d, end, ",") || end + 1 != open)
    return a;
  return nk_attr_by_cue(i, end, m, pronoun);
}

/* End of the subject that heads the clause before a colon (mention mm,
 * the colon before open): past an apposition between commas ("Claire
 * Nadal, la trésorière, tranche : « ... »"). */
static size_t nk_quote_subject_end(const nk_doc *d, const nk_mention *mm,
                                   size_t open) {
  size_t e = mm->tok_end;
  if (e < open && nk_ev_is(d, e, ",")) {
    size_t c = e + 1;
    while (c < open && !nk_ev_is_break(d, c))
      c++;
    e = c < open && nk_ev_is(d, c, ",") ? c + 1 : open;
  }
  return e;
}

/* "X a tranché : « ... »" with a verb that is not one of reporting: the
 * subject of the clause before the colon, a person or organization named
 * at its head, speaks. */
static nk_attr nk_quote_colon(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr a = nk_attr_none();
  size_t sb = d->seg.sents[nk_st_sent_of(d, open)].tok_begin;
  if (open <= sb + 1 || !nk_ev_is(d, open - 1, ":"))
    return a;
  for (size_t i = sb; i + 1 < open; i++) {
    /* Skip the end of a quotation that ran into this sentence. */
    if (st->inq[i])
      continue;
    long m = nk_doc_mention_at(d, i);
    if (m < 0 || d->mentions[m].tok_begin != i)
      continue;
    const nk_mention *mm = &d->mentions[m];
    if (mm->type == NK_ENT_PLACE || nk_attr_is_outlet(st, m))
      return a;
    /* A complement ("à M. X", "de l'OMS", "son compte Twitter") is not
     * the subject. */
    if (!nk_attr_at_clause_head(st, i))
      return a;
    size_t e = nk_quote_subject_end(d, mm, open);
    /* A title "Marie Dupont : « ... »" names the speaker alone. */
    int headline = d->seg.sents[nk_st_sent_of(d, open)].headline;
    if (headline && e == open - 1 && i == nk_st_words_start(d, sb, open)) {
      a.found = 1;
      a.speaker = m;
      a.first = i;
      a.last = open - 1;
      a.modality = NK_MOD_ASSERTED;
      return a;
    }
    if (e >= open - 1 || d->seg.toks[e].kind != NK_TOK_WORD ||
        (d->seg.toks[e].flags & NK_TF_CAP))
      return a;
    a.found = 1;
    a.verb = e;
    a.speaker = m;
    a.first = i;
    a.last = open - 1;
    a.modality = NK_MOD_ASSERTED;
    return a;
  }
  return a;
}

/* ------------------------------ attributions inside and without a verb */

/* A reporting verb inserted inside the quotation between commas, its
 * subject a pronoun (« Nous irons, a-t-il dit, jusqu'au bout. »): the
 * writer put the attribution inside the marks. */
static nk_attr nk_quote_incise(nk_st *st, size_t cb, size_t ce) {
  const nk_doc *d = st->d;
  nk_attr a = nk_attr_none();
  for (size_t k = cb + 1; k + 1 < ce; k++) {
    if (!nk_ev_is(d, k - 1, ","))
      continue;
    /* "s'est-il insurgé", "avait-elle confié", "a-t-il ajouté". */
    size_t v = k;
    int clitic = 0;
    if (nk_ev_in(st->lx.verb_clitics, d, v))
      v++;
    if (nk_mod_is_aux(&st->lx, nk_ev_lower(d, v), &clitic) && clitic)
      v++;
    else
      clitic = 0;
    int c2 = 0;
    const char *lemma = nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, v), &c2);
    if (!lemma || !(clitic || c2))
      continue;
    /* The incise ends at a comma or a full stop, after at most a short
     * complement ("a-t-il expliqué sur la radio."). */
    size_t e = v + 1;
    while (e < ce && e < v + 6 && !nk_ev_is_break(d, e))
      e++;
    if (e >= ce || !(nk_ev_is(d, e, ",") || nk_ev_is_final(d, e)))
      continue;
    a.found = 1;
    a.verb = v;
    a.lemma = lemma;
    a.pronoun = 1;
    a.plural = nk_attr_plural_pronoun(&st->lx, nk_ev_lower(d, v)) ||
               nk_attr_plural_pronoun(&st->lx, nk_ev_lower(d, v - 1));
    a.first = a.last = v;
    a.modality = nk_mod_verb(&st->lx, d, v, lemma);
    return a;
  }
  return a;
}

/* 1 when the quotation at open goes on with the statement just emitted in
 * its sentence: « ... », a-t-il dit, « ... » or « ... », a dit X, mais
 * « ... ».  At most a comma and a conjunction lie between. */
static int nk_quote_continues_last(const nk_st *st, size_t open) {
  const nk_doc *d = st->d;
  if (!st->have_last || st->last_sent != nk_st_sent_of(d, open) ||
      open < st->last_end || open > st->last_end + 3)
    return 0;
  for (size_t i = st->last_end; i < open; i++)
    if (!nk_ev_is(d, i, ",") && !nk_ev_in(st->lx.np_stops, d, i))
      return 0;
  return 1;
}

/* The person or organization named right after the colon that follows a
 * quotation opening a title: "« ... » : Marie Dupont répond", or -1. */
static long nk_quote_headline_speaker(const nk_st *st, const nk_ev_quote *q) {
  const nk_doc *d = st->d;
  size_t k = q->close + 1;
  if (!q->closed || k + 1 >= d->seg.ntoks || !nk_ev_is(d, k, ":") ||
      nk_st_sent_of(d, k + 1) != nk_st_sent_of(d, q->open))
    return -1;
  long m = nk_doc_mention_at(d, k + 1);
  if (m < 0 || d->mentions[m].tok_begin != k + 1 ||
      (d->mentions[m].type != NK_ENT_PERSON &&
       d->mentions[m].type != NK_ENT_ORG) ||
      nk_attr_is_outlet(st, m))
    return -1;
  return m;
}

/* ------------------------------------------------------ reading one */

/* A quoted term with its reporting verb after it (a): "Le climat se fait
 * « capricieux », soupire X".  The quoted word is part of what X said,
 * the clause before the verb; alone it is a term, not a statement.  endq
 * is one past the closing mark. */
static void nk_quote_term(nk_st *st, const nk_ev_quote *q, const nk_attr *a,
                          size_t endq) {
  nk_doc *d = st->d;
  st->used_verb[a->verb] = 1;
  size_t sb = d->seg.sents[nk_st_sent_of(d, q->open)].tok_begin;
  size_t b = nk_st_words_start(d, sb, q->open);
  long sp = nk_attr_speaker(st, a);
  /* Like a clause reported without "que" (nk_rep_unmarked): only when a
   * named person says it and the attribution ends the sentence. */
  if (nk_st_count_words(d, b, endq) >= NK_INVERTED_MIN_WORDS &&
      nk_quote_plain_clause(st, b, q->open) && sp >= 0 &&
      d->mentions[sp].type == NK_ENT_PERSON &&
      (a->last + 1 >= d->seg.ntoks || nk_ev_is_final(d, a->last + 1)))
    nk_st_emit(st, NK_STMT_INDIRECT, sp, a, b, endq, b, a->last + 1);
  else if (sp >= 0 || a->pronoun)
    nk_attr_note_speaker(st, sp, a->last + 1);
}

/* A quotation of words words with its reporting verb after it (a): "« ...
 * », a déclaré X". */
static void nk_quote_said_after(nk_st *st, const nk_ev_quote *q,
                                const nk_attr *a, size_t words, size_t endq) {
  /* "« Nom d'une association », rapporte Le Parisien": a medium credited
   * for a few words is the article's source, not a speaker. */
  if (words < NK_EMBEDDED_MIN_WORDS && !a->pronoun &&
      nk_attr_is_outlet(st, a->speaker))
    return;
  if (words < NK_TERM_MAX_WORDS && !nk_quote_opens_sentence(st->d, q->open)) {
    nk_quote_term(st, q, a, endq);
    return;
  }
  st->used_verb[a->verb] = 1;
  nk_st_emit(st, NK_STMT_DIRECT, nk_attr_speaker(st, a), a, q->open + 1,
             q->close, q->open, a->last + 1);
}

/* A quotation attributed before its marks: "X a déclaré : « ... »", "X
 * dénonce « ... »", "Pour X, « ... »", "X tranche : « ... »".  Returns 1
 * when it was read (recorded or dropped as a medium's), 0 when none of
 * these attributes it. */
static int nk_quote_said_before(nk_st *st, const nk_ev_quote *q, size_t words,
                                size_t endq) {
  nk_attr a = nk_quote_verb_before(st, q->open);
  if (!a.found && words >= NK_EMBEDDED_MIN_WORDS) {
    a = nk_quote_verb_object(st, q->open);
    if (a.found && !a.pronoun && nk_attr_is_outlet(st, a.speaker))
      return 1; /* "le quotidien évoque « ... »": a source */
  }
  if (!a.found)
    a = nk_quote_pour(st, q->open);
  if (!a.found)
    a = nk_quote_colon(st, q->open);
  if (!a.found)
    return 0;
  nk_st_emit(st, NK_STMT_DIRECT, nk_attr_speaker(st, &a), &a, q->open + 1,
             q->close, a.first, endq);
  return 1;
}

/* A quotation opening its sentence with nobody named around it: it
 * continues the last speaker's words when they end in this paragraph or
 * the one before; in a title, its speaker follows a colon or is unknown. */
static void nk_quote_standalone(nk_st *st, const nk_ev_quote *q, size_t words,
                                size_t endq) {
  nk_doc *d = st->d;
  const nk_sentence *sent = &d->seg.sents[nk_st_sent_of(d, q->open)];
  if (nk_quote_is_subject(d, &st->lx, q, words))
    return;
  long sp = -1;
  size_t para = nk_st_para_of(d, q->open);
  if (st->have_last && !sent->headline &&
      (st->last_para == para || st->last_para + 1 == para))
    sp = st->last_speaker;
  if (sent->headline && words < 3)
    return;
  if (sent->headline)
    sp = nk_quote_headline_speaker(st, q);
  nk_st_emit(st, NK_STMT_DIRECT, sp, NULL, q->open + 1, q->close, q->open,
             endq);
  if (sent->headline)
    st->have_last = 0; /* a title does not carry a speaker on */
}

/* A quotation with no reporting verb next to its marks: the words of the
 * sentence's reported clause (in), an incise inside it, a quotation
 * standing alone, or one going on with the statement just before. */
static void nk_quote_unattributed(nk_st *st, const nk_ev_quote *q,
                                  const nk_indirect *in, size_t words,
                                  size_t endq) {
  nk_doc *d = st->d;
  size_t cb = q->open + 1, ce = q->close;
  const nk_sentence *sent = &d->seg.sents[nk_st_sent_of(d, q->open)];
  if (in && in->found && in->inverted && nk_rep_ok(st, in)) {
    if (words >= NK_EMBEDDED_MIN_WORDS)
      nk_st_emit(st, NK_STMT_DIRECT, nk_attr_speaker(st, &in->a), &in->a, cb,
                 ce, q->open < in->a.first ? q->open : in->a.first,
                 endq > in->a.last + 1 ? endq : in->a.last + 1);
    return;
  }
  nk_attr a = nk_quote_incise(st, cb, ce);
  if (a.found) {
    nk_st_emit(st, NK_STMT_DIRECT, nk_attr_speaker(st, &a), &a, cb, ce, q->open,
               endq);
    return;
  }
  if (nk_quote_opens_sentence(d, q->open)) {
    nk_quote_standalone(st, q, words, endq);
    return;
  }
  if (in && in->found && in->a.verb < q->open && nk_rep_ok(st, in)) {
    if (words < NK_EMBEDDED_MIN_WORDS)
      return;
    nk_st_emit(st, NK_STMT_DIRECT, nk_attr_speaker(st, &in->a), &in->a, cb, ce,
               in->a.first, endq);
    return;
  }
  if (words >= NK_EMBEDDED_MIN_WORDS && nk_quote_continues_last(st, q->open)) {
    nk_st_emit(st, NK_STMT_DIRECT, st->last_speaker, NULL, cb, ce, q->open,
               endq);
    return;
  }
  if (words >= NK_ORPHAN_MIN_WORDS && !sent->headline)
    nk_st_emit(st, NK_STMT_DIRECT, -1, NULL, cb, ce, q->open, endq);
}

void nk_quote_read(nk_st *st, const nk_ev_quote *q, const nk_indirect *in) {
  nk_doc *d = st->d;
  size_t words = nk_st_count_words(d, q->open + 1, q->close);
  if (!words || nk_quote_is_stray(d, q, words))
    return;
  size_t endq = q->closed ? q->close + 1 : q->close;
  nk_attr a = q->closed ? nk_attr_after(st, q->close, 1) : (nk_attr){0};
  a.said = q->open;
  if (a.found) {
    nk_quote_said_after(st, q, &a, words, endq);
    return;
  }
  /* "des « A », « B » et « C »": a list of quoted terms, unless the last
   * item is followed by who said them ("« A » et « B », a dit X", found
   * above) or the list is part of a reported clause, whose words they
   * are. */
  if (words < NK_ORPHAN_MIN_WORDS && !(in && in->found) &&
      nk_quote_in_list(st, q))
    return;
  if (!nk_quote_said_before(st, q, words, endq))
    nk_quote_unattributed(st, q, in, words, endq);
}

void nk_quote_read_until(nk_st *st, size_t end, const nk_indirect *in) {
  while (st->qi < st->nq && st->qs[st->qi].open < end) {
    nk_quote_read(st, &st->qs[st->qi], in);
    st->qi++;
  }
}

size_t nk_quote_longest_in(const nk_st *st, size_t b, size_t e) {
  size_t best = 0;
  for (size_t k = st->qi; k < st->nq && st->qs[k].open < e; k++)
    if (st->qs[k].open >= b) {
      size_t w = nk_st_count_words(st->d, st->qs[k].open + 1, st->qs[k].close);
      if (w > best)
        best = w;
    }
  return best;
}
