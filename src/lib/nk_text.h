/* nk_text.h — an article's text: the original UTF-8 as received, and the
 * normalized code points the later stages read, with a map back to the
 * original so that every fact's offsets point into the text as published.
 *
 * Normalization: NFC; typographic apostrophes (’ ‘ ʼ ′) become ';
 * non-breaking, thin and other spaces become U+0020; soft hyphens and
 * zero-width characters are dropped; control characters other than \n and
 * \t become spaces; \r\n and \r become \n.  Quotation marks (« » “ ” ")
 * are kept as they are: the segmenter needs to tell them apart. */
#ifndef NK_TEXT_H
#define NK_TEXT_H

#include "nk_util.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
  char *orig;        /* original text, valid UTF-8, NUL-terminated */
  size_t orig_bytes; /* bytes in orig */
  size_t orig_chars; /* code points in orig */
  size_t *orig_byte; /* byte offset of code point i; orig_chars + 1 entries */
  uint32_t *norm;    /* normalized code points */
  size_t norm_len;   /* entries in norm */
  size_t *norm_orig; /* original code point index of norm[i]; norm_len + 1
                        entries, the last one is orig_chars */
} nk_text;

/* Validates and normalizes len bytes of text.  The first skip bytes (metadata
 * lines such as " date 2023-07 ", already parsed by the reader) stay in
 * orig, so offsets count from the start of the input text, but are left out
 * of norm.  On invalid UTF-8 or an embedded NUL, fails with an error naming
 * the line and column. */
int nk_text_init(nk_text *t, const char *utf8, size_t len, size_t skip,
                 nk_error *err);
void nk_text_free(nk_text *t);

/* Original code point offset of normalized position i (0 <= i <= norm_len).
 * For an end position use nk_text_orig_end. */
size_t nk_text_orig_start(const nk_text *t, size_t norm_i);
/* Original code point offset just past normalized position i - 1, i.e. the
 * end of a span [.., i) expressed in original code points. */
size_t nk_text_orig_end(const nk_text *t, size_t norm_i);

/* Newly allocated UTF-8 copy of the original code points [start, end). */
char *nk_text_orig_slice(const nk_text *t, size_t start, size_t end);
/* Newly allocated UTF-8 copy of normalized code points [start, end). */
char *nk_text_norm_slice(const nk_text *t, size_t start, size_t end);

#endif
