/* nk_doc.h — one article and every fact extracted from it, as plain C
 * structs.  Extractors fill a nk_doc; the resolver links its mentions to
 * entities; the graph builder turns it into RDF.  Tests check these structs
 * directly, without RDF.
 *
 * Offsets: a nk_span counts Unicode code points of the article's original
 * text (nk_text.orig), end exclusive, so that the evidence string equals the
 * original substring [start, end). */
#ifndef NK_DOC_H
#define NK_DOC_H

#include "nk_segment.h"
#include "nk_text.h"

#include <stddef.h>

typedef struct {
  size_t start; /* first code point in the original text */
  size_t end;   /* one past the last code point */
} nk_span;

/* Metadata of an article, as read (any field may be NULL). */
typedef struct {
  char *id;        /* identifier: file name without extension, or JSONL id */
  char *title;     /* headline */
  char *date;      /* YYYY, YYYY-MM or YYYY-MM-DD */
  char *url;       /* where it was published */
  char *publisher; /* outlet that published it, when the input says */
  char *origin;    /* where it was read from, for messages: "dir/a.txt" or
                      "corpus.jsonl:12" */
} nk_meta;

typedef enum {
  NK_ENT_PERSON, /* a named person */
  NK_ENT_ORG,    /* an organization: outlet, government body, company... */
  NK_ENT_PLACE,  /* a city, country or region */
  NK_ENT_AGENT,  /* an unnamed agent described by words: "un porte-parole du
                    département d'État", "plusieurs sources anonymes" */
} nk_ent_type;

typedef struct {
  nk_ent_type type; /* what it names */
  size_t tok_begin; /* first token of the name */
  size_t tok_end;   /* one past the last token */
  nk_span span;     /* the name in the original text */
  char *surface;    /* the name as written (normalized text) */
  char *canonical;  /* canonical name (resolver; NULL before) */
  char *key;        /* stable key the entity IRI is built from (resolver;
                       NULL before): "person/serguei-lavrov"; for an
                       unnamed agent "article/<id-slug>/agent/<n>" */
  char *wikidata;   /* Wikidata id when the entity lexicon knows it */
} nk_mention;

typedef enum {
  NK_STATUS_CURRENT,  /* holds the post */
  NK_STATUS_FORMER,   /* ancien, ex-, autrefois */
  NK_STATUS_OUTGOING, /* sortant */
} nk_role_status;

typedef struct {
  size_t holder;         /* mention index of the person or agent */
  char *title;           /* the position text: "ministre des Affaires
                            étrangères" */
  char *org_name;        /* organization or country it belongs to, canonical
                            when known ("Russie" for "russe"); NULL none */
  nk_ent_type org_type;  /* NK_ENT_ORG or NK_ENT_PLACE, when org_name */
  nk_role_status status; /* current, former or outgoing */
  nk_span evidence;      /* words stating it */
  char *org_key;         /* entity key of org_name (resolver), or NULL */
} nk_role;

typedef enum {
  NK_MOD_ASSERTED, /* indicative, on the article's own authority */
  NK_MOD_REPORTED, /* indicative, attributed to a source */
  NK_MOD_ALLEGED,  /* French conditional: "aurait rencontré" */
  NK_MOD_DENIED,   /* negated or denied */
} nk_modality;

typedef enum {
  NK_EVENT_MEETING, /* rencontre, réunion, entretien, pourparlers */
  NK_EVENT_CALL,    /* appel, téléphoner */
  NK_EVENT_VISIT,   /* visite, se rendre à */
} nk_event_kind;

typedef struct {
  nk_event_kind kind;   /* meeting, call or visit */
  nk_modality modality; /* how the article presents it */
  size_t *participants; /* mention indices */
  size_t nparticipants; /* entries in participants */
  char *place;          /* canonical place name, or NULL */
  char *date;           /* YYYY-MM or YYYY-MM-DD, or NULL when unknown */
  char *trigger;        /* the trigger word as written */
  char *source;         /* outlet it is attributed to, or NULL */
  nk_span evidence;     /* the sentence (or words) stating it */
  char *place_key;      /* entity key of place (resolver), or NULL */
  char *source_key;     /* entity key of source (resolver), or NULL */
  int told_month;       /* month the article tells (1-12) even when the
                           year is unknown ("en avril" in an undated
                           article: date NULL, told_month 4); 0 when none */
  int told_day;         /* day of told_month (1-31), or 0 */
} nk_meeting;

typedef enum {
  NK_STMT_DIRECT,   /* words in quotation marks */
  NK_STMT_INDIRECT, /* reported speech: "X a déclaré que ..." */
} nk_stmt_kind;

typedef struct {
  nk_stmt_kind kind;    /* direct or indirect */
  long speaker;         /* mention index of the speaker, -1 when unknown */
  char *addressee;      /* medium or person addressed ("CBS News"), or NULL */
  char *verb;           /* reporting verb lemma ("déclarer"), or NULL */
  nk_modality modality; /* asserted unless conditional/denied */
  nk_span text;         /* the words said, without quotation marks */
  nk_span evidence;     /* the quote with its attribution */
  char *addressee_key;  /* entity key of addressee (resolver), or NULL */
} nk_statement;

typedef enum {
  NK_SRC_CITES,       /* the article cites the outlet ("selon NBC News") */
  NK_SRC_PUBLISHER,   /* the outlet published the article */
  NK_SRC_CONTRIBUTOR, /* the outlet contributed ("AP a contribué") */
} nk_source_rel;

typedef struct {
  nk_source_rel rel; /* how the outlet relates to the article */
  char *outlet;      /* canonical outlet name */
  long mention;      /* mention index of the outlet, -1 if none */
  nk_span evidence;  /* words naming the source */
  char *outlet_key;  /* entity key of outlet (resolver), or NULL */
} nk_citation;

/* An article and its facts. */
typedef struct {
  nk_meta meta;         /* identifier, title, date... */
  nk_text text;         /* original and normalized text */
  nk_segments seg;      /* tokens and sentences */
  nk_mention *mentions; /* entity mentions, in the order found */
  size_t nmentions, cap_mentions;
  long *tok_mention; /* per token: index of the mention covering it, or
                        -1 (seg.ntoks entries; nk_doc_add_mention keeps
                        it up to date) */
  nk_role *roles;    /* positions held */
  size_t nroles, cap_roles;
  nk_meeting *meetings; /* meetings, calls and visits */
  size_t nmeetings, cap_meetings;
  nk_statement *statements; /* quotes and reported speech */
  size_t nstatements, cap_statements;
  nk_citation *citations; /* sources */
  size_t ncitations, cap_citations;
} nk_doc;

void nk_meta_free(nk_meta *m);
void nk_doc_free(nk_doc *d);

/* Original-text span of tokens [tb, te). */
nk_span nk_doc_tok_span(const nk_doc *d, size_t tb, size_t te);
/* Original-text span of normalized code points [ns, ne). */
nk_span nk_doc_norm_span(const nk_doc *d, size_t ns, size_t ne);
/* Newly allocated original words of a span. */
char *nk_doc_span_text(const nk_doc *d, nk_span s);

/* Appends a mention over tokens [tb, te) (surface and span taken from the
 * text) and returns its index.  Tokens already covered by another mention
 * keep pointing to the earlier one. */
size_t nk_doc_add_mention(nk_doc *d, nk_ent_type type, size_t tb, size_t te);
/* Index of the mention covering token i, or -1 (O(1)). */
long nk_doc_mention_at(const nk_doc *d, size_t tok);

#endif
