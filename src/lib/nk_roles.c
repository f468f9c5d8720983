/* nk_roles.c — positions held by persons and unnamed agents.
 *
 * A role phrase is [det] [ancien|ex-] ROLE [adjectives] [complements]:
 * adjectives give the status (sortant), a country (russe -> Russie) or stay
 * in the title (adjointe); complements (de/du/des/à la ...) stay in the
 * title until one names an organization or place, which becomes the role's
 * organization.  Phrases may be coordinated with "et".  A chain of phrases
 * right before a name ("la ministre belge de la Justice Anne Verlinden") or
 * in apposition after it ("Paul Mercier, ancien préfet et directeur sortant
 * de l'Agence de l'eau") gives that person's roles. */
#include <config.h>

#include "nk_extract.h"
#include "nk_names.h"
#include "nk_resolve.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  nk_doc *d;                     /* the article */
  const nk_lang *lang;           /* lexicons */
  const nk_lexicon *roles;       /* role nouns */
  const nk_lexicon *mods;        /* ancien, sortant, adjoint... */
  const nk_lexicon *nat;         /* nationality -> country */
  const nk_lexicon *heads;       /* organization head words */
  const nk_lexicon *org_adj;     /* adjectives inside names */
  const nk_lexicon *agent;       /* agent determiners; "tous deux" (both) */
  const nk_lexicon *verbs;       /* présidé -> "président former" */
  const nk_lexicon *aux;         /* auxiliaries: a, avait, est... */
  const nk_lexicon *speech;      /* reporting verbs: a verb, not a title */
  const nk_lexicon *dets;        /* le, la, un...: may open a role phrase */
  const nk_lexicon *de_art;      /* article -> its form after de: la -> de la */
  const nk_lexicon *stop;        /* capitalized words that are not names */
  const nk_lexicon *preps;       /* de, du, à la, auprès du...: open a
                                    complement of the role noun */
  const nk_lexicon *openers;     /* et, comme: may stand before a role noun
                                    without its article */
  const nk_lexicon *nat_orgs;    /* "député europe" -> Parlement européen */
  const nk_lexicon *copulas;     /* a été, est: "qui a été ministre" */
  const nk_lexicon *honor;       /* M., Mme: open a person's name */
  const nk_lexicon *timep;       /* depuis, jusqu'en: after a title */
  const nk_lexicon *peer_titles; /* title -> the title of its peers */
  const nk_lexicon *default_orgs; /* title -> country when none given */
  long self;                      /* mention whose own words a phrase may use
                                     (an agent's description), or -1 */
} nk_rctx;

typedef struct {
  size_t start, end;     /* tokens of the phrase */
  nk_role_status status; /* from its modifiers */
  nk_buf title;          /* the position text */
  char *org;             /* organization or country, or NULL */
  nk_ent_type org_type;  /* NK_ENT_ORG or NK_ENT_PLACE */
  int plural;            /* the role noun is plural ("ministres") */
  int nat;               /* org comes from a nationality adjective */
  const char *lemma;     /* lemma of the role noun (lexicon-owned), or NULL */
  size_t noun_at;        /* byte offset of the role noun in title */
  size_t noun_len;       /* its length in bytes */
} nk_phrase;

static void nk_phrase_free(nk_phrase *p) {
  nk_buf_free(&p->title);
  free(p->org);
  *p = (nk_phrase){0};
}

/* Whether token i is free of any mention but the one being described. */
static int nk_r_free(const nk_rctx *x, size_t i) {
  long mi = nk_doc_mention_at(x->d, i);
  return mi < 0 || mi == x->self;
}

static const char *nk_r_low(const nk_rctx *x, size_t i) {
  return x->d->seg.toks[i].lower;
}

static int nk_r_is(const nk_rctx *x, size_t i, const char *w) {
  return nk_names_is_word(&x->d->seg, i) && strcmp(nk_r_low(x, i), w) == 0;
}

/* Appends the normalized text of tokens [tb, te) to b, with a space
 * before when b is not empty and the previous token was not elided. */
static void nk_r_append(const nk_rctx *x, nk_buf *b, size_t tb, size_t te) {
  const nk_segments *seg = &x->d->seg;
  if (te <= tb)
    return;
  char *s = nk_text_norm_slice(&x->d->text, seg->toks[tb].start,
                               seg->toks[te - 1].end);
  if (b->len > 0 && b->data[b->len - 1] != '\'')
    nk_buf_addc(b, ' ');
  nk_buf_adds(b, s);
  free(s);
}

static const char *nk_r_mod(const nk_rctx *x, size_t i) {
  if (!nk_names_is_lower(&x->d->seg, i))
    return NULL;
  return nk_names_get(x->mods, &x->d->seg, i);
}

static void nk_r_status(nk_phrase *p, const char *v) {
  if (strcmp(v, "former") == 0)
    p->status = NK_STATUS_FORMER;
  else if (strcmp(v, "outgoing") == 0)
    p->status = NK_STATUS_OUTGOING;
}

/* First token after a preposition that opens a complement
 * (role_prepositions.txt: de, du, de la, à l', auprès du, chargé des...),
 * the longest one at i.  0 when none at i. */
static size_t nk_r_after_prep(const nk_rctx *x, size_t i, size_t lim) {
  size_t n = 0;
  if (i >= lim || !nk_names_is_word(&x->d->seg, i) ||
      !nk_names_longest(x->preps, &x->d->seg, i, lim, &n))
    return 0;
  return i + n;
}

/* A capitalized word that stops a complement: a stopword, unless it names
 * a ministry's domain ("de la Défense") or a state institution ("de la
 * République", "de l'État"). */
static int nk_r_stop(const nk_rctx *x, size_t i) {
  const char *sw = nk_names_get(x->stop, &x->d->seg, i);
  return sw && strcmp(sw, "domain") != 0 && strcmp(sw, "institution") != 0;
}

static int nk_r_adj(const nk_rctx *x, size_t i) {
  const nk_segments *seg = &x->d->seg;
  if (!nk_names_is_lower(seg, i) || !nk_r_free(x, i))
    return 0;
  const char *m = nk_names_get(x->mods, seg, i);
  return nk_names_get(x->org_adj, seg, i) || nk_names_get(x->nat, seg, i) ||
         (m && strcmp(m, "keep") == 0);
}

/* Takes the organization of mention mi for the phrase. */
static void nk_r_set_org(const nk_rctx *x, nk_phrase *p, long mi) {
  const nk_mention *m = &x->d->mentions[mi];
  free(p->org);
  p->org = nk_names_canonical(x->lang, x->d, m);
  p->org_type = m->type == NK_ENT_PLACE ? NK_ENT_PLACE : NK_ENT_ORG;
}

/* Cuts the title back to its first len bytes (len <= its length): the
 * words from there on lead to the organization, which is kept apart. */
static void nk_r_cut_title(nk_phrase *p, size_t len) {
  if (len >= p->title.len)
    return;
  p->title.len = len;
  p->title.data[len] = '\0';
}

static int nk_r_orgish(const nk_rctx *x, long mi) {
  return mi >= 0 && (x->d->mentions[mi].type == NK_ENT_ORG ||
                     x->d->mentions[mi].type == NK_ENT_PLACE);
}

/* The organization or place mention starting at token i, or -1. */
static long nk_r_org_at(const nk_rctx *x, size_t i) {
  long mi = nk_doc_mention_at(x->d, i);
  return nk_r_orgish(x, mi) && x->d->mentions[mi].tok_begin == i ? mi : -1;
}

/* An organization's acronym in parentheses at i ("(SVR)", "(PS)"): the
 * mention, or -1. */
static long nk_r_paren_org(const nk_rctx *x, size_t i, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  if (i + 2 >= lim || !nk_names_is_punct(seg, i, "(") ||
      !nk_names_is_punct(seg, i + 2, ")"))
    return -1;
  long mi = nk_r_org_at(x, i + 1);
  return mi >= 0 && x->d->mentions[mi].tok_end == i + 2 ? mi : -1;
}

/* End of the words that go with an organization mention ending at e:
 * adjectives after it ("la Croix-Rouge française") and its acronym in
 * parentheses ("l'Organisation mondiale de la santé (OMS)") designate the
 * same body, so a name right after them is still the role's holder. */
static size_t nk_r_org_tail(const nk_rctx *x, size_t e, size_t lim) {
  while (e < lim && nk_r_adj(x, e))
    e++;
  if (nk_r_paren_org(x, e, lim) >= 0)
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
static size_t nk_r_inner_org(const nk_rctx *x, const nk_phrase *p, long mi,
                             size_t lim) {
  const nk_mention *m = &x->d->mentions[mi];
  size_t e = m->tok_end;
  int place = m->type == NK_ENT_PLACE;
  /* "ambassadeur du Canada en Chine": "en" gives where the post is, not
   * whose it is. */
  if (nk_r_is(x, e, "en"))
    return 0;
  size_t c = nk_r_after_prep(x, e, lim);
  if (c && c < lim) {
    long ni = nk_doc_mention_at(x->d, c);
    if (nk_r_orgish(x, ni) && x->d->mentions[ni].tok_begin == c)
      return e;
  }
  if (place && nk_r_is(x, e, "et") && nk_r_after_prep(x, e + 1, lim) &&
      nk_r_after_prep(x, e + 1, lim) < lim)
    return e + 1;
  if (place && p->nat)
    return e;
  return 0;
}

/* Whether a person's name ends at e and another one opens the apposition
 * after it: "avocat de la famille de M. Blake, Ben Crump", "chef de la
 * campagne Trump, Tim Murtaugh".  The first name is then a step of the
 * title and the second one its holder. */
static int nk_r_person_then_holder(const nk_rctx *x, long mi, size_t lim) {
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
 * when nk_r_person_then_holder holds for it: the token after it, else 0. */
static size_t nk_r_person_step(const nk_rctx *x, size_t i, size_t lim) {
  const nk_segments *seg = &x->d->seg;
  size_t p = i;
  if (p < lim && nk_names_is_word(seg, p) && nk_names_get(x->honor, seg, p))
    p++;
  if (p < lim && p > i && nk_names_is_punct(seg, p, "."))
    p++;
  long mi = nk_doc_mention_at(x->d, p);
  if (p >= lim || mi < 0 || x->d->mentions[mi].tok_begin != p ||
      !nk_r_person_then_holder(x, mi, lim))
    return 0;
  return x->d->mentions[mi].tok_end;
}

/* Lower-case complements after the organization name the post's
 * portfolio: "haut-commissaire des Nations unies aux droits de l'homme",
 * "envoyé de l'ONU pour le climat".  From e, appends them to the title
 * and returns the phrase's new end (e when there are none).  A complement
 * with a name in it is left alone: it may be the next clause's. */
static size_t nk_r_portfolio(const nk_rctx *x, nk_phrase *p, size_t e,
                             size_t lim) {
  const nk_segments *seg = &x->d->seg;
  size_t k = e;
  for (int n = 0; n < 3; n++) {
    size_t c = nk_r_after_prep(x, k, lim);
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
        nk_r_stop(x, c))
      break;
    size_t w = c + 1;
    while (w < lim && nk_r_adj(x, w))
      w++;
    nk_r_append(x, &p->title, k, w);
    k = w;
  }
  return k;
}

/* Complements after the role noun, from k; returns the phrase's end.
 * *nat is set to the country of the last nationality adjective of a
 * complement, written in the title between bytes *nat_at and *nat_end. */
static size_t nk_r_compl_words(const nk_rctx *x, nk_phrase *p, size_t k,
                               size_t lim, const char **nat, size_t *nat_at,
                               size_t *nat_end) {
  const nk_segments *seg = &x->d->seg;
  size_t cut = (size_t)-1; /* title length where the org's chain begins */
  for (int n = 0; n < 4; n++) {
    size_t c = nk_r_after_prep(x, k, lim);
    /* "ministre de l'Action et des Comptes publics": a complement
     * coordinated to the previous one is part of the portfolio. */
    if (!c && n > 0 && nk_r_is(x, k, "et"))
      c = nk_r_after_prep(x, k + 1, lim);
    if (!c || c >= lim)
      break;
    long mi = nk_doc_mention_at(x->d, c);
    size_t before = p->title.len;
    size_t pe = nk_r_person_step(x, c, lim);
    if (pe) {
      nk_r_append(x, &p->title, k, pe);
      k = pe;
      continue;
    }
    /* "M." opens a person's name, no part of a title. */
    if (nk_names_is_cap(seg, c) && nk_names_get(x->honor, seg, c))
      break;
    if (nk_r_orgish(x, mi) && x->d->mentions[mi].tok_begin == c) {
      size_t next = nk_r_inner_org(x, p, mi, lim);
      /* "chargée de la Russie": a place after "chargé de" is the
       * portfolio, not the body the post belongs to. */
      if (!next && x->d->mentions[mi].type == NK_ENT_PLACE &&
          strncmp(nk_r_low(x, k), "charg", 5) == 0)
        next = x->d->mentions[mi].tok_end;
      if (next) {
        nk_r_append(x, &p->title, k, next);
        k = next;
        continue;
      }
      nk_r_set_org(x, p, mi);
      nk_r_cut_title(p, cut != (size_t)-1 ? cut : before);
      return nk_r_portfolio(
          x, p, nk_r_org_tail(x, x->d->mentions[mi].tok_end, lim), lim);
    }
    /* "responsable d'une association": an article opens a noun phrase
     * that is no part of the title. */
    if (!nk_r_free(x, c) || !nk_names_is_word(seg, c) ||
        (nk_names_is_cap(seg, c) && nk_r_stop(x, c)) ||
        (nk_names_is_lower(seg, c) && nk_names_get(x->dets, seg, c)))
      break;
    /* A head word opens the chain to an organization: "du centre de
     * recherche Brookings Institution". */
    if (nk_names_get(x->heads, seg, c))
      cut = before;
    nk_r_append(x, &p->title, k, c + 1);
    size_t e = c + 1;
    for (; e < lim && nk_r_adj(x, e); e++) {
      /* "de la présidence russe", "de la diplomatie saoudienne": the
       * country, when the phrase names no organization. */
      const char *cn = p->org ? NULL : nk_names_get(x->nat, seg, e);
      if (cn) {
        *nat = cn;
        *nat_at = p->title.len;
      }
      nk_r_append(x, &p->title, e, e + 1);
      if (cn)
        *nat_end = p->title.len;
    }
    k = e;
    long ai = nk_doc_mention_at(x->d, k);
    size_t ae = k < lim ? nk_r_person_step(x, k, lim) : 0;
    if (ae) {
      nk_r_append(x, &p->title, k, ae);
      k = ae;
      continue;
    }
    if (k < lim && nk_r_orgish(x, ai) && x->d->mentions[ai].tok_begin == k) {
      nk_r_set_org(x, p, ai);
      nk_r_cut_title(p, cut != (size_t)-1 ? cut : before);
      return nk_r_portfolio(
          x, p, nk_r_org_tail(x, x->d->mentions[ai].tok_end, lim), lim);
    }
    /* "directeur du renseignement extérieur (SVR)": the acronym in
     * parentheses names the body the words describe. */
    long pi = nk_r_paren_org(x, k, lim);
    if (pi >= 0) {
      nk_r_set_org(x, p, pi);
      if (cut != (size_t)-1)
        nk_r_cut_title(p, cut);
      return k + 3;
    }
  }
  return k;
}

/* Complements after the role noun, from k; returns the phrase's end.
 * With no organization named, a nationality adjective of a complement
 * gives the country ("porte-parole de la présidence russe" -> Russie),
 * and leaves the title when it ends it. */
static size_t nk_r_complements(const nk_rctx *x, nk_phrase *p, size_t k,
                               size_t lim) {
  const char *nat = NULL;
  size_t at = 0, end = 0;
  size_t e = nk_r_compl_words(x, p, k, lim, &nat, &at, &end);
  if (nat && !p->org) {
    p->org = nk_xstrdup(nat);
    p->org_type = NK_ENT_PLACE;
    p->nat = 1;
    if (end == p->title.len)
      nk_r_cut_title(p, at);
  }
  return e;
}

/* A party's acronym right after the role noun, bare or in parentheses
 * ("le député LR", "la maire (PS) sortante"): the organization mention,
 * with *len its tokens; -1 when none. */
static long nk_r_party(const nk_rctx *x, size_t j, size_t lim, size_t *len) {
  const nk_segments *seg = &x->d->seg;
  long mi = nk_r_paren_org(x, j, lim);
  *len = 3;
  if (mi < 0) {
    mi = nk_r_org_at(x, j);
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
static void nk_r_nat_org(const nk_rctx *x, nk_phrase *p, const char *v,
                         size_t i) {
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
static int nk_r_adjective_first(const nk_rctx *x, size_t j, size_t lim) {
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
static int nk_r_plural_first(const char *low, const char *lemma) {
  if (!lemma)
    return 0;
  size_t lw = strcspn(low, " "), ll = strcspn(lemma, " ");
  return lw == ll + 1 && strncmp(low, lemma, ll) == 0 &&
         (low[ll] == 's' || low[ll] == 'x') && lemma[ll - 1] != 's' &&
         lemma[ll - 1] != 'x';
}

/* Parses one role phrase at i (before lim).  Returns 1 and fills *p. */
static int nk_r_phrase(const nk_rctx *x, size_t i, size_t lim, nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  *p = (nk_phrase){0};
  p->start = i;
  size_t j = i, n = 0;
  if (nk_names_is_word(seg, j) && nk_names_get(x->dets, seg, j))
    j++;
  const char *v;
  while (j < lim && (v = nk_r_mod(x, j)) && strcmp(v, "keep") != 0) {
    nk_r_status(p, v);
    j++;
  }
  if (j >= lim || !nk_names_is_word(seg, j) || !nk_r_free(x, j))
    return 0;
  /* "haut magistrat", "l'ex-haut commissaire": a modifier kept in the
   * title before the role noun. */
  const char *low = nk_r_low(x, j);
  int ex = strncmp(low, "ex-", 3) == 0;
  const char *kv = nk_names_is_lower(seg, j)
                       ? nk_lexicon_get(x->mods, ex ? low + 3 : low)
                       : NULL;
  if (kv && strcmp(kv, "keep") == 0 && j + 1 < lim &&
      nk_names_is_lower(seg, j + 1) && nk_names_get(x->roles, seg, j + 1)) {
    if (ex)
      p->status = NK_STATUS_FORMER;
    nk_buf_adds(&p->title, seg->toks[j].form + (ex ? 3 : 0));
    j++;
    low = nk_r_low(x, j);
  }
  /* Value "-": a noun that announces a name ("son homologue russe X")
   * without being a position; nk_r_peers() gives it the possessor's
   * title or drops it. */
  const char *rv = nk_names_longest(x->roles, seg, j, lim, &n);
  if (rv && n == 1 && nk_r_adjective_first(x, j, lim))
    return 0;
  if (strncmp(low, "ex-", 3) == 0 && nk_lexicon_get(x->roles, low + 3) &&
      strcmp(nk_lexicon_get(x->roles, low + 3), "-") != 0) {
    p->status = NK_STATUS_FORMER;
    nk_buf_adds(&p->title, seg->toks[j].form + 3);
    j++;
  } else if (nk_names_longest(x->roles, seg, j, lim, &n) &&
             (nk_names_is_lower(seg, j) || n > 1 ||
              (seg->toks[j].flags & NK_TF_SENT_START))) {
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
    if (n > 1 && nk_r_plural_first(low, rv)) {
      /* "Premiers ministres" -> premier ministre. */
      p->plural = 1;
      p->lemma = rv;
    }
    /* nk_r_append puts a space before the noun unless after an
     * apostrophe ("haut" + "commissaire" vs "l'" ...). */
    size_t before = p->title.len;
    nk_r_append(x, &p->title, j, j + n);
    p->noun_at =
        before > 0 && p->title.data[before] == ' ' ? before + 1 : before;
    p->noun_len = p->title.len - p->noun_at;
    j += n;
  } else {
    return 0;
  }
  long party = -1; /* "la maire PS de Lille": the holder's party */
  while (j < lim) {
    size_t mn = 0;
    long pm = nk_r_party(x, j, lim, &mn);
    if (pm >= 0) {
      if (party < 0)
        party = pm;
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
        nk_r_nat_org(x, p, v, j);
    } else if (nk_names_get(x->org_adj, seg, j)) {
      nk_r_append(x, &p->title, j, j + 1); /* "secrétaire national" */
    } else {
      break;
    }
    j++;
  }
  p->end = nk_r_complements(x, p, j, lim);
  if (!p->org && party >= 0)
    nk_r_set_org(x, p, party);
  return 1;
}

/* Phrases joined by "et" from i; returns how many (at most max). */
static size_t nk_r_chain(const nk_rctx *x, size_t i, size_t lim, nk_phrase *ps,
                         size_t max) {
  size_t n = 0;
  while (n < max && nk_r_phrase(x, i, lim, &ps[n])) {
    i = ps[n].end;
    n++;
    if (!nk_r_is(x, i, "et"))
      break;
    i++;
  }
  return n;
}

static void nk_r_free_all(nk_phrase *ps, size_t n) {
  for (size_t k = 0; k < n; k++)
    nk_phrase_free(&ps[k]);
}

static void nk_r_emit(nk_rctx *x, size_t holder, nk_phrase *p, nk_span ev) {
  nk_doc *d = x->d;
  if (p->title.len == 0)
    return;
  /* A holder's roles are emitted together: only the last ones can repeat
   * this one. */
  for (size_t k = d->nroles; k > 0 && d->roles[k - 1].holder == holder; k--)
    if (strcmp(d->roles[k - 1].title, p->title.data) == 0)
      return;
  nk_role *r = NK_PUSH(d->roles, d->nroles, d->cap_roles);
  *r = (nk_role){0};
  r->holder = holder;
  r->title = nk_buf_steal(&p->title);
  r->org_name = p->org;
  p->org = NULL;
  r->org_type = r->org_name ? p->org_type : NK_ENT_ORG;
  r->status = p->status;
  r->evidence = ev;
}

#define NK_R_MAX 4

/* Whether the words before token i are a kinship noun and de, du, des,
 * d', de la or de l' ("la femme du chef de l'État"): the phrase at i then
 * describes a relative of the person named after it. */
static int nk_r_of(const nk_rctx *x, size_t i, size_t sb) {
  size_t p = i;
  if (p > sb && (nk_r_is(x, p - 1, "la") || nk_r_is(x, p - 1, "l'")))
    p--;
  if (p <= sb + 1)
    return 0;
  int de = nk_r_is(x, p - 1, "de") || nk_r_is(x, p - 1, "d'");
  int contracted = nk_r_is(x, p - 1, "du") || nk_r_is(x, p - 1, "des");
  if (p != i ? !nk_r_is(x, p - 1, "de") : !(de || contracted))
    return 0;
  const char *v = nk_names_get(x->agent, &x->d->seg, p - 2);
  return v && strcmp(v, "kin") == 0;
}

/* A verb at i: an auxiliary or a reporting verb ("avait promis"). */
static int nk_r_verb(const nk_rctx *x, size_t i) {
  const nk_segments *seg = &x->d->seg;
  return nk_names_is_lower(seg, i) &&
         (nk_names_get(x->aux, seg, i) || nk_names_get(x->speech, seg, i));
}

/* Whether the phrase at s, with no article of its own, follows a
 * lower-case word that is neither an article nor a preposition: the role
 * noun is then an adjective or a participle of the words before ("la
 * commission d'enquête parlementaire, X", "une statue représentant X"). */
static int nk_r_headless(const nk_rctx *x, size_t s, size_t sb) {
  const nk_segments *seg = &x->d->seg;
  size_t n = 0;
  if (s <= sb || !nk_names_is_lower(seg, s - 1) ||
      nk_names_get(x->dets, seg, s) || nk_r_mod(x, s))
    return 0;
  const char *prev = nk_r_low(x, s - 1);
  return !nk_names_get(x->dets, seg, s - 1) &&
         !nk_names_longest(x->preps, seg, s - 1, s, &n) &&
         !nk_names_get(x->openers, seg, s - 1) &&
         !nk_names_get(x->roles, seg, s - 1) && !nk_r_mod(x, s - 1) &&
         strncmp(prev, "ex-", 3) != 0;
}

/* The longest chain of role phrases ending at target (after sb), into
 * best; returns how many. */
static size_t nk_r_ending(const nk_rctx *x, size_t sb, size_t target,
                          nk_phrase *best) {
  size_t nbest = 0;
  for (size_t s = target; s > sb && target - s < 16;) {
    s--;
    nk_phrase ps[NK_R_MAX];
    size_t n = nk_r_chain(x, s, target, ps, NK_R_MAX);
    if (n > 0 && ps[n - 1].end == target) {
      nk_r_free_all(best, nbest);
      memcpy(best, ps, n * sizeof *ps);
      nbest = n;
    } else {
      nk_r_free_all(ps, n);
    }
  }
  return nbest;
}

/* Whether a role phrase may open an apposition that a second, titled
 * phrase ends before a name ("Le porte-parole de l'armée, le colonel X"):
 * it starts the sentence or follows a verb ("a déclaré le porte-parole
 * ..., le colonel X"). */
static int nk_r_outer_ok(const nk_rctx *x, size_t s, size_t sb) {
  return s == sb || (s > sb && nk_r_verb(x, s - 1));
}

/* "Le chef de la diplomatie iranienne, le ministre X": a phrase with its
 * article (best[0] at s) right before the name may itself follow a comma
 * and another phrase in apposition, which describes the same person.
 * Appends that phrase's chain to best (n entries so far); returns the new
 * count. */
static size_t nk_r_outer(const nk_rctx *x, size_t s, size_t sb, nk_phrase *best,
                         size_t n) {
  const nk_segments *seg = &x->d->seg;
  if (n == 0 || n >= NK_R_MAX || s < sb + 2 ||
      !nk_names_is_punct(seg, s - 1, ",") || !nk_names_is_word(seg, s) ||
      !nk_names_get(x->dets, seg, s))
    return n;
  nk_phrase ps[NK_R_MAX];
  size_t k = nk_r_ending(x, sb, s - 1, ps);
  int plural = 0;
  for (size_t i = 0; i < k; i++)
    plural |= ps[i].plural;
  if (k == 0 || k + n > NK_R_MAX || plural ||
      !nk_r_outer_ok(x, ps[0].start, sb) || nk_r_headless(x, ps[0].start, sb)) {
    nk_r_free_all(ps, k);
    return n;
  }
  memcpy(best + n, ps, k * sizeof *ps);
  return n + k;
}

/* The role noun of a complement right before the name ("du président
 * américain X", "de la ministre X"): its token, or 0 when the words
 * before the name are no such complement. */
static size_t nk_r_inner_role(const nk_rctx *x, size_t sb, size_t target) {
  const nk_segments *seg = &x->d->seg;
  size_t r = target;
  /* Adjectives after the role noun: "du président américain X". */
  while (r > sb + 1 && target - r < 3 && nk_names_is_lower(seg, r - 1) &&
         (nk_names_get(x->nat, seg, r - 1) || nk_r_mod(x, r - 1) ||
          nk_names_get(x->org_adj, seg, r - 1)))
    r--;
  /* Not a word of an organization's name ("de la Chambre des
   * représentants X"). */
  if (r <= sb + 1 || !nk_names_is_lower(seg, r - 1) || !nk_r_free(x, r - 1) ||
      !nk_names_get(x->roles, seg, r - 1))
    return 0;
  r--;
  /* Modifiers before it: "de l'ancien président X". */
  while (r > sb + 1 && nk_names_is_lower(seg, r - 1) && nk_r_mod(x, r - 1))
    r--;
  size_t p = r - 1;
  if (nk_r_is(x, p, "du") || nk_r_is(x, p, "de") || nk_r_is(x, p, "d'"))
    return r;
  if ((nk_r_is(x, p, "la") || nk_r_is(x, p, "l'")) && p > sb &&
      nk_r_is(x, p - 1, "de"))
    return r;
  return 0;
}

/* Whether person mi right after a plain noun is a step of another
 * person's title: "le chef de la campagne Trump, Tim Murtaugh" (the noun
 * is no role, title word or adjective, and a name follows the comma). */
static int nk_r_complement_name(const nk_rctx *x, size_t mi, size_t sb) {
  const nk_segments *seg = &x->d->seg;
  size_t b = x->d->mentions[mi].tok_begin;
  if (b <= sb || !nk_names_is_lower(seg, b - 1) ||
      !nk_r_person_then_holder(x, (long)mi, seg->ntoks))
    return 0;
  size_t i = b - 1;
  return !nk_names_get(x->roles, seg, i) && !nk_names_get(x->mods, seg, i) &&
         !nk_names_get(x->nat, seg, i) && !nk_names_get(x->org_adj, seg, i) &&
         !nk_names_get(x->dets, seg, i) && !nk_names_get(x->preps, seg, i) &&
         !nk_names_get(x->stop, seg, i);
}

#define NK_R_LIST 8

/* Persons listed from mention mi on, "X, Y et Z": their mentions into
 * out (at most max); 0 unless the list ends with "et" and a name. */
static size_t nk_r_list_after(const nk_rctx *x, size_t mi, size_t *out,
                              size_t max) {
  const nk_doc *d = x->d;
  size_t n = 0, k = d->mentions[mi].tok_end;
  out[n++] = mi;
  while (n < max && k + 1 < d->seg.ntoks) {
    int conj = nk_r_is(x, k, "et");
    if (!conj && !nk_names_is_punct(&d->seg, k, ","))
      return 0;
    long pi = nk_doc_mention_at(d, k + 1);
    if (pi < 0 || d->mentions[pi].type != NK_ENT_PERSON ||
        d->mentions[pi].tok_begin != k + 1)
      return 0;
    out[n++] = (size_t)pi;
    if (conj)
      return n;
    k = d->mentions[pi].tok_end;
  }
  return 0;
}

/* Replaces the plural of the role noun in the phrase's title by its lemma
 * ("anciens présidents de la République" -> "président de la
 * République"; the status keeps "anciens"). */
static void nk_r_singular(nk_phrase *p) {
  if (!p->lemma || p->noun_at + p->noun_len > p->title.len)
    return;
  nk_buf b = {0};
  nk_buf_add(&b, p->title.data, p->noun_at);
  size_t at = b.len;
  nk_buf_adds(&b, p->lemma);
  /* "Premiers ministres" -> "Premier ministre": keep an ASCII capital. */
  char c0 = p->title.data[p->noun_at];
  if (c0 >= 'A' && c0 <= 'Z' && b.data[at] >= 'a' && b.data[at] <= 'z')
    b.data[at] = (char)(b.data[at] - 'a' + 'A');
  nk_buf_adds(&b, p->title.data + p->noun_at + p->noun_len);
  nk_buf_free(&p->title);
  p->title = b;
}

/* "les anciens présidents Valéry Giscard d'Estaing, Nicolas Sarkozy et
 * François Hollande": a plural role before a list of names gives each
 * its singular.  Returns 1 when it did. */
static int nk_r_plural_list(nk_rctx *x, size_t mi, nk_phrase *p) {
  size_t list[NK_R_LIST];
  size_t n = nk_r_list_after(x, mi, list, NK_R_LIST);
  if (n < 2)
    return 0;
  nk_r_singular(p);
  size_t end = x->d->mentions[list[n - 1]].tok_end;
  nk_span ev = nk_doc_tok_span(x->d, p->start, end);
  for (size_t h = 0; h < n; h++) {
    nk_phrase c = {0};
    nk_buf_adds(&c.title, p->title.data);
    c.org = p->org ? nk_xstrdup(p->org) : NULL;
    c.org_type = p->org_type;
    c.status = p->status;
    nk_r_emit(x, list[h], &c, ev);
    nk_phrase_free(&c);
  }
  return 1;
}

static int nk_r_person_at(const nk_rctx *x, size_t i) {
  long mi = nk_doc_mention_at(x->d, i);
  return mi >= 0 && x->d->mentions[mi].tok_begin == i &&
         x->d->mentions[mi].type == NK_ENT_PERSON;
}

/* Emits for mention h the title of plural phrase p (made singular) with
 * the country of nationality adjective a. */
static void nk_r_emit_nat(nk_rctx *x, size_t h, const nk_phrase *p, size_t a,
                          nk_span ev) {
  const char *v = nk_names_get(x->nat, &x->d->seg, a);
  nk_phrase c = {0};
  nk_buf_adds(&c.title, p->title.data);
  c.lemma = p->lemma;
  c.status = p->status;
  nk_r_nat_org(x, &c, v, a);
  nk_r_emit(x, h, &c, ev);
  nk_phrase_free(&c);
}

/* The person whose name starts at token i (after an optional comma), or
 * -1. */
static long nk_r_person_near(const nk_rctx *x, size_t i) {
  if (i < x->d->seg.ntoks && nk_names_is_punct(&x->d->seg, i, ","))
    i++;
  return i < x->d->seg.ntoks && nk_r_person_at(x, i)
             ? nk_doc_mention_at(x->d, i)
             : -1;
}

/* "les Premiers ministres belge, Charles Michel, et hongrois, Viktor
 * Orban": a plural role with a nationality before each name gives each
 * its singular and its country.  p is the phrase ending before mention
 * mi (with the first adjective).  Returns 1 when it did. */
static int nk_r_nat_list(nk_rctx *x, size_t mi, nk_phrase *p) {
  const nk_doc *d = x->d;
  size_t hs[NK_R_LIST], as[NK_R_LIST], n = 0;
  size_t k = d->mentions[mi].tok_end;
  while (n < NK_R_LIST && k + 2 < d->seg.ntoks) {
    if (nk_names_is_punct(&d->seg, k, ","))
      k++;
    if (!nk_r_is(x, k, "et") && !nk_names_is_punct(&d->seg, k, ","))
      break;
    int last = nk_r_is(x, k, "et");
    k++;
    long pi = nk_names_is_lower(&d->seg, k) && nk_names_get(x->nat, &d->seg, k)
                  ? nk_r_person_near(x, k + 1)
                  : -1;
    if (pi < 0)
      break;
    as[n] = k;
    hs[n++] = (size_t)pi;
    k = d->mentions[pi].tok_end;
    if (last)
      break;
  }
  if (n == 0)
    return 0;
  nk_r_singular(p);
  nk_span ev = nk_doc_tok_span(d, p->start, k);
  nk_phrase c = {0};
  nk_buf_adds(&c.title, p->title.data);
  c.org = p->org ? nk_xstrdup(p->org) : NULL;
  c.org_type = p->org_type;
  c.status = p->status;
  nk_r_emit(x, mi, &c, ev);
  nk_phrase_free(&c);
  for (size_t h = 0; h < n; h++)
    nk_r_emit_nat(x, hs[h], p, as[h], ev);
  return 1;
}

/* "les présidents russe et turc, Vladimir Poutine et Recep Tayyip
 * Erdogan": two adjectives, then two names, paired in order.  mi is the
 * first name.  Returns 1 when it did. */
static int nk_r_nat_pair(nk_rctx *x, size_t mi, size_t sb) {
  const nk_segments *seg = &x->d->seg;
  size_t t = x->d->mentions[mi].tok_begin;
  if (t > sb && nk_names_is_punct(seg, t - 1, ","))
    t--;
  if (t < sb + 4 || !nk_names_get(x->nat, seg, t - 1) ||
      !nk_r_is(x, t - 2, "et") || !nk_names_get(x->nat, seg, t - 3))
    return 0;
  size_t list[NK_R_LIST];
  if (nk_r_list_after(x, mi, list, NK_R_LIST) != 2)
    return 0;
  /* The plural role phrase ends with the first adjective. */
  for (size_t s = t - 3; s > sb && s + 6 > t; s--) {
    nk_phrase p;
    if (!nk_r_phrase(x, s - 1, t - 2, &p))
      continue;
    int ok = p.plural && p.nat && p.end == t - 2;
    if (ok) {
      nk_r_singular(&p);
      nk_span ev =
          nk_doc_tok_span(x->d, p.start, x->d->mentions[list[1]].tok_end);
      nk_r_emit_nat(x, list[0], &p, t - 3, ev);
      nk_r_emit_nat(x, list[1], &p, t - 1, ev);
    }
    nk_phrase_free(&p);
    if (ok)
      return 1;
  }
  return 0;
}

/* Role phrases ending right before the name (a comma may stand between). */
static void nk_r_before(nk_rctx *x, size_t mi, size_t sb) {
  const nk_mention *m = &x->d->mentions[mi];
  size_t target = m->tok_begin;
  if (nk_r_complement_name(x, mi, sb))
    return;
  if (target > sb && nk_names_is_punct(&x->d->seg, target - 1, ","))
    target--;
  nk_phrase best[NK_R_MAX];
  size_t nbest = nk_r_ending(x, sb, target, best);
  size_t inner = target == m->tok_begin ? nk_r_inner_role(x, sb, target) : 0;
  if (nbest > 0 && inner > best[0].start) {
    /* "conseiller spécial du président Barack Obama": the name holds the
     * role of the complement, not the head's. */
    nk_r_free_all(best, nbest);
    nbest = nk_r_phrase(x, inner, target, &best[0]) && best[0].end == target
                ? 1
                : 0;
    if (nbest == 0)
      nk_phrase_free(&best[0]);
  }
  if (nbest == 1 && best[0].plural && target == m->tok_begin &&
      !nk_r_headless(x, best[0].start, sb) && nk_r_plural_list(x, mi, best)) {
    nk_r_free_all(best, nbest);
    return;
  }
  if (nbest == 1 && best[0].plural && best[0].nat &&
      !nk_r_headless(x, best[0].start, sb) && nk_r_nat_list(x, mi, best)) {
    nk_r_free_all(best, nbest);
    return;
  }
  if (nbest == 0 && nk_r_nat_pair(x, mi, sb))
    return;
  /* "l'ancienne femme du chef de l'État, Ségolène Royal": after a comma,
   * a phrase that is the complement of another noun describes someone
   * else. */
  /* A plural role ("de ses ministres, X") does not describe one person. */
  for (size_t k = 0; k < nbest; k++)
    if (best[k].plural)
      best[k].title.len = 0;
  if (nbest > 0 && (nk_r_headless(x, best[0].start, sb) ||
                    (target < m->tok_begin && nk_r_of(x, best[0].start, sb)))) {
    nk_r_free_all(best, nbest);
    nbest = 0;
  }
  size_t first = nbest, start = nbest ? best[0].start : 0;
  if (target == m->tok_begin)
    nbest = nk_r_outer(x, start, sb, best, nbest);
  if (nbest > first)
    start = best[first].start;
  for (size_t k = 0; k < nbest; k++) {
    nk_span ev = nk_doc_tok_span(x->d, start, m->tok_end);
    nk_r_emit(x, mi, &best[k], ev);
  }
  nk_r_free_all(best, nbest);
}

/* Persons coordinated before mention mi ("A et B", "A, B et C"), then mi:
 * the holders of "tous deux anciens ...".  Returns how many (at most max). */
static size_t nk_r_coordinated(const nk_rctx *x, size_t mi, size_t sb,
                               size_t *out, size_t max) {
  const nk_doc *d = x->d;
  size_t n = 0;
  out[n++] = mi;
  size_t k = d->mentions[mi].tok_begin;
  int and_seen = 0;
  while (n < max && k > sb + 1) {
    int conj = nk_r_is(x, k - 1, "et");
    int comma = nk_names_is_punct(&d->seg, k - 1, ",");
    if (!(conj && !and_seen) && !(comma && and_seen))
      break;
    long pi = nk_doc_mention_at(d, k - 2);
    if (pi < 0 || d->mentions[pi].type != NK_ENT_PERSON ||
        d->mentions[pi].tok_end != k - 1)
      break;
    out[n++] = (size_t)pi;
    and_seen = 1;
    k = d->mentions[pi].tok_begin;
  }
  return n > 1 ? n : 1;
}

/* "X, qui a présidé la Commission européenne": a relative clause whose
 * verb names a position (role_verbs.txt).  k is the token after the
 * comma.  Returns 1 and fills *p (end: the clause's last token). */
static int nk_r_relative(const nk_rctx *x, size_t k, size_t se, nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  if (!nk_r_is(x, k, "qui"))
    return 0;
  size_t j = k + 1;
  if (j < se && nk_names_get(x->aux, seg, j))
    j++;
  /* One adverb may stand before the participle: "qui a longtemps dirigé". */
  if (j + 1 < se && nk_names_is_lower(seg, j) &&
      !nk_names_get(x->verbs, seg, j) && nk_names_get(x->verbs, seg, j + 1))
    j++;
  const char *v =
      nk_names_is_lower(seg, j) ? nk_names_get(x->verbs, seg, j) : NULL;
  const char *sp = v ? strchr(v, ' ') : NULL;
  if (!sp)
    return 0;
  *p = (nk_phrase){0};
  p->start = k;
  nk_buf_add(&p->title, v, (size_t)(sp - v));
  nk_r_status(p, sp + 1);
  j++;
  /* The object stands where a complement of the title would: "présidé la
   * Commission" -> président de la Commission. */
  const char *prep = j < se && nk_names_is_word(seg, j)
                         ? nk_names_get(x->de_art, seg, j)
                         : NULL;
  if (!prep || !*prep) {
    p->end = j;
    return 1;
  }
  j++;
  long mi = nk_doc_mention_at(x->d, j);
  if (nk_r_orgish(x, mi) && x->d->mentions[mi].tok_begin == j) {
    nk_r_set_org(x, p, mi);
    p->end = x->d->mentions[mi].tok_end;
    return 1;
  }
  if (!nk_names_is_lower(seg, j) || !nk_r_free(x, j)) {
    p->end = j - 1;
    return 1;
  }
  size_t e = j + 1;
  while (e < se && nk_r_adj(x, e))
    e++;
  nk_buf_addc(&p->title, ' ');
  nk_buf_adds(&p->title, prep);
  nk_r_append(x, &p->title, j, e);
  p->end = nk_r_complements(x, p, e, se);
  return 1;
}

/* "X, qui a été ministre de l'Intérieur", "X, qui est présidente du
 * club": a relative clause with être (role_copulas.txt) and role phrases.
 * k is the token after the comma.  Returns how many phrases (into ps);
 * the copula sets their status unless a modifier said former. */
static size_t nk_r_copula(const nk_rctx *x, size_t k, size_t se,
                          nk_phrase *ps) {
  size_t len = 0;
  if (!nk_r_is(x, k, "qui") || k + 1 >= se)
    return 0;
  const char *v = nk_names_longest(x->copulas, &x->d->seg, k + 1, se, &len);
  if (!v)
    return 0;
  size_t n = nk_r_chain(x, k + 1 + len, se, ps, NK_R_MAX);
  for (size_t i = 0; i < n; i++)
    if (ps[i].status == NK_STATUS_CURRENT)
      nk_r_status(&ps[i], v);
  return n;
}

/* Appositions after the name: "X, ancien préfet et directeur sortant de
 * l'Agence de l'eau, ...", "X et Y, toutes deux anciennes juges", "X, qui
 * a dirigé la Fédération". */
static void nk_r_after(nk_rctx *x, size_t mi, size_t sb, size_t se) {
  const nk_mention *m = &x->d->mentions[mi];
  size_t k = m->tok_end;
  for (int round = 0; round < 2; round++) {
    if (!nk_names_is_punct(&x->d->seg, k, ","))
      return;
    nk_phrase ps[NK_R_MAX];
    size_t holders[NK_R_MAX] = {mi};
    size_t nh = 1, n = 0, first = k + 1, bl = 0;
    if (round == 0 && nk_r_relative(x, k + 1, se, &ps[0])) {
      n = 1;
    } else if (round == 0 && (n = nk_r_copula(x, k + 1, se, ps)) > 0) {
      first = k + 1;
    } else {
      /* "tous deux", "toutes les deux": the phrase describes every person
       * coordinated before the comma. */
      const char *b = nk_names_longest(x->agent, &x->d->seg, first, se, &bl);
      if (round == 0 && b && strcmp(b, "both") == 0) {
        nh = nk_r_coordinated(x, mi, sb, holders, NK_R_MAX);
        first += bl;
      }
      n = nk_r_chain(x, first, se, ps, NK_R_MAX);
    }
    /* A phrase followed by a name describes that name. */
    size_t end = n ? ps[n - 1].end : k;
    size_t after = end;
    if (nk_names_is_punct(&x->d->seg, after, ","))
      after++;
    /* "après la mort de X, le ministre de la Justice avait promis": a
     * phrase with its article and then a verb is the next clause's
     * subject, not an apposition. */
    int det = nk_r_is(x, first, "le") || nk_r_is(x, first, "la") ||
              nk_r_is(x, first, "l'");
    /* "X, politologue, juge au contraire que": a second bare phrase that
     * runs on into lower-case words is the clause's verb. */
    int runs_on = round > 0 && n > 0 && !ps[n - 1].org && end < se &&
                  nk_names_is_lower(&x->d->seg, end) &&
                  !nk_r_is(x, end, "et") &&
                  !nk_names_get(x->timep, &x->d->seg, end);
    if (n == 0 || nk_r_person_at(x, end) || runs_on ||
        (after != end && nk_r_person_at(x, after) && round > 0) ||
        (det && nk_r_verb(x, end))) {
      nk_r_free_all(ps, n);
      return;
    }
    for (size_t p = 0; p < n && nh == 1; p++)
      if (ps[p].plural) /* "X, les ministres ..." names a group */
        ps[p].title.len = 0;
    for (size_t h = 0; h < nh; h++)
      for (size_t p = 0; p < n; p++) {
        const nk_mention *hm = &x->d->mentions[holders[h]];
        nk_span ev = nk_doc_tok_span(x->d, hm->tok_begin, end);
        if (h + 1 < nh) {
          /* Each holder but the last gets a copy of the phrase. */
          nk_phrase c = {0};
          nk_buf_adds(&c.title, ps[p].title.data);
          c.org = ps[p].org ? nk_xstrdup(ps[p].org) : NULL;
          c.org_type = ps[p].org_type;
          c.status = ps[p].status;
          nk_r_emit(x, holders[h], &c, ev);
          nk_phrase_free(&c);
        } else {
          nk_r_emit(x, holders[h], &ps[p], ev);
        }
      }
    nk_r_free_all(ps, n);
    k = end;
  }
}

/* "une conseillère du ministère de l'Intérieur": the agent's own words. */
static void nk_r_agent(nk_rctx *x, size_t mi) {
  const nk_mention *m = &x->d->mentions[mi];
  for (size_t i = m->tok_begin; i < m->tok_end; i++) {
    if (nk_doc_mention_at(x->d, i) != (long)mi)
      continue;
    nk_phrase p;
    size_t n = 0;
    x->self = (long)mi;
    int ok = nk_names_longest(x->roles, &x->d->seg, i, m->tok_end, &n) &&
             nk_r_phrase(x, i, m->tok_end, &p);
    x->self = -1;
    if (ok) {
      for (size_t k = m->tok_begin; k < i; k++) {
        const char *v = nk_r_mod(x, k);
        if (v)
          nk_r_status(&p, v);
      }
      nk_r_emit(x, mi, &p, m->span);
      nk_phrase_free(&p);
      return;
    }
  }
}

/* Whether role r is a peer noun ("son homologue russe"): its first word
 * is one roles.txt maps to "-" (no position of its own). */
static int nk_r_peer(const nk_rctx *x, const nk_role *r) {
  if (strcmp(r->title, "-") == 0)
    return 1; /* a plural peer noun turned into its lemma */
  const char *sp = strchr(r->title, ' ');
  size_t n = sp ? (size_t)(sp - r->title) : strlen(r->title);
  char *w = nk_xstrndup(r->title, n);
  const char *v = nk_lexicon_get(x->roles, w);
  free(w);
  return v && strcmp(v, "-") == 0;
}

/* Index key of mention m's titles: the slug of a person's last name
 * ("Mme Parly" and "Florence Parly" share it), an agent's own mention
 * ("le chef de l'État").  Caller frees. */
static char *nk_r_holder_key(const nk_doc *d, size_t mi) {
  const nk_mention *m = &d->mentions[mi];
  if (m->type == NK_ENT_AGENT)
    return nk_xasprintf("#%zu", mi);
  const char *s = m->surface ? m->surface : "";
  const char *sp = strrchr(s, ' ');
  return nk_slug(sp ? sp + 1 : s);
}

static int nk_r_possessor_type(const nk_mention *m) {
  return m->type == NK_ENT_PERSON || m->type == NK_ENT_AGENT;
}

static size_t nk_r_sent_of(const nk_doc *d, const nk_mention *m) {
  return m->tok_begin < d->seg.ntoks ? d->seg.toks[m->tok_begin].sentence
                                     : (size_t)-1;
}

#define NK_R_PEER_BACK 16

/* The possessor of "son homologue" (role r): the nearest person
 * before it in the same sentence (the clause's subject or the person just
 * described), else the nearest described agent; in a sentence naming
 * no one before the peer ("Il a reçu son homologue", "Le chef de l'État
 * a reçu son homologue"), the first person of the sentence before, whom
 * the pronoun or the description takes up.  Looks back a bounded number
 * of mentions. */
static long nk_r_possessor(const nk_rctx *x, const nk_role *r) {
  const nk_doc *d = x->d;
  size_t h = r->holder;
  size_t sent = nk_r_sent_of(d, &d->mentions[h]);
  long agent = -1, prev = -1;
  /* The possessor stands before the peer phrase: "ses homologues
   * allemand X et italien Y" are both peers of the subject, Y not X's. */
  size_t before = r->evidence.start < d->mentions[h].span.start
                      ? r->evidence.start
                      : d->mentions[h].span.start;
  for (size_t k = h, n = 0; k > 0 && n < NK_R_PEER_BACK; k--, n++) {
    const nk_mention *m = &d->mentions[k - 1];
    size_t ms = nk_r_sent_of(d, m);
    if (ms == sent && m->span.end <= before) {
      if (m->type == NK_ENT_PERSON)
        return (long)(k - 1);
      if (m->type == NK_ENT_AGENT && agent < 0)
        agent = (long)(k - 1);
    } else if (ms + 1 == sent) {
      if (m->type == NK_ENT_PERSON)
        prev = (long)(k - 1);
    } else if (ms != sent) {
      break;
    }
  }
  return agent >= 0 ? agent : prev;
}

/* Indexes into by the first title of each person or agent that is not a
 * peer noun. */
static void nk_r_index_titles(const nk_rctx *x, nk_lexicon *by) {
  const nk_doc *d = x->d;
  for (size_t i = 0; i < d->nroles; i++) {
    const nk_role *r = &d->roles[i];
    if (!nk_r_possessor_type(&d->mentions[r->holder]) || nk_r_peer(x, r) ||
        !r->title[0])
      continue;
    /* "le directeur de la CIA ... son homologue russe": the peer heads
     * another body the article does not name; the country would be a
     * wrong organization.  Only titles of a country or of no body are
     * shared. */
    char *k = nk_r_holder_key(d, r->holder);
    if (*k && !nk_lexicon_get(by, k))
      nk_lexicon_put(by, k,
                     r->org_name && r->org_type == NK_ENT_ORG
                         ? ""
                         : r->title); /* keeps the first */
    free(k);
  }
}

/* The title a peer of the holder of title t holds: role_peer_titles.txt
 * names the common one for a title proper to one country ("secrétaire
 * d'État" of the United States -> ministre des Affaires étrangères).
 * Caller frees. */
static char *nk_r_peer_title(const nk_rctx *x, const char *t) {
  char *k = nk_lex_key(t);
  const char *v = nk_lexicon_get(x->peer_titles, k);
  free(k);
  if (v)
    return nk_xstrdup(v);
  /* The peer may not share the possessor's gender: "la préfète de
   * Gironde et son homologue X" -> préfet, the lemma of the noun. */
  size_t n = strcspn(t, " ");
  char *w = nk_xstrndup(t, n);
  char *lw = nk_lex_key(w);
  const char *lemma = nk_lexicon_get(x->roles, lw);
  char *out = lemma && strcmp(lemma, "-") != 0 && !strchr(lemma, ' ') &&
                      strcmp(lemma, lw) != 0
                  ? nk_xasprintf("%s%s", lemma, t + n)
                  : nk_xstrdup(t);
  free(lw);
  free(w);
  return out;
}

/* "le ministre français des Affaires étrangères X a reçu son homologue
 * russe Y": Y holds X's title, with the country of the adjective (or no
 * organization without one).  Only when the article gives X a title;
 * other peer roles are dropped.  One pass indexes the titles, one
 * rewrites the peer roles. */
static void nk_r_peers(nk_rctx *x) {
  nk_doc *d = x->d;
  nk_lexicon *by = nk_lexicon_new();
  nk_r_index_titles(x, by);
  size_t kept = 0;
  for (size_t i = 0; i < d->nroles; i++) {
    nk_role *r = &d->roles[i];
    if (nk_r_peer(x, r)) {
      /* Only the bare noun ("son homologue [adjective] Y") takes the
       * possessor's title; "homologue de l'Intérieur" is dropped. */
      const char *t = NULL;
      long pm = strchr(r->title, ' ') ||
                        (r->org_name && r->org_type != NK_ENT_PLACE) ||
                        d->mentions[r->holder].type != NK_ENT_PERSON
                    ? -1
                    : nk_r_possessor(x, r);
      if (pm >= 0) {
        char *k = nk_r_holder_key(d, (size_t)pm);
        t = nk_lexicon_get(by, k);
        free(k);
      }
      free(r->title);
      r->title = NULL;
      if (!t || !*t) {
        free(r->org_name);
        free(r->org_key);
        continue;
      }
      r->title = nk_r_peer_title(x, t);
      r->status = NK_STATUS_CURRENT;
    }
    d->roles[kept++] = *r;
  }
  d->nroles = kept;
  nk_lexicon_free(by);
}

/* "le président de la République", with no country: in French news the
 * French one (role_default_orgs.txt gives the country of such titles),
 * unless the article gives some role a different country, when it may
 * well be another republic's. */
static void nk_r_default_orgs(nk_rctx *x) {
  nk_doc *d = x->d;
  const char *place = NULL; /* the one country roles name, if one */
  int several = 0;
  for (size_t i = 0; i < d->nroles && !several; i++) {
    const nk_role *r = &d->roles[i];
    if (!r->org_name || r->org_type != NK_ENT_PLACE)
      continue;
    if (!place)
      place = r->org_name;
    else if (strcmp(place, r->org_name) != 0)
      several = 1;
  }
  for (size_t i = 0; i < d->nroles && !several; i++) {
    nk_role *r = &d->roles[i];
    if (r->org_name)
      continue;
    char *k = nk_lex_key(r->title);
    const char *v = nk_lexicon_get(x->default_orgs, k);
    free(k);
    if (!v || (place && strcmp(place, v) != 0))
      continue;
    r->org_name = nk_xstrdup(v);
    r->org_type = NK_ENT_PLACE;
  }
}

int nk_extract_roles(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  nk_rctx x = {.d = d,
               .lang = lang,
               .roles = nk_lang_lex(lang, "roles"),
               .mods = nk_lang_lex(lang, "role_modifiers"),
               .nat = nk_lang_lex(lang, "nationalities"),
               .heads = nk_lang_lex(lang, "org_heads"),
               .org_adj = nk_lang_lex(lang, "org_adjectives"),
               .agent = nk_lang_lex(lang, "agent_words"),
               .verbs = nk_lang_lex(lang, "role_verbs"),
               .aux = nk_lang_lex(lang, "auxiliaries"),
               .speech = nk_lang_lex(lang, "speech_verbs"),
               .dets = nk_lang_lex(lang, "role_determiners"),
               .de_art = nk_lang_lex(lang, "de_articles"),
               .stop = nk_lang_lex(lang, "name_stopwords"),
               .preps = nk_lang_lex(lang, "role_prepositions"),
               .openers = nk_lang_lex(lang, "role_openers"),
               .nat_orgs = nk_lang_lex(lang, "role_nat_orgs"),
               .copulas = nk_lang_lex(lang, "role_copulas"),
               .honor = nk_lang_lex(lang, "honorifics"),
               .timep = nk_lang_lex(lang, "time_prepositions"),
               .peer_titles = nk_lang_lex(lang, "role_peer_titles"),
               .default_orgs = nk_lang_lex(lang, "role_default_orgs"),
               .self = -1};
  for (size_t mi = 0; mi < d->nmentions; mi++) {
    const nk_mention *m = &d->mentions[mi];
    if (m->tok_begin >= d->seg.ntoks)
      continue;
    const nk_sentence *st = &d->seg.sents[d->seg.toks[m->tok_begin].sentence];
    if (st->boilerplate)
      continue;
    if (m->type == NK_ENT_PERSON) {
      nk_r_before(&x, mi, st->tok_begin);
      nk_r_after(&x, mi, st->tok_begin, st->tok_end);
    } else if (m->type == NK_ENT_AGENT) {
      nk_r_agent(&x, mi);
    }
  }
  nk_r_peers(&x);
  nk_r_default_orgs(&x);
  return 0;
}
