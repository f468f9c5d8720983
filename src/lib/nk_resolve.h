/* nk_resolve.h — entity resolution within and across articles.
 *
 * Within an article, a surname alone ("Lavrov") joins the full name seen
 * earlier ("Sergueï Lavrov"); across articles, a registry that lives for the
 * whole run maps every known alias (from the entities lexicon and from
 * earlier articles) to one canonical entity, so that the same person gets the
 * same key, and so the same IRI, in every article and in every run over the
 * same input.  Keys are "person/<slug>", "org/<slug>", "place/<slug>" with
 * slug from nk_slug(); unnamed agents get "<article-id>/agent/<n>". */
#ifndef NK_RESOLVE_H
#define NK_RESOLVE_H

#include "nk_doc.h"
#include "nk_lexicon.h"

typedef struct nk_registry nk_registry;

nk_registry *nk_registry_new(const nk_lang *lang);
void nk_registry_free(nk_registry *reg);

/* Sets canonical, key and wikidata of every mention of d, and the *_key
 * fields of its roles (org_key), meetings (place_key, source_key),
 * statements (addressee_key) and citations (outlet_key). */
int nk_resolve(nk_registry *reg, nk_doc *d, nk_error *err);

/* Canonical name and key for a name of the given type that is not a
 * mention (a role's organization, a meeting's place).  Returns a key owned
 * by the registry; *canonical is set to the registry's canonical name. */
const char *nk_registry_key(nk_registry *reg, nk_ent_type type,
                            const char *name, const char **canonical);

/* IRI-safe slug of a name: accents removed, lower case, runs of anything
 * but [a-z0-9] become one '-', no leading or trailing '-'; "x" when empty.
 * Newly allocated. */
char *nk_slug(const char *name);

#endif
