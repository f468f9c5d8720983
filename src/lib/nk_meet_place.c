/* nk_meet_place.c — where an event took place: a place mention after
 * "à", "en", "au" near its trigger ("une réunion à Moscou", "a reçu X
 * pendant deux heures à Bruxelles", "à Genève pour une conférence"), or
 * for a visit an organization's seat ("s'est rendu au Medef").  The words
 * that open the event's topic or purpose end the search. */
#include <config.h>

#include "nk_meetings.h"

/* Tokens around a trigger where the place of the event may be named:
 * after a verb ("a reçu X pendant deux heures à Bruxelles"), and before
 * it ("à Genève pour une conférence"); after a noun, NK_PLACE_AFTER_NOUN
 * (nk_meetings.h). */
#define NK_PLACE_AFTER_VERB 25
#define NK_PLACE_BEFORE 6

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

long nk_place_find(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                   const nk_trigger *tr) {
  const nk_sentence *sent = &d->seg.sents[s];
  size_t after =
      tr->noun && !tr->held ? NK_PLACE_AFTER_NOUN : NK_PLACE_AFTER_VERB;
  for (size_t i = tr->tok + 1; i < sent->tok_end && i <= tr->tok + after; i++) {
    if (nk_place_stop(d, lx, i))
      break;
    long m = nk_place_at(d, lx, i, tr->kind == NK_EVENT_VISIT);
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
  return -1;
}
