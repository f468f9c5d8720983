/* nk_modality.c — word-level helpers of the event stages: verb modality,
 * reporting verbs, media names, quotations and the subject of a reporting
 * verb.  Word lists are data files of the language (see nk_modality.h). */
#include <config.h>

#include "nk_modality.h"

#include <stdlib.h>
#include <string.h>

/* Longest noun phrase of an unnamed speaker, in tokens: longer runs are
 * clauses, not names. */
#define NK_AGENT_MAX 12
/* Longest definite description taken as an inverted speaker when it has no
 * speaker noun ("a expliqué le pompier"), in tokens. */
#define NK_LOOSE_MAX 8

const char *nk_ev_lower(const nk_doc *d, size_t i) {
  return i < d->seg.ntoks ? d->seg.toks[i].lower : "";
}

int nk_ev_is(const nk_doc *d, size_t i, const char *w) {
  return i < d->seg.ntoks && strcmp(d->seg.toks[i].lower, w) == 0;
}

int nk_ev_is_break(const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks)
    return 1;
  const nk_token *t = &d->seg.toks[i];
  if (t->kind == NK_TOK_QUOTE_OPEN || t->kind == NK_TOK_QUOTE_CLOSE)
    return 1;
  if (t->kind != NK_TOK_PUNCT)
    return 0;
  /* Marks inside figures or names do not end a clause. */
  return strcmp(t->form, "'") != 0 && strcmp(t->form, "%") != 0 &&
         strcmp(t->form, "&") != 0 && strcmp(t->form, "/") != 0;
}

int nk_ev_is_final(const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks || d->seg.toks[i].kind != NK_TOK_PUNCT)
    return 0;
  const char *f = d->seg.toks[i].form;
  return !strcmp(f, ".") || !strcmp(f, "!") || !strcmp(f, "?") ||
         !strcmp(f, "…");
}

int nk_ev_in(const nk_lang *lang, const char *name, const nk_doc *d, size_t i) {
  return i < d->seg.ntoks &&
         nk_lexicon_get(nk_lang_lex(lang, name), d->seg.toks[i].lower) != NULL;
}

char *nk_ev_words(const nk_doc *d, size_t tb, size_t te) {
  nk_buf b = {0};
  nk_buf_adds(&b, "");
  for (size_t i = tb; i < te && i < d->seg.ntoks; i++) {
    const nk_token *t = &d->seg.toks[i];
    /* "l'Humanité" is one key: no space after an elided word. */
    if (i > tb && !(d->seg.toks[i - 1].flags & NK_TF_ELIDED))
      nk_buf_addc(&b, ' ');
    nk_buf_adds(&b, t->lower);
  }
  return nk_buf_steal(&b);
}

/* ------------------------------------------------------------ modality */

static int nk_ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

typedef struct {
  const char *word; /* the form being tested */
  int hit;          /* 1 once a suffix matched */
} nk_suffix_ctx;

static void nk_suffix_visit(const char *key, const char *value, void *ctx) {
  nk_suffix_ctx *c = ctx;
  if (!c->hit && strcmp(value, "suffix") == 0 && nk_ends_with(c->word, key))
    c->hit = 1;
}

int nk_mod_is_conditional(const nk_lang *lang, const char *lower) {
  const nk_lexicon *lex = nk_lang_lex(lang, "conditional");
  const char *v = nk_lexicon_get(lex, lower);
  if (v)
    return strcmp(v, "not") != 0;
  /* Six bytes at least: short words ending so ("trait") are not verbs. */
  if (strlen(lower) < 6 || strchr(lower, '-'))
    return 0;
  nk_suffix_ctx c = {lower, 0};
  nk_lexicon_foreach(lex, nk_suffix_visit, &c);
  return c.hit;
}

typedef struct {
  const char *word; /* the form being tested */
  size_t len;       /* longest matching suffix so far */
} nk_clitic_ctx;

static void nk_clitic_visit(const char *key, const char *value, void *ctx) {
  (void)value;
  nk_clitic_ctx *c = ctx;
  size_t m = strlen(key);
  if (m > c->len && strlen(c->word) > m && nk_ends_with(c->word, key))
    c->len = m;
}

size_t nk_mod_clitic_len(const nk_lang *lang, const char *lower) {
  if (!strchr(lower, '-'))
    return 0;
  nk_clitic_ctx c = {lower, 0};
  nk_lexicon_foreach(nk_lang_lex(lang, "clitic_subjects"), nk_clitic_visit, &c);
  return c.len;
}

/* Value of lexicon name for lower, retrying without an inverted pronoun. */
static const char *nk_lookup_stripped(const nk_lang *lang, const char *name,
                                      const char *lower, int *clitic) {
  const nk_lexicon *lex = nk_lang_lex(lang, name);
  size_t cl = nk_mod_clitic_len(lang, lower);
  if (clitic)
    *clitic = cl > 0;
  if (!cl)
    return nk_lexicon_get(lex, lower);
  char *base = nk_xstrndup(lower, strlen(lower) - cl);
  const char *v = nk_lexicon_get(lex, base);
  free(base);
  return v;
}

const char *nk_mod_speech_lemma(const nk_lang *lang, const char *lower,
                                int *clitic) {
  return nk_lookup_stripped(lang, "speech_verbs", lower, clitic);
}

int nk_mod_is_aux(const nk_lang *lang, const char *lower, int *clitic) {
  return nk_lookup_stripped(lang, "auxiliaries", lower, clitic) != NULL;
}

/* 1 when token i lies inside a run of words that skip_words.txt lists as
 * one entry ("pour sa part", "de son côté"). */
static int nk_in_skip_phrase(const nk_lang *lang, const nk_doc *d, size_t i) {
  const nk_lexicon *lex = nk_lang_lex(lang, "skip_words");
  size_t maxw = nk_lexicon_max_words(lex);
  for (size_t n = 2; n <= maxw; n++)
    for (size_t k = 0; k < n && k <= i; k++) {
      size_t b = i - k;
      if (b + n > d->seg.ntoks)
        continue;
      char *w = nk_ev_words(d, b, b + n);
      int hit = nk_lexicon_get(lex, w) != NULL;
      free(w);
      if (hit)
        return 1;
    }
  return 0;
}

int nk_mod_skippable(const nk_lang *lang, const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks || nk_doc_mention_at(d, i) >= 0)
    return 0;
  if (nk_ev_in(lang, "skip_words", d, i) || nk_ev_in(lang, "weekdays", d, i) ||
      nk_in_skip_phrase(lang, d, i))
    return 1;
  /* "d'abord": the elision is its own token. */
  if (nk_ev_is(d, i, "d'") && nk_ev_is(d, i + 1, "abord"))
    return 1;
  return nk_ev_is(d, i, "abord") && i > 0 && nk_ev_is(d, i - 1, "d'");
}

/* Reflexive and object clitics inside a verb group ("s'est rendu", "lui a
 * dit", "l'a rencontré"). */
static int nk_is_verb_clitic(const nk_doc *d, size_t i) {
  static const char *const w[] = {"se", "s'", "me", "m'",  "te",  "t'",
                                  "y",  "en", "l'", "lui", "leur"};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (nk_ev_is(d, i, w[k]))
      return 1;
  return 0;
}

size_t nk_mod_group_start(const nk_lang *lang, const nk_doc *d, size_t v) {
  size_t sb = d->seg.sents[d->seg.toks[v].sentence].tok_begin;
  size_t g = v;
  while (g > sb) {
    size_t k = g - 1;
    const char *w = nk_ev_lower(d, k);
    if (nk_doc_mention_at(d, k) >= 0 || nk_ev_is_break(d, k) ||
        nk_ev_in(lang, "subject_pronouns", d, k))
      break;
    if (nk_mod_is_aux(lang, w, NULL) || nk_ev_in(lang, "negation", d, k) ||
        nk_mod_skippable(lang, d, k) || nk_is_verb_clitic(d, k))
      g = k;
    else
      break;
  }
  return g;
}

/* 1 when a negation particle and adverb frame the verb group [g, v]. */
static int nk_negated(const nk_lang *lang, const nk_doc *d, size_t g,
                      size_t v) {
  const nk_lexicon *neg = nk_lang_lex(lang, "negation");
  int particle = 0, adverb = 0;
  for (size_t i = g; i <= v + 2 && i < d->seg.ntoks; i++) {
    const char *k = nk_lexicon_get(neg, nk_ev_lower(d, i));
    if (k && !strcmp(k, "particle") && i <= v)
      particle = 1;
    else if (k && !strcmp(k, "adverb") && particle)
      adverb = 1;
  }
  return particle && adverb;
}

nk_modality nk_mod_verb(const nk_lang *lang, const nk_doc *d, size_t v,
                        const char *lemma) {
  size_t g = nk_mod_group_start(lang, d, v);
  if ((lemma && nk_lexicon_get(nk_lang_lex(lang, "denial_verbs"), lemma)) ||
      nk_negated(lang, d, g, v))
    return NK_MOD_DENIED;
  for (size_t i = g; i <= v; i++) {
    const char *w = nk_ev_lower(d, i);
    size_t cl = nk_mod_clitic_len(lang, w);
    char *base = nk_xstrndup(w, strlen(w) - cl);
    int cond = nk_mod_is_conditional(lang, base);
    free(base);
    if (cond)
      return NK_MOD_ALLEGED;
  }
  return NK_MOD_ASSERTED;
}

/* -------------------------------------------------------------- outlets */

static int nk_is_article(const char *w) {
  return !strcmp(w, "le") || !strcmp(w, "la") || !strcmp(w, "les") ||
         !strcmp(w, "l'") || !strcmp(w, "the");
}

const char *nk_mod_outlet(const nk_lang *lang, const nk_doc *d, size_t tb,
                          size_t te) {
  if (te <= tb)
    return NULL;
  const nk_lexicon *lex = nk_lang_lex(lang, "outlets");
  char *w = nk_ev_words(d, tb, te);
  const char *v = nk_lexicon_get(lex, w);
  static const char *const arts[] = {"le ", "la ", "les ", "l'", "the "};
  for (size_t k = 0; !v && k < sizeof arts / sizeof *arts; k++) {
    char *with = nk_xasprintf("%s%s", arts[k], w);
    v = nk_lexicon_get(lex, with);
    free(with);
  }
  free(w);
  if (!v && te - tb >= 2 && nk_is_article(nk_ev_lower(d, tb))) {
    w = nk_ev_words(d, tb + 1, te);
    v = nk_lexicon_get(lex, w);
    free(w);
  }
  return v;
}

/* ------------------------------------------------------------ quotations */

nk_ev_quote *nk_ev_quotes(const nk_doc *d, size_t *n) {
  nk_ev_quote *q = NULL;
  size_t nq = 0, cap = 0;
  const nk_token *t = d->seg.toks;
  size_t nt = d->seg.ntoks;
  for (size_t i = 0; i < nt; i++) {
    if (t[i].kind != NK_TOK_QUOTE_OPEN)
      continue;
    size_t depth = 1, j = i + 1;
    int closed = 0;
    for (; j < nt; j++) {
      if (t[j].flags & NK_TF_PARA_START) {
        /* «A ... (new paragraph) «B ... »: one quotation. */
        if (t[j].kind == NK_TOK_QUOTE_OPEN)
          continue;
        break;
      }
      if (t[j].kind == NK_TOK_QUOTE_OPEN)
        depth++;
      else if (t[j].kind == NK_TOK_QUOTE_CLOSE && --depth == 0) {
        closed = 1;
        break;
      }
    }
    *NK_PUSH(q, nq, cap) = (nk_ev_quote){i, j, closed};
    i = closed ? j : j - 1;
  }
  *n = nq;
  return q;
}

unsigned char *nk_ev_quote_mask(const nk_doc *d) {
  unsigned char *m = nk_xcalloc(d->seg.ntoks + 1, 1);
  size_t nq;
  nk_ev_quote *q = nk_ev_quotes(d, &nq);
  for (size_t k = 0; k < nq; k++) {
    size_t e = q[k].closed ? q[k].close + 1 : q[k].close;
    for (size_t i = q[k].open; i < e && i < d->seg.ntoks; i++)
      m[i] = 1;
  }
  free(q);
  return m;
}

/* -------------------------------------------------------------- subjects */

/* Words that end an inverted subject: prepositions and conjunctions
 * ("a déclaré un responsable à CNN", "... en réponse"). */
static int nk_is_np_stop(const nk_doc *d, size_t i) {
  static const char *const w[] = {
      "à",       "au",     "aux",      "en",       "pour",   "dans",
      "lors",    "devant", "avec",     "sur",      "selon",  "que",
      "qu'",     "qui",    "après",    "avant",    "depuis", "lorsque",
      "lorsqu'", "car",    "mais",     "et",       "ou",     "dont",
      "par",     "contre", "auprès",   "ajoutant", "jeudi",  "hier",
      "lundi",   "mardi",  "mercredi", "vendredi", "samedi", "dimanche"};
  if (nk_ev_is_break(d, i))
    return 1;
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (nk_ev_is(d, i, w[k]))
      return 1;
  return 0;
}

/* 1 when the noun phrase opening at b is an unnamed speaker: a determiner
 * followed, within three words, by a speaker noun, all before end. */
static int nk_is_agent_np(const nk_lang *lang, const nk_doc *d, size_t b,
                          size_t end) {
  if (!nk_ev_in(lang, "agent_determiners", d, b) &&
      d->seg.toks[b].kind != NK_TOK_NUMBER)
    return 0;
  /* A named person or a verb inside: not a description of someone. */
  for (size_t i = b + 1; i < end; i++) {
    long m = nk_doc_mention_at(d, i);
    if ((m >= 0 && d->mentions[m].type == NK_ENT_PERSON) ||
        nk_ev_in(lang, "negation", d, i) ||
        nk_mod_is_aux(lang, nk_ev_lower(d, i), NULL) ||
        nk_mod_speech_lemma(lang, nk_ev_lower(d, i), NULL))
      return 0;
  }
  for (size_t i = b + 1; i < end && i <= b + 3; i++)
    if (nk_ev_in(lang, "speaker_nouns", d, i))
      return 1;
  return 0;
}

/* An agent mention over [b, e): an existing one starting at b, or a new
 * one. */
static long nk_agent_mention(nk_doc *d, size_t b, size_t e) {
  long m = nk_doc_mention_at(d, b);
  if (m >= 0 && d->mentions[m].type == NK_ENT_AGENT &&
      d->mentions[m].tok_begin == b)
    return m;
  return (long)nk_doc_add_mention(d, NK_ENT_AGENT, b, e);
}

/* First token of the noun phrase ending at j: after the last clause break,
 * relative word or conjunction before it, at most NK_AGENT_MAX back. */
static size_t nk_np_start(const nk_doc *d, const unsigned char *inq, size_t sb,
                          size_t j) {
  size_t k = j;
  while (k > sb && j - k < NK_AGENT_MAX) {
    size_t p = k - 1;
    if (nk_ev_is_break(d, p) || (inq && inq[p]) || nk_ev_is(d, p, "que") ||
        nk_ev_is(d, p, "qu'") || nk_ev_is(d, p, "qui") ||
        nk_ev_is(d, p, "et") || nk_ev_is(d, p, "mais"))
      break;
    k = p;
  }
  return k;
}

/* Agent noun phrase ending at j (inclusive), starting at the first
 * determiner of its span that opens a speaker phrase; -1 if none. */
static long nk_agent_ending(nk_doc *d, const nk_lang *lang,
                            const unsigned char *inq, size_t sb, size_t j) {
  size_t k = nk_np_start(d, inq, sb, j);
  for (size_t b = k; b <= j; b++)
    if (nk_is_agent_np(lang, d, b, j + 1))
      return nk_agent_mention(d, b, j + 1);
  return -1;
}

/* Segment between the comma at j and the comma or break before it: an
 * apposition (", John Kirby,") returns its mention; a parenthetical
 * (", citant des sources,") moves *j before it; else nothing. */
static long nk_comma_segment(const nk_doc *d, const unsigned char *inq,
                             size_t sb, size_t *j, int *moved) {
  size_t c = *j;
  size_t k = c;
  while (k > sb && !nk_ev_is_break(d, k - 1) && !(inq && inq[k - 1]))
    k--;
  if (k == c)
    return -1;
  long m = nk_doc_mention_at(d, k);
  if (m >= 0 && d->mentions[m].tok_begin == k && d->mentions[m].tok_end == c &&
      d->mentions[m].type != NK_ENT_PLACE)
    return m;
  /* Only a comma-enclosed segment can be an aside. */
  if (k > sb && nk_ev_is(d, k - 1, ",")) {
    *j = k - 1;
    *moved = 1;
  }
  return -1;
}

long nk_ev_subject_before(nk_doc *d, const nk_lang *lang,
                          const unsigned char *inq, size_t g, int *pronoun) {
  *pronoun = 0;
  size_t sb = d->seg.sents[d->seg.toks[g].sentence].tok_begin;
  if (g <= sb)
    return -1;
  size_t j = g - 1;
  for (int guard = 0; guard < 6; guard++) {
    if (inq && inq[j])
      return -1;
    if (nk_ev_is(d, j, ",")) {
      int moved = 0;
      long m = nk_comma_segment(d, inq, sb, &j, &moved);
      if (m >= 0)
        return m;
      if (!moved || j <= sb)
        return -1;
      j--; /* before the comma that opened the aside */
      continue;
    }
    if (nk_mod_skippable(lang, d, j) && j > sb &&
        !nk_ev_in(lang, "subject_pronouns", d, j)) {
      j--;
      continue;
    }
    break;
  }
  if (nk_ev_in(lang, "subject_pronouns", d, j)) {
    *pronoun = 1;
    return -1;
  }
  long m = nk_doc_mention_at(d, j);
  if (m >= 0) {
    nk_ent_type ty = d->mentions[m].type;
    if (ty == NK_ENT_PERSON || ty == NK_ENT_AGENT)
      return m;
    /* "le directeur de la CIA a dit": the speaker is the director. */
    long a = nk_agent_ending(d, lang, inq, sb, j);
    return a >= 0 ? a : m;
  }
  return nk_agent_ending(d, lang, inq, sb, j);
}

/* Person or organization named in apposition right after the comma at
 * token c (", Albert Dupont," or ", Albert Dupont."), or -1. */
static long nk_apposed_name(const nk_doc *d, size_t c) {
  if (!nk_ev_is(d, c, ","))
    return -1;
  long m = nk_doc_mention_at(d, c + 1);
  if (m < 0 || d->mentions[m].tok_begin != c + 1 ||
      d->mentions[m].type == NK_ENT_PLACE ||
      d->mentions[m].type == NK_ENT_AGENT)
    return -1;
  size_t e = d->mentions[m].tok_end;
  return e >= d->seg.ntoks || nk_ev_is_break(d, e) ? m : -1;
}

long nk_ev_subject_after(nk_doc *d, const nk_lang *lang, size_t b,
                         size_t *end) {
  size_t nt = d->seg.ntoks;
  size_t i = b;
  while (i < nt && i < b + 3 && nk_mod_skippable(lang, d, i))
    i++;
  /* "a indiqué à l'AFP un porte-parole": the addressee comes first. */
  if (nk_ev_is(d, i, "à") || nk_ev_is(d, i, "au") || nk_ev_is(d, i, "aux")) {
    for (size_t k = i + 1; k < nt && k < i + 3; k++) {
      long a = nk_doc_mention_at(d, k);
      if (a >= 0 && d->mentions[a].type != NK_ENT_PLACE) {
        i = d->mentions[a].tok_end;
        break;
      }
    }
    while (i < nt && i < b + 8 && nk_mod_skippable(lang, d, i))
      i++;
  }
  if (i >= nt)
    return -1;
  long m = nk_doc_mention_at(d, i);
  if (m >= 0 && d->mentions[m].type != NK_ENT_PLACE) {
    *end = d->mentions[m].tok_end;
    return m;
  }
  size_t stop = i;
  while (stop < nt && stop < i + NK_AGENT_MAX + 2 && !nk_is_np_stop(d, stop))
    stop++;
  for (size_t k = i; k < stop; k++) {
    long p = nk_doc_mention_at(d, k);
    if (p >= 0 && d->mentions[p].type == NK_ENT_PERSON) {
      *end = d->mentions[p].tok_end;
      return p;
    }
  }
  /* "le propriétaire de la clinique, Albert Dupont": the name in
   * apposition says who the description is. */
  long app = nk_apposed_name(d, stop);
  if (app >= 0 && stop > i && nk_ev_in(lang, "agent_determiners", d, i)) {
    *end = d->mentions[app].tok_end;
    return app;
  }
  if (stop > i && nk_is_agent_np(lang, d, i, stop)) {
    *end = stop;
    return nk_agent_mention(d, i, stop);
  }
  for (size_t k = i; k < stop; k++) {
    long p = nk_doc_mention_at(d, k);
    if (p >= 0 && d->mentions[p].type != NK_ENT_PLACE) {
      *end = d->mentions[p].tok_end;
      return p;
    }
  }
  return -1;
}

long nk_ev_subject_after_loose(nk_doc *d, const nk_lang *lang, size_t b,
                               size_t *end) {
  long m = nk_ev_subject_after(d, lang, b, end);
  if (m >= 0)
    return m;
  size_t nt = d->seg.ntoks, i = b;
  while (i < nt && i < b + 3 && nk_mod_skippable(lang, d, i))
    i++;
  if (i + 1 >= nt || !nk_ev_in(lang, "agent_determiners", d, i) ||
      d->seg.toks[i + 1].kind != NK_TOK_WORD ||
      (d->seg.toks[i + 1].flags & NK_TF_CAP))
    return -1;
  size_t stop = i;
  while (stop < nt && stop < i + NK_LOOSE_MAX && !nk_is_np_stop(d, stop))
    stop++;
  /* Too long, or running into a verb: a clause, not someone. */
  if (stop >= i + NK_LOOSE_MAX || stop < i + 2)
    return -1;
  for (size_t k = i + 1; k < stop; k++)
    if (nk_mod_is_aux(lang, nk_ev_lower(d, k), NULL) ||
        nk_mod_speech_lemma(lang, nk_ev_lower(d, k), NULL) ||
        nk_ev_in(lang, "negation", d, k))
      return -1;
  *end = stop;
  return nk_agent_mention(d, i, stop);
}
