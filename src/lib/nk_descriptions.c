/* nk_descriptions.c — a definite description speaking, credited to the
 * person it stands for: "Le ministre de l'Intérieur a déclaré" after "le
 * ministre de l'Intérieur, Gérald Darmanin" is Gérald Darmanin's
 * statement.
 *
 * It runs once the statements of the article are read: a speaker that is
 * an unnamed agent with a definite article ("le", "la", "l'") is replaced
 * by the person named in apposition to it, else by the one person the
 * article gave a role of the same noun, complement and gender (d->roles,
 * from nk_roles.c).  Roles are indexed by the lemma of their role noun, so
 * that a description is compared with the roles of its own noun only. */
#include <config.h>

#include "nk_statements.h"

#include <stdlib.h>
#include <string.h>

/* Most roles of one noun compared with a description: past it, the
 * article names too many holders for a description to pick one. */
#define NK_DESC_MAX_CANDIDATES 64
/* Most words of a role noun ("secrétaire d'état", "chef de l'état"). */
#define NK_DESC_HEAD_WORDS 4

/* The lexicons of description resolution. */
typedef struct {
  const nk_lexicon *roles;         /* role nouns -> masculine lemma */
  const nk_lexicon *modifiers;     /* ancien, ex-, actuel -> status */
  const nk_lexicon *titles;        /* other names of a post -> its role
                                      lemma ("chef de l'état") */
  const nk_lexicon *nationalities; /* adjectives -> country */
  const nk_lexicon *fillers;       /* prepositions and articles */
  const nk_lexicon *genders;       /* first names -> m or f */
  const nk_lexicon *relatives;     /* qui, que, dont: a relative clause */
} nk_desc_lex;

/* A role noun read at the start of a description or title. */
typedef struct {
  const char *lemma; /* its lemma (lexicon-owned), NULL when none */
  const char *rest;  /* the words after it */
  const char *extra; /* words the post's other name implies ("chef de la
                        diplomatie": "des affaires étrangères"), or "" */
  int former;        /* "ancien", "ex-" before it */
  char gender;       /* 'm', 'f' or 0 when the form does not tell */
} nk_desc_head;

/* A role and the lemma of its noun, for the sorted index. */
typedef struct {
  const char *lemma; /* role noun lemma */
  size_t role;       /* index in d->roles */
  char *bag;         /* lower-cased title words after the noun and the
                        organization's name */
  int former;        /* the title says "ancien" */
  int country;       /* the post heads a state: an organization that is a
                        country, or a title such as "chef de l'État" */
  char gender;       /* gender the title's form tells, or 0 */
} nk_desc_role;

/* Mark in a value of description_titles.txt: the post is that of a
 * state's head or government ("chef de l'état -> président *pays"). */
#define NK_DESC_COUNTRY "*pays"

/* One past the word of s starting at s (words are separated by spaces). */
static const char *nk_desc_word_end(const char *s) {
  while (*s && *s != ' ')
    s++;
  return s;
}

/* Value in lex of the first n words of s, or NULL; *after receives the
 * text after them. */
static const char *nk_desc_words_get(const nk_lexicon *lex, const char *s,
                                     int n, const char **after) {
  const char *e = s;
  for (int k = 0; k < n; k++) {
    if (k) {
      if (*e != ' ')
        return NULL;
      e++;
    }
    e = nk_desc_word_end(e);
  }
  size_t len = (size_t)(e - s);
  char buf[160];
  if (len == 0 || len >= sizeof buf)
    return NULL;
  memcpy(buf, s, len);
  buf[len] = '\0';
  const char *v = nk_lexicon_get(lex, buf);
  if (v)
    *after = *e ? e + 1 : e;
  return v;
}

/* Gender the form of a role noun tells against its lemma: "présidente"
 * ends in an e its lemma lacks ('f'); the lemma itself is 'm' unless it
 * ends in e ("ministre" is both). */
static char nk_desc_form_gender(const char *form, size_t len,
                                const char *lemma) {
  size_t ll = strlen(lemma);
  if (len == ll && strncmp(form, lemma, len) == 0)
    return lemma[ll - 1] == 'e' ? 0 : 'm';
  return len && form[len - 1] == 'e' ? 'f' : 0;
}

/* The longest role noun (roles.txt) at the start of s. */
static nk_desc_head nk_desc_read_noun(const nk_desc_lex *x, const char *s) {
  nk_desc_head h = {0};
  h.extra = "";
  for (int n = NK_DESC_HEAD_WORDS; n >= 1; n--) {
    const char *after = NULL;
    const char *v = nk_desc_words_get(x->roles, s, n, &after);
    if (v && strcmp(v, "-") != 0) {
      h.lemma = v;
      h.rest = after;
      h.gender = nk_desc_form_gender(s, (size_t)(nk_desc_word_end(s) - s), v);
      return h;
    }
  }
  return h;
}

/* Reads the role noun at the start of s (lower-cased words): modifiers
 * ("ancien", "ex-") first, then the longest role noun. */
static nk_desc_head nk_desc_read_head(const nk_desc_lex *x, const char *s) {
  nk_desc_head h = {0};
  for (;;) {
    if (strncmp(s, "ex-", 3) == 0) {
      h.former = 1;
      s += 3;
      continue;
    }
    const char *e = nk_desc_word_end(s);
    size_t len = (size_t)(e - s);
    char w[32];
    if (len == 0 || len >= sizeof w || !*e)
      break;
    memcpy(w, s, len);
    w[len] = '\0';
    const char *v = nk_lexicon_get(x->modifiers, w);
    if (!v ||
        (strcmp(v, "former") && strcmp(v, "current") && strcmp(v, "outgoing")))
      break;
    h.former = h.former || strcmp(v, "former") == 0;
    s = e + 1;
  }
  h.extra = "";
  for (int n = NK_DESC_HEAD_WORDS; n >= 1; n--) {
    const char *after = NULL;
    const char *v = nk_desc_words_get(x->titles, s, n, &after);
    if (v) {
      /* The post's usual title: its role noun and complement. */
      nk_desc_head t = nk_desc_read_noun(x, v);
      if (!t.lemma)
        continue;
      h.lemma = t.lemma;
      h.extra = t.rest;
      h.rest = after;
      return h;
    }
  }
  nk_desc_head t = nk_desc_read_noun(x, s);
  h.lemma = t.lemma;
  h.rest = t.rest;
  h.gender = t.gender;
  return h;
}

/* The word [w, w + len) without an elided article ("l'intérieur" ->
 * "intérieur") into buf; 0 when empty or too long. */
static int nk_desc_bare_word(const char *w, size_t len, char *buf, size_t cap) {
  for (size_t i = 0; i + 1 < len; i++)
    if (w[i] == '\'') {
      w += i + 1;
      len -= i + 1;
      break;
    }
  if (len == 0 || len >= cap)
    return 0;
  memcpy(buf, w, len);
  buf[len] = '\0';
  return 1;
}

/* 1 when the word w is one of the words of bag. */
static int nk_desc_bag_has(const char *bag, const char *w) {
  for (const char *s = bag; *s;) {
    const char *e = nk_desc_word_end(s);
    char b[64];
    if (nk_desc_bare_word(s, (size_t)(e - s), b, sizeof b) && strcmp(b, w) == 0)
      return 1;
    s = *e ? e + 1 : e;
  }
  return 0;
}

/* 1 when every word of the description's complement (after its role
 * noun) is said by the role: in its title or organization ("de
 * l'Intérieur"), or as the nationality of its country ("français" for
 * France).  Prepositions and articles do not count. */
static int nk_desc_complement_fits(const nk_desc_lex *x, const char *rest,
                                   const char *bag) {
  for (const char *s = rest; *s;) {
    const char *e = nk_desc_word_end(s);
    char w[64];
    int ok = nk_desc_bare_word(s, (size_t)(e - s), w, sizeof w);
    s = *e ? e + 1 : e;
    /* "le ministre qui ...": a relative clause ends the description. */
    if (ok && nk_lexicon_get(x->relatives, w))
      break;
    if (!ok || w[0] == '*' || nk_lexicon_get(x->fillers, w) ||
        nk_desc_bag_has(bag, w))
      continue;
    const char *country = nk_lexicon_get(x->nationalities, w);
    if (country) {
      char *ck = nk_lex_key(country);
      int has = strstr(bag, ck) != NULL;
      free(ck);
      if (has)
        continue;
    }
    return 0;
  }
  return 1;
}

/* The last word of a person mention's name: two holders with the same
 * one ("Édouard Philippe", "Edouard Philippe") are one person. */
static const char *nk_desc_family_name(const nk_doc *d, long m) {
  return nk_ev_lower(d, d->mentions[m].tok_end - 1);
}

/* Orders roles by lemma, then by their order in d->roles: qsort is not
 * stable, and the order of candidates must not depend on it. */
static int nk_desc_role_cmp(const void *a, const void *b) {
  const nk_desc_role *x = a, *y = b;
  int c = strcmp(x->lemma, y->lemma);
  if (c)
    return c;
  return x->role < y->role ? -1 : x->role > y->role;
}

/* Roles held by persons, with the lemma of their noun, sorted by lemma;
 * *n receives their number. */
static nk_desc_role *nk_desc_role_index(const nk_doc *d, const nk_desc_lex *x,
                                        size_t *n) {
  nk_desc_role *idx = nk_xmalloc((d->nroles + 1) * sizeof *idx);
  size_t k = 0;
  for (size_t r = 0; r < d->nroles; r++) {
    const nk_role *ro = &d->roles[r];
    if (!ro->title || ro->holder >= d->nmentions ||
        d->mentions[ro->holder].type != NK_ENT_PERSON)
      continue;
    char *t = nk_lex_key(ro->title);
    nk_desc_head h = nk_desc_read_head(x, t);
    if (!h.lemma) {
      free(t);
      continue;
    }
    char *org = ro->org_name ? nk_lex_key(ro->org_name) : NULL;
    nk_buf b = {0};
    nk_buf_adds(&b, h.extra);
    nk_buf_adds(&b, " ");
    nk_buf_adds(&b, h.rest);
    if (org) {
      nk_buf_adds(&b, " ");
      nk_buf_adds(&b, org);
    }
    nk_buf_addc(&b, '\0');
    b.len--; /* NUL-terminated even when empty */
    idx[k].lemma = h.lemma;
    idx[k].role = r;
    idx[k].bag = nk_buf_steal(&b);
    idx[k].former = h.former || ro->status == NK_STATUS_FORMER;
    idx[k].country = (ro->org_name && ro->org_type == NK_ENT_PLACE) ||
                     strstr(h.extra, NK_DESC_COUNTRY) != NULL;
    idx[k].gender = h.gender;
    k++;
    free(org);
    free(t);
  }
  qsort(idx, k, sizeof *idx, nk_desc_role_cmp);
  *n = k;
  return idx;
}

/* Index of the first role of idx (n of them, sorted) whose noun has the
 * lemma lemma, or n: a binary search. */
static size_t nk_desc_first_of(const nk_desc_role *idx, size_t n,
                               const char *lemma) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(idx[mid].lemma, lemma) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The one holder of a role whose noun, complement and gender fit the
 * description read as h (gender: told by its article or noun, or 0), or
 * -1; roles given after token offset at are left out unless lead. */
static long nk_desc_holder(const nk_doc *d, const nk_desc_lex *x,
                           const nk_desc_role *idx, size_t n,
                           const nk_desc_head *h, char gender, size_t at,
                           int lead) {
  long found = -1;
  for (size_t k = nk_desc_first_of(idx, n, h->lemma), seen = 0;
       k < n && strcmp(idx[k].lemma, h->lemma) == 0; k++) {
    if (++seen > NK_DESC_MAX_CANDIDATES)
      return -1;
    const nk_role *ro = &d->roles[idx[k].role];
    if ((!lead && ro->evidence.start > at) || idx[k].former != h->former ||
        (strstr(h->extra, NK_DESC_COUNTRY) && !idx[k].country) ||
        !nk_desc_complement_fits(x, h->rest, idx[k].bag) ||
        !nk_desc_complement_fits(x, h->extra, idx[k].bag))
      continue;
    char g = nk_attr_person_gender(d, x->genders, (long)ro->holder);
    if (!g)
      g = idx[k].gender;
    if (gender && g && g != gender)
      continue;
    if (found >= 0 && strcmp(nk_desc_family_name(d, found),
                             nk_desc_family_name(d, (long)ro->holder)) != 0)
      return -1; /* two persons hold it: the description stays */
    if (found < 0)
      found = (long)ro->holder;
  }
  return found;
}

/* The person a definite description (agent mention m) stands for, or -1:
 * the one holder of a role of the same noun, complement and gender given
 * before the end of the statement's evidence (at), or anywhere in the
 * article when the statement is in the lead paragraph (lead). */
static long nk_desc_person(const nk_doc *d, const nk_desc_lex *x,
                           const nk_desc_role *idx, size_t n, long m, size_t at,
                           int lead) {
  const nk_mention *mm = &d->mentions[m];
  const char *det = nk_ev_lower(d, mm->tok_begin);
  char gender = 0;
  if (!strcmp(det, "le"))
    gender = 'm';
  else if (!strcmp(det, "la"))
    gender = 'f';
  else if (strcmp(det, "l'"))
    return -1; /* "un porte-parole", "les ministres", "son avocat" */
  char *desc = nk_ev_words(d, mm->tok_begin + 1, mm->tok_end);
  nk_desc_head h = nk_desc_read_head(x, desc);
  long found = -1;
  if (h.lemma)
    found =
        nk_desc_holder(d, x, idx, n, &h, gender ? gender : h.gender, at, lead);
  free(desc);
  return found;
}

/* The person named in apposition to the agent mention m, or -1: right
 * before it without a comma ("Olivier Dupont le ministre de la Santé
 * estimait"), or right after it between a comma and a break ("le
 * porte-parole du parquet, Jeanne Durand, a précisé"), of a gender that
 * does not contradict the description's article. */
static long nk_desc_apposed_person(const nk_doc *d, const nk_lexicon *genders,
                                   long m) {
  const nk_mention *mm = &d->mentions[m];
  const char *det = nk_ev_lower(d, mm->tok_begin);
  char g = !strcmp(det, "la") ? 'f' : !strcmp(det, "le") ? 'm' : 0;
  long p = -1;
  if (mm->tok_begin > 0) {
    long b = nk_doc_mention_at(d, mm->tok_begin - 1);
    if (b >= 0 && d->mentions[b].type == NK_ENT_PERSON &&
        d->mentions[b].tok_end == mm->tok_begin)
      p = b;
  }
  size_t e = mm->tok_end;
  if (p < 0 && e + 1 < d->seg.ntoks && nk_ev_is(d, e, ",")) {
    long a = nk_doc_mention_at(d, e + 1);
    if (a >= 0 && d->mentions[a].type == NK_ENT_PERSON &&
        d->mentions[a].tok_begin == e + 1 &&
        (d->mentions[a].tok_end >= d->seg.ntoks ||
         nk_ev_is_break(d, d->mentions[a].tok_end)))
      p = a;
  }
  if (p >= 0 && g) {
    char pg = nk_attr_person_gender(d, genders, p);
    if (pg && pg != g)
      return -1;
  }
  return p;
}

/* Credits statements whose speaker is a definite description to the one
 * person the article gave that role. */
void nk_desc_resolve(nk_doc *d, const nk_lang *lang, const nk_ev_lex *lx) {
  int any = 0;
  for (size_t i = 0; i < d->nstatements && !any; i++)
    any = d->statements[i].speaker >= 0 &&
          d->mentions[d->statements[i].speaker].type == NK_ENT_AGENT;
  if (!any)
    return;
  nk_desc_lex x = {
      .roles = nk_lang_lex(lang, "roles"),
      .modifiers = nk_lang_lex(lang, "role_modifiers"),
      .titles = nk_lang_lex(lang, "description_titles"),
      .nationalities = nk_lang_lex(lang, "nationalities"),
      .fillers = lx->complement_words,
      .genders = nk_lang_lex(lang, "first_name_genders"),
      .relatives = nk_lang_lex(lang, "relative_pronouns"),
  };
  size_t n;
  nk_desc_role *idx = nk_desc_role_index(d, &x, &n);
  for (size_t i = 0; i < d->nstatements; i++) {
    nk_statement *s = &d->statements[i];
    if (s->speaker < 0 || d->mentions[s->speaker].type != NK_ENT_AGENT)
      continue;
    long ap = nk_desc_apposed_person(d, x.genders, s->speaker);
    if (ap >= 0) {
      s->speaker = ap;
      continue;
    }
    /* The lead paragraph sums up the article: it may name the holder
     * only in the body ("le ministre a annoncé ..." before "le ministre X
     * a précisé"). */
    int lead = nk_st_mention_para(d, s->speaker) == d->seg.sents[0].paragraph;
    long p = nk_desc_person(d, &x, idx, n, s->speaker, s->evidence.end, lead);
    if (p >= 0)
      s->speaker = p;
  }
  for (size_t k = 0; k < n; k++)
    free(idx[k].bag);
  free(idx);
}
