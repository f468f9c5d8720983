/* nk_reader.h — articles from the command line's inputs: .txt files (one
 * article each, id = file name without extension), directories (their .txt,
 * .jsonl, .jsonl.gz and .jsonl.xz files, recursively, in byte-sorted path
 * order), JSON Lines files (one article a line: "id", "text", optional
 * "title", "date", "url", "source"), and "-" for standard input (JSON Lines
 * when its first non-blank byte is '{', otherwise one plain-text article
 * with id "stdin").
 *
 * A plain-text article may start with metadata: a line or prefix such as
 * " date 2023-07" (also "title: ...", "url: ...", "source: ..." lines); it is
 * parsed into nk_meta and its byte length reported in skip, so that offsets
 * still count from the start of the text as given. */
#ifndef NK_READER_H
#define NK_READER_H

#include "nk_doc.h"

typedef struct {
  nk_meta meta; /* id, title, date, url, publisher, origin */
  char *text;   /* article text as given (not yet validated), NUL-terminated */
  size_t len;   /* bytes in text */
  size_t skip;  /* leading bytes of text that are metadata, not prose */
} nk_raw_article;

void nk_raw_article_free(nk_raw_article *a);

typedef struct nk_reader nk_reader;

/* Expands the inputs (files, directories, "-") up front; fails on an input
 * that does not exist or cannot be read, naming it. */
nk_reader *nk_reader_new(const char *const *inputs, size_t ninputs,
                         nk_error *err);
void nk_reader_free(nk_reader *r);

/* Next article: returns 1 and fills *out, 0 at the end, -1 when one item
 * could not be read (err names the file and line; the caller may go on
 * calling to get the following articles). */
int nk_reader_next(nk_reader *r, nk_raw_article *out, nk_error *err);

#endif
