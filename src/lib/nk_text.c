/* nk_text.c — validating an article's UTF-8, normalizing it for the later
 * stages, and mapping normalized positions back to the original text.
 *
 * Normalization runs in two steps over the code points after the metadata
 * prefix: a per-character map (spaces, apostrophes, controls, dropped
 * characters, line ends) that keeps the original index of each kept
 * character, then NFC over runs [starter][non-starters]*, each run
 * normalized on its own so that the produced code points can be traced
 * back to the run's original characters. */
#include <config.h>

#include "nk_text.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

/* What the per-character map does with one code point. */
enum { NK_KEEP, NK_DROP };

/* Characters the later stages should not see at all: they carry no text
 * (soft hyphen, zero-width characters, byte order mark, bidi controls). */
static int nk_is_dropped(ucs4_t c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 ||
         c == 0xFEFF || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/* The code point c becomes, or NK_DROP in *action. */
static ucs4_t nk_map_char(ucs4_t c, int *action) {
  *action = NK_KEEP;
  if (c < 0x80) {
    if (c == '\n' || c == '\t' || c >= 0x20) {
      return c == 0x7F ? ' ' : c;
    }
    return ' '; /* other C0 controls; \r is handled by the caller */
  }
  if (nk_is_dropped(c)) {
    *action = NK_DROP;
    return c;
  }
  switch (c) {
  case 0x2019: /* ’ */
  case 0x2018: /* ‘ */
  case 0x02BC: /* ʼ */
  case 0x2032: /* ′ */
    return '\'';
  case 0x0085: /* next line */
  case 0x2028: /* line separator */
  case 0x2029: /* paragraph separator */
    return '\n';
  default:
    break;
  }
  if (c < 0xA0)
    return ' '; /* C1 controls */
  if (uc_is_general_category(c, UC_SPACE_SEPARATOR))
    return ' ';
  return c;
}

/* Starters that can still compose with the character before them (Hangul
 * vowel and trailing jamo, a few Indic and Brahmic vowel signs): an NFC run
 * must not end before them. */
static int nk_composes_backward(ucs4_t c) {
  if (c < 0x0B3E)
    return 0;
  return (c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2) ||
         c == 0x0B3E || c == 0x0B56 || c == 0x0B57 || c == 0x0BBE ||
         c == 0x0BD7 || c == 0x0C56 || c == 0x0CC2 || c == 0x0CD5 ||
         c == 0x0CD6 || c == 0x0D3E || c == 0x0D57 || c == 0x0DCF ||
         c == 0x0DDF || c == 0x102E || c == 0x1B35 || c == 0x11127 ||
         c == 0x1133E || c == 0x11357 || c == 0x114B0 || c == 0x114BA ||
         c == 0x114BD || c == 0x115AF || c == 0x11930;
}

static int nk_starts_run(ucs4_t c) {
  if (c < 0x300)
    return 1; /* Latin-1 and Latin Extended: starters that never combine */
  return uc_combining_class(c) == 0 && !nk_composes_backward(c);
}

/* Reports the 1-based line and column (in characters) of byte bad. */
static void nk_bad_position(const char *s, size_t bad, size_t *line,
                            size_t *col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < bad; i++) {
    unsigned char b = (unsigned char)s[i];
    if (b == '\n') {
      (*line)++;
      *col = 1;
    } else if ((b & 0xC0) != 0x80) {
      (*col)++; /* count lead bytes only: one per character */
    }
  }
}

static int nk_validate(const char *utf8, size_t len, nk_error *err) {
  const char *nul = memchr(utf8, '\0', len);
  const uint8_t *bad =
      u8_check((const uint8_t *)utf8, nul ? (size_t)(nul - utf8) : len);
  size_t line, col;
  if (bad) {
    nk_bad_position(utf8, (size_t)((const char *)bad - utf8), &line, &col);
    nk_error_set(err, "line %zu, column %zu: invalid UTF-8 (byte 0x%02X)", line,
                 col, *bad);
    return -1;
  }
  if (nul) {
    nk_bad_position(utf8, (size_t)(nul - utf8), &line, &col);
    nk_error_set(err, "line %zu, column %zu: NUL byte in text", line, col);
    return -1;
  }
  return 0;
}

/* Fills orig, orig_bytes, orig_chars and orig_byte. */
static void nk_decode_orig(nk_text *t, const char *utf8, size_t len) {
  t->orig = nk_xstrndup(utf8, len);
  t->orig_bytes = len;
  t->orig_byte = nk_xmalloc((len + 1) * sizeof *t->orig_byte);
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)utf8[i] & 0xC0) != 0x80)
      t->orig_byte[n++] = i;
  t->orig_byte[n] = len;
  t->orig_chars = n;
  t->orig_byte = nk_xreallocarray(t->orig_byte, n + 1, sizeof *t->orig_byte);
}

static ucs4_t nk_orig_char(const nk_text *t, size_t i) {
  ucs4_t c = 0;
  u8_mbtouc_unsafe(&c, (const uint8_t *)t->orig + t->orig_byte[i],
                   t->orig_byte[i + 1] - t->orig_byte[i]);
  return c;
}

/* Appends one normalized code point and its original index. */
static void nk_push_norm(nk_text *t, ucs4_t c, size_t orig, size_t *cap_norm,
                         size_t *cap_orig) {
  nk_grow((void **)&t->norm, cap_norm, t->norm_len + 1, sizeof *t->norm);
  nk_grow((void **)&t->norm_orig, cap_orig, t->norm_len + 2,
          sizeof *t->norm_orig);
  t->norm[t->norm_len] = c;
  t->norm_orig[t->norm_len++] = orig;
}

/* Appends the NFC form of run[0..n) (original indexes at idx) to t. */
static void nk_emit_run(nk_text *t, const ucs4_t *run, const size_t *idx,
                        size_t n, size_t *cap_norm, size_t *cap_orig) {
  if (n == 1 && run[0] < 0x300) { /* NFC-stable alone: the common case */
    nk_push_norm(t, run[0], idx[0], cap_norm, cap_orig);
    return;
  }
  size_t outlen = 0;
  uint32_t *out = u32_normalize(UNINORM_NFC, run, n, NULL, &outlen);
  if (!out) { /* cannot happen on valid input; keep the text as it is */
    for (size_t k = 0; k < n; k++)
      nk_push_norm(t, run[k], idx[k], cap_norm, cap_orig);
    return;
  }
  for (size_t k = 0; k < outlen; k++)
    /* Same length: keep one original per output character (the run was
     * already NFC, or only reordered).  Otherwise every output character
     * stands for the whole run and points to its start. */
    nk_push_norm(t, out[k], outlen == n ? idx[k] : idx[0], cap_norm, cap_orig);
  free(out);
}

/* Normalizes the original code points from first_char on. */
static void nk_normalize(nk_text *t, size_t first_char) {
  /* Normalization rarely makes text longer: size the arrays for the
   * characters there are, so that a large article is not copied while its
   * arrays double. */
  size_t cap_norm = t->orig_chars - first_char + 1, cap_orig = cap_norm + 1;
  t->norm = nk_xmalloc(cap_norm * sizeof *t->norm);
  t->norm_orig = nk_xmalloc(cap_orig * sizeof *t->norm_orig);
  ucs4_t *run = NULL; /* current NFC run, mapped code points */
  size_t *idx = NULL; /* their original indexes */
  size_t nrun = 0, cap_run = 0, cap_idx = 0;
  for (size_t i = first_char; i < t->orig_chars; i++) {
    ucs4_t c = nk_orig_char(t, i);
    int action;
    size_t at = i;
    if (c == '\r') {
      c = '\n';
      if (i + 1 < t->orig_chars && t->orig[t->orig_byte[i + 1]] == '\n')
        i++; /* \r\n is one line end, placed at the \r */
    } else {
      c = nk_map_char(c, &action);
      if (action == NK_DROP)
        continue;
    }
    if (nrun && nk_starts_run(c)) {
      nk_emit_run(t, run, idx, nrun, &cap_norm, &cap_orig);
      nrun = 0;
    }
    nk_grow((void **)&run, &cap_run, nrun + 1, sizeof *run);
    nk_grow((void **)&idx, &cap_idx, nrun + 1, sizeof *idx);
    run[nrun] = c;
    idx[nrun++] = at;
  }
  if (nrun)
    nk_emit_run(t, run, idx, nrun, &cap_norm, &cap_orig);
  free(run);
  free(idx);
  /* norm_orig gets its final entry (orig_chars); norm may be empty. */
  nk_grow((void **)&t->norm_orig, &cap_orig, t->norm_len + 1,
          sizeof *t->norm_orig);
  t->norm_orig[t->norm_len] = t->orig_chars;
}

int nk_text_init(nk_text *t, const char *utf8, size_t len, size_t skip,
                 nk_error *err) {
  *t = (nk_text){0};
  if (nk_validate(utf8, len, err) < 0)
    return -1;
  nk_decode_orig(t, utf8, len);
  if (skip > len)
    skip = len;
  /* The first character at or after byte skip (skip may fall inside a
   * character only if the caller miscounted; round up then). */
  size_t first = 0;
  while (first < t->orig_chars && t->orig_byte[first] < skip)
    first++;
  nk_normalize(t, first);
  return 0;
}

void nk_text_free(nk_text *t) {
  free(t->orig);
  free(t->orig_byte);
  free(t->norm);
  free(t->norm_orig);
  *t = (nk_text){0};
}

size_t nk_text_orig_start(const nk_text *t, size_t norm_i) {
  if (norm_i > t->norm_len)
    norm_i = t->norm_len;
  return t->norm_orig[norm_i];
}

size_t nk_text_orig_end(const nk_text *t, size_t norm_i) {
  if (norm_i > t->norm_len)
    norm_i = t->norm_len;
  if (norm_i == 0)
    return t->norm_orig[0];
  size_t last = t->norm_orig[norm_i - 1];
  /* The original characters of norm[i-1] reach up to the next character
   * that produced other normalized output (past any output sharing its
   * origin, when NFC turned one run into several code points) ... */
  size_t j = norm_i;
  while (j < t->norm_len && t->norm_orig[j] == last)
    j++;
  size_t end = t->norm_orig[j];
  /* ... minus the dropped characters before it, which belong to no span. */
  while (end > last + 1 && nk_is_dropped(nk_orig_char(t, end - 1)))
    end--;
  return end;
}

char *nk_text_orig_slice(const nk_text *t, size_t start, size_t end) {
  if (end > t->orig_chars)
    end = t->orig_chars;
  if (start > end)
    start = end;
  size_t b = t->orig_byte[start];
  return nk_xstrndup(t->orig + b, t->orig_byte[end] - b);
}

char *nk_text_norm_slice(const nk_text *t, size_t start, size_t end) {
  if (end > t->norm_len)
    end = t->norm_len;
  if (start > end)
    start = end;
  /* Sized exactly first: the segmenter calls this for every token. */
  size_t bytes = 0;
  for (size_t i = start; i < end; i++) {
    ucs4_t c = t->norm[i];
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  char *out = nk_xmalloc(bytes + 1);
  size_t at = 0;
  for (size_t i = start; i < end; i++) {
    int n = u8_uctomb((uint8_t *)out + at, t->norm[i], (ptrdiff_t)(bytes - at));
    if (n > 0)
      at += (size_t)n;
  }
  out[at] = '\0';
  return out;
}
