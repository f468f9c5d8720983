/* nk_ment_agents.c — mentions without a name: unnamed agents described by
 * a determiner, a role or agent noun and its complement ("une conseillère
 * du ministère de l'Intérieur", "des sources proches de l'Élysée"), and
 * references back to an outlet named before ("la chaîne" after "la chaîne
 * CNN").  Both run last, over what no name took. */
#include <config.h>

#include "nk_mentions.h"

#include <stdlib.h>
#include <string.h>

static const char *nk_mg_agent_kind(const nk_mctx *x, size_t i, size_t se,
                                    size_t *len) {
  return nk_names_longest(x->agent, x->seg, i, se, len);
}

/* A role or agent noun at i ("porte-parole", "haut fonctionnaire",
 * "sources"); returns its length in tokens or 0. */
static size_t nk_mg_agent_noun(const nk_mctx *x, size_t i, size_t se) {
  size_t n = 0;
  if (!nk_names_is_lower(x->seg, i))
    return 0;
  /* "chefs d'inculpation", "chef-d'œuvre": a role noun inside a common
   * noun (agent_words value "none"). */
  const char *v = nk_mg_agent_kind(x, i, se, &n);
  if (v && strcmp(v, "none") == 0)
    return 0;
  size_t rn = 0;
  if (nk_names_longest(x->roles, x->seg, i, se, &rn))
    return rn;
  return v && strcmp(v, "noun") == 0 ? n : 0;
}

static int nk_mg_agent_adj(const nk_mctx *x, size_t i, size_t se, size_t *len) {
  if (!nk_names_is_lower(x->seg, i))
    return 0;
  const char *v = nk_mg_agent_kind(x, i, se, len);
  if (v && strcmp(v, "adj") == 0)
    return 1;
  *len = 1;
  return nk_m_in(x->nat, x, i) || nk_m_in(x->org_adj, x, i) ||
         nk_m_in(x->mods, x, i);
}

/* End of the complement of an agent noun: "du ministère de la Défense",
 * "de la police judiciaire", "proches de l'Élysée". */
static size_t nk_mg_agent_complement(const nk_mctx *x, size_t j, size_t se) {
  for (int seg = 0; seg < 2; seg++) {
    size_t c = nk_mo_after_prep(x, j, se);
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
    while (k < se && nk_mg_agent_adj(x, k, se, &n))
      k += n;
    j = k;
  }
  return j;
}

/* Whether the words at the determiner i only say something of someone
 * named or spoken of before: an apposition after a name ("X, une ancienne
 * juge d'instruction", "X et Y, tous deux anciens diplomates") or what
 * follows a copula ("elle est une actrice"). */
static int nk_mg_said_of(const nk_mctx *x, size_t i, size_t sb, size_t se) {
  int appos = i > sb + 1 && x->person_end[i - 1] &&
              nk_names_is_punct(x->seg, i - 1, ",");
  for (size_t b = 1; b <= 2 && i >= sb + b && !appos; b++) {
    size_t bl = 0;
    const char *bv = nk_mg_agent_kind(x, i - b, se, &bl);
    appos = bv && strcmp(bv, "both") == 0 && i - b + bl > i;
  }
  if (appos)
    return 1;
  size_t cp = i, cn = 0;
  const char *cv = cp > sb ? nk_mg_agent_kind(x, --cp, se, &cn) : NULL;
  if (cv && strcmp(cv, "adv") == 0 && cp > sb) /* "est aussi une" */
    cv = nk_mg_agent_kind(x, --cp, se, &cn);
  return cv && strcmp(cv, "copula") == 0;
}

/* The end of an agent's description opened by the determiner of n tokens
 * at i: adjectives, an agent noun, adjectives and a complement.  0 when
 * no agent noun follows. */
static size_t nk_mg_span(const nk_mctx *x, size_t i, size_t n, size_t se) {
  const char *w = x->seg->toks[i].lower;
  int weak = strcmp(w, "de") == 0 || strcmp(w, "d'") == 0;
  size_t j = i + n, a = 0;
  int adjs = 0;
  while (j < se && nk_mg_agent_adj(x, j, se, &a) &&
         !nk_mg_agent_noun(x, j, se)) {
    j += a;
    adjs++;
  }
  /* "de" and "d'" are determiners only before an adjective: "de hauts
   * responsables", "d'anciens diplomates". */
  if (weak && adjs == 0)
    return 0;
  size_t nl = nk_mg_agent_noun(x, j, se);
  if (!nl)
    return 0;
  j += nl;
  while (j < se && nk_mg_agent_adj(x, j, se, &a))
    j += a;
  return nk_mg_agent_complement(x, j, se);
}

void nk_mg_agents(nk_mctx *x, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    size_t n = 0;
    const char *v = nk_mg_agent_kind(x, i, se, &n);
    if (!v || strcmp(v, "det") != 0 || x->used[i])
      continue;
    if (nk_mg_said_of(x, i, sb, se))
      continue;
    size_t j = nk_mg_span(x, i, n, se);
    if (!j)
      continue;
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

/* The kind noun naming candidate c's outlet right before it ("la chaîne
 * CNN", "le quotidien britannique The Guardian"), or NULL. */
static const char *nk_mg_noun_before(const nk_mctx *x, const nk_m_outl *o,
                                     size_t tb, size_t sb) {
  if (tb > sb && nk_m_in(x->nat, x, tb - 1))
    tb--;
  if (tb <= sb || !nk_names_is_lower(x->seg, tb - 1))
    return NULL;
  return nk_names_get(o->nouns, x->seg, tb - 1);
}

/* Records the outlet named by candidate c of a sentence starting at sb. */
static void nk_mg_outlet_seen(const nk_mctx *x, nk_m_outl *o, const nk_cand *c,
                              size_t sb) {
  char *key = nk_names_key(x->seg, c->tb, c->te);
  const char *canon = nk_lexicon_get(o->outlets, key);
  free(key);
  if (!canon)
    return;
  const char *kind = nk_mg_noun_before(x, o, c->tb, sb);
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
static const char *nk_mg_anaphor_at(const nk_mctx *x, const nk_m_outl *o,
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
static void nk_mg_outlets_in(nk_mctx *x, nk_m_outl *o, size_t sb, size_t se) {
  for (size_t i = sb; i < se; i++) {
    long ci = x->cand_at[i];
    if (ci >= 0 && x->c[ci].tb == i && x->c[ci].type == NK_ENT_ORG) {
      nk_mg_outlet_seen(x, o, &x->c[ci], sb);
      continue;
    }
    const char *kind = nk_mg_anaphor_at(x, o, i, sb, se);
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
nk_m_outl nk_mg_outlets(nk_mctx *x, const nk_lang *lang) {
  nk_m_outl o = {.outlets = nk_lang_lex(lang, "outlets"),
                 .nouns = nk_lang_lex(lang, "outlet_nouns"),
                 .kinds = nk_lang_lex(lang, "outlet_kinds")};
  for (size_t s = 0; s < x->seg->nsents; s++) {
    const nk_sentence *st = &x->seg->sents[s];
    if (!st->boilerplate)
      nk_mg_outlets_in(x, &o, st->tok_begin, st->tok_end);
  }
  for (size_t k = 0; k < o.na; k++)
    nk_m_add(x, NK_ENT_ORG, o.a[k].tb, o.a[k].tb + 1);
  return o;
}

/* Gives each anaphor's mention the words of its outlet's mention, so that
 * it resolves to the same entity (its span stays "chaîne"). */
void nk_mg_name_anaphors(nk_doc *d, nk_m_outl *o) {
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
