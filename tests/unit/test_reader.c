/* test_reader.c — inputs: text files with metadata, directory walks,
 * JSON Lines (plain and gzip) with bad lines, empty and binary files. */
#include <config.h>

#include "nk_reader.h"
#include "nk_test.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef HAVE_ZLIB
#include <zlib.h>
#endif

static char *tmpdir;

/* Paths created, removed at the end (files first, then directories). */
static char *created[64];
static size_t ncreated;

static char *path_of(const char *rel) {
  return nk_xasprintf("%s/%s", tmpdir, rel);
}

static void make_dir(const char *rel) {
  char *p = path_of(rel);
  CHECK_INT(mkdir(p, 0700), 0);
  created[ncreated++] = p;
}

static void write_bytes(const char *rel, const char *data, size_t n) {
  char *p = path_of(rel);
  FILE *f = fopen(p, "wb");
  CHECK(f != NULL);
  if (f) {
    fwrite(data, 1, n, f);
    fclose(f);
  }
  created[ncreated++] = p;
}

static void write_text(const char *rel, const char *data) {
  write_bytes(rel, data, strlen(data));
}

static void cleanup(void) {
  while (ncreated) {
    char *p = created[--ncreated];
    struct stat sb;
    if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
      rmdir(p);
    else
      unlink(p);
    free(p);
  }
  rmdir(tmpdir);
}

/* Reads every result of one input: 'A' per article, 'E' per error, into
 * a string; keeps the articles and last messages for checks. */
typedef struct {
  char trace[64];          /* "AAEA" */
  nk_raw_article arts[16]; /* articles in order */
  size_t narts;            /* entries in arts */
  char errs[8][512];       /* error messages in order */
  size_t nerrs;            /* entries in errs */
} run_result;

static void run(const char *const *inputs, size_t n, run_result *res) {
  memset(res, 0, sizeof *res);
  nk_error err = {{0}};
  nk_reader *r = nk_reader_new(inputs, n, &err);
  CHECK(r != NULL);
  if (!r) {
    fprintf(stderr, "reader: %s\n", err.msg);
    return;
  }
  size_t k = 0;
  for (;;) {
    nk_raw_article a;
    int rc = nk_reader_next(r, &a, &err);
    if (rc == 0)
      break;
    if (k + 1 >= sizeof res->trace)
      break;
    if (rc > 0) {
      res->trace[k++] = 'A';
      if (res->narts < 16)
        res->arts[res->narts++] = a;
      else
        nk_raw_article_free(&a);
    } else {
      res->trace[k++] = 'E';
      if (res->nerrs < 8)
        snprintf(res->errs[res->nerrs++], 512, "%s", err.msg);
    }
  }
  nk_reader_free(r);
}

static void run_free(run_result *res) {
  for (size_t i = 0; i < res->narts; i++)
    nk_raw_article_free(&res->arts[i]);
}

static void test_text_files(void) {
  write_text("dated.txt", " date 2023-07 Le sommet s'est ouvert.\n");
  write_text("headers.txt", "title: Un titre\n"
                            "date: 2024-03-05\n"
                            "url: https://exemple.org/a\n"
                            "source: Le Journal\n"
                            "\n"
                            "Le texte commence ici.\n");
  write_text("prose.txt", "date limite : le texte ne doit pas perdre ces "
                          "mots.\nTitle: pas un en-tete.\n");
  write_text("plain.v2.txt", "Un article simple.");
  write_text("empty.txt", "");
  write_text("blank.txt", " \n\n ");
  write_text("onlymeta.txt", " date 2023-07 \n");
  write_bytes("binary.txt", "ab\0cd", 5);

  char *p[8];
  const char *names[] = {"dated.txt",    "headers.txt", "prose.txt",
                         "plain.v2.txt", "empty.txt",   "blank.txt",
                         "onlymeta.txt", "binary.txt"};
  for (int i = 0; i < 8; i++)
    p[i] = path_of(names[i]);
  run_result res;
  run((const char *const *)p, 8, &res);
  CHECK_STR(res.trace, "AAAAEEEE");

  nk_raw_article *a = &res.arts[0];
  CHECK_STR(a->meta.id, "dated");
  CHECK_STR(a->meta.date, "2023-07");
  CHECK_INT(a->skip, 14);
  CHECK_STR(a->text + a->skip, "Le sommet s'est ouvert.\n");
  CHECK_STR(a->meta.origin, p[0]);

  a = &res.arts[1];
  CHECK_STR(a->meta.id, "headers");
  CHECK_STR(a->meta.title, "Un titre");
  CHECK_STR(a->meta.date, "2024-03-05");
  CHECK_STR(a->meta.url, "https://exemple.org/a");
  CHECK_STR(a->meta.publisher, "Le Journal");
  CHECK_STR(a->text + a->skip, "\nLe texte commence ici.\n");

  a = &res.arts[2];
  CHECK_INT(a->skip, 0); /* prose is never eaten */
  CHECK(a->meta.date == NULL && a->meta.title == NULL);

  a = &res.arts[3];
  CHECK_STR(a->meta.id, "plain.v2");
  CHECK_INT(a->len, 18);
  CHECK(a->meta.date == NULL);

  CHECK(strstr(res.errs[0], "empty.txt: empty article") != NULL);
  CHECK(strstr(res.errs[1], "blank.txt: empty article") != NULL);
  CHECK(strstr(res.errs[2], "onlymeta.txt: empty article") != NULL);
  CHECK(strstr(res.errs[3], "binary.txt") != NULL);
  CHECK(strstr(res.errs[3], "NUL") != NULL);
  run_free(&res);
  for (int i = 0; i < 8; i++)
    free(p[i]);
}

static void test_date_prefix_strict(void) {
  /* Not a date prefix: a longer number, a bad month, no space after. */
  write_text("d1.txt", " date 20231 texte\n");
  write_text("d2.txt", " date 2023-13 texte\n");
  write_text("d3.txt", " date 2023-07texte\n");
  write_text("d4.txt", "date 2023 Texte du jour.\n");
  char *p[4] = {path_of("d1.txt"), path_of("d2.txt"), path_of("d3.txt"),
                path_of("d4.txt")};
  run_result res;
  run((const char *const *)p, 4, &res);
  CHECK_STR(res.trace, "AAAA");
  CHECK_INT(res.arts[0].skip, 0);
  CHECK_INT(res.arts[1].skip, 0);
  CHECK_INT(res.arts[2].skip, 0);
  CHECK_INT(res.arts[3].skip, 10);
  CHECK_STR(res.arts[3].meta.date, "2023");
  run_free(&res);
  for (int i = 0; i < 4; i++)
    free(p[i]);
}

static void test_directory(void) {
  make_dir("corpus");
  make_dir("corpus/b");
  make_dir("corpus/a");
  make_dir("corpus/.hidden");
  write_text("corpus/b/z.txt", "Texte z.");
  write_text("corpus/a/y.txt", "Texte y.");
  write_text("corpus/a.txt", "Texte a.");
  write_text("corpus/B.txt", "Texte B.");
  write_text("corpus/notes.md", "ignored");
  write_text("corpus/.hidden/h.txt", "ignored");
  write_text("corpus/a/lines.jsonl",
             "{\"id\": \"j1\", \"text\": \"Ligne un.\"}\n"
             "\n"
             "{\"id\": \"j2\", \"text\": \"Ligne deux.\"}\n");
  char *dir = path_of("corpus");
  const char *in[] = {dir};
  run_result res;
  run(in, 1, &res);
  /* Byte order: "B.txt" < "a.txt" < "a/lines.jsonl" < "a/y.txt" < "b/..." */
  CHECK_STR(res.trace, "AAAAAA");
  const char *want[] = {"B", "a", "j1", "j2", "y", "z"};
  for (size_t i = 0; i < 6 && i < res.narts; i++)
    CHECK_STR(res.arts[i].meta.id, want[i]);
  CHECK(strstr(res.arts[3].meta.origin, "lines.jsonl:3") != NULL);
  run_free(&res);

  /* Missing input: the reader refuses to start and names it. */
  char *missing = path_of("nope");
  const char *bad[] = {dir, missing};
  nk_error err = {{0}};
  CHECK(nk_reader_new(bad, 2, &err) == NULL);
  CHECK(strstr(err.msg, "nope") != NULL);
  free(missing);
  free(dir);
}

static const char jsonl[] =
    "{\"id\": \"a1\", \"title\": \"Titre \\u00e9\", \"date\": \"2023-07-14\", "
    "\"url\": \"https://x.org/1\", \"source\": \"AFP\", \"extra\": {\"k\": "
    "[1, 2]}, \"text\": \"Il a dit \\\"oui\\\".\\nFin \\ud83d\\ude00.\"}\r\n"
    "{\"id\": \"a2\", \"text\": \"cass\xC3\xA9\n"
    "   \n"
    "{\"id\": 17, \"date\": \"2021-02-03T10:00:00Z\", \"text\": \"Sans "
    "titre.\"}\n"
    "{\"text\": \"Sans identifiant.\", \"date\": \"03/02/2021\"}\n"
    "{\"id\": \"a5\", \"text\": \"\"}\n"
    "{\"id\": \"a6\"}\n"
    "[1, 2]\n"
    "{\"id\": \"a8\", \"text\": \" date 2022-01 Avec pr\xC3\xA9"
    "fixe.\"}";

static void check_jsonl(run_result *res, const char *name) {
  CHECK_STR(res->trace, "AEAAEEEA");
  nk_raw_article *a = &res->arts[0];
  CHECK_STR(a->meta.id, "a1");
  CHECK_STR(a->meta.title, "Titre \xC3\xA9");
  CHECK_STR(a->meta.date, "2023-07-14");
  CHECK_STR(a->meta.url, "https://x.org/1");
  CHECK_STR(a->meta.publisher, "AFP");
  CHECK_STR(a->text, "Il a dit \"oui\".\nFin \xF0\x9F\x98\x80.");
  CHECK_INT(a->len, strlen(a->text));
  CHECK_INT(a->skip, 0);
  char *origin = nk_xasprintf("%s:1", name);
  CHECK(strstr(a->meta.origin, origin) != NULL);
  free(origin);
  CHECK_STR(res->arts[1].meta.id, "17");
  CHECK_STR(res->arts[1].meta.date, "2021-02-03"); /* the day of a time */
  CHECK_STR(res->arts[2].meta.id, "news-5");
  CHECK(res->arts[2].meta.date == NULL); /* not an ISO date: dropped */
  CHECK_STR(res->arts[3].meta.id, "a8");
  CHECK_STR(res->arts[3].meta.date, "2022-01");
  CHECK_INT(res->arts[3].skip, 14);
  /* Errors name the file and the line. */
  char *l2 = nk_xasprintf("%s:2:", name);
  CHECK(strstr(res->errs[0], l2) != NULL);
  free(l2);
  CHECK(strstr(res->errs[1], ":6: empty article") != NULL);
  CHECK(strstr(res->errs[2], ":7:") != NULL);
  CHECK(strstr(res->errs[2], "text") != NULL);
  CHECK(strstr(res->errs[3], ":8:") != NULL);
}

static void test_jsonl(void) {
  write_bytes("news.jsonl", jsonl, sizeof jsonl - 1);
  char *p = path_of("news.jsonl");
  const char *in[] = {p};
  run_result res;
  run(in, 1, &res);
  check_jsonl(&res, "news.jsonl");
  run_free(&res);
  free(p);
}

static void test_gzip(void) {
#ifdef HAVE_ZLIB
  char *p = path_of("news.jsonl.gz");
  gzFile gz = gzopen(p, "wb");
  CHECK(gz != NULL);
  if (!gz) {
    free(p);
    return;
  }
  gzwrite(gz, jsonl, (unsigned)(sizeof jsonl - 1));
  gzclose(gz);
  created[ncreated++] = p;
  const char *in[] = {p};
  run_result res;
  run(in, 1, &res);
  check_jsonl(&res, "news.jsonl.gz");
  run_free(&res);

  /* A corrupt gzip file: an error naming it, then the end. */
  write_bytes("bad.jsonl.gz", "\x1f\x8b\x08\x00garbage-garbage", 20);
  char *bad = path_of("bad.jsonl.gz");
  const char *in2[] = {bad};
  run(in2, 1, &res);
  CHECK(res.nerrs >= 1);
  CHECK(res.nerrs >= 1 && strstr(res.errs[0], "bad.jsonl.gz") != NULL);
  run_free(&res);
  free(bad);
#endif
}

static void test_long_line(void) {
  /* One 3 MB article on one line: read whole. */
  size_t n = 3 * 1024 * 1024;
  nk_buf b = {0};
  nk_buf_adds(&b, "{\"id\": \"long\", \"text\": \"");
  for (size_t i = 0; i < n / 8; i++)
    nk_buf_adds(&b, "abc def ");
  nk_buf_adds(&b, "\"}\n");
  write_bytes("long.jsonl", b.data, b.len);
  nk_buf_free(&b);
  char *p = path_of("long.jsonl");
  const char *in[] = {p};
  run_result res;
  run(in, 1, &res);
  CHECK_STR(res.trace, "A");
  CHECK_INT(res.arts[0].len, n / 8 * 8);
  run_free(&res);
  free(p);
}

int main(void) {
  char tmpl[] = "/tmp/nk_reader_XXXXXX";
  tmpdir = mkdtemp(tmpl);
  if (!tmpdir) {
    perror("mkdtemp");
    return 1;
  }
  test_text_files();
  test_date_prefix_strict();
  test_directory();
  test_jsonl();
  test_gzip();
  test_long_line();
  cleanup();
  return TEST_DONE();
}
