/* nk_lexicon.c — lexicons: folded keys interned in a string table (the
 * ids give insertion order) with the values in an array indexed by id,
 * loaded from "key<TAB>value" data files; and a language, the set of
 * lexicons of one data directory. */
#include <config.h>

#include "nk_lexicon.h"
#include "nk_strtab.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

struct nk_lexicon {
  nk_strtab keys;     /* folded keys; a key's id is its entry's index, in
                         insertion (file) order */
  char **values;      /* id -> value, "" when the line had none */
  size_t cap_values;  /* values allocated */
  size_t max_words;   /* most space-separated words in one key */
  nk_strtab prefixes; /* word-prefixes of the keys (has_prefix) */
};

nk_lexicon *nk_lexicon_new(void) {
  return nk_xcalloc(1, sizeof(nk_lexicon));
}

void nk_lexicon_free(nk_lexicon *lex) {
  if (!lex)
    return;
  for (size_t i = 0; i < nk_strtab_count(&lex->keys); i++)
    free(lex->values[i]);
  free(lex->values);
  nk_strtab_free(&lex->keys);
  nk_strtab_free(&lex->prefixes);
  free(lex);
}

/* Records the word-prefixes of key: the text before each space and the
 * text up to each apostrophe ("département d'" of "département d'état"),
 * the places where a key built token by token may stop and go on. */
static void nk_lex_add_prefixes(nk_lexicon *lex, const char *key) {
  for (size_t p = 1; key[p]; p++)
    if (key[p] == ' ' || key[p - 1] == '\'')
      nk_strtab_intern_len(&lex->prefixes, key, p);
}

/* Words in a folded key: one more than its spaces. */
static size_t nk_key_words(const char *key) {
  size_t n = *key ? 1 : 0;
  for (; *key; key++)
    if (*key == ' ')
      n++;
  return n;
}

/* Takes ownership of key (already folded) and value. */
static void nk_lex_insert(nk_lexicon *lex, char *key, char *value) {
  const size_t n = nk_strtab_count(&lex->keys);
  if (!*key || nk_strtab_intern(&lex->keys, key) < n) {
    free(key); /* empty, or a repeat: the first value stays */
    free(value);
    return;
  }
  nk_grow((void **)&lex->values, &lex->cap_values, n + 1, sizeof *lex->values);
  lex->values[n] = value;
  nk_lex_add_prefixes(lex, key);
  size_t w = nk_key_words(key);
  if (w > lex->max_words)
    lex->max_words = w;
  free(key);
}

void nk_lexicon_put(nk_lexicon *lex, const char *key, const char *value) {
  nk_lex_insert(lex, nk_lex_key(key), nk_xstrdup(value ? value : ""));
}

const char *nk_lexicon_get(const nk_lexicon *lex, const char *key) {
  if (!lex || !key)
    return NULL;
  const size_t id = nk_strtab_find(&lex->keys, key);
  return id == NK_STRTAB_NONE ? NULL : lex->values[id];
}

int nk_lexicon_has_prefix(const nk_lexicon *lex, const char *s) {
  return lex && s && nk_strtab_find(&lex->prefixes, s) != NK_STRTAB_NONE;
}

size_t nk_lexicon_size(const nk_lexicon *lex) {
  return lex ? nk_strtab_count(&lex->keys) : 0;
}

size_t nk_lexicon_max_words(const nk_lexicon *lex) {
  return lex ? lex->max_words : 0;
}

void nk_lexicon_foreach(const nk_lexicon *lex,
                        void (*fn)(const char *key, const char *value,
                                   void *ctx),
                        void *ctx) {
  for (size_t i = 0; lex && i < nk_strtab_count(&lex->keys); i++)
    fn(nk_strtab_str(&lex->keys, i), lex->values[i], ctx);
}

/* Length of the spacing or apostrophe-like character at s, with what it
 * folds to in *fold (' ' or '\''); 0 when s starts with something else. */
static size_t nk_fold_char(const char *s, char *fold) {
  const unsigned char *u = (const unsigned char *)s;
  if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r') {
    *fold = ' ';
    return 1;
  }
  if (u[0] == 0xC2 && u[1] == 0xA0) { /* U+00A0 no-break space */
    *fold = ' ';
    return 2;
  }
  if (u[0] == 0xCA && u[1] == 0xBC) { /* U+02BC modifier apostrophe */
    *fold = '\'';
    return 2;
  }
  if (u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x98 || u[2] == 0x99)) { /* U+2018 U+2019 */
    *fold = '\'';
    return 3;
  }
  if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF) { /* U+202F */
    *fold = ' ';
    return 3;
  }
  return 0;
}

char *nk_lex_key(const char *s) {
  size_t n = strlen(s);
  size_t lowlen = 0;
  uint8_t *low =
      u8_tolower((const uint8_t *)s, n, "fr", UNINORM_NFC, NULL, &lowlen);
  if (low) {
    /* u8_tolower does not terminate its result; nk_fold_char looks ahead. */
    low = nk_xrealloc(low, lowlen + 1);
    low[lowlen] = '\0';
  }
  /* Invalid UTF-8 cannot be lower-cased: fold the bytes as they are, so that
   * the key still matches itself. */
  const char *src = low ? (const char *)low : s;
  size_t srclen = low ? lowlen : n;
  nk_buf b = {0};
  nk_buf_add(&b, "", 0);
  for (size_t i = 0; i < srclen;) {
    char f;
    size_t k = nk_fold_char(src + i, &f);
    if (k) {
      /* Runs of spaces become one space; none at either end. */
      if (f == '\'' || (b.len && b.data[b.len - 1] != ' '))
        nk_buf_addc(&b, f);
      i += k;
    } else {
      nk_buf_addc(&b, src[i]);
      i++;
    }
  }
  if (b.len && b.data[b.len - 1] == ' ')
    b.data[--b.len] = '\0';
  free(low);
  return nk_buf_steal(&b);
}

/* Strips trailing white space (and a CR from CRLF files) in place. */
static void nk_rstrip(char *s) {
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
               s[n - 1] == '\n'))
    s[--n] = '\0';
}

int nk_lexicon_load(nk_lexicon *lex, const char *path, nk_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    nk_error_set(err, "%s: %s", path, strerror(errno));
    return -1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  size_t lineno = 0;
  int rc = 0;
  while ((got = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (memchr(line, '\0', (size_t)got) ||
        u8_check((const uint8_t *)line, (size_t)got)) {
      nk_error_set(err, "%s:%zu: invalid UTF-8", path, lineno);
      rc = -1;
      break;
    }
    nk_rstrip(line);
    char *key = line;
    /* A UTF-8 byte order mark at the start of the file is not a key. */
    if (lineno == 1 && !strncmp(key, "\xEF\xBB\xBF", 3))
      key += 3;
    while (*key == ' ')
      key++;
    if (!*key || *key == '#')
      continue;
    char *tab = strchr(key, '\t');
    const char *value = "";
    if (tab) {
      *tab = '\0';
      value = tab + 1;
      while (*value == ' ' || *value == '\t')
        value++;
    }
    nk_lexicon_put(lex, key, value);
  }
  if (rc == 0 && ferror(f)) {
    nk_error_set(err, "%s: read error", path);
    rc = -1;
  }
  free(line);
  fclose(f);
  return rc;
}

/* ------------------------------------------------------------ languages */

typedef struct {
  char *name;      /* file base name without ".txt" */
  nk_lexicon *lex; /* its entries */
} nk_named_lex;

struct nk_lang {
  char *code;         /* language code, "fr" */
  nk_named_lex *lexs; /* lexicons sorted by name (file order) */
  size_t nlexs;       /* entries in lexs */
  size_t cap_lexs;    /* entries allocated */
  nk_lexicon *empty;  /* returned for names with no file */
};

static int nk_cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int nk_is_txt(const char *name) {
  size_t n = strlen(name);
  return n > 4 && name[0] != '.' && !strcmp(name + n - 4, ".txt");
}

/* Sorted names of the *.txt files of dir. */
static int nk_list_txt(const char *dir, char ***out, size_t *nout,
                       nk_error *err) {
  DIR *d = opendir(dir);
  if (!d) {
    nk_error_set(err, "%s: %s", dir, strerror(errno));
    return -1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  const struct dirent *de;
  while ((de = readdir(d)))
    if (nk_is_txt(de->d_name))
      *NK_PUSH(names, n, cap) = nk_xstrdup(de->d_name);
  closedir(d);
  if (n)
    qsort(names, n, sizeof *names, nk_cmp_str);
  *out = names;
  *nout = n;
  return 0;
}

nk_lang *nk_lang_load(const char *dir, const char *code, nk_error *err) {
  char *path = nk_xasprintf("%s/%s", dir, code);
  char **names = NULL;
  size_t n = 0;
  if (nk_list_txt(path, &names, &n, err) < 0) {
    free(path);
    return NULL;
  }
  nk_lang *lang = nk_xcalloc(1, sizeof *lang);
  lang->code = nk_xstrdup(code);
  lang->empty = nk_lexicon_new();
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    char *file = nk_xasprintf("%s/%s", path, names[i]);
    nk_named_lex *nl = NK_PUSH(lang->lexs, lang->nlexs, lang->cap_lexs);
    nl->name = nk_xstrndup(names[i], strlen(names[i]) - 4);
    nl->lex = nk_lexicon_new();
    if (rc == 0 && nk_lexicon_load(nl->lex, file, err) < 0)
      rc = -1;
    free(file);
    free(names[i]);
  }
  free(names);
  free(path);
  if (rc < 0) {
    nk_lang_free(lang);
    return NULL;
  }
  return lang;
}

void nk_lang_free(nk_lang *lang) {
  if (!lang)
    return;
  for (size_t i = 0; i < lang->nlexs; i++) {
    free(lang->lexs[i].name);
    nk_lexicon_free(lang->lexs[i].lex);
  }
  free(lang->lexs);
  nk_lexicon_free(lang->empty);
  free(lang->code);
  free(lang);
}

const nk_lexicon *nk_lang_lex(const nk_lang *lang, const char *name) {
  /* A handful of files per language: a linear scan is enough. */
  for (size_t i = 0; lang && i < lang->nlexs; i++)
    if (!strcmp(lang->lexs[i].name, name))
      return lang->lexs[i].lex;
  if (lang)
    return lang->empty;
  /* No language at all: a shared empty lexicon, never written to. */
  static nk_lexicon empty_lex;
  return &empty_lex;
}

const char *nk_lang_code(const nk_lang *lang) {
  return lang ? lang->code : "";
}
