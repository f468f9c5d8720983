/* newskg.h — public API of libnewskg: French news articles in, an RDF
 * knowledge graph out.
 *
 *   newskg_options opt;
 *   newskg_options_init(&opt);
 *   opt.format = NEWSKG_FORMAT_TURTLE;
 *   newskg_exporter *x = newskg_exporter_new(&opt, stdout, err, sizeof err);
 *   newskg_exporter_add_inputs(x, paths, npaths);   // files, dirs, "-"
 *   newskg_exporter_finish(x);
 *   newskg_exporter_free(x);
 *
 * Functions that can fail return 0 on success and a negative value on
 * failure, with a message in the caller's buffer. */
#ifndef NEWSKG_H
#define NEWSKG_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the library, "MAJOR.MINOR.PATCH". */
const char *newskg_version(void);

typedef enum {
  NEWSKG_FORMAT_TURTLE,   /* grouped by subject, with prefixes */
  NEWSKG_FORMAT_NTRIPLES, /* streamed article by article */
  NEWSKG_FORMAT_NQUADS,   /* streamed; each article's facts in its own graph */
  NEWSKG_FORMAT_RDFXML,   /* RDF/XML */
} newskg_format;

/* Parses "turtle", "ntriples", "nquads", "rdfxml" (and "ttl", "nt", "nq",
 * "xml"); returns -1 when unknown. */
int newskg_format_parse(const char *name, newskg_format *out);

typedef enum {
  NEWSKG_LOG_QUIET,   /* errors only */
  NEWSKG_LOG_NORMAL,  /* errors and warnings, progress on a terminal */
  NEWSKG_LOG_VERBOSE, /* also one line per article */
} newskg_log_level;

typedef struct {
  newskg_format format;     /* output syntax */
  const char *base_iri;     /* data IRIs start with it; NULL: default
                               "https://w3id.org/newskg/id/" */
  const char *data_dir;     /* lexicon directory (holding fr/); NULL: the
                               NEWSKG_DATA_DIR environment variable, then the
                               installed data, then the source tree's */
  const char *lang;         /* language code of the lexicons; NULL: "fr" */
  newskg_log_level log;     /* how much to say on the log stream */
  FILE *log_stream;         /* where messages go; NULL: stderr */
  int progress;             /* 1: progress line on log_stream */
  size_t max_article_bytes; /* larger articles fail with an error instead of
                               taking memory in proportion (about 40 bytes a
                               character); 0: no limit; default
                               NEWSKG_DEFAULT_MAX_ARTICLE */
} newskg_options;

/* Default article size limit: 4 MiB, a hundred times a long article. */
#define NEWSKG_DEFAULT_MAX_ARTICLE ((size_t)4 << 20)

void newskg_options_init(newskg_options *opt);

/* Counters of a run. */
typedef struct {
  size_t articles;   /* articles exported */
  size_t failed;     /* articles that could not be read or processed */
  size_t words;      /* word tokens processed */
  size_t persons;    /* person mentions */
  size_t orgs;       /* organization mentions */
  size_t roles;      /* roles */
  size_t meetings;   /* meetings, calls and visits */
  size_t statements; /* statements */
  size_t sources;    /* source citations */
  size_t triples;    /* triples written */
} newskg_stats;

typedef struct newskg_exporter newskg_exporter;

/* Loads the lexicons and prepares to write to out (not closed). */
newskg_exporter *newskg_exporter_new(const newskg_options *opt, FILE *out,
                                     char *err, size_t errlen);

/* Reads and exports every article of the inputs (files, directories,
 * JSON Lines, "-").  An article that fails is reported on the log stream and
 * counted in stats.failed; the others go on.  Returns -1 only on a fatal
 * error (an input that does not exist, output failure). */
int newskg_exporter_add_inputs(newskg_exporter *x, const char *const *inputs,
                               size_t ninputs, char *err, size_t errlen);

/* Exports one article given in memory.  Returns -1 when it fails (invalid
 * UTF-8...), with the reason in err; the export stays usable. */
int newskg_exporter_add_text(newskg_exporter *x, const char *id,
                             const char *text, size_t len, const char *title,
                             const char *date, char *err, size_t errlen);

/* Writes what remains (all of it for RDF/XML; the meetings linked across
 * articles for every syntax) and flushes. */
int newskg_exporter_finish(newskg_exporter *x, char *err, size_t errlen);

const newskg_stats *newskg_exporter_stats(const newskg_exporter *x);
void newskg_exporter_free(newskg_exporter *x);

/* Result formats of newskg_query: "table", "csv", "tsv", "json", "xml". */
typedef struct {
  const char *const *graphs; /* graph files to load (syntax from the name:
                                .ttl, .nt, .nq, .rdf/.xml; "-": Turtle on
                                standard input) */
  size_t ngraphs;            /* entries in graphs */
  const char *result_format; /* NULL: "table" */
  const char *base_iri;      /* base for relative IRIs; NULL: file IRI */
} newskg_query_options;

/* Loads the graphs into an in-memory store and runs a SPARQL query on it,
 * writing the results to out.  Returns 0, or -1 with a message naming the
 * file and line of a parse error. */
int newskg_query(const newskg_query_options *opt, const char *sparql, FILE *out,
                 char *err, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
