/* nk_graph.c — resolved nk_docs to RDF (vocabulary: docs/model.md).
 *
 * Each article is first turned into a private list of statements.  Every IRI
 * is checked with nk_iri_ok and every literal with u8_check while the list is
 * built (librdf checks neither, and would write output no parser accepts);
 * only when the whole article is clean does the list reach the output, so a
 * bad article leaves no trace.
 *
 * RDF/XML: the statements go into one "hashes" store (memory hash type) for
 * the whole run, written by librdf's serializer at the end (an RDF/XML
 * document cannot be written in pieces).
 *
 * N-Triples, N-Quads and Turtle stream: each article's list is sorted, made
 * unique and written at once, so memory does not grow with the corpus.  For
 * N-Triples and N-Quads one raptor serializer is started on the output when
 * the graph is created.  raptor's Turtle serializer holds everything until
 * its end (raptor_serializer_flush writes nothing in raptor 2.0.15,
 * measured), so each article gets its own Turtle serializer writing to
 * memory, and the chunks are written one after the other: a Turtle document
 * may hold any number of subject blocks, and only the first chunk keeps the
 * prefix lines.  Sorting makes the bytes independent of any store's hash
 * order.  Entity naming triples (type, name, labels, sameAs) are shared by
 * articles: a set remembers those already written, so that they appear once.
 * In N-Quads an article's facts are in the named graph of the article's IRI;
 * the naming triples, which belong to no single article, are in the default
 * graph.
 *
 * Entity IRIs are base + key.  When the resolver did not set a key (unit
 * tests, a pipeline without resolution), the key is derived here the way the
 * resolver does it: "person/", "org/" or "place/" + nk_slug(canonical name,
 * else surface form); an unnamed agent gets "article/<slug(id)>/agent/<n>"
 * with n its 1-based mention index. */
#include <config.h>

#include "nk_events.h"
#include "nk_graph.h"
#include "nk_strtab.h"

#include <librdf.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#define NK_NS "https://w3id.org/newskg/ontology#"
#define SCHEMA_NS "http://schema.org/"
#define FOAF_NS "http://xmlns.com/foaf/0.1/"
#define ORG_NS "http://www.w3.org/ns/org#"
#define PROV_NS "http://www.w3.org/ns/prov#"
#define SEM_NS "http://semanticweb.cs.vu.nl/2009/11/sem/"
#define OWL_NS "http://www.w3.org/2002/07/owl#"
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_NS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define WIKIDATA_NS "http://www.wikidata.org/entity/"

/* ------------------------------------------------------------ the graph */

struct nk_graph {
  librdf_world *world;       /* private world: its logger reports to us */
  nk_format fmt;             /* output syntax */
  FILE *out;                 /* where it goes (not closed) */
  char *base;                /* data IRI prefix, checked */
  librdf_storage *storage;   /* RDF/XML: store of the whole run */
  librdf_model *model;       /* model over storage */
  raptor_serializer *stream; /* N-Triples, N-Quads: started on out */
  int stream_open;           /* stream started and not yet ended */
  int chunked;               /* Turtle: one serializer per written batch */
  size_t chunks;             /* Turtle chunks written so far */
  nk_strtab named;           /* naming triples written (streamed formats) */
  size_t ntriples;           /* triples added so far */
  librdf_uri *xsd_integer;   /* datatypes used for typed literals */
  librdf_uri *xsd_date;
  librdf_uri *xsd_gyear;
  librdf_uri *xsd_gyearmonth;
  nk_error *log_err; /* where the logger reports librdf errors, or NULL */
  int log_failed;    /* the logger saw an error since last reset */
  nk_events *events; /* meetings of the run, linked across articles at the
                        end (nk_add_events) */
  int events_done;   /* the linked facts have been added */
};

/* librdf and raptor report through this: warnings are dropped (the checks
 * here already refuse what would be wrong), errors become the nk_error. */
static int nk_graph_log(void *user_data, librdf_log_message *m) {
  nk_graph *g = user_data;
  if (librdf_log_message_level(m) >= LIBRDF_LOG_ERROR) {
    if (!g->log_failed && g->log_err)
      nk_error_set(g->log_err, "RDF library: %s",
                   librdf_log_message_message(m));
    g->log_failed = 1;
  }
  return 1;
}

int nk_iri_ok(const char *s) {
  if (!s || !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
    return 0;
  const char *p = s + 1;
  while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
         (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p != ':')
    return 0;
  for (const unsigned char *c = (const unsigned char *)p; *c; c++)
    if (*c <= 0x20 || *c == 0x7F || strchr("<>\"{}|^`\\", *c))
      return 0;
  return u8_check((const uint8_t *)s, strlen(s)) == NULL;
}

static librdf_uri *nk_uri(librdf_world *w, const char *s) {
  return librdf_new_uri(w, (const unsigned char *)s);
}

nk_graph *nk_graph_new(const char *base, nk_format fmt, FILE *out,
                       nk_error *err) {
  size_t blen = base ? strlen(base) : 0;
  if (!nk_iri_ok(base) || (base[blen - 1] != '/' && base[blen - 1] != '#')) {
    nk_error_set(err,
                 "invalid base IRI \"%s\": it must be an absolute IRI "
                 "ending in '/' or '#'",
                 base ? base : "(null)");
    return NULL;
  }
  nk_graph *g = nk_xcalloc(1, sizeof *g);
  g->fmt = fmt;
  g->out = out;
  g->base = nk_xstrdup(base);
  g->log_err = err;
  g->events = nk_events_new();
  g->world = librdf_new_world();
  if (!g->world) {
    nk_error_set(err, "cannot create the RDF library's world");
    free(g->base);
    free(g);
    return NULL;
  }
  librdf_world_set_logger(g->world, g, nk_graph_log);
  librdf_world_open(g->world);
  g->xsd_integer = nk_uri(g->world, XSD_NS "integer");
  g->xsd_date = nk_uri(g->world, XSD_NS "date");
  g->xsd_gyear = nk_uri(g->world, XSD_NS "gYear");
  g->xsd_gyearmonth = nk_uri(g->world, XSD_NS "gYearMonth");
  if (fmt == NK_FMT_TURTLE) {
    g->chunked = 1;
  } else if (fmt == NK_FMT_RDFXML) {
    g->storage =
        librdf_new_storage(g->world, "hashes", "newskg", "hash-type='memory'");
    g->model = g->storage ? librdf_new_model(g->world, g->storage, NULL) : NULL;
  } else {
    raptor_world *rw = librdf_world_get_raptor(g->world);
    g->stream =
        raptor_new_serializer(rw, fmt == NK_FMT_NQUADS ? "nquads" : "ntriples");
    if (g->stream &&
        raptor_serializer_start_to_file_handle(g->stream, NULL, out) != 0) {
      raptor_free_serializer(g->stream);
      g->stream = NULL;
    }
    g->stream_open = g->stream != NULL;
  }
  if (!g->model && !g->stream && !g->chunked) {
    if (!g->log_failed)
      nk_error_set(err, "cannot set up the RDF store or serializer");
    nk_graph_free(g);
    return NULL;
  }
  g->log_err = NULL;
  return g;
}

void nk_graph_free(nk_graph *g) {
  if (!g)
    return;
  /* Ending the stream frees raptor's iostream on out (nothing is written
   * for N-Triples and N-Quads, which have no trailer). */
  if (g->stream_open)
    raptor_serializer_serialize_end(g->stream);
  if (g->stream)
    raptor_free_serializer(g->stream);
  if (g->model)
    librdf_free_model(g->model);
  if (g->storage)
    librdf_free_storage(g->storage);
  librdf_free_uri(g->xsd_integer);
  librdf_free_uri(g->xsd_date);
  librdf_free_uri(g->xsd_gyear);
  librdf_free_uri(g->xsd_gyearmonth);
  librdf_free_world(g->world);
  nk_events_free(g->events);
  nk_strtab_free(&g->named);
  free(g->base);
  free(g);
}

size_t nk_graph_triples(const nk_graph *g) {
  return g->ntriples;
}

/* ------------------------------------------------------------ one article */

/* The statements of one article, built before any reaches the output. */
typedef struct {
  nk_graph *g;           /* the graph they are for */
  const nk_doc *d;       /* the article */
  char *art;             /* article IRI */
  librdf_statement **st; /* fact statements (article graph) */
  size_t nst, cap_st;    /* entries in st, allocated */
  librdf_statement **nm; /* entity naming statements (shared) */
  char **nm_key;         /* nm[i] as a set key: "s\x1fp\x1fo" */
  size_t nnm, cap_nm;    /* entries in nm and nm_key, allocated */
  size_t cap_nm_key;     /* allocated entries of nm_key */
  nk_error *err;         /* the first problem found */
  int failed;            /* a term was refused */
} nk_batch;

static void nk_batch_fail(nk_batch *b, const char *what, const char *value) {
  if (!b->failed)
    nk_error_set(b->err, "%s: %s %s%.80s%s",
                 b->d->meta.origin ? b->d->meta.origin
                 : b->d->meta.id   ? b->d->meta.id
                                   : "article",
                 what, value ? "\"" : "", value ? value : "",
                 value && strlen(value) > 80 ? "...\""
                 : value                     ? "\""
                                             : "");
  b->failed = 1;
}

/* 1 when the code points of s may appear in an XML 1.0 document (RDF/XML
 * cannot carry C0 controls other than tab, newline and carriage return). */
static int nk_xml_ok(const char *s) {
  for (const unsigned char *c = (const unsigned char *)s; *c; c++)
    if (*c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r')
      return 0;
  return strstr(s, "\xEF\xBF\xBE") == NULL && strstr(s, "\xEF\xBF\xBF") == NULL;
}

static librdf_node *nk_iri(nk_batch *b, const char *iri) {
  if (!nk_iri_ok(iri)) {
    nk_batch_fail(b, "invalid IRI", iri);
    return NULL;
  }
  return librdf_new_node_from_uri_string(b->g->world,
                                         (const unsigned char *)iri);
}

/* A literal of value s with datatype dt (NULL: plain).  NULL s: no term. */
static librdf_node *nk_lit(nk_batch *b, const char *s, librdf_uri *dt) {
  if (!s)
    return NULL;
  if (u8_check((const uint8_t *)s, strlen(s)) != NULL) {
    nk_batch_fail(b, "literal is not valid UTF-8:", NULL);
    return NULL;
  }
  if (b->g->fmt == NK_FMT_RDFXML && !nk_xml_ok(s)) {
    nk_batch_fail(b, "literal holds characters RDF/XML cannot carry:", s);
    return NULL;
  }
  return dt ? librdf_new_node_from_typed_literal(
                  b->g->world, (const unsigned char *)s, NULL, dt)
            : librdf_new_node_from_literal(b->g->world,
                                           (const unsigned char *)s, NULL, 0);
}

static librdf_node *nk_int(nk_batch *b, size_t v) {
  char num[32];
  snprintf(num, sizeof num, "%zu", v);
  return nk_lit(b, num, b->g->xsd_integer);
}

/* A date literal typed by its shape: YYYY, YYYY-MM or YYYY-MM-DD; any other
 * shape stays a plain literal rather than an ill-typed one. */
static librdf_node *nk_date(nk_batch *b, const char *s) {
  if (!s)
    return NULL;
  static const char *const shapes[] = {"9999", "9999-99", "9999-99-99"};
  librdf_uri *types[] = {b->g->xsd_gyear, b->g->xsd_gyearmonth, b->g->xsd_date};
  for (size_t k = 0; k < 3; k++) {
    const char *p = shapes[k], *c = s;
    while (*p && *c && (*p == '9' ? (*c >= '0' && *c <= '9') : *c == *p))
      p++, c++;
    if (!*p && !*c)
      return nk_lit(b, s, types[k]);
  }
  return nk_lit(b, s, NULL);
}

/* Makes (s p o) a statement of list *list, taking o.  Nothing when o is NULL
 * (an absent value, or a refused term already recorded in b). */
static librdf_statement *nk_make(nk_batch *b, const char *s, const char *p,
                                 librdf_node *o) {
  if (!o)
    return NULL;
  librdf_node *sn = nk_iri(b, s);
  if (!sn || b->failed) {
    if (sn)
      librdf_free_node(sn);
    librdf_free_node(o);
    return NULL;
  }
  librdf_node *pn =
      librdf_new_node_from_uri_string(b->g->world, (const unsigned char *)p);
  /* librdf frees the nodes it is given, even when it fails. */
  librdf_statement *st =
      pn ? librdf_new_statement_from_nodes(b->g->world, sn, pn, o) : NULL;
  if (!pn) {
    librdf_free_node(sn);
    librdf_free_node(o);
  }
  if (!st && !b->failed) {
    /* Dropping one triple silently would leave a fact half written. */
    b->failed = 1;
    nk_error_set(b->err, "librdf could not make a statement for <%s>", s);
  }
  return st;
}

/* A fact triple: belongs to the article. */
static void nk_fact(nk_batch *b, const char *s, const char *p, librdf_node *o) {
  librdf_statement *st = nk_make(b, s, p, o);
  if (st)
    *NK_PUSH(b->st, b->nst, b->cap_st) = st;
}

/* A naming triple about an entity: written once per export.  o_iri says
 * whether o is an IRI (else a plain literal). */
static void nk_name(nk_batch *b, const char *s, const char *p, const char *o,
                    int o_iri) {
  if (!o)
    return;
  librdf_statement *st =
      nk_make(b, s, p, o_iri ? nk_iri(b, o) : nk_lit(b, o, NULL));
  if (!st)
    return;
  size_t i = b->nnm;
  *NK_PUSH(b->nm, b->nnm, b->cap_nm) = st;
  nk_grow((void **)&b->nm_key, &b->cap_nm_key, i + 1, sizeof *b->nm_key);
  b->nm_key[i] = nk_xasprintf("%s\x1f%s\x1f%c%s", s, p, o_iri ? 'I' : 'L', o);
}

static void nk_batch_free(nk_batch *b) {
  for (size_t i = 0; i < b->nst; i++)
    if (b->st[i])
      librdf_free_statement(b->st[i]);
  for (size_t i = 0; i < b->nnm; i++) {
    if (b->nm[i])
      librdf_free_statement(b->nm[i]);
    free(b->nm_key[i]);
  }
  free(b->st);
  free(b->nm);
  free(b->nm_key);
  free(b->art);
}

/* ------------------------------------------------------------ vocabulary */

static const char *const nk_ent_class[] = {
    [NK_ENT_PERSON] = NK_NS "Person",
    [NK_ENT_ORG] = NK_NS "Organization",
    [NK_ENT_PLACE] = NK_NS "Place",
    [NK_ENT_AGENT] = NK_NS "UnnamedAgent",
};
static const char *const nk_ent_prefix[] = {
    [NK_ENT_PERSON] = "person/",
    [NK_ENT_ORG] = "org/",
    [NK_ENT_PLACE] = "place/",
    [NK_ENT_AGENT] = "agent/",
};
static const char *const nk_modality_code[] = {
    [NK_MOD_ASSERTED] = "asserted",
    [NK_MOD_REPORTED] = "reported",
    [NK_MOD_ALLEGED] = "alleged",
    [NK_MOD_DENIED] = "denied",
};
static const char *const nk_status_code[] = {
    [NK_STATUS_CURRENT] = "current",
    [NK_STATUS_FORMER] = "former",
    [NK_STATUS_OUTGOING] = "outgoing",
};
static const char *const nk_kind_code[] = {
    [NK_EVENT_MEETING] = "meeting",
    [NK_EVENT_CALL] = "call",
    [NK_EVENT_VISIT] = "visit",
};
static const char *const nk_kind_class[] = {
    [NK_EVENT_MEETING] = NK_NS "Meeting",
    [NK_EVENT_CALL] = NK_NS "Call",
    [NK_EVENT_VISIT] = NK_NS "Visit",
};
static const char *const nk_rel_code[] = {
    [NK_SRC_CITES] = "cites",
    [NK_SRC_PUBLISHER] = "publisher",
    [NK_SRC_CONTRIBUTOR] = "contributor",
};
static const char *const nk_rel_prop[] = {
    [NK_SRC_CITES] = NK_NS "cites",
    [NK_SRC_PUBLISHER] = SCHEMA_NS "publisher",
    [NK_SRC_CONTRIBUTOR] = SCHEMA_NS "contributor",
};

/* Enum values index the tables above: clamp what a buggy extractor might
 * put there rather than read out of bounds. */
#define NK_CODE(table, v)                                                      \
  ((size_t)(v) < sizeof(table) / sizeof *(table) ? (table)[(v)] : (table)[0])

/* Entity type told by a resolver key's first segment. */
static nk_ent_type nk_key_type(const char *key, nk_ent_type fallback) {
  for (size_t t = 0; t < 3; t++)
    if (strncmp(key, nk_ent_prefix[t], strlen(nk_ent_prefix[t])) == 0)
      return (nk_ent_type)t;
  return strncmp(key, "article/", 8) == 0 ? NK_ENT_AGENT : fallback;
}

/* IRI of an entity given by key, or by type + name when key is NULL. */
static char *nk_entity_iri(const nk_batch *b, const char *key, nk_ent_type type,
                           const char *name) {
  if (key)
    return nk_xasprintf("%s%s", b->g->base, key);
  char *slug = nk_slug(name);
  char *iri =
      nk_xasprintf("%s%s%s", b->g->base, NK_CODE(nk_ent_prefix, type), slug);
  free(slug);
  return iri;
}

/* IRI of a fact node of the article: <art>/<kind>/<n>, n 1-based. */
static char *nk_node_iri(const nk_batch *b, const char *kind, size_t i) {
  return nk_xasprintf("%s/%s/%zu", b->art, kind, i + 1);
}

/* Entity of a mention; writes its naming triples. */
static char *nk_mention_entity(nk_batch *b, size_t mi) {
  const nk_mention *m = &b->d->mentions[mi];
  char *iri;
  if (m->key || m->type != NK_ENT_AGENT)
    iri = nk_entity_iri(b, m->key, m->type,
                        m->canonical ? m->canonical : m->surface);
  else
    iri = nk_xasprintf("%s/agent/%zu", b->art, mi + 1);
  const char *name = m->canonical ? m->canonical : m->surface;
  if (m->type == NK_ENT_AGENT) {
    /* An unnamed agent lives in one article: its description is a fact of
     * that article, not a name shared across the export. */
    nk_fact(b, iri, RDF_NS "type", nk_iri(b, nk_ent_class[NK_ENT_AGENT]));
    nk_fact(b, iri, SCHEMA_NS "name", nk_lit(b, name, NULL));
    nk_fact(b, iri, NK_NS "inArticle", nk_iri(b, b->art));
    return iri;
  }
  nk_name(b, iri, RDF_NS "type", NK_CODE(nk_ent_class, m->type), 1);
  nk_name(b, iri, SCHEMA_NS "name", name, 0);
  nk_name(b, iri, RDFS_NS "label", m->surface, 0);
  if (m->wikidata) {
    char *wd = nk_xasprintf("%s%s", WIKIDATA_NS, m->wikidata);
    nk_name(b, iri, OWL_NS "sameAs", wd, 1);
    free(wd);
  }
  return iri;
}

/* Entity named outside any mention (a role's organization, a meeting's
 * place, an outlet); writes its type and name. */
static char *nk_named_entity(nk_batch *b, const char *key, nk_ent_type type,
                             const char *name) {
  if (!key && !name)
    return NULL;
  char *iri = nk_entity_iri(b, key, type, name);
  type = key ? nk_key_type(key, type) : type;
  if (type != NK_ENT_AGENT) {
    nk_name(b, iri, RDF_NS "type", NK_CODE(nk_ent_class, type), 1);
    nk_name(b, iri, SCHEMA_NS "name", name, 0);
  }
  return iri;
}

/* nk:inArticle, nk:evidenceText, nk:start, nk:end of fact node s. */
static void nk_evidence(nk_batch *b, const char *s, nk_span sp) {
  char *text = nk_doc_span_text(b->d, sp);
  nk_fact(b, s, NK_NS "inArticle", nk_iri(b, b->art));
  nk_fact(b, s, NK_NS "evidenceText", nk_lit(b, text ? text : "", NULL));
  nk_fact(b, s, NK_NS "start", nk_int(b, sp.start));
  nk_fact(b, s, NK_NS "end", nk_int(b, sp.end));
  free(text);
}

static void nk_add_article(nk_batch *b) {
  const nk_meta *m = &b->d->meta;
  nk_fact(b, b->art, RDF_NS "type", nk_iri(b, NK_NS "Article"));
  nk_fact(b, b->art, SCHEMA_NS "identifier", nk_lit(b, m->id, NULL));
  nk_fact(b, b->art, SCHEMA_NS "headline", nk_lit(b, m->title, NULL));
  nk_fact(b, b->art, SCHEMA_NS "datePublished", nk_date(b, m->date));
  if (m->url)
    nk_fact(b, b->art, SCHEMA_NS "url", nk_iri(b, m->url));
}

static void nk_add_mentions(nk_batch *b) {
  for (size_t i = 0; i < b->d->nmentions && !b->failed; i++) {
    char *node = nk_node_iri(b, "mention", i);
    char *ent = nk_mention_entity(b, i);
    nk_fact(b, node, RDF_NS "type", nk_iri(b, NK_NS "Mention"));
    nk_fact(b, node, NK_NS "refersTo", nk_iri(b, ent));
    nk_evidence(b, node, b->d->mentions[i].span);
    free(ent);
    free(node);
  }
}

/* Entity of mention index i, or NULL when i is out of range. */
static char *nk_mention_at(nk_batch *b, long i) {
  if (i < 0 || (size_t)i >= b->d->nmentions)
    return NULL;
  return nk_mention_entity(b, (size_t)i);
}

static void nk_add_roles(nk_batch *b) {
  for (size_t i = 0; i < b->d->nroles && !b->failed; i++) {
    const nk_role *r = &b->d->roles[i];
    char *node = nk_node_iri(b, "role", i);
    char *holder = nk_mention_at(b, (long)r->holder);
    char *org = r->org_name || r->org_key
                    ? nk_named_entity(b, r->org_key, r->org_type, r->org_name)
                    : NULL;
    nk_fact(b, node, RDF_NS "type", nk_iri(b, NK_NS "RoleHolding"));
    if (holder)
      nk_fact(b, node, ORG_NS "member", nk_iri(b, holder));
    nk_fact(b, node, NK_NS "roleTitle", nk_lit(b, r->title, NULL));
    if (org)
      nk_fact(b, node, NK_NS "roleOf", nk_iri(b, org));
    nk_fact(b, node, NK_NS "roleStatus",
            nk_lit(b, NK_CODE(nk_status_code, r->status), NULL));
    nk_evidence(b, node, r->evidence);
    free(org);
    free(holder);
    free(node);
  }
}

/* Records meeting node of the article for linking across articles
 * (nk_events.h): its kind, participant and place keys (IRIs without the
 * base) and the date parts it tells, the year possibly unknown. */
static void nk_record_meeting(nk_batch *b, const nk_meeting *mt,
                              const char *node, char **actors, size_t n,
                              const char *place) {
  size_t blen = strlen(b->g->base);
  const char **keys = nk_xcalloc(n + 1, sizeof *keys);
  for (size_t k = 0; k < n; k++)
    keys[k] = actors[k] + blen;
  nk_event_in in = {.node = node,
                    .article = b->art,
                    .kind = mt->kind,
                    .actors = keys,
                    .nactors = n,
                    .place = place ? place + blen : NULL,
                    .date = mt->date,
                    .month = mt->told_month,
                    .day = mt->told_day};
  nk_events_add(b->g->events, &in);
  free(keys);
}

static void nk_add_meeting(nk_batch *b, size_t i) {
  const nk_meeting *mt = &b->d->meetings[i];
  char *node = nk_node_iri(b, "meeting", i);
  char **actors = nk_xcalloc(mt->nparticipants + 1, sizeof *actors);
  size_t nactors = 0;
  nk_fact(b, node, RDF_NS "type", nk_iri(b, NK_CODE(nk_kind_class, mt->kind)));
  nk_fact(b, node, NK_NS "eventKind",
          nk_lit(b, NK_CODE(nk_kind_code, mt->kind), NULL));
  for (size_t k = 0; k < mt->nparticipants; k++) {
    char *who = nk_mention_at(b, (long)mt->participants[k]);
    if (!who)
      continue;
    nk_fact(b, node, SEM_NS "hasActor", nk_iri(b, who));
    actors[nactors++] = who;
  }
  char *place = nk_named_entity(b, mt->place_key, NK_ENT_PLACE, mt->place);
  if (place)
    nk_fact(b, node, SEM_NS "hasPlace", nk_iri(b, place));
  nk_fact(b, node, SEM_NS "hasTimeStamp", nk_date(b, mt->date));
  nk_fact(b, node, NK_NS "modality",
          nk_lit(b, NK_CODE(nk_modality_code, mt->modality), NULL));
  nk_fact(b, node, NK_NS "trigger", nk_lit(b, mt->trigger, NULL));
  char *src = nk_named_entity(b, mt->source_key, NK_ENT_ORG, mt->source);
  if (src)
    nk_fact(b, node, PROV_NS "wasAttributedTo", nk_iri(b, src));
  /* nk:sameEventAs is written at the end, once every article is known. */
  if (!b->failed)
    nk_record_meeting(b, mt, node, actors, nactors, place);
  nk_evidence(b, node, mt->evidence);
  for (size_t k = 0; k < nactors; k++)
    free(actors[k]);
  free(actors);
  free(place);
  free(src);
  free(node);
}

static void nk_add_statements(nk_batch *b) {
  for (size_t i = 0; i < b->d->nstatements && !b->failed; i++) {
    const nk_statement *st = &b->d->statements[i];
    char *node = nk_node_iri(b, "statement", i);
    char *text = nk_doc_span_text(b->d, st->text);
    char *speaker = nk_mention_at(b, st->speaker);
    char *to = nk_named_entity(b, st->addressee_key, NK_ENT_ORG, st->addressee);
    nk_fact(b, node, RDF_NS "type", nk_iri(b, NK_NS "Statement"));
    nk_fact(b, node, SCHEMA_NS "text", nk_lit(b, text ? text : "", NULL));
    nk_fact(
        b, node, NK_NS "statementKind",
        nk_lit(b, st->kind == NK_STMT_DIRECT ? "direct" : "indirect", NULL));
    if (speaker)
      nk_fact(b, node, NK_NS "speaker", nk_iri(b, speaker));
    if (to)
      nk_fact(b, node, NK_NS "addressedTo", nk_iri(b, to));
    nk_fact(b, node, NK_NS "reportingVerb", nk_lit(b, st->verb, NULL));
    nk_fact(b, node, NK_NS "modality",
            nk_lit(b, NK_CODE(nk_modality_code, st->modality), NULL));
    nk_evidence(b, node, st->evidence);
    free(to);
    free(speaker);
    free(text);
    free(node);
  }
}

static void nk_add_citations(nk_batch *b) {
  int publisher = 0; /* a citation names the publisher */
  for (size_t i = 0; i < b->d->ncitations && !b->failed; i++) {
    const nk_citation *c = &b->d->citations[i];
    char *node = nk_node_iri(b, "source", i);
    char *outlet =
        c->outlet_key ||
                !(c->mention >= 0 && (size_t)c->mention < b->d->nmentions)
            ? nk_named_entity(b, c->outlet_key, NK_ENT_ORG, c->outlet)
            : nk_mention_at(b, c->mention);
    nk_fact(b, node, RDF_NS "type", nk_iri(b, NK_NS "SourceCitation"));
    nk_fact(b, node, NK_NS "sourceRelation",
            nk_lit(b, NK_CODE(nk_rel_code, c->rel), NULL));
    if (outlet) {
      nk_fact(b, node, NK_NS "outlet", nk_iri(b, outlet));
      nk_fact(b, b->art, NK_CODE(nk_rel_prop, c->rel), nk_iri(b, outlet));
    }
    nk_evidence(b, node, c->evidence);
    publisher |= c->rel == NK_SRC_PUBLISHER;
    free(outlet);
    free(node);
  }
  /* The input's metadata may name the publisher when no extractor did. */
  if (!publisher && b->d->meta.publisher && !b->failed) {
    char *org = nk_named_entity(b, NULL, NK_ENT_ORG, b->d->meta.publisher);
    nk_fact(b, b->art, SCHEMA_NS "publisher", nk_iri(b, org));
    free(org);
  }
}

/* ------------------------------------------------------------ output */

static int nk_cmp_statement(const void *a, const void *b) {
  return raptor_statement_compare(*(librdf_statement *const *)a,
                                  *(librdf_statement *const *)b);
}

/* Prefixes of the Turtle and RDF/XML output; NULL: the data base IRI. */
static const char *const nk_prefix[][2] = {
    {"nk", NK_NS},       {"schema", SCHEMA_NS}, {"foaf", FOAF_NS},
    {"org", ORG_NS},     {"prov", PROV_NS},     {"sem", SEM_NS},
    {"owl", OWL_NS},     {"rdfs", RDFS_NS},     {"xsd", XSD_NS},
    {"wd", WIKIDATA_NS}, {"d", NULL},
};
#define NK_NPREFIXES (sizeof nk_prefix / sizeof *nk_prefix)

static int nk_raptor_prefixes(const nk_graph *g, raptor_serializer *ser) {
  raptor_world *rw = librdf_world_get_raptor(g->world);
  for (size_t i = 0; i < NK_NPREFIXES; i++) {
    raptor_uri *u = raptor_new_uri(
        rw,
        (const unsigned char *)(nk_prefix[i][1] ? nk_prefix[i][1] : g->base));
    int rc = u ? raptor_serializer_set_namespace(
                     ser, u, (const unsigned char *)nk_prefix[i][0])
               : -1;
    raptor_free_uri(u);
    if (rc != 0)
      return -1;
  }
  return 0;
}

/* The chunk after raptor's prefix lines ("@prefix p: <iri> .") and the
 * blank line that ends them: the first chunk already declared them. */
static const char *nk_after_prefixes(const char *s) {
  while (strncmp(s, "@prefix ", 8) == 0) {
    const char *nl = strchr(s, '\n');
    if (!nl)
      return s + strlen(s);
    s = nl + 1;
  }
  return *s == '\n' ? s + 1 : s;
}

/* Writes one batch as a Turtle chunk (see the top of this file). */
static int nk_write_chunk(nk_graph *g, raptor_statement **all, size_t n) {
  raptor_serializer *ser =
      raptor_new_serializer(librdf_world_get_raptor(g->world), "turtle");
  void *str = NULL;
  size_t len = 0;
  int rc = ser ? nk_raptor_prefixes(g, ser) : -1;
  if (rc == 0)
    rc = raptor_serializer_start_to_string(ser, NULL, &str, &len);
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = raptor_serializer_serialize_statement(ser, all[i]);
  if (rc == 0)
    rc = raptor_serializer_serialize_end(ser);
  if (ser)
    raptor_free_serializer(ser);
  if (rc == 0 && str) {
    const char *p = g->chunks++ > 0 ? nk_after_prefixes(str) : str;
    size_t skip = (size_t)(p - (const char *)str);
    if (len > skip && fwrite(p, 1, len - skip, g->out) != len - skip)
      rc = -1;
  }
  raptor_free_memory(str);
  return rc;
}

/* Writes the accepted batch to the streaming serializer: facts (in the
 * article's graph for N-Quads) and naming triples not written before, sorted
 * and without repeats so that the bytes do not depend on extraction order. */
static int nk_stream_batch(nk_graph *g, nk_batch *b, nk_error *err) {
  size_t n = 0;
  librdf_statement **all = nk_xcalloc(b->nst + b->nnm + 1, sizeof *all);
  for (size_t i = 0; i < b->nnm; i++) {
    /* A key interned now gets the next id: its triple is new. */
    const size_t nnamed = nk_strtab_count(&g->named);
    if (nk_strtab_intern(&g->named, b->nm_key[i]) == nnamed)
      all[n++] = b->nm[i];
  }
  librdf_node *graph = NULL;
  if (g->fmt == NK_FMT_NQUADS)
    graph = librdf_new_node_from_uri_string(g->world,
                                            (const unsigned char *)b->art);
  for (size_t i = 0; i < b->nst; i++) {
    if (graph)
      b->st[i]->graph = librdf_new_node_from_node(graph);
    all[n++] = b->st[i];
  }
  qsort(all, n, sizeof *all, nk_cmp_statement);
  size_t uniq = 0;
  for (size_t i = 0; i < n; i++)
    if (uniq == 0 || raptor_statement_compare(all[i], all[uniq - 1]) != 0)
      all[uniq++] = all[i];
  int rc = 0;
  if (g->chunked)
    rc = nk_write_chunk(g, all, uniq);
  else
    for (size_t i = 0; i < uniq && rc == 0; i++)
      rc = raptor_serializer_serialize_statement(g->stream, all[i]);
  if (rc == 0)
    g->ntriples += uniq;
  if (graph)
    librdf_free_node(graph);
  free(all);
  if (rc != 0 || ferror(g->out)) {
    if (!g->log_failed)
      nk_error_set(err, "cannot write the graph: output error");
    return NK_GRAPH_FATAL;
  }
  return 0;
}

static int nk_store_batch(nk_graph *g, nk_batch *b, nk_error *err) {
  for (size_t i = 0; i < b->nnm; i++)
    if (librdf_model_add_statement(g->model, b->nm[i]) != 0)
      goto fail;
  for (size_t i = 0; i < b->nst; i++)
    if (librdf_model_add_statement(g->model, b->st[i]) != 0)
      goto fail;
  int size = librdf_model_size(g->model);
  g->ntriples = size > 0 ? (size_t)size : 0;
  return 0;
fail:
  if (!g->log_failed)
    nk_error_set(err,
                 "the in-memory RDF store refuses more statements at "
                 "%zu triples; export a corpus this large as Turtle, "
                 "N-Triples or N-Quads, which stream",
                 g->ntriples);
  return NK_GRAPH_FATAL;
}

int nk_graph_add_doc(nk_graph *g, const nk_doc *d, nk_error *err) {
  if (!d->meta.id || !*d->meta.id) {
    nk_error_set(err, "%s: article without an identifier",
                 d->meta.origin ? d->meta.origin : "input");
    return -1;
  }
  nk_batch b = {.g = g, .d = d, .err = err};
  size_t nevents = nk_events_count(g->events);
  char *slug = nk_slug(d->meta.id);
  b.art = nk_xasprintf("%sarticle/%s", g->base, slug);
  free(slug);
  nk_add_article(&b);
  nk_add_mentions(&b);
  nk_add_roles(&b);
  for (size_t i = 0; i < d->nmeetings && !b.failed; i++)
    nk_add_meeting(&b, i);
  nk_add_statements(&b);
  nk_add_citations(&b);
  int rc = -1;
  g->log_err = err;
  g->log_failed = 0;
  if (!b.failed)
    rc = g->model ? nk_store_batch(g, &b, err) : nk_stream_batch(g, &b, err);
  g->log_err = NULL;
  if (rc != 0)
    nk_events_truncate(g->events, nevents);
  nk_batch_free(&b);
  return rc;
}

/* <base>event/<slug(key)>: the real-world event of an nk_events key. */
static char *nk_event_iri(const nk_graph *g, const char *key) {
  char *slug = nk_slug(key);
  char *iri = nk_xasprintf("%sevent/%s", g->base, slug);
  free(slug);
  return iri;
}

/* The facts learnt by linking the meetings of the whole run: each
 * meeting's nk:sameEventAs, and the date a meeting whose year its article
 * does not tell takes from another article telling the same event
 * (sem:hasTimeStamp with nk:dateFrom naming that article's meeting).  One
 * batch per meeting, in the order the meetings were added, in its
 * article's graph (N-Quads). */
static int nk_add_events(nk_graph *g, nk_error *err) {
  nk_events_link(g->events);
  nk_doc none = {0};
  none.meta.origin = "linking meetings across articles";
  int rc = 0;
  for (size_t i = 0; i < nk_events_count(g->events) && rc == 0; i++) {
    nk_event_out o = nk_events_get(g->events, i);
    if (!o.event && !o.date_from)
      continue;
    nk_batch b = {.g = g, .d = &none, .err = err};
    b.art = nk_xstrdup(o.article);
    if (o.event) {
      char *event = nk_event_iri(g, o.event);
      nk_fact(&b, o.node, NK_NS "sameEventAs", nk_iri(&b, event));
      free(event);
    }
    if (o.date_from) {
      nk_fact(&b, o.node, SEM_NS "hasTimeStamp", nk_date(&b, o.date));
      nk_fact(&b, o.node, NK_NS "dateFrom", nk_iri(&b, o.date_from));
    }
    g->log_failed = 0;
    /* A refused term here is a bug (the same IRIs were accepted with their
     * article): report it, but keep the rest. */
    if (!b.failed)
      rc = g->model ? nk_store_batch(g, &b, err) : nk_stream_batch(g, &b, err);
    nk_batch_free(&b);
  }
  return rc;
}

/* Prefixes declared in RDF/XML (librdf) output; nk_raptor_prefixes gives
 * the same to raptor for Turtle. */
static int nk_set_prefixes(nk_graph *g, librdf_serializer *ser) {
  for (size_t i = 0; i < NK_NPREFIXES; i++) {
    librdf_uri *u =
        nk_uri(g->world, nk_prefix[i][1] ? nk_prefix[i][1] : g->base);
    int rc = librdf_serializer_set_namespace(ser, u, nk_prefix[i][0]);
    librdf_free_uri(u);
    if (rc != 0)
      return -1;
  }
  return 0;
}

int nk_graph_finish(nk_graph *g, nk_error *err) {
  int rc = 0;
  g->log_err = err;
  g->log_failed = 0;
  if (!g->events_done && (g->stream_open || g->model || g->chunked)) {
    g->events_done = 1;
    rc = nk_add_events(g, err) != 0 ? -1 : 0;
  }
  if (rc != 0) {
    /* nothing more can be written */
  } else if (g->stream) {
    rc = g->stream_open ? raptor_serializer_serialize_end(g->stream) : 0;
    g->stream_open = 0;
  } else if (g->model) {
    librdf_serializer *ser =
        librdf_new_serializer(g->world, "rdfxml-abbrev", NULL, NULL);
    rc = ser ? nk_set_prefixes(g, ser) : -1;
    /* NULL base URI: with one, librdf writes @base and may shorten the data
     * prefix to "<>". */
    if (rc == 0)
      rc = librdf_serializer_serialize_model_to_file_handle(ser, g->out, NULL,
                                                            g->model);
    if (ser)
      librdf_free_serializer(ser);
  }
  if (fflush(g->out) != 0 || ferror(g->out))
    rc = -1;
  if (rc != 0 && !g->log_failed)
    nk_error_set(err, "cannot write the graph: output error");
  g->log_err = NULL;
  return rc != 0 ? -1 : 0;
}
