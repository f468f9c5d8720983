/* newskg — command-line front end of libnewskg, in the manner of Redland's
 * rapper and roqet:
 *
 *   newskg extract [-o FILE] [-f FORMAT] [--base IRI] [--data-dir DIR] INPUT...
 *   newskg query [-r FORMAT] -D GRAPH... (QUERY_FILE | -e SPARQL)
 *
 * A thin user of the public header only: everything about articles and RDF
 * lives in the library.  What the tool adds is option parsing, the atomic
 * replacement of the output file, the run summary and the exit status. */
#include <config.h>

#include "newskg.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Exit statuses, documented in newskg(1). */
enum {
  EXIT_OK = 0,      /* everything exported */
  EXIT_PARTIAL = 1, /* some articles failed, the others were exported */
  EXIT_FATAL = 2,   /* usage error or fatal failure: no output produced */
};

static const char *const prog = "newskg";

/* ------------------------------------------------------------- messages */

static void usage_short(FILE *f) {
  fprintf(f,
          "Usage: %s extract [-o FILE] [-f FORMAT] [--base IRI] "
          "[--data-dir DIR] INPUT...\n"
          "       %s query [-r FORMAT] -D GRAPH... (QUERY_FILE | -e SPARQL)\n"
          "       %s --help | --version\n",
          prog, prog, prog);
}

/* A usage error: says what is wrong, shows the short usage, exit 2. */
static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "%s: ", prog);
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  usage_short(stderr);
  fprintf(stderr, "Try '%s --help' for more information.\n", prog);
  return EXIT_FATAL;
}

/* The option getopt_long() just rejected, as the user wrote it. */
static int bad_option(int c, char **argv) {
  static char shortopt[3] = "-?";
  const char *name = argv[optind - 1];
  if (optopt != 0) { /* a short option, maybe inside a group like -qx */
    shortopt[1] = (char)optopt;
    name = shortopt;
  }
  return usage_error(
      c == ':' ? "option '%s' needs an argument" : "unknown option '%s'", name);
}

static void help_main(void) {
  printf("newskg %s: French news articles in, an RDF knowledge graph out.\n\n",
         newskg_version());
  usage_short(stdout);
  printf("\nCommands:\n"
         "  extract   read articles and write the graph of their persons,\n"
         "            organizations, roles, meetings, statements and sources\n"
         "  query     run a SPARQL query on one or more exported graphs\n"
         "\nGeneral options:\n"
         "  -h, --help       show this help, or a command's with "
         "'newskg COMMAND --help'\n"
         "  -V, --version    print the library version and exit\n"
         "\nExit status: 0 success, 1 some articles failed (the others were\n"
         "exported), 2 usage or fatal error.  See newskg(1).\n");
}

static void help_extract(void) {
  printf("Usage: newskg extract [OPTION]... INPUT...\n"
         "Export the articles of INPUT (.txt files, directories, .jsonl,\n"
         ".jsonl.gz, .jsonl.xz, or - for standard input) as one RDF graph.\n\n"
         "  -o, --output FILE    write to FILE, atomically (default: standard "
         "output)\n"
         "  -f, --format NAME    turtle, ntriples, nquads or rdfxml (default: "
         "from\n"
         "                       the -o extension .ttl .nt .nq .rdf .xml, else "
         "turtle)\n"
         "  -b, --base IRI       prefix of the data IRIs\n"
         "                       (default https://w3id.org/newskg/id/)\n"
         "  -d, --data-dir DIR   lexicon directory holding fr/ (default: "
         "$NEWSKG_DATA_DIR,\n"
         "                       then the installed data)\n"
         "  -m, --max-article-size BYTES\n"
         "                       skip (with an error) articles larger than "
         "BYTES;\n"
         "                       suffixes k M G; 0: no limit (default 4M)\n"
         "  -q, --quiet          no summary, no progress, errors only\n"
         "  -v, --verbose        one line per article\n"
         "  -h, --help           show this help\n");
}

static void help_query(void) {
  printf("Usage: newskg query [OPTION]... -D GRAPH... (QUERY_FILE | -e "
         "SPARQL)\n"
         "Load the graphs into memory and run a SPARQL query on them.\n\n"
         "  -D, --data GRAPH     graph file to load (.ttl .nt .nq .rdf "
         ".xml, - for\n"
         "                       Turtle on standard input); may be repeated\n"
         "  -e, --exec SPARQL    the query text, instead of QUERY_FILE\n"
         "  -r, --results NAME   table, csv, tsv, json or xml (default: "
         "table)\n"
         "  -b, --base IRI       base IRI for relative IRIs\n"
         "  -q, --quiet          errors only\n"
         "  -v, --verbose        accepted for symmetry with extract\n"
         "  -h, --help           show this help\n");
}

/* ------------------------------------------------------- atomic output */

/* Path of the temporary output file, so that a signal handler can remove
 * it: an interrupted run must not leave FILE.XXXXXX litter behind. */
static char tmp_path[4096];
static volatile sig_atomic_t tmp_live;

static void on_fatal_signal(int sig) {
  if (tmp_live)
    unlink(tmp_path); /* async-signal-safe */
  signal(sig, SIG_DFL);
  raise(sig);
}

static void catch_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    signal(sigs[i], on_fatal_signal);
}

/* Opens a temporary file next to path (same directory, so that rename() is
 * atomic), with the permissions a plain fopen() would have given. */
static FILE *tmp_open(const char *path) {
  if (snprintf(tmp_path, sizeof tmp_path, "%s.XXXXXX", path) >=
      (int)sizeof tmp_path) {
    fprintf(stderr, "%s: %s: file name too long\n", prog, path);
    return NULL;
  }
  const int fd = mkstemp(tmp_path);
  if (fd < 0) {
    fprintf(stderr, "%s: cannot create a file next to %s: %s\n", prog, path,
            strerror(errno));
    return NULL;
  }
  tmp_live = 1;
  const mode_t mask = umask(0);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask); /* mkstemp gives 0600 */
  FILE *f = fdopen(fd, "wb");
  if (!f) {
    fprintf(stderr, "%s: %s: %s\n", prog, tmp_path, strerror(errno));
    close(fd);
    unlink(tmp_path);
    tmp_live = 0;
  }
  return f;
}

static void tmp_discard(FILE *f) {
  if (f)
    fclose(f);
  if (tmp_live)
    unlink(tmp_path);
  tmp_live = 0;
}

/* Makes the rename itself durable; a failure here loses nothing that the
 * rename has not already made visible, so it is not reported. */
static void sync_parent_dir(const char *path) {
  const char *slash = strrchr(path, '/');
  char dir[4096];
  if (!slash)
    strcpy(dir, ".");
  else if (slash == path)
    strcpy(dir, "/");
  else if ((size_t)(slash - path) < sizeof dir)
    snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
  else
    return;
  const int fd = open(dir, O_RDONLY);
  if (fd >= 0) {
    (void)fsync(fd);
    close(fd);
  }
}

/* Flushes the data to disk, closes and renames over path.  On failure the
 * temporary file is removed and path stays as it was. */
static int tmp_commit(FILE *f, const char *path) {
  int ok = fflush(f) == 0 && !ferror(f) && fsync(fileno(f)) == 0;
  int err = ok ? 0 : errno;
  if (fclose(f) != 0 && ok) {
    ok = 0;
    err = errno;
  }
  if (!ok) {
    fprintf(stderr, "%s: cannot write %s: %s\n", prog, path, strerror(err));
    tmp_discard(NULL);
    return -1;
  }
  if (rename(tmp_path, path) != 0) {
    fprintf(stderr, "%s: cannot rename %s to %s: %s\n", prog, tmp_path, path,
            strerror(errno));
    tmp_discard(NULL);
    return -1;
  }
  tmp_live = 0;
  sync_parent_dir(path);
  return 0;
}

/* ------------------------------------------------------------- extract */

/* Everything the extract command line says. */
typedef struct {
  const char *output;    /* -o FILE, NULL or "-": standard output */
  const char *format;    /* -f NAME, NULL: from the output's extension */
  const char *base;      /* --base IRI, NULL: the library's default */
  const char *data_dir;  /* --data-dir DIR, NULL: the library's search */
  const char *max_size;  /* --max-article-size BYTES, NULL: the default */
  size_t max_bytes;      /* max_size parsed */
  int quiet;             /* -q */
  int verbose;           /* -v */
  const char *const *in; /* the inputs */
  size_t nin;            /* number of inputs */
} extract_args;

static int ends_with(const char *s, const char *suffix) {
  const size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The format an output file name implies; Turtle when it implies none. */
static newskg_format format_from_name(const char *path) {
  if (path && ends_with(path, ".nt"))
    return NEWSKG_FORMAT_NTRIPLES;
  if (path && ends_with(path, ".nq"))
    return NEWSKG_FORMAT_NQUADS;
  if (path && (ends_with(path, ".rdf") || ends_with(path, ".xml")))
    return NEWSKG_FORMAT_RDFXML;
  return NEWSKG_FORMAT_TURTLE;
}

/* Checks every path exists ("-" is standard input) before anything is
 * created, so that a typo fails at once with the file's name and touches
 * no output. */
static int paths_exist(const char *const *paths, size_t n) {
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) != 0) {
      fprintf(stderr, "%s: %s: %s\n", prog, paths[i], strerror(errno));
      return 0;
    }
  }
  return 1;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One line that the benchmarks parse: keep the "N words" shape. */
static void print_summary(const newskg_stats *s, double seconds) {
  fprintf(stderr,
          "%s: %zu articles, %zu failed, %zu words, %zu persons, %zu orgs, "
          "%zu roles, %zu meetings, %zu statements, %zu sources, "
          "%zu triples, %.2f seconds\n",
          prog, s->articles, s->failed, s->words, s->persons, s->orgs, s->roles,
          s->meetings, s->statements, s->sources, s->triples, seconds);
}

/* Parses a byte count with an optional k, M or G suffix (powers of 1024).
 * Returns -1 when s is not one. */
static int parse_size(const char *s, size_t *out) {
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-')
    return -1;
  unsigned shift = 0;
  switch (*end) {
  case 'k':
  case 'K':
    shift = 10;
    end++;
    break;
  case 'm':
  case 'M':
    shift = 20;
    end++;
    break;
  case 'g':
  case 'G':
    shift = 30;
    end++;
    break;
  default:
    break;
  }
  if (*end || v > (SIZE_MAX >> shift))
    return -1;
  *out = (size_t)(v << shift);
  return 0;
}

/* Runs the library on the inputs, writing to out and copying the counters
 * to *stats.  Returns the exit status (EXIT_FATAL when the output must be
 * thrown away). */
static int export_all(const extract_args *a, newskg_format fmt, FILE *out,
                      newskg_stats *stats) {
  newskg_options opt;
  newskg_options_init(&opt);
  opt.format = fmt;
  opt.base_iri = a->base;
  opt.data_dir = a->data_dir;
  if (a->max_size)
    opt.max_article_bytes = a->max_bytes;
  opt.log = a->quiet     ? NEWSKG_LOG_QUIET
            : a->verbose ? NEWSKG_LOG_VERBOSE
                         : NEWSKG_LOG_NORMAL;
  opt.log_stream = stderr;
  opt.progress = !a->quiet && isatty(STDERR_FILENO);

  char err[1024] = "";
  newskg_exporter *x = newskg_exporter_new(&opt, out, err, sizeof err);
  if (!x) {
    fprintf(stderr, "%s: %s\n", prog, err);
    return EXIT_FATAL;
  }
  int status = EXIT_OK;
  if (newskg_exporter_add_inputs(x, a->in, a->nin, err, sizeof err) != 0 ||
      newskg_exporter_finish(x, err, sizeof err) != 0) {
    fprintf(stderr, "%s: %s\n", prog, err);
    status = EXIT_FATAL;
  } else {
    *stats = *newskg_exporter_stats(x);
    if (stats->failed > 0)
      status = EXIT_PARTIAL;
  }
  newskg_exporter_free(x);
  return status;
}

static int run_extract(extract_args *a) {
  const double t0 = now_seconds();
  const int to_file = a->output && strcmp(a->output, "-") != 0;
  newskg_format fmt = format_from_name(to_file ? a->output : NULL);
  if (a->format && newskg_format_parse(a->format, &fmt) != 0)
    return usage_error("unknown output format '%s' (turtle, ntriples, "
                       "nquads or rdfxml)",
                       a->format);
  if (a->max_size && parse_size(a->max_size, &a->max_bytes) != 0)
    return usage_error("invalid --max-article-size '%s' (bytes, or with a "
                       "k, M or G suffix; 0: no limit)",
                       a->max_size);
  if (!paths_exist(a->in, a->nin))
    return EXIT_FATAL;

  newskg_stats stats = {0};
  int status;
  if (!to_file) {
    status = export_all(a, fmt, stdout, &stats);
    if (status != EXIT_FATAL && (fflush(stdout) != 0 || ferror(stdout))) {
      fprintf(stderr, "%s: cannot write standard output: %s\n", prog,
              strerror(errno));
      status = EXIT_FATAL;
    }
  } else {
    catch_signals();
    FILE *out = tmp_open(a->output);
    if (!out)
      return EXIT_FATAL;
    status = export_all(a, fmt, out, &stats);
    if (status == EXIT_FATAL)
      tmp_discard(out);
    else if (tmp_commit(out, a->output) != 0)
      status = EXIT_FATAL;
  }
  /* Only a run whose output is complete gets a summary. */
  if (status != EXIT_FATAL && !a->quiet)
    print_summary(&stats, now_seconds() - t0);
  return status;
}

static int cmd_extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"format", required_argument, NULL, 'f'},
      {"base", required_argument, NULL, 'b'},
      {"data-dir", required_argument, NULL, 'd'},
      {"max-article-size", required_argument, NULL, 'm'},
      {"quiet", no_argument, NULL, 'q'},
      {"verbose", no_argument, NULL, 'v'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  extract_args a = {0};
  int c;
  opterr = 0; /* our own messages, with the usage */
  while ((c = getopt_long(argc, argv, ":o:f:b:d:m:qvh", longopts, NULL)) !=
         -1) {
    switch (c) {
    case 'o':
      a.output = optarg;
      break;
    case 'f':
      a.format = optarg;
      break;
    case 'b':
      a.base = optarg;
      break;
    case 'd':
      a.data_dir = optarg;
      break;
    case 'm':
      a.max_size = optarg;
      break;
    case 'q':
      a.quiet = 1;
      break;
    case 'v':
      a.verbose = 1;
      break;
    case 'h':
      help_extract();
      return EXIT_OK;
    default:
      return bad_option(c, argv);
    }
  }
  if (optind >= argc)
    return usage_error("%s", "extract: no input given (use - for standard "
                             "input)");
  a.in = (const char *const *)(argv + optind);
  a.nin = (size_t)(argc - optind);
  return run_extract(&a);
}

/* --------------------------------------------------------------- query */

/* Reads a whole file (or standard input for "-") into a NUL-terminated
 * string; NULL with a message on failure. */
static char *slurp(const char *path) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
    return NULL;
  }
  size_t len = 0, cap = 4096;
  char *s = malloc(cap);
  size_t n;
  while (s && (n = fread(s + len, 1, cap - len - 1, f)) > 0) {
    len += n;
    if (len + 1 == cap) {
      char *bigger = realloc(s, cap * 2);
      if (!bigger)
        free(s);
      s = bigger;
      cap *= 2;
    }
  }
  const int failed = !s || ferror(f);
  if (f != stdin)
    fclose(f);
  if (failed) {
    fprintf(stderr, "%s: cannot read %s\n", prog, path);
    free(s);
    return NULL;
  }
  s[len] = '\0';
  return s;
}

static int known_result_format(const char *name) {
  static const char *const names[] = {"table", "csv", "tsv", "json", "xml"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(name, names[i]) == 0)
      return 1;
  return 0;
}

static int reads_stdin(const char *const *graphs, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(graphs[i], "-") == 0)
      return 1;
  return 0;
}

static int run_query(const newskg_query_options *qo, const char *sparql) {
  char err[1024] = "";
  if (newskg_query(qo, sparql, stdout, err, sizeof err) != 0) {
    fprintf(stderr, "%s: %s\n", prog, err);
    return EXIT_FATAL;
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "%s: cannot write standard output: %s\n", prog,
            strerror(errno));
    return EXIT_FATAL;
  }
  return EXIT_OK;
}

static int cmd_query(int argc, char **argv) {
  static const struct option longopts[] = {
      {"data", required_argument, NULL, 'D'},
      {"exec", required_argument, NULL, 'e'},
      {"results", required_argument, NULL, 'r'},
      {"base", required_argument, NULL, 'b'},
      {"quiet", no_argument, NULL, 'q'},
      {"verbose", no_argument, NULL, 'v'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  /* At most argc graphs: every -D takes at least one argv slot. */
  const char **graphs = calloc((size_t)argc + 1, sizeof *graphs);
  if (!graphs) {
    fprintf(stderr, "%s: out of memory\n", prog);
    return EXIT_FATAL;
  }
  newskg_query_options qo = {.graphs = graphs, .result_format = "table"};
  const char *exec = NULL;
  size_t ng = 0;
  int c, status = -1;
  opterr = 0;
  while (status < 0 &&
         (c = getopt_long(argc, argv, ":D:e:r:b:qvh", longopts, NULL)) != -1) {
    switch (c) {
    case 'D':
      graphs[ng++] = optarg;
      break;
    case 'e':
      exec = optarg;
      break;
    case 'r':
      qo.result_format = optarg;
      break;
    case 'b':
      qo.base_iri = optarg;
      break;
    case 'q':
    case 'v':
      break; /* the query says nothing but its errors anyway */
    case 'h':
      help_query();
      status = EXIT_OK;
      break;
    default:
      status = bad_option(c, argv);
    }
  }
  qo.ngraphs = ng;
  const int nargs = argc - optind;
  if (status >= 0) {
    /* --help or a bad option: already answered */
  } else if (!known_result_format(qo.result_format)) {
    status = usage_error("unknown result format '%s' (table, csv, tsv, json "
                         "or xml)",
                         qo.result_format);
  } else if (ng == 0) {
    status = usage_error("%s", "query: no graph given (-D GRAPH)");
  } else if (exec ? nargs != 0 : nargs != 1) {
    status = usage_error("%s", exec ? "query: -e and a QUERY_FILE both given"
                                    : "query: give one QUERY_FILE or -e "
                                      "SPARQL");
  } else if (!exec && strcmp(argv[optind], "-") == 0 &&
             reads_stdin(graphs, ng)) {
    status = usage_error("%s", "query: standard input cannot hold both the "
                               "graph and the query");
  }
  if (status < 0 && !paths_exist(graphs, ng))
    status = EXIT_FATAL;
  if (status < 0) {
    char *text = exec ? NULL : slurp(argv[optind]);
    status = exec || text ? run_query(&qo, exec ? exec : text) : EXIT_FATAL;
    free(text);
  }
  free(graphs);
  return status;
}

/* ---------------------------------------------------------------- main */

int main(int argc, char **argv) {
  if (argc < 2)
    return usage_error("%s", "no command given");
  const char *cmd = argv[1];
  if (strcmp(cmd, "extract") == 0)
    return cmd_extract(argc - 1, argv + 1);
  if (strcmp(cmd, "query") == 0)
    return cmd_query(argc - 1, argv + 1);
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
      strcmp(cmd, "help") == 0) {
    help_main();
    return EXIT_OK;
  }
  if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
    printf("%s\n", newskg_version());
    return EXIT_OK;
  }
  if (cmd[0] == '-')
    return usage_error("unknown option '%s'", cmd);
  return usage_error("unknown command '%s' (extract or query)", cmd);
}
