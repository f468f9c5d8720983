/* nk_extract.h — the pipeline stages that read a segmented article and add
 * facts to its nk_doc.  A stage is one file when it is small (nk_sources.c)
 * and a file per concept behind a private header when it is not (mentions:
 * nk_mentions.h; roles: nk_roles.h; statements: nk_statements.h; meetings:
 * nk_meetings.h).
 * They run in the order below, and a later stage may read what an earlier
 * one found.  None of them touches RDF. */
#ifndef NK_EXTRACT_H
#define NK_EXTRACT_H

#include "nk_doc.h"
#include "nk_lexicon.h"

/* Persons, organizations, places and unnamed agents ("un porte-parole du
 * département d'État") from lexicons and patterns. */
int nk_find_mentions(nk_doc *d, const nk_lang *lang, nk_error *err);

/* Positions held: "le ministre russe des Affaires étrangères Sergueï Lavrov",
 * "X, ancien diplomate et président sortant du CFR". */
int nk_extract_roles(nk_doc *d, const nk_lang *lang, nk_error *err);

/* Quotes and reported speech with their speakers. */
int nk_extract_statements(nk_doc *d, const nk_lang *lang, nk_error *err);

/* Meetings, calls and visits with participants, place, date, modality. */
int nk_extract_meetings(nk_doc *d, const nk_lang *lang, nk_error *err);

/* Outlets the article cites, its publisher and contributors. */
int nk_extract_sources(nk_doc *d, const nk_lang *lang, nk_error *err);

#endif
