/* nk_json.h — a small strict JSON reader for one object per line (JSON
 * Lines): the top-level members are kept (strings decoded to UTF-8,
 * numbers and literals as written), nested objects and arrays are checked
 * and skipped.  Errors name the byte column of the problem. */
#ifndef NK_JSON_H
#define NK_JSON_H

#include "nk_util.h"

#include <stddef.h>

typedef enum {
  NK_JSON_NULL,   /* null */
  NK_JSON_BOOL,   /* true or false */
  NK_JSON_NUMBER, /* a number, kept as written */
  NK_JSON_STRING, /* a string, decoded */
  NK_JSON_OBJECT, /* a nested object (skipped: value is NULL) */
  NK_JSON_ARRAY,  /* an array (skipped: value is NULL) */
} nk_json_type;

typedef struct {
  char *key;         /* member name, decoded UTF-8 */
  nk_json_type type; /* kind of the value */
  char *value;       /* string contents, number text, "true"/"false";
                        NULL for null, objects and arrays */
  size_t value_len;  /* bytes in value */
} nk_json_member;

typedef struct {
  nk_json_member *members; /* top-level members in input order */
  size_t nmembers;         /* entries used */
  size_t cap_members;      /* entries allocated */
} nk_json_object;

/* Parses len bytes holding exactly one JSON object (white space around it
 * allowed).  Strings must be valid UTF-8 without raw control characters
 * and without NUL (\u0000); escapes, surrogate pairs included, are decoded.
 * On failure out is left empty and err says "column N: what". */
int nk_json_parse_object(const char *s, size_t len, nk_json_object *out,
                         nk_error *err);
/* The first member named key, or NULL. */
const nk_json_member *nk_json_get(const nk_json_object *o, const char *key);
void nk_json_object_free(nk_json_object *o);

#endif
