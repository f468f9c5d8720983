/* test_graph.c — the graph builder: expected terms, re-parsing, identical
 * bytes across runs, hostile literals, refused articles, and naming triples
 * written once when streaming. */
#include <config.h>

#include "nk_graph.h"
#include "nk_test.h"
#include "nk_test_doc.h"

#include <librdf.h>

#define BASE "https://example.org/kg/"

/* Two sentences of my own; the second has a quote with its attribution. */
static const char *const TEXT =
    "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré "
    "Richard Haass à New York en avril 2023, selon NBC News.\n\n"
    "« Nous voulons discuter », a déclaré M. Lavrov.";

static size_t mention(nk_doc *d, nk_ent_type t, const char *first, size_t ntok,
                      const char *canonical, const char *key) {
  size_t tb = nk_test_tok(d, first, 0);
  size_t m = nk_doc_add_mention(d, t, tb, tb + ntok);
  d->mentions[m].canonical = canonical ? nk_xstrdup(canonical) : NULL;
  d->mentions[m].key = key ? nk_xstrdup(key) : NULL;
  return m;
}

/* Builds the test article; title may be NULL. */
static void make_doc(nk_doc *d, const char *id, const char *text,
                     const char *title) {
  nk_test_doc(d, NULL, text);
  d->meta.id = nk_xstrdup(id);
  d->meta.title = title ? nk_xstrdup(title) : NULL;
  d->meta.date = nk_xstrdup("2023-04-18");
  size_t lavrov = mention(d, NK_ENT_PERSON, "Sergueï", 2, "Sergueï Lavrov",
                          "person/serguei-lavrov");
  d->mentions[lavrov].wikidata = nk_xstrdup("Q295480");
  size_t haass = mention(d, NK_ENT_PERSON, "Richard", 2, NULL, NULL);
  size_t nbc = mention(d, NK_ENT_ORG, "NBC", 2, "NBC News", "org/nbc-news");
  size_t quote_open = nk_test_tok(d, "«", 0);
  size_t speaker =
      nk_test_add_mention(d, NK_ENT_PERSON, "Lavrov", "Lavrov", quote_open);
  d->mentions[speaker].canonical = nk_xstrdup("Sergueï Lavrov");
  d->mentions[speaker].key = nk_xstrdup("person/serguei-lavrov");

  nk_role *r = NK_PUSH(d->roles, d->nroles, d->cap_roles);
  *r = (nk_role){0};
  r->holder = lavrov;
  r->title = nk_xstrdup("ministre des Affaires étrangères");
  r->org_name = nk_xstrdup("Russie");
  r->org_type = NK_ENT_PLACE;
  r->org_key = nk_xstrdup("place/russie");
  r->status = NK_STATUS_CURRENT;
  r->evidence =
      nk_doc_tok_span(d, nk_test_tok(d, "ministre", 0), nk_test_tok(d, ",", 0));

  size_t end1 = nk_test_tok(d, ".", 0) + 1;
  nk_meeting *mt = NK_PUSH(d->meetings, d->nmeetings, d->cap_meetings);
  *mt = (nk_meeting){0};
  mt->kind = NK_EVENT_MEETING;
  mt->modality = NK_MOD_REPORTED;
  mt->participants = nk_xmalloc(2 * sizeof *mt->participants);
  mt->participants[0] = lavrov;
  mt->participants[1] = haass;
  mt->nparticipants = 2;
  mt->place = nk_xstrdup("New York");
  mt->place_key = nk_xstrdup("place/new-york");
  mt->date = nk_xstrdup("2023-04");
  mt->trigger = nk_xstrdup("rencontré");
  mt->source = nk_xstrdup("NBC News");
  mt->source_key = nk_xstrdup("org/nbc-news");
  mt->evidence = nk_doc_tok_span(d, 0, end1);

  nk_statement *st = NK_PUSH(d->statements, d->nstatements, d->cap_statements);
  *st = (nk_statement){0};
  st->kind = NK_STMT_DIRECT;
  st->speaker = (long)speaker;
  st->verb = nk_xstrdup("déclarer");
  st->modality = NK_MOD_ASSERTED;
  st->text = nk_doc_tok_span(d, quote_open + 1, nk_test_tok(d, "»", 0));
  st->evidence = nk_doc_tok_span(d, quote_open, d->seg.ntoks);

  nk_citation *c = NK_PUSH(d->citations, d->ncitations, d->cap_citations);
  *c = (nk_citation){0};
  c->rel = NK_SRC_CITES;
  c->outlet = nk_xstrdup("NBC News");
  c->mention = (long)nbc;
  c->evidence = nk_doc_tok_span(d, nk_test_tok(d, "selon", 0), end1 - 1);
  c->outlet_key = nk_xstrdup("org/nbc-news");
}

/* Exports the docs in fmt into a new string; *ntriples gets the count.
 * Returns NULL when an article or the export fails (message in err). */
static char *export(nk_doc *docs, size_t n, nk_format fmt, const char *base,
                    size_t *ntriples, nk_error *err) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  nk_graph *g = nk_graph_new(base, fmt, f, err);
  int rc = g ? 0 : -1;
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = nk_graph_add_doc(g, &docs[i], err);
  if (rc == 0)
    rc = nk_graph_finish(g, err);
  if (g && ntriples)
    *ntriples = nk_graph_triples(g);
  nk_graph_free(g);
  fclose(f);
  if (rc != 0) {
    free(buf);
    return NULL;
  }
  return buf;
}

static size_t count(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

/* Parses text with librdf (raptor) into a fresh hashes model. */
static librdf_model *parse(librdf_world *w, const char *syntax,
                           const char *text) {
  librdf_storage *st =
      librdf_new_storage(w, "hashes", "t", "hash-type='memory'");
  librdf_model *m = librdf_new_model(w, st, NULL);
  librdf_parser *p = librdf_new_parser(w, syntax, NULL, NULL);
  librdf_uri *base = librdf_new_uri(w, (const unsigned char *)BASE);
  int rc = librdf_parser_parse_string_into_model(p, (const unsigned char *)text,
                                                 base, m);
  librdf_free_uri(base);
  librdf_free_parser(p);
  librdf_free_storage(st); /* the model keeps its own reference */
  if (rc != 0) {
    librdf_free_model(m);
    return NULL;
  }
  return m;
}

static librdf_node *iri(librdf_world *w, const char *s) {
  return librdf_new_node_from_uri_string(w, (const unsigned char *)s);
}

/* Lexical value of (s p ?) in m, newly allocated, or NULL. */
static char *value(librdf_world *w, librdf_model *m, const char *s,
                   const char *p) {
  librdf_node *sn = iri(w, s), *pn = iri(w, p);
  librdf_node *o = librdf_model_get_target(m, sn, pn);
  char *v = NULL;
  if (o && librdf_node_is_literal(o))
    v = nk_xstrdup((const char *)librdf_node_get_literal_value(o));
  if (o)
    librdf_free_node(o);
  librdf_free_node(sn);
  librdf_free_node(pn);
  return v;
}

#define NK "https://w3id.org/newskg/ontology#"

/* Every evidence in m: the original slice [start, end) equals the text. */
static void check_offsets(librdf_world *w, librdf_model *m, const nk_doc *d,
                          size_t want) {
  librdf_node *pn = iri(w, NK "evidenceText");
  librdf_statement *pat = librdf_new_statement_from_nodes(w, NULL, pn, NULL);
  librdf_stream *s = librdf_model_find_statements(m, pat);
  size_t n = 0;
  for (; !librdf_stream_end(s); librdf_stream_next(s)) {
    librdf_statement *st = librdf_stream_get_object(s);
    const char *subj = (const char *)librdf_uri_as_string(
        librdf_node_get_uri(librdf_statement_get_subject(st)));
    const char *text = (const char *)librdf_node_get_literal_value(
        librdf_statement_get_object(st));
    char *start = value(w, m, subj, NK "start");
    char *end = value(w, m, subj, NK "end");
    CHECK(start && end);
    if (start && end) {
      char *slice = nk_text_orig_slice(&d->text, strtoul(start, NULL, 10),
                                       strtoul(end, NULL, 10));
      CHECK_STR(slice, text);
      free(slice);
    }
    free(start);
    free(end);
    n++;
  }
  CHECK_INT(n, want);
  librdf_free_stream(s);
  librdf_free_statement(pat);
}

static void test_turtle(librdf_world *w) {
  nk_doc d;
  nk_error err = {{0}};
  make_doc(&d, "Dépêche 1", TEXT, "Lavrov à New York");
  size_t n1 = 0, n2 = 0;
  char *ttl = export(&d, 1, NK_FMT_TURTLE, BASE, &n1, &err);
  char *again = export(&d, 1, NK_FMT_TURTLE, BASE, &n2, &err);
  CHECK(ttl != NULL);
  CHECK(again != NULL);
  if (!ttl || !again) {
    fprintf(stderr, "export failed: %s\n", err.msg);
    exit(1);
  }
  /* (c) identical bytes */
  CHECK_STR(again, ttl);
  CHECK_INT(n2, n1);
  /* (a) expected terms */
  CHECK(strstr(ttl, "@prefix nk: <" NK "> .") != NULL);
  CHECK(strstr(ttl, "<" BASE "article/depeche-1>") != NULL);
  CHECK(strstr(ttl, "<" BASE "person/serguei-lavrov>") != NULL);
  CHECK(strstr(ttl, "<" BASE "person/richard-haass>") != NULL);
  CHECK(strstr(ttl, "\"Sergueï Lavrov\"") != NULL);
  CHECK(strstr(ttl, "\"ministre des Affaires étrangères\"") != NULL);
  CHECK(strstr(ttl, "\"2023-04\"^^xsd:gYearMonth") != NULL);
  CHECK(strstr(ttl, "\"2023-04-18\"^^xsd:date") != NULL);
  CHECK(strstr(ttl, "<http://www.wikidata.org/entity/Q295480>") != NULL ||
        strstr(ttl, "wd:Q295480") != NULL);
  CHECK(strstr(ttl, "<" BASE "event/person-richard-haass-person-serguei-"
                    "lavrov-place-new-york-2023-04>") != NULL);
  CHECK(strstr(ttl, "\"Nous voulons discuter\"") != NULL);
  CHECK(strstr(ttl, "\"reported\"") != NULL);
  CHECK(count(ttl, "_:") == 0);

  /* (b) re-parses to the same number of triples, offsets round-trip */
  librdf_model *m = parse(w, "turtle", ttl);
  CHECK(m != NULL);
  if (m) {
    CHECK_INT(librdf_model_size(m), n1);
    char *name = value(w, m, BASE "place/russie", "http://schema.org/name");
    CHECK_STR(name, "Russie");
    free(name);
    char *text = value(w, m, BASE "article/depeche-1/statement/1",
                       "http://schema.org/text");
    CHECK_STR(text, "Nous voulons discuter");
    free(text);
    /* 4 mentions, 1 role, 1 meeting, 1 statement, 1 citation */
    check_offsets(w, m, &d, 8);
    librdf_free_model(m);
  }
  free(ttl);
  free(again);
  nk_doc_free(&d);
}

/* (d) quotes, >, backslash, newline, tab and control characters survive
 * Turtle and N-Triples. */
static void test_hostile(librdf_world *w) {
  static const char *const title =
      "Il a dit \"non\" > 3\\4\nligne 2\ttab \x01\x1f fin\"\"\"";
  static const char *const text =
      "Le ministre \\\"x\\\" > y\\, Sergueï Lavrov, a vu Richard Haass "
      "\"ici\"\x01, selon NBC News.\r\n« Nous \\ voulons \"vraiment\" "
      "discuter » a déclaré M. Lavrov.";
  nk_doc d;
  nk_error err = {{0}};
  make_doc(&d, "hostile", text, title);
  for (int k = 0; k < 2; k++) {
    nk_format fmt = k ? NK_FMT_NTRIPLES : NK_FMT_TURTLE;
    size_t n = 0;
    char *out = export(&d, 1, fmt, BASE, &n, &err);
    CHECK(out != NULL);
    if (!out)
      continue;
    /* Both read with the Turtle parser (N-Triples is a subset of Turtle):
     * raptor 2.0.15's N-Triples parser leaks a reference to the datatype
     * IRI of typed literals, which the sanitizer would report. */
    librdf_model *m = parse(w, "turtle", out);
    CHECK(m != NULL);
    if (m) {
      CHECK_INT(librdf_model_size(m), n);
      char *got =
          value(w, m, BASE "article/hostile", "http://schema.org/headline");
      CHECK_STR(got, title);
      free(got);
      check_offsets(w, m, &d, 8);
      librdf_free_model(m);
    }
    free(out);
  }
  nk_doc_free(&d);
}

/* (e) a bad base, a bad IRI, invalid UTF-8: refused, nothing written. */
static void test_refused(void) {
  nk_error err = {{0}};
  FILE *f = tmpfile();
  CHECK(nk_graph_new("not an iri/", NK_FMT_TURTLE, f, &err) == NULL);
  CHECK(strstr(err.msg, "base") != NULL);
  nk_error_clear(&err);
  CHECK(nk_graph_new("https://example.org/no-slash", NK_FMT_TURTLE, f, &err) ==
        NULL);
  CHECK(err.msg[0] != 0);
  fclose(f);

  for (int k = 0; k < 2; k++) {
    nk_format fmt = k ? NK_FMT_NTRIPLES : NK_FMT_TURTLE;
    nk_doc bad_utf8, bad_iri;
    make_doc(&bad_utf8, "a", TEXT, NULL);
    free(bad_utf8.roles[0].title);
    bad_utf8.roles[0].title = nk_xstrdup("ministre \xC3( faux");
    make_doc(&bad_iri, "b", TEXT, NULL);
    free(bad_iri.mentions[1].key);
    bad_iri.mentions[1].key = nk_xstrdup("person/richard haass>");

    char *buf = NULL;
    size_t len = 0;
    f = open_memstream(&buf, &len);
    nk_graph *g = nk_graph_new(BASE, fmt, f, &err);
    CHECK(g != NULL);
    nk_error_clear(&err);
    CHECK_INT(nk_graph_add_doc(g, &bad_utf8, &err), -1);
    CHECK(strstr(err.msg, "UTF-8") != NULL);
    nk_error_clear(&err);
    CHECK_INT(nk_graph_add_doc(g, &bad_iri, &err), -1);
    CHECK(strstr(err.msg, "IRI") != NULL);
    CHECK_INT(nk_graph_triples(g), 0);
    CHECK_INT(nk_graph_finish(g, &err), 0);
    nk_graph_free(g);
    fclose(f);
    /* Turtle writes its prefixes; no triple of either article. */
    CHECK(strstr(buf, "article/") == NULL);
    if (fmt == NK_FMT_NTRIPLES)
      CHECK_INT(len, 0);
    free(buf);
    nk_doc_free(&bad_utf8);
    nk_doc_free(&bad_iri);
  }
}

/* (f) N-Triples: naming triples once over two articles; N-Quads: facts in
 * the article's graph, naming triples in the default graph. */
static void test_stream(librdf_world *w) {
  nk_doc docs[2];
  nk_error err = {{0}};
  make_doc(&docs[0], "un", TEXT, "Premier");
  make_doc(&docs[1], "deux", TEXT, "Second");
  size_t n = 0;
  char *nt = export(docs, 2, NK_FMT_NTRIPLES, BASE, &n, &err);
  CHECK(nt != NULL);
  if (nt) {
    /* raptor's N-Triples writer escapes non-ASCII characters. */
    CHECK_INT(count(nt, "<" BASE "person/serguei-lavrov> "
                        "<http://schema.org/name> \"Sergue\\u00EF Lavrov\" ."),
              1);
    CHECK_INT(count(nt, "<" BASE "person/serguei-lavrov> "
                        "<http://www.w3.org/2000/01/rdf-schema#label> "
                        "\"Lavrov\" ."),
              1);
    CHECK_INT(count(nt, "<" BASE "org/nbc-news> "
                        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "),
              1);
    CHECK_INT(count(nt, "<" BASE "article/deux/role/1> <http://www.w3.org/ns/"
                        "org#member> <" BASE "person/serguei-lavrov> ."),
              1);
    CHECK_INT(count(nt, "\n"), n);
    librdf_model *m = parse(w, "turtle", nt); /* see test_hostile */
    CHECK(m && librdf_model_size(m) == (int)n);
    if (m)
      librdf_free_model(m);
  }
  char *nt2 = export(docs, 2, NK_FMT_NTRIPLES, BASE, NULL, &err);
  CHECK(nt && nt2 && strcmp(nt, nt2) == 0);
  char *nq = export(docs, 2, NK_FMT_NQUADS, BASE, NULL, &err);
  CHECK(nq != NULL);
  if (nq) {
    CHECK_INT(count(nq, "\n"), n);
    CHECK_INT(count(nq, "<" BASE "article/un/meeting/1> "
                        "<https://w3id.org/newskg/ontology#modality> "
                        "\"reported\" <" BASE "article/un> ."),
              1);
    CHECK_INT(count(nq,
                    "<" BASE "person/serguei-lavrov> "
                    "<http://schema.org/name> \"Sergue\\u00EF Lavrov\" .\n"),
              1);
  }
  free(nt);
  free(nt2);
  free(nq);
  nk_doc_free(&docs[0]);
  nk_doc_free(&docs[1]);
}

/* A write failure is an error, not a silent truncation. */
static void test_write_error(void) {
  FILE *f = fopen("/dev/full", "w");
  if (!f)
    return;
  for (int k = 0; k < 2; k++) {
    nk_doc d;
    nk_error err = {{0}};
    make_doc(&d, "plein", TEXT, NULL);
    nk_graph *g =
        nk_graph_new(BASE, k ? NK_FMT_NTRIPLES : NK_FMT_TURTLE, f, &err);
    /* Streamed output fails while the article is added, and that is fatal
     * (nothing later can be written); Turtle fails when it is written. */
    int rc = nk_graph_add_doc(g, &d, &err);
    int at_add = rc != 0;
    if (rc == 0)
      rc = nk_graph_finish(g, &err);
    CHECK_INT(rc, at_add ? NK_GRAPH_FATAL : -1);
    CHECK(strstr(err.msg, "write") != NULL);
    nk_graph_free(g);
    nk_doc_free(&d);
    clearerr(f);
  }
  fclose(f);
}

static void test_iri_ok(void) {
  CHECK(nk_iri_ok("https://example.org/a-b_c~d?e=f#g"));
  CHECK(nk_iri_ok("urn:x:é"));
  CHECK(!nk_iri_ok("example.org/a"));
  CHECK(!nk_iri_ok("http://a b"));
  CHECK(!nk_iri_ok("http://a>b"));
  CHECK(!nk_iri_ok("http://a\\b"));
  CHECK(!nk_iri_ok("http://a\x01"));
  CHECK(!nk_iri_ok("http://a\xC3("));
  CHECK(!nk_iri_ok(":x"));
  CHECK(!nk_iri_ok(NULL));
}

int main(void) {
  librdf_world *w = librdf_new_world();
  librdf_world_open(w);
  test_iri_ok();
  test_turtle(w);
  test_hostile(w);
  test_refused();
  test_stream(w);
  test_write_error();
  librdf_free_world(w);
  return TEST_DONE();
}
