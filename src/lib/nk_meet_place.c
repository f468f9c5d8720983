/* nk_meet_place.c — where an event took place: a place mention after
 * "à", "en", "au" near its trigger ("une réunion à Moscou", "a reçu X
 * pendant deux heures à Bruxelles", "à Genève pour une conférence"), or
 * for a visit an organization's seat ("s'est rendu au Medef"); after
 * "de" and a meeting noun ("en marge du sommet de Vilnius"); the
 * antecedent of "où" ("à Varsovie, où il a rencontré X"); the clause a
 * noun trigger stands in apposition to ("arrivé à Pékin, première
 * visite").  The words that open the event's topic or purpose end the
 * search. */
#include <config.h>

#include "nk_meetings.h"

#include <string.h>

/* Tokens around a trigger where the place of the event may be named:
 * after a verb ("a reçu X pendant deux heures à Bruxelles"), and before
 * it ("à Genève pour une conférence"); after a noun, NK_PLACE_AFTER_NOUN
 * (nk_meetings.h). */
#define NK_PLACE_AFTER_VERB 25
#define NK_PLACE_BEFORE 6
/* Tokens between "où" and the trigger of its relative clause ("où il a
 * été reçu par"). */
#define NK_PLACE_REL_WINDOW 8
/* Words between the comma and a noun trigger in apposition (", sa
 * première visite"). */
#define NK_APPOSITION_WORDS 2

/* 1 when token i is a preposition introducing a place. */
static int nk_place_prep(const nk_doc *d, size_t i) {
  return nk_ev_is(d, i, "à") || nk_ev_is(d, i, "en") || nk_ev_is(d, i, "au") ||
         nk_ev_is(d, i, "aux");
}

/* 1 when token i ends the words where the event's place may be named:
 * the end of the sentence, a quotation, or a word opening the topic or the
 * purpose of the event (place_stops.txt: "pour", "sur", "que"). */
static int nk_place_stop(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  return nk_ev_is_final(d, i) || nk_ev_is(d, i, ";") ||
         nk_ev_in(lx->place_stops, d, i) ||
         d->seg.toks[i].kind == NK_TOK_QUOTE_OPEN ||
         d->seg.toks[i].kind == NK_TOK_QUOTE_CLOSE;
}

/* Place mention introduced by à/en/au at token i, or -1.  A visit may
 * also be made to an organization's seat ("en visite à l'Institut
 * Pasteur", "s'est rendu au Medef"), after à or au. */
long nk_place_at(const nk_doc *d, const nk_ev_lex *lx, size_t i, int visit) {
  long m = nk_doc_mention_at(d, i);
  if (m < 0 || d->mentions[m].tok_begin != i || i == 0)
    return -1;
  int org = d->mentions[m].type == NK_ENT_ORG;
  if (d->mentions[m].type != NK_ENT_PLACE && !(visit && org))
    return -1;
  /* "a déclaré à l'AFP": a medium is whom one speaks to. */
  if (org && nk_mod_outlet(lx, d, i, d->mentions[m].tok_end))
    return -1;
  size_t p = i - 1;
  if (p > 0 && (nk_ev_is(d, p, "l'") || nk_ev_is(d, p, "la")))
    p--;
  if (org)
    return nk_ev_is(d, p, "à") || nk_ev_is(d, p, "au") ? m : -1;
  return nk_place_prep(d, p) ? m : -1;
}

/* 1 when token k is a meeting noun after a determiner ("du sommet", "les
 * pourparlers"), not one that dates by another event ("six mois après le
 * sommet de Pau": time_prepositions.txt). */
static int nk_place_meeting_noun(const nk_doc *d, const nk_ev_lex *lx,
                                 size_t k) {
  const char *v = nk_lexicon_get(lx->meeting_triggers, nk_ev_lower(d, k));
  return v && !strncmp(v, "meeting", 7) && k > 1 &&
         nk_ev_in(lx->np_determiners, d, k - 1) &&
         !nk_ev_in(lx->time_prepositions, d, k - 2);
}

/* Place mention at token i naming a meeting after "de": "en marge du
 * sommet de Vilnius", "le sommet du G20 de Rome", "les pourparlers de paix
 * de Genève"; one word may stand between the noun and "de"; or -1. */
static long nk_place_of_noun(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  long m = nk_doc_mention_at(d, i);
  if (m < 0 || d->mentions[m].tok_begin != i ||
      d->mentions[m].type != NK_ENT_PLACE || i < 3 ||
      !(nk_ev_is(d, i - 1, "de") || nk_ev_is(d, i - 1, "d'")))
    return -1;
  if (nk_place_meeting_noun(d, lx, i - 2))
    return m;
  /* One word between: a name ("du G20") after "du", or an adjunct
   * ("de paix"). */
  size_t k = i - 2;
  long o = nk_doc_mention_at(d, k);
  if (o >= 0)
    k = d->mentions[o].tok_begin;
  if (k < 3 || nk_ev_is_break(d, k))
    return -1;
  if (nk_ev_is(d, k - 1, "du") || nk_ev_is(d, k - 1, "de"))
    k--;
  return k > 1 && nk_place_meeting_noun(d, lx, k - 1) ? m : -1;
}

/* Place named right before ", où" when the relative clause that "où"
 * opens holds the trigger at tok ("est arrivé à Varsovie, où il a
 * rencontré X"): the place is the antecedent of "où".  Only a few words
 * may part "où" from the trigger, none a break; or -1. */
static long nk_place_where_antecedent(const nk_doc *d, const nk_ev_lex *lx,
                                      size_t sb, size_t tok, int visit) {
  for (size_t i = tok; i > sb + 2 && i + NK_PLACE_REL_WINDOW > tok; i--) {
    size_t w = i - 1;
    if (!nk_ev_is(d, w, "où")) {
      if (nk_ev_is_break(d, w))
        return -1;
      continue;
    }
    if (!nk_ev_is(d, w - 1, ","))
      return -1;
    long m = nk_doc_mention_at(d, w - 2);
    if (m < 0 || d->mentions[m].tok_end != w - 1)
      return -1;
    nk_ent_type ty = d->mentions[m].type;
    if (ty == NK_ENT_PLACE)
      return m;
    if (visit && ty == NK_ENT_ORG &&
        !nk_mod_outlet(lx, d, d->mentions[m].tok_begin, d->mentions[m].tok_end))
      return m;
    return -1;
  }
  return -1;
}

/* 1 when token i is a definite article: after a comma it opens a
 * subject ("De Gaza à Londres, les appels se sont multipliés"), not an
 * apposition. */
static int nk_place_definite(const nk_doc *d, size_t i) {
  return nk_ev_is(d, i, "le") || nk_ev_is(d, i, "la") ||
         nk_ev_is(d, i, "les") || nk_ev_is(d, i, "l'");
}

/* Place in the clause before a noun trigger set in apposition to it ("est
 * arrivé jeudi à Beyrouth, première visite d'un chef d'État"): the noun
 * names what that clause tells.  At most NK_APPOSITION_WORDS words
 * (a determiner other than a definite article, an adjective) part the
 * comma from the noun; or -1. */
static long nk_place_apposition(const nk_doc *d, const nk_ev_lex *lx, size_t sb,
                                const nk_trigger *tr) {
  /* tr->noun is not required: "première visite" has no determiner. */
  if (tr->held)
    return -1;
  size_t k = tr->tok;
  for (int n = 0; n < NK_APPOSITION_WORDS && k > sb && !nk_ev_is(d, k - 1, ",");
       n++, k--)
    if (d->seg.toks[k - 1].kind != NK_TOK_WORD ||
        nk_doc_mention_at(d, k - 1) >= 0 || nk_place_definite(d, k - 1))
      return -1;
  if (k <= sb + 1 || !nk_ev_is(d, k - 1, ","))
    return -1;
  size_t comma = k - 1;
  for (size_t i = comma; i > sb && i + NK_PLACE_BEFORE > comma; i--) {
    if (nk_ev_is_break(d, i - 1))
      break;
    long m = nk_place_at(d, lx, i - 1, tr->kind == NK_EVENT_VISIT);
    if (m >= 0)
      return m;
  }
  return -1;
}

long nk_place_find(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                   const nk_trigger *tr) {
  const nk_sentence *sent = &d->seg.sents[s];
  size_t after =
      tr->noun && !tr->held ? NK_PLACE_AFTER_NOUN : NK_PLACE_AFTER_VERB;
  for (size_t i = tr->tok + 1; i < sent->tok_end && i <= tr->tok + after; i++) {
    if (nk_place_stop(d, lx, i))
      break;
    long m = nk_place_at(d, lx, i, tr->kind == NK_EVENT_VISIT);
    if (m < 0)
      m = nk_place_of_noun(d, lx, i);
    if (m >= 0)
      return m;
  }
  for (size_t i = tr->tok; i > sent->tok_begin && i + NK_PLACE_BEFORE > tr->tok;
       i--) {
    if (nk_ev_is_break(d, i - 1))
      break;
    long m = nk_place_at(d, lx, i - 1, tr->kind == NK_EVENT_VISIT);
    if (m >= 0)
      return m;
  }
  long m = nk_place_where_antecedent(d, lx, sent->tok_begin, tr->tok,
                                     tr->kind == NK_EVENT_VISIT);
  return m >= 0 ? m : nk_place_apposition(d, lx, sent->tok_begin, tr);
}
