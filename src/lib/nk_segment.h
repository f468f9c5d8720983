/* nk_segment.h — sentences and tokens of a normalized text (French rules:
 * elision l' d' qu' j' n' s' c' m' t' jusqu' lorsqu' puisqu'; abbreviations
 * M. Mme Dr etc. that do not end a sentence; « » “ ” " as quote tokens;
 * hyphenated words such as Jean-Pierre or a-t-il kept whole). */
#ifndef NK_SEGMENT_H
#define NK_SEGMENT_H

#include "nk_text.h"

enum nk_tok_kind {
  NK_TOK_WORD,        /* letters, digits inside, hyphens, inner apostrophes */
  NK_TOK_NUMBER,      /* digits, with inner . , : (2023, 6,5, 14:30) */
  NK_TOK_PUNCT,       /* any other single punctuation mark */
  NK_TOK_QUOTE_OPEN,  /* « “ ‘‘ or a straight " judged opening */
  NK_TOK_QUOTE_CLOSE, /* » ” or a straight " judged closing */
};

enum nk_tok_flag {
  NK_TF_CAP = 1u << 0,          /* first letter upper case */
  NK_TF_ALLCAPS = 1u << 1,      /* at least two letters, all upper case */
  NK_TF_ELIDED = 1u << 2,       /* ends in an elision apostrophe: l' d' qu' */
  NK_TF_SENT_START = 1u << 3,   /* first token of its sentence */
  NK_TF_PARA_START = 1u << 4,   /* first token of its paragraph */
  NK_TF_ABBREV = 1u << 5,       /* abbreviation with its period: M. Mme. */
  NK_TF_SPACE_BEFORE = 1u << 6, /* preceded by white space */
};

typedef struct {
  enum nk_tok_kind kind; /* what the token is */
  unsigned flags;        /* nk_tok_flag bits */
  size_t start;          /* first normalized code point */
  size_t end;            /* one past the last normalized code point */
  char *form;            /* normalized UTF-8 text of the token */
  char *lower;           /* form lower-cased (French rules) */
  size_t sentence;       /* index of the sentence holding it */
} nk_token;

typedef struct {
  size_t tok_begin; /* first token */
  size_t tok_end;   /* one past the last token */
  size_t paragraph; /* paragraph index (paragraphs split on blank lines or
                       on single newlines) */
  int boilerplate;  /* 1 when the sentence is not article prose (an English
                       instruction line, "CLIQUEZ ICI", comment-form text,
                       an all-caps teaser): extractors skip it */
  int headline;     /* 1 when its paragraph is a short line without final
                       punctuation (a title or subheading) */
} nk_sentence;

typedef struct {
  nk_token *toks;     /* tokens in text order */
  size_t ntoks;       /* number of tokens */
  nk_sentence *sents; /* sentences in text order */
  size_t nsents;      /* number of sentences */
} nk_segments;

struct nk_lang;

/* Splits t into tokens and sentences.  lang supplies the abbreviation and
 * boilerplate lexicons; may be NULL in tests (built-in minimum then). */
int nk_segment(const nk_text *t, const struct nk_lang *lang, nk_segments *out,
               nk_error *err);
void nk_segments_free(nk_segments *s);

#endif
