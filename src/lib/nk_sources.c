/* nk_sources.c — the media an article relies on: outlets it cites ("selon
 * NBC News", "a rapporté CNN", "a déclaré à CBS News"), the outlet that
 * published it when it speaks of itself ("France Info a joint X par
 * téléphone"), and contributors ("Reuters a contribué à cet article").
 *
 * Only media count (outlets.txt): "selon la Maison Blanche" attributes a
 * statement, it does not cite a source.  A medium is cited only when cue
 * words around its name say so (source_cues.txt); a medium the article
 * merely speaks about is not a source. */
#include <config.h>

#include "nk_extract.h"
#include "nk_modality.h"

#include <stdlib.h>
#include <string.h>

/* Words looked at before a name for a cue ("selon le média américain"). */
#define NK_CUE_BEFORE 5
/* Words at most between a participle and its "par" ("établi lundi à
 * 18H00 par"). */
#define NK_BY_GAP 5
/* Longest aside skipped between a name and its verb ("Le Parisien, qui
 * a pu consulter le dossier de l'enquête, rapporte"). */
#define NK_ASIDE_MAX 15
/* Words at most between a reporting verb and "sur" + medium ("a confirmé
 * jeudi X, président de l'association, sur France 2"). */
#define NK_SPEECH_NEAR 16

typedef struct {
  size_t b, e;           /* tokens of the name */
  long mention;          /* its mention, or -1 before one is added */
  const char *canonical; /* outlets.txt name */
} nk_outlet_hit;

static const char *nk_cue(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  return nk_lexicon_get(lx->source_cues, nk_ev_lower(d, i));
}

static int nk_cue_is(const nk_ev_lex *lx, const nk_doc *d, size_t i,
                     const char *type) {
  const char *v = nk_cue(lx, d, i);
  return v && !strcmp(v, type);
}

/* 1 when a reporting verb stands in the sentence before token i. */
static int nk_verb_before(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  size_t sb = d->seg.sents[d->seg.toks[i].sentence].tok_begin;
  for (size_t k = sb; k < i; k++)
    if (nk_mod_speech_lemma(lx, nk_ev_lower(d, k), NULL) ||
        nk_cue_is(lx, d, k, "report"))
      return 1;
  return 0;
}

/* 1 when a reporting verb (speech_verbs.txt) stands a few words before or
 * after token i in its sentence, no quotation mark between them: "a
 * estimé dimanche sur LCI", "a confirmé X, président de Y, sur France 2",
 * "Lundi, sur RTL, X révélait". */
static int nk_speech_near(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  const nk_sentence *sent = &d->seg.sents[d->seg.toks[i].sentence];
  for (size_t k = i; k > sent->tok_begin && k + NK_SPEECH_NEAR > i; k--) {
    const nk_token *t = &d->seg.toks[k - 1];
    if (t->kind == NK_TOK_QUOTE_OPEN || t->kind == NK_TOK_QUOTE_CLOSE)
      break;
    if (nk_mod_speech_lemma(lx, t->lower, NULL))
      return 1;
  }
  for (size_t k = i + 1; k < sent->tok_end && k < i + NK_SPEECH_NEAR; k++) {
    const nk_token *t = &d->seg.toks[k];
    if (t->kind == NK_TOK_QUOTE_OPEN || t->kind == NK_TOK_QUOTE_CLOSE)
      break;
    if (nk_mod_speech_lemma(lx, t->lower, NULL))
      return 1;
  }
  return 0;
}

/* 1 when the "par" at token by follows a participle of publishing or
 * obtaining (source_participles.txt), a few words of time at most between
 * them ("publiée lundi par"): "racheté par X" does not cite X. */
static int nk_by_source(const nk_ev_lex *lx, const nk_doc *d, size_t sb,
                        size_t by) {
  for (size_t k = by; k > sb && k + NK_BY_GAP >= by; k--) {
    if (nk_ev_is_break(d, k - 1))
      return 0;
    if (nk_ev_in(lx->source_participles, d, k - 1))
      return 1;
  }
  return 0;
}

/* Relation told by the words before the name: cites or nothing (-1). */
static int nk_rel_before(const nk_ev_lex *lx, const nk_doc *d, size_t b) {
  size_t sb = d->seg.sents[d->seg.toks[b].sentence].tok_begin;
  for (size_t k = b; k > sb && k + NK_CUE_BEFORE > b; k--) {
    size_t i = k - 1;
    if (nk_ev_is_final(d, i) || nk_ev_is(d, i, ";") ||
        d->seg.toks[i].kind == NK_TOK_QUOTE_OPEN ||
        d->seg.toks[i].kind == NK_TOK_QUOTE_CLOSE)
      break;
    /* "d'après Le Monde et Libération": the cue of the first name covers
     * the second. */
    const char *v = nk_cue(lx, d, i);
    if (!v)
      continue;
    if (!strcmp(v, "cite") || !strcmp(v, "report"))
      return NK_SRC_CITES;
    if (!strcmp(v, "by") && nk_by_source(lx, d, sb, i))
      return NK_SRC_CITES;
    if (!strcmp(v, "to") && nk_verb_before(lx, d, i))
      return NK_SRC_CITES;
    /* "sur X" names where something is shown unless someone speaks
     * there; a cue farther back does not reach past it. */
    if (!strcmp(v, "on"))
      return nk_speech_near(lx, d, i) ? NK_SRC_CITES : -1;
  }
  return -1;
}

/* Relation told by the words after the name ("RTL a rapporté", "Le Monde
 * a contacté", "l'AFP a contribué"), or -1. */
static int nk_rel_after(const nk_ev_lex *lx, const nk_doc *d, size_t e) {
  size_t nt = d->seg.ntoks, i = e;
  if (i < nt && nk_ev_is(d, i, ",")) {
    /* Skip an aside up to its closing comma. */
    size_t k = i + 1;
    while (k < nt && k < i + NK_ASIDE_MAX && !nk_ev_is(d, k, ",") &&
           !nk_ev_is_final(d, k))
      k++;
    if (k < nt && nk_ev_is(d, k, ","))
      i = k + 1;
  }
  for (size_t k = i; k < nt && k < i + 5; k++) {
    const char *v = nk_cue(lx, d, k);
    if (v && !strcmp(v, "report"))
      return NK_SRC_CITES;
    if (v && !strcmp(v, "publisher"))
      return NK_SRC_PUBLISHER;
    if (v && !strcmp(v, "contributor"))
      return NK_SRC_CONTRIBUTOR;
    if (nk_mod_speech_lemma(lx, nk_ev_lower(d, k), NULL))
      return NK_SRC_CITES;
    if (!nk_mod_is_aux(lx, nk_ev_lower(d, k), NULL) &&
        !nk_mod_skippable(lx, d, k) && !nk_ev_is(d, k, "ne") &&
        !nk_ev_is(d, k, "n'"))
      break;
  }
  return -1;
}

/* 1 when tokens [b, e) are written like a name: every word that is not an
 * article or short link word starts with a capital. */
static int nk_looks_like_name(const nk_doc *d, size_t b, size_t e) {
  int any = 0;
  for (size_t i = b; i < e; i++) {
    const nk_token *t = &d->seg.toks[i];
    if (t->kind == NK_TOK_NUMBER)
      continue;
    if (t->kind != NK_TOK_WORD)
      return 0;
    if (t->flags & (NK_TF_CAP | NK_TF_ALLCAPS)) {
      any = 1;
      continue;
    }
    /* Lower case is allowed for link words only ("de", "la", "the"). */
    if (strlen(t->lower) > 3)
      return 0;
  }
  return any;
}

/* The outlet name starting at token i: a mention, or words of
 * outlets.txt written as a name; *hit filled. */
static int nk_outlet_at(const nk_ev_lex *lx, const nk_doc *d, size_t i,
                        const unsigned char *inq, nk_outlet_hit *hit) {
  long m = nk_doc_mention_at(d, i);
  if (m >= 0) {
    const nk_mention *mm = &d->mentions[m];
    if (mm->tok_begin != i || mm->type != NK_ENT_ORG)
      return 0;
    const char *c = nk_mod_outlet(lx, d, mm->tok_begin, mm->tok_end);
    if (!c)
      return 0;
    *hit = (nk_outlet_hit){mm->tok_begin, mm->tok_end, m, c};
    return 1;
  }
  if (inq[i])
    return 0;
  size_t maxw = nk_lexicon_max_words(lx->outlets);
  for (size_t n = maxw + 1; n >= 1; n--) {
    size_t e = i + n;
    if (e > d->seg.sents[d->seg.toks[i].sentence].tok_end)
      continue;
    int free_run = 1;
    for (size_t k = i; k < e; k++)
      if (nk_doc_mention_at(d, k) >= 0 || inq[k])
        free_run = 0;
    if (!free_run || !nk_looks_like_name(d, i, e))
      continue;
    const char *c = nk_mod_outlet(lx, d, i, e);
    if (c) {
      *hit = (nk_outlet_hit){i, e, -1, c};
      return 1;
    }
  }
  return 0;
}

static int nk_have(const nk_doc *d, nk_source_rel rel, const char *outlet) {
  for (size_t i = 0; i < d->ncitations; i++)
    if (d->citations[i].rel == rel && !strcmp(d->citations[i].outlet, outlet))
      return 1;
  return 0;
}

static void nk_cite(nk_doc *d, nk_source_rel rel, nk_outlet_hit *h, size_t s) {
  if (nk_have(d, rel, h->canonical))
    return;
  if (h->mention < 0)
    h->mention = (long)nk_doc_add_mention(d, NK_ENT_ORG, h->b, h->e);
  nk_citation *c = NK_PUSH(d->citations, d->ncitations, d->cap_citations);
  *c = (nk_citation){0};
  c->rel = rel;
  c->outlet = nk_xstrdup(h->canonical);
  c->mention = h->mention;
  const nk_sentence *sent = &d->seg.sents[s];
  c->evidence = nk_doc_tok_span(d, sent->tok_begin, sent->tok_end);
}

/* Removes "cites" entries of outlets that are the publisher: an article
 * quoting what someone told its own newsroom does not cite itself. */
static void nk_drop_self_cites(nk_doc *d) {
  size_t out = 0;
  for (size_t i = 0; i < d->ncitations; i++) {
    nk_citation *c = &d->citations[i];
    if (c->rel == NK_SRC_CITES && nk_have(d, NK_SRC_PUBLISHER, c->outlet)) {
      free(c->outlet);
      free(c->outlet_key);
      continue;
    }
    d->citations[out++] = *c;
  }
  d->ncitations = out;
}

int nk_extract_sources(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  if (!d->seg.ntoks)
    return 0;
  nk_ev_lex lex;
  nk_ev_lex_init(&lex, lang);
  const nk_ev_lex *lx = &lex;
  unsigned char *inq = nk_ev_quote_mask(d);
  for (size_t s = 0; s < d->seg.nsents; s++) {
    const nk_sentence *sent = &d->seg.sents[s];
    if (sent->boilerplate)
      continue;
    size_t prev_end = 0;
    int prev_rel = -1;
    for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
      nk_outlet_hit h;
      if (!nk_outlet_at(lx, d, i, inq, &h))
        continue;
      int rel = nk_rel_after(lx, d, h.e);
      if (rel < 0)
        rel = nk_rel_before(lx, d, h.b);
      /* "selon Le Figaro et Les Echos": a name joined to a cited one is
       * cited too. */
      if (rel < 0 && prev_rel == NK_SRC_CITES && prev_end + 1 == h.b &&
          (nk_ev_is(d, prev_end, "et") || nk_ev_is(d, prev_end, ",")))
        rel = NK_SRC_CITES;
      if (rel >= 0)
        nk_cite(d, (nk_source_rel)rel, &h, s);
      prev_end = h.e;
      prev_rel = rel;
      i = h.e - 1;
    }
  }
  free(inq);
  nk_drop_self_cites(d);
  return 0;
}
