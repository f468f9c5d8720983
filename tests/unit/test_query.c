/* test_query.c — SPARQL over graph files: result formats, ASK, N-Triples
 * and N-Quads input, and parse errors that name the file and line. */
#include <config.h>

#include "nk_query.h"
#include "nk_test.h"

#include <stdlib.h>
#include <unistd.h>

/* Leaks of the system libraries, not of this project (redland 1.0.17,
 * rasqal 0.9.33): a GRAPH pattern leaks 56 bytes per row, and SELECT
 * DISTINCT leaks its table of rows seen.  The suppression needs full
 * stacks (the system libraries have no frame pointers).  Used only when
 * built with sanitizers. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:rasqal_new_triples_match\n"       /* GRAPH patterns */
         "leak:rasqal_new_distinct_rowsource\n"; /* SELECT DISTINCT */
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) {
  return "print_suppressions=0";
}
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
  return "fast_unwind_on_malloc=0";
}

static char dir[] = "/tmp/nk_test_query_XXXXXX";

static char *write_file(const char *name, const char *text) {
  char *path = nk_xasprintf("%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (!f) {
    perror(path);
    exit(1);
  }
  fputs(text, f);
  fclose(f);
  return path;
}

/* Runs sparql on one graph file; returns the output (NULL on failure). */
static char *run(const char *path, const char *sparql, const char *format,
                 nk_error *err) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  const char *graphs[] = {path};
  int rc = nk_query_run(graphs, 1, sparql, format, NULL, out, err);
  fclose(out);
  if (rc != 0) {
    free(buf);
    return NULL;
  }
  return buf;
}

static const char *const TTL =
    "@prefix s: <http://schema.org/> .\n"
    "<http://ex.org/p/1> s:name \"Anaïs Durand\" ; s:age 41 .\n"
    "<http://ex.org/p/2> s:name \"Jean \\\"Jo\\\", dit\\tle sage\" .\n";

static const char *const NAMES =
    "SELECT ?p ?name ?age WHERE { ?p <http://schema.org/name> ?name "
    "OPTIONAL { ?p <http://schema.org/age> ?age } } ORDER BY ?name";

static void test_formats(const char *ttl) {
  nk_error err = {{0}};
  char *tsv = run(ttl, NAMES, "tsv", &err);
  CHECK_STR(tsv, "?p\t?name\t?age\n"
                 "<http://ex.org/p/1>\t\"Anaïs Durand\"\t"
                 "\"41\"^^<http://www.w3.org/2001/XMLSchema#integer>\n"
                 "<http://ex.org/p/2>\t\"Jean \\\"Jo\\\", dit\\tle sage\"\t\n");
  free(tsv);

  char *csv = run(ttl, NAMES, "csv", &err);
  CHECK_STR(csv, "p,name,age\r\n"
                 "http://ex.org/p/1,Anaïs Durand,41\r\n"
                 "http://ex.org/p/2,\"Jean \"\"Jo\"\", dit\tle sage\",\r\n");
  free(csv);

  char *json = run(ttl, NAMES, "json", &err);
  CHECK(json != NULL);
  if (json) {
    CHECK(strstr(json, "\"vars\": [ \"p\", \"name\", \"age\" ]") != NULL);
    CHECK(strstr(json, "\"value\": \"http://ex.org/p/2\"") != NULL);
  }
  free(json);

  char *table = run(ttl, NAMES, "table", &err);
  CHECK(table != NULL);
  if (table) {
    /* Columns as wide as their widest cell (in characters, not bytes);
     * the table shows a literal's words, control characters escaped. */
    CHECK(strstr(table, "| p                   | name                    "
                        "| age |\n") != NULL);
    CHECK(strstr(table, "| <http://ex.org/p/1> | Anaïs Durand            "
                        "| 41  |\n") != NULL);
    CHECK(strstr(table, "| <http://ex.org/p/2> | Jean \"Jo\", dit\\tle sage "
                        "|     |\n") != NULL);
  }
  free(table);

  /* No row: the header is still there. */
  char *none = run(ttl, "SELECT ?a ?b WHERE { ?a <http://schema.org/none> ?b }",
                   "tsv", &err);
  CHECK_STR(none, "?a\t?b\n");
  free(none);

  char *ask = run(ttl, "ASK { ?p <http://schema.org/age> 41 }", "tsv", &err);
  CHECK_STR(ask, "true\n");
  free(ask);
  ask = run(ttl, "ASK { ?p <http://schema.org/age> 42 }", "csv", &err);
  CHECK_STR(ask, "false\n");
  free(ask);

  char *count =
      run(ttl, "SELECT (COUNT(?p) AS ?n) WHERE { ?p ?q ?o }", "csv", &err);
  CHECK_STR(count, "n\r\n3\r\n");
  free(count);

  CHECK(run(ttl, NAMES, "yaml", &err) == NULL);
  CHECK(strstr(err.msg, "yaml") != NULL);
  nk_error_clear(&err);
  CHECK(run(ttl, "SELECT ?x WHERE { ?x ", "tsv", &err) == NULL);
  CHECK(err.msg[0] != 0);
}

static void test_nquads(void) {
  nk_error err = {{0}};
  /* No typed literal: raptor 2.0.15's N-Triples/N-Quads parser keeps a
   * reference to each datatype IRI, which the sanitizer reports. */
  char *nq =
      write_file("g.nq", "<http://ex.org/a> <http://ex.org/p> \"1\" "
                         "<http://ex.org/g1> .\n"
                         "<http://ex.org/b> <http://ex.org/p> \"2\" .\n");
  char *out =
      run(nq, "SELECT ?s ?g WHERE { GRAPH ?g { ?s <http://ex.org/p> ?o } }",
          "csv", &err);
  CHECK_STR(out, "s,g\r\nhttp://ex.org/a,http://ex.org/g1\r\n");
  free(out);
  out = run(nq, "SELECT ?s WHERE { ?s <http://ex.org/p> ?o } ORDER BY ?s",
            "csv", &err);
  CHECK_STR(out, "s\r\nhttp://ex.org/a\r\nhttp://ex.org/b\r\n");
  free(out);
  unlink(nq);
  free(nq);

  char *nt = write_file(
      "g.nt", "<http://ex.org/a> <http://ex.org/p> \"\\u00C9t\\u00E9\" .\n");
  out = run(nt, "SELECT ?o WHERE { ?s ?p ?o }", "tsv", &err);
  CHECK_STR(out, "?o\n\"Été\"\n");
  free(out);
  unlink(nt);
  free(nt);
}

/* A graph shaped like an export (docs/model.md), written by hand: the six
 * canonical queries give the columns the scorer reads, and the rows. */
static const char *const EXPORT =
    "@prefix nk: <https://w3id.org/newskg/ontology#> .\n"
    "@prefix schema: <http://schema.org/> .\n"
    "@prefix org: <http://www.w3.org/ns/org#> .\n"
    "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix d: <https://example.org/id/> .\n"
    "d:a a nk:Article ; schema:identifier \"art-1\" ;\n"
    "  schema:datePublished \"2024-02\"^^xsd:gYearMonth ;\n"
    "  nk:cites d:lemonde ; schema:publisher d:afp ;\n"
    "  schema:contributor d:reuters .\n"
    "d:reuters a nk:Organization ; schema:name \"Reuters\" .\n"
    "d:lemonde a nk:Organization ; schema:name \"Le Monde\" .\n"
    "d:afp a nk:Organization ; schema:name \"AFP\" .\n"
    "d:alice a nk:Person ; schema:name \"Alice Martin\" .\n"
    "d:bob a nk:Person ; schema:name \"Bob Durand\" .\n"
    "d:paris a nk:Place ; schema:name \"Paris\" .\n"
    "d:m1 a nk:Mention ; nk:refersTo d:alice ; nk:inArticle d:a .\n"
    "d:m2 a nk:Mention ; nk:refersTo d:alice ; nk:inArticle d:a .\n"
    "d:m3 a nk:Mention ; nk:refersTo d:lemonde ; nk:inArticle d:a .\n"
    "d:r1 a nk:RoleHolding ; nk:inArticle d:a ; org:member d:alice ;\n"
    "  nk:roleTitle \"maire\" ; nk:roleOf d:paris ; nk:roleStatus \"former\" "
    ".\n"
    "d:e1 a nk:Meeting ; nk:eventKind \"meeting\" ; nk:modality \"alleged\" ;\n"
    "  nk:inArticle d:a ; sem:hasActor d:alice, d:bob ; sem:hasPlace d:paris "
    ".\n"
    "d:s1 a nk:Statement ; nk:inArticle d:a ; schema:text \"Oui\" ;\n"
    "  nk:statementKind \"direct\" .\n";

static char *canonical(const char *graph, const char *name) {
  char *path = nk_xasprintf("%s/../queries/%s.rq", NK_SRCDATADIR, name);
  FILE *f = fopen(path, "r");
  nk_buf q = {0};
  char chunk[512];
  size_t n;
  while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    nk_buf_add(&q, chunk, n);
  if (f)
    fclose(f);
  CHECK(q.data != NULL);
  nk_error err = {{0}};
  char *out = q.data ? run(graph, q.data, "tsv", &err) : NULL;
  if (!out)
    fprintf(stderr, "%s: %s\n", path, err.msg);
  nk_buf_free(&q);
  free(path);
  return out;
}

#define ID "<https://example.org/id/"

/* The six canonical queries on the export above, and their whole answers. */
static void test_canonical(void) {
  static const struct {
    const char *name; /* queries/<name>.rq */
    const char *want; /* its TSV output */
  } cases[] = {
      {"persons", "?article\t?person\t?name\n"
                  "\"art-1\"\t" ID "alice>\t\"Alice Martin\"\n"},
      {"organizations", "?article\t?org\t?name\n"
                        "\"art-1\"\t" ID "lemonde>\t\"Le Monde\"\n"},
      {"roles", "?article\t?person\t?person_name\t?role\t?org_name\t?status\n"
                "\"art-1\"\t" ID "alice>\t\"Alice Martin\"\t\"maire\"\t"
                "\"Paris\"\t\"former\"\n"},
      {"meetings", "?article\t?meeting\t?participant_name\t?place\t?date\t"
                   "?kind\t?modality\n"
                   "\"art-1\"\t" ID "e1>\t\"Alice Martin\"\t\"Paris\"\t\t"
                   "\"meeting\"\t\"alleged\"\n"
                   "\"art-1\"\t" ID "e1>\t\"Bob Durand\"\t\"Paris\"\t\t"
                   "\"meeting\"\t\"alleged\"\n"},
      {"statements", "?article\t?statement\t?speaker_name\t?text\t?kind\n"
                     "\"art-1\"\t" ID "s1>\t\t\"Oui\"\t\"direct\"\n"},
      {"sources", "?article\t?relation\t?value\n"
                  "\"art-1\"\t\"cites\"\t\"Le Monde\"\n"
                  "\"art-1\"\t\"cites\"\t\"Reuters\"\n"
                  "\"art-1\"\t\"date\"\t\"2024-02\"\n"
                  "\"art-1\"\t\"publisher\"\t\"AFP\"\n"},
  };
  char *g = write_file("export.ttl", EXPORT);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *out = canonical(g, cases[i].name);
    CHECK_STR(out, cases[i].want);
    free(out);
  }
  unlink(g);
  free(g);
}

static void test_errors(void) {
  nk_error err = {{0}};
  char *bad = write_file("bad.ttl", "@prefix s: <http://schema.org/> .\n"
                                    "<http://ex.org/a> s:name \"x\" .\n"
                                    "<http://ex.org/b> s:name \"y ;\n");
  CHECK(run(bad, "ASK { ?s ?p ?o }", "tsv", &err) == NULL);
  CHECK(strstr(err.msg, "bad.ttl:3:") != NULL);
  unlink(bad);
  free(bad);

  nk_error_clear(&err);
  char *missing = nk_xasprintf("%s/missing.ttl", dir);
  CHECK(run(missing, "ASK { ?s ?p ?o }", "tsv", &err) == NULL);
  CHECK(strstr(err.msg, "missing.ttl") != NULL);
  free(missing);

  nk_error_clear(&err);
  CHECK(run("graph.docx", "ASK { ?s ?p ?o }", "tsv", &err) == NULL);
  CHECK(strstr(err.msg, "graph.docx") != NULL);
}

int main(void) {
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char *ttl = write_file("g.ttl", TTL);
  test_formats(ttl);
  test_nquads();
  test_canonical();
  test_errors();
  unlink(ttl);
  free(ttl);
  rmdir(dir);
  return TEST_DONE();
}
