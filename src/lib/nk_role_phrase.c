/* nk_role_phrase.c — one role phrase: [det] [ancien|ex-] ROLE
 * [adjectives] [complements].  Reads the article, the status modifiers,
 * the role noun (its lemma, whether it is plural), the adjectives after it
 * (status, country, words of the title) and a party's acronym, then hands
 * the complements to nk_role_complement.c.  Chains of phrases joined by
 * "et" are read here too, because every caller wants a chain. */
#include <config.h>

#include "nk_roles.h"

#include <stdlib.h>
#include <string.h>

/* A party's acronym right after the role noun, bare or in parentheses
 * ("le député LR", "la maire (PS) sortante"): the organization mention,
 * with *len its tokens; -1 when none. */
static long nk_rph_party(const nk_rctx *x, size_t j, size_t lim, size_t *len) {
  const nk_segments *seg = &x->d->seg;
  long mi = nk_rco_paren_org(x, j, lim);
  *len = 3;
  if (mi < 0) {
    mi = nk_rco_org_at(x, j);
    *len = 1;
  }
  if (mi < 0 || x->d->mentions[mi].type != NK_ENT_ORG)
    return -1;
  const nk_mention *m = &x->d->mentions[mi];
  size_t t = m->tok_begin;
  if (m->tok_end != t + 1 || !(seg->toks[t].flags & NK_TF_ALLCAPS))
    return -1;
  return mi;
}

/* The organization given by nationality adjective i (country v) after
 * the role noun: the body the pair names when role_nat_orgs.txt knows it
 * ("députée européenne" -> Parlement européen), else the country. */
void nk_rph_nat_org(const nk_rctx *x, nk_phrase *p, const char *v, size_t i) {
  const char *o = NULL;
  if (p->lemma) {
    char *key = nk_xasprintf("%s %s", p->lemma, nk_r_low(x, i));
    o = nk_lexicon_get(x->nat_orgs, key);
    free(key);
  }
  p->org = nk_xstrdup(o ? o : v);
  p->org_type = o ? NK_ENT_ORG : NK_ENT_PLACE;
  p->nat = !o;
}

/* Whether the role word at j is an adjective before its noun: a word
 * both role and kept modifier ("principale") followed by a lower-case
 * word that neither describes nor complements it ("la principale rivale
 * de X"). */
static int nk_rph_adjective_first(const nk_rctx *x, size_t j, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  const char *kv = nk_names_get(x->mods, seg, j);
  size_t n = 0;
  if (!kv || strcmp(kv, "keep") != 0 || j + 1 >= lim ||
      !nk_names_is_lower(seg, j + 1))
    return 0;
  return !nk_names_longest(x->preps, seg, j + 1, lim, &n) &&
         !nk_names_get(x->nat, seg, j + 1) &&
         !nk_names_get(x->mods, seg, j + 1) &&
         !nk_names_get(x->org_adj, seg, j + 1) && !nk_r_is(x, j + 1, "et");
}

/* Whether the first word of a multi-word role as written (low) is the
 * plural of the first word of its lemma: "premiers ministres" against
 * "premier ministre", not "première ministre". */
static int nk_rph_plural_first(const char *low, const char *lemma) {
  if (!lemma)
    return 0;
  size_t lw = strcspn(low, " "), ll = strcspn(lemma, " ");
  return lw == ll + 1 && strncmp(low, lemma, ll) == 0 &&
         (low[ll] == 's' || low[ll] == 'x') && lemma[ll - 1] != 's' &&
         lemma[ll - 1] != 'x';
}

/* Skips the article and the status modifiers ("l'ancien", "la future")
 * from i, setting p's status; returns the token after them. */
static size_t nk_rph_lead(const nk_rctx *x, size_t i, size_t lim,
                          nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  size_t j = i;
  if (nk_names_is_word(seg, j) && nk_names_get(x->dets, seg, j))
    j++;
  const char *v;
  while (j < lim && (v = nk_r_mod(x, j)) && strcmp(v, "keep") != 0) {
    nk_r_status(p, v);
    j++;
  }
  return j;
}

/* "haut magistrat", "l'ex-haut commissaire": a modifier kept in the
 * title before the role noun at j + 1.  Appends it to the title and
 * returns j + 1; returns j when there is none. */
static size_t nk_rph_kept_before(const nk_rctx *x, size_t j, size_t lim,
                                 nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  const char *low = nk_r_low(x, j);
  int ex = strncmp(low, "ex-", 3) == 0;
  const char *kv = nk_names_is_lower(seg, j)
                       ? nk_lexicon_get(x->mods, ex ? low + 3 : low)
                       : NULL;
  if (!kv || strcmp(kv, "keep") != 0 || j + 1 >= lim ||
      !nk_names_is_lower(seg, j + 1) || !nk_names_get(x->roles, seg, j + 1))
    return j;
  if (ex)
    p->status = NK_STATUS_FORMER;
  nk_buf_adds(&p->title, seg->toks[j].form + (ex ? 3 : 0));
  return j + 1;
}

/* Appends the role noun of n tokens at j (low: its lower-cased first
 * word, rv: its lexicon value) to the title, noting where it stands, its
 * lemma and whether it is plural. */
static void nk_rph_take_noun(const nk_rctx *x, nk_phrase *p, size_t j, size_t n,
                             const char *low, const char *rv) {
  const nk_segments *seg = &x->d->seg;
  /* A plural of the lemma ("ministres" -> ministre) names a group. */
  const char *lemma = nk_names_get(x->roles, seg, j);
  size_t ll = lemma ? strlen(lemma) : 0;
  p->lemma = n == 1 ? lemma : NULL;
  /* "ministres", "présidentes", "directrices": an -s or -x the lemma
   * does not have. */
  size_t lw = strlen(low);
  p->plural = n == 1 && lemma && ll > 0 && lw > 1 &&
              (low[lw - 1] == 's' || low[lw - 1] == 'x') &&
              lemma[ll - 1] != 's' && lemma[ll - 1] != 'x' &&
              strcmp(low, lemma) != 0;
  if (n > 1 && nk_rph_plural_first(low, rv)) {
    /* "Premiers ministres" -> premier ministre. */
    p->plural = 1;
    p->lemma = rv;
  }
  /* nk_r_append puts a space before the noun unless after an
   * apostrophe ("haut" + "commissaire" vs "l'" ...). */
  size_t before = p->title.len;
  nk_r_append(x, &p->title, j, j + n);
  p->noun_at = before > 0 && p->title.data[before] == ' ' ? before + 1 : before;
  p->noun_len = p->title.len - p->noun_at;
}

/* The role noun at *j: appends it to the title and moves *j past it.
 * Returns 0 when there is none. */
static int nk_rph_noun(const nk_rctx *x, size_t *j, size_t lim, nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  const char *low = nk_r_low(x, *j);
  size_t n = 0;
  /* Value "-": a noun that announces a name ("son homologue russe X")
   * without being a position; nk_rpr_peers() gives it the possessor's
   * title or drops it. */
  const char *rv = nk_names_longest(x->roles, seg, *j, lim, &n);
  if (rv && n == 1 && nk_rph_adjective_first(x, *j, lim))
    return 0;
  if (strncmp(low, "ex-", 3) == 0 && nk_lexicon_get(x->roles, low + 3) &&
      strcmp(nk_lexicon_get(x->roles, low + 3), "-") != 0) {
    p->status = NK_STATUS_FORMER;
    nk_buf_adds(&p->title, seg->toks[*j].form + 3);
    (*j)++;
    return 1;
  }
  if (!nk_names_longest(x->roles, seg, *j, lim, &n) ||
      !(nk_names_is_lower(seg, *j) || n > 1 ||
        (seg->toks[*j].flags & NK_TF_SENT_START)))
    return 0;
  nk_rph_take_noun(x, p, *j, n, low, rv);
  *j += n;
  return 1;
}

/* The words after the role noun, from j: a party's acronym (the first
 * one into *party), status modifiers, kept modifiers and name adjectives
 * (into the title), a nationality (the organization, when none yet), a
 * leaning ("de gauche", skipped).  Returns the token after them. */
static size_t nk_rph_adjectives(const nk_rctx *x, nk_phrase *p, size_t j,
                                size_t lim, long *party) {
  const nk_segments *seg = &x->d->seg;
  const char *v;
  while (j < lim) {
    size_t mn = 0;
    long pm = nk_rph_party(x, j, lim, &mn);
    if (pm >= 0) {
      if (*party < 0)
        *party = pm;
      j += mn;
      continue;
    }
    if (!nk_names_is_lower(seg, j) || !nk_r_free(x, j))
      break;
    /* "d'extrême droite", "de gauche": a leaning, not part of the post. */
    v = nk_names_longest(x->mods, seg, j, lim, &mn);
    if (v && strcmp(v, "skip") == 0) {
      j += mn;
      continue;
    }
    if ((v = nk_names_get(x->mods, seg, j))) {
      if (strcmp(v, "keep") == 0)
        nk_r_append(x, &p->title, j, j + 1);
      else
        nk_r_status(p, v);
    } else if ((v = nk_names_get(x->nat, seg, j))) {
      if (!p->org)
        nk_rph_nat_org(x, p, v, j);
    } else if (nk_names_get(x->org_adj, seg, j)) {
      nk_r_append(x, &p->title, j, j + 1); /* "secrétaire national" */
    } else {
      break;
    }
    j++;
  }
  return j;
}

/* Parses one role phrase at i (before lim).  Returns 1 and fills *p. */
int nk_rph_phrase(const nk_rctx *x, size_t i, size_t lim, nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  *p = (nk_phrase){0};
  p->start = i;
  size_t j = nk_rph_lead(x, i, lim, p);
  if (j >= lim || !nk_names_is_word(seg, j) || !nk_r_free(x, j))
    return 0;
  j = nk_rph_kept_before(x, j, lim, p);
  if (!nk_rph_noun(x, &j, lim, p))
    return 0;
  long party = -1; /* "la maire PS de Lille": the holder's party */
  j = nk_rph_adjectives(x, p, j, lim, &party);
  p->end = nk_rco_complements(x, p, j, lim);
  if (!p->org && party >= 0)
    nk_rco_set_org(x, p, party);
  return 1;
}

/* Phrases joined by "et" from i; returns how many (at most max). */
size_t nk_rph_chain(const nk_rctx *x, size_t i, size_t lim, nk_phrase *ps,
                    size_t max) {
  size_t n = 0;
  while (n < max && nk_rph_phrase(x, i, lim, &ps[n])) {
    i = ps[n].end;
    n++;
    if (!nk_r_is(x, i, "et"))
      break;
    i++;
  }
  return n;
}
