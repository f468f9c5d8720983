/* nk_role_apposition.c — which person a role phrase describes: a chain
 * right before the name ("la ministre belge de la Justice X"), perhaps
 * after another apposition ("Le porte-parole de l'armée, le colonel X"),
 * and the appositions, copulas and relative clauses after it ("X, ancien
 * préfet", "X, qui a été ministre", "X, qui a présidé la Commission");
 * and the phrases that look like titles but describe someone else or
 * no one ("la femme du chef de l'État, X", "une statue représentant X"). */
#include <config.h>

#include "nk_roles.h"

#include <stdlib.h>
#include <string.h>

/* Whether the words before token i are a kinship noun and de, du, des,
 * d', de la or de l' ("la femme du chef de l'État"): the phrase at i then
 * describes a relative of the person named after it. */
static int nk_rap_of(const nk_rctx *x, size_t i, size_t sb) {
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

/* Whether the phrase at s, with no article of its own, follows a
 * lower-case word that is neither an article nor a preposition: the role
 * noun is then an adjective or a participle of the words before ("la
 * commission d'enquête parlementaire, X", "une statue représentant X"). */
static int nk_rap_headless(const nk_rctx *x, size_t s, size_t sb) {
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
static size_t nk_rap_ending(const nk_rctx *x, size_t sb, size_t target,
                            nk_phrase *best) {
  size_t nbest = 0;
  for (size_t s = target; s > sb && target - s < 16;) {
    s--;
    nk_phrase ps[NK_R_MAX];
    size_t n = nk_rph_chain(x, s, target, ps, NK_R_MAX);
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
static int nk_rap_outer_ok(const nk_rctx *x, size_t s, size_t sb) {
  return s == sb || (s > sb && nk_r_verb(x, s - 1));
}

/* "Le chef de la diplomatie iranienne, le ministre X": a phrase with its
 * article (best[0] at s) right before the name may itself follow a comma
 * and another phrase in apposition, which describes the same person.
 * Appends that phrase's chain to best (n entries so far); returns the new
 * count. */
static size_t nk_rap_outer(const nk_rctx *x, size_t s, size_t sb,
                           nk_phrase *best, size_t n) {
  const nk_segments *seg = &x->d->seg;
  if (n == 0 || n >= NK_R_MAX || s < sb + 2 ||
      !nk_names_is_punct(seg, s - 1, ",") || !nk_names_is_word(seg, s) ||
      !nk_names_get(x->dets, seg, s))
    return n;
  nk_phrase ps[NK_R_MAX];
  size_t k = nk_rap_ending(x, sb, s - 1, ps);
  int plural = 0;
  for (size_t i = 0; i < k; i++)
    plural |= ps[i].plural;
  if (k == 0 || k + n > NK_R_MAX || plural ||
      !nk_rap_outer_ok(x, ps[0].start, sb) ||
      nk_rap_headless(x, ps[0].start, sb)) {
    nk_r_free_all(ps, k);
    return n;
  }
  memcpy(best + n, ps, k * sizeof *ps);
  return n + k;
}

/* The role noun of a complement right before the name ("du président
 * américain X", "de la ministre X"): its token, or 0 when the words
 * before the name are no such complement. */
static size_t nk_rap_inner_role(const nk_rctx *x, size_t sb, size_t target) {
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
static int nk_rap_complement_name(const nk_rctx *x, size_t mi, size_t sb) {
  const nk_segments *seg = &x->d->seg;
  size_t b = x->d->mentions[mi].tok_begin;
  if (b <= sb || !nk_names_is_lower(seg, b - 1) ||
      !nk_rco_person_then_holder(x, (long)mi, seg->ntoks))
    return 0;
  size_t i = b - 1;
  return !nk_names_get(x->roles, seg, i) && !nk_names_get(x->mods, seg, i) &&
         !nk_names_get(x->nat, seg, i) && !nk_names_get(x->org_adj, seg, i) &&
         !nk_names_get(x->dets, seg, i) && !nk_names_get(x->preps, seg, i) &&
         !nk_names_get(x->stop, seg, i);
}

/* The longest chain of role phrases ending at target (after sb) before
 * the name of mention m, into best; returns how many.  "conseiller
 * spécial du président Barack Obama": the name holds the role of the
 * complement, not the head's. */
static size_t nk_rap_best(const nk_rctx *x, const nk_mention *m, size_t sb,
                          size_t target, nk_phrase *best) {
  size_t nbest = nk_rap_ending(x, sb, target, best);
  size_t inner = target == m->tok_begin ? nk_rap_inner_role(x, sb, target) : 0;
  if (nbest > 0 && inner > best[0].start) {
    nk_r_free_all(best, nbest);
    nbest = nk_rph_phrase(x, inner, target, &best[0]) && best[0].end == target
                ? 1
                : 0;
    if (nbest == 0)
      nk_r_phrase_free(&best[0]);
  }
  return nbest;
}

/* A plural chain before the name of mention mi that names a list of
 * persons: gives each one its role (nk_role_peers.c).  Returns 1 when it
 * did; best is then the caller's to free. */
static int nk_rap_as_list(nk_rctx *x, size_t mi, size_t sb, size_t target,
                          nk_phrase *best, size_t nbest) {
  const nk_mention *m = &x->d->mentions[mi];
  if (nbest == 1 && best[0].plural && target == m->tok_begin &&
      !nk_rap_headless(x, best[0].start, sb) && nk_rpr_plural_list(x, mi, best))
    return 1;
  if (nbest == 1 && best[0].plural && best[0].nat &&
      !nk_rap_headless(x, best[0].start, sb) && nk_rpr_nat_list(x, mi, best))
    return 1;
  return nbest == 0 && nk_rpr_nat_pair(x, mi, sb);
}

/* Gives mention mi the nbest phrases of best (ending at target), and
 * those of an apposition before them; frees best. */
static void nk_rap_emit_before(nk_rctx *x, size_t mi, size_t sb, size_t target,
                               nk_phrase *best, size_t nbest) {
  const nk_mention *m = &x->d->mentions[mi];
  /* A plural role ("de ses ministres, X") does not describe one person. */
  for (size_t k = 0; k < nbest; k++)
    if (best[k].plural)
      best[k].title.len = 0;
  /* "l'ancienne femme du chef de l'État, Ségolène Royal": after a comma,
   * a phrase that is the complement of another noun describes someone
   * else. */
  if (nbest > 0 &&
      (nk_rap_headless(x, best[0].start, sb) ||
       (target < m->tok_begin && nk_rap_of(x, best[0].start, sb)))) {
    nk_r_free_all(best, nbest);
    nbest = 0;
  }
  size_t first = nbest, start = nbest ? best[0].start : 0;
  if (target == m->tok_begin)
    nbest = nk_rap_outer(x, start, sb, best, nbest);
  if (nbest > first)
    start = best[first].start;
  for (size_t k = 0; k < nbest; k++) {
    nk_span ev = nk_doc_tok_span(x->d, start, m->tok_end);
    nk_r_emit(x, mi, &best[k], ev);
  }
  nk_r_free_all(best, nbest);
}

/* Role phrases ending right before the name (a comma may stand between). */
void nk_rap_before(nk_rctx *x, size_t mi, size_t sb) {
  const nk_mention *m = &x->d->mentions[mi];
  size_t target = m->tok_begin;
  if (nk_rap_complement_name(x, mi, sb))
    return;
  if (target > sb && nk_names_is_punct(&x->d->seg, target - 1, ","))
    target--;
  nk_phrase best[NK_R_MAX];
  size_t nbest = nk_rap_best(x, m, sb, target, best);
  if (nk_rap_as_list(x, mi, sb, target, best, nbest)) {
    nk_r_free_all(best, nbest);
    return;
  }
  nk_rap_emit_before(x, mi, sb, target, best, nbest);
}

/* Persons coordinated before mention mi ("A et B", "A, B et C"), then mi:
 * the holders of "tous deux anciens ...".  Returns how many (at most max). */
static size_t nk_rap_coordinated(const nk_rctx *x, size_t mi, size_t sb,
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

/* The object of a relative clause's verb, at j (sentence ending at se),
 * stands where a complement of the title would: "présidé la Commission"
 * -> président de la Commission.  Adds it to p; returns the phrase's
 * end. */
static size_t nk_rap_object(const nk_rctx *x, size_t j, size_t se,
                            nk_phrase *p) {
  const nk_segments *seg = &x->d->seg;
  const char *prep = j < se && nk_names_is_word(seg, j)
                         ? nk_names_get(x->de_art, seg, j)
                         : NULL;
  if (!prep || !*prep)
    return j;
  j++;
  long mi = nk_rco_org_at(x, j);
  if (mi >= 0) {
    nk_rco_set_org(x, p, mi);
    return x->d->mentions[mi].tok_end;
  }
  if (!nk_names_is_lower(seg, j) || !nk_r_free(x, j))
    return j - 1;
  size_t e = j + 1;
  while (e < se && nk_rco_adj(x, e))
    e++;
  nk_buf_addc(&p->title, ' ');
  nk_buf_adds(&p->title, prep);
  nk_r_append(x, &p->title, j, e);
  return nk_rco_complements(x, p, e, se);
}

/* "X, qui a présidé la Commission européenne": a relative clause whose
 * verb names a position (role_verbs.txt).  k is the token after the
 * comma.  Returns 1 and fills *p (end: the clause's last token). */
static int nk_rap_relative(const nk_rctx *x, size_t k, size_t se,
                           nk_phrase *p) {
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
  p->end = nk_rap_object(x, j + 1, se, p);
  return 1;
}

/* "X, qui a été ministre de l'Intérieur", "X, qui est présidente du
 * club": a relative clause with être (role_copulas.txt) and role phrases.
 * k is the token after the comma.  Returns how many phrases (into ps);
 * the copula sets their status unless a modifier said former. */
static size_t nk_rap_copula(const nk_rctx *x, size_t k, size_t se,
                            nk_phrase *ps) {
  size_t len = 0;
  if (!nk_r_is(x, k, "qui") || k + 1 >= se)
    return 0;
  const char *v = nk_names_longest(x->copulas, &x->d->seg, k + 1, se, &len);
  if (!v)
    return 0;
  size_t n = nk_rph_chain(x, k + 1 + len, se, ps, NK_R_MAX);
  for (size_t i = 0; i < n; i++)
    if (ps[i].status == NK_STATUS_CURRENT)
      nk_r_status(&ps[i], v);
  return n;
}

/* One apposition after a person's name, as read. */
typedef struct {
  nk_phrase ps[NK_R_MAX];   /* its role phrases */
  size_t n;                 /* entries of ps */
  size_t holders[NK_R_MAX]; /* the persons it describes: the one named
                               right before it, then those coordinated
                               before that one */
  size_t nh;                /* entries of holders */
  size_t first;             /* its first token, after the comma */
  size_t end;               /* the token after its last phrase */
} nk_rap_appos;

/* Reads the apposition after the comma at k that follows the name of
 * mention mi, in the sentence [sb, se); round 0 is the first one after
 * the name, which may be a relative clause or describe several persons
 * ("tous deux"). */
static void nk_rap_read(const nk_rctx *x, size_t mi, size_t k, size_t sb,
                        size_t se, int round, nk_rap_appos *a) {
  size_t bl = 0;
  a->holders[0] = mi;
  a->nh = 1;
  a->n = 0;
  a->first = k + 1;
  if (round == 0 && nk_rap_relative(x, k + 1, se, &a->ps[0])) {
    a->n = 1;
  } else if (round == 0 && (a->n = nk_rap_copula(x, k + 1, se, a->ps)) > 0) {
    a->first = k + 1;
  } else {
    /* "tous deux", "toutes les deux": the phrase describes every person
     * coordinated before the comma. */
    const char *b = nk_names_longest(x->agent, &x->d->seg, a->first, se, &bl);
    if (round == 0 && b && strcmp(b, "both") == 0) {
      a->nh = nk_rap_coordinated(x, mi, sb, a->holders, NK_R_MAX);
      a->first += bl;
    }
    a->n = nk_rph_chain(x, a->first, se, a->ps, NK_R_MAX);
  }
  a->end = a->n ? a->ps[a->n - 1].end : k;
}

/* Whether apposition a (read in round round, sentence ending at se) is
 * no apposition at all: nothing was read, or a name or a verb follows. */
static int nk_rap_rejected(const nk_rctx *x, const nk_rap_appos *a, size_t se,
                           int round) {
  const nk_segments *seg = &x->d->seg;
  size_t end = a->end, first = a->first, n = a->n;
  /* A phrase followed by a name describes that name. */
  size_t after = end;
  if (nk_names_is_punct(seg, after, ","))
    after++;
  /* "après la mort de X, le ministre de la Justice avait promis": a
   * phrase with its article and then a verb is the next clause's
   * subject, not an apposition. */
  int det = nk_r_is(x, first, "le") || nk_r_is(x, first, "la") ||
            nk_r_is(x, first, "l'");
  /* "X, politologue, juge au contraire que": a second bare phrase that
   * runs on into lower-case words is the clause's verb. */
  int runs_on = round > 0 && n > 0 && !a->ps[n - 1].org && end < se &&
                nk_names_is_lower(seg, end) && !nk_r_is(x, end, "et") &&
                !nk_names_get(x->timep, seg, end);
  return n == 0 || nk_r_person_at(x, end) || runs_on ||
         (after != end && nk_r_person_at(x, after) && round > 0) ||
         (det && nk_r_verb(x, end));
}

/* Gives each holder of apposition a each of its phrases. */
static void nk_rap_emit_appos(nk_rctx *x, nk_rap_appos *a) {
  for (size_t p = 0; p < a->n && a->nh == 1; p++)
    if (a->ps[p].plural) /* "X, les ministres ..." names a group */
      a->ps[p].title.len = 0;
  for (size_t h = 0; h < a->nh; h++)
    for (size_t p = 0; p < a->n; p++) {
      const nk_mention *hm = &x->d->mentions[a->holders[h]];
      nk_span ev = nk_doc_tok_span(x->d, hm->tok_begin, a->end);
      /* Each holder but the last gets a copy of the phrase. */
      if (h + 1 < a->nh)
        nk_r_emit_copy(x, a->holders[h], &a->ps[p], ev);
      else
        nk_r_emit(x, a->holders[h], &a->ps[p], ev);
    }
}

/* Appositions after the name: "X, ancien préfet et directeur sortant de
 * l'Agence de l'eau, ...", "X et Y, toutes deux anciennes juges", "X, qui
 * a dirigé la Fédération". */
void nk_rap_after(nk_rctx *x, size_t mi, size_t sb, size_t se) {
  size_t k = x->d->mentions[mi].tok_end;
  for (int round = 0; round < 2; round++) {
    if (!nk_names_is_punct(&x->d->seg, k, ","))
      return;
    nk_rap_appos a;
    nk_rap_read(x, mi, k, sb, se, round, &a);
    if (nk_rap_rejected(x, &a, se, round)) {
      nk_r_free_all(a.ps, a.n);
      return;
    }
    nk_rap_emit_appos(x, &a);
    nk_r_free_all(a.ps, a.n);
    k = a.end;
  }
}
