/* nk_util.h — small helpers shared by every module: errors, growable
 * buffers and arrays, string duplication.  Nothing here knows about news. */
#ifndef NK_UTIL_H
#define NK_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* An error message filled by the function that failed, naming the file and
 * position when there is one.  Empty string when nothing failed. */
typedef struct {
  char msg[512]; /* human-readable, no trailing newline */
} nk_error;

void nk_error_set(nk_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void nk_error_clear(nk_error *err);

/* Allocation that aborts with a message on exhaustion: the pipeline has no
 * sensible way to go on without memory, and callers stay short. */
void *nk_xmalloc(size_t n);
void *nk_xcalloc(size_t count, size_t size);
void *nk_xrealloc(void *p, size_t n);
void *nk_xreallocarray(void *p, size_t count, size_t size);
char *nk_xstrdup(const char *s);
char *nk_xstrndup(const char *s, size_t n);
/* 1 when s ends with suffix. */
int nk_str_ends_with(const char *s, const char *suffix);

char *nk_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Growable byte string, always NUL-terminated once anything was added. */
typedef struct {
  char *data; /* owned bytes, NUL-terminated */
  size_t len; /* bytes used, without the NUL */
  size_t cap; /* bytes allocated */
} nk_buf;

void nk_buf_add(nk_buf *b, const char *s, size_t n);
void nk_buf_adds(nk_buf *b, const char *s);
void nk_buf_addc(nk_buf *b, char c);
void nk_buf_printf(nk_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void nk_buf_clear(nk_buf *b);  /* len = 0, keeps the memory */
char *nk_buf_steal(nk_buf *b); /* returns data, resets b */
void nk_buf_free(nk_buf *b);

/* Grows *arr (of elements of size elem) so that it holds at least need
 * elements; *cap is updated.  Doubling keeps appends amortized O(1). */
void nk_grow(void **arr, size_t *cap, size_t need, size_t elem);

#define NK_PUSH(arr, n, cap)                                                   \
  (nk_grow((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)), &(arr)[(n)++])

#endif
