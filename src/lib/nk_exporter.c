/* nk_exporter.c — the public API (include/newskg.h): runs every article
 * through the pipeline stages, in order, and hands the result to the graph
 * builder.  One bad article is reported and counted; the others go on. */
#include <config.h>

#include "newskg.h"
#include "nk_extract.h"
#include "nk_graph.h"
#include "nk_query.h"
#include "nk_reader.h"
#include "nk_resolve.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define NK_DEFAULT_BASE "https://w3id.org/newskg/id/"

struct newskg_exporter {
  newskg_options opt;   /* copy of the caller's options */
  FILE *log;            /* where messages go */
  nk_lang *lang;        /* lexicons */
  nk_registry *reg;     /* entities across the whole run */
  nk_graph *graph;      /* RDF output */
  nk_lexicon *seen_ids; /* article IRI slugs already exported */
  newskg_stats stats;   /* counters */
  time_t last_progress; /* when the progress line was last drawn */
};

const char *newskg_version(void) {
  return PACKAGE_VERSION;
}

int newskg_format_parse(const char *name, newskg_format *out) {
  static const struct {
    const char *name;
    newskg_format fmt;
  } names[] = {
      {"turtle", NEWSKG_FORMAT_TURTLE},     {"ttl", NEWSKG_FORMAT_TURTLE},
      {"ntriples", NEWSKG_FORMAT_NTRIPLES}, {"nt", NEWSKG_FORMAT_NTRIPLES},
      {"nquads", NEWSKG_FORMAT_NQUADS},     {"nq", NEWSKG_FORMAT_NQUADS},
      {"rdfxml", NEWSKG_FORMAT_RDFXML},     {"xml", NEWSKG_FORMAT_RDFXML},
      {"rdf", NEWSKG_FORMAT_RDFXML},
  };
  for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++)
    if (strcmp(name, names[i].name) == 0) {
      *out = names[i].fmt;
      return 0;
    }
  return -1;
}

void newskg_options_init(newskg_options *opt) {
  memset(opt, 0, sizeof *opt);
  opt->format = NEWSKG_FORMAT_TURTLE;
  opt->log = NEWSKG_LOG_NORMAL;
  opt->max_article_bytes = NEWSKG_DEFAULT_MAX_ARTICLE;
}

static void nk_copy_err(char *dst, size_t len, const char *msg) {
  if (dst && len)
    snprintf(dst, len, "%s", msg);
}

static int nk_is_dir(const char *path) {
  struct stat st;
  return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The lexicon directory: explicit option, environment, installed data, and
 * last the source tree this binary was built from (so that an uninstalled
 * src/newskg works). */
static const char *nk_data_dir(const newskg_options *opt, const char *lang) {
  const char *env = getenv("NEWSKG_DATA_DIR");
  if (opt->data_dir)
    return opt->data_dir;
  if (env && *env)
    return env;
  char probe[4096];
  snprintf(probe, sizeof probe, "%s/%s", NK_PKGDATADIR, lang);
  if (nk_is_dir(probe))
    return NK_PKGDATADIR;
  return NK_SRCDATADIR;
}

static nk_format nk_graph_format(newskg_format f) {
  switch (f) {
  case NEWSKG_FORMAT_NTRIPLES:
    return NK_FMT_NTRIPLES;
  case NEWSKG_FORMAT_NQUADS:
    return NK_FMT_NQUADS;
  case NEWSKG_FORMAT_RDFXML:
    return NK_FMT_RDFXML;
  case NEWSKG_FORMAT_TURTLE:
    break;
  }
  return NK_FMT_TURTLE;
}

newskg_exporter *newskg_exporter_new(const newskg_options *opt, FILE *out,
                                     char *errbuf, size_t errlen) {
  nk_error err = {{0}};
  newskg_exporter *x = nk_xcalloc(1, sizeof *x);
  if (opt)
    x->opt = *opt;
  else
    newskg_options_init(&x->opt);
  const char *lang = x->opt.lang ? x->opt.lang : "fr";
  x->log = x->opt.log_stream ? x->opt.log_stream : stderr;
  x->lang = nk_lang_load(nk_data_dir(&x->opt, lang), lang, &err);
  if (x->lang) {
    x->reg = nk_registry_new(x->lang);
    x->graph = nk_graph_new(x->opt.base_iri ? x->opt.base_iri : NK_DEFAULT_BASE,
                            nk_graph_format(x->opt.format), out, &err);
  }
  if (!x->lang || !x->graph) {
    nk_copy_err(errbuf, errlen, err.msg);
    newskg_exporter_free(x);
    return NULL;
  }
  x->seen_ids = nk_lexicon_new();
  return x;
}

static size_t nk_count_words(const nk_segments *seg) {
  size_t n = 0;
  for (size_t i = 0; i < seg->ntoks; i++)
    n += seg->toks[i].kind == NK_TOK_WORD;
  return n;
}

static void nk_count_facts(newskg_stats *st, const nk_doc *d) {
  st->words += nk_count_words(&d->seg);
  for (size_t i = 0; i < d->nmentions; i++) {
    st->persons += d->mentions[i].type == NK_ENT_PERSON;
    st->orgs += d->mentions[i].type == NK_ENT_ORG;
  }
  st->roles += d->nroles;
  st->meetings += d->nmeetings;
  st->statements += d->nstatements;
  st->sources += d->ncitations;
}

/* Refuses a second article whose identifier maps to the same IRI: its facts
 * would silently merge with the first one's. */
static int nk_check_unique_id(const newskg_exporter *x, const nk_meta *m,
                              nk_error *err) {
  char *slug = nk_slug(m->id ? m->id : "");
  const char *first = nk_lexicon_get(x->seen_ids, slug);
  if (first)
    nk_error_set(err,
                 "article id \"%s\" gives the same IRI as the article "
                 "from %s; skipped",
                 m->id ? m->id : "", first);
  free(slug);
  return first ? -1 : 0;
}

/* Only an exported article claims its IRI: a failed one leaves it free. */
static void nk_claim_id(newskg_exporter *x, const nk_meta *m) {
  char *slug = nk_slug(m->id ? m->id : "");
  nk_lexicon_put(x->seen_ids, slug, m->origin ? m->origin : "");
  free(slug);
}

/* The pipeline on one article; takes ownership of raw's metadata. */
static int nk_run_article(newskg_exporter *x, nk_raw_article *raw,
                          nk_error *err) {
  nk_doc d = {0};
  d.meta = raw->meta;
  memset(&raw->meta, 0, sizeof raw->meta);
  int rc = 0;
  if (x->opt.max_article_bytes && raw->len > x->opt.max_article_bytes) {
    nk_error_set(err,
                 "article of %zu bytes is over the limit of %zu bytes "
                 "(--max-article-size); skipped",
                 raw->len, x->opt.max_article_bytes);
    rc = -1;
  }
  if (rc == 0)
    rc = nk_check_unique_id(x, &d.meta, err);
  if (rc == 0)
    rc = nk_text_init(&d.text, raw->text, raw->len, raw->skip, err);
  if (rc == 0)
    rc = nk_segment(&d.text, x->lang, &d.seg, err);
  if (rc == 0)
    rc = nk_find_mentions(&d, x->lang, err);
  if (rc == 0)
    rc = nk_extract_roles(&d, x->lang, err);
  if (rc == 0)
    rc = nk_extract_statements(&d, x->lang, err);
  if (rc == 0)
    rc = nk_extract_meetings(&d, x->lang, err);
  if (rc == 0)
    rc = nk_extract_sources(&d, x->lang, err);
  if (rc == 0)
    rc = nk_resolve(x->reg, &d, err);
  if (rc == 0)
    rc = nk_graph_add_doc(x->graph, &d, err);
  if (rc == 0) {
    nk_claim_id(x, &d.meta);
    x->stats.articles++;
    nk_count_facts(&x->stats, &d);
    if (x->opt.log >= NEWSKG_LOG_VERBOSE)
      fprintf(x->log,
              "newskg: %s: %zu mentions, %zu roles, %zu meetings, "
              "%zu statements, %zu sources\n",
              d.meta.origin ? d.meta.origin : "", d.nmentions, d.nroles,
              d.nmeetings, d.nstatements, d.ncitations);
  }
  if (rc != 0 && d.meta.origin && !strstr(err->msg, d.meta.origin)) {
    char msg[sizeof err->msg];
    snprintf(msg, sizeof msg, "%s", err->msg);
    nk_error_set(err, "%s: %s", d.meta.origin, msg);
  }
  nk_doc_free(&d);
  return rc;
}

static void nk_progress(newskg_exporter *x, int final) {
  if (!x->opt.progress || x->opt.log == NEWSKG_LOG_QUIET)
    return;
  time_t now = time(NULL);
  if (!final && now == x->last_progress)
    return;
  x->last_progress = now;
  fprintf(x->log, "\rnewskg: %zu articles, %zu failed, %zu words%s",
          x->stats.articles, x->stats.failed, x->stats.words,
          final ? "\n" : "");
  fflush(x->log);
}

static void nk_report_failure(newskg_exporter *x, const char *msg) {
  x->stats.failed++;
  if (x->opt.progress && x->opt.log != NEWSKG_LOG_QUIET)
    fputc('\n', x->log);
  fprintf(x->log, "newskg: %s\n", msg);
}

int newskg_exporter_add_inputs(newskg_exporter *x, const char *const *inputs,
                               size_t ninputs, char *errbuf, size_t errlen) {
  nk_error err = {{0}};
  nk_reader *r = nk_reader_new(inputs, ninputs, &err);
  if (!r) {
    nk_copy_err(errbuf, errlen, err.msg);
    return -1;
  }
  for (;;) {
    nk_raw_article raw = {0};
    nk_error_clear(&err);
    int got = nk_reader_next(r, &raw, &err);
    if (got == 0)
      break;
    int rc = got < 0 ? -1 : nk_run_article(x, &raw, &err);
    nk_raw_article_free(&raw);
    if (rc == NK_GRAPH_FATAL) {
      /* Every later article would fail the same way: stop. */
      nk_progress(x, 1);
      nk_reader_free(r);
      nk_copy_err(errbuf, errlen, err.msg);
      return -1;
    }
    if (rc != 0)
      nk_report_failure(x, err.msg);
    nk_progress(x, 0);
  }
  nk_progress(x, 1);
  nk_reader_free(r);
  return 0;
}

int newskg_exporter_add_text(newskg_exporter *x, const char *id,
                             const char *text, size_t len, const char *title,
                             const char *date, char *errbuf, size_t errlen) {
  nk_error err = {{0}};
  nk_raw_article raw = {0};
  raw.meta.id = nk_xstrdup(id ? id : "article");
  raw.meta.origin = nk_xstrdup(raw.meta.id);
  raw.meta.title = title ? nk_xstrdup(title) : NULL;
  raw.meta.date = date ? nk_xstrdup(date) : NULL;
  raw.text = nk_xstrndup(text ? text : "", text ? len : 0);
  raw.len = text ? len : 0;
  int rc = nk_run_article(x, &raw, &err);
  nk_raw_article_free(&raw);
  if (rc != 0) {
    x->stats.failed++;
    nk_copy_err(errbuf, errlen, err.msg);
  }
  return rc;
}

int newskg_exporter_finish(newskg_exporter *x, char *errbuf, size_t errlen) {
  nk_error err = {{0}};
  int rc = nk_graph_finish(x->graph, &err);
  x->stats.triples = nk_graph_triples(x->graph);
  if (rc != 0)
    nk_copy_err(errbuf, errlen, err.msg);
  return rc;
}

const newskg_stats *newskg_exporter_stats(const newskg_exporter *x) {
  return &x->stats;
}

void newskg_exporter_free(newskg_exporter *x) {
  if (!x)
    return;
  nk_graph_free(x->graph);
  nk_registry_free(x->reg);
  nk_lang_free(x->lang);
  nk_lexicon_free(x->seen_ids);
  free(x);
}

int newskg_query(const newskg_query_options *opt, const char *sparql, FILE *out,
                 char *errbuf, size_t errlen) {
  nk_error err = {{0}};
  int rc = nk_query_run(opt->graphs, opt->ngraphs, sparql,
                        opt->result_format ? opt->result_format : "table",
                        opt->base_iri, out, &err);
  if (rc != 0)
    nk_copy_err(errbuf, errlen, err.msg);
  return rc;
}
