/* test_json.c — the strict JSON object reader used for JSON Lines. */
#include <config.h>

#include "nk_json.h"
#include "nk_test.h"

#include <stdlib.h>
#include <string.h>

static int parse(const char *s, nk_json_object *o, nk_error *err) {
  return nk_json_parse_object(s, strlen(s), o, err);
}

static void test_members(void) {
  nk_json_object o;
  nk_error err = {{0}};
  const char *line =
      " {\"id\": 42, \"text\": \"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\uD83D\\uDE00\","
      " \"neg\": -1.5e+3, \"ok\": true, \"no\": false, \"nil\": null,"
      " \"obj\": {\"x\": [1, {\"y\": []}, \"z\"]}, \"arr\": [], "
      "\"empty\": \"\", \"utf\": \"caf\xC3\xA9\"} ";
  CHECK_INT(parse(line, &o, &err), 0);
  CHECK_INT(o.nmembers, 10);
  const nk_json_member *m = nk_json_get(&o, "id");
  CHECK(m && m->type == NK_JSON_NUMBER);
  CHECK_STR(m ? m->value : NULL, "42");
  m = nk_json_get(&o, "text");
  CHECK(m && m->type == NK_JSON_STRING);
  CHECK_STR(m ? m->value : NULL, "a\"b\\c/d\n\t\xC3\xA9\xF0\x9F\x98\x80");
  CHECK_INT(m ? m->value_len : 0, 15);
  m = nk_json_get(&o, "neg");
  CHECK_STR(m ? m->value : NULL, "-1.5e+3");
  m = nk_json_get(&o, "ok");
  CHECK(m && m->type == NK_JSON_BOOL);
  CHECK_STR(m ? m->value : NULL, "true");
  m = nk_json_get(&o, "nil");
  CHECK(m && m->type == NK_JSON_NULL && m->value == NULL);
  m = nk_json_get(&o, "obj");
  CHECK(m && m->type == NK_JSON_OBJECT && m->value == NULL);
  m = nk_json_get(&o, "arr");
  CHECK(m && m->type == NK_JSON_ARRAY);
  m = nk_json_get(&o, "empty");
  CHECK_STR(m ? m->value : NULL, "");
  m = nk_json_get(&o, "utf");
  CHECK_STR(m ? m->value : NULL, "caf\xC3\xA9");
  CHECK(nk_json_get(&o, "missing") == NULL);
  nk_json_object_free(&o);

  CHECK_INT(parse("{}", &o, &err), 0);
  CHECK_INT(o.nmembers, 0);
  nk_json_object_free(&o);
}

/* Each bad input fails, and the message names the right column. */
static void check_bad(const char *s, const char *col) {
  nk_json_object o;
  nk_error err = {{0}};
  CHECK_INT(parse(s, &o, &err), -1);
  CHECK_INT(o.nmembers, 0);
  if (!strstr(err.msg, col))
    fprintf(stderr, "input %s: message \"%s\" lacks \"%s\"\n", s, err.msg, col);
  CHECK(strstr(err.msg, col) != NULL);
}

static void test_errors(void) {
  check_bad("", "column 1");
  check_bad("[1]", "column 1");
  check_bad("{\"a\": 1", "column 8");
  check_bad("{\"a\": 1,}", "column 9");
  check_bad("{\"a\" 1}", "column 6");
  check_bad("{\"a\": 01}", "column 8");
  check_bad("{\"a\": 1.}", "column 9");
  check_bad("{\"a\": tru}", "column 7");
  check_bad("{\"a\": \"x}", "column 7");
  check_bad("{\"a\": \"\\x\"}", "column 9");
  check_bad("{\"a\": \"\\u12\"}", "column 10");
  check_bad("{\"a\": \"\\uD83D\"}", "column 14");
  check_bad("{\"a\": \"\\uDE00\"}", "column 14");
  check_bad("{\"a\": \"\\u0000\"}", "column 14");
  check_bad("{\"a\": \"tab\there\"}", "column 11");
  check_bad("{\"a\": \"\xFF\"}", "column 8");
  check_bad("{\"a\": 1} x", "column 10");
  check_bad("{\"a\": [1, 2}", "column 12");
  check_bad("{a: 1}", "column 2");
  /* Deep nesting is refused, not a stack overflow. */
  nk_buf deep = {0};
  nk_buf_adds(&deep, "{\"a\": ");
  for (int i = 0; i < 100000; i++)
    nk_buf_addc(&deep, '[');
  check_bad(deep.data, "nesting too deep");
  nk_buf_free(&deep);
}

int main(void) {
  test_members();
  test_errors();
  return TEST_DONE();
}
