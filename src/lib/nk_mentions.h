/* nk_mentions.h — what the files of the mentions stage share.  The stage's
 * entry point, nk_find_mentions, is declared in nk_extract.h; nothing
 * outside these files includes this header.
 *
 * Passes over every sentence that is article prose, each one only over
 * tokens no earlier pass took, so that the longest and most certain match
 * wins: known entities (entities.txt), organization patterns (a head word
 * with its complement, English names ending in an organization word),
 * places (places.txt), acronyms in parentheses, person names (a given
 * name, an honorific or a role noun before a capitalized sequence), then
 * surnames already seen in the article, acronyms, unnamed agents ("une
 * conseillère du ministère de l'Intérieur"), which may contain a named
 * organization, and last references back to an outlet ("la chaîne").
 *
 *   nk_mentions.c        the stage: the lexicons, the order of the passes,
 *                        the candidates and the word tests several passes
 *                        use (prefix nk_m_)
 *   nk_ment_orgs.c       known entities, places and organization names
 *                        (nk_mo_)
 *   nk_ment_persons.c    person names, and surnames taken up again
 *                        (nk_mp_)
 *   nk_ment_acronyms.c   acronyms, in parentheses and bare (nk_ma_)
 *   nk_ment_agents.c     descriptions without a name: unnamed agents and
 *                        outlets referred back to (nk_mg_) */
#ifndef NK_MENTIONS_H
#define NK_MENTIONS_H

#include "nk_extract.h"
#include "nk_names.h"

/* A span of tokens a pass takes as a mention. */
typedef struct {
  nk_ent_type type; /* what it names */
  size_t tb, te;    /* tokens [tb, te) */
} nk_cand;

/* What every pass reads and fills. */
typedef struct {
  const nk_segments *seg;      /* the article's tokens */
  const nk_lexicon *entities;  /* known entities and aliases */
  const nk_lexicon *places;    /* places -> canonical name */
  const nk_lexicon *first;     /* given names */
  const nk_lexicon *honor;     /* M., Mme, Dr... */
  const nk_lexicon *particles; /* von, de, ben... inside names */
  const nk_lexicon *family;    /* family names said first: Zhao, Moon */
  const nk_lexicon *roles;     /* role nouns */
  const nk_lexicon *stop;      /* capitalized words that are not names */
  const nk_lexicon *heads;     /* organization head words */
  const nk_lexicon *org_adj;   /* adjectives inside organization names */
  const nk_lexicon *nat;       /* nationality adjectives */
  const nk_lexicon *mods;      /* role modifiers: ancien, sortant... */
  const nk_lexicon *agent;     /* agent determiners, nouns, adjectives */
  const nk_lexicon *eponym;    /* nouns named after a person: rue, lycée */
  const nk_lexicon *links;     /* de, du, la, et...: open a complement */
  const nk_lexicon *en_links;  /* of, for, the...: inside English names */
  const nk_lexicon *articles;  /* le, la, the...: may open a known name */
  const nk_lexicon *speech;    /* reporting verbs: "a déclaré X Y" */
  const nk_lexicon *headline;  /* verbs and small words of headlines in
                                  capitals: "REÇOIT", "ET" */
  const nk_lexicon *cues;      /* words after a name that make it a
                                  person's ("X Y, 43 ans") */
  unsigned char *used;         /* per token: taken by a candidate */
  unsigned char *person_start; /* per token: a person's name starts here */
  unsigned char *person_end;   /* per token: a person's name ends before it */
  long *cand_at;               /* per token: candidate covering it, or -1 */
  nk_cand *c;                  /* candidates found */
  size_t nc, cap;              /* used and allocated candidates */
} nk_mctx;

/* The outlets of one kind named so far in the article. */
typedef struct {
  const char *kind;   /* tv, journal... (lexicon-owned) */
  const char *outlet; /* canonical name of the first one (lexicon-owned) */
  size_t tb;          /* its first token */
  int several;        /* another outlet of this kind was named too */
} nk_m_kind;

/* Most kinds of outlet followed in one article. */
#define NK_M_KINDS 8

/* A reference back to an outlet: "la chaîne" at token tb, naming the
 * outlet whose mention starts at token ante. */
typedef struct {
  size_t tb;   /* the common noun */
  size_t ante; /* first token of the outlet's mention */
} nk_m_anaphor;

/* The outlets of an article and the references back to them. */
typedef struct {
  const nk_lexicon *outlets; /* outlet spellings -> canonical */
  const nk_lexicon *nouns;   /* chaîne, quotidien... -> kind */
  const nk_lexicon *kinds;   /* canonical outlet -> kind */
  nk_m_kind k[NK_M_KINDS];   /* kinds seen so far */
  size_t nk;                 /* entries of k */
  nk_m_anaphor *a;           /* anaphors found */
  size_t na, cap;            /* used and allocated anaphors */
} nk_m_outl;

/* ------------------------------------------------------ nk_mentions.c */

/* Takes tokens [tb, te) as a candidate of the type. */
void nk_m_add(nk_mctx *x, nk_ent_type type, size_t tb, size_t te);
/* Whether no candidate took any of tokens [tb, te). */
int nk_m_free(const nk_mctx *x, size_t tb, size_t te);
/* Whether token i is a key of lex. */
int nk_m_in(const nk_lexicon *lex, const nk_mctx *x, size_t i);
/* A stopword that is never part of an organization's name (ministry
 * domains such as "Affaires" or "Défense" are). */
int nk_m_stop_strict(const nk_mctx *x, size_t i);
/* Whether token i is a word in capitals ("OTAN"). */
int nk_m_allcaps(const nk_mctx *x, size_t i);
/* A given name: listed, or a compound of listed ones ("Marc-Olivier"). */
int nk_m_first(const nk_mctx *x, size_t i);
/* A Roman ordinal such as "XIe" or "XXe" (an arrondissement, a century),
 * which is capitalized but names nothing. */
int nk_m_ordinal(const nk_mctx *x, size_t i);
/* A capitalized word that may be part of a person's name. */
int nk_m_namey(const nk_mctx *x, size_t i, size_t se);
/* Words that fill a pair of quotation marks on their own name a work (a
 * song, a film, a book: "Breaking News"), not a person or a company. */
int nk_m_quoted(const nk_mctx *x, size_t tb, size_t te);
/* A preposition, article or "et" (complement_words.txt): the word after
 * it belongs to a complement. */
int nk_m_prep(const nk_mctx *x, size_t i);

/* ----------------------------------------------------- nk_ment_orgs.c */

/* Pass: known entities and aliases (entities.txt) in [sb, se). */
void nk_mo_known(nk_mctx *x, size_t sb, size_t se);
/* Pass: places (places.txt) in [sb, se). */
void nk_mo_places(nk_mctx *x, size_t sb, size_t se);
/* Pass: organization names built on a head word or an English
 * organization word in [sb, se). */
void nk_mo_orgs(nk_mctx *x, size_t sb, size_t se);
/* Whether lower-case token i is an adjective of organization names or a
 * nationality. */
int nk_mo_orgadj(const nk_mctx *x, size_t i);
/* After a de/du/des/d'/de la/de l' at i, the index of the first word of
 * the complement, or 0 when there is no such preposition. */
size_t nk_mo_after_prep(const nk_mctx *x, size_t i, size_t se);

/* -------------------------------------------------- nk_ment_persons.c */

/* Pass: person names in [sb, se). */
void nk_mp_persons(nk_mctx *x, size_t sb, size_t se);
/* A single capitalized word that is the last word of a person's full name
 * found in this article ("Borne" after "Élisabeth Borne"), or that a
 * courtesy title gave as a surname ("M. Morel"). */
void nk_mp_surnames(nk_mctx *x, const nk_segments *seg);

/* ------------------------------------------------- nk_ment_acronyms.c */

/* Pass: bare acronyms in [sb, se). */
void nk_ma_acronyms(nk_mctx *x, size_t sb, size_t se);
/* Pass: "l'Office antistupéfiants (Ofast)": acronyms in parentheses and
 * the organization names they spell, in [sb, se). */
void nk_ma_paren_acronyms(nk_mctx *x, size_t sb, size_t se);
/* The acronyms the parentheses taught (candidates from first on) name
 * their organization wherever else the article writes them. */
void nk_ma_learned_acronyms(nk_mctx *x, size_t first);

/* --------------------------------------------------- nk_ment_agents.c */

/* Pass: unnamed agents ("une conseillère du ministère") in [sb, se). */
void nk_mg_agents(nk_mctx *x, size_t sb, size_t se);
/* "Selon la chaîne CNN, ... La chaîne précise que": when the article named
 * exactly one outlet of a kind before, "la chaîne" is a mention of it.
 * Adds the candidates; returns the anaphors (their antecedents' mentions
 * give them their names once mentions exist). */
nk_m_outl nk_mg_outlets(nk_mctx *x, const nk_lang *lang);
/* Gives each anaphor's mention the words of its outlet's mention, so that
 * it resolves to the same entity (its span stays "chaîne"); frees the
 * anaphors. */
void nk_mg_name_anaphors(nk_doc *d, nk_m_outl *o);

#endif
