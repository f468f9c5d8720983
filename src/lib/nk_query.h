/* nk_query.h — SPARQL over exported graphs: loads graph files into a librdf
 * "hashes" store (memory hash type) and runs a query with rasqal, writing
 * the results in a W3C format.  Backs newskg_query() of the public API. */
#ifndef NK_QUERY_H
#define NK_QUERY_H

#include "nk_util.h"

#include <stdio.h>

int nk_query_run(const char *const *graphs, size_t ngraphs, const char *sparql,
                 const char *format, const char *base, FILE *out,
                 nk_error *err);

#endif
