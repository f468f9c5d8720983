/* nk_roles.h — what the files of the roles stage share.  The stage's entry
 * point, nk_extract_roles, is declared in nk_extract.h; nothing outside
 * these files includes this header.
 *
 * A role phrase is [det] [ancien|ex-] ROLE [adjectives] [complements]:
 * adjectives give the status (sortant), a country (russe -> Russie) or stay
 * in the title (adjointe); complements (de/du/des/à la ...) stay in the
 * title until one names an organization or place, which becomes the role's
 * organization.  Phrases may be coordinated with "et".  A chain of phrases
 * right before a name ("la ministre belge de la Justice Anne Verlinden") or
 * in apposition after it ("Paul Mercier, ancien préfet et directeur sortant
 * de l'Agence de l'eau") gives that person's roles.
 *
 *   nk_roles.c             the stage: the lexicons, the token helpers every
 *                          file uses, agents' own words, and how a phrase
 *                          becomes a role (prefix nk_r_)
 *   nk_role_phrase.c       one role phrase: article, modifiers, role noun,
 *                          adjectives and party; chains joined by "et"
 *                          (nk_rph_)
 *   nk_role_complement.c   the complements after the role noun, and which
 *                          of them names the organization (nk_rco_)
 *   nk_role_apposition.c   which person a phrase describes: phrases right
 *                          before a name, appositions and relative clauses
 *                          after it (nk_rap_)
 *   nk_role_peers.c        roles one phrase gives to others than its own
 *                          holder: plural phrases before lists of names,
 *                          peers ("son homologue"), and the default country
 *                          of titles (nk_rpr_) */
#ifndef NK_ROLES_H
#define NK_ROLES_H

#include "nk_extract.h"
#include "nk_names.h"
#include "nk_resolve.h"

/* Most role phrases in one chain. */
#define NK_R_MAX 4

/* What every step of the stage reads. */
typedef struct {
  nk_doc *d;                     /* the article */
  const nk_lang *lang;           /* lexicons */
  const nk_lexicon *roles;       /* role nouns */
  const nk_lexicon *mods;        /* ancien, sortant, adjoint... */
  const nk_lexicon *nat;         /* nationality -> country */
  const nk_lexicon *heads;       /* organization head words */
  const nk_lexicon *org_adj;     /* adjectives inside names */
  const nk_lexicon *agent;       /* agent determiners; "tous deux" (both) */
  const nk_lexicon *verbs;       /* présidé -> "président former" */
  const nk_lexicon *aux;         /* auxiliaries: a, avait, est... */
  const nk_lexicon *speech;      /* reporting verbs: a verb, not a title */
  const nk_lexicon *dets;        /* le, la, un...: may open a role phrase */
  const nk_lexicon *de_art;      /* article -> its form after de: la -> de la */
  const nk_lexicon *stop;        /* capitalized words that are not names */
  const nk_lexicon *preps;       /* de, du, à la, auprès du...: open a
                                    complement of the role noun */
  const nk_lexicon *openers;     /* et, comme: may stand before a role noun
                                    without its article */
  const nk_lexicon *nat_orgs;    /* "député europe" -> Parlement européen */
  const nk_lexicon *copulas;     /* a été, est: "qui a été ministre" */
  const nk_lexicon *honor;       /* M., Mme: open a person's name */
  const nk_lexicon *timep;       /* depuis, jusqu'en: after a title */
  const nk_lexicon *peer_titles; /* title -> the title of its peers */
  const nk_lexicon *default_orgs; /* title -> country when none given */
  long self;                      /* mention whose own words a phrase may use
                                     (an agent's description), or -1 */
} nk_rctx;

/* One role phrase as read. */
typedef struct {
  size_t start, end;     /* tokens of the phrase */
  nk_role_status status; /* from its modifiers */
  nk_buf title;          /* the position text */
  char *org;             /* organization or country, or NULL */
  nk_ent_type org_type;  /* NK_ENT_ORG or NK_ENT_PLACE */
  int plural;            /* the role noun is plural ("ministres") */
  int nat;               /* org comes from a nationality adjective */
  const char *lemma;     /* lemma of the role noun (lexicon-owned), or NULL */
  size_t noun_at;        /* byte offset of the role noun in title */
  size_t noun_len;       /* its length in bytes */
} nk_phrase;

/* --------------------------------------------------------- nk_roles.c */

/* Frees what phrase p holds and clears it. */
void nk_r_phrase_free(nk_phrase *p);
/* Frees the n phrases of ps. */
void nk_r_free_all(nk_phrase *ps, size_t n);
/* Whether token i is free of any mention but the one being described. */
int nk_r_free(const nk_rctx *x, size_t i);
/* The lower-cased form of token i. */
const char *nk_r_low(const nk_rctx *x, size_t i);
/* Whether token i is the word w (lower-case). */
int nk_r_is(const nk_rctx *x, size_t i, const char *w);
/* Appends the normalized text of tokens [tb, te) to b, with a space
 * before when b is not empty and the previous token was not elided. */
void nk_r_append(const nk_rctx *x, nk_buf *b, size_t tb, size_t te);
/* The role_modifiers.txt value of lower-case token i, or NULL. */
const char *nk_r_mod(const nk_rctx *x, size_t i);
/* Sets p's status from modifier value v ("former", "outgoing"). */
void nk_r_status(nk_phrase *p, const char *v);
/* A verb at i: an auxiliary or a reporting verb ("avait promis"). */
int nk_r_verb(const nk_rctx *x, size_t i);
/* Whether a person's mention starts at token i. */
int nk_r_person_at(const nk_rctx *x, size_t i);
/* Gives mention holder the role phrase p says (its title and org are
 * taken), with evidence ev; an empty title or a repeat gives nothing. */
void nk_r_emit(nk_rctx *x, size_t holder, nk_phrase *p, nk_span ev);
/* Like nk_r_emit, but p is left as it is: one phrase given to several
 * holders ("les ministres X et Y"). */
void nk_r_emit_copy(nk_rctx *x, size_t holder, const nk_phrase *p, nk_span ev);

/* --------------------------------------------------- nk_role_phrase.c */

/* Parses one role phrase at i (before lim).  Returns 1 and fills *p. */
int nk_rph_phrase(const nk_rctx *x, size_t i, size_t lim, nk_phrase *p);
/* Phrases joined by "et" from i; returns how many (at most max). */
size_t nk_rph_chain(const nk_rctx *x, size_t i, size_t lim, nk_phrase *ps,
                    size_t max);
/* The organization given by nationality adjective i (country v) after
 * the role noun: the body the pair names when role_nat_orgs.txt knows it
 * ("députée européenne" -> Parlement européen), else the country. */
void nk_rph_nat_org(const nk_rctx *x, nk_phrase *p, const char *v, size_t i);

/* ----------------------------------------------- nk_role_complement.c */

/* Complements after the role noun, from k; returns the phrase's end.
 * With no organization named, a nationality adjective of a complement
 * gives the country ("porte-parole de la présidence russe" -> Russie),
 * and leaves the title when it ends it. */
size_t nk_rco_complements(const nk_rctx *x, nk_phrase *p, size_t k, size_t lim);
/* Whether lower-case token i is an adjective that stays in a title or a
 * name (org_adjectives.txt, a nationality, a kept modifier). */
int nk_rco_adj(const nk_rctx *x, size_t i);
/* Takes the organization of mention mi for the phrase. */
void nk_rco_set_org(const nk_rctx *x, nk_phrase *p, long mi);
/* Whether mention mi (may be -1) is an organization or a place. */
int nk_rco_orgish(const nk_rctx *x, long mi);
/* The organization or place mention starting at token i, or -1. */
long nk_rco_org_at(const nk_rctx *x, size_t i);
/* An organization's acronym in parentheses at i ("(SVR)", "(PS)"): the
 * mention, or -1. */
long nk_rco_paren_org(const nk_rctx *x, size_t i, size_t lim);
/* Whether a person's name ends at e and another one opens the apposition
 * after it: "avocat de la famille de M. Blake, Ben Crump", "chef de la
 * campagne Trump, Tim Murtaugh".  The first name is then a step of the
 * title and the second one its holder. */
int nk_rco_person_then_holder(const nk_rctx *x, long mi, size_t lim);

/* ----------------------------------------------- nk_role_apposition.c */

/* Role phrases ending right before the name of person mi (a comma may
 * stand between); sb: the sentence's first token. */
void nk_rap_before(nk_rctx *x, size_t mi, size_t sb);
/* Appositions after the name of person mi, in the sentence [sb, se): "X,
 * ancien préfet et directeur sortant de l'Agence de l'eau, ...", "X et Y,
 * toutes deux anciennes juges", "X, qui a dirigé la Fédération". */
void nk_rap_after(nk_rctx *x, size_t mi, size_t sb, size_t se);

/* ---------------------------------------------------- nk_role_peers.c */

/* "les anciens présidents Valéry Giscard d'Estaing, Nicolas Sarkozy et
 * François Hollande": a plural role before a list of names gives each
 * its singular.  Returns 1 when it did. */
int nk_rpr_plural_list(nk_rctx *x, size_t mi, nk_phrase *p);
/* "les Premiers ministres belge, Charles Michel, et hongrois, Viktor
 * Orban": a plural role with a nationality before each name gives each
 * its singular and its country.  p is the phrase ending before mention
 * mi (with the first adjective).  Returns 1 when it did. */
int nk_rpr_nat_list(nk_rctx *x, size_t mi, nk_phrase *p);
/* "les présidents russe et turc, Vladimir Poutine et Recep Tayyip
 * Erdogan": two adjectives, then two names, paired in order.  mi is the
 * first name.  Returns 1 when it did. */
int nk_rpr_nat_pair(nk_rctx *x, size_t mi, size_t sb);
/* "le ministre français des Affaires étrangères X a reçu son homologue
 * russe Y": Y holds X's title, with the country of the adjective (or no
 * organization without one).  Only when the article gives X a title;
 * other peer roles are dropped. */
void nk_rpr_peers(nk_rctx *x);
/* "le président de la République", with no country: in French news the
 * French one (role_default_orgs.txt gives the country of such titles),
 * unless the article gives some role a different country. */
void nk_rpr_default_orgs(nk_rctx *x);

#endif
