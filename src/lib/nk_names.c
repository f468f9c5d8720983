/* nk_names.c — lexicon look-ups over tokens and token tests shared by the
 * mention, role and resolution stages. */
#include <config.h>

#include "nk_names.h"

#include <stdlib.h>
#include <string.h>

/* Whether token i ends in an elision apostrophe ("d'", "l'"): the next
 * word follows without a space in lexicon keys. */
static int nk_names_elided(const nk_token *t) {
  size_t n = strlen(t->form);
  return (t->flags & NK_TF_ELIDED) || (n > 0 && t->form[n - 1] == '\'');
}

char *nk_names_key(const nk_segments *seg, size_t tb, size_t te) {
  nk_buf b = {0};
  for (size_t i = tb; i < te && i < seg->ntoks; i++) {
    if (i > tb && !nk_names_elided(&seg->toks[i - 1]))
      nk_buf_addc(&b, ' ');
    nk_buf_adds(&b, seg->toks[i].lower);
  }
  if (!b.data)
    nk_buf_adds(&b, "");
  return nk_buf_steal(&b);
}

size_t nk_names_key_words(const nk_segments *seg, size_t tb, size_t te) {
  size_t n = 1;
  for (size_t i = tb; i < te && i < seg->ntoks; i++) {
    if (i > tb && !nk_names_elided(&seg->toks[i - 1]))
      n++;
    for (const char *p = seg->toks[i].lower; *p; p++)
      n += *p == ' ';
  }
  return n;
}

/* Whether a longer key may go on after the key cur that ends with token
 * t: cur must then be one of the lexicon's word-prefixes, unless t is an
 * elided word that does not end in an apostrophe (the next word follows
 * without a space at a place has_prefix does not record). */
static int nk_names_may_extend(const nk_lexicon *lex, const nk_token *t,
                               const char *cur) {
  if (nk_lexicon_has_prefix(lex, cur))
    return 1;
  size_t n = strlen(t->lower);
  return nk_names_elided(t) && (n == 0 || t->lower[n - 1] != '\'');
}

const char *nk_names_longest(const nk_lexicon *lex, const nk_segments *seg,
                             size_t i, size_t limit, size_t *len) {
  /* Elided words are written without a space, so a key of w words may
   * span more than w tokens: allow one extra token per word. */
  size_t maxt = nk_lexicon_max_words(lex) * 2;
  if (limit > seg->ntoks)
    limit = seg->ntoks;
  if (maxt == 0 || i >= limit)
    return NULL;
  if (limit - i > maxt)
    limit = i + maxt;
  /* The key grows token by token in one buffer, and only while it is the
   * beginning of some longer key: most words start no key at all, so this
   * is one or two look-ups a token.  A one-token key is the token's own
   * lower-case form and needs no copy. */
  const char *best = NULL;
  nk_buf key = {0};
  for (size_t k = i; k < limit; k++) {
    const nk_token *t = &seg->toks[k];
    const char *cur = t->lower;
    if (k > i) {
      if (k == i + 1)
        nk_buf_adds(&key, seg->toks[i].lower);
      if (!nk_names_elided(&seg->toks[k - 1]))
        nk_buf_addc(&key, ' ');
      nk_buf_adds(&key, t->lower);
      cur = key.data;
    }
    if (t->kind == NK_TOK_WORD || t->kind == NK_TOK_NUMBER) {
      const char *v = nk_lexicon_get(lex, cur);
      if (v) {
        best = v;
        *len = k - i + 1;
      }
    }
    if (!nk_names_may_extend(lex, t, cur))
      break;
  }
  nk_buf_free(&key);
  return best;
}

const char *nk_names_get(const nk_lexicon *lex, const nk_segments *seg,
                         size_t i) {
  if (i >= seg->ntoks)
    return NULL;
  return nk_lexicon_get(lex, seg->toks[i].lower);
}

int nk_names_is_word(const nk_segments *seg, size_t i) {
  return i < seg->ntoks && seg->toks[i].kind == NK_TOK_WORD;
}

int nk_names_is_cap(const nk_segments *seg, size_t i) {
  return nk_names_is_word(seg, i) &&
         (seg->toks[i].flags & (NK_TF_CAP | NK_TF_ALLCAPS));
}

int nk_names_is_lower(const nk_segments *seg, size_t i) {
  return nk_names_is_word(seg, i) &&
         !(seg->toks[i].flags & (NK_TF_CAP | NK_TF_ALLCAPS));
}

int nk_names_is_punct(const nk_segments *seg, size_t i, const char *p) {
  return i < seg->ntoks && seg->toks[i].kind == NK_TOK_PUNCT &&
         strcmp(seg->toks[i].form, p) == 0;
}

int nk_entity_parse(const char *value, nk_entity_entry *e) {
  *e = (nk_entity_entry){0};
  if (!value)
    return 0;
  const char *p1 = strchr(value, '|');
  if (!p1)
    return 0;
  const char *p2 = strchr(p1 + 1, '|');
  const char *p3 = p2 ? strchr(p2 + 1, '|') : NULL;
  size_t tl = (size_t)(p1 - value);
  if (tl == 3 && strncmp(value, "PER", 3) == 0)
    e->type = NK_ENT_PERSON;
  else if (tl == 3 && strncmp(value, "ORG", 3) == 0)
    e->type = NK_ENT_ORG;
  else if (tl == 3 && strncmp(value, "LOC", 3) == 0)
    e->type = NK_ENT_PLACE;
  else
    return 0;
  const char *cend = p2 ? p2 : p1 + strlen(p1);
  if (cend == p1 + 1)
    return 0;
  e->canonical = nk_xstrndup(p1 + 1, (size_t)(cend - p1 - 1));
  if (p2) {
    const char *qend = p3 ? p3 : p2 + strlen(p2);
    if (qend > p2 + 1)
      e->wikidata = nk_xstrndup(p2 + 1, (size_t)(qend - p2 - 1));
  }
  e->caps_only = p3 && strchr(p3 + 1, 'A') != NULL;
  e->lower_ok = p3 && strchr(p3 + 1, 'L') != NULL;
  return 1;
}

void nk_entity_entry_free(nk_entity_entry *e) {
  free(e->canonical);
  free(e->wikidata);
  *e = (nk_entity_entry){0};
}

char *nk_names_canonical(const nk_lang *lang, const nk_doc *d,
                         const nk_mention *m) {
  if (m->canonical)
    return nk_xstrdup(m->canonical);
  char *key = nk_names_key(&d->seg, m->tok_begin, m->tok_end);
  const char *v = nk_lexicon_get(nk_lang_lex(lang, "entities"), key);
  nk_entity_entry e;
  char *out = NULL;
  if (v && nk_entity_parse(v, &e)) {
    out = e.canonical;
    e.canonical = NULL;
    nk_entity_entry_free(&e);
  } else if ((v = nk_lexicon_get(nk_lang_lex(lang, "places"), key)) && *v) {
    out = nk_xstrdup(v);
  }
  free(key);
  return out ? out : nk_xstrdup(m->surface);
}
