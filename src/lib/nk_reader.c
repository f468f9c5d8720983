/* nk_reader.c — articles from files, directories, JSON Lines (plain, gzip
 * or xz) and standard input.
 *
 * The inputs are expanded up front into a list of files (directories
 * walked recursively, their files sorted byte-wise by path), then read one
 * at a time: a text file is one article, a JSON Lines file one article per
 * non-blank line.  Lines are read through a small buffered stream that
 * hides the compression, and grow as needed: one line can be a 50 MB
 * article. */
#include <config.h>

#include "nk_reader.h"

#include "nk_json.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifdef HAVE_LZMA
#include <lzma.h>
#endif
#ifdef HAVE_ZLIB
#include <zlib.h>
#endif

/* ------------------------------------------------------------ streams */

typedef enum {
  NK_IN_PLAIN, /* bytes as they are */
  NK_IN_GZIP,  /* gzip (zlib) */
  NK_IN_XZ,    /* xz (liblzma) */
} nk_in_kind;

#define NK_CHUNK 65536

/* A buffered byte stream over a file, decompressing on the fly. */
typedef struct {
  nk_in_kind kind; /* how the bytes are stored */
  FILE *f;         /* the file (plain and xz) */
#ifdef HAVE_ZLIB
  gzFile gz; /* the file (gzip) */
#endif
#ifdef HAVE_LZMA
  lzma_stream xz;        /* decoder state */
  uint8_t *xz_in;        /* compressed bytes read from f */
  lzma_action xz_action; /* LZMA_FINISH once f is exhausted */
#endif
  char *buf;     /* decoded bytes */
  size_t len;    /* bytes in buf */
  size_t pos;    /* next unread byte in buf */
  int eof;       /* nothing more to decode */
  int error;     /* a read or decode error happened */
  char msg[160]; /* what went wrong */
} nk_stream;

static void nk_stream_close(nk_stream *st) {
  if (st->f && st->f != stdin)
    fclose(st->f);
#ifdef HAVE_ZLIB
  if (st->gz)
    gzclose(st->gz);
#endif
#ifdef HAVE_LZMA
  if (st->kind == NK_IN_XZ)
    lzma_end(&st->xz);
  free(st->xz_in);
#endif
  free(st->buf);
  memset(st, 0, sizeof *st);
}

/* Opens path ("-" for standard input) as kind; fills err on failure. */
static int nk_stream_open(nk_stream *st, const char *path, nk_in_kind kind,
                          nk_error *err) {
  memset(st, 0, sizeof *st);
  st->kind = kind;
  st->buf = nk_xmalloc(NK_CHUNK);
  if (kind == NK_IN_GZIP) {
#ifdef HAVE_ZLIB
    st->gz = gzopen(path, "rb");
    if (!st->gz) {
      nk_error_set(err, "%s: %s", path,
                   errno ? strerror(errno) : "cannot open");
      nk_stream_close(st);
      return -1;
    }
    return 0;
#else
    nk_error_set(err, "%s: gzip input not supported (built without zlib)",
                 path);
    nk_stream_close(st);
    return -1;
#endif
  }
#ifndef HAVE_LZMA
  if (kind == NK_IN_XZ) {
    nk_error_set(err, "%s: xz input not supported (built without liblzma)",
                 path);
    nk_stream_close(st);
    return -1;
  }
#endif
  st->f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!st->f) {
    nk_error_set(err, "%s: %s", path, strerror(errno));
    nk_stream_close(st);
    return -1;
  }
#ifdef HAVE_LZMA
  if (kind == NK_IN_XZ) {
    lzma_stream init = LZMA_STREAM_INIT;
    st->xz = init;
    if (lzma_stream_decoder(&st->xz, UINT64_MAX, LZMA_CONCATENATED) !=
        LZMA_OK) {
      nk_error_set(err, "%s: cannot start the xz decoder", path);
      nk_stream_close(st);
      return -1;
    }
    st->xz_in = nk_xmalloc(NK_CHUNK);
    st->xz_action = LZMA_RUN;
  }
#endif
  return 0;
}

#ifdef HAVE_LZMA
static size_t nk_stream_fill_xz(nk_stream *st) {
  st->xz.next_out = (uint8_t *)st->buf;
  st->xz.avail_out = NK_CHUNK;
  while (st->xz.avail_out == NK_CHUNK) {
    if (st->xz.avail_in == 0 && st->xz_action == LZMA_RUN) {
      st->xz.next_in = st->xz_in;
      st->xz.avail_in = fread(st->xz_in, 1, NK_CHUNK, st->f);
      if (ferror(st->f)) {
        st->error = 1;
        snprintf(st->msg, sizeof st->msg, "read error");
        return 0;
      }
      if (feof(st->f))
        st->xz_action = LZMA_FINISH;
    }
    lzma_ret r = lzma_code(&st->xz, st->xz_action);
    if (r == LZMA_STREAM_END) {
      st->eof = 1;
      break;
    }
    if (r != LZMA_OK) {
      st->error = 1;
      snprintf(st->msg, sizeof st->msg, "xz data is corrupt or truncated");
      return 0;
    }
  }
  return NK_CHUNK - st->xz.avail_out;
}
#endif

/* Refills buf; returns 0 at the end or on error (st->error says which). */
static size_t nk_stream_fill(nk_stream *st) {
  if (st->eof || st->error)
    return 0;
  size_t n = 0;
  switch (st->kind) {
  case NK_IN_PLAIN:
    n = fread(st->buf, 1, NK_CHUNK, st->f);
    if (n == 0) {
      st->eof = 1;
      if (ferror(st->f)) {
        st->error = 1;
        snprintf(st->msg, sizeof st->msg, "%s", strerror(errno));
      }
    }
    break;
  case NK_IN_GZIP:
#ifdef HAVE_ZLIB
  {
    int got = gzread(st->gz, st->buf, NK_CHUNK);
    if (got < 0) {
      int code;
      const char *m = gzerror(st->gz, &code);
      st->error = 1;
      snprintf(st->msg, sizeof st->msg, "gzip: %s", m ? m : "read error");
      return 0;
    }
    n = (size_t)got;
    if (n == 0)
      st->eof = 1;
  }
#endif
  break;
  case NK_IN_XZ:
#ifdef HAVE_LZMA
    n = nk_stream_fill_xz(st);
    if (n == 0 && !st->error)
      st->eof = 1;
#endif
    break;
  }
  st->len = n;
  st->pos = 0;
  return n;
}

/* Reads one line (without its \n) into line, replacing its contents.
 * Returns 1 for a line, 0 at the end, -1 on a read error. */
static int nk_stream_line(nk_stream *st, nk_buf *line) {
  nk_buf_clear(line);
  int any = 0;
  for (;;) {
    if (st->pos >= st->len && !nk_stream_fill(st))
      return st->error ? -1 : any;
    any = 1;
    const char *start = st->buf + st->pos;
    const char *nl = memchr(start, '\n', st->len - st->pos);
    size_t n = nl ? (size_t)(nl - start) : st->len - st->pos;
    nk_buf_add(line, start, n);
    st->pos += n + (nl ? 1 : 0);
    if (nl)
      return 1;
  }
}

/* Appends everything left in the stream to out. */
static int nk_stream_rest(nk_stream *st, nk_buf *out) {
  nk_buf_add(out, "", 0);
  for (;;) {
    if (st->pos >= st->len && !nk_stream_fill(st))
      return st->error ? -1 : 0;
    nk_buf_add(out, st->buf + st->pos, st->len - st->pos);
    st->pos = st->len;
  }
}

/* ------------------------------------------------------ expanding inputs */

typedef enum {
  NK_FILE_TEXT,  /* one plain-text article */
  NK_FILE_JSONL, /* JSON Lines, maybe compressed */
  NK_FILE_STDIN, /* standard input, kind decided on the first byte */
} nk_file_kind;

typedef struct {
  char *path;        /* as given or joined from the directory walk */
  nk_file_kind kind; /* how to read it */
  nk_in_kind comp;   /* compression of a JSON Lines file */
} nk_in_file;

struct nk_reader {
  nk_in_file *files; /* every file to read, in order */
  size_t nfiles;     /* entries in files */
  size_t cap_files;  /* entries allocated */
  size_t next;       /* index of the next file to open */
  /* The JSON Lines file being read, if any. */
  nk_stream stream;      /* its bytes */
  int open;              /* stream is open */
  const nk_in_file *cur; /* the file stream reads */
  const char *name;      /* its name in messages ("stdin" for "-") */
  char *base;            /* its base name without extensions, for ids */
  size_t lineno;         /* lines read so far */
  nk_buf line;           /* the current line */
};

/* How a file name is read: 1 when it is an input kind a directory walk
 * collects, with *kind and *comp set; 0 otherwise. */
static int nk_classify(const char *path, nk_file_kind *kind, nk_in_kind *comp) {
  *comp = NK_IN_PLAIN;
  *kind = NK_FILE_JSONL;
  if (nk_str_ends_with(path, ".jsonl"))
    return 1;
  if (nk_str_ends_with(path, ".jsonl.gz")) {
    *comp = NK_IN_GZIP;
    return 1;
  }
  if (nk_str_ends_with(path, ".jsonl.xz")) {
    *comp = NK_IN_XZ;
    return 1;
  }
  *kind = NK_FILE_TEXT;
  return nk_str_ends_with(path, ".txt");
}

static void nk_add_file(nk_reader *r, const char *path, nk_file_kind kind,
                        nk_in_kind comp) {
  nk_in_file *f = NK_PUSH(r->files, r->nfiles, r->cap_files);
  f->path = nk_xstrdup(path);
  f->kind = kind;
  f->comp = comp;
}

/* A directory on the walk's current path, to stop symbolic link loops. */
typedef struct nk_dir_seen {
  dev_t dev;                    /* device */
  ino_t ino;                    /* inode */
  const struct nk_dir_seen *up; /* the directory holding it */
} nk_dir_seen;

/* Collects the input files under dir, unsorted. */
static int nk_walk(nk_reader *r, const char *dir, const nk_dir_seen *up,
                   nk_error *err) {
  DIR *d = opendir(dir);
  if (!d) {
    nk_error_set(err, "%s: %s", dir, strerror(errno));
    return -1;
  }
  struct stat sb;
  nk_dir_seen here = {0, 0, up};
  if (stat(dir, &sb) == 0) {
    here.dev = sb.st_dev;
    here.ino = sb.st_ino;
  }
  int rc = 0;
  const struct dirent *de;
  size_t dl = strlen(dir);
  const char *sep = dl && dir[dl - 1] == '/' ? "" : "/";
  while (rc == 0 && (de = readdir(d))) {
    if (de->d_name[0] == '.')
      continue; /* ".", "..", and hidden files such as .git */
    char *path = nk_xasprintf("%s%s%s", dir, sep, de->d_name);
    nk_file_kind kind;
    nk_in_kind comp;
    if (stat(path, &sb) < 0) {
      /* A dangling link is not an input; anything else is an error. */
      if (errno != ENOENT) {
        nk_error_set(err, "%s: %s", path, strerror(errno));
        rc = -1;
      }
    } else if (S_ISDIR(sb.st_mode)) {
      int loop = 0;
      for (const nk_dir_seen *s = &here; s; s = s->up)
        loop |= s->dev == sb.st_dev && s->ino == sb.st_ino;
      if (!loop)
        rc = nk_walk(r, path, &here, err);
    } else if (S_ISREG(sb.st_mode) && nk_classify(path, &kind, &comp)) {
      nk_add_file(r, path, kind, comp);
    }
    free(path);
  }
  closedir(d);
  return rc;
}

static int nk_cmp_file(const void *a, const void *b) {
  return strcmp(((const nk_in_file *)a)->path, ((const nk_in_file *)b)->path);
}

static int nk_expand(nk_reader *r, const char *in, nk_error *err) {
  nk_file_kind kind;
  nk_in_kind comp;
  if (strcmp(in, "-") == 0) {
    nk_add_file(r, in, NK_FILE_STDIN, NK_IN_PLAIN);
    return 0;
  }
  struct stat sb;
  if (stat(in, &sb) < 0) {
    nk_error_set(err, "%s: %s", in, strerror(errno));
    return -1;
  }
  if (S_ISDIR(sb.st_mode)) {
    size_t first = r->nfiles;
    if (nk_walk(r, in, NULL, err) < 0)
      return -1;
    qsort(r->files + first, r->nfiles - first, sizeof *r->files, nk_cmp_file);
    return 0;
  }
  FILE *f = fopen(in, "rb");
  if (!f) {
    nk_error_set(err, "%s: %s", in, strerror(errno));
    return -1;
  }
  fclose(f);
  /* Named explicitly: compressed files are JSON Lines, anything that is
   * not JSON Lines is a text article whatever its extension. */
  nk_classify(in, &kind, &comp);
  if (kind == NK_FILE_TEXT && nk_str_ends_with(in, ".gz")) {
    kind = NK_FILE_JSONL;
    comp = NK_IN_GZIP;
  } else if (kind == NK_FILE_TEXT && nk_str_ends_with(in, ".xz")) {
    kind = NK_FILE_JSONL;
    comp = NK_IN_XZ;
  } else if (nk_str_ends_with(in, ".ndjson")) {
    kind = NK_FILE_JSONL;
  }
  nk_add_file(r, in, kind, comp);
  return 0;
}

nk_reader *nk_reader_new(const char *const *inputs, size_t ninputs,
                         nk_error *err) {
  nk_reader *r = nk_xcalloc(1, sizeof *r);
  for (size_t i = 0; i < ninputs; i++)
    if (nk_expand(r, inputs[i], err) < 0) {
      nk_reader_free(r);
      return NULL;
    }
  return r;
}

static void nk_reader_close(nk_reader *r) {
  if (r->open)
    nk_stream_close(&r->stream);
  r->open = 0;
  free(r->base);
  r->base = NULL;
  r->cur = NULL;
}

void nk_reader_free(nk_reader *r) {
  if (!r)
    return;
  nk_reader_close(r);
  for (size_t i = 0; i < r->nfiles; i++)
    free(r->files[i].path);
  free(r->files);
  nk_buf_free(&r->line);
  free(r);
}

void nk_raw_article_free(nk_raw_article *a) {
  nk_meta_free(&a->meta);
  free(a->text);
  *a = (nk_raw_article){0};
}

/* ------------------------------------------------------- text metadata */

static int nk_digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

static int nk_num(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* Length of a date YYYY, YYYY-MM or YYYY-MM-DD at s (n bytes available),
 * 0 when there is none.  The year must be plausible for news. */
static size_t nk_date_len(const char *s, size_t n) {
  if (n < 4 || !nk_digits(s, 4))
    return 0;
  int year = nk_num(s, 4);
  if (year < 1800 || year > 2199)
    return 0;
  if (n < 7 || s[4] != '-' || !nk_digits(s + 5, 2))
    return 4;
  int month = nk_num(s + 5, 2);
  if (month < 1 || month > 12)
    return 0;
  if (n < 10 || s[7] != '-' || !nk_digits(s + 8, 2))
    return 7;
  int day = nk_num(s + 8, 2);
  return day >= 1 && day <= 31 ? 10 : 0;
}

static int nk_is_blank(char c) {
  return c == ' ' || c == '\t';
}

/* " date 2023-07 " at s: the prefix length (its spaces and one line end
 * included), 0 when s does not start that way. */
static size_t nk_date_prefix(const char *s, size_t n, char **date) {
  size_t i = 0;
  while (i < n && nk_is_blank(s[i]))
    i++;
  if (n - i < 5 || strncmp(s + i, "date", 4) != 0 || !nk_is_blank(s[i + 4]))
    return 0;
  i += 4;
  while (i < n && nk_is_blank(s[i]))
    i++;
  size_t dl = nk_date_len(s + i, n - i);
  if (!dl)
    return 0;
  size_t d = i;
  i += dl;
  /* The date must end there: "2023-07-1234" or "2023-07x" are not dates. */
  if (i < n && !nk_is_blank(s[i]) && s[i] != '\n' && s[i] != '\r')
    return 0;
  while (i < n && nk_is_blank(s[i]))
    i++;
  if (i < n && s[i] == '\r')
    i++;
  if (i < n && s[i] == '\n')
    i++;
  *date = nk_xstrndup(s + d, dl);
  return i;
}

/* Byte length of the line at s, its line end included, and in *content
 * the length without line end and trailing blanks. */
static size_t nk_line_len(const char *s, size_t n, size_t *content) {
  const char *nl = memchr(s, '\n', n);
  size_t full = nl ? (size_t)(nl - s) + 1 : n;
  size_t c = nl ? (size_t)(nl - s) : n;
  while (c && (nk_is_blank(s[c - 1]) || s[c - 1] == '\r'))
    c--;
  *content = c;
  return full;
}

/* A "key: value" header line; returns its length (line end included) and
 * stores the value in the matching meta field, 0 when the line is not one.
 * Strict: a known key, lower case, a colon, a space, a well-formed value. */
static size_t nk_header_line(const char *s, size_t n, nk_meta *m) {
  static const char *const keys[] = {"title", "titre", "date", "url", "source"};
  size_t content;
  size_t full = nk_line_len(s, n, &content);
  for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
    size_t kl = strlen(keys[k]);
    if (content < kl + 3 || strncmp(s, keys[k], kl) != 0 || s[kl] != ':' ||
        !nk_is_blank(s[kl + 1]))
      continue;
    size_t v = kl + 1;
    while (v < content && nk_is_blank(s[v]))
      v++;
    const char *val = s + v;
    size_t vl = content - v;
    char **field;
    switch (keys[k][0]) {
    case 'd':
      if (nk_date_len(val, vl) != vl &&
          !(vl > 10 && val[10] == 'T' && nk_date_len(val, 10) == 10))
        return 0;
      if (vl > 10)
        vl = 10; /* an ISO date-time: keep the day */
      field = &m->date;
      break;
    case 'u':
      if (strncmp(val, "http://", 7) != 0 && strncmp(val, "https://", 8) != 0)
        return 0;
      if (memchr(val, ' ', vl))
        return 0;
      field = &m->url;
      break;
    case 's':
      if (vl > 120)
        return 0;
      field = &m->publisher;
      break;
    default:
      if (vl > 400)
        return 0;
      field = &m->title;
      break;
    }
    if (*field)
      return 0; /* said twice: this is not a header any more */
    *field = nk_xstrndup(val, vl);
    return full;
  }
  return 0;
}

/* Parses the metadata at the start of a text article into m; returns the
 * number of bytes it takes (the article's skip). */
static size_t nk_text_meta(const char *s, size_t n, nk_meta *m) {
  size_t pos = 0;
  /* A byte order mark belongs to the metadata when some follows. */
  size_t bom = n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3) ? 3 : 0;
  size_t at = bom;
  for (;;) {
    char *date = NULL;
    size_t k = m->date ? 0 : nk_date_prefix(s + at, n - at, &date);
    if (k) {
      m->date = date;
    } else {
      k = nk_header_line(s + at, n - at, m);
      if (!k)
        break;
    }
    at += k;
    pos = at;
  }
  return pos;
}

/* ------------------------------------------------------------ articles */

static int nk_has_nul(const char *s, size_t n, size_t *at) {
  const char *z = memchr(s, '\0', n);
  if (z)
    *at = (size_t)(z - s);
  return z != NULL;
}

static int nk_all_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!(nk_is_blank(s[i]) || s[i] == '\n' || s[i] == '\r'))
      return 0;
  return 1;
}

/* File name without directories and without its extension (all of
 * ".jsonl.gz" for compressed JSON Lines). */
static char *nk_basename_id(const char *path) {
  static const char *const exts[] = {".jsonl.gz", ".jsonl.xz", ".jsonl",
                                     ".ndjson"};
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  char *id = nk_xstrdup(b);
  size_t n = strlen(id);
  for (size_t k = 0; k < sizeof exts / sizeof *exts; k++)
    if (nk_str_ends_with(id, exts[k]) && n > strlen(exts[k])) {
      id[n - strlen(exts[k])] = '\0';
      return id;
    }
  char *dot = strrchr(id, '.');
  if (dot && dot != id)
    *dot = '\0';
  return id;
}

/* Moves *from into *to unless *to is already set. */
static void nk_take(char **to, char **from) {
  if (!*to) {
    *to = *from;
    *from = NULL;
  }
}

/* Checks and completes a text article read from name: metadata at the
 * start of the text (fields the input already gave win), empty or binary
 * contents. */
static int nk_finish_text(nk_raw_article *a, const char *name, nk_error *err) {
  size_t z;
  if (nk_has_nul(a->text, a->len, &z)) {
    nk_error_set(err, "%s: binary file (NUL byte at offset %zu), not text",
                 name, z);
    return -1;
  }
  nk_meta m = {0};
  a->skip = nk_text_meta(a->text, a->len, &m);
  nk_take(&a->meta.title, &m.title);
  nk_take(&a->meta.date, &m.date);
  nk_take(&a->meta.url, &m.url);
  nk_take(&a->meta.publisher, &m.publisher);
  nk_meta_free(&m);
  if (nk_all_blank(a->text + a->skip, a->len - a->skip)) {
    nk_error_set(err, "%s: empty article", name);
    return -1;
  }
  return 0;
}

static int nk_read_text_file(const nk_in_file *f, nk_raw_article *a,
                             nk_error *err) {
  nk_stream st;
  if (nk_stream_open(&st, f->path, NK_IN_PLAIN, err) < 0)
    return -1;
  nk_buf b = {0};
  int rc = nk_stream_rest(&st, &b);
  if (rc < 0)
    nk_error_set(err, "%s: %s", f->path, st.msg);
  nk_stream_close(&st);
  a->len = b.len;
  a->text = nk_buf_steal(&b);
  a->meta.id = nk_basename_id(f->path);
  a->meta.origin = nk_xstrdup(f->path);
  return rc < 0 ? -1 : nk_finish_text(a, f->path, err);
}

/* The string value of a member, or NULL (numbers as written for ids). */
static char *nk_member_str(const nk_json_object *o, const char *key,
                           int numbers) {
  const nk_json_member *m = nk_json_get(o, key);
  if (!m || !m->value)
    return NULL;
  if (m->type == NK_JSON_STRING || (numbers && m->type == NK_JSON_NUMBER))
    return m->value_len ? nk_xstrdup(m->value) : NULL;
  return NULL;
}

/* The YYYY, YYYY-MM or YYYY-MM-DD that date starts with (an ISO date-time
 * keeps its day), or NULL when it is no such date: nk_meta promises that
 * form.  Takes ownership of date. */
static char *nk_iso_date(char *date) {
  if (!date)
    return NULL;
  size_t n = strlen(date);
  size_t dl = nk_date_len(date, n);
  if (dl && (dl == n || date[dl] == 'T' || date[dl] == ' ')) {
    date[dl] = '\0';
    return date;
  }
  free(date);
  return NULL;
}

/* Fills a from the current JSON line. */
static int nk_json_article(nk_reader *r, nk_raw_article *a, nk_error *err) {
  const char *line = r->line.data;
  size_t len = r->line.len;
  size_t z;
  if (nk_has_nul(line, len, &z)) {
    nk_error_set(err, "%s:%zu: binary data (NUL byte at column %zu)", r->name,
                 r->lineno, z + 1);
    return -1;
  }
  nk_json_object o;
  nk_error jerr;
  if (nk_json_parse_object(line, len, &o, &jerr) < 0) {
    nk_error_set(err, "%s:%zu: %s", r->name, r->lineno, jerr.msg);
    return -1;
  }
  const nk_json_member *text = nk_json_get(&o, "text");
  int rc = 0;
  if (!text || text->type != NK_JSON_STRING) {
    nk_error_set(err, "%s:%zu: no \"text\" string", r->name, r->lineno);
    rc = -1;
  } else {
    a->meta.id = nk_member_str(&o, "id", 1);
    if (!a->meta.id)
      a->meta.id = nk_xasprintf("%s-%zu", r->base, r->lineno);
    a->meta.title = nk_member_str(&o, "title", 0);
    a->meta.date = nk_iso_date(nk_member_str(&o, "date", 0));
    a->meta.url = nk_member_str(&o, "url", 0);
    a->meta.publisher = nk_member_str(&o, "source", 0);
    a->meta.origin = nk_xasprintf("%s:%zu", r->name, r->lineno);
    a->len = text->value_len;
    a->text = nk_xstrndup(text->value, text->value_len);
    char *where = nk_xasprintf("%s:%zu", r->name, r->lineno);
    rc = nk_finish_text(a, where, err);
    free(where);
  }
  nk_json_object_free(&o);
  return rc;
}

/* Opens the stream of a JSON Lines file (or of standard input). */
static int nk_open_lines(nk_reader *r, const nk_in_file *f, nk_error *err) {
  if (nk_stream_open(&r->stream, f->path, f->comp, err) < 0)
    return -1;
  r->open = 1;
  r->cur = f;
  r->lineno = 0;
  int stdin_in = f->kind == NK_FILE_STDIN;
  r->name = stdin_in ? "stdin" : f->path;
  r->base = stdin_in ? nk_xstrdup("stdin") : nk_basename_id(f->path);
  return 0;
}

/* Standard input holds JSON Lines when its first non-blank byte is '{'.
 * The blanks before it are consumed and kept in skipped. */
static int nk_stdin_is_jsonl(nk_stream *st, nk_buf *skipped) {
  nk_buf_add(skipped, "", 0);
  for (;;) {
    if (st->pos >= st->len && !nk_stream_fill(st))
      return 0;
    while (st->pos < st->len) {
      char c = st->buf[st->pos];
      if (c == '{')
        return 1;
      if (!(nk_is_blank(c) || c == '\n' || c == '\r'))
        return 0;
      nk_buf_addc(skipped, c);
      st->pos++;
    }
  }
}

/* Standard input as one text article; the blanks read while looking for
 * its first byte are put back in front so that offsets stay right. */
static int nk_read_stdin_text(nk_reader *r, nk_buf *skipped, nk_raw_article *a,
                              nk_error *err) {
  int rc = nk_stream_rest(&r->stream, skipped);
  if (rc < 0)
    nk_error_set(err, "stdin: %s", r->stream.msg);
  a->len = skipped->len;
  a->text = nk_buf_steal(skipped);
  a->meta.id = nk_xstrdup("stdin");
  a->meta.origin = nk_xstrdup("stdin");
  nk_reader_close(r);
  return rc < 0 ? -1 : nk_finish_text(a, "stdin", err);
}

/* Next non-blank line of the open JSON Lines stream as an article. */
static int nk_next_line(nk_reader *r, nk_raw_article *out, nk_error *err) {
  for (;;) {
    int got = nk_stream_line(&r->stream, &r->line);
    if (got < 0) {
      nk_error_set(err, "%s:%zu: %s", r->name, r->lineno + 1, r->stream.msg);
      nk_reader_close(r);
      return -1;
    }
    if (got == 0) {
      nk_reader_close(r);
      return 0;
    }
    r->lineno++;
    char *l = r->line.data;
    size_t n = r->line.len;
    if (r->lineno == 1 && n >= 3 && !memcmp(l, "\xEF\xBB\xBF", 3)) {
      memmove(l, l + 3, n - 2); /* byte order mark */
      r->line.len = n -= 3;
    }
    if (nk_all_blank(l, n))
      continue;
    int rc = nk_json_article(r, out, err);
    if (rc < 0)
      nk_raw_article_free(out);
    return rc < 0 ? -1 : 1;
  }
}

int nk_reader_next(nk_reader *r, nk_raw_article *out, nk_error *err) {
  *out = (nk_raw_article){0};
  for (;;) {
    if (r->open) {
      int rc = nk_next_line(r, out, err);
      if (rc != 0)
        return rc;
      continue; /* that file is done */
    }
    if (r->next >= r->nfiles)
      return 0;
    const nk_in_file *f = &r->files[r->next++];
    if (f->kind == NK_FILE_TEXT) {
      if (nk_read_text_file(f, out, err) < 0) {
        nk_raw_article_free(out);
        return -1;
      }
      return 1;
    }
    if (nk_open_lines(r, f, err) < 0)
      return -1;
    if (f->kind == NK_FILE_STDIN) {
      nk_buf skipped = {0};
      if (nk_stdin_is_jsonl(&r->stream, &skipped)) {
        /* Blank lines before the first object still count. */
        for (size_t i = 0; i < skipped.len; i++)
          r->lineno += skipped.data[i] == '\n';
        nk_buf_free(&skipped);
        continue;
      }
      if (nk_read_stdin_text(r, &skipped, out, err) < 0) {
        nk_raw_article_free(out);
        return -1;
      }
      return 1;
    }
  }
}
