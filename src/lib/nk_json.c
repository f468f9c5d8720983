/* nk_json.c — strict JSON for JSON Lines input: one object, its top-level
 * members decoded, anything nested validated and skipped.  A hand-written
 * recursive-descent parser (depth-limited) is enough: articles are flat
 * objects, and strict checking catches a truncated or corrupted line. */
#include <config.h>

#include "nk_json.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

/* Nesting deeper than this is refused rather than risking the stack. */
#define NK_JSON_MAX_DEPTH 128

typedef struct {
  const char *s; /* input */
  size_t len;    /* bytes in input */
  size_t pos;    /* next byte to read */
  nk_error *err; /* where failures are reported */
} nk_json_parser;

static int nk_json_fail(nk_json_parser *p, const char *what) {
  nk_error_set(p->err, "column %zu: %s", p->pos + 1, what);
  return -1;
}

static void nk_json_ws(nk_json_parser *p) {
  while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
                             p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
    p->pos++;
}

static int nk_json_peek(const nk_json_parser *p) {
  return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static int nk_hex4(const char *s, unsigned *out) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char c = s[i];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v |= (unsigned)(c - 'A' + 10);
    else
      return -1;
  }
  *out = v;
  return 0;
}

/* Reads the code point of a \u escape at p->pos (just after "\u"),
 * joining a surrogate pair. */
static int nk_json_unicode(nk_json_parser *p, ucs4_t *cp) {
  unsigned hi, lo;
  if (p->pos + 4 > p->len || nk_hex4(p->s + p->pos, &hi) < 0)
    return nk_json_fail(p, "bad \\u escape");
  p->pos += 4;
  if (hi >= 0xDC00 && hi <= 0xDFFF)
    return nk_json_fail(p, "lone low surrogate in \\u escape");
  if (hi >= 0xD800 && hi <= 0xDBFF) {
    if (p->pos + 6 > p->len || p->s[p->pos] != '\\' ||
        p->s[p->pos + 1] != 'u' || nk_hex4(p->s + p->pos + 2, &lo) < 0 ||
        lo < 0xDC00 || lo > 0xDFFF)
      return nk_json_fail(p, "high surrogate without its low surrogate");
    p->pos += 6;
    *cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    return 0;
  }
  if (hi == 0)
    return nk_json_fail(p, "NUL character (\\u0000) in string");
  *cp = hi;
  return 0;
}

/* Parses a string at p->pos (on the opening quote); appends its decoded
 * bytes to out when out is not NULL. */
static int nk_json_string(nk_json_parser *p, nk_buf *out) {
  p->pos++; /* opening quote */
  size_t start = p->pos;
  for (;;) {
    /* Copy plain runs in one go: text fields can be megabytes long. */
    size_t run = p->pos;
    while (run < p->len && p->s[run] != '"' && p->s[run] != '\\' &&
           (unsigned char)p->s[run] >= 0x20)
      run++;
    if (run > p->pos) {
      const uint8_t *bad =
          u8_check((const uint8_t *)p->s + p->pos, run - p->pos);
      if (bad) {
        p->pos = (size_t)((const char *)bad - p->s);
        return nk_json_fail(p, "invalid UTF-8 in string");
      }
      if (out)
        nk_buf_add(out, p->s + p->pos, run - p->pos);
      p->pos = run;
    }
    if (p->pos >= p->len) {
      p->pos = start - 1;
      return nk_json_fail(p, "unterminated string");
    }
    char c = p->s[p->pos];
    if (c == '"') {
      p->pos++;
      if (out && !out->data)
        nk_buf_add(out, "", 0);
      return 0;
    }
    if (c != '\\')
      return nk_json_fail(p, "control character in string");
    if (++p->pos >= p->len)
      return nk_json_fail(p, "unterminated escape");
    char e = p->s[p->pos++];
    const char *simple = NULL;
    switch (e) {
    case '"':
      simple = "\"";
      break;
    case '\\':
      simple = "\\";
      break;
    case '/':
      simple = "/";
      break;
    case 'b':
      simple = "\b";
      break;
    case 'f':
      simple = "\f";
      break;
    case 'n':
      simple = "\n";
      break;
    case 'r':
      simple = "\r";
      break;
    case 't':
      simple = "\t";
      break;
    case 'u': {
      ucs4_t cp;
      if (nk_json_unicode(p, &cp) < 0)
        return -1;
      uint8_t tmp[6];
      int n = u8_uctomb(tmp, cp, sizeof tmp);
      if (out && n > 0)
        nk_buf_add(out, (const char *)tmp, (size_t)n);
      continue;
    }
    default:
      p->pos--;
      return nk_json_fail(p, "unknown escape");
    }
    if (out)
      nk_buf_add(out, simple, 1);
  }
}

static int nk_is_digit_ch(int c) {
  return c >= '0' && c <= '9';
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int nk_json_number(nk_json_parser *p) {
  if (nk_json_peek(p) == '-')
    p->pos++;
  if (nk_json_peek(p) == '0') {
    p->pos++;
  } else if (nk_is_digit_ch(nk_json_peek(p))) {
    while (nk_is_digit_ch(nk_json_peek(p)))
      p->pos++;
  } else {
    return nk_json_fail(p, "bad number");
  }
  if (nk_json_peek(p) == '.') {
    p->pos++;
    if (!nk_is_digit_ch(nk_json_peek(p)))
      return nk_json_fail(p, "bad number: digit expected after '.'");
    while (nk_is_digit_ch(nk_json_peek(p)))
      p->pos++;
  }
  if (nk_json_peek(p) == 'e' || nk_json_peek(p) == 'E') {
    p->pos++;
    if (nk_json_peek(p) == '+' || nk_json_peek(p) == '-')
      p->pos++;
    if (!nk_is_digit_ch(nk_json_peek(p)))
      return nk_json_fail(p, "bad number: digit expected in exponent");
    while (nk_is_digit_ch(nk_json_peek(p)))
      p->pos++;
  }
  return 0;
}

static int nk_json_literal(nk_json_parser *p, const char *word) {
  size_t n = strlen(word);
  if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0)
    return nk_json_fail(p, "unexpected character");
  p->pos += n;
  return 0;
}

static int nk_json_value(nk_json_parser *p, int depth, nk_json_type *type,
                         nk_buf *str);

/* Object or array at p->pos, checked and thrown away. */
static int nk_json_container(nk_json_parser *p, int depth) {
  if (depth > NK_JSON_MAX_DEPTH)
    return nk_json_fail(p, "nesting too deep");
  char close = p->s[p->pos] == '{' ? '}' : ']';
  int object = close == '}';
  p->pos++;
  nk_json_ws(p);
  if (nk_json_peek(p) == close) {
    p->pos++;
    return 0;
  }
  for (;;) {
    nk_json_type t;
    if (object) {
      nk_json_ws(p);
      if (nk_json_peek(p) != '"')
        return nk_json_fail(p, "member name expected");
      if (nk_json_string(p, NULL) < 0)
        return -1;
      nk_json_ws(p);
      if (nk_json_peek(p) != ':')
        return nk_json_fail(p, "':' expected");
      p->pos++;
    }
    if (nk_json_value(p, depth + 1, &t, NULL) < 0)
      return -1;
    nk_json_ws(p);
    int c = nk_json_peek(p);
    p->pos++;
    if (c == close)
      return 0;
    if (c != ',') {
      p->pos--;
      return nk_json_fail(p, object ? "',' or '}' expected"
                                    : "',' or ']' expected");
    }
  }
}

/* Any value; a string's decoded bytes go to str when not NULL, a number's
 * or literal's text too. */
static int nk_json_value(nk_json_parser *p, int depth, nk_json_type *type,
                         nk_buf *str) {
  nk_json_ws(p);
  size_t start = p->pos;
  int c = nk_json_peek(p);
  int rc;
  switch (c) {
  case '"':
    *type = NK_JSON_STRING;
    return nk_json_string(p, str);
  case '{':
  case '[':
    *type = c == '{' ? NK_JSON_OBJECT : NK_JSON_ARRAY;
    return nk_json_container(p, depth);
  case 't':
  case 'f':
    *type = NK_JSON_BOOL;
    rc = nk_json_literal(p, c == 't' ? "true" : "false");
    break;
  case 'n':
    *type = NK_JSON_NULL;
    return nk_json_literal(p, "null");
  case -1:
    return nk_json_fail(p, "value expected, end of line found");
  default:
    if (c != '-' && !nk_is_digit_ch(c))
      return nk_json_fail(p, "unexpected character");
    *type = NK_JSON_NUMBER;
    rc = nk_json_number(p);
    break;
  }
  if (rc == 0 && str)
    nk_buf_add(str, p->s + start, p->pos - start);
  return rc;
}

static int nk_json_member_parse(nk_json_parser *p, nk_json_object *out) {
  nk_json_ws(p);
  if (nk_json_peek(p) != '"')
    return nk_json_fail(p, "member name expected");
  nk_buf key = {0}, val = {0};
  if (nk_json_string(p, &key) < 0) {
    nk_buf_free(&key);
    return -1;
  }
  nk_json_ws(p);
  nk_json_type type;
  int rc;
  if (nk_json_peek(p) != ':') {
    rc = nk_json_fail(p, "':' expected");
  } else {
    p->pos++;
    rc = nk_json_value(p, 1, &type, &val);
  }
  if (rc < 0) {
    nk_buf_free(&key);
    nk_buf_free(&val);
    return -1;
  }
  nk_json_member *m = NK_PUSH(out->members, out->nmembers, out->cap_members);
  m->key = nk_buf_steal(&key);
  m->type = type;
  m->value_len = val.len;
  m->value =
      (type == NK_JSON_NULL || type == NK_JSON_OBJECT || type == NK_JSON_ARRAY)
          ? NULL
          : nk_buf_steal(&val);
  nk_buf_free(&val);
  return 0;
}

int nk_json_parse_object(const char *s, size_t len, nk_json_object *out,
                         nk_error *err) {
  nk_json_parser p = {s, len, 0, err};
  *out = (nk_json_object){0};
  nk_json_ws(&p);
  int rc = 0;
  if (nk_json_peek(&p) != '{') {
    rc = nk_json_fail(&p, "object expected");
  } else {
    p.pos++;
    nk_json_ws(&p);
    if (nk_json_peek(&p) == '}') {
      p.pos++;
    } else {
      for (;;) {
        if ((rc = nk_json_member_parse(&p, out)) < 0)
          break;
        nk_json_ws(&p);
        int c = nk_json_peek(&p);
        if (c == '}') {
          p.pos++;
          break;
        }
        if (c != ',') {
          rc = nk_json_fail(&p, "',' or '}' expected");
          break;
        }
        p.pos++;
      }
    }
  }
  if (rc == 0) {
    nk_json_ws(&p);
    if (p.pos < len)
      rc = nk_json_fail(&p, "trailing characters after the object");
  }
  if (rc < 0)
    nk_json_object_free(out);
  return rc;
}

const nk_json_member *nk_json_get(const nk_json_object *o, const char *key) {
  for (size_t i = 0; i < o->nmembers; i++)
    if (!strcmp(o->members[i].key, key))
      return &o->members[i];
  return NULL;
}

void nk_json_object_free(nk_json_object *o) {
  for (size_t i = 0; i < o->nmembers; i++) {
    free(o->members[i].key);
    free(o->members[i].value);
  }
  free(o->members);
  *o = (nk_json_object){0};
}
