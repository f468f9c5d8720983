/* nk_statements.h — what the files of the statements stage share.  The
 * stage's entry point, nk_extract_statements, is declared in nk_extract.h;
 * nothing outside these files includes this header.
 *
 *   nk_statements.c    the stage: reads the sentences in order and records
 *                      the statements found (prefix nk_st_)
 *   nk_attribution.c   who said it: the reporting verb next to the words,
 *                      its subject and addressee, and the person a pronoun
 *                      subject stands for (nk_attr_)
 *   nk_quotes.c        direct quotations: which ones are somebody's words,
 *                      and whose (nk_quote_)
 *   nk_reported.c      indirect speech: "X a déclaré que ...", "..., a
 *                      annoncé X", "Selon X, ..." (nk_rep_)
 *   nk_descriptions.c  a description speaking ("le ministre de l'Intérieur
 *                      a dit") credited to the person the article gave that
 *                      role (nk_desc_)
 *
 * Sentences are read in order, and within a sentence quotations and
 * reporting verbs in token order, so that a pronoun ("a-t-il ajouté", "Il a
 * déclaré que") or an unattributed quotation following another can take
 * the last speaker: the nk_st state below carries who spoke last. */
#ifndef NK_STATEMENTS_H
#define NK_STATEMENTS_H

#include "nk_extract.h"
#include "nk_modality.h"

/* Fewest words a quotation inside a sentence needs to be a statement of
 * its own when the sentence reports someone's words: shorter ones ("un
 * résultat « idéal »") are words picked out of the reported speech. */
#define NK_EMBEDDED_MIN_WORDS 4
/* Furthest, in tokens, a reporting verb may stand from its "que"; also how
 * far after the verb its addressee is looked for. */
#define NK_QUE_WINDOW 10
/* Furthest, in tokens, the addressee of a reporting verb inserted after a
 * quotation may stand: past the inverted subject, which may be long ("»,
 * a déclaré la porte-parole du ministère des Affaires étrangères à la
 * radio"). */
#define NK_ADDRESSEE_WINDOW 25
/* Fewest words of a clause reported without "que" ("..., a dit X",
 * "Selon X, ..."): shorter ones are asides, not statements. */
#define NK_INVERTED_MIN_WORDS 4

/* State carried across the article. */
typedef struct {
  nk_doc *d;                 /* the article */
  nk_ev_lex lx;              /* lexicons */
  unsigned char *inq;        /* per token: inside a quotation */
  unsigned char *used_verb;  /* per token: verb already attributed a quote */
  long last_speaker;         /* speaker of the last statement, or -1 */
  int have_last;             /* 1 once a statement was emitted */
  size_t last_para;          /* paragraph of the last statement's end */
  size_t last_sent;          /* sentence of the last statement's end */
  size_t last_end;           /* one past the last statement's evidence */
  long last_person;          /* last person mention seen outside quotes */
  long last_subject;         /* last person named at a clause head (sentence
                                start, after a comma or a title noun), or -1 */
  long last_of_gender[2];    /* last masculine [0] and feminine [1] person
                                named or speaking, or -1 */
  const nk_lexicon *genders; /* first names -> m or f */
  const nk_ev_quote *qs;     /* the article's quotations, in order */
  size_t nq;                 /* their number */
  size_t qi;                 /* the next quotation to read */
} nk_st;

/* Who said it and how, as found around a reporting verb. */
typedef struct {
  int found;            /* 1 when a reporting verb was found */
  size_t verb;          /* token of the verb */
  const char *lemma;    /* its lemma */
  long speaker;         /* mention, or -1 */
  int pronoun;          /* subject is a pronoun: take the last speaker */
  int plural;           /* that pronoun is plural ("ont-ils dit") */
  long addressee;       /* mention addressed ("à CBS News"), or -1 */
  size_t first, last;   /* tokens spanned by verb, subject, addressee */
  nk_modality modality; /* of the verb */
  size_t said;          /* opening mark of the quotation attributed, or 0 */
} nk_attr;

/* An attribution that found nothing: no verb, no speaker, no addressee. */
static inline nk_attr nk_attr_none(void) {
  return (nk_attr){.speaker = -1, .addressee = -1};
}

/* An attribution by a cue at token cue ("selon X", "pour X, ..."): the cue
 * stands for the verb, the speaker is mention speaker or a pronoun, and
 * the words run to token last; asserted, like any indicative. */
static inline nk_attr nk_attr_by_cue(size_t cue, size_t last, long speaker,
                                     int pronoun) {
  nk_attr a = nk_attr_none();
  a.found = 1;
  a.verb = cue;
  a.speaker = speaker;
  a.pronoun = pronoun;
  a.first = cue;
  a.last = last;
  a.modality = NK_MOD_ASSERTED;
  return a;
}

/* An indirect statement found in a sentence: verb, "que" and speaker. */
typedef struct {
  int found;    /* 1 when present */
  nk_attr a;    /* the attribution */
  size_t que;   /* first token of the reported clause (que/qu' when there
                   is one) */
  size_t end;   /* end of the reported clause (exclusive) */
  int inverted; /* the attribution stands after the clause (", a dit X.")
                   or before it without "que" ("Selon X, ..."): quotations
                   of the clause are its words wherever the verb is */
} nk_indirect;

/* Sentence of token tok. */
static inline size_t nk_st_sent_of(const nk_doc *d, size_t tok) {
  return d->seg.toks[tok].sentence;
}

/* Paragraph of token tok. */
static inline size_t nk_st_para_of(const nk_doc *d, size_t tok) {
  return d->seg.sents[nk_st_sent_of(d, tok)].paragraph;
}

/* Paragraph of the first token of mention m. */
static inline size_t nk_st_mention_para(const nk_doc *d, long m) {
  return nk_st_para_of(d, d->mentions[m].tok_begin);
}

/* ---------------------------------------------------- nk_statements.c */

/* Words (not punctuation, not bare elisions) of tokens [b, e). */
size_t nk_st_count_words(const nk_doc *d, size_t b, size_t e);
/* First token of a sentence's own words in [sb, se): after leading
 * punctuation and "et"/"mais". */
size_t nk_st_words_start(const nk_doc *d, size_t sb, size_t se);
/* Records a statement of kind by speaker (-1: unknown) with the
 * attribution a (may be NULL): its words are tokens [tb, te), its
 * evidence the sentences of tokens [eb, ee).  It becomes the last
 * speaker's.  Nothing is recorded when te <= tb. */
void nk_st_emit(nk_st *st, nk_stmt_kind kind, long speaker, const nk_attr *a,
                size_t tb, size_t te, size_t eb, size_t ee);

/* --------------------------------------------------- nk_attribution.c */

/* Gender of a person mention: "M."/"Mme" before it, else its first name
 * (genders: first_name_genders.txt); 0 when unknown. */
char nk_attr_person_gender(const nk_doc *d, const nk_lexicon *genders, long m);
/* 1 when the lower-cased word is, or ends with, a plural subject pronoun
 * ("ils", "ont-elles"). */
int nk_attr_plural_pronoun(const nk_ev_lex *lx, const char *w);
/* Tokens of the attribution cue of kind kind ("according": "selon",
 * "d'après"; "opinion": "pour") at token i, or 0. */
size_t nk_attr_cue_len(const nk_st *st, size_t i, const char *kind);
/* Who "selon" names at token b: a mention or description (*end set), or
 * a stressed pronoun ("selon elle": *pronoun set, -1 returned). */
long nk_attr_selon_subject(nk_st *st, size_t b, size_t *end, int *pronoun);
/* The reporting verb right after the closing mark or comma at close:
 * "», a déclaré X", "», a-t-il ajouté", "», selon X".  loose accepts any
 * noun phrase as the inverted subject (see nk_ev_subject_after_loose). */
nk_attr nk_attr_after(nk_st *st, size_t close, int loose);
/* Subject, addressee and modality of a reporting verb v standing before
 * what it reports ("X a déclaré à CBS News : « ... »", "X affirme que"). */
nk_attr nk_attr_verb(nk_st *st, size_t v, const char *lemma);
/* 1 when the mention starting at token i heads a clause: it opens its
 * sentence or follows a comma, a title noun or a determiner that does. */
int nk_attr_at_clause_head(const nk_st *st, size_t i);
/* Speaker of an attribution, a pronoun resolved to the person it stands
 * for by position and gender; -1 when unknown. */
long nk_attr_speaker(const nk_st *st, const nk_attr *a);
/* 1 when mention m (may be -1) is an organization that is a medium. */
int nk_attr_is_outlet(const nk_st *st, long m);
/* Notes that speaker spoke up to token ee (exclusive): a following "il"
 * or unattributed quotation goes on with that speaker. */
void nk_attr_note_speaker(nk_st *st, long speaker, size_t ee);
/* Notes the persons named outside quotations in tokens [b, e) that a
 * later pronoun may stand for. */
void nk_attr_track_persons(nk_st *st, size_t b, size_t e);

/* ------------------------------------------------------- nk_quotes.c */

/* Records the statement of quotation q, if it is one; in is the indirect
 * statement of q's sentence (NULL: none before q). */
void nk_quote_read(nk_st *st, const nk_ev_quote *q, const nk_indirect *in);
/* Reads the quotations opening before token end, from st->qi on, as
 * nk_quote_read does, and moves st->qi past them. */
void nk_quote_read_until(nk_st *st, size_t end, const nk_indirect *in);
/* Longest quotation opening inside [b, e), in words, looking from st->qi
 * on (those before open before b). */
size_t nk_quote_longest_in(const nk_st *st, size_t b, size_t e);
/* The quotation opening at token i when it is a section heading run into
 * the sentence after it ("« Titre »Selon X, ..."), or NULL. */
const nk_ev_quote *nk_quote_heading_at(const nk_st *st, size_t i);

/* ----------------------------------------------------- nk_reported.c */

/* The first reporting verb of sentence s, from token from on, followed by
 * "que", outside quotations: "X a déclaré (à Y) que ...". */
nk_indirect nk_rep_find(nk_st *st, size_t s, size_t from);
/* 1 when the speaker of an indirect statement is acceptable: someone other
 * than a medium, or a pronoun with someone to stand for. */
int nk_rep_ok(const nk_st *st, const nk_indirect *in);
/* Reads the reported clause of in, found from token pos on, with the
 * quotations inside it; returns the token where reading goes on. */
size_t nk_rep_clause(nk_st *st, size_t pos, const nk_indirect *in);
/* Reads sentence s when its speech is attributed without "que" ("Selon
 * X, ...", "..., a annoncé X."), with its quotations; returns the token
 * where the rest of the sentence is to be read (its start when there is
 * no such attribution). */
size_t nk_rep_unmarked(nk_st *st, size_t s);

/* ------------------------------------------------- nk_descriptions.c */

/* Credits the statements of d whose speaker is a definite description to
 * the one person the article gave that role. */
void nk_desc_resolve(nk_doc *d, const nk_lang *lang, const nk_ev_lex *lx);

#endif
