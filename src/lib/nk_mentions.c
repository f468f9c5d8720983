/* nk_mentions.c — the mentions stage: finds the spans of the article that
 * name persons, organizations, places and unnamed agents.  Loads the
 * lexicons, runs the passes in order (each one only over tokens no
 * earlier pass took, so that the longest and most certain match wins),
 * and turns the candidates into the document's mentions.  Also holds the
 * word tests several passes use.  The files of the stage are listed in
 * nk_mentions.h. */
#include <config.h>

#include "nk_mentions.h"

#include <stdlib.h>
#include <string.h>

void nk_m_add(nk_mctx *x, nk_ent_type type, size_t tb, size_t te) {
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

int nk_m_free(const nk_mctx *x, size_t tb, size_t te) {
  for (size_t i = tb; i < te; i++)
    if (x->used[i])
      return 0;
  return 1;
}

int nk_m_in(const nk_lexicon *lex, const nk_mctx *x, size_t i) {
  return nk_names_get(lex, x->seg, i) != NULL;
}

/* A stopword that is never part of an organization's name (ministry
 * domains such as "Affaires" or "Défense" are). */
int nk_m_stop_strict(const nk_mctx *x, size_t i) {
  const char *v = nk_names_get(x->stop, x->seg, i);
  return v && strcmp(v, "domain") != 0;
}

int nk_m_allcaps(const nk_mctx *x, size_t i) {
  return nk_names_is_word(x->seg, i) && (x->seg->toks[i].flags & NK_TF_ALLCAPS);
}

/* A given name: listed, or a compound of listed ones ("Marc-Olivier"). */
int nk_m_first(const nk_mctx *x, size_t i) {
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
int nk_m_ordinal(const nk_mctx *x, size_t i) {
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
int nk_m_namey(const nk_mctx *x, size_t i, size_t se) {
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
int nk_m_quoted(const nk_mctx *x, size_t tb, size_t te) {
  return tb > 0 && te < x->seg->ntoks &&
         x->seg->toks[tb - 1].kind == NK_TOK_QUOTE_OPEN &&
         x->seg->toks[te].kind == NK_TOK_QUOTE_CLOSE;
}

/* A preposition, article or "et" (complement_words.txt): the word after
 * it belongs to a complement. */
int nk_m_prep(const nk_mctx *x, size_t i) {
  return nk_names_is_word(x->seg, i) && nk_m_in(x->links, x, i);
}

static int nk_cand_cmp(const void *a, const void *b) {
  const nk_cand *x = a, *y = b;
  if (x->tb != y->tb)
    return x->tb < y->tb ? -1 : 1;
  if (x->te != y->te)
    return x->te > y->te ? -1 : 1;
  return 0;
}

/* A pass over the tokens [sb, se) of one sentence. */
typedef void (*nk_m_pass)(nk_mctx *, size_t, size_t);

static void nk_m_each_sentence(nk_mctx *x, nk_m_pass pass) {
  for (size_t s = 0; s < x->seg->nsents; s++) {
    const nk_sentence *st = &x->seg->sents[s];
    if (!st->boilerplate)
      pass(x, st->tok_begin, st->tok_end);
  }
}

/* Loads into x the lexicons of lang and the per-token arrays of d. */
static void nk_m_init(nk_mctx *x, nk_doc *d, const nk_lang *lang) {
  x->seg = &d->seg;
  x->entities = nk_lang_lex(lang, "entities");
  x->places = nk_lang_lex(lang, "places");
  x->first = nk_lang_lex(lang, "first_names");
  x->honor = nk_lang_lex(lang, "honorifics");
  x->particles = nk_lang_lex(lang, "particles");
  x->family = nk_lang_lex(lang, "name_family_first");
  x->roles = nk_lang_lex(lang, "roles");
  x->stop = nk_lang_lex(lang, "name_stopwords");
  x->heads = nk_lang_lex(lang, "org_heads");
  x->org_adj = nk_lang_lex(lang, "org_adjectives");
  x->nat = nk_lang_lex(lang, "nationalities");
  x->headline = nk_lang_lex(lang, "headline_words");
  x->mods = nk_lang_lex(lang, "role_modifiers");
  x->agent = nk_lang_lex(lang, "agent_words");
  x->eponym = nk_lang_lex(lang, "eponym_nouns");
  x->links = nk_lang_lex(lang, "complement_words");
  x->en_links = nk_lang_lex(lang, "english_name_links");
  x->articles = nk_lang_lex(lang, "name_articles");
  x->speech = nk_lang_lex(lang, "speech_verbs");
  x->cues = nk_lang_lex(lang, "person_cues");
  x->used = nk_xcalloc(d->seg.ntoks + 1, 1);
  x->person_start = nk_xcalloc(d->seg.ntoks + 1, 1);
  x->person_end = nk_xcalloc(d->seg.ntoks + 1, 1);
  x->cand_at = nk_xmalloc((d->seg.ntoks + 1) * sizeof *x->cand_at);
  for (size_t t = 0; t <= d->seg.ntoks; t++)
    x->cand_at[t] = -1;
}

/* Runs the passes in their order; returns the outlet anaphors. */
static nk_m_outl nk_m_passes(nk_mctx *x, nk_doc *d, const nk_lang *lang) {
  nk_m_each_sentence(x, nk_mo_known);
  nk_m_each_sentence(x, nk_mo_orgs);
  nk_m_each_sentence(x, nk_mo_places);
  /* Before persons: "l'ONG Agronomes et vétérinaires sans frontières
   * (AVSF)" names no person. */
  size_t before_paren = x->nc;
  nk_m_each_sentence(x, nk_ma_paren_acronyms);
  nk_m_each_sentence(x, nk_mp_persons);
  nk_mp_surnames(x, &d->seg);
  nk_m_each_sentence(x, nk_ma_acronyms);
  nk_ma_learned_acronyms(x, before_paren);
  nk_m_each_sentence(x, nk_mg_agents);
  return nk_mg_outlets(x, lang);
}

/* Adds the candidates of x to d as mentions, in text order. */
static void nk_m_to_mentions(nk_mctx *x, nk_doc *d) {
  if (x->nc > 1)
    qsort(x->c, x->nc, sizeof *x->c, nk_cand_cmp);
  for (size_t k = 0; k < x->nc; k++)
    nk_doc_add_mention(d, x->c[k].type, x->c[k].tb, x->c[k].te);
  /* An agent's description may hold a named organization ("une conseillère
   * du ministère de l'Intérieur"): its tokens point to the organization,
   * the more specific mention. */
  for (size_t k = 0; k < d->nmentions; k++)
    if (d->mentions[k].type != NK_ENT_AGENT)
      for (size_t t = d->mentions[k].tok_begin; t < d->mentions[k].tok_end; t++)
        d->tok_mention[t] = (long)k;
}

int nk_find_mentions(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  nk_mctx x = {0};
  nk_m_init(&x, d, lang);
  nk_m_outl outl = nk_m_passes(&x, d, lang);
  nk_m_to_mentions(&x, d);
  nk_mg_name_anaphors(d, &outl);
  free(x.c);
  free(x.used);
  free(x.person_start);
  free(x.person_end);
  free(x.cand_at);
  return 0;
}
