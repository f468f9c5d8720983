/* nk_lexicon.c — lexicons: an open-addressing hash map from folded keys to
 * values, kept in insertion order, loaded from "key<TAB>value" data files;
 * and a language, the set of lexicons of one data directory. */
#include <config.h>

#include "nk_lexicon.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

typedef struct {
  char *key;   /* folded key, NUL-terminated */
  char *value; /* value, "" when the line had none */
} nk_lex_entry;

/* A hash set of strings (the word-prefixes of the keys). */
typedef struct {
  char **keys;   /* owned strings, NULL = empty slot */
  size_t nslots; /* power of two, or 0 before the first add */
  size_t n;      /* strings stored */
} nk_lex_set;

struct nk_lexicon {
  nk_lex_entry *entries; /* entries in insertion order */
  size_t nentries;       /* entries used */
  size_t cap_entries;    /* entries allocated */
  size_t *slots;         /* hash table: entry index + 1, 0 = empty */
  size_t nslots;         /* power of two, or 0 before the first put */
  size_t max_words;      /* most space-separated words in one key */
  nk_lex_set prefixes;   /* word-prefixes of the keys (has_prefix) */
};

/* FNV-1a: short keys, good enough spread, no dependency. */
static size_t nk_lex_hash(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ull;
  }
  return (size_t)(h ^ (h >> 32));
}

nk_lexicon *nk_lexicon_new(void) {
  return nk_xcalloc(1, sizeof(nk_lexicon));
}

void nk_lexicon_free(nk_lexicon *lex) {
  if (!lex)
    return;
  for (size_t i = 0; i < lex->nentries; i++) {
    free(lex->entries[i].key);
    free(lex->entries[i].value);
  }
  free(lex->entries);
  free(lex->slots);
  for (size_t i = 0; i < lex->prefixes.nslots; i++)
    free(lex->prefixes.keys[i]);
  free(lex->prefixes.keys);
  free(lex);
}

/* Slot holding key, or the empty slot where it would go. */
static size_t nk_lex_find(const nk_lexicon *lex, const char *key) {
  size_t mask = lex->nslots - 1;
  size_t i = nk_lex_hash(key) & mask;
  while (lex->slots[i] && strcmp(lex->entries[lex->slots[i] - 1].key, key) != 0)
    i = (i + 1) & mask;
  return i;
}

/* Keeps the load factor under one half so that probes stay short. */
static void nk_lex_rehash(nk_lexicon *lex) {
  size_t n = lex->nslots ? lex->nslots * 2 : 64;
  free(lex->slots);
  lex->slots = nk_xcalloc(n, sizeof *lex->slots);
  lex->nslots = n;
  for (size_t e = 0; e < lex->nentries; e++)
    lex->slots[nk_lex_find(lex, lex->entries[e].key)] = e + 1;
}

/* Slot of the set holding the n bytes at s, or the empty slot where they
 * would go.  The set must have slots. */
static size_t nk_set_find(const nk_lex_set *set, const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a, as nk_lex_hash */
  for (size_t k = 0; k < n; k++) {
    h ^= (unsigned char)s[k];
    h *= 1099511628211ull;
  }
  size_t mask = set->nslots - 1;
  size_t i = (size_t)(h ^ (h >> 32)) & mask;
  while (set->keys[i] &&
         (strncmp(set->keys[i], s, n) != 0 || set->keys[i][n] != '\0'))
    i = (i + 1) & mask;
  return i;
}

/* Adds a copy of the n bytes at s to the set, unless already there. */
static void nk_set_add(nk_lex_set *set, const char *s, size_t n) {
  if ((set->n + 1) * 2 > set->nslots) {
    nk_lex_set old = *set;
    set->nslots = old.nslots ? old.nslots * 2 : 64;
    set->keys = nk_xcalloc(set->nslots, sizeof *set->keys);
    for (size_t i = 0; i < old.nslots; i++)
      if (old.keys[i])
        set->keys[nk_set_find(set, old.keys[i], strlen(old.keys[i]))] =
            old.keys[i];
    free(old.keys);
  }
  size_t i = nk_set_find(set, s, n);
  if (!set->keys[i]) {
    set->keys[i] = nk_xstrndup(s, n);
    set->n++;
  }
}

/* Records the word-prefixes of key: the text before each space and the
 * text up to each apostrophe ("département d'" of "département d'état"),
 * the places where a key built token by token may stop and go on. */
static void nk_lex_add_prefixes(nk_lexicon *lex, const char *key) {
  for (size_t p = 1; key[p]; p++)
    if (key[p] == ' ' || key[p - 1] == '\'')
      nk_set_add(&lex->prefixes, key, p);
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
  if (!*key || (lex->nslots && lex->slots[nk_lex_find(lex, key)])) {
    free(key);
    free(value);
    return;
  }
  if ((lex->nentries + 1) * 2 > lex->nslots)
    nk_lex_rehash(lex);
  size_t slot = nk_lex_find(lex, key);
  nk_lex_entry *e = NK_PUSH(lex->entries, lex->nentries, lex->cap_entries);
  e->key = key;
  e->value = value;
  lex->slots[slot] = lex->nentries;
  nk_lex_add_prefixes(lex, key);
  size_t w = nk_key_words(key);
  if (w > lex->max_words)
    lex->max_words = w;
}

void nk_lexicon_put(nk_lexicon *lex, const char *key, const char *value) {
  nk_lex_insert(lex, nk_lex_key(key), nk_xstrdup(value ? value : ""));
}

const char *nk_lexicon_get(const nk_lexicon *lex, const char *key) {
  if (!lex || !lex->nslots || !key)
    return NULL;
  size_t s = lex->slots[nk_lex_find(lex, key)];
  return s ? lex->entries[s - 1].value : NULL;
}

int nk_lexicon_has_prefix(const nk_lexicon *lex, const char *s) {
  if (!lex || !lex->prefixes.nslots || !s)
    return 0;
  return lex->prefixes.keys[nk_set_find(&lex->prefixes, s, strlen(s))] != NULL;
}

size_t nk_lexicon_size(const nk_lexicon *lex) {
  return lex ? lex->nentries : 0;
}

size_t nk_lexicon_max_words(const nk_lexicon *lex) {
  return lex ? lex->max_words : 0;
}

void nk_lexicon_foreach(const nk_lexicon *lex,
                        void (*fn)(const char *key, const char *value,
                                   void *ctx),
                        void *ctx) {
  for (size_t i = 0; lex && i < lex->nentries; i++)
    fn(lex->entries[i].key, lex->entries[i].value, ctx);
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
