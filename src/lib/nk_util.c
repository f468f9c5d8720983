/* nk_util.c — errors, checked allocation, growable buffers. */
#include <config.h>

#include "nk_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nk_error_set(nk_error *err, const char *fmt, ...) {
  if (!err)
    return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
}

void nk_error_clear(nk_error *err) {
  if (err)
    err->msg[0] = '\0';
}

static void *nk_oom(size_t n) {
  fprintf(stderr, "newskg: out of memory (%zu bytes)\n", n);
  abort();
}

void *nk_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  return p ? p : nk_oom(n);
}

void *nk_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  return p ? p : nk_oom(count * size);
}

void *nk_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  return q ? q : nk_oom(n);
}

void *nk_xreallocarray(void *p, size_t count, size_t size) {
  if (size && count > (size_t)-1 / size)
    nk_oom((size_t)-1);
  return nk_xrealloc(p, count * size);
}

char *nk_xstrdup(const char *s) {
  return nk_xstrndup(s, strlen(s));
}

char *nk_xstrndup(const char *s, size_t n) {
  char *p = nk_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

int nk_str_ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

char *nk_xasprintf(const char *fmt, ...) {
  nk_buf b = {0};
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    return nk_xstrdup("");
  nk_grow((void **)&b.data, &b.cap, (size_t)n + 1, 1);
  va_start(ap, fmt);
  vsnprintf(b.data, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return b.data;
}

void nk_grow(void **arr, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap)
    return;
  size_t c = *cap ? *cap : 8;
  while (c < need)
    c *= 2;
  *arr = nk_xreallocarray(*arr, c, elem);
  *cap = c;
}

void nk_buf_add(nk_buf *b, const char *s, size_t n) {
  nk_grow((void **)&b->data, &b->cap, b->len + n + 1, 1);
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void nk_buf_adds(nk_buf *b, const char *s) {
  nk_buf_add(b, s, strlen(s));
}

void nk_buf_addc(nk_buf *b, char c) {
  nk_buf_add(b, &c, 1);
}

void nk_buf_printf(nk_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  nk_grow((void **)&b->data, &b->cap, b->len + (size_t)n + 1, 1);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void nk_buf_clear(nk_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

char *nk_buf_steal(nk_buf *b) {
  char *d = b->data ? b->data : nk_xstrdup("");
  b->data = NULL;
  b->len = b->cap = 0;
  return d;
}

void nk_buf_free(nk_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
