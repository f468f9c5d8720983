/* nk_modality.c — word-level helpers of the event stages: verb modality,
 * reporting verbs, media names, quotations and the subject of a reporting
 * verb.  Word lists are data files of the language (see nk_modality.h). */
#include <config.h>

#include "nk_modality.h"
#include "nk_names.h"

#include <stdlib.h>
#include <string.h>

/* Longest noun phrase of an unnamed speaker, in tokens: longer runs are
 * clauses, not names. */
#define NK_AGENT_MAX 12
/* Longest definite description taken as an inverted speaker when it has no
 * speaker noun ("a expliqué le pompier"), in tokens. */
#define NK_LOOSE_MAX 8

void nk_ev_lex_init(nk_ev_lex *x, const nk_lang *lang) {
  *x = (nk_ev_lex){
      .lang = lang,
      .speech_verbs = nk_lang_lex(lang, "speech_verbs"),
      .denial_verbs = nk_lang_lex(lang, "denial_verbs"),
      .conditional = nk_lang_lex(lang, "conditional"),
      .auxiliaries = nk_lang_lex(lang, "auxiliaries"),
      .negation = nk_lang_lex(lang, "negation"),
      .clitic_subjects = nk_lang_lex(lang, "clitic_subjects"),
      .subject_pronouns = nk_lang_lex(lang, "subject_pronouns"),
      .skip_words = nk_lang_lex(lang, "skip_words"),
      .speaker_nouns = nk_lang_lex(lang, "speaker_nouns"),
      .agent_determiners = nk_lang_lex(lang, "agent_determiners"),
      .verb_clitics = nk_lang_lex(lang, "verb_clitics"),
      .np_stops = nk_lang_lex(lang, "np_stops"),
      .np_determiners = nk_lang_lex(lang, "np_determiners"),
      .time_prepositions = nk_lang_lex(lang, "time_prepositions"),
      .weekdays = nk_lang_lex(lang, "weekdays"),
      .relative_dates = nk_lang_lex(lang, "relative_dates"),
      .outlets = nk_lang_lex(lang, "outlets"),
      .outlet_articles = nk_lang_lex(lang, "outlet_articles"),
      .source_cues = nk_lang_lex(lang, "source_cues"),
      .source_participles = nk_lang_lex(lang, "source_participles"),
      .meeting_triggers = nk_lang_lex(lang, "meeting_triggers"),
      .meeting_blockers = nk_lang_lex(lang, "meeting_blockers"),
      .meeting_anaphora = nk_lang_lex(lang, "meeting_anaphora"),
      .meeting_companions = nk_lang_lex(lang, "meeting_companions"),
      .meeting_purpose = nk_lang_lex(lang, "meeting_purpose"),
      .name_modifier_nouns = nk_lang_lex(lang, "name_modifier_nouns"),
      .participle_endings = nk_lang_lex(lang, "participle_endings"),
      .place_stops = nk_lang_lex(lang, "place_stops"),
      .complement_words = nk_lang_lex(lang, "complement_words"),
      .attribution_cues = nk_lang_lex(lang, "attribution_cues"),
  };
}

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

int nk_ev_in(const nk_lexicon *lex, const nk_doc *d, size_t i) {
  return i < d->seg.ntoks && nk_lexicon_get(lex, d->seg.toks[i].lower) != NULL;
}

char *nk_ev_words(const nk_doc *d, size_t tb, size_t te) {
  /* The same keys the entity stage looks up: "l'Humanité" is one word. */
  return nk_names_key(&d->seg, tb, te);
}

/* ------------------------------------------------------------ modality */

int nk_mod_is_conditional(const nk_ev_lex *lx, const char *lower) {
  const nk_lexicon *lex = lx->conditional;
  const char *v = nk_lexicon_get(lex, lower);
  if (v)
    return strcmp(v, "not") != 0;
  /* Six bytes at least: short words ending so ("trait") are not verbs. */
  if (strlen(lower) < 6 || strchr(lower, '-'))
    return 0;
  return nk_mod_ending(lex, lower, "suffix");
}

int nk_mod_ending(const nk_lexicon *lex, const char *lower, const char *value) {
  /* Each ending is looked up: a few lookups instead of a walk over the
   * whole list. */
  for (const char *p = lower; *p && p[1]; p++) {
    if (((unsigned char)p[1] & 0xC0) == 0x80)
      continue;
    const char *v = nk_lexicon_get(lex, p + 1);
    if (v && (!value || !strcmp(v, value)))
      return 1;
  }
  return 0;
}

int nk_mod_is_present_participle(const char *lower) {
  size_t n = strlen(lower);
  return n > 3 && !strcmp(lower + n - 3, "ant");
}

typedef struct {
  const char *word; /* the form being tested */
  size_t len;       /* longest matching suffix so far */
} nk_clitic_ctx;

static void nk_clitic_visit(const char *key, const char *value, void *ctx) {
  (void)value;
  nk_clitic_ctx *c = ctx;
  size_t m = strlen(key);
  if (m > c->len && strlen(c->word) > m && nk_str_ends_with(c->word, key))
    c->len = m;
}

size_t nk_mod_clitic_len(const nk_ev_lex *lx, const char *lower) {
  if (!strchr(lower, '-'))
    return 0;
  nk_clitic_ctx c = {lower, 0};
  nk_lexicon_foreach(lx->clitic_subjects, nk_clitic_visit, &c);
  return c.len;
}

/* Value of lex for lower, retrying without an inverted pronoun. */
static const char *nk_lookup_stripped(const nk_ev_lex *lx,
                                      const nk_lexicon *lex, const char *lower,
                                      int *clitic) {
  size_t cl = nk_mod_clitic_len(lx, lower);
  if (clitic)
    *clitic = cl > 0;
  if (!cl)
    return nk_lexicon_get(lex, lower);
  char *base = nk_xstrndup(lower, strlen(lower) - cl);
  const char *v = nk_lexicon_get(lex, base);
  free(base);
  return v;
}

const char *nk_mod_speech_lemma(const nk_ev_lex *lx, const char *lower,
                                int *clitic) {
  return nk_lookup_stripped(lx, lx->speech_verbs, lower, clitic);
}

const char *nk_mod_speech_pair(const nk_ev_lex *lx, const nk_doc *d, size_t k,
                               int *clitic) {
  if (k + 1 >= d->seg.ntoks)
    return NULL;
  const char *w = nk_ev_lower(d, k);
  /* "fait-il savoir": the pronoun is on the first verb. */
  size_t cl = nk_mod_clitic_len(lx, w);
  if (clitic)
    *clitic = cl > 0;
  /* Most words open no key: no allocation for them. */
  if (!cl && !nk_lexicon_has_prefix(lx->speech_verbs, w))
    return NULL;
  nk_buf b = {0};
  nk_buf_add(&b, w, strlen(w) - cl);
  nk_buf_addc(&b, ' ');
  nk_buf_adds(&b, nk_ev_lower(d, k + 1));
  char *key = nk_buf_steal(&b);
  const char *v = nk_lexicon_get(lx->speech_verbs, key);
  free(key);
  return v;
}

int nk_mod_is_aux(const nk_ev_lex *lx, const char *lower, int *clitic) {
  return nk_lookup_stripped(lx, lx->auxiliaries, lower, clitic) != NULL;
}

const char *nk_mod_attribution_cue(const nk_ev_lex *lx, const nk_doc *d,
                                   size_t i, size_t *len) {
  /* The longest-match walk of the entity stage: it stops at the first
   * token that opens no longer key, so most words cost one look-up. */
  size_t n = 0;
  const char *v =
      nk_names_longest(lx->attribution_cues, &d->seg, i, d->seg.ntoks, &n);
  if (v && len)
    *len = n;
  return v;
}

/* 0 when no key of lex of two tokens or more can start at token b: its
 * form is no word-prefix of a key.  An elided word glued to the next
 * without an apostrophe is not recorded as a prefix, so it may open one.
 * Saves building the words of every window around every token. */
static int nk_opens_key(const nk_lexicon *lex, const nk_doc *d, size_t b) {
  const nk_token *t = &d->seg.toks[b];
  return (t->flags & NK_TF_ELIDED) || nk_lexicon_has_prefix(lex, t->lower);
}

/* 1 when token i lies inside a run of words that skip_words.txt lists as
 * one entry ("pour sa part", "de son côté"). */
static int nk_in_skip_phrase(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  const nk_lexicon *lex = lx->skip_words;
  size_t maxw = nk_lexicon_max_words(lex);
  for (size_t n = 2; n <= maxw; n++)
    for (size_t k = 0; k < n && k <= i; k++) {
      size_t b = i - k;
      if (b + n > d->seg.ntoks || !nk_opens_key(lex, d, b))
        continue;
      char *w = nk_ev_words(d, b, b + n);
      int hit = nk_lexicon_get(lex, w) != NULL;
      free(w);
      if (hit)
        return 1;
    }
  return 0;
}

int nk_mod_skippable(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks || nk_doc_mention_at(d, i) >= 0)
    return 0;
  if (nk_ev_in(lx->skip_words, d, i) || nk_ev_in(lx->weekdays, d, i) ||
      nk_in_skip_phrase(lx, d, i))
    return 1;
  /* "d'abord": the elision is its own token. */
  if (nk_ev_is(d, i, "d'") && nk_ev_is(d, i + 1, "abord"))
    return 1;
  return nk_ev_is(d, i, "abord") && i > 0 && nk_ev_is(d, i - 1, "d'");
}

size_t nk_mod_group_start(const nk_ev_lex *lx, const nk_doc *d, size_t v) {
  size_t sb = d->seg.sents[d->seg.toks[v].sentence].tok_begin;
  size_t g = v;
  while (g > sb) {
    size_t k = g - 1;
    const char *w = nk_ev_lower(d, k);
    if (nk_doc_mention_at(d, k) >= 0 || nk_ev_is_break(d, k) ||
        nk_ev_in(lx->subject_pronouns, d, k))
      break;
    if (nk_mod_is_aux(lx, w, NULL) || nk_ev_in(lx->negation, d, k) ||
        nk_mod_skippable(lx, d, k) || nk_ev_in(lx->verb_clitics, d, k))
      g = k;
    else
      break;
  }
  return g;
}

/* 1 when a negation particle and adverb frame the verb group [g, v]. */
static int nk_negated(const nk_ev_lex *lx, const nk_doc *d, size_t g,
                      size_t v) {
  const nk_lexicon *neg = lx->negation;
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

nk_modality nk_mod_verb(const nk_ev_lex *lx, const nk_doc *d, size_t v,
                        const char *lemma) {
  size_t g = nk_mod_group_start(lx, d, v);
  if ((lemma && nk_lexicon_get(lx->denial_verbs, lemma)) ||
      nk_negated(lx, d, g, v))
    return NK_MOD_DENIED;
  for (size_t i = g; i <= v; i++) {
    const char *w = nk_ev_lower(d, i);
    size_t cl = nk_mod_clitic_len(lx, w);
    /* A copy only when an inverted pronoun must be cut off. */
    char *base = cl ? nk_xstrndup(w, strlen(w) - cl) : NULL;
    int cond = nk_mod_is_conditional(lx, base ? base : w);
    free(base);
    if (cond)
      return NK_MOD_ALLEGED;
  }
  return NK_MOD_ASSERTED;
}

/* -------------------------------------------------------------- outlets */

typedef struct {
  const nk_lexicon *outlets; /* where to look the name up */
  const char *name;          /* the name as written, without article */
  const char *hit;           /* canonical name once found */
} nk_article_ctx;

/* Looks the name up with one more optional article before it. */
static void nk_article_visit(const char *key, const char *value, void *ctx) {
  nk_article_ctx *c = ctx;
  if (c->hit)
    return;
  const char *sep = strcmp(value, "none") ? " " : "";
  char *with = nk_xasprintf("%s%s%s", key, sep, c->name);
  c->hit = nk_lexicon_get(c->outlets, with);
  free(with);
}

const char *nk_mod_outlet(const nk_ev_lex *lx, const nk_doc *d, size_t tb,
                          size_t te) {
  if (te <= tb)
    return NULL;
  const nk_lexicon *lex = lx->outlets;
  char *w = nk_ev_words(d, tb, te);
  const char *v = nk_lexicon_get(lex, w);
  if (!v) {
    nk_article_ctx c = {lex, w, NULL};
    nk_lexicon_foreach(lx->outlet_articles, nk_article_visit, &c);
    v = c.hit;
  }
  free(w);
  if (!v && te - tb >= 2 && nk_ev_in(lx->outlet_articles, d, tb)) {
    w = nk_ev_words(d, tb + 1, te);
    v = nk_lexicon_get(lex, w);
    free(w);
  }
  return v;
}

/* ------------------------------------------------------------ quotations */

/* 1 when token i is a straight double quote (") rather than « » or “ ”. */
static int nk_is_straight(const nk_doc *d, size_t i) {
  return strcmp(d->seg.toks[i].form, "\"") == 0;
}

/* 1 when the inner straight mark j cannot open a quotation nested in the
 * one opened before it: it opens a sentence, or the outer quotation finds
 * no closing mark in its paragraph (closed is 0). */
static int nk_straight_restarts(const nk_doc *d, size_t j, int closed) {
  if (!closed)
    return 1;
  return (d->seg.toks[j].flags & NK_TF_SENT_START) ||
         (j > 0 && nk_ev_is_final(d, j - 1));
}

/* A straight quote seldom nests: a second opening " inside a quotation
 * opened by " that starts a sentence, or that leaves the outer quotation
 * without a closing mark in its paragraph, means a closing mark was left
 * out ("le \"Grand rendez-vous ... a appelé \"à faire ...\"").  The first
 * quotation then ends there, left open, so that a missing mark spoils one
 * quotation, not all the text up to some later closing mark.  Newly
 * allocated; *n receives their number. */
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
    if (nk_is_straight(d, i))
      for (size_t k = i + 1; k < j; k++)
        if (t[k].kind == NK_TOK_QUOTE_OPEN && nk_is_straight(d, k) &&
            !(t[k].flags & NK_TF_PARA_START) &&
            nk_straight_restarts(d, k, closed)) {
          j = k;
          closed = 0;
          break;
        }
    *NK_PUSH(q, nq, cap) = (nk_ev_quote){i, j, closed};
    i = closed ? j : j - 1;
  }
  *n = nq;
  return q;
}

unsigned char *nk_ev_quote_mask_of(const nk_doc *d, const nk_ev_quote *q,
                                   size_t nq) {
  unsigned char *m = nk_xcalloc(d->seg.ntoks + 1, 1);
  for (size_t k = 0; k < nq; k++) {
    size_t e = q[k].closed ? q[k].close + 1 : q[k].close;
    for (size_t i = q[k].open; i < e && i < d->seg.ntoks; i++)
      m[i] = 1;
  }
  return m;
}

unsigned char *nk_ev_quote_mask(const nk_doc *d) {
  size_t nq;
  nk_ev_quote *q = nk_ev_quotes(d, &nq);
  unsigned char *m = nk_ev_quote_mask_of(d, q, nq);
  free(q);
  return m;
}

/* -------------------------------------------------------------- subjects */

/* 1 when token i ends an inverted subject ("a déclaré un responsable à la
 * radio", "... en réponse"): a preposition or conjunction, a weekday, a
 * date relative to today ("hier", not "dernier"), or the present
 * participle of a reporting verb opening a new clause ("ajoutant que"). */
static int nk_is_np_stop(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  if (nk_ev_is_break(d, i) || nk_ev_in(lx->np_stops, d, i) ||
      nk_ev_in(lx->weekdays, d, i))
    return 1;
  const char *w = nk_ev_lower(d, i);
  const char *rel = nk_lexicon_get(lx->relative_dates, w);
  if (rel && (rel[0] == '-' || (rel[0] >= '0' && rel[0] <= '9')))
    return 1;
  return nk_mod_is_present_participle(w) &&
         nk_mod_speech_lemma(lx, w, NULL) != NULL;
}

/* 1 when token i, inside a noun phrase, is the complement of the noun
 * before it ("le porte-parole de Joe Biden"): a person named there is not
 * the one the phrase describes. */
static int nk_is_complement(const nk_doc *d, size_t np, size_t i) {
  return i > np && (nk_ev_is(d, i - 1, "de") || nk_ev_is(d, i - 1, "d'") ||
                    nk_ev_is(d, i - 1, "du") || nk_ev_is(d, i - 1, "des"));
}

int nk_mod_is_verb_use(const nk_ev_lex *lx, const nk_doc *d, size_t i) {
  if (!nk_mod_speech_lemma(lx, nk_ev_lower(d, i), NULL))
    return 0;
  if (i == 0)
    return 1;
  /* "le", "la", "l'" double as object pronouns ("comme le rappelle X"):
   * only other determiners and "de" mark a noun. */
  const char *v = nk_lexicon_get(lx->np_determiners, nk_ev_lower(d, i - 1));
  if (v && strcmp(v, "article") != 0)
    return 0;
  return !(nk_ev_is(d, i - 1, "de") || nk_ev_is(d, i - 1, "d'") ||
           nk_ev_is(d, i - 1, "du") || nk_ev_is(d, i - 1, "des"));
}

/* 1 when the noun phrase opening at b is an unnamed speaker: a determiner
 * followed, within three words, by a speaker noun, all before end. */
static int nk_is_agent_np(const nk_ev_lex *lx, const nk_doc *d, size_t b,
                          size_t end) {
  if (!nk_ev_in(lx->agent_determiners, d, b) &&
      d->seg.toks[b].kind != NK_TOK_NUMBER)
    return 0;
  /* A named person or a verb inside: not a description of someone. */
  for (size_t i = b + 1; i < end; i++) {
    long m = nk_doc_mention_at(d, i);
    if ((m >= 0 && d->mentions[m].type == NK_ENT_PERSON &&
         !nk_is_complement(d, b, d->mentions[m].tok_begin)) ||
        nk_ev_in(lx->negation, d, i) ||
        nk_mod_is_aux(lx, nk_ev_lower(d, i), NULL) ||
        nk_mod_is_verb_use(lx, d, i))
      return 0;
  }
  for (size_t i = b + 1; i < end && i <= b + 3; i++)
    if (nk_ev_in(lx->speaker_nouns, d, i))
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
static long nk_agent_ending(nk_doc *d, const nk_ev_lex *lx,
                            const unsigned char *inq, size_t sb, size_t j) {
  size_t k = nk_np_start(d, inq, sb, j);
  for (size_t b = k; b <= j; b++)
    if (nk_is_agent_np(lx, d, b, j + 1))
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

long nk_ev_subject_before(nk_doc *d, const nk_ev_lex *lx,
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
    if (nk_mod_skippable(lx, d, j) && j > sb &&
        !nk_ev_in(lx->subject_pronouns, d, j)) {
      j--;
      continue;
    }
    break;
  }
  if (nk_ev_in(lx->subject_pronouns, d, j)) {
    *pronoun = 1;
    return -1;
  }
  long m = nk_doc_mention_at(d, j);
  if (m >= 0) {
    nk_ent_type ty = d->mentions[m].type;
    if (ty == NK_ENT_PERSON || ty == NK_ENT_AGENT)
      return m;
    /* "le directeur de la CIA a dit": the speaker is the director. */
    long a = nk_agent_ending(d, lx, inq, sb, j);
    return a >= 0 ? a : m;
  }
  return nk_agent_ending(d, lx, inq, sb, j);
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

/* One past the addressee opened by "à" at token a ("à l'AFP", "à la
 * presse"), or a when there is none: a named addressee, else a common noun
 * ("la presse") when a determiner follows it, opening the subject. */
static size_t nk_addressee_end(const nk_doc *d, const nk_ev_lex *lx, size_t a) {
  size_t nt = d->seg.ntoks;
  for (size_t k = a + 1; k < nt && k < a + 3; k++) {
    long m = nk_doc_mention_at(d, k);
    if (m >= 0 && d->mentions[m].type != NK_ENT_PLACE)
      return d->mentions[m].tok_end;
  }
  size_t k = a + 1;
  if (k < nt && nk_ev_in(lx->np_determiners, d, k))
    k++;
  /* "à la presse le ministre", "au Parisien un élu": up to two words,
   * then the determiner opening the subject ("de" would open a
   * complement: "à la fin de la réunion"). */
  for (size_t j = k; j < k + 2 && j + 1 < nt; j++) {
    if (d->seg.toks[j].kind != NK_TOK_WORD)
      break;
    if (nk_ev_in(lx->agent_determiners, d, j + 1) &&
        !nk_ev_is(d, j + 1, "de") && !nk_ev_is(d, j + 1, "d'") &&
        !nk_ev_is(d, j + 1, "du"))
      return j + 1;
  }
  return a;
}

/* The last token of the preposition introducing an addressee at token i
 * ("à", "au", "aux", "auprès de", "auprès du"), or 0 when none starts
 * there. */
static size_t nk_addressee_prep(const nk_doc *d, size_t i) {
  if (i >= d->seg.ntoks)
    return 0;
  if (nk_ev_is(d, i, "à") || nk_ev_is(d, i, "au") || nk_ev_is(d, i, "aux"))
    return i;
  if (nk_ev_is(d, i, "auprès") &&
      (nk_ev_is(d, i + 1, "de") || nk_ev_is(d, i + 1, "d'") ||
       nk_ev_is(d, i + 1, "du") || nk_ev_is(d, i + 1, "des")))
    return i + 1;
  return 0;
}

long nk_ev_subject_after(nk_doc *d, const nk_ev_lex *lx, size_t b,
                         size_t *end) {
  size_t nt = d->seg.ntoks;
  size_t i = b;
  while (i < nt && i < b + 3 && nk_mod_skippable(lx, d, i))
    i++;
  /* "a indiqué à l'AFP un porte-parole", "a confié auprès de l'AFP X":
   * the addressee comes first. */
  size_t to = nk_addressee_prep(d, i);
  if (to) {
    size_t after = nk_addressee_end(d, lx, to);
    if (after > to)
      i = after;
    while (i < nt && i < b + 8 && nk_mod_skippable(lx, d, i))
      i++;
  } else if (nk_ev_is(d, i, "sur") || nk_ev_is(d, i, "dans")) {
    /* "a rappelé sur RTL le directeur": the medium comes first. */
    for (size_t k = i + 1; k < nt && k < i + 3; k++) {
      long a = nk_doc_mention_at(d, k);
      if (a >= 0 && d->mentions[a].tok_begin == k &&
          d->mentions[a].type == NK_ENT_ORG) {
        i = d->mentions[a].tok_end;
        break;
      }
    }
    while (i < nt && i < b + 8 && nk_mod_skippable(lx, d, i))
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
  while (stop < nt && stop < i + NK_AGENT_MAX + 2 &&
         !nk_is_np_stop(lx, d, stop))
    stop++;
  for (size_t k = i; k < stop; k++) {
    long p = nk_doc_mention_at(d, k);
    if (p >= 0 && d->mentions[p].type == NK_ENT_PERSON &&
        !nk_is_complement(d, i, d->mentions[p].tok_begin)) {
      *end = d->mentions[p].tok_end;
      return p;
    }
  }
  /* "le propriétaire de la clinique, Albert Dupont": the name in
   * apposition says who the description is. */
  long app = nk_apposed_name(d, stop);
  if (app >= 0 && stop > i && nk_ev_in(lx->agent_determiners, d, i)) {
    *end = d->mentions[app].tok_end;
    return app;
  }
  if (stop > i && nk_is_agent_np(lx, d, i, stop)) {
    *end = stop;
    return nk_agent_mention(d, i, stop);
  }
  for (size_t k = i; k < stop; k++) {
    long p = nk_doc_mention_at(d, k);
    if (p >= 0 && d->mentions[p].type != NK_ENT_PLACE &&
        !nk_is_complement(d, i, d->mentions[p].tok_begin)) {
      *end = d->mentions[p].tok_end;
      return p;
    }
  }
  return -1;
}

/* A person named at the end of a description joined by "et" and without
 * a comma ("la chanteuse et actrice Aida Sock") from token i, or -1: only
 * lower-case words, no verb, lie between. */
static long nk_described_person(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                                size_t *end) {
  size_t nt = d->seg.ntoks;
  for (size_t k = i + 1; k < nt && k < i + NK_LOOSE_MAX; k++) {
    long p = nk_doc_mention_at(d, k);
    if (p >= 0 && d->mentions[p].type == NK_ENT_PERSON &&
        d->mentions[p].tok_begin == k) {
      if (nk_is_complement(d, i, k))
        return -1;
      *end = d->mentions[p].tok_end;
      return p;
    }
    const nk_token *t = &d->seg.toks[k];
    if (t->kind != NK_TOK_WORD || (t->flags & NK_TF_CAP) ||
        nk_mod_is_aux(lx, t->lower, NULL) || nk_mod_is_verb_use(lx, d, k) ||
        (nk_ev_in(lx->np_stops, d, k) && !nk_ev_is(d, k, "et")))
      return -1;
  }
  return -1;
}

long nk_ev_subject_after_loose(nk_doc *d, const nk_ev_lex *lx, size_t b,
                               size_t *end) {
  long m = nk_ev_subject_after(d, lx, b, end);
  if (m >= 0)
    return m;
  size_t nt = d->seg.ntoks, i = b;
  while (i < nt && i < b + 3 && nk_mod_skippable(lx, d, i))
    i++;
  size_t to = nk_addressee_prep(d, i);
  if (to) {
    size_t after = nk_addressee_end(d, lx, to);
    i = after > to ? after : i;
    while (i < nt && i < b + 8 && nk_mod_skippable(lx, d, i))
      i++;
  }
  if (i + 1 < nt && nk_ev_in(lx->agent_determiners, d, i)) {
    long p = nk_described_person(d, lx, i, end);
    if (p >= 0)
      return p;
  }
  if (i + 1 >= nt || !nk_ev_in(lx->agent_determiners, d, i) ||
      d->seg.toks[i + 1].kind != NK_TOK_WORD ||
      (d->seg.toks[i + 1].flags & NK_TF_CAP))
    return -1;
  size_t stop = i;
  while (stop < nt && stop < i + NK_LOOSE_MAX && !nk_is_np_stop(lx, d, stop))
    stop++;
  /* Too long, or running into a verb: a clause, not someone. */
  if (stop >= i + NK_LOOSE_MAX || stop < i + 2)
    return -1;
  for (size_t k = i + 1; k < stop; k++)
    if (nk_mod_is_aux(lx, nk_ev_lower(d, k), NULL) ||
        nk_mod_is_verb_use(lx, d, k) || nk_ev_in(lx->negation, d, k))
      return -1;
  *end = stop;
  return nk_agent_mention(d, i, stop);
}
