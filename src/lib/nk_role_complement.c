/* nk_role_complement.c — the complements after a role noun ("de la
 * Justice", "du Conseil scientifique de l'Inserm", "aux droits de
 * l'homme"): which words stay in the title, and which mention (or
 * nationality adjective) names the role's organization.  Kept apart from
 * the noun because deciding where the title ends and the organization
 * begins is most of the stage's reasoning. */
#include <config.h>

#include "nk_roles.h"

#include <stdlib.h>
#include <string.h>

/* First token after a preposition that opens a complement
 * (role_prepositions.txt: de, du, de la, à l', auprès du, chargé des...),
 * the longest one at i.  0 when none at i. */
static size_t nk_rco_after_prep(const nk_rctx *x, size_t i, size_t lim) {
  size_t n = 0;
  if (i >= lim || !nk_names_is_word(&x->d->seg, i) ||
      !nk_names_longest(x->preps, &x->d->seg, i, lim, &n))
    return 0;
  return i + n;
}

/* A capitalized word that stops a complement: a stopword, unless it names
 * a ministry's domain ("de la Défense") or a state institution ("de la
 * République", "de l'État"). */
static int nk_rco_stop(const nk_rctx *x, size_t i) {
  const char *sw = nk_names_get(x->stop, &x->d->seg, i);
  return sw && strcmp(sw, "domain") != 0 && strcmp(sw, "institution") != 0;
}

int nk_rco_adj(const nk_rctx *x, size_t i) {
  const nk_segments *seg = &x->d->seg;
  if (!nk_names_is_lower(seg, i) || !nk_r_free(x, i))
    return 0;
  const char *m = nk_names_get(x->mods, seg, i);
  return nk_names_get(x->org_adj, seg, i) || nk_names_get(x->nat, seg, i) ||
         (m && strcmp(m, "keep") == 0);
}

/* Takes the organization of mention mi for the phrase. */
void nk_rco_set_org(const nk_rctx *x, nk_phrase *p, long mi) {
  const nk_mention *m = &x->d->mentions[mi];
  free(p->org);
  p->org = nk_names_canonical(x->lang, x->d, m);
  p->org_type = m->type == NK_ENT_PLACE ? NK_ENT_PLACE : NK_ENT_ORG;
}

/* Cuts the title back to its first len bytes (len <= its length): the
 * words from there on lead to the organization, which is kept apart. */
static void nk_rco_cut_title(nk_phrase *p, size_t len) {
  if (len >= p->title.len)
    return;
  p->title.len = len;
  p->title.data[len] = '\0';
}

int nk_rco_orgish(const nk_rctx *x, long mi) {
  return mi >= 0 && (x->d->mentions[mi].type == NK_ENT_ORG ||
                     x->d->mentions[mi].type == NK_ENT_PLACE);
}

/* The organization or place mention starting at token i, or -1. */
long nk_rco_org_at(const nk_rctx *x, size_t i) {
  long mi = nk_doc_mention_at(x->d, i);
  return nk_rco_orgish(x, mi) && x->d->mentions[mi].tok_begin == i ? mi : -1;
}

/* An organization's acronym in parentheses at i ("(SVR)", "(PS)"): the
 * mention, or -1. */
long nk_rco_paren_org(const nk_rctx *x, size_t i, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  if (i + 2 >= lim || !nk_names_is_punct(seg, i, "(") ||
      !nk_names_is_punct(seg, i + 2, ")"))
    return -1;
  long mi = nk_rco_org_at(x, i + 1);
  return mi >= 0 && x->d->mentions[mi].tok_end == i + 2 ? mi : -1;
}

/* End of the words that go with an organization mention ending at e:
 * adjectives after it ("la Croix-Rouge française") and its acronym in
 * parentheses ("l'Organisation mondiale de la santé (OMS)") designate the
 * same body, so a name right after them is still the role's holder. */
static size_t nk_rco_org_tail(const nk_rctx *x, size_t e, size_t lim) {
  while (e < lim && nk_rco_adj(x, e))
    e++;
  if (nk_rco_paren_org(x, e, lim) >= 0)
    e += 3;
  return e;
}

/* Whether the organization or place mention mi, a complement of the role
 * noun, is only a step of the title rather than its organization: another
 * complement naming an organization or place follows it ("du Conseil
 * scientifique de l'Inserm": the council belongs to the institute), a
 * complement is coordinated to it ("de l'Europe et des
 * Affaires étrangères": a portfolio), or, for a place, a nationality
 * adjective already gave the country ("la ministre française de l'Europe").
 * Returns the token where complements go on, or 0 when mi is the
 * organization. */
static size_t nk_rco_inner_org(const nk_rctx *x, const nk_phrase *p, long mi,
                               size_t lim) {
  const nk_mention *m = &x->d->mentions[mi];
  size_t e = m->tok_end;
  int place = m->type == NK_ENT_PLACE;
  /* "ambassadeur du Canada en Chine": "en" gives where the post is, not
   * whose it is. */
  if (nk_r_is(x, e, "en"))
    return 0;
  size_t c = nk_rco_after_prep(x, e, lim);
  if (c && c < lim && nk_rco_org_at(x, c) >= 0)
    return e;
  if (place && nk_r_is(x, e, "et")) {
    size_t after = nk_rco_after_prep(x, e + 1, lim);
    if (after && after < lim)
      return e + 1;
  }
  if (place && p->nat)
    return e;
  return 0;
}

/* Whether a person's name ends at e and another one opens the apposition
 * after it: "avocat de la famille de M. Blake, Ben Crump", "chef de la
 * campagne Trump, Tim Murtaugh".  The first name is then a step of the
 * title and the second one its holder. */
int nk_rco_person_then_holder(const nk_rctx *x, long mi, size_t lim) {
  const nk_doc *d = x->d;
  if (mi < 0 || d->mentions[mi].type != NK_ENT_PERSON)
    return 0;
  /* The apposition may lie past lim: the phrase then ends at its comma. */
  size_t e = d->mentions[mi].tok_end;
  if (e > lim || e + 1 >= d->seg.ntoks || !nk_names_is_punct(&d->seg, e, ","))
    return 0;
  long ni = nk_doc_mention_at(d, e + 1);
  return ni >= 0 && d->mentions[ni].type == NK_ENT_PERSON &&
         d->mentions[ni].tok_begin == e + 1;
}

/* The person mention at i, perhaps after a courtesy title ("M. Blake"),
 * when nk_rco_person_then_holder holds for it: the token after it, else 0. */
static size_t nk_rco_person_step(const nk_rctx *x, size_t i, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  size_t p = i;
  if (p < lim && nk_names_is_word(seg, p) && nk_names_get(x->honor, seg, p))
    p++;
  if (p < lim && p > i && nk_names_is_punct(seg, p, "."))
    p++;
  long mi = nk_doc_mention_at(x->d, p);
  if (p >= lim || mi < 0 || x->d->mentions[mi].tok_begin != p ||
      !nk_rco_person_then_holder(x, mi, lim))
    return 0;
  return x->d->mentions[mi].tok_end;
}

/* Lower-case complements after the organization name the post's
 * portfolio: "haut-commissaire des Nations unies aux droits de l'homme",
 * "envoyé de l'ONU pour le climat".  From e, appends them to the title
 * and returns the phrase's new end (e when there are none).  A complement
 * with a name in it is left alone: it may be the next clause's. */
static size_t nk_rco_portfolio(const nk_rctx *x, nk_phrase *p, size_t e,
                               size_t lim) {
  const nk_segments *seg = &x->d->seg;
  size_t k = e;
  for (int n = 0; n < 3; n++) {
    size_t c = nk_rco_after_prep(x, k, lim);
    /* The first one opens with à, aux, pour or chargé de: after "de" the
     * words may be a date or another noun's complement. */
    const char *w0 = nk_r_low(x, k);
    if (n == 0 && c && (w0[0] == 'd' || strcmp(w0, "auprès") == 0))
      break;
    /* "en Chine", "à Washington": where the post is. */
    long pl = c && c < lim ? nk_doc_mention_at(x->d, c) : -1;
    if (pl >= 0 && x->d->mentions[pl].type == NK_ENT_PLACE &&
        x->d->mentions[pl].tok_begin == c && w0[0] != 'd' &&
        x->d->mentions[pl].tok_end <= lim) {
      nk_r_append(x, &p->title, k, x->d->mentions[pl].tok_end);
      k = x->d->mentions[pl].tok_end;
      continue;
    }
    if (!c || c >= lim || !nk_names_is_lower(seg, c) || !nk_r_free(x, c) ||
        nk_names_get(x->dets, seg, c) || nk_names_get(x->roles, seg, c) ||
        nk_rco_stop(x, c))
      break;
    size_t w = c + 1;
    while (w < lim && nk_rco_adj(x, w))
      w++;
    nk_r_append(x, &p->title, k, w);
    k = w;
  }
  return k;
}

/* Where the reading of the complements after a role noun stands. */
typedef struct {
  size_t k;        /* token where the next complement may open */
  size_t cut;      /* title length where the org's chain begins, or -1 */
  const char *nat; /* country of the last nationality adjective of a
                      complement, or NULL */
  size_t nat_at;   /* where that adjective starts in the title */
  size_t nat_end;  /* where it ends in the title */
} nk_rco_walk;

/* Mention mi names the role's organization: takes it, cuts the title
 * back to where the words leading to it began (before: the title's
 * length at the complement that holds it) and reads what follows it.
 * Returns the phrase's end. */
static size_t nk_rco_take_org(const nk_rctx *x, nk_phrase *p,
                              const nk_rco_walk *w, long mi, size_t before,
                              size_t lim) {
  nk_rco_set_org(x, p, mi);
  nk_rco_cut_title(p, w->cut != (size_t)-1 ? w->cut : before);
  return nk_rco_portfolio(
      x, p, nk_rco_org_tail(x, x->d->mentions[mi].tok_end, lim), lim);
}

/* The organization or place mention mi opens the complement at w->k:
 * either a step of the title (returns 1, the walk goes on past it) or
 * the role's organization (returns 0, w->k is the phrase's end). */
static int nk_rco_compl_org(const nk_rctx *x, nk_phrase *p, nk_rco_walk *w,
                            long mi, size_t before, size_t lim) {
  const nk_mention *m = &x->d->mentions[mi];
  size_t next = nk_rco_inner_org(x, p, mi, lim);
  /* "chargée de la Russie": a place after "chargé de" is the
   * portfolio, not the body the post belongs to. */
  if (!next && m->type == NK_ENT_PLACE &&
      strncmp(nk_r_low(x, w->k), "charg", 5) == 0)
    next = m->tok_end;
  if (next) {
    nk_r_append(x, &p->title, w->k, next);
    w->k = next;
    return 1;
  }
  w->k = nk_rco_take_org(x, p, w, mi, before, lim);
  return 0;
}

/* Appends the word at c and the adjectives after it to the title; notes
 * in w the last nationality adjective.  Returns the token after them. */
static size_t nk_rco_compl_adjs(const nk_rctx *x, nk_phrase *p, nk_rco_walk *w,
                                size_t c, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  nk_r_append(x, &p->title, w->k, c + 1);
  size_t e = c + 1;
  for (; e < lim && nk_rco_adj(x, e); e++) {
    /* "de la présidence russe", "de la diplomatie saoudienne": the
     * country, when the phrase names no organization. */
    const char *cn = p->org ? NULL : nk_names_get(x->nat, seg, e);
    if (cn) {
      w->nat = cn;
      w->nat_at = p->title.len;
    }
    nk_r_append(x, &p->title, e, e + 1);
    if (cn)
      w->nat_end = p->title.len;
  }
  return e;
}

/* After a complement's words, at w->k: a person's name that is a step
 * of the title, an organization (returns 0, w->k is the phrase's end) or
 * an acronym in parentheses naming it (the same).  Returns 1 when the
 * walk goes on. */
static int nk_rco_compl_tail(const nk_rctx *x, nk_phrase *p, nk_rco_walk *w,
                             size_t before, size_t lim) {
  size_t k = w->k;
  size_t ae = k < lim ? nk_rco_person_step(x, k, lim) : 0;
  if (ae) {
    nk_r_append(x, &p->title, k, ae);
    w->k = ae;
    return 1;
  }
  long ai = k < lim ? nk_rco_org_at(x, k) : -1;
  if (ai >= 0) {
    w->k = nk_rco_take_org(x, p, w, ai, before, lim);
    return 0;
  }
  /* "directeur du renseignement extérieur (SVR)": the acronym in
   * parentheses names the body the words describe. */
  long pi = nk_rco_paren_org(x, k, lim);
  if (pi >= 0) {
    nk_rco_set_org(x, p, pi);
    if (w->cut != (size_t)-1)
      nk_rco_cut_title(p, w->cut);
    w->k = k + 3;
    return 0;
  }
  return 1;
}

/* Reads complement number n of the role noun, at w->k.  Returns 1 when
 * another may follow; 0 when the phrase ends at w->k. */
static int nk_rco_compl_step(const nk_rctx *x, nk_phrase *p, nk_rco_walk *w,
                             int n, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  size_t k = w->k;
  size_t c = nk_rco_after_prep(x, k, lim);
  /* "ministre de l'Action et des Comptes publics": a complement
   * coordinated to the previous one is part of the portfolio. */
  if (!c && n > 0 && nk_r_is(x, k, "et"))
    c = nk_rco_after_prep(x, k + 1, lim);
  if (!c || c >= lim)
    return 0;
  size_t before = p->title.len;
  size_t pe = nk_rco_person_step(x, c, lim);
  if (pe) {
    nk_r_append(x, &p->title, k, pe);
    w->k = pe;
    return 1;
  }
  /* "M." opens a person's name, no part of a title. */
  if (nk_names_is_cap(seg, c) && nk_names_get(x->honor, seg, c))
    return 0;
  long mi = nk_rco_org_at(x, c);
  if (mi >= 0)
    return nk_rco_compl_org(x, p, w, mi, before, lim);
  /* "responsable d'une association": an article opens a noun phrase
   * that is no part of the title. */
  if (!nk_r_free(x, c) || !nk_names_is_word(seg, c) ||
      (nk_names_is_cap(seg, c) && nk_rco_stop(x, c)) ||
      (nk_names_is_lower(seg, c) && nk_names_get(x->dets, seg, c)))
    return 0;
  /* A head word opens the chain to an organization: "du centre de
   * recherche Brookings Institution". */
  if (nk_names_get(x->heads, seg, c))
    w->cut = before;
  w->k = nk_rco_compl_adjs(x, p, w, c, lim);
  return nk_rco_compl_tail(x, p, w, before, lim);
}

/* Complements after the role noun, from k; returns the phrase's end.
 * With no organization named, a nationality adjective of a complement
 * gives the country ("porte-parole de la présidence russe" -> Russie),
 * and leaves the title when it ends it. */
size_t nk_rco_complements(const nk_rctx *x, nk_phrase *p, size_t k,
                          size_t lim) {
  nk_rco_walk w = {.k = k, .cut = (size_t)-1};
  for (int n = 0; n < 4; n++)
    if (!nk_rco_compl_step(x, p, &w, n, lim))
      break;
  if (w.nat && !p->org) {
    p->org = nk_xstrdup(w.nat);
    p->org_type = NK_ENT_PLACE;
    p->nat = 1;
    if (w.nat_end == p->title.len)
      nk_rco_cut_title(p, w.nat_at);
  }
  return w.k;
}
