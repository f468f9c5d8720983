/* nk_modality.h — word-level knowledge shared by the event stages
 * (statements, meetings, sources): how a verb is modalized (conditional,
 * negated, denied), which words report speech, which organizations are
 * media, where quotations are, and who the subject of a reporting verb is.
 * Every word list comes from a data file of the language (see each
 * function); nothing here knows a particular article. */
#ifndef NK_MODALITY_H
#define NK_MODALITY_H

#include "nk_doc.h"
#include "nk_lexicon.h"

/* The lexicons of the event stages, looked up once per article: a stage
 * asks for them per token, and a lookup by name scans the language's list
 * of files. */
typedef struct {
  const nk_lang *lang;                   /* the language they come from */
  const nk_lexicon *speech_verbs;        /* reporting verb forms -> lemma */
  const nk_lexicon *denial_verbs;        /* lemmas that deny */
  const nk_lexicon *conditional;         /* conditional forms and suffixes */
  const nk_lexicon *auxiliaries;         /* forms of avoir, être, ... */
  const nk_lexicon *negation;            /* particles and adverbs */
  const nk_lexicon *clitic_subjects;     /* inverted pronouns ("-t-il") */
  const nk_lexicon *subject_pronouns;    /* il, elle, ... */
  const nk_lexicon *skip_words;          /* adverbs inside a verb group */
  const nk_lexicon *speaker_nouns;       /* nouns of unnamed speakers */
  const nk_lexicon *agent_determiners;   /* openers of a speaker phrase */
  const nk_lexicon *verb_clitics;        /* "se", "lui" inside a verb group */
  const nk_lexicon *np_stops;            /* words ending an inverted subject */
  const nk_lexicon *np_determiners;      /* openers of a noun phrase */
  const nk_lexicon *time_prepositions;   /* avant, après, depuis */
  const nk_lexicon *weekdays;            /* day names */
  const nk_lexicon *relative_dates;      /* hier, demain, ... */
  const nk_lexicon *outlets;             /* media names -> canonical name */
  const nk_lexicon *outlet_articles;     /* articles optional in them */
  const nk_lexicon *source_cues;         /* words citing a medium */
  const nk_lexicon *source_participles;  /* "publié", "glané" before "par" */
  const nk_lexicon *meeting_triggers;    /* event words -> kind */
  const nk_lexicon *meeting_blockers;    /* pairs and wishes that block */
  const nk_lexicon *meeting_anaphora;    /* words referring back */
  const nk_lexicon *meeting_companions;  /* "aux côtés de" */
  const nk_lexicon *meeting_purpose;     /* "pour" before a meeting noun */
  const nk_lexicon *name_modifier_nouns; /* "l'administration Biden" */
  const nk_lexicon *participle_endings;  /* é, ée, és, ées */
  const nk_lexicon *place_stops;         /* words ending an event's place */
  const nk_lexicon *complement_words;    /* prepositions and articles */
  const nk_lexicon *attribution_cues;    /* "selon", "d'après" -> kind */
} nk_ev_lex;

/* Fills *x with the lexicons of lang (missing files give empty ones). */
void nk_ev_lex_init(nk_ev_lex *x, const nk_lang *lang);

/* Lower-cased form of token i, or "" past the end. */
const char *nk_ev_lower(const nk_doc *d, size_t i);
/* 1 when token i's lower-cased form is w. */
int nk_ev_is(const nk_doc *d, size_t i, const char *w);
/* 1 when token i ends a clause: punctuation other than hyphens and
 * apostrophes, or a quotation mark. */
int nk_ev_is_break(const nk_doc *d, size_t i);
/* 1 when token i is a sentence-final mark (. ! ? …). */
int nk_ev_is_final(const nk_doc *d, size_t i);
/* 1 when lex holds token i's lower-cased form. */
int nk_ev_in(const nk_lexicon *lex, const nk_doc *d, size_t i);
/* Lower-cased words [tb, te) joined by single spaces; newly allocated. */
char *nk_ev_words(const nk_doc *d, size_t tb, size_t te);

/* Lemma of a reporting verb of two words starting at token k ("fait
 * savoir", "fait valoir", "fait écho": speech_verbs.txt keys of two
 * words), or NULL; *clitic (may be NULL) is set when an inverted pronoun
 * was stripped from the first ("fait-il savoir").  The verb is then token
 * k + 1. */
const char *nk_mod_speech_pair(const nk_ev_lex *lx, const nk_doc *d, size_t k,
                               int *clitic);

/* 1 when the lower-cased word is a conditional verb form
 * (conditional.txt). */
int nk_mod_is_conditional(const nk_ev_lex *lx, const char *lower);
/* 1 when the lower-cased word has the ending of a present participle
 * ("ajoutant", "précisant"); a word test, nouns in -ant match too. */
int nk_mod_is_present_participle(const char *lower);
/* 1 when a proper ending of the lower-cased word, cut at a character
 * boundary, is a key of lex whose value is value (NULL: any value). */
int nk_mod_ending(const nk_lexicon *lex, const char *lower, const char *value);
/* Length of an inverted subject pronoun ending the word ("-t-il" in
 * "a-t-il"), from clitic_subjects.txt, or 0. */
size_t nk_mod_clitic_len(const nk_ev_lex *lx, const char *lower);
/* Lemma of a reporting verb form (speech_verbs.txt) after stripping an
 * inverted pronoun, or NULL; *clitic (may be NULL) says whether one was
 * stripped. */
const char *nk_mod_speech_lemma(const nk_ev_lex *lx, const char *lower,
                                int *clitic);
/* 1 when token i is a reporting verb form (speech_verbs.txt) used as a
 * verb: not after "de" or a determiner other than le/la/l'/les, where the
 * same form is a noun ("le Centre d'analyse", "une remarque"). */
int nk_mod_is_verb_use(const nk_ev_lex *lx, const nk_doc *d, size_t i);
/* 1 when the form (inverted pronoun stripped) is an auxiliary
 * (auxiliaries.txt); *clitic as above. */
int nk_mod_is_aux(const nk_ev_lex *lx, const char *lower, int *clitic);
/* 1 when token i may be skipped between a verb and its subject or
 * auxiliary: an adverb of skip_words.txt, a weekday, "d'abord". */
int nk_mod_skippable(const nk_ev_lex *lx, const nk_doc *d, size_t i);
/* First token of the verb group ending at verb token v: walks back over
 * auxiliaries, negation, reflexive pronouns and skippable words within the
 * clause. */
size_t nk_mod_group_start(const nk_ev_lex *lx, const nk_doc *d, size_t v);
/* Modality of the verb at token v: denied when negated within its group
 * or when lemma (may be NULL) is a denial (denial_verbs.txt), alleged when
 * the verb or an auxiliary of its group is conditional, else asserted. */
nk_modality nk_mod_verb(const nk_ev_lex *lx, const nk_doc *d, size_t v,
                        const char *lemma);

/* Kind of the attribution cue starting at token i ("according" for
 * "selon" and "d'après", "opinion" for "pour", "citing" for "citant":
 * attribution_cues.txt), or NULL; *len (may be NULL) receives its number
 * of tokens. */
const char *nk_mod_attribution_cue(const nk_ev_lex *lx, const nk_doc *d,
                                   size_t i, size_t *len);

/* Canonical name of the medium named by tokens [tb, te) (outlets.txt),
 * or NULL.  A leading article may be present or absent. */
const char *nk_mod_outlet(const nk_ev_lex *lx, const nk_doc *d, size_t tb,
                          size_t te);

/* A quotation: its opening mark and its closing mark (or, when it is left
 * open, the first token after its paragraph). */
typedef struct {
  size_t open;  /* token of the opening mark */
  size_t close; /* token of the closing mark, or end of the paragraph */
  int closed;   /* 1 when a closing mark ends it */
} nk_ev_quote;

/* Outermost quotations of the text, in order; *n receives their number.
 * A quotation left open at the end of a paragraph goes on when the next
 * paragraph opens with a mark (French convention for long quotes).  A
 * straight mark " met inside a quotation opened by " ends it (left open)
 * when it starts a sentence or the outer one has no closing mark: straight
 * quotes seldom nest, and a missing mark must spoil one quotation only.
 * Newly allocated. */
nk_ev_quote *nk_ev_quotes(const nk_doc *d, size_t *n);
/* Per token: 1 inside a quotation (marks included), else 0; d->seg.ntoks
 * entries, newly allocated. */
unsigned char *nk_ev_quote_mask(const nk_doc *d);
/* The same for quotations already found (q: nq of them). */
unsigned char *nk_ev_quote_mask_of(const nk_doc *d, const nk_ev_quote *q,
                                   size_t nq);

/* Mention index of the subject of the reporting or meeting verb whose
 * group starts at token g (see nk_mod_group_start), looking back within
 * the sentence: a name, an apposition (", John Kirby, a dit"), or a noun
 * phrase of an unnamed speaker ("un responsable américain"), which is
 * then added as an agent mention.  Returns -1 when none; *pronoun is set
 * to 1 when the subject is a personal pronoun ("il a dit"). */
long nk_ev_subject_before(nk_doc *d, const nk_ev_lex *lx,
                          const unsigned char *inq, size_t g, int *pronoun);
/* The same for an inverted subject starting at or after token b
 * ("a déclaré jeudi un porte-parole du ministère"); *end receives one past
 * its last token. */
long nk_ev_subject_after(nk_doc *d, const nk_ev_lex *lx, size_t b, size_t *end);
/* The same, accepting also a short description without a speaker noun
 * ("», a expliqué le pompier"): after a quotation, an inverted subject of
 * a reporting verb is the speaker whatever noun names it. */
long nk_ev_subject_after_loose(nk_doc *d, const nk_ev_lex *lx, size_t b,
                               size_t *end);

#endif
