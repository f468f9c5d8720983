/* nk_segment.c — tokens and sentences of a normalized text.
 *
 * Two linear passes.  The first cuts the code points into tokens (words
 * with their inner hyphens and apostrophes, French elisions split off,
 * numbers, abbreviations with their period, one punctuation mark a token,
 * quotation marks told open from close) and notes which tokens start a
 * line.  The second groups tokens into sentences (ended by . ! ? … and the
 * closing quotes right after them, or by a line end) and marks the
 * paragraphs that are headlines or boilerplate.
 *
 * Language knowledge comes from the lexicons "abbreviations", "elisions",
 * "boilerplate" and "english_stopwords" of the language. */
#include <config.h>

#include "nk_segment.h"

#include "nk_lexicon.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

/* Internal per-token notes, beside the public flags. */
enum {
  NK_TI_NEWLINE = 1u << 0, /* a line end comes before the token */
  NK_TI_MAY_END = 1u << 1, /* abbreviation that ends a sentence when a
                              capitalized word follows ("etc.") */
};

/* A paragraph shorter than this many words, without final punctuation,
 * is a title or subheading. */
#define NK_HEADLINE_MAX_WORDS 15
/* Past this many tokens a sentence ends at the next end mark even before a
 * lower-case word, and past twice as many wherever it is: facts take their
 * sentence as evidence, so an endless "sentence" (text without capitals,
 * a dump with no punctuation) would make output grow with its square. */
#define NK_SENTENCE_SOFT_MAX 150
#define NK_SENTENCE_HARD_MAX 300
/* English detection: at least this many words, this share of them common
 * English function words. */
#define NK_ENGLISH_MIN_WORDS 5
#define NK_ENGLISH_SHARE 0.4
/* All-caps promotional lines have at least this many words. */
#define NK_CAPS_MIN_WORDS 4

typedef struct {
  const nk_text *t;          /* text being cut */
  const nk_lexicon *abbrev;  /* "m." -> "" or "end" */
  const nk_lexicon *elision; /* "l'", "qu'" ... */
  const nk_lexicon *boiler;  /* prefixes of lines that are not prose */
  const nk_lexicon *english; /* English function words */
  size_t boiler_maxlen;      /* bytes in the longest boilerplate key */
  nk_lexicon *builtin;       /* fallback lexicon when there is no lang */
  nk_segments *out;          /* tokens and sentences produced */
  size_t cap_toks;           /* tokens allocated */
  size_t cap_sents;          /* sentences allocated */
  unsigned char *info;       /* NK_TI_* per token */
  size_t cap_info;           /* info entries allocated */
  int space;                 /* white space seen since the last token */
  int newline;               /* line end seen since the last token */
  int straight_open;         /* a straight " opened in this paragraph */
} nk_seg;

/* ------------------------------------------------------ character classes */

static int nk_is_space(ucs4_t c) {
  return c == ' ' || c == '\t' || c == '\n';
}

static int nk_is_digit(ucs4_t c) {
  if (c < 0x80)
    return c >= '0' && c <= '9';
  return uc_is_general_category(c, UC_DECIMAL_DIGIT_NUMBER);
}

static int nk_is_letter(ucs4_t c) {
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return uc_is_property_alphabetic(c);
}

static int nk_is_mark(ucs4_t c) {
  return c >= 0x300 && uc_is_general_category(c, UC_CATEGORY_M);
}

/* Characters a word is made of once started. */
static int nk_is_wordch(ucs4_t c) {
  return nk_is_letter(c) || nk_is_digit(c) || nk_is_mark(c);
}

static int nk_is_upper(ucs4_t c) {
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  return uc_is_property_uppercase(c);
}

static int nk_is_lower(ucs4_t c) {
  if (c < 0x80)
    return c >= 'a' && c <= 'z';
  return uc_is_property_lowercase(c);
}

/* Hyphen-minus, hyphen, non-breaking hyphen: join words ("Jean-Pierre"). */
static int nk_is_hyphen(ucs4_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Marks after which a straight " opens a quotation. */
static int nk_is_opener(ucs4_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0xAB || c == 0x201C ||
         c == 0x2013 || c == 0x2014 || c == '-' || c == '/' || c == '\'';
}

/* ------------------------------------------------------------- tokens */

static ucs4_t nk_at(const nk_seg *s, size_t i) {
  return i < s->t->norm_len ? s->t->norm[i] : '\n';
}

/* Lower-cased copy of UTF-8 form (French rules). */
static char *nk_lower(const char *form, size_t len) {
  int ascii = 1;
  for (size_t i = 0; i < len && ascii; i++)
    ascii = (unsigned char)form[i] < 0x80;
  if (ascii) {
    char *l = nk_xstrndup(form, len);
    for (size_t i = 0; i < len; i++)
      if (l[i] >= 'A' && l[i] <= 'Z')
        l[i] = (char)(l[i] + 32);
    return l;
  }
  size_t n = 0;
  uint8_t *low =
      u8_tolower((const uint8_t *)form, len, "fr", UNINORM_NFC, NULL, &n);
  if (!low)
    return nk_xstrndup(form, len);
  char *l = nk_xstrndup((const char *)low, n);
  free(low);
  return l;
}

/* CAP and ALLCAPS flags of normalized code points [b, e). */
static unsigned nk_case_flags(const nk_seg *s, size_t b, size_t e) {
  size_t letters = 0, upper = 0;
  int first_seen = 0;
  unsigned flags = 0;
  for (size_t i = b; i < e; i++) {
    ucs4_t c = s->t->norm[i];
    if (!nk_is_letter(c))
      continue;
    int up = nk_is_upper(c);
    if (!first_seen && up)
      flags |= NK_TF_CAP;
    first_seen = 1;
    letters++;
    if (up)
      upper++;
    else if (nk_is_lower(c))
      break; /* one lower-case letter is enough to rule out ALLCAPS */
  }
  if (letters >= 2 && upper == letters)
    flags |= NK_TF_ALLCAPS;
  return flags;
}

static nk_token *nk_add_token(nk_seg *s, enum nk_tok_kind kind, size_t b,
                              size_t e, unsigned flags, unsigned info) {
  nk_segments *o = s->out;
  nk_grow((void **)&s->info, &s->cap_info, o->ntoks + 1, 1);
  s->info[o->ntoks] = (unsigned char)(info | (s->newline ? NK_TI_NEWLINE : 0));
  nk_token *tk = NK_PUSH(o->toks, o->ntoks, s->cap_toks);
  tk->kind = kind;
  tk->flags =
      flags | nk_case_flags(s, b, e) | (s->space ? NK_TF_SPACE_BEFORE : 0);
  tk->start = b;
  tk->end = e;
  tk->form = nk_text_norm_slice(s->t, b, e);
  tk->lower = nk_lower(tk->form, strlen(tk->form));
  tk->sentence = 0;
  s->space = s->newline = 0;
  return tk;
}

/* Looks up the lower-cased code points [b, e) followed by suffix (ASCII)
 * in lex; returns the value or NULL. */
static const char *nk_lookup(const nk_seg *s, const nk_lexicon *lex, size_t b,
                             size_t e, const char *suffix) {
  if (!nk_lexicon_size(lex))
    return NULL;
  char *form = nk_text_norm_slice(s->t, b, e);
  nk_buf key = {0};
  char *low = nk_lower(form, strlen(form));
  nk_buf_adds(&key, low);
  nk_buf_adds(&key, suffix);
  const char *v = nk_lexicon_get(lex, key.data);
  free(low);
  free(form);
  nk_buf_free(&key);
  return v;
}

/* The longest elision prefix, "lorsqu'" or "presqu'", has 7 letters. */
#define NK_ELISION_MAX 8

/* Most parts, and most letters a part, of a dotted abbreviation. */
#define NK_DOTTED_MAX 8

/* End of a dotted acronym or abbreviation starting at b whose first part
 * ends at e (norm[e] == '.'): "U.S.", "C.I.A."; 0 when there is none. */
static size_t nk_dotted_end(const nk_seg *s, size_t b, size_t e) {
  size_t k = e, parts = 1;
  int single = e - b == 1;
  /* Bounded, so that "ab.ab.ab..." is not rescanned from every word. */
  while (parts < NK_DOTTED_MAX && nk_at(s, k) == '.' &&
         nk_is_letter(nk_at(s, k + 1))) {
    size_t m = k + 1;
    while (m - k <= NK_DOTTED_MAX && nk_is_letter(nk_at(s, m)))
      m++;
    if (nk_at(s, m) != '.')
      break;
    single = single && m - k - 1 == 1;
    parts++;
    k = m;
  }
  if (parts < 2)
    return 0;
  if (single || nk_lookup(s, s->abbrev, b, k + 1, ""))
    return k + 1;
  return 0;
}

/* Whether "X." at [b, b + 1] reads as an initial inside a name: an upper-case
 * letter alone, followed by a space and a capitalized word or by a hyphen
 * ("J.-P."). */
static int nk_is_initial(const nk_seg *s, size_t b) {
  if (!nk_is_upper(nk_at(s, b)) || nk_is_wordch(nk_at(s, b + 2)))
    return 0;
  ucs4_t next = nk_at(s, b + 2);
  if (nk_is_hyphen(next))
    return 1;
  if (next != ' ')
    return 0;
  size_t k = b + 2;
  while (nk_at(s, k) == ' ')
    k++;
  return nk_is_upper(nk_at(s, k));
}

/* A lower-case word right after a number is a unit ("3 000 m."), not the
 * abbreviation it looks like ("M. Dupont"). */
static int nk_is_unit(const nk_seg *s, size_t b) {
  const nk_segments *o = s->out;
  return nk_is_lower(nk_at(s, b)) && o->ntoks &&
         o->toks[o->ntoks - 1].kind == NK_TOK_NUMBER;
}

/* Word or number starting at i (a letter or digit); returns where the
 * next token starts. */
static size_t nk_scan_word(nk_seg *s, size_t i) {
  const size_t b = i;
  const int number = nk_is_digit(nk_at(s, b));
  size_t j = b;
  for (;;) {
    while (nk_is_wordch(nk_at(s, j)))
      j++;
    ucs4_t c = nk_at(s, j), next = nk_at(s, j + 1);
    if (nk_is_hyphen(c) && nk_is_wordch(next)) {
      j++;
      continue;
    }
    if (c == '\'' && !number) {
      /* "l'Ukraine", "qu'il", and "l'« affaire »": the elided word is a
       * token of its own. */
      if (j - b < NK_ELISION_MAX && nk_lookup(s, s->elision, b, j, "'")) {
        nk_add_token(s, NK_TOK_WORD, b, j + 1, NK_TF_ELIDED, 0);
        return j + 1;
      }
      if (nk_is_letter(next)) { /* aujourd'hui, prud'homme */
        j++;
        continue;
      }
    }
    if (number && (c == ',' || c == '.' || c == ':') && nk_is_digit(next) &&
        nk_is_digit(nk_at(s, j - 1))) {
      j++; /* 6,5  1.000  14:30 */
      continue;
    }
    break;
  }
  if (!number && nk_at(s, j) == '.') {
    size_t d = nk_dotted_end(s, b, j);
    if (d) {
      nk_add_token(s, NK_TOK_WORD, b, d, NK_TF_ABBREV, 0);
      return d;
    }
    const char *v = nk_lookup(s, s->abbrev, b, j, ".");
    if (v && nk_is_unit(s, b))
      v = NULL;
    if (v || (j - b == 1 && nk_is_initial(s, b))) {
      unsigned info = v && !strcmp(v, "end") ? NK_TI_MAY_END : 0;
      nk_add_token(s, NK_TOK_WORD, b, j + 1, NK_TF_ABBREV, info);
      return j + 1;
    }
  }
  nk_add_token(s, number ? NK_TOK_NUMBER : NK_TOK_WORD, b, j, 0, 0);
  return j;
}

/* Opening or closing, for a straight " at i. */
static enum nk_tok_kind nk_straight_quote(nk_seg *s, size_t i) {
  ucs4_t prev = i ? s->t->norm[i - 1] : '\n';
  ucs4_t next = nk_at(s, i + 1);
  int after_open = nk_is_space(prev) || nk_is_opener(prev);
  int before_close = nk_is_space(next) || !nk_is_wordch(next);
  enum nk_tok_kind k;
  if (after_open && !before_close)
    k = NK_TOK_QUOTE_OPEN;
  else if (before_close && !after_open)
    k = NK_TOK_QUOTE_CLOSE;
  else /* both or neither: quotes alternate within a paragraph */
    k = s->straight_open ? NK_TOK_QUOTE_CLOSE : NK_TOK_QUOTE_OPEN;
  s->straight_open = k == NK_TOK_QUOTE_OPEN;
  return k;
}

/* Punctuation or symbol at i; returns where the next token starts. */
static size_t nk_scan_punct(nk_seg *s, size_t i) {
  ucs4_t c = s->t->norm[i];
  enum nk_tok_kind kind = NK_TOK_PUNCT;
  size_t e = i + 1;
  switch (c) {
  case '.': /* "..." is one mark, like "…" */
    while (nk_at(s, e) == '.')
      e++;
    break;
  case 0xAB:   /* « */
  case 0x201C: /* “ */
  case 0x201E: /* „ */
  case 0x2039: /* ‹ */
    kind = NK_TOK_QUOTE_OPEN;
    break;
  case 0xBB:   /* » */
  case 0x201D: /* ” */
  case 0x203A: /* › */
    kind = NK_TOK_QUOTE_CLOSE;
    break;
  case '"':
    kind = nk_straight_quote(s, i);
    break;
  default:
    break;
  }
  /* Variation selectors and other marks stay with their symbol (emoji). */
  while (e < s->t->norm_len && nk_is_mark(s->t->norm[e]))
    e++;
  nk_add_token(s, kind, i, e, 0, 0);
  return e;
}

static void nk_tokenize(nk_seg *s) {
  const size_t n = s->t->norm_len;
  s->newline = 1;
  for (size_t i = 0; i < n;) {
    ucs4_t c = s->t->norm[i];
    if (nk_is_space(c)) {
      if (c == '\n')
        s->newline = 1;
      s->space = 1;
      i++;
      continue;
    }
    if (s->newline)
      s->straight_open = 0;
    if (nk_is_letter(c) || nk_is_digit(c))
      i = nk_scan_word(s, i);
    else
      i = nk_scan_punct(s, i);
  }
}

/* ---------------------------------------------------------- sentences */

static int nk_is_end_punct(const nk_token *tk) {
  if (tk->kind != NK_TOK_PUNCT)
    return 0;
  const char *f = tk->form;
  return f[0] == '.' || !strcmp(f, "!") || !strcmp(f, "?") ||
         !strcmp(f, "\xE2\x80\xA6"); /* … */
}

/* Closing marks that stay with the sentence they follow. */
static int nk_is_closer(const nk_token *tk) {
  return tk->kind == NK_TOK_QUOTE_CLOSE || !strcmp(tk->form, ")") ||
         !strcmp(tk->form, "]");
}

static int nk_starts_lower(const nk_seg *s, const nk_token *tk) {
  return nk_is_lower(s->t->norm[tk->start]);
}

static void nk_add_sentence(nk_seg *s, size_t b, size_t e, size_t para) {
  if (e <= b)
    return;
  nk_segments *o = s->out;
  size_t idx = o->nsents;
  nk_sentence *st = NK_PUSH(o->sents, o->nsents, s->cap_sents);
  *st = (nk_sentence){b, e, para, 0, 0};
  for (size_t i = b; i < e; i++)
    o->toks[i].sentence = idx;
  o->toks[b].flags |= NK_TF_SENT_START;
}

/* Whether token i ends its sentence; *after is then one past the closing
 * marks that belong to it. */
static int nk_ends_sentence(const nk_seg *s, size_t i, size_t len,
                            size_t *after) {
  const nk_token *t = s->out->toks;
  const size_t n = s->out->ntoks;
  if (nk_is_end_punct(&t[i])) {
    size_t j = i + 1;
    while (j < n && !(s->info[j] & NK_TI_NEWLINE) && nk_is_end_punct(&t[j]))
      j++;
    while (j < n && !(s->info[j] & NK_TI_NEWLINE) && nk_is_closer(&t[j]))
      j++;
    /* "« Pourquoi ? » demande-t-il": a lower-case word goes on. */
    if (j < n && !(s->info[j] & NK_TI_NEWLINE) && nk_starts_lower(s, &t[j]) &&
        len < NK_SENTENCE_SOFT_MAX)
      return 0;
    *after = j;
    return 1;
  }
  if ((s->info[i] & NK_TI_MAY_END) && i + 1 < n &&
      !(s->info[i + 1] & NK_TI_NEWLINE) && (t[i + 1].flags & NK_TF_CAP)) {
    *after = i + 1;
    return 1;
  }
  return 0;
}

static void nk_split_sentences(nk_seg *s) {
  const size_t n = s->out->ntoks;
  size_t begin = 0, para = 0;
  for (size_t i = 0; i < n; i++) {
    if (s->info[i] & NK_TI_NEWLINE) {
      s->out->toks[i].flags |= NK_TF_PARA_START;
      if (i > 0) {
        nk_add_sentence(s, begin, i, para);
        para++;
        begin = i;
      }
    }
    size_t after;
    if (i - begin + 1 >= NK_SENTENCE_HARD_MAX) {
      nk_add_sentence(s, begin, i + 1, para);
      begin = i + 1;
    } else if (nk_ends_sentence(s, i, i - begin + 1, &after)) {
      nk_add_sentence(s, begin, after, para);
      begin = after;
      i = after - 1;
    }
  }
  nk_add_sentence(s, begin, n, para);
}

/* ------------------------------------------------ headlines, boilerplate */

static int nk_is_word(const nk_token *tk) {
  return tk->kind == NK_TOK_WORD || tk->kind == NK_TOK_NUMBER;
}

/* Tokens [b, e) with punctuation only. */
static int nk_only_punct(const nk_token *t, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (nk_is_word(&t[i]))
      return 0;
  return 1;
}

/* A line in capitals: every word without a lower-case letter, at least
 * one word of two capitals or more. */
static int nk_is_caps_line(const nk_seg *s, size_t b, size_t e) {
  const nk_token *t = s->out->toks;
  int caps = 0;
  for (size_t i = b; i < e; i++) {
    if (t[i].kind != NK_TOK_WORD)
      continue;
    for (size_t k = t[i].start; k < t[i].end; k++)
      if (nk_is_lower(s->t->norm[k]))
        return 0;
    caps |= (t[i].flags & NK_TF_ALLCAPS) != 0;
  }
  return caps;
}

/* A line without final punctuation, short or in capitals: a title or a
 * subheading. */
static int nk_is_headline(const nk_seg *s, size_t b, size_t e) {
  const nk_token *t = s->out->toks;
  size_t words = 0;
  for (size_t i = b; i < e; i++)
    words += nk_is_word(&t[i]);
  if (words == 0 ||
      (words >= NK_HEADLINE_MAX_WORDS && !nk_is_caps_line(s, b, e)))
    return 0;
  size_t last = e;
  while (last > b && nk_is_closer(&t[last - 1]))
    last--;
  if (last == b)
    return 0;
  const nk_token *lt = &t[last - 1];
  /* "... pour vol." ends with an abbreviation's period: prose. */
  if (nk_is_end_punct(lt) || (lt->flags & NK_TF_ABBREV))
    return 0;
  static const char *const cont[] = {":", ";", ","};
  for (size_t k = 0; k < sizeof cont / sizeof *cont; k++)
    if (!strcmp(lt->form, cont[k]))
      return 0; /* introduces what follows: prose */
  return 1;
}

/* Mostly English function words: an instruction or a foreign block. */
static int nk_is_english(const nk_seg *s, size_t b, size_t e) {
  const nk_token *t = s->out->toks;
  size_t words = 0, english = 0;
  for (size_t i = b; i < e; i++) {
    if (t[i].kind != NK_TOK_WORD)
      continue;
    words++;
    english += nk_lexicon_get(s->english, t[i].lower) != NULL;
  }
  return words >= NK_ENGLISH_MIN_WORDS &&
         (double)english >= NK_ENGLISH_SHARE * (double)words;
}

/* An all-caps line that sells something: "!" or a promotional word (value
 * "caps" in the boilerplate lexicon). */
static int nk_is_caps_promo(const nk_seg *s, size_t b, size_t e) {
  const nk_token *t = s->out->toks;
  size_t words = 0;
  int promo = 0;
  for (size_t i = b; i < e; i++) {
    if (t[i].kind == NK_TOK_WORD) {
      words++;
      const char *v = nk_lexicon_get(s->boiler, t[i].lower);
      promo |= v && !strcmp(v, "caps");
    } else if (!strcmp(t[i].form, "!")) {
      promo = 1;
    }
  }
  return words >= NK_CAPS_MIN_WORDS && promo && nk_is_caps_line(s, b, e);
}

/* Whether the tokens from b on, within their sentence (ending at
 * sent_end), start with a boilerplate prefix.  Entries valued "line" must
 * cover the whole paragraph (up to punctuation, para_end); "caps" entries
 * are words, not prefixes. */
static int nk_prefix_match(const nk_seg *s, size_t b, size_t sent_end,
                           size_t para_end) {
  const nk_token *t = s->out->toks;
  size_t maxw = nk_lexicon_max_words(s->boiler);
  if (!maxw)
    return 0;
  nk_buf key = {0};
  size_t words = 0;
  int found = 0;
  for (size_t i = b; i < sent_end && !found; i++) {
    if (i > b && (t[i].flags & NK_TF_SPACE_BEFORE)) {
      if (++words >= maxw)
        break;
      nk_buf_addc(&key, ' ');
    }
    nk_buf_adds(&key, t[i].lower);
    if (key.len > s->boiler_maxlen)
      break;
    const char *v = nk_lexicon_get(s->boiler, key.data);
    if (!v || !strcmp(v, "caps"))
      continue;
    found = strcmp(v, "line") != 0 || nk_only_punct(t, i + 1, para_end);
  }
  nk_buf_free(&key);
  return found;
}

/* Prefix match from the sentence's first token, or from its first word
 * after leading bullets and quotation marks. */
static int nk_is_boiler_start(const nk_seg *s, const nk_sentence *st,
                              size_t para_end) {
  size_t b = st->tok_begin, e = st->tok_end;
  if (nk_prefix_match(s, b, e, para_end))
    return 1;
  /* Bullets, dashes and quotation marks, not a parenthesis: "(Crédit
   * photo : X) Le texte..." is prose glued to a credit. */
  size_t w = b;
  while (w < e && !nk_is_word(&s->out->toks[w]) &&
         strcmp(s->out->toks[w].form, "(") != 0 &&
         strcmp(s->out->toks[w].form, "[") != 0)
    w++;
  return w > b && w < e && nk_prefix_match(s, w, e, para_end);
}

/* Marks the sentences [sb, se) of one paragraph. */
static void nk_mark_paragraph(nk_seg *s, size_t sb, size_t se) {
  nk_sentence *st = s->out->sents;
  size_t pb = st[sb].tok_begin, pe = st[se - 1].tok_end;
  int headline = nk_is_headline(s, pb, pe);
  int boiler = nk_is_english(s, pb, pe) || nk_is_caps_promo(s, pb, pe) ||
               nk_is_boiler_start(s, &st[sb], pe);
  for (size_t k = sb; k < se; k++) {
    st[k].headline = headline;
    st[k].boilerplate = boiler || (k > sb && nk_is_boiler_start(s, &st[k], pe));
  }
}

static void nk_mark_paragraphs(nk_seg *s) {
  const nk_segments *o = s->out;
  for (size_t sb = 0; sb < o->nsents;) {
    size_t se = sb + 1;
    while (se < o->nsents && o->sents[se].paragraph == o->sents[sb].paragraph)
      se++;
    nk_mark_paragraph(s, sb, se);
    sb = se;
  }
}

/* ------------------------------------------------------------- entry */

/* Without a language (unit tests), the elisions of the segmenter's own
 * contract and the commonest title abbreviations. */
static nk_lexicon *nk_builtin_lexicon(void) {
  static const char *const keys[] = {
      "l'",  "d'",     "j'",      "m'",      "n'",      "s'", "t'",   "c'",
      "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "m.", "mme.", "dr.",
  };
  nk_lexicon *lex = nk_lexicon_new();
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
    nk_lexicon_put(lex, keys[i], "");
  return lex;
}

static void nk_note_maxlen(const char *key, const char *value, void *ctx) {
  size_t *max = ctx, n = strlen(key);
  (void)value;
  if (n > *max)
    *max = n;
}

int nk_segment(const nk_text *t, const struct nk_lang *lang, nk_segments *out,
               nk_error *err) {
  (void)err; /* cutting text cannot fail; kept for the contract */
  *out = (nk_segments){0};
  nk_seg s = {0};
  s.t = t;
  s.out = out;
  if (lang) {
    s.abbrev = nk_lang_lex(lang, "abbreviations");
    s.elision = nk_lang_lex(lang, "elisions");
    s.boiler = nk_lang_lex(lang, "boilerplate");
    s.english = nk_lang_lex(lang, "english_stopwords");
  } else {
    s.builtin = nk_builtin_lexicon();
    s.abbrev = s.elision = s.builtin;
    s.boiler = s.english = nk_lang_lex(NULL, "");
  }
  nk_lexicon_foreach(s.boiler, nk_note_maxlen, &s.boiler_maxlen);
  /* French prose has about one token for five or six characters: start
   * there so that a large article does not double its arrays many times. */
  s.cap_toks = s.cap_info = t->norm_len / 6 + 16;
  out->toks = nk_xmalloc(s.cap_toks * sizeof *out->toks);
  s.info = nk_xmalloc(s.cap_info);
  nk_tokenize(&s);
  nk_split_sentences(&s);
  nk_mark_paragraphs(&s);
  free(s.info);
  nk_lexicon_free(s.builtin);
  return 0;
}

void nk_segments_free(nk_segments *s) {
  for (size_t i = 0; i < s->ntoks; i++) {
    free(s->toks[i].form);
    free(s->toks[i].lower);
  }
  free(s->toks);
  free(s->sents);
  *s = (nk_segments){0};
}
