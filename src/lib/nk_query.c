/* nk_query.c — runs a SPARQL query over exported graph files.
 *
 * The files are parsed into one "hashes" store held in memory (librdf's
 * "memory" store is quadratic); with contexts on when any file is N-Quads,
 * so that named graphs survive.  A private world's logger turns parse errors
 * into an nk_error naming the file and line, and silences rasqal's warnings
 * ("Variable x was bound but is unused"), which are not errors. */
#include <config.h>

#include "nk_query.h"

#include <errno.h>
#include <librdf.h>
#include <stdlib.h>
#include <string.h>
#include <uniwidth.h>

/* What the logger needs to report an error. */
typedef struct {
  nk_error *err;    /* where the first error goes */
  const char *file; /* file being parsed, or NULL while querying */
  int failed;       /* an error was reported */
} nk_query_log;

static int nk_query_logger(void *user_data, librdf_log_message *m) {
  nk_query_log *log = user_data;
  if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR)
    return 1;
  if (!log->failed) {
    raptor_locator *loc = librdf_log_message_locator(m);
    int line = loc ? raptor_locator_line(loc) : -1;
    const char *msg = librdf_log_message_message(m);
    if (log->file && line > 0)
      nk_error_set(log->err, "%s:%d: %s", log->file, line, msg);
    else if (log->file)
      nk_error_set(log->err, "%s: %s", log->file, msg);
    else
      nk_error_set(log->err, "query: %s", msg);
  }
  log->failed = 1;
  return 1;
}

/* librdf parser name for a graph file, from its extension. */
static const char *nk_parser_for(const char *path) {
  if (strcmp(path, "-") == 0 || nk_str_ends_with(path, ".ttl") ||
      nk_str_ends_with(path, ".turtle"))
    return "turtle";
  if (nk_str_ends_with(path, ".nt"))
    return "ntriples";
  if (nk_str_ends_with(path, ".nq"))
    return "nquads";
  if (nk_str_ends_with(path, ".rdf") || nk_str_ends_with(path, ".xml") ||
      nk_str_ends_with(path, ".owl"))
    return "rdfxml";
  return NULL;
}

/* Where raptor's N-Quads statements go. */
typedef struct {
  librdf_model *model; /* the store */
  int failed;          /* a statement could not be added */
} nk_quad_sink;

static void nk_quad(void *user_data, raptor_statement *st) {
  nk_quad_sink *sink = user_data;
  /* librdf statements and nodes are raptor's, from the same raptor world. */
  int rc = st->graph
               ? librdf_model_context_add_statement(sink->model, st->graph, st)
               : librdf_model_add_statement(sink->model, st);
  sink->failed |= rc != 0;
}

/* N-Quads: librdf's parser drops graph names (measured with redland
 * 1.0.17), so raptor's parser is used directly and each statement is added
 * in its context. */
static int nk_load_quads(librdf_world *w, librdf_model *model, FILE *fh,
                         const char *name, librdf_uri *base_uri) {
  raptor_parser *p = raptor_new_parser(librdf_world_get_raptor(w), "nquads");
  if (!p)
    return -1;
  nk_quad_sink sink = {model, 0};
  raptor_parser_set_statement_handler(p, &sink, nk_quad);
  int rc = raptor_parser_parse_file_stream(p, fh, name, base_uri);
  raptor_free_parser(p);
  return rc != 0 || sink.failed ? -1 : 0;
}

/* Parses one file into model.  Base of relative IRIs: base, else the
 * file's own file: IRI. */
static int nk_load(librdf_world *w, librdf_model *model, const char *path,
                   const char *base, nk_query_log *log) {
  const char *syntax = nk_parser_for(path);
  if (!syntax) {
    nk_error_set(log->err,
                 "%s: unknown graph syntax (use .ttl, .nt, .nq, .rdf or .owl)",
                 path);
    return -1;
  }
  int is_stdin = strcmp(path, "-") == 0;
  FILE *fh = is_stdin ? stdin : fopen(path, "rb");
  if (!fh) {
    nk_error_set(log->err, "%s: cannot open: %s", path, strerror(errno));
    return -1;
  }
  librdf_parser *parser = librdf_new_parser(w, syntax, NULL, NULL);
  librdf_uri *base_uri = NULL;
  if (base) {
    base_uri = librdf_new_uri(w, (const unsigned char *)base);
  } else if (is_stdin) {
    base_uri = librdf_new_uri(w, (const unsigned char *)"file:///dev/stdin");
  } else {
    base_uri = librdf_new_uri_from_filename(w, path);
  }
  log->file = is_stdin ? "<stdin>" : path;
  log->failed = 0;
  int rc = -1;
  if (parser && base_uri && strcmp(syntax, "nquads") == 0)
    rc = nk_load_quads(w, model, fh, log->file, base_uri);
  else if (parser && base_uri)
    rc = librdf_parser_parse_file_handle_into_model(parser, fh, 0, base_uri,
                                                    model);
  if (rc != 0 && !log->failed)
    nk_error_set(log->err, "%s: cannot parse as %s", log->file, syntax);
  rc = rc != 0 || log->failed ? -1 : 0;
  log->file = NULL;
  if (base_uri)
    librdf_free_uri(base_uri);
  if (parser)
    librdf_free_parser(parser);
  if (!is_stdin)
    fclose(fh);
  return rc;
}

static int nk_known_format(const char *format) {
  static const char *const names[] = {"table", "csv", "tsv", "json", "xml"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strcmp(format, names[i]) == 0)
      return 1;
  return 0;
}

/* Appends s with the escapes of a Turtle string (SPARQL TSV terms): only
 * what must be escaped, so that UTF-8 stays readable and tools that do not
 * decode \uXXXX still see the right characters. */
static void nk_add_escaped(nk_buf *b, const char *s, int quotes) {
  for (; *s; s++) {
    if (!quotes && (*s == '"' || *s == '\\')) {
      nk_buf_addc(b, *s);
      continue;
    }
    switch (*s) {
    case '\t':
      nk_buf_adds(b, "\\t");
      break;
    case '\n':
      nk_buf_adds(b, "\\n");
      break;
    case '\r':
      nk_buf_adds(b, "\\r");
      break;
    case '"':
      nk_buf_adds(b, "\\\"");
      break;
    case '\\':
      nk_buf_adds(b, "\\\\");
      break;
    default:
      if ((unsigned char)*s < 0x20 || *s == 0x7F)
        nk_buf_printf(b, "\\u%04X", (unsigned)*s);
      else
        nk_buf_addc(b, *s);
    }
  }
}

/* Text of a term: for TSV (full: SPARQL 1.1 TSV term syntax) or for the
 * table (a literal's lexical form only, control characters escaped). */
static void nk_add_term(nk_buf *b, librdf_node *n, int full) {
  if (!n)
    return;
  if (librdf_node_is_resource(n)) {
    nk_buf_printf(b, "<%s>",
                  (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
  } else if (librdf_node_is_blank(n)) {
    nk_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
  } else {
    const char *v = (const char *)librdf_node_get_literal_value(n);
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    if (!full) {
      nk_add_escaped(b, v ? v : "", 0);
      return;
    }
    nk_buf_addc(b, '"');
    nk_add_escaped(b, v ? v : "", 1);
    nk_buf_addc(b, '"');
    if (lang && *lang)
      nk_buf_printf(b, "@%s", lang);
    else if (dt)
      nk_buf_printf(b, "^^<%s>", (const char *)librdf_uri_as_string(dt));
  }
}

/* One row of cells: the current result's bindings. */
static char **nk_row(librdf_query_results *res, int ncols, int full) {
  char **row = nk_xcalloc((size_t)ncols, sizeof *row);
  for (int i = 0; i < ncols; i++) {
    nk_buf cell = {0};
    librdf_node *n = librdf_query_results_get_binding_value(res, i);
    nk_add_term(&cell, n, full);
    if (n)
      librdf_free_node(n);
    row[i] = cell.data ? nk_buf_steal(&cell) : nk_xstrdup("");
  }
  return row;
}

/* Names of the result columns.  librdf knows them only once a row exists
 * (with no row it reports none), so they are then read from the query as
 * rasqal parses it.  Returns the count; *names is newly allocated. */
static int nk_columns(librdf_world *w, librdf_query_results *res,
                      const char *sparql, char ***names) {
  int n = librdf_query_results_get_bindings_count(res);
  *names = NULL;
  if (n > 0) {
    *names = nk_xcalloc((size_t)n, sizeof **names);
    for (int i = 0; i < n; i++)
      (*names)[i] = nk_xstrdup(librdf_query_results_get_binding_name(res, i));
    return n;
  }
  rasqal_query *q =
      rasqal_new_query(librdf_world_get_rasqal(w), "sparql", NULL);
  raptor_uri *base = raptor_new_uri(librdf_world_get_raptor(w),
                                    (const unsigned char *)"file:///query");
  raptor_sequence *vars = NULL;
  if (q && base &&
      rasqal_query_prepare(q, (const unsigned char *)sparql, base) == 0)
    vars = rasqal_query_get_bound_variable_sequence(q);
  n = vars ? raptor_sequence_size(vars) : 0;
  if (n > 0)
    *names = nk_xcalloc((size_t)n, sizeof **names);
  for (int i = 0; i < n; i++) {
    const rasqal_variable *v = raptor_sequence_get_at(vars, i);
    (*names)[i] = nk_xstrdup(v && v->name ? (const char *)v->name : "");
  }
  if (base)
    raptor_free_uri(base);
  if (q)
    rasqal_free_query(q);
  return n;
}

static void nk_free_names(char **names, int n) {
  for (int i = 0; i < n; i++)
    free(names[i]);
  free(names);
}

/* SPARQL 1.1 TSV: "?var" header, one term per cell. */
static void nk_write_tsv(librdf_world *w, librdf_query_results *res,
                         const char *sparql, FILE *out) {
  char **names;
  int ncols = nk_columns(w, res, sparql, &names);
  for (int i = 0; i < ncols; i++)
    fprintf(out, "%s?%s", i ? "\t" : "", names[i]);
  fputc('\n', out);
  nk_free_names(names, ncols);
  for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
    char **row = nk_row(res, ncols, 1);
    for (int i = 0; i < ncols; i++) {
      fprintf(out, "%s%s", i ? "\t" : "", row[i]);
      free(row[i]);
    }
    fputc('\n', out);
    free(row);
  }
}

/* SPARQL 1.1 CSV: plain values, quoted when they hold , " CR or LF.
 * Written here, like TSV, so that the header is there even with no row. */
static void nk_write_csv(librdf_world *w, librdf_query_results *res,
                         const char *sparql, FILE *out) {
  char **names;
  int ncols = nk_columns(w, res, sparql, &names);
  for (int i = 0; i < ncols; i++)
    fprintf(out, "%s%s", i ? "," : "", names[i]);
  fputs("\r\n", out);
  nk_free_names(names, ncols);
  for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
    for (int i = 0; i < ncols; i++) {
      librdf_node *n = librdf_query_results_get_binding_value(res, i);
      const char *v = "";
      if (n && librdf_node_is_resource(n))
        v = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
      else if (n && librdf_node_is_literal(n))
        v = (const char *)librdf_node_get_literal_value(n);
      if (i)
        fputc(',', out);
      if (n && librdf_node_is_blank(n)) {
        fprintf(out, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
      } else if (v[strcspn(v, ",\"\r\n")]) {
        fputc('"', out);
        for (const char *c = v; *c; c++) {
          if (*c == '"')
            fputc('"', out);
          fputc(*c, out);
        }
        fputc('"', out);
      } else {
        fputs(v, out);
      }
      if (n)
        librdf_free_node(n);
    }
    fputs("\r\n", out);
  }
}

static size_t nk_width(const char *s) {
  int w = u8_strwidth((const uint8_t *)s, "UTF-8");
  return w > 0 ? (size_t)w : 0;
}

static void nk_table_rule(FILE *out, const size_t *width, int ncols) {
  for (int i = 0; i < ncols; i++) {
    fputc('+', out);
    for (size_t k = 0; k < width[i] + 2; k++)
      fputc('-', out);
  }
  fputs("+\n", out);
}

static void nk_table_row(FILE *out, char *const *cells, const size_t *width,
                         int ncols) {
  for (int i = 0; i < ncols; i++) {
    fprintf(out, "| %s", cells[i]);
    for (size_t k = nk_width(cells[i]); k < width[i] + 1; k++)
      fputc(' ', out);
  }
  fputs("|\n", out);
}

/* An aligned table for people.  librdf's own "table" writer leaves the
 * header empty and shows terms as uri<...> and string("..."), so this one
 * is written here: all rows are held to measure the columns. */
static void nk_write_table(librdf_world *w, librdf_query_results *res,
                           const char *sparql, FILE *out) {
  char **head;
  int ncols = nk_columns(w, res, sparql, &head);
  size_t *width = nk_xcalloc((size_t)ncols + 1, sizeof *width);
  for (int i = 0; i < ncols; i++)
    width[i] = nk_width(head[i]);
  char ***rows = NULL;
  size_t nrows = 0, cap = 0;
  for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
    char **row = nk_row(res, ncols, 0);
    for (int i = 0; i < ncols; i++)
      if (nk_width(row[i]) > width[i])
        width[i] = nk_width(row[i]);
    *NK_PUSH(rows, nrows, cap) = row;
  }
  nk_table_rule(out, width, ncols);
  nk_table_row(out, head, width, ncols);
  nk_table_rule(out, width, ncols);
  for (size_t r = 0; r < nrows; r++) {
    nk_table_row(out, rows[r], width, ncols);
    for (int i = 0; i < ncols; i++)
      free(rows[r][i]);
    free(rows[r]);
  }
  if (nrows)
    nk_table_rule(out, width, ncols);
  nk_free_names(head, ncols);
  free(rows);
  free(width);
}

/* Writes the results: TSV, CSV and the table here (see above), ASK answers
 * in CSV and TSV as "true" or "false" (librdf refuses them), JSON and XML by
 * librdf. */
static int nk_write_results(librdf_world *w, librdf_query_results *res,
                            const char *sparql, const char *format, FILE *out) {
  int plain = strcmp(format, "tsv") == 0 || strcmp(format, "csv") == 0 ||
              strcmp(format, "table") == 0;
  if (librdf_query_results_is_boolean(res) && plain) {
    fprintf(out, "%s\n",
            librdf_query_results_get_boolean(res) > 0 ? "true" : "false");
    return 0;
  }
  if (librdf_query_results_is_graph(res)) {
    /* CONSTRUCT and DESCRIBE give triples: written as N-Triples whatever
     * the result format. */
    librdf_serializer *ser = librdf_new_serializer(w, "ntriples", NULL, NULL);
    librdf_stream *st = librdf_query_results_as_stream(res);
    int rc = ser && st ? librdf_serializer_serialize_stream_to_file_handle(
                             ser, out, NULL, st)
                       : -1;
    if (st)
      librdf_free_stream(st);
    if (ser)
      librdf_free_serializer(ser);
    return rc;
  }
  if (strcmp(format, "tsv") == 0 && librdf_query_results_is_bindings(res)) {
    nk_write_tsv(w, res, sparql, out);
    return 0;
  }
  if (strcmp(format, "csv") == 0 && librdf_query_results_is_bindings(res)) {
    nk_write_csv(w, res, sparql, out);
    return 0;
  }
  if (strcmp(format, "table") == 0 && librdf_query_results_is_bindings(res)) {
    nk_write_table(w, res, sparql, out);
    return 0;
  }
  return librdf_query_results_to_file_handle2(res, out, format, NULL, NULL,
                                              NULL);
}

/* Runs sparql on model and writes the results. */
static int nk_run(librdf_world *w, librdf_model *model, const char *sparql,
                  const char *format, const char *base, FILE *out,
                  nk_query_log *log) {
  librdf_uri *base_uri =
      base ? librdf_new_uri(w, (const unsigned char *)base) : NULL;
  librdf_query *q = librdf_new_query(w, "sparql", NULL,
                                     (const unsigned char *)sparql, base_uri);
  librdf_query_results *res = q ? librdf_model_query_execute(model, q) : NULL;
  int rc = -1;
  if (res) {
    rc = nk_write_results(w, res, sparql, format, out);
    if (rc != 0 && !log->failed)
      nk_error_set(log->err, "cannot write the results as %s", format);
  } else if (!log->failed) {
    nk_error_set(log->err, "query: cannot %s the SPARQL query",
                 q ? "execute" : "parse");
  }
  if (fflush(out) != 0 || ferror(out)) {
    if (rc == 0)
      nk_error_set(log->err, "cannot write the results: output error");
    rc = -1;
  }
  if (res)
    librdf_free_query_results(res);
  if (q)
    librdf_free_query(q);
  if (base_uri)
    librdf_free_uri(base_uri);
  return rc != 0 || log->failed ? -1 : 0;
}

int nk_query_run(const char *const *graphs, size_t ngraphs, const char *sparql,
                 const char *format, const char *base, FILE *out,
                 nk_error *err) {
  format = format ? format : "table";
  if (!nk_known_format(format)) {
    nk_error_set(err,
                 "unknown result format \"%s\" (table, csv, tsv, json, xml)",
                 format);
    return -1;
  }
  int contexts = 0; /* named graphs must be kept: some file is N-Quads */
  for (size_t i = 0; i < ngraphs; i++)
    contexts |= nk_str_ends_with(graphs[i], ".nq");
  nk_query_log log = {err, NULL, 0};
  librdf_world *w = librdf_new_world();
  if (!w) {
    nk_error_set(err, "cannot create the RDF library's world");
    return -1;
  }
  librdf_world_set_logger(w, &log, nk_query_logger);
  librdf_world_open(w);
  librdf_storage *st = librdf_new_storage(
      w, "hashes", "query",
      contexts ? "hash-type='memory',index-predicates='yes',contexts='yes'"
               : "hash-type='memory',index-predicates='yes'");
  librdf_model *model = st ? librdf_new_model(w, st, NULL) : NULL;
  int rc = model ? 0 : -1;
  if (!model && !log.failed)
    nk_error_set(err, "cannot create the RDF store");
  for (size_t i = 0; i < ngraphs && rc == 0; i++)
    rc = nk_load(w, model, graphs[i], base, &log);
  if (rc == 0)
    rc = nk_run(w, model, sparql, format, base, out, &log);
  if (model)
    librdf_free_model(model);
  if (st)
    librdf_free_storage(st);
  librdf_free_world(w);
  return rc;
}
