/* nk_test.h — the few assertion macros the unit tests use.  A failed check
 * prints file, line and the expression, and the test exits 1 at the end. */
#ifndef NK_TEST_H
#define NK_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int nk_test_failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      nk_test_failures++;                                                      \
    }                                                                          \
  } while (0)

#define CHECK_STR(got, want)                                                   \
  do {                                                                         \
    const char *g_ = (got), *w_ = (want);                                      \
    if (!g_ || !w_ || strcmp(g_, w_) != 0) {                                   \
      fprintf(stderr, "%s:%d: %s is \"%s\", want \"%s\"\n", __FILE__,          \
              __LINE__, #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");         \
      nk_test_failures++;                                                      \
    }                                                                          \
  } while (0)

#define CHECK_INT(got, want)                                                   \
  do {                                                                         \
    long long g_ = (long long)(got), w_ = (long long)(want);                   \
    if (g_ != w_) {                                                            \
      fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__,    \
              #got, g_, w_);                                                   \
      nk_test_failures++;                                                      \
    }                                                                          \
  } while (0)

#define TEST_DONE() (nk_test_failures ? 1 : 0)

#endif
