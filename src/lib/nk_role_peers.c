/* nk_role_peers.c — roles a phrase gives to others than one holder, and
 * roles completed from the rest of the article: a plural phrase before a
 * list of names ("les anciens présidents X, Y et Z", "les Premiers
 * ministres belge, X, et hongrois, Y"), the peer nouns ("son homologue
 * russe Y" takes the title of the possessor), and the default country of
 * titles that name none ("le président de la République"). */
#include <config.h>

#include "nk_roles.h"

#include <stdlib.h>
#include <string.h>

/* Most names of one list. */
#define NK_R_LIST 8
/* Mentions looked back for the possessor of a peer noun. */
#define NK_R_PEER_BACK 16

/* Persons listed from mention mi on, "X, Y et Z": their mentions into
 * out (at most max); 0 unless the list ends with "et" and a name. */
static size_t nk_rpr_list_after(const nk_rctx *x, size_t mi, size_t *out,
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
static void nk_rpr_singular(nk_phrase *p) {
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
int nk_rpr_plural_list(nk_rctx *x, size_t mi, nk_phrase *p) {
  size_t list[NK_R_LIST];
  size_t n = nk_rpr_list_after(x, mi, list, NK_R_LIST);
  if (n < 2)
    return 0;
  nk_rpr_singular(p);
  size_t end = x->d->mentions[list[n - 1]].tok_end;
  nk_span ev = nk_doc_tok_span(x->d, p->start, end);
  for (size_t h = 0; h < n; h++)
    nk_r_emit_copy(x, list[h], p, ev);
  return 1;
}

/* Emits for mention h the title of plural phrase p (made singular) with
 * the country of nationality adjective a. */
static void nk_rpr_emit_nat(nk_rctx *x, size_t h, const nk_phrase *p, size_t a,
                            nk_span ev) {
  const char *v = nk_names_get(x->nat, &x->d->seg, a);
  nk_phrase c = {0};
  nk_buf_adds(&c.title, p->title.data);
  c.lemma = p->lemma;
  c.status = p->status;
  nk_rph_nat_org(x, &c, v, a);
  nk_r_emit(x, h, &c, ev);
  nk_r_phrase_free(&c);
}

/* The person whose name starts at token i (after an optional comma), or
 * -1. */
static long nk_rpr_person_near(const nk_rctx *x, size_t i) {
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
int nk_rpr_nat_list(nk_rctx *x, size_t mi, nk_phrase *p) {
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
                  ? nk_rpr_person_near(x, k + 1)
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
  nk_rpr_singular(p);
  nk_span ev = nk_doc_tok_span(d, p->start, k);
  nk_r_emit_copy(x, mi, p, ev);
  for (size_t h = 0; h < n; h++)
    nk_rpr_emit_nat(x, hs[h], p, as[h], ev);
  return 1;
}

/* "les présidents russe et turc, Vladimir Poutine et Recep Tayyip
 * Erdogan": two adjectives, then two names, paired in order.  mi is the
 * first name.  Returns 1 when it did. */
int nk_rpr_nat_pair(nk_rctx *x, size_t mi, size_t sb) {
  const nk_segments *seg = &x->d->seg;
  size_t t = x->d->mentions[mi].tok_begin;
  if (t > sb && nk_names_is_punct(seg, t - 1, ","))
    t--;
  if (t < sb + 4 || !nk_names_get(x->nat, seg, t - 1) ||
      !nk_r_is(x, t - 2, "et") || !nk_names_get(x->nat, seg, t - 3))
    return 0;
  size_t list[NK_R_LIST];
  if (nk_rpr_list_after(x, mi, list, NK_R_LIST) != 2)
    return 0;
  /* The plural role phrase ends with the first adjective. */
  for (size_t s = t - 3; s > sb && s + 6 > t; s--) {
    nk_phrase p;
    if (!nk_rph_phrase(x, s - 1, t - 2, &p))
      continue;
    int ok = p.plural && p.nat && p.end == t - 2;
    if (ok) {
      nk_rpr_singular(&p);
      nk_span ev =
          nk_doc_tok_span(x->d, p.start, x->d->mentions[list[1]].tok_end);
      nk_rpr_emit_nat(x, list[0], &p, t - 3, ev);
      nk_rpr_emit_nat(x, list[1], &p, t - 1, ev);
    }
    nk_r_phrase_free(&p);
    if (ok)
      return 1;
  }
  return 0;
}

/* Whether role r is a peer noun ("son homologue russe"): its first word
 * is one roles.txt maps to "-" (no position of its own). */
static int nk_rpr_peer(const nk_rctx *x, const nk_role *r) {
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
static char *nk_rpr_holder_key(const nk_doc *d, size_t mi) {
  const nk_mention *m = &d->mentions[mi];
  if (m->type == NK_ENT_AGENT)
    return nk_xasprintf("#%zu", mi);
  const char *s = m->surface ? m->surface : "";
  const char *sp = strrchr(s, ' ');
  return nk_slug(sp ? sp + 1 : s);
}

static int nk_rpr_possessor_type(const nk_mention *m) {
  return m->type == NK_ENT_PERSON || m->type == NK_ENT_AGENT;
}

static size_t nk_rpr_sent_of(const nk_doc *d, const nk_mention *m) {
  return m->tok_begin < d->seg.ntoks ? d->seg.toks[m->tok_begin].sentence
                                     : (size_t)-1;
}

/* The possessor of "son homologue" (role r): the nearest person
 * before it in the same sentence (the clause's subject or the person just
 * described), else the nearest described agent; in a sentence naming
 * no one before the peer ("Il a reçu son homologue", "Le chef de l'État
 * a reçu son homologue"), the first person of the sentence before, whom
 * the pronoun or the description takes up.  Looks back a bounded number
 * of mentions. */
static long nk_rpr_possessor(const nk_rctx *x, const nk_role *r) {
  const nk_doc *d = x->d;
  size_t h = r->holder;
  size_t sent = nk_rpr_sent_of(d, &d->mentions[h]);
  long agent = -1, prev = -1;
  /* The possessor stands before the peer phrase: "ses homologues
   * allemand X et italien Y" are both peers of the subject, Y not X's. */
  size_t before = r->evidence.start < d->mentions[h].span.start
                      ? r->evidence.start
                      : d->mentions[h].span.start;
  for (size_t k = h, n = 0; k > 0 && n < NK_R_PEER_BACK; k--, n++) {
    const nk_mention *m = &d->mentions[k - 1];
    size_t ms = nk_rpr_sent_of(d, m);
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
static void nk_rpr_index_titles(const nk_rctx *x, nk_lexicon *by) {
  const nk_doc *d = x->d;
  for (size_t i = 0; i < d->nroles; i++) {
    const nk_role *r = &d->roles[i];
    if (!nk_rpr_possessor_type(&d->mentions[r->holder]) || nk_rpr_peer(x, r) ||
        !r->title[0])
      continue;
    /* "le directeur de la CIA ... son homologue russe": the peer heads
     * another body the article does not name; the country would be a
     * wrong organization.  Only titles of a country or of no body are
     * shared. */
    char *k = nk_rpr_holder_key(d, r->holder);
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
static char *nk_rpr_peer_title(const nk_rctx *x, const char *t) {
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
void nk_rpr_peers(nk_rctx *x) {
  nk_doc *d = x->d;
  nk_lexicon *by = nk_lexicon_new();
  nk_rpr_index_titles(x, by);
  size_t kept = 0;
  for (size_t i = 0; i < d->nroles; i++) {
    nk_role *r = &d->roles[i];
    if (nk_rpr_peer(x, r)) {
      /* Only the bare noun ("son homologue [adjective] Y") takes the
       * possessor's title; "homologue de l'Intérieur" is dropped. */
      const char *t = NULL;
      long pm = strchr(r->title, ' ') ||
                        (r->org_name && r->org_type != NK_ENT_PLACE) ||
                        d->mentions[r->holder].type != NK_ENT_PERSON
                    ? -1
                    : nk_rpr_possessor(x, r);
      if (pm >= 0) {
        char *k = nk_rpr_holder_key(d, (size_t)pm);
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
      r->title = nk_rpr_peer_title(x, t);
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
void nk_rpr_default_orgs(nk_rctx *x) {
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
