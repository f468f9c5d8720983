/* nk_graph.h — the graph builder and serializer: the only module that talks
 * to librdf.  It turns each resolved nk_doc into triples (see docs/model.md
 * for the vocabulary), checking every IRI and literal before it becomes a
 * term, and writes them through librdf's serializers (raptor).
 *
 * Turtle and RDF/XML collect the whole graph in a "hashes" store (memory
 * hash type; librdf's "memory" store is quadratic) and write it at the end,
 * grouped by subject with prefixes.  N-Triples and N-Quads stream: each
 * article's triples are written as soon as the article is added, and only the
 * entity naming triples already written are remembered, so memory does not
 * grow with the corpus beyond the entity table. */
#ifndef NK_GRAPH_H
#define NK_GRAPH_H

#include "nk_doc.h"
#include "nk_resolve.h"

#include <stdio.h>

typedef enum {
  NK_FMT_TURTLE,
  NK_FMT_NTRIPLES,
  NK_FMT_NQUADS,
  NK_FMT_RDFXML,
} nk_format;

typedef struct nk_graph nk_graph;

/* base: data IRI prefix (must end in '/' or '#'; checked). */
nk_graph *nk_graph_new(const char *base, nk_format fmt, FILE *out,
                       nk_error *err);
void nk_graph_free(nk_graph *g);

/* nk_graph_add_doc's answer when the graph can take nothing more: the
 * output cannot be written, or the store refuses statements (librdf's
 * in-memory hashes store fails past about 2 million triples, measured on
 * OrangeSum: export large corpora as N-Triples or N-Quads, which stream). */
#define NK_GRAPH_FATAL (-2)

/* Adds the facts of one resolved article.  When a term would be invalid (a
 * bad IRI, a literal that is not UTF-8), the whole article is refused with an
 * error (-1) and nothing of it is written; the graph stays usable.  Returns
 * NK_GRAPH_FATAL when the graph cannot go on. */
int nk_graph_add_doc(nk_graph *g, const nk_doc *d, nk_error *err);

/* Writes the collected graph (Turtle, RDF/XML) and flushes the stream. */
int nk_graph_finish(nk_graph *g, nk_error *err);

/* Triples added so far. */
size_t nk_graph_triples(const nk_graph *g);

/* 1 when s is an absolute IRI that Turtle and N-Triples accept unescaped:
 * scheme ":" then no space, control character or any of <>"{}|^`\ . */
int nk_iri_ok(const char *s);

#endif
