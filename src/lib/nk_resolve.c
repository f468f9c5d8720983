/* nk_resolve.c — one canonical entity per real-world name, within an
 * article and across the run.
 *
 * The registry maps aliases to entities.  Alias keys are the type letter
 * and the slug of the name (so case, accents and punctuation do not
 * matter): "P:vladimir-poutine".  It is seeded from entities.txt and
 * places.txt and grows with every article.  Surnames have their own map,
 * which remembers when two persons share one, so that a surname alone only
 * joins a person seen in another article when exactly one is known. */
#include <config.h>

#include "nk_names.h"
#include "nk_resolve.h"
#include "nk_strtab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unistr.h>

/* Returned by look-ups that find no entity. */
#define NK_NONE SIZE_MAX
/* Value of a surname that two or more persons share (the surname maps
 * only): it names none of them alone. */
#define NK_AMBIGUOUS (SIZE_MAX - 1)

/* ------------------------------------------------------------ string map */

/* A map from strings to entity indexes: the keys interned, the values in
 * an array indexed by the keys' ids. */
typedef struct {
  nk_strtab keys; /* keys; an id indexes vals */
  size_t *vals;   /* id -> value */
  size_t cap;     /* vals allocated */
} nk_smap;

static const size_t *nk_smap_get(const nk_smap *m, const char *key) {
  const size_t id = nk_strtab_find(&m->keys, key);
  return id == NK_STRTAB_NONE ? NULL : &m->vals[id];
}

/* The value of key, new and unset when *added. */
static size_t *nk_smap_at(nk_smap *m, const char *key, int *added) {
  const size_t n = nk_strtab_count(&m->keys);
  const size_t id = nk_strtab_intern(&m->keys, key);
  *added = id == n; /* a new key gets the next id */
  if (*added)
    nk_grow((void **)&m->vals, &m->cap, n + 1, sizeof *m->vals);
  return &m->vals[id];
}

/* Sets key to val unless key has a value: the first entity keeps it. */
static void nk_smap_put(nk_smap *m, const char *key, size_t val) {
  int added;
  size_t *v = nk_smap_at(m, key, &added);
  if (added)
    *v = val;
}

/* Records that a surname belongs to person e; two persons make it
 * ambiguous. */
static void nk_smap_put_surname(nk_smap *m, const char *key, size_t e) {
  int added;
  size_t *v = nk_smap_at(m, key, &added);
  if (added)
    *v = e;
  else if (*v != e)
    *v = NK_AMBIGUOUS;
}

static void nk_smap_free(nk_smap *m) {
  nk_strtab_free(&m->keys);
  free(m->vals);
  *m = (nk_smap){0};
}

/* -------------------------------------------------------------- registry */

typedef struct {
  nk_ent_type type; /* person, organization or place */
  char *canonical;  /* canonical name */
  char *key;        /* "person/<slug>" */
  char *wikidata;   /* Wikidata id or NULL */
} nk_rentity;

struct nk_registry {
  nk_rentity *ents;         /* entities in creation order */
  size_t nents, cap;        /* used and allocated */
  nk_smap alias;            /* "T:slug" -> entity */
  nk_smap surname;          /* slug of a person's last name -> entity */
  nk_smap canon;            /* "T:slug" of canonical names -> entity */
  nk_smap ends;             /* "first|last" slugs of persons' names with
                               middle names -> entity (or ambiguous) */
  const nk_lexicon *heads;  /* organization head words, or NULL */
  const nk_lexicon *arts;   /* le, la, the...: may open a title's name */
  const nk_lexicon *parts;  /* al, el, ben...: glued to a surname */
  const nk_lexicon *family; /* family names said first: Zhao, Moon */
};

static char nk_type_letter(nk_ent_type t) {
  switch (t) {
  case NK_ENT_PERSON:
    return 'P';
  case NK_ENT_ORG:
    return 'O';
  case NK_ENT_PLACE:
    return 'L';
  default:
    return 'A';
  }
}

static const char *nk_type_prefix(nk_ent_type t) {
  switch (t) {
  case NK_ENT_PERSON:
    return "person";
  case NK_ENT_ORG:
    return "org";
  case NK_ENT_PLACE:
    return "place";
  default:
    return "agent";
  }
}

static char *nk_alias_key(nk_ent_type t, const char *name) {
  char *slug = nk_slug(name);
  char *k = nk_xasprintf("%c:%s", nk_type_letter(t), slug);
  free(slug);
  return k;
}

/* Slug of the last word of a name ("Élisabeth Borne" -> "borne"), or NULL
 * for a one-word name. */
static char *nk_last_word_slug(const char *name) {
  const char *sp = strrchr(name, ' ');
  return sp && sp[1] ? nk_slug(sp + 1) : NULL;
}

/* The entity with alias name of type t, or NK_NONE. */
static size_t nk_reg_lookup(const nk_registry *reg, nk_ent_type t,
                            const char *name) {
  char *k = nk_alias_key(t, name);
  const size_t *v = nk_smap_get(&reg->alias, k);
  free(k);
  return v ? *v : NK_NONE;
}

/* "recep|erdogan" for "Recep Tayyip Erdogan": the slugs of the first and
 * last words of a name of three words or more (nwords >= 3), or of any
 * name of two words or more (nwords 2).  Newly allocated, or NULL. */
static char *nk_ends_key(const char *name, int nwords) {
  const char *sp = strchr(name, ' ');
  const char *last = strrchr(name, ' ');
  if (!sp || !last[1] || (nwords >= 3 && sp == last))
    return NULL;
  char *first = nk_xstrndup(name, (size_t)(sp - name));
  char *a = nk_slug(first), *b = nk_slug(last + 1);
  char *k = nk_xasprintf("%s|%s", a, b);
  free(first);
  free(a);
  free(b);
  return k;
}

/* The surname slug without a particle glued to it by a hyphen
 * ("al-otaiba" -> "otaiba"): the surname alone is often written so ("M.
 * Otaïba").  Points into slug, or NULL when there is no such particle. */
static const char *nk_unglued(const nk_registry *reg, const char *slug) {
  const char *h = strchr(slug, '-');
  if (!reg->parts || !h || h == slug || !h[1])
    return NULL;
  char *pre = nk_xstrndup(slug, (size_t)(h - slug));
  int ok = nk_lexicon_get(reg->parts, pre) != NULL;
  free(pre);
  return ok ? h + 1 : NULL;
}

/* Records the first word of name as a surname of e in map m when it is a
 * family name said first ("Zhao Lijian" -> "zhao"). */
static void nk_put_family_first(const nk_registry *reg, nk_smap *m,
                                const char *name, size_t e) {
  const char *sp = strchr(name, ' ');
  if (!reg->family || !sp)
    return;
  char *w = nk_xstrndup(name, (size_t)(sp - name));
  char *s = nk_slug(w);
  if (nk_lexicon_get(reg->family, s))
    nk_smap_put_surname(m, s, e);
  free(s);
  free(w);
}

/* Records slug s, and its unglued form, as a surname of e in map m. */
static void nk_put_surnames(const nk_registry *reg, nk_smap *m, const char *s,
                            size_t e) {
  nk_smap_put_surname(m, s, e);
  const char *u = nk_unglued(reg, s);
  if (u)
    nk_smap_put_surname(m, u, e);
}

static void nk_reg_alias(nk_registry *reg, size_t e, const char *name) {
  char *k = nk_alias_key(reg->ents[e].type, name);
  nk_smap_put(&reg->alias, k, e);
  free(k);
  if (reg->ents[e].type == NK_ENT_PERSON) {
    char *s = nk_last_word_slug(name);
    if (s)
      nk_put_surnames(reg, &reg->surname, s, e);
    nk_put_family_first(reg, &reg->surname, name, e);
    free(s);
    s = nk_ends_key(name, 3);
    if (s)
      nk_smap_put_surname(&reg->ends, s, e);
    free(s);
  }
}

/* A person's name without its middle names ("Recep Erdogan") names the
 * one known person whose full name has the same first and last words
 * ("Recep Tayyip Erdogan"), or NK_NONE. */
static size_t nk_reg_lookup_ends(const nk_registry *reg, const char *name) {
  char *k = nk_ends_key(name, 2);
  const size_t *v = k ? nk_smap_get(&reg->ends, k) : NULL;
  free(k);
  return v && *v != NK_AMBIGUOUS ? *v : NK_NONE;
}

/* "Parisien" in "les informations du Parisien": a title's name whose
 * article went into "du" or "au" is the known "Le Parisien".  Returns the
 * entity, or NK_NONE. */
static size_t nk_reg_lookup_article(const nk_registry *reg, const char *name);

/* The entity named canonical of type t, created when new. */
static size_t nk_reg_entity(nk_registry *reg, nk_ent_type t,
                            const char *canonical, const char *wikidata) {
  char *ck = nk_alias_key(t, canonical);
  const size_t *v = nk_smap_get(&reg->canon, ck);
  if (v) {
    free(ck);
    return *v;
  }
  size_t e = reg->nents;
  nk_rentity *r = NK_PUSH(reg->ents, reg->nents, reg->cap);
  r->type = t;
  r->canonical = nk_xstrdup(canonical);
  char *slug = nk_slug(canonical);
  r->key = nk_xasprintf("%s/%s", nk_type_prefix(t), slug);
  free(slug);
  r->wikidata = wikidata && *wikidata ? nk_xstrdup(wikidata) : NULL;
  nk_smap_put(&reg->canon, ck, e);
  free(ck);
  nk_reg_alias(reg, e, canonical);
  return e;
}

static void nk_seed_entity(const char *key, const char *value, void *ctx) {
  nk_registry *reg = ctx;
  nk_entity_entry en;
  if (!nk_entity_parse(value, &en))
    return;
  size_t e = nk_reg_entity(reg, en.type, en.canonical, en.wikidata);
  nk_reg_alias(reg, e, key);
  nk_entity_entry_free(&en);
}

static void nk_seed_place(const char *key, const char *value, void *ctx) {
  nk_registry *reg = ctx;
  if (!value || !*value)
    return;
  size_t e = nk_reg_entity(reg, NK_ENT_PLACE, value, NULL);
  nk_reg_alias(reg, e, key);
}

typedef struct {
  const nk_registry *reg; /* where to look */
  const char *name;       /* the name without its article */
  size_t found;           /* entity found, or NK_NONE */
} nk_art_ctx;

static void nk_try_article(const char *key, const char *value, void *ctx) {
  (void)value;
  nk_art_ctx *c = ctx;
  if (c->found != NK_NONE)
    return;
  size_t n = strlen(key);
  char *full =
      nk_xasprintf("%s%s%s", key, n && key[n - 1] == '\'' ? "" : " ", c->name);
  c->found = nk_reg_lookup(c->reg, NK_ENT_ORG, full);
  free(full);
}

static size_t nk_reg_lookup_article(const nk_registry *reg, const char *name) {
  nk_art_ctx c = {reg, name, NK_NONE};
  if (reg->arts && !strchr(name, ' '))
    nk_lexicon_foreach(reg->arts, nk_try_article, &c);
  return c.found;
}

nk_registry *nk_registry_new(const nk_lang *lang) {
  nk_registry *reg = nk_xcalloc(1, sizeof *reg);
  reg->heads = lang ? nk_lang_lex(lang, "org_heads") : NULL;
  reg->arts = lang ? nk_lang_lex(lang, "name_articles") : NULL;
  reg->parts = lang ? nk_lang_lex(lang, "particles") : NULL;
  reg->family = lang ? nk_lang_lex(lang, "name_family_first") : NULL;
  if (lang) {
    nk_lexicon_foreach(nk_lang_lex(lang, "entities"), nk_seed_entity, reg);
    nk_lexicon_foreach(nk_lang_lex(lang, "places"), nk_seed_place, reg);
  }
  return reg;
}

void nk_registry_free(nk_registry *reg) {
  if (!reg)
    return;
  for (size_t i = 0; i < reg->nents; i++) {
    free(reg->ents[i].canonical);
    free(reg->ents[i].key);
    free(reg->ents[i].wikidata);
  }
  free(reg->ents);
  nk_smap_free(&reg->alias);
  nk_smap_free(&reg->surname);
  nk_smap_free(&reg->canon);
  nk_smap_free(&reg->ends);
  free(reg);
}

/* Entity of a name that is not a mention: known alias, a surname shared by
 * exactly one known person, or a new entity. */
static size_t nk_reg_resolve_name(nk_registry *reg, nk_ent_type t,
                                  const char *name) {
  size_t e = nk_reg_lookup(reg, t, name);
  if (e == NK_NONE && t == NK_ENT_ORG)
    e = nk_reg_lookup_article(reg, name);
  if (e == NK_NONE && t == NK_ENT_PERSON)
    e = nk_reg_lookup_ends(reg, name);
  if (e != NK_NONE)
    return e;
  if (t == NK_ENT_PERSON && !strchr(name, ' ')) {
    char *s = nk_slug(name);
    const size_t *v = nk_smap_get(&reg->surname, s);
    free(s);
    if (v && *v != NK_AMBIGUOUS)
      return *v;
  }
  e = nk_reg_entity(reg, t, name, NULL);
  nk_reg_alias(reg, e, name);
  return e;
}

const char *nk_registry_key(nk_registry *reg, nk_ent_type type,
                            const char *name, const char **canonical) {
  if (!name || !*name) {
    if (canonical)
      *canonical = NULL;
    return NULL;
  }
  size_t e = nk_reg_resolve_name(reg, type, name);
  if (canonical)
    *canonical = reg->ents[e].canonical;
  return reg->ents[e].key;
}

/* ------------------------------------------------------------- one article */

/* A name written in capitals ("JOE BIDEN") in title case. */
static char *nk_display_name(const char *surface) {
  size_t n = strlen(surface);
  int lower = 0;
  for (size_t i = 0; i < n; i++)
    if (surface[i] >= 'a' && surface[i] <= 'z')
      lower = 1;
  if (lower || n == 0)
    return nk_xstrdup(surface);
  size_t ln = 0;
  uint8_t *low = u8_tolower((const uint8_t *)surface, n, NULL, NULL, NULL, &ln);
  if (!low)
    return nk_xstrdup(surface);
  size_t tn = 0;
  uint8_t *tc = u8_totitle(low, ln, NULL, NULL, NULL, &tn);
  free(low);
  if (!tc)
    return nk_xstrdup(surface);
  char *out = nk_xstrndup((const char *)tc, tn);
  free(tc);
  return out;
}

static int nk_is_acronym(const nk_doc *d, const nk_mention *m) {
  return m->tok_end == m->tok_begin + 1 &&
         (d->seg.toks[m->tok_begin].flags & NK_TF_ALLCAPS);
}

/* One capitalized word ("OMS", "Arcep"): the form an acronym takes. */
static int nk_is_acronym_form(const nk_doc *d, const nk_mention *m) {
  return m->tok_end == m->tok_begin + 1 &&
         nk_names_is_cap(&d->seg, m->tok_begin);
}

/* "Organisation mondiale de la santé (OMS)", "Office antistupéfiants
 * (Ofast)": an organization followed by its acronym in parentheses names
 * one entity. */
static void nk_link_acronyms(nk_registry *reg, const nk_doc *d) {
  for (size_t i = 0; i + 1 < d->nmentions; i++) {
    const nk_mention *a = &d->mentions[i], *b = &d->mentions[i + 1];
    if (a->type != NK_ENT_ORG || b->type != NK_ENT_ORG ||
        !nk_is_acronym_form(d, b) || nk_is_acronym(d, a) ||
        b->tok_begin != a->tok_end + 1 || b->tok_end >= d->seg.ntoks ||
        !nk_names_is_punct(&d->seg, a->tok_end, "(") ||
        !nk_names_is_punct(&d->seg, b->tok_end, ")"))
      continue;
    size_t ea = nk_reg_lookup(reg, NK_ENT_ORG, a->surface);
    size_t eb = nk_reg_lookup(reg, NK_ENT_ORG, b->surface);
    if (ea == NK_NONE && eb == NK_NONE) {
      char *name = nk_xstrdup(a->surface);
      ea = nk_reg_entity(reg, NK_ENT_ORG, name, NULL);
      free(name);
      nk_reg_alias(reg, ea, a->surface);
      nk_reg_alias(reg, ea, b->surface);
    } else if (ea == NK_NONE) {
      nk_reg_alias(reg, eb, a->surface);
    } else if (eb == NK_NONE) {
      nk_reg_alias(reg, ea, b->surface);
    }
  }
}

static void nk_set_mention(nk_mention *m, const nk_rentity *r) {
  free(m->canonical);
  free(m->key);
  free(m->wikidata);
  m->canonical = nk_xstrdup(r->canonical);
  m->key = nk_xstrdup(r->key);
  m->wikidata = r->wikidata ? nk_xstrdup(r->wikidata) : NULL;
}

static int nk_one_word(const nk_mention *m) {
  return m->tok_end == m->tok_begin + 1;
}

/* "la société Revenant Automotive" is "Revenant Automotive": a lower-case
 * head word before a capitalized name is no part of the name.  Returns the
 * name without it (newly allocated), or NULL. */
static char *nk_org_core(const nk_registry *reg, const nk_doc *d,
                         const nk_mention *m) {
  const nk_segments *seg = &d->seg;
  size_t tb = m->tok_begin;
  if (m->type != NK_ENT_ORG || !reg->heads || m->tok_end < tb + 2 ||
      !nk_names_is_lower(seg, tb) || !nk_names_is_cap(seg, tb + 1) ||
      !nk_names_get(reg->heads, seg, tb))
    return NULL;
  return nk_text_norm_slice(&d->text, seg->toks[tb + 1].start,
                            seg->toks[m->tok_end - 1].end);
}

/* Number of words of a mention. */
static size_t nk_mention_words(const nk_mention *m) {
  size_t n = 1;
  for (const char *p = m->surface; *p; p++)
    n += *p == ' ';
  return n;
}

/* One full name or non-person mention. */
static void nk_resolve_one(nk_registry *reg, nk_doc *d, nk_mention *m,
                           nk_smap *local) {
  if (m->type == NK_ENT_AGENT || (m->type == NK_ENT_PERSON && nk_one_word(m)))
    return;
  size_t e = nk_reg_lookup(reg, m->type, m->surface);
  if (e == NK_NONE && m->type == NK_ENT_PERSON)
    e = nk_reg_lookup_ends(reg, m->surface);
  if (e == NK_NONE && m->type == NK_ENT_ORG)
    e = nk_reg_lookup_article(reg, m->surface);
  if (e != NK_NONE && m->type != NK_ENT_PLACE)
    nk_reg_alias(reg, e, m->surface);
  char *core = e == NK_NONE ? nk_org_core(reg, d, m) : NULL;
  if (core) {
    e = nk_reg_lookup(reg, NK_ENT_ORG, core);
    if (e == NK_NONE)
      e = nk_reg_entity(reg, NK_ENT_ORG, core, NULL);
    nk_reg_alias(reg, e, m->surface);
    free(core);
  }
  if (e == NK_NONE) {
    char *name = m->type == NK_ENT_PERSON ? nk_display_name(m->surface)
                                          : nk_xstrdup(m->surface);
    e = nk_reg_entity(reg, m->type, name, NULL);
    free(name);
    nk_reg_alias(reg, e, m->surface);
  }
  nk_set_mention(m, &reg->ents[e]);
  if (m->type == NK_ENT_PERSON) {
    const char *names[2] = {m->surface, reg->ents[e].canonical};
    for (int k = 0; k < 2; k++) {
      char *s = nk_last_word_slug(names[k]);
      if (s)
        nk_put_surnames(reg, local, s, e);
      nk_put_family_first(reg, local, names[k], e);
      free(s);
    }
  }
}

/* Full names and non-persons; fills the article's surname map.  Names
 * with middle names go first, so that a shorter form of one in the same
 * article ("Recep Erdogan") finds it. */
static void nk_resolve_named(nk_registry *reg, nk_doc *d, nk_smap *local) {
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < d->nmentions; i++) {
      nk_mention *m = &d->mentions[i];
      int longname = m->type == NK_ENT_PERSON && nk_mention_words(m) >= 3;
      if (longname == (pass == 1))
        continue;
      nk_resolve_one(reg, d, m, local);
    }
}

/* Surnames alone: the article's full name first, then the registry. */
static void nk_resolve_surnames(nk_registry *reg, nk_doc *d,
                                const nk_smap *local) {
  for (size_t i = 0; i < d->nmentions; i++) {
    nk_mention *m = &d->mentions[i];
    if (m->type != NK_ENT_PERSON || !nk_one_word(m))
      continue;
    char *s = nk_slug(m->surface);
    const size_t *v = nk_smap_get(local, s);
    free(s);
    size_t e;
    if (v && *v != NK_AMBIGUOUS) {
      e = *v;
    } else {
      char *name = nk_display_name(m->surface);
      e = nk_reg_resolve_name(reg, NK_ENT_PERSON, name);
      free(name);
    }
    nk_set_mention(m, &reg->ents[e]);
  }
}

static void nk_resolve_agents(nk_doc *d) {
  char *id = nk_slug(d->meta.id ? d->meta.id : "");
  for (size_t i = 0; i < d->nmentions; i++) {
    nk_mention *m = &d->mentions[i];
    if (m->type != NK_ENT_AGENT)
      continue;
    free(m->canonical);
    free(m->key);
    m->canonical = nk_xstrdup(m->surface);
    m->key = nk_xasprintf("article/%s/agent/%zu", id, i + 1);
  }
  free(id);
}

/* Sets *key to entity e's key and *name to its canonical name: a fact
 * names its entity as the entity's mentions do (one schema:name per
 * entity, "Emmanuel Macron" rather than "Macron"). */
static void nk_set_field(const nk_registry *reg, size_t e, char **name,
                         char **key) {
  free(*key);
  *key = nk_xstrdup(reg->ents[e].key);
  if (strcmp(*name, reg->ents[e].canonical) != 0) {
    free(*name);
    *name = nk_xstrdup(reg->ents[e].canonical);
  }
}

/* A fact's name of type t: resolved, key set, name made canonical. */
static void nk_resolve_field(nk_registry *reg, nk_ent_type t, char **name,
                             char **key) {
  if (!*name || !**name) {
    free(*key);
    *key = NULL;
    return;
  }
  nk_set_field(reg, nk_reg_resolve_name(reg, t, *name), name, key);
}

/* An addressee may be an outlet or a person: a known alias of either type
 * wins, else it is taken for an organization. */
static void nk_resolve_addressee(nk_registry *reg, char **name, char **key) {
  if (!*name || !**name) {
    free(*key);
    *key = NULL;
    return;
  }
  size_t e = nk_reg_lookup(reg, NK_ENT_ORG, *name);
  if (e == NK_NONE)
    e = nk_reg_lookup(reg, NK_ENT_PERSON, *name);
  if (e == NK_NONE)
    e = nk_reg_resolve_name(reg, NK_ENT_ORG, *name);
  nk_set_field(reg, e, name, key);
}

/* "le président Poutine" and, further on, "le président russe Vladimir
 * Poutine": a title the article gives a person without its organization
 * takes the one it gives the same person with the same title elsewhere.
 * One pass to index the titles with an organization, one to fill. */
static void nk_share_role_orgs(nk_doc *d) {
  nk_smap with = {0}; /* "holder|title" -> first role with an org */
  for (size_t pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < d->nroles; i++) {
      nk_role *r = &d->roles[i];
      const char *k = d->mentions[r->holder].key;
      if (!k || (pass == 0) != (r->org_name != NULL))
        continue;
      char *t = nk_slug(r->title);
      char *key = nk_xasprintf("%s|%s", k, t);
      free(t);
      if (pass == 0) {
        nk_smap_put(&with, key, i); /* keeps the first */
      } else {
        const size_t *v = nk_smap_get(&with, key);
        if (v) {
          const nk_role *src = &d->roles[*v];
          r->org_name = nk_xstrdup(src->org_name);
          r->org_type = src->org_type;
        }
      }
      free(key);
    }
  nk_smap_free(&with);
}

static void nk_resolve_facts(nk_registry *reg, nk_doc *d) {
  for (size_t i = 0; i < d->nroles; i++) {
    nk_role *r = &d->roles[i];
    nk_resolve_field(reg, r->org_type, &r->org_name, &r->org_key);
  }
  for (size_t i = 0; i < d->nmeetings; i++) {
    nk_meeting *mt = &d->meetings[i];
    nk_resolve_field(reg, NK_ENT_PLACE, &mt->place, &mt->place_key);
    nk_resolve_field(reg, NK_ENT_ORG, &mt->source, &mt->source_key);
  }
  for (size_t i = 0; i < d->nstatements; i++)
    nk_resolve_addressee(reg, &d->statements[i].addressee,
                         &d->statements[i].addressee_key);
  for (size_t i = 0; i < d->ncitations; i++) {
    nk_citation *c = &d->citations[i];
    nk_resolve_field(reg, NK_ENT_ORG, &c->outlet, &c->outlet_key);
  }
}

int nk_resolve(nk_registry *reg, nk_doc *d, nk_error *err) {
  (void)err;
  nk_smap local = {0};
  nk_link_acronyms(reg, d);
  nk_resolve_named(reg, d, &local);
  nk_resolve_surnames(reg, d, &local);
  nk_resolve_agents(d);
  nk_share_role_orgs(d);
  nk_resolve_facts(reg, d);
  nk_smap_free(&local);
  return 0;
}
