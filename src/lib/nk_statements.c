/* nk_statements.c — what was said and by whom: direct quotations (« »,
 * “ ”, straight quotes) and reported speech ("X a déclaré que ...").
 *
 * Sentences are read in order, and within a sentence quotations and
 * reporting verbs in token order, so that a pronoun ("a-t-il ajouté", "Il
 * a déclaré que") or an unattributed quotation following another can take
 * the last speaker. */
#include <config.h>

#include "nk_extract.h"
#include "nk_modality.h"

#include <stdlib.h>
#include <string.h>

/* Fewest words a quotation inside a sentence needs to be a statement of
 * its own when the sentence reports someone's words: shorter ones ("un
 * résultat « idéal »") are words picked out of the reported speech. */
#define NK_EMBEDDED_MIN_WORDS 4
/* Fewest words an embedded quotation needs when nothing in its sentence
 * says who spoke: below this it is a phrase set off in quotes ("pour
 * « abus de confiance »"), not a statement. */
#define NK_ORPHAN_MIN_WORDS 8
/* Furthest, in tokens, a reporting verb may stand from its "que". */
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

static size_t nk_sent_of(const nk_doc *d, size_t tok) {
  return d->seg.toks[tok].sentence;
}

static size_t nk_para_of(const nk_doc *d, size_t tok) {
  return d->seg.sents[nk_sent_of(d, tok)].paragraph;
}

static size_t nk_mention_sent(const nk_doc *d, long m) {
  return nk_sent_of(d, d->mentions[m].tok_begin);
}

static size_t nk_mention_para(const nk_doc *d, long m) {
  return nk_para_of(d, d->mentions[m].tok_begin);
}

/* Words (not punctuation, not bare elisions) of tokens [b, e). */
static size_t nk_count_words(const nk_doc *d, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; i++) {
    const nk_token *t = &d->seg.toks[i];
    if ((t->kind == NK_TOK_WORD && !(t->flags & NK_TF_ELIDED)) ||
        t->kind == NK_TOK_NUMBER)
      n++;
  }
  return n;
}

/* Gender of a person mention: "M."/"Mme" before it, else its first name
 * (first_name_genders.txt); 0 when unknown. */
static char nk_person_gender(const nk_doc *d, const nk_lexicon *genders,
                             long m) {
  const nk_mention *mm = &d->mentions[m];
  if (mm->tok_begin > 0) {
    const char *h = nk_ev_lower(d, mm->tok_begin - 1);
    if (!strcmp(h, "m.") || !strcmp(h, "monsieur"))
      return 'm';
    if (!strcmp(h, "mme") || !strcmp(h, "madame") || !strcmp(h, "mlle"))
      return 'f';
  }
  const char *v = nk_lexicon_get(genders, nk_ev_lower(d, mm->tok_begin));
  return v && (v[0] == 'm' || v[0] == 'f') ? v[0] : 0;
}

/* 1 when the lower-cased word is, or ends with, a plural subject pronoun
 * ("ils", "ont-elles"): values of subject_pronouns.txt and
 * clitic_subjects.txt. */
static int nk_plural_pronoun(const nk_ev_lex *lx, const char *w) {
  const char *v = nk_lexicon_get(lx->subject_pronouns, w);
  size_t cl = nk_mod_clitic_len(lx, w);
  if (!v && cl)
    v = nk_lexicon_get(lx->clitic_subjects, w + strlen(w) - cl);
  return v && strcmp(v, "plural") == 0;
}

/* 1 when token i is a reflexive or dative pronoun (verb_clitics.txt
 * values): "», s'est réjoui X", "», lui a dit X"; not "», en a précisé
 * l'ampleur", where the verb has its subject before. */
static int nk_reflexive(const nk_st *st, size_t i) {
  const char *v = nk_lexicon_get(st->lx.verb_clitics, nk_ev_lower(st->d, i));
  return v && (strcmp(v, "reflexive") == 0 || strcmp(v, "dative") == 0);
}

/* Mention addressed after "à"/"au"/"auprès de" in tokens [b, e): an
 * organization or a person. */
static long nk_addressee(const nk_doc *d, size_t b, size_t e, size_t *last) {
  for (size_t i = b; i < e && i < d->seg.ntoks; i++) {
    if (nk_ev_is_final(d, i) || nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'"))
      break;
    if (!nk_ev_is(d, i, "à") && !nk_ev_is(d, i, "au") &&
        !nk_ev_is(d, i, "auprès"))
      continue;
    for (size_t k = i + 1; k < i + 4 && k < e; k++) {
      long m = nk_doc_mention_at(d, k);
      if (m >= 0 && (d->mentions[m].type == NK_ENT_ORG ||
                     d->mentions[m].type == NK_ENT_PERSON)) {
        *last = d->mentions[m].tok_end - 1;
        return m;
      }
    }
  }
  return -1;
}

/* Tokens of the attribution cue of kind kind ("according": "selon",
 * "d'après"; "opinion": "pour") at token i, or 0. */
static size_t nk_cue_len(const nk_st *st, size_t i, const char *kind) {
  size_t n = 0;
  const char *v = nk_mod_attribution_cue(&st->lx, st->d, i, &n);
  return v && strcmp(v, kind) == 0 ? n : 0;
}

/* Who "selon" names at token b: a mention or description (*end set), or
 * a stressed pronoun ("selon elle": *pronoun set, -1 returned). */
static long nk_selon_subject(nk_st *st, size_t b, size_t *end, int *pronoun) {
  const nk_doc *d = st->d;
  *pronoun = 0;
  if (nk_ev_in(st->lx.subject_pronouns, d, b) || nk_ev_is(d, b, "lui") ||
      nk_ev_is(d, b, "eux")) {
    *pronoun = 1;
    *end = b + 1;
    return -1;
  }
  /* Strict: "selon un rapport" credits a document, not a speaker. */
  return nk_ev_subject_after(st->d, &st->lx, b, end);
}

/* The reporting verb right after a closing mark: "», a déclaré X",
 * "», a-t-il ajouté", "», poursuit le ministre". */
static nk_attr nk_attr_after(nk_st *st, size_t close, int loose) {
  nk_doc *d = st->d;
  nk_attr a = {0};
  a.speaker = a.addressee = -1;
  size_t i = close + 1, nt = d->seg.ntoks;
  if (i < nt && nk_ev_is(d, i, ","))
    i++;
  for (size_t k = i; k < nt && k < i + 5; k++) {
    const nk_token *t = &d->seg.toks[k];
    if ((t->flags & NK_TF_PARA_START) || nk_ev_is_break(d, k))
      break;
    int clitic = 0;
    const char *lemma = nk_mod_speech_lemma(&st->lx, t->lower, &clitic);
    /* A present participle ("», estimant que ...") opens a new clause
     * whose subject is the sentence's: it names nobody after it. */
    if (lemma && k == i && nk_mod_is_present_participle(t->lower))
      break;
    if (lemma) {
      a.found = 1;
      a.verb = k;
      a.lemma = lemma;
      a.first = i;
      a.last = k;
      a.modality = nk_mod_verb(&st->lx, d, k, lemma);
      int aux_clitic = 0;
      for (size_t j = i; j < k; j++) {
        int c = 0;
        if (nk_mod_is_aux(&st->lx, nk_ev_lower(d, j), &c) && c)
          aux_clitic = 1;
      }
      if (clitic || aux_clitic) {
        a.pronoun = 1;
        for (size_t j = i; j <= k; j++)
          if (nk_plural_pronoun(&st->lx, nk_ev_lower(d, j)))
            a.plural = 1;
      } else {
        size_t end = k + 1;
        a.speaker = loose ? nk_ev_subject_after_loose(d, &st->lx, k + 1, &end)
                          : nk_ev_subject_after(d, &st->lx, k + 1, &end);
        if (a.speaker >= 0)
          a.last = end - 1;
      }
      size_t al = a.last;
      a.addressee = nk_addressee(d, k + 1, k + NK_ADDRESSEE_WINDOW, &al);
      if (a.addressee == a.speaker)
        a.addressee = -1;
      else if (a.addressee >= 0 && al > a.last)
        a.last = al;
      return a;
    }
    int c = 0;
    /* Auxiliaries, adverbs, negation and reflexive pronouns ("», s'est
     * réjoui X") may stand before the verb. */
    if (!nk_mod_is_aux(&st->lx, t->lower, &c) &&
        !nk_mod_skippable(&st->lx, d, k) && !nk_ev_in(st->lx.negation, d, k) &&
        !nk_reflexive(st, k))
      break;
  }
  /* "», selon X." */
  size_t b = nk_cue_len(st, i, "according");
  if (b) {
    size_t end = i + b;
    int pronoun = 0;
    long m = nk_selon_subject(st, i + b, &end, &pronoun);
    if (m >= 0 || pronoun) {
      a.found = 1;
      a.verb = i;
      a.lemma = NULL;
      a.speaker = m;
      a.pronoun = pronoun;
      a.first = i;
      a.last = end - 1;
    }
  }
  return a;
}

/* Subject, addressee and modality of a reporting verb v standing before
 * what it reports ("X a déclaré à CBS News : « ... »", "X affirme que"). */
static nk_attr nk_attr_verb(nk_st *st, size_t v, const char *lemma) {
  nk_doc *d = st->d;
  nk_attr a = {0};
  a.found = 1;
  a.verb = v;
  a.lemma = lemma;
  a.addressee = -1;
  size_t g = nk_mod_group_start(&st->lx, d, v);
  a.speaker = nk_ev_subject_before(d, &st->lx, st->inq, g, &a.pronoun);
  a.plural =
      nk_plural_pronoun(&st->lx, nk_ev_lower(d, v)) ||
      (a.pronoun && g > 0 && nk_plural_pronoun(&st->lx, nk_ev_lower(d, g - 1)));
  a.first = a.speaker >= 0 ? d->mentions[a.speaker].tok_begin : g;
  if (a.first > g)
    a.first = g;
  a.last = v;
  size_t al = v;
  a.addressee = nk_addressee(d, v + 1, v + NK_QUE_WINDOW, &al);
  if (a.addressee == a.speaker)
    a.addressee = -1;
  a.modality = nk_mod_verb(&st->lx, d, v, lemma);
  return a;
}

/* First token of a sentence's own words: after leading punctuation and
 * "et"/"mais". */
static size_t nk_sent_words_start(const nk_doc *d, size_t sb, size_t se) {
  size_t i = sb;
  while (i < se && (d->seg.toks[i].kind == NK_TOK_PUNCT ||
                    nk_ev_is(d, i, "et") || nk_ev_is(d, i, "mais")))
    i++;
  return i;
}

/* 1 when the mention starting at token i heads a clause: it opens its
 * sentence or follows a comma, a title noun ("le ministre X"), or a
 * determiner that does ("Le ministère", ", la police"). */
static int nk_at_clause_head(const nk_st *st, size_t i) {
  const nk_doc *d = st->d;
  size_t sb = d->seg.sents[nk_sent_of(d, i)].tok_begin;
  size_t p = i;
  if (p > sb && (d->seg.toks[p - 1].flags & NK_TF_ABBREV))
    p--; /* "M. Dupont", "Mme Durand" */
  if (p > sb && nk_ev_in(st->lx.speaker_nouns, d, p - 1))
    p--; /* "le ministre X": the title heads it */
  if (p > sb && nk_ev_in(st->lx.np_determiners, d, p - 1))
    p--;
  if (p == nk_sent_words_start(d, sb, d->seg.sents[nk_sent_of(d, i)].tok_end))
    return 1;
  return p > sb && (nk_ev_is(d, p - 1, ",") || st->inq[p - 1]);
}

/* Speaker of an attribution, pronouns resolved to the last speaker, or to
 * the last person named when there is no known last speaker or when that
 * person was named in a later paragraph than the last statement ("Le
 * ministre X est arrivé ... « ... », a-t-il dit" after someone else's
 * words in an earlier paragraph). */
static long nk_pronoun_referent(const nk_st *st, const nk_attr *a) {
  if (!a->pronoun)
    return a->speaker;
  /* "ont-ils écrit": not the one person named last. */
  if (a->plural)
    return st->have_last ? st->last_speaker : -1;
  if (!st->have_last || st->last_speaker < 0) {
    /* Nobody spoke yet: the one at the head of a clause ("Marie Dupont a
     * confié ... à son mari Paul Martin. « ... », dit-elle") rather than
     * the last one named. */
    if (st->last_subject >= 0 && nk_mention_sent(st->d, st->last_subject) + 1 >=
                                     nk_mention_sent(st->d, st->last_person))
      return st->last_subject;
    return st->last_person >= 0 ? st->last_person : st->last_speaker;
  }
  if (st->last_person >= 0 &&
      nk_mention_para(st->d, st->last_person) > st->last_para)
    return st->last_person;
  /* Someone introduced at the head of a clause since the last statement,
   * in the sentence before ("La patronne du bar, Marie Dupont, se dit
   * soulagée. « ... », souligne-t-elle"). */
  if (st->last_subject >= 0) {
    /* Only in the sentence before: further back, the "il" more likely
     * goes on with the last speaker. */
    size_t ms = nk_sent_of(st->d, st->d->mentions[st->last_subject].tok_begin);
    /* After a quotation of several sentences, the sentence before it. */
    size_t vs = nk_sent_of(st->d, a->said ? a->said : a->verb);
    if (ms > st->last_sent && ms + 1 >= vs)
      return st->last_subject;
  }
  return st->last_speaker;
}

/* 1 when the word ends with the pronoun p ("a-t-elle", "elle"). */
static int nk_ends_with_pronoun(const char *w, const char *p) {
  size_t n = strlen(w), k = strlen(p);
  return n >= k && strcmp(w + n - k, p) == 0 && (n == k || w[n - k - 1] == '-');
}

/* Gender of the singular pronoun of an attribution: 'f' for "elle",
 * "a-t-elle", "selon elle", 'm' for "il", 0 when none is seen. */
static char nk_pronoun_gender(const nk_st *st, const nk_attr *a) {
  size_t b = a->first > 0 ? a->first - 1 : 0;
  size_t e = (a->last > a->verb ? a->last : a->verb) + 1;
  for (size_t i = b; i < e && i < st->d->seg.ntoks; i++) {
    const char *w = nk_ev_lower(st->d, i);
    if (nk_ends_with_pronoun(w, "elle"))
      return 'f';
    if (nk_ends_with_pronoun(w, "il"))
      return 'm';
  }
  return 0;
}

/* Gender of a mention: a person's by honorific or first name, an unnamed
 * agent's by its article ("la porte-parole"); 0 when unknown. */
static char nk_mention_gender(const nk_st *st, long m) {
  if (m < 0)
    return 0;
  const nk_mention *mm = &st->d->mentions[m];
  if (mm->type == NK_ENT_PERSON)
    return nk_person_gender(st->d, st->genders, m);
  if (mm->type == NK_ENT_AGENT) {
    const char *det = nk_ev_lower(st->d, mm->tok_begin);
    return !strcmp(det, "la") ? 'f' : !strcmp(det, "le") ? 'm' : 0;
  }
  return 0;
}

/* Speaker of an attribution with its pronoun resolved; "a-t-elle dit" is
 * not credited to a man when a woman was named or spoke just before: the
 * referent found by position must agree in gender with the pronoun, else
 * the last speaker, clause subject or person of that gender stands for
 * it. */
static long nk_resolve_speaker(const nk_st *st, const nk_attr *a) {
  long c = nk_pronoun_referent(st, a);
  if (!a->pronoun || a->plural || c < 0)
    return c;
  char g = nk_pronoun_gender(st, a);
  char cg = nk_mention_gender(st, c);
  if (!g || !cg || cg == g)
    return c;
  long same = st->last_of_gender[g == 'f'];
  /* Only someone of the paragraph or the one before. */
  if (same >= 0 &&
      nk_mention_para(st->d, same) + 1 < nk_para_of(st->d, a->verb))
    same = -1;
  const long alts[] = {st->last_speaker, st->last_subject, st->last_person,
                       same};
  for (size_t k = 0; k < sizeof alts / sizeof alts[0]; k++)
    if (alts[k] >= 0 && nk_mention_gender(st, alts[k]) == g)
      return alts[k];
  return -1; /* the only one at hand is of the other gender */
}

static int nk_is_outlet_mention(const nk_st *st, long m) {
  if (m < 0 || st->d->mentions[m].type != NK_ENT_ORG)
    return 0;
  const nk_mention *mm = &st->d->mentions[m];
  return nk_mod_outlet(&st->lx, st->d, mm->tok_begin, mm->tok_end) != NULL;
}

/* Sentence-level evidence covering tokens [b, e). */
static nk_span nk_sent_evidence(const nk_doc *d, size_t b, size_t e) {
  size_t sb = d->seg.sents[nk_sent_of(d, b)].tok_begin;
  size_t se = d->seg.sents[nk_sent_of(d, e - 1)].tok_end;
  return nk_doc_tok_span(d, sb, se);
}

static void nk_emit(nk_st *st, nk_stmt_kind kind, long speaker,
                    const nk_attr *a, size_t tb, size_t te, size_t eb,
                    size_t ee) {
  nk_doc *d = st->d;
  if (te <= tb)
    return;
  nk_statement *s = NK_PUSH(d->statements, d->nstatements, d->cap_statements);
  *s = (nk_statement){0};
  s->kind = kind;
  s->speaker = speaker;
  s->modality = NK_MOD_ASSERTED;
  if (a && a->found) {
    s->verb = a->lemma ? nk_xstrdup(a->lemma) : NULL;
    s->modality = a->modality;
    if (a->addressee >= 0)
      s->addressee = nk_xstrdup(d->mentions[a->addressee].surface);
  }
  s->text = nk_doc_tok_span(d, tb, te);
  s->evidence = nk_sent_evidence(d, eb, ee);
  st->last_speaker = speaker;
  st->have_last = 1;
  char g = nk_mention_gender(st, speaker);
  if (g)
    st->last_of_gender[g == 'f'] = speaker;
  st->last_para = nk_para_of(d, ee - 1);
  st->last_sent = nk_sent_of(d, ee - 1);
  st->last_end = ee;
}

/* Notes that speaker spoke up to token ee (exclusive) without a
 * statement being recorded ("« capricieux », dit X"): a following "il" or
 * unattributed quotation goes on with that speaker. */
static void nk_note_speaker(nk_st *st, long speaker, size_t ee) {
  st->last_speaker = speaker;
  st->have_last = 1;
  st->last_para = nk_para_of(st->d, ee - 1);
  st->last_sent = nk_sent_of(st->d, ee - 1);
  st->last_end = ee;
  char g = nk_mention_gender(st, speaker);
  if (g)
    st->last_of_gender[g == 'f'] = speaker;
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

/* 1 when token i is "que" or "qu'". */
static int nk_is_que(const nk_doc *d, size_t i) {
  return nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'");
}

/* End of the reported clause starting at que: the sentence end, final
 * punctuation excluded. */
static size_t nk_clause_end(const nk_doc *d, size_t que) {
  size_t e = d->seg.sents[nk_sent_of(d, que)].tok_end;
  while (e > que + 1 && (nk_ev_is_final(d, e - 1) || nk_ev_is(d, e - 1, ",") ||
                         nk_ev_is(d, e - 1, ";")))
    e--;
  return e;
}

/* The "que" introducing what the reporting verb v reports, or 0.  Only
 * adverbs, commas and an addressee ("à CBS News", "auprès de X") may come
 * between: after a direct object ("a soutenu les réunions que ...") the
 * "que" is a relative pronoun. */
static size_t nk_que_after(const nk_st *st, size_t v, size_t se) {
  const nk_doc *d = st->d;
  int addressee = 0;
  for (size_t q = v + 1; q < se && q < v + NK_QUE_WINDOW; q++) {
    if (nk_is_que(d, q))
      return nk_ev_is(d, q - 1, "ce") ? 0 : q;
    if (nk_ev_is_final(d, q) || st->inq[q] || nk_ev_is(d, q, ";") ||
        nk_ev_is(d, q, ":") ||
        nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, q), NULL))
      return 0;
    /* "à CBS", "sur son compte", "dans un communiqué": a complement. */
    if (nk_ev_in(st->lx.np_stops, d, q))
      addressee = 1;
    else if (!addressee && nk_ev_in(st->lx.agent_determiners, d, q))
      return 0;
  }
  return 0;
}

/* The first reporting verb of sentence s followed by "que", outside
 * quotations: "X a déclaré (à Y) que ...". */
static nk_indirect nk_find_indirect(nk_st *st, size_t s, size_t from) {
  nk_doc *d = st->d;
  nk_indirect r = {0};
  size_t se = d->seg.sents[s].tok_end;
  for (size_t v = from; v < se; v++) {
    if (st->inq[v] || st->used_verb[v])
      continue;
    int clitic = 0;
    const char *lemma =
        nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, v), &clitic);
    if (!lemma || !nk_mod_is_verb_use(&st->lx, d, v))
      continue;
    size_t q = nk_que_after(st, v, se);
    if (!q)
      continue;
    /* A participle ("ajoutant que") has no subject of its own: it goes
     * on with the speaker of a statement of the same sentence. */
    int participle = nk_mod_is_present_participle(nk_ev_lower(d, v));
    if (participle && (!st->have_last || st->last_sent != s))
      continue;
    r.found = 1;
    r.a = nk_attr_verb(st, v, lemma);
    r.a.pronoun = r.a.pronoun || clitic;
    if (participle) {
      r.a.speaker = -1;
      r.a.pronoun = 1;
    }
    r.que = q;
    r.end = nk_clause_end(d, q);
    return r;
  }
  return r;
}

/* 1 when tokens [b, e) are all inside quotation marks. */
static int nk_all_quoted(const nk_st *st, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (!st->inq[i])
      return 0;
  return 1;
}

/* 1 when the verb of a has no auxiliary and is a participle: "ajoutant"
 * opens a clause, "accusée de" qualifies a noun; neither attributes. */
static int nk_bare_participle(const nk_st *st, const nk_attr *a) {
  const char *w = nk_ev_lower(st->d, a->verb);
  if (nk_mod_is_present_participle(w))
    return 1;
  for (size_t k = a->first; k < a->verb; k++)
    if (nk_mod_is_aux(&st->lx, nk_ev_lower(st->d, k), NULL))
      return 0;
  return nk_mod_ending(st->lx.participle_endings, w, NULL);
}

/* A sentence ending with its attribution and no "que": "Le service sera
 * dissous, a annoncé la préfecture." or "..., selon le syndicat."  The
 * reported clause runs from from to the comma before the verb.  Direct
 * quotations ("« ... », a dit X") are left to the quotation reader. */
static nk_indirect nk_find_inverted(nk_st *st, size_t s, size_t from) {
  nk_doc *d = st->d;
  nk_indirect r = {0};
  size_t se = d->seg.sents[s].tok_end;
  from = nk_sent_words_start(d, from, se);
  for (size_t c = se; c-- > from + 1;) {
    if (!nk_ev_is(d, c, ",") || st->inq[c])
      continue;
    if (d->seg.toks[c - 1].kind == NK_TOK_QUOTE_CLOSE ||
        nk_all_quoted(st, from, c) ||
        nk_count_words(d, from, c) < NK_INVERTED_MIN_WORDS)
      break;
    /* Strict subject: without quotation marks, "X, a annoncé une
     * conférence" has its subject before the verb and no speaker after. */
    nk_attr a = nk_attr_after(st, c - 1, 0);
    if (!a.found || (a.lemma && nk_bare_participle(st, &a)))
      continue;
    for (size_t k = a.last + 1; k < se; k++)
      if (nk_is_que(d, k) || st->inq[k] ||
          nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, k), NULL))
        return r;
    r.found = 1;
    r.a = a;
    r.que = from;
    r.end = c;
    r.inverted = 1;
    return r;
  }
  return r;
}

/* The quotation whose opening mark is token i, or NULL (binary search:
 * quotations are in text order). */
static const nk_ev_quote *nk_quote_at(const nk_st *st, size_t i) {
  size_t lo = 0, hi = st->nq;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (st->qs[mid].open < i)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < st->nq && st->qs[lo].open == i ? &st->qs[lo] : NULL;
}

static int nk_is_glued_heading(const nk_doc *d, const nk_ev_quote *q);

/* "Selon X, ..." opening a sentence: X said the rest of it. */
static nk_indirect nk_find_selon(nk_st *st, size_t s) {
  nk_doc *d = st->d;
  nk_indirect r = {0};
  size_t sb = d->seg.sents[s].tok_begin, se = d->seg.sents[s].tok_end;
  size_t i = nk_sent_words_start(d, sb, se);
  /* "« Titre »Selon X, ...": a heading run into the sentence. */
  const nk_ev_quote *h = nk_quote_at(st, i);
  if (h && nk_is_glued_heading(d, h))
    i = h->close + 1;
  size_t n = nk_cue_len(st, i, "according");
  if (!n || st->inq[i])
    return r;
  size_t end = i + n;
  int pronoun = 0;
  long m = nk_selon_subject(st, i + n, &end, &pronoun);
  if ((m < 0 && !pronoun) || !nk_ev_is(d, end, ","))
    return r;
  size_t ce = nk_clause_end(d, end);
  if (nk_count_words(d, end + 1, ce) < NK_INVERTED_MIN_WORDS)
    return r;
  r.found = 1;
  r.a.found = 1;
  r.a.verb = i;
  r.a.speaker = m;
  r.a.pronoun = pronoun;
  r.a.addressee = -1;
  r.a.first = i;
  r.a.last = end;
  r.a.modality = NK_MOD_ASSERTED;
  r.que = end + 1;
  r.end = ce;
  r.inverted = 1;
  return r;
}

/* 1 when the speaker of an indirect statement is acceptable: someone
 * (person, organization other than a medium, agent, place as a state) or
 * a pronoun standing for the last speaker.  A medium reporting something
 * is a source of the article, not a statement. */
static int nk_indirect_ok(const nk_st *st, const nk_indirect *in) {
  if (in->a.pronoun)
    return st->have_last || st->last_person >= 0;
  if (in->a.speaker < 0 || nk_is_outlet_mention(st, in->a.speaker))
    return 0;
  /* "selon des journalistes de l'AFP": the medium is the source. */
  const nk_mention *m = &st->d->mentions[in->a.speaker];
  if (m->type == NK_ENT_AGENT)
    for (size_t i = m->tok_begin; i < m->tok_end; i++)
      if (nk_is_outlet_mention(st, nk_doc_mention_at(st->d, i)))
        return 0;
  return 1;
}

/* The reporting verb standing before the quotation at open in its
 * sentence: "X a déclaré : « ... »", or the indirect statement it is
 * part of. */
static nk_attr nk_attr_before(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr none = {0};
  none.speaker = none.addressee = -1;
  size_t sb = d->seg.sents[nk_sent_of(d, open)].tok_begin;
  if (open == sb || !nk_ev_is(d, open - 1, ":"))
    return none;
  for (size_t k = open - 1; k > sb && k + NK_ADDRESSEE_WINDOW > open; k--) {
    size_t v = k - 1;
    if (st->inq[v] || nk_ev_is_final(d, v))
      break;
    const char *lemma =
        nk_mod_is_verb_use(&st->lx, d, v)
            ? nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, v), NULL)
            : NULL;
    /* "en lui demandant : « ... »": a gerund has no subject to find. */
    if (lemma && nk_mod_is_present_participle(nk_ev_lower(d, v)))
      return none;
    if (lemma) {
      /* "résume M. Picard : « ... »", "rappelle sur RTL le directeur du
       * centre, Jean Dupont : « ... »": the subject follows the verb and
       * ends at the colon. */
      size_t end = v + 1;
      long m = nk_ev_subject_after(d, &st->lx, v + 1, &end);
      if (m >= 0 && end + 1 == open) {
        nk_attr a = nk_attr_verb(st, v, lemma);
        a.speaker = m;
        a.pronoun = 0;
        a.last = end;
        return a;
      }
      /* Otherwise the verb must be close to the colon, with its subject
       * before it ("X a déclaré à la presse : « ... »"). */
      if (k + 8 <= open)
        return none;
      return nk_attr_verb(st, v, lemma);
    }
  }
  return none;
}

/* "X dénonce « ... »": a reporting verb whose object is the quotation
 * itself; its subject stands before it. */
static nk_attr nk_attr_object(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr none = {0};
  none.speaker = none.addressee = -1;
  size_t sb = d->seg.sents[nk_sent_of(d, open)].tok_begin;
  if (open <= sb + 1 || st->inq[open - 1])
    return none;
  const char *w = nk_ev_lower(d, open - 1);
  const char *lemma = nk_mod_speech_lemma(&st->lx, w, NULL);
  /* A participle ("accusé de « ... »") qualifies a noun. */
  if (!lemma || nk_mod_is_present_participle(w) ||
      nk_mod_ending(st->lx.participle_endings, w, NULL))
    return none;
  nk_attr a = nk_attr_verb(st, open - 1, lemma);
  if (a.speaker < 0 && !a.pronoun)
    return none;
  return a;
}

/* 1 when the quotation opens its sentence (only punctuation or "et"
 * before it). */
static int nk_opens_sentence(const nk_doc *d, size_t open) {
  size_t sb = d->seg.sents[nk_sent_of(d, open)].tok_begin;
  for (size_t i = sb; i < open; i++)
    if (d->seg.toks[i].kind != NK_TOK_PUNCT && !nk_ev_is(d, i, "et"))
      return 0;
  return 1;
}

/* 1 when the quotation is a section heading set between dashes
 * ("- « Pas de retour » -"): a title, not somebody's words. */
static int nk_is_heading_quote(const nk_doc *d, const nk_ev_quote *q) {
  if (!q->closed || q->open == 0 || q->close + 1 >= d->seg.ntoks)
    return 0;
  return nk_ev_is(d, q->open - 1, "-") && nk_ev_is(d, q->close + 1, "-");
}

/* 1 when the quotation is a section heading run into the text around it,
 * as pages flattened to text leave them: it opens its sentence, and the
 * next sentence's first word or mark follows its closing mark with no
 * space ("... en 2008.« Victime de rien »Selon le parquet, ...").
 * Somebody's words are followed by a space, a comma or a stop. */
static int nk_is_glued_heading(const nk_doc *d, const nk_ev_quote *q) {
  size_t k = q->close + 1;
  if (!q->closed || k >= d->seg.ntoks || !nk_opens_sentence(d, q->open))
    return 0;
  const nk_token *t = &d->seg.toks[k];
  if (t->flags & NK_TF_SPACE_BEFORE)
    return 0;
  return (t->kind == NK_TOK_WORD && (t->flags & NK_TF_CAP)) ||
         t->kind == NK_TOK_QUOTE_OPEN;
}

/* 1 when a short quotation opening its sentence is a noun phrase of it
 * ("« La Vie devant soi » est sorti en 1975", "« Non » a gagné"): words
 * other than punctuation follow the closing mark in the sentence. */
static int nk_is_quoted_subject(const nk_doc *d, const nk_ev_lex *lx,
                                const nk_ev_quote *q, size_t words) {
  if (!q->closed || words >= NK_ORPHAN_MIN_WORDS)
    return 0;
  size_t k = q->close + 1;
  /* "« Jamais plus », deux mots qui ...": an apposition follows. */
  if (words < NK_EMBEDDED_MIN_WORDS && k < d->seg.ntoks && nk_ev_is(d, k, ","))
    k++;
  if (k >= d->seg.ntoks || nk_sent_of(d, k) != nk_sent_of(d, q->close))
    return 0;
  if (d->seg.toks[k].kind != NK_TOK_WORD)
    return 0;
  /* "« Ici, nous resterons » contre vents et marées, prévient X": a
   * reporting verb later in the sentence makes it somebody's words. */
  size_t se = d->seg.sents[nk_sent_of(d, k)].tok_end;
  for (size_t i = k; i < se; i++)
    if (nk_mod_speech_lemma(lx, nk_ev_lower(d, i), NULL))
      return 0;
  return 1;
}

/* A reporting verb inserted inside the quotation between commas, its
 * subject a pronoun (« Nous irons, a-t-il dit, jusqu'au bout. »): the
 * writer put the attribution inside the marks. */
static nk_attr nk_attr_inside(nk_st *st, size_t cb, size_t ce) {
  const nk_doc *d = st->d;
  nk_attr a = {0};
  a.speaker = a.addressee = -1;
  for (size_t k = cb + 1; k + 1 < ce; k++) {
    if (!nk_ev_is(d, k - 1, ","))
      continue;
    /* "s'est-il insurgé", "avait-elle confié", "a-t-il ajouté". */
    size_t v = k;
    int clitic = 0;
    if (nk_ev_in(st->lx.verb_clitics, d, v))
      v++;
    if (nk_mod_is_aux(&st->lx, nk_ev_lower(d, v), &clitic) && clitic)
      v++;
    else
      clitic = 0;
    int c2 = 0;
    const char *lemma = nk_mod_speech_lemma(&st->lx, nk_ev_lower(d, v), &c2);
    if (!lemma || !(clitic || c2))
      continue;
    /* The incise ends at a comma or a full stop, after at most a short
     * complement ("a-t-il expliqué sur la radio."). */
    size_t e = v + 1;
    while (e < ce && e < v + 6 && !nk_ev_is_break(d, e))
      e++;
    if (e >= ce || !(nk_ev_is(d, e, ",") || nk_ev_is_final(d, e)))
      continue;
    a.found = 1;
    a.verb = v;
    a.lemma = lemma;
    a.pronoun = 1;
    a.plural = nk_plural_pronoun(&st->lx, nk_ev_lower(d, v)) ||
               nk_plural_pronoun(&st->lx, nk_ev_lower(d, v - 1));
    a.first = a.last = v;
    a.modality = nk_mod_verb(&st->lx, d, v, lemma);
    return a;
  }
  return a;
}

/* "Pour X, « ... »": the opinion of X, named at the head of the sentence
 * of the quotation. */
static nk_attr nk_attr_pour(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr a = {0};
  a.speaker = a.addressee = -1;
  size_t sb = d->seg.sents[nk_sent_of(d, open)].tok_begin;
  size_t i = nk_sent_words_start(d, sb, open);
  size_t n = i < open ? nk_cue_len(st, i, "opinion") : 0;
  if (!n)
    return a;
  size_t end = i + n;
  int pronoun = 0;
  long m = nk_selon_subject(st, i + n, &end, &pronoun);
  if ((m < 0 && !pronoun) || !nk_ev_is(d, end, ",") || end + 1 != open)
    return a;
  a.found = 1;
  a.verb = i;
  a.speaker = m;
  a.pronoun = pronoun;
  a.first = i;
  a.last = end;
  a.modality = NK_MOD_ASSERTED;
  return a;
}

/* "X a tranché : « ... »" with a verb that is not one of reporting: the
 * subject of the clause before the colon, a person or organization named
 * at its head, speaks. */
static nk_attr nk_attr_colon(nk_st *st, size_t open) {
  nk_doc *d = st->d;
  nk_attr a = {0};
  a.speaker = a.addressee = -1;
  size_t sb = d->seg.sents[nk_sent_of(d, open)].tok_begin;
  if (open <= sb + 1 || !nk_ev_is(d, open - 1, ":"))
    return a;
  for (size_t i = sb; i + 1 < open; i++) {
    /* Skip the end of a quotation that ran into this sentence. */
    if (st->inq[i])
      continue;
    long m = nk_doc_mention_at(d, i);
    if (m < 0 || d->mentions[m].tok_begin != i)
      continue;
    const nk_mention *mm = &d->mentions[m];
    if (mm->type == NK_ENT_PLACE || nk_is_outlet_mention(st, m))
      return a;
    /* A complement ("à M. X", "de l'OMS", "son compte Twitter") is not
     * the subject. */
    if (!nk_at_clause_head(st, i))
      return a;
    size_t e = mm->tok_end;
    /* "Claire Nadal, la trésorière, tranche : « ... »". */
    if (e < open && nk_ev_is(d, e, ",")) {
      size_t c = e + 1;
      while (c < open && !nk_ev_is_break(d, c))
        c++;
      e = c < open && nk_ev_is(d, c, ",") ? c + 1 : open;
    }
    /* A title "Marie Dupont : « ... »" names the speaker alone. */
    int headline = d->seg.sents[nk_sent_of(d, open)].headline;
    if (headline && e == open - 1 && i == nk_sent_words_start(d, sb, open)) {
      a.found = 1;
      a.speaker = m;
      a.first = i;
      a.last = open - 1;
      a.modality = NK_MOD_ASSERTED;
      return a;
    }
    if (e >= open - 1 || d->seg.toks[e].kind != NK_TOK_WORD ||
        (d->seg.toks[e].flags & NK_TF_CAP))
      return a;
    a.found = 1;
    a.verb = e;
    a.speaker = m;
    a.first = i;
    a.last = open - 1;
    a.modality = NK_MOD_ASSERTED;
    return a;
  }
  return a;
}

/* 1 when the quotation at open goes on with the statement just emitted in
 * its sentence: « ... », a-t-il dit, « ... » or « ... », a dit X, mais
 * « ... ».  At most a comma and a conjunction lie between. */
static int nk_continues_last(const nk_st *st, size_t open) {
  const nk_doc *d = st->d;
  if (!st->have_last || st->last_sent != nk_sent_of(d, open) ||
      open < st->last_end || open > st->last_end + 3)
    return 0;
  for (size_t i = st->last_end; i < open; i++)
    if (!nk_ev_is(d, i, ",") && !nk_ev_in(st->lx.np_stops, d, i))
      return 0;
  return 1;
}

/* The person or organization named right after the colon that follows a
 * quotation opening a title: "« ... » : Marie Dupont répond", or -1. */
static long nk_headline_speaker(const nk_st *st, const nk_ev_quote *q) {
  const nk_doc *d = st->d;
  size_t k = q->close + 1;
  if (!q->closed || k + 1 >= d->seg.ntoks || !nk_ev_is(d, k, ":") ||
      nk_sent_of(d, k + 1) != nk_sent_of(d, q->open))
    return -1;
  long m = nk_doc_mention_at(d, k + 1);
  if (m < 0 || d->mentions[m].tok_begin != k + 1 ||
      (d->mentions[m].type != NK_ENT_PERSON &&
       d->mentions[m].type != NK_ENT_ORG) ||
      nk_is_outlet_mention(st, m))
    return -1;
  return m;
}

/* Fewest words a quotation needs to be a statement on its own when it
 * does not open its sentence: one or two quoted words ("« capricieux »")
 * are a term picked out of the sentence. */
#define NK_TERM_MAX_WORDS 3

/* 1 when tokens [b, e) hold no quotation mark and no reporting verb: the
 * plain clause a quoted term stands in. */
static int nk_all_words_after(const nk_st *st, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (st->inq[i] || nk_mod_speech_lemma(&st->lx, nk_ev_lower(st->d, i), NULL))
      return 0;
  return 1;
}

/* 1 when only list glue lies in tokens [b, e): commas, "et", "ou",
 * "encore", articles. */
static int nk_list_glue(const nk_st *st, size_t b, size_t e) {
  if (e <= b || e - b > 4)
    return 0;
  for (size_t i = b; i < e; i++)
    if (!nk_ev_is(st->d, i, ",") && !nk_ev_is(st->d, i, "et") &&
        !nk_ev_is(st->d, i, "ou") && !nk_ev_is(st->d, i, "encore") &&
        !nk_ev_in(st->lx.np_determiners, st->d, i))
      return 0;
  return 1;
}

/* 1 when the quotation q is one item of a list of quotations in its
 * sentence ("« A », « B » et « C »"): the quotation before or after it is
 * separated from it by list glue only. */
static int nk_in_quote_list(const nk_st *st, const nk_ev_quote *q) {
  size_t k = (size_t)(q - st->qs);
  if (k >= st->nq)
    return 0;
  size_t s = nk_sent_of(st->d, q->open);
  /* The first item of the list. */
  size_t f = k;
  while (f > 0 && k - f < 8 && st->qs[f - 1].closed &&
         nk_sent_of(st->d, st->qs[f - 1].close) == s &&
         nk_list_glue(st, st->qs[f - 1].close + 1, st->qs[f].open))
    f--;
  int next = q->closed && k + 1 < st->nq &&
             nk_sent_of(st->d, st->qs[k + 1].open) == s &&
             nk_list_glue(st, q->close + 1, st->qs[k + 1].open);
  if (f == k && !next)
    return 0;
  /* « Ils appellent sans cesse », « ils sont furieux », a-t-il dit: a
   * list opening the sentence is a run of the speaker's sentences. */
  return !nk_opens_sentence(st->d, st->qs[f].open);
}

/* Handles one quotation; in is the sentence's indirect statement (its
 * verb before the quotation) or NULL. */
static void nk_do_quote(nk_st *st, const nk_ev_quote *q,
                        const nk_indirect *in) {
  nk_doc *d = st->d;
  size_t cb = q->open + 1, ce = q->close; /* the words, without marks */
  size_t words = nk_count_words(d, cb, ce);
  if (!words)
    return;
  if (nk_is_heading_quote(d, q) ||
      (words < NK_ORPHAN_MIN_WORDS && nk_is_glued_heading(d, q)))
    return;
  /* A mark left open inside a sentence ("le \"Grand rendez-vous de ...")
   * opens no statement: only one opening its sentence may run on to the
   * end of its paragraph. */
  if (!q->closed && !nk_opens_sentence(d, q->open))
    return;
  size_t endq = q->closed ? q->close + 1 : q->close;
  nk_attr a = q->closed ? nk_attr_after(st, q->close, 1) : (nk_attr){0};
  a.said = q->open;
  /* "des « A », « B » et « C »": a list of quoted terms, unless the last
   * item is followed by who said them ("« A » et « B », a dit X") or the
   * list is part of a reported clause, whose words they are. */
  if (!a.found && words < NK_ORPHAN_MIN_WORDS && !(in && in->found) &&
      nk_in_quote_list(st, q))
    return;
  /* "« Nom d'une association », rapporte Le Parisien": a medium credited
   * for a few words is the article's source, not a speaker. */
  if (a.found && words < NK_EMBEDDED_MIN_WORDS && !a.pronoun &&
      nk_is_outlet_mention(st, a.speaker))
    return;
  if (a.found && words < NK_TERM_MAX_WORDS && !nk_opens_sentence(d, q->open)) {
    /* "Le climat se fait « capricieux », soupire X": the quoted word is
     * part of what X said, the clause before the verb; alone it is a
     * term, not a statement. */
    st->used_verb[a.verb] = 1;
    size_t sb = d->seg.sents[nk_sent_of(d, q->open)].tok_begin;
    size_t b = nk_sent_words_start(d, sb, q->open);
    long sp = nk_resolve_speaker(st, &a);
    /* Like a clause reported without "que" (nk_do_unmarked): only when a
     * named person says it and the attribution ends the sentence. */
    if (nk_count_words(d, b, endq) >= NK_INVERTED_MIN_WORDS &&
        nk_all_words_after(st, b, q->open) && sp >= 0 &&
        d->mentions[sp].type == NK_ENT_PERSON &&
        (a.last + 1 >= d->seg.ntoks || nk_ev_is_final(d, a.last + 1)))
      nk_emit(st, NK_STMT_INDIRECT, sp, &a, b, endq, b, a.last + 1);
    else if (sp >= 0 || a.pronoun)
      nk_note_speaker(st, sp, a.last + 1);
    return;
  }
  if (a.found) {
    st->used_verb[a.verb] = 1;
    nk_emit(st, NK_STMT_DIRECT, nk_resolve_speaker(st, &a), &a, cb, ce, q->open,
            a.last + 1);
    return;
  }
  a = nk_attr_before(st, q->open);
  if (!a.found && words >= NK_EMBEDDED_MIN_WORDS) {
    a = nk_attr_object(st, q->open);
    if (a.found && !a.pronoun && nk_is_outlet_mention(st, a.speaker))
      return; /* "le quotidien évoque « ... »": a source */
  }
  if (!a.found)
    a = nk_attr_pour(st, q->open);
  if (!a.found)
    a = nk_attr_colon(st, q->open);
  if (a.found) {
    nk_emit(st, NK_STMT_DIRECT, nk_resolve_speaker(st, &a), &a, cb, ce, a.first,
            endq);
    return;
  }
  const nk_sentence *sent = &d->seg.sents[nk_sent_of(d, q->open)];
  if (in && in->found && in->inverted && nk_indirect_ok(st, in)) {
    if (words >= NK_EMBEDDED_MIN_WORDS)
      nk_emit(st, NK_STMT_DIRECT, nk_resolve_speaker(st, &in->a), &in->a, cb,
              ce, q->open < in->a.first ? q->open : in->a.first,
              endq > in->a.last + 1 ? endq : in->a.last + 1);
    return;
  }
  a = nk_attr_inside(st, cb, ce);
  if (a.found) {
    nk_emit(st, NK_STMT_DIRECT, nk_resolve_speaker(st, &a), &a, cb, ce, q->open,
            endq);
    return;
  }
  if (nk_opens_sentence(d, q->open)) {
    if (nk_is_quoted_subject(d, &st->lx, q, words))
      return;
    /* A quotation standing alone continues the last speaker's words when
     * they end in this paragraph or the one before. */
    long sp = -1;
    size_t para = nk_para_of(d, q->open);
    if (st->have_last && !sent->headline &&
        (st->last_para == para || st->last_para + 1 == para))
      sp = st->last_speaker;
    if (sent->headline && words < 3)
      return;
    if (sent->headline)
      sp = nk_headline_speaker(st, q);
    nk_emit(st, NK_STMT_DIRECT, sp, NULL, cb, ce, q->open, endq);
    if (sent->headline)
      st->have_last = 0; /* a title does not carry a speaker on */
    return;
  }
  if (in && in->found && in->a.verb < q->open && nk_indirect_ok(st, in)) {
    if (words < NK_EMBEDDED_MIN_WORDS)
      return;
    nk_emit(st, NK_STMT_DIRECT, nk_resolve_speaker(st, &in->a), &in->a, cb, ce,
            in->a.first, endq);
    return;
  }
  if (words >= NK_EMBEDDED_MIN_WORDS && nk_continues_last(st, q->open)) {
    nk_emit(st, NK_STMT_DIRECT, st->last_speaker, NULL, cb, ce, q->open, endq);
    return;
  }
  if (words >= NK_ORPHAN_MIN_WORDS && !sent->headline)
    nk_emit(st, NK_STMT_DIRECT, -1, NULL, cb, ce, q->open, endq);
}

/* Longest quotation opening inside [b, e), in words.  Quotations are in
 * text order and those before qs[from] open before b: the scan starts
 * there and stops at the first one opening at or after e. */
static size_t nk_longest_quote_in(const nk_doc *d, const nk_ev_quote *qs,
                                  size_t nq, size_t from, size_t b, size_t e) {
  size_t best = 0;
  for (size_t k = from; k < nq && qs[k].open < e; k++)
    if (qs[k].open >= b) {
      size_t w = nk_count_words(d, qs[k].open + 1, qs[k].close);
      if (w > best)
        best = w;
    }
  return best;
}

/* Tracks the last person named outside quotations up to token e.  One
 * named after a preposition or article ("la position de X", "à X") is a
 * complement, not someone a later "il" may stand for. */
static void nk_track_persons(nk_st *st, size_t b, size_t e) {
  const nk_doc *d = st->d;
  for (size_t i = b; i < e; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m < 0 || st->inq[i] || d->mentions[m].type != NK_ENT_PERSON ||
        d->mentions[m].tok_begin != i)
      continue;
    if (i > 0 && (nk_ev_in(st->lx.complement_words, d, i - 1) ||
                  nk_ev_in(st->lx.np_stops, d, i - 1)))
      continue;
    st->last_person = m;
    char g = nk_mention_gender(st, m);
    if (g)
      st->last_of_gender[g == 'f'] = m;
    /* The subject of a verb: "X a dit", "X s'est dit", "X affirme". */
    size_t n = d->mentions[m].tok_end;
    if (nk_reflexive(st, n))
      n++;
    const char *next = nk_ev_lower(d, n);
    if (nk_at_clause_head(st, i) || nk_mod_is_aux(&st->lx, next, NULL) ||
        nk_mod_speech_lemma(&st->lx, next, NULL))
      st->last_subject = m;
  }
}

/* 1 when an attribution names a person.  A clause closed by ", ont
 * déclaré les sources" or ", a-t-il ajouté" relays what the article's
 * sources say: it is sourcing, kept as the meeting's or the article's
 * source, and news annotators do not count it as a statement (the seed gold
 * leaves such clauses out or optional); one closed by ", a annoncé Marie
 * Dupont" is what a named person said. */
static int nk_named_speaker(const nk_st *st, const nk_attr *a) {
  return !a->pronoun && a->speaker >= 0 &&
         st->d->mentions[a->speaker].type == NK_ENT_PERSON;
}

/* A sentence whose speech is attributed without "que": "Selon X, ..."
 * or "..., a annoncé X."  Emits it and its quotations; returns the token
 * where the rest of the sentence is to be read. */
static size_t nk_do_unmarked(nk_st *st, size_t s, const nk_ev_quote *qs,
                             size_t nq, size_t *qi) {
  nk_doc *d = st->d;
  size_t sb = d->seg.sents[s].tok_begin;
  nk_indirect in = nk_find_selon(st, s);
  int selon = in.found;
  if (!in.found)
    in = nk_find_inverted(st, s, sb);
  if (!in.found)
    return sb;
  size_t stop = in.end > in.a.last + 1 ? in.end : in.a.last + 1;
  nk_track_persons(st, sb, in.que < in.a.first ? in.que : in.a.first);
  if (nk_indirect_ok(st, &in) && (selon || nk_named_speaker(st, &in.a)) &&
      nk_longest_quote_in(d, qs, nq, *qi, in.que, in.end) <
          NK_EMBEDDED_MIN_WORDS)
    nk_emit(st, NK_STMT_INDIRECT, nk_resolve_speaker(st, &in.a), &in.a, in.que,
            in.end, sb, stop);
  else /* nothing said: who the sentence names may speak next */
    nk_track_persons(st, sb, in.a.first);
  while (*qi < nq && qs[*qi].open < stop) {
    nk_do_quote(st, &qs[*qi], &in);
    (*qi)++;
  }
  return stop;
}

static void nk_st_sentence(nk_st *st, size_t s, const nk_ev_quote *qs,
                           size_t nq, size_t *qi) {
  nk_doc *d = st->d;
  const nk_sentence *sent = &d->seg.sents[s];
  size_t sb = sent->tok_begin, se = sent->tok_end;
  if (sent->boilerplate) {
    while (*qi < nq && qs[*qi].open < se)
      (*qi)++;
    return;
  }
  size_t pos = sb;
  nk_indirect in = nk_find_indirect(st, s, sb);
  int in_done = !in.found;
  if (!in.found)
    pos = nk_do_unmarked(st, s, qs, nq, qi);
  for (;;) {
    if (!in_done && !in.found) {
      in = nk_find_indirect(st, s, pos);
      in_done = !in.found;
    }
    size_t qopen = *qi < nq && qs[*qi].open < se ? qs[*qi].open : (size_t)-1;
    if (in.found && in.a.verb < qopen) {
      /* The reported clause; a long quotation inside it is the statement
       * (the exact words) and is emitted when its mark is reached. */
      nk_track_persons(st, pos, in.a.verb);
      /* "X aurait assuré que ...": in the journalistic conditional the
       * article relays hearsay about what X said (often in a private
       * exchange), it does not attest X's words; without quotation marks
       * there is no statement of X to record. */
      int keep = nk_indirect_ok(st, &in) && in.a.modality != NK_MOD_ALLEGED &&
                 nk_longest_quote_in(d, qs, nq, *qi, in.que, in.end) <
                     NK_EMBEDDED_MIN_WORDS;
      if (keep)
        nk_emit(st, NK_STMT_INDIRECT, nk_resolve_speaker(st, &in.a), &in.a,
                in.que, in.end, in.a.first, in.end);
      /* Quotations inside the clause belong to it. */
      while (*qi < nq && qs[*qi].open < in.end) {
        nk_do_quote(st, &qs[*qi], &in);
        (*qi)++;
      }
      pos = in.end;
      in.found = 0;
      in_done = 1; /* one reported clause runs to the sentence end */
      continue;
    }
    if (qopen == (size_t)-1)
      break;
    nk_track_persons(st, pos, qopen);
    nk_do_quote(st, &qs[*qi], NULL);
    pos = qs[*qi].closed ? qs[*qi].close + 1 : qs[*qi].close;
    (*qi)++;
    in.found = 0;
    in_done = 0;
  }
  if (pos < se)
    nk_track_persons(st, pos, se);
}

/* ------------------------------------------- descriptions to named persons */

/* "Le ministre de l'Intérieur a déclaré" after "le ministre de
 * l'Intérieur, Gérald Darmanin": a definite description stands for the one
 * person the article gave that role.  Roles are indexed by the lemma of
 * their role noun, so that a description is compared with the roles of its
 * own noun only. */

/* Most roles of one noun compared with a description: past it, the
 * article names too many holders for a description to pick one. */
#define NK_DESC_MAX_CANDIDATES 64
/* Most words of a role noun ("secrétaire d'état", "chef de l'état"). */
#define NK_DESC_HEAD_WORDS 4

/* The lexicons of description resolution. */
typedef struct {
  const nk_lexicon *roles;         /* role nouns -> masculine lemma */
  const nk_lexicon *modifiers;     /* ancien, ex-, actuel -> status */
  const nk_lexicon *titles;        /* other names of a post -> its role
                                      lemma ("chef de l'état") */
  const nk_lexicon *nationalities; /* adjectives -> country */
  const nk_lexicon *fillers;       /* prepositions and articles */
  const nk_lexicon *genders;       /* first names -> m or f */
  const nk_lexicon *relatives;     /* qui, que, dont: a relative clause */
} nk_desc_lex;

/* A role noun read at the start of a description or title. */
typedef struct {
  const char *lemma; /* its lemma (lexicon-owned), NULL when none */
  const char *rest;  /* the words after it */
  const char *extra; /* words the post's other name implies ("chef de la
                        diplomatie": "des affaires étrangères"), or "" */
  int former;        /* "ancien", "ex-" before it */
  char gender;       /* 'm', 'f' or 0 when the form does not tell */
} nk_desc_head;

/* A role and the lemma of its noun, for the sorted index. */
typedef struct {
  const char *lemma; /* role noun lemma */
  size_t role;       /* index in d->roles */
  char *bag;         /* lower-cased title words after the noun and the
                        organization's name */
  int former;        /* the title says "ancien" */
  int country;       /* the post heads a state: an organization that is a
                        country, or a title such as "chef de l'État" */
  char gender;       /* gender the title's form tells, or 0 */
} nk_role_head;

/* Mark in a value of description_titles.txt: the post is that of a
 * state's head or government ("chef de l'état -> président *pays"). */
#define NK_DESC_COUNTRY "*pays"

/* One past the word of s starting at s (words are separated by spaces). */
static const char *nk_word_end(const char *s) {
  while (*s && *s != ' ')
    s++;
  return s;
}

/* Value in lex of the first n words of s, or NULL; *after receives the
 * text after them. */
static const char *nk_words_get(const nk_lexicon *lex, const char *s, int n,
                                const char **after) {
  const char *e = s;
  for (int k = 0; k < n; k++) {
    if (k) {
      if (*e != ' ')
        return NULL;
      e++;
    }
    e = nk_word_end(e);
  }
  size_t len = (size_t)(e - s);
  char buf[160];
  if (len == 0 || len >= sizeof buf)
    return NULL;
  memcpy(buf, s, len);
  buf[len] = '\0';
  const char *v = nk_lexicon_get(lex, buf);
  if (v)
    *after = *e ? e + 1 : e;
  return v;
}

/* Gender the form of a role noun tells against its lemma: "présidente"
 * ends in an e its lemma lacks ('f'); the lemma itself is 'm' unless it
 * ends in e ("ministre" is both). */
static char nk_form_gender(const char *form, size_t len, const char *lemma) {
  size_t ll = strlen(lemma);
  if (len == ll && strncmp(form, lemma, len) == 0)
    return lemma[ll - 1] == 'e' ? 0 : 'm';
  return len && form[len - 1] == 'e' ? 'f' : 0;
}

/* The longest role noun (roles.txt) at the start of s. */
static nk_desc_head nk_read_head_noun(const nk_desc_lex *x, const char *s) {
  nk_desc_head h = {0};
  h.extra = "";
  for (int n = NK_DESC_HEAD_WORDS; n >= 1; n--) {
    const char *after = NULL;
    const char *v = nk_words_get(x->roles, s, n, &after);
    if (v && strcmp(v, "-") != 0) {
      h.lemma = v;
      h.rest = after;
      h.gender = nk_form_gender(s, (size_t)(nk_word_end(s) - s), v);
      return h;
    }
  }
  return h;
}

/* Reads the role noun at the start of s (lower-cased words): modifiers
 * ("ancien", "ex-") first, then the longest role noun. */
static nk_desc_head nk_read_head(const nk_desc_lex *x, const char *s) {
  nk_desc_head h = {0};
  for (;;) {
    if (strncmp(s, "ex-", 3) == 0) {
      h.former = 1;
      s += 3;
      continue;
    }
    const char *e = nk_word_end(s);
    size_t len = (size_t)(e - s);
    char w[32];
    if (len == 0 || len >= sizeof w || !*e)
      break;
    memcpy(w, s, len);
    w[len] = '\0';
    const char *v = nk_lexicon_get(x->modifiers, w);
    if (!v ||
        (strcmp(v, "former") && strcmp(v, "current") && strcmp(v, "outgoing")))
      break;
    h.former = h.former || strcmp(v, "former") == 0;
    s = e + 1;
  }
  h.extra = "";
  for (int n = NK_DESC_HEAD_WORDS; n >= 1; n--) {
    const char *after = NULL;
    const char *v = nk_words_get(x->titles, s, n, &after);
    if (v) {
      /* The post's usual title: its role noun and complement. */
      nk_desc_head t = nk_read_head_noun(x, v);
      if (!t.lemma)
        continue;
      h.lemma = t.lemma;
      h.extra = t.rest;
      h.rest = after;
      return h;
    }
  }
  nk_desc_head t = nk_read_head_noun(x, s);
  h.lemma = t.lemma;
  h.rest = t.rest;
  h.gender = t.gender;
  return h;
}

/* The word [w, w + len) without an elided article ("l'intérieur" ->
 * "intérieur") into buf; 0 when empty or too long. */
static int nk_bare_word(const char *w, size_t len, char *buf, size_t cap) {
  for (size_t i = 0; i + 1 < len; i++)
    if (w[i] == '\'') {
      w += i + 1;
      len -= i + 1;
      break;
    }
  if (len == 0 || len >= cap)
    return 0;
  memcpy(buf, w, len);
  buf[len] = '\0';
  return 1;
}

/* 1 when the word w is one of the words of bag. */
static int nk_bag_has(const char *bag, const char *w) {
  for (const char *s = bag; *s;) {
    const char *e = nk_word_end(s);
    char b[64];
    if (nk_bare_word(s, (size_t)(e - s), b, sizeof b) && strcmp(b, w) == 0)
      return 1;
    s = *e ? e + 1 : e;
  }
  return 0;
}

/* 1 when every word of the description's complement (after its role
 * noun) is said by the role: in its title or organization ("de
 * l'Intérieur"), or as the nationality of its country ("français" for
 * France).  Prepositions and articles do not count. */
static int nk_complement_fits(const nk_desc_lex *x, const char *rest,
                              const char *bag) {
  for (const char *s = rest; *s;) {
    const char *e = nk_word_end(s);
    char w[64];
    int ok = nk_bare_word(s, (size_t)(e - s), w, sizeof w);
    s = *e ? e + 1 : e;
    /* "le ministre qui ...": a relative clause ends the description. */
    if (ok && nk_lexicon_get(x->relatives, w))
      break;
    if (!ok || w[0] == '*' || nk_lexicon_get(x->fillers, w) ||
        nk_bag_has(bag, w))
      continue;
    const char *country = nk_lexicon_get(x->nationalities, w);
    if (country) {
      char *ck = nk_lex_key(country);
      int has = strstr(bag, ck) != NULL;
      free(ck);
      if (has)
        continue;
    }
    return 0;
  }
  return 1;
}

/* The last word of a person mention's name: two holders with the same
 * one ("Édouard Philippe", "Edouard Philippe") are one person. */
static const char *nk_family_name(const nk_doc *d, long m) {
  return nk_ev_lower(d, d->mentions[m].tok_end - 1);
}

static int nk_role_head_cmp(const void *a, const void *b) {
  const nk_role_head *x = a, *y = b;
  int c = strcmp(x->lemma, y->lemma);
  if (c)
    return c;
  return x->role < y->role ? -1 : x->role > y->role;
}

/* Roles held by persons, with the lemma of their noun, sorted by lemma;
 * *n receives their number. */
static nk_role_head *nk_role_index(const nk_doc *d, const nk_desc_lex *x,
                                   size_t *n) {
  nk_role_head *idx = nk_xmalloc((d->nroles + 1) * sizeof *idx);
  size_t k = 0;
  for (size_t r = 0; r < d->nroles; r++) {
    const nk_role *ro = &d->roles[r];
    if (!ro->title || ro->holder >= d->nmentions ||
        d->mentions[ro->holder].type != NK_ENT_PERSON)
      continue;
    char *t = nk_lex_key(ro->title);
    nk_desc_head h = nk_read_head(x, t);
    if (!h.lemma) {
      free(t);
      continue;
    }
    char *org = ro->org_name ? nk_lex_key(ro->org_name) : NULL;
    nk_buf b = {0};
    nk_buf_adds(&b, h.extra);
    nk_buf_adds(&b, " ");
    nk_buf_adds(&b, h.rest);
    if (org) {
      nk_buf_adds(&b, " ");
      nk_buf_adds(&b, org);
    }
    nk_buf_addc(&b, '\0');
    b.len--; /* NUL-terminated even when empty */
    idx[k].lemma = h.lemma;
    idx[k].role = r;
    idx[k].bag = nk_buf_steal(&b);
    idx[k].former = h.former || ro->status == NK_STATUS_FORMER;
    idx[k].country = (ro->org_name && ro->org_type == NK_ENT_PLACE) ||
                     strstr(h.extra, NK_DESC_COUNTRY) != NULL;
    idx[k].gender = h.gender;
    k++;
    free(org);
    free(t);
  }
  qsort(idx, k, sizeof *idx, nk_role_head_cmp);
  *n = k;
  return idx;
}

/* The person a definite description (agent mention m) stands for, or -1:
 * the one holder of a role of the same noun, complement and gender given
 * before the end of the statement's evidence (at), or anywhere in the
 * article when the statement is in the lead paragraph (lead). */
static long nk_describe_person(const nk_doc *d, const nk_desc_lex *x,
                               const nk_role_head *idx, size_t n, long m,
                               size_t at, int lead) {
  const nk_mention *mm = &d->mentions[m];
  const char *det = nk_ev_lower(d, mm->tok_begin);
  char gender = 0;
  if (!strcmp(det, "le"))
    gender = 'm';
  else if (!strcmp(det, "la"))
    gender = 'f';
  else if (strcmp(det, "l'"))
    return -1; /* "un porte-parole", "les ministres", "son avocat" */
  char *desc = nk_ev_words(d, mm->tok_begin + 1, mm->tok_end);
  nk_desc_head h = nk_read_head(x, desc);
  long found = -1;
  if (!h.lemma)
    goto done;
  if (!gender)
    gender = h.gender;
  /* The first role of the lemma: a binary search. */
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(idx[mid].lemma, h.lemma) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t k = lo, seen = 0; k < n && strcmp(idx[k].lemma, h.lemma) == 0;
       k++) {
    if (++seen > NK_DESC_MAX_CANDIDATES) {
      found = -1;
      break;
    }
    const nk_role *ro = &d->roles[idx[k].role];
    if ((!lead && ro->evidence.start > at) || idx[k].former != h.former ||
        (strstr(h.extra, NK_DESC_COUNTRY) && !idx[k].country) ||
        !nk_complement_fits(x, h.rest, idx[k].bag) ||
        !nk_complement_fits(x, h.extra, idx[k].bag))
      continue;
    char g = nk_person_gender(d, x->genders, (long)ro->holder);
    if (!g)
      g = idx[k].gender;
    if (gender && g && g != gender)
      continue;
    if (found >= 0 && strcmp(nk_family_name(d, found),
                             nk_family_name(d, (long)ro->holder)) != 0) {
      found = -1; /* two persons hold it: the description stays */
      break;
    }
    if (found < 0)
      found = (long)ro->holder;
  }
done:
  free(desc);
  return found;
}

/* The person named in apposition to the agent mention m, or -1: right
 * before it without a comma ("Olivier Dupont le ministre de la Santé
 * estimait"), or right after it between a comma and a break ("le
 * porte-parole du parquet, Jeanne Durand, a précisé"), of a gender that
 * does not contradict the description's article. */
static long nk_apposed_person(const nk_doc *d, const nk_lexicon *genders,
                              long m) {
  const nk_mention *mm = &d->mentions[m];
  const char *det = nk_ev_lower(d, mm->tok_begin);
  char g = !strcmp(det, "la") ? 'f' : !strcmp(det, "le") ? 'm' : 0;
  long p = -1;
  if (mm->tok_begin > 0) {
    long b = nk_doc_mention_at(d, mm->tok_begin - 1);
    if (b >= 0 && d->mentions[b].type == NK_ENT_PERSON &&
        d->mentions[b].tok_end == mm->tok_begin)
      p = b;
  }
  size_t e = mm->tok_end;
  if (p < 0 && e + 1 < d->seg.ntoks && nk_ev_is(d, e, ",")) {
    long a = nk_doc_mention_at(d, e + 1);
    if (a >= 0 && d->mentions[a].type == NK_ENT_PERSON &&
        d->mentions[a].tok_begin == e + 1 &&
        (d->mentions[a].tok_end >= d->seg.ntoks ||
         nk_ev_is_break(d, d->mentions[a].tok_end)))
      p = a;
  }
  if (p >= 0 && g) {
    char pg = nk_person_gender(d, genders, p);
    if (pg && pg != g)
      return -1;
  }
  return p;
}

/* Credits statements whose speaker is a definite description to the one
 * person the article gave that role. */
static void nk_resolve_descriptions(nk_doc *d, const nk_lang *lang,
                                    const nk_ev_lex *lx) {
  int any = 0;
  for (size_t i = 0; i < d->nstatements && !any; i++)
    any = d->statements[i].speaker >= 0 &&
          d->mentions[d->statements[i].speaker].type == NK_ENT_AGENT;
  if (!any)
    return;
  nk_desc_lex x = {
      .roles = nk_lang_lex(lang, "roles"),
      .modifiers = nk_lang_lex(lang, "role_modifiers"),
      .titles = nk_lang_lex(lang, "description_titles"),
      .nationalities = nk_lang_lex(lang, "nationalities"),
      .fillers = lx->complement_words,
      .genders = nk_lang_lex(lang, "first_name_genders"),
      .relatives = nk_lang_lex(lang, "relative_pronouns"),
  };
  size_t n;
  nk_role_head *idx = nk_role_index(d, &x, &n);
  for (size_t i = 0; i < d->nstatements; i++) {
    nk_statement *s = &d->statements[i];
    if (s->speaker < 0 || d->mentions[s->speaker].type != NK_ENT_AGENT)
      continue;
    long ap = nk_apposed_person(d, x.genders, s->speaker);
    if (ap >= 0) {
      s->speaker = ap;
      continue;
    }
    /* The lead paragraph sums up the article: it may name the holder
     * only in the body ("le ministre a annoncé ..." before "le ministre X
     * a précisé"). */
    int lead = nk_mention_para(d, s->speaker) == d->seg.sents[0].paragraph;
    long p =
        nk_describe_person(d, &x, idx, n, s->speaker, s->evidence.end, lead);
    if (p >= 0)
      s->speaker = p;
  }
  for (size_t k = 0; k < n; k++)
    free(idx[k].bag);
  free(idx);
}

int nk_extract_statements(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  if (!d->seg.ntoks)
    return 0;
  nk_st st = {0};
  st.d = d;
  nk_ev_lex_init(&st.lx, lang);
  size_t nq, qi = 0;
  nk_ev_quote *qs = nk_ev_quotes(d, &nq);
  st.qs = qs;
  st.nq = nq;
  st.inq = nk_ev_quote_mask_of(d, qs, nq);
  st.used_verb = nk_xcalloc(d->seg.ntoks + 1, 1);
  st.last_speaker = -1;
  st.last_person = -1;
  st.last_subject = -1;
  st.last_of_gender[0] = st.last_of_gender[1] = -1;
  st.genders = nk_lang_lex(lang, "first_name_genders");
  for (size_t s = 0; s < d->seg.nsents; s++) {
    /* A quotation spanning sentences is handled in its first one. */
    while (qi < nq && qs[qi].open < d->seg.sents[s].tok_begin)
      qi++;
    nk_st_sentence(&st, s, qs, nq, &qi);
  }
  nk_resolve_descriptions(d, lang, &st.lx);
  free(qs);
  free(st.inq);
  free(st.used_verb);
  return 0;
}
