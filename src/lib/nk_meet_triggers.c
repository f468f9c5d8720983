/* nk_meet_triggers.c — the words that tell of a meeting, a call or a visit
 * (meeting_triggers.txt: "a rencontré", "un entretien", "s'est rendu",
 * "a eu lieu"), and the contexts where such a word tells of no event: a
 * name ("La Réunion"), a pair that blocks it ("cour d'appel"), a press
 * interview, a wish ("réclame d'être reçu"), a participle qualifying a
 * noun ("les difficultés rencontrées"), an event called off.  Also which
 * trigger a sentence is about when it holds several. */
#include <config.h>

#include "nk_meetings.h"

#include <stdlib.h>
#include <string.h>

/* Words after "entretien" where the medium it was given to is named ("un
 * entretien exclusif accordé au journal Le Monde"). */
#define NK_PRESS_WINDOW 6
/* Words before a verb trigger where a wish word makes it unrealized. */
#define NK_WISH_WINDOW 5
/* Words after "recevoir", "accueillir" where the person received must be
 * named ("a reçu mardi par visioconférence une vingtaine de maires, dont
 * X"). */
#define NK_OBJ_WINDOW 14
/* Words before "entretien" where a verb of granting makes it a press
 * interview ("a accordé son premier entretien"). */
#define NK_GRANT_WINDOW 3
/* Words after a meeting noun where a word calling it off may stand ("la
 * visite de X, prévue jeudi 16 février mais annulée"). */
#define NK_CANCEL_WINDOW 12

/* The kind a value of meeting_triggers.txt gives ("meeting", "call",
 * "visit"; "held" for "avoir lieu", "se tenir"), before its condition;
 * 0 when it gives none. */
static int nk_trig_parse_kind(const char *v, nk_event_kind *kind, int *held) {
  *held = 0;
  if (!strncmp(v, "meeting", 7))
    *kind = NK_EVENT_MEETING;
  else if (!strncmp(v, "call", 4))
    *kind = NK_EVENT_CALL;
  else if (!strncmp(v, "visit", 5))
    *kind = NK_EVENT_VISIT;
  else if (!strncmp(v, "held", 4)) {
    *kind = NK_EVENT_MEETING;
    *held = 1;
  } else
    return 0;
  return 1;
}

/* 1 when a person mention covers one of the tokens [b, e). */
static int nk_trig_person_within(const nk_doc *d, size_t b, size_t e) {
  for (size_t k = b; k < e; k++) {
    long m = nk_doc_mention_at(d, k);
    if (m >= 0 && d->mentions[m].type == NK_ENT_PERSON)
      return 1;
  }
  return 0;
}

/* 1 when the word w (not empty) is one of the words of list, separated by
 * '|' ("cour|faire"). */
static int nk_trig_listed(const char *list, const char *w) {
  size_t n = strlen(w);
  for (const char *p = list; *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && n && !strncmp(p, w, n))
      return 1;
    p = bar ? bar + 1 : p + len;
  }
  return 0;
}

/* 1 when a place follows the trigger at i closely: "en déplacement à
 * Bruxelles", not "en marge d'un déplacement". */
static int nk_trig_place_follows(const nk_doc *d, const nk_ev_lex *lx,
                                 size_t i) {
  size_t se = d->seg.sents[d->seg.toks[i].sentence].tok_end;
  for (size_t k = i + 1; k < se && k <= i + NK_PLACE_AFTER_NOUN; k++)
    if (nk_place_at(d, lx, k, 1) >= 0)
      return 1;
  return 0;
}

/* 1 when a reflexive pronoun stands a few words before the trigger at i:
 * "s'est rendu", "se serait également rendu", "se rendra". */
static int nk_trig_reflexive(const nk_doc *d, size_t i) {
  size_t sb = d->seg.sents[d->seg.toks[i].sentence].tok_begin;
  for (size_t k = i; k > sb && k + 5 > i; k--)
    if (nk_ev_is(d, k - 1, "se") || nk_ev_is(d, k - 1, "s'"))
      return 1;
  return 0;
}

/* 1 when the condition after ':' in a trigger value holds at token i. */
static int nk_trig_cond(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                        const char *v) {
  const char *c = strchr(v, ':');
  if (!c)
    return 1;
  c++;
  if (!strcmp(c, "place"))
    return nk_trig_place_follows(d, lx, i);
  if (!strcmp(c, "refl"))
    return nk_trig_reflexive(d, i);
  if (!strcmp(c, "obj")) {
    /* "a reçu mardi à l'Élysée le président X", "a été reçu par X". */
    size_t se = d->seg.sents[d->seg.toks[i].sentence].tok_end;
    return nk_trig_person_within(
        d, i + 1, se < i + NK_OBJ_WINDOW + 1 ? se : i + NK_OBJ_WINDOW + 1);
  }
  if (!strncmp(c, "prev!=", 6)) {
    /* "une cour d'appel", "faire appel": not a call. */
    const char *prev = i > 0 ? nk_ev_lower(d, i - 1) : "";
    return !nk_trig_listed(c + 6, prev);
  }
  if (!strncmp(c, "next=", 5)) {
    /* The next word must be one of the list, and a person follow it
     * ("parlé avec X", not "parlé avec un accent"). */
    size_t e = i + 9 < d->seg.ntoks ? i + 9 : d->seg.ntoks;
    return nk_trig_listed(c + 5, nk_ev_lower(d, i + 1)) &&
           nk_trig_person_within(d, i + 2, e);
  }
  return 1;
}

/* 1 when the word at i and the one after it form a pair of
 * meeting_blockers.txt: the trigger is part of a phrase telling no event. */
static int nk_trig_blocked_pair(const nk_doc *d, const nk_ev_lex *lx,
                                size_t i) {
  char *key = nk_xasprintf("%s %s", nk_ev_lower(d, i), nk_ev_lower(d, i + 1));
  int b = nk_lexicon_get(lx->meeting_blockers, key) != NULL;
  free(key);
  return b;
}

/* 1 when token i is a possessive determiner ("leur", "sa"). */
static int nk_trig_possessive(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  const char *v = nk_lexicon_get(lx->np_determiners, nk_ev_lower(d, i));
  return v && !strcmp(v, "possessive");
}

/* A noun trigger follows a determiner or "de". */
static int nk_trig_after_determiner(const nk_doc *d, const nk_ev_lex *lx,
                                    size_t i) {
  if (i == 0)
    return 0;
  return nk_ev_in(lx->agent_determiners, d, i - 1) ||
         nk_ev_in(lx->meeting_anaphora, d, i - 1) ||
         nk_trig_possessive(d, lx, i - 1);
}

/* 1 when the value of a trigger carries condition c ("meeting:press"). */
static int nk_trig_has_cond(const char *v, const char *c) {
  const char *p = strchr(v, ':');
  return p && !strcmp(p + 1, c);
}

/* 1 when the words after token i give the interview to the press: a
 * medium ("au Figaro", "à la presse régionale") within a few words, before
 * any clause break. */
static int nk_trig_to_press(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  const nk_lexicon *cues = lx->source_cues;
  for (size_t k = i + 1; k < d->seg.ntoks && k <= i + NK_PRESS_WINDOW; k++) {
    if (nk_ev_is_break(d, k))
      return 0;
    const char *v = nk_lexicon_get(cues, nk_ev_lower(d, k));
    if (v && !strcmp(v, "medium"))
      return 1;
    long m = nk_doc_mention_at(d, k);
    if (m >= 0 && d->mentions[m].type == NK_ENT_ORG &&
        nk_mod_outlet(lx, d, d->mentions[m].tok_begin, d->mentions[m].tok_end))
      return 1;
    /* A medium no mention covers ("accordée à Télé Star"). */
    if (m < 0 && (d->seg.toks[k].flags & NK_TF_CAP))
      for (size_t e = k + 1; e <= k + 4 && e <= d->seg.ntoks; e++)
        if (nk_mod_outlet(lx, d, k, e))
          return 1;
  }
  return 0;
}

/* 1 when a verb of granting stands a few words before the trigger at i
 * ("a accordé son premier entretien", "a donné une interview"):
 * meeting_blockers.txt words of value "press". */
static int nk_trig_granted(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  size_t sb = d->seg.sents[d->seg.toks[i].sentence].tok_begin;
  for (size_t k = i; k > sb && k + NK_GRANT_WINDOW > i; k--) {
    const char *v = nk_lexicon_get(lx->meeting_blockers, nk_ev_lower(d, k - 1));
    if (v && !strcmp(v, "press"))
      return 1;
  }
  return 0;
}

/* 1 when "avec" and a person follow the trigger at i: "un entretien avec
 * le président X" is a meeting even in an article about an interview. */
static int nk_trig_with_person(const nk_doc *d, size_t i) {
  size_t e = i + 6 < d->seg.ntoks ? i + 6 : d->seg.ntoks;
  return nk_ev_is(d, i + 1, "avec") && nk_trig_person_within(d, i + 2, e);
}

/* 1 when the article tells of a press interview anywhere, its headline
 * included: then "l'entretien", "cet interview" are that interview. */
int nk_trig_article_interview(const nk_doc *d, const nk_ev_lex *lx) {
  const nk_lexicon *lex = lx->meeting_triggers;
  for (size_t i = 0; i < d->seg.ntoks; i++) {
    const char *v = nk_lexicon_get(lex, d->seg.toks[i].lower);
    if (v && nk_trig_has_cond(v, "press") && nk_trig_to_press(d, lx, i))
      return 1;
  }
  return 0;
}

/* 1 when a wish word stands a few words before the verb trigger at i
 * ("réclame d'être reçu par X"): the event has not happened. */
static int nk_trig_wished(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  const nk_lexicon *lex = lx->meeting_blockers;
  size_t sb = d->seg.sents[d->seg.toks[i].sentence].tok_begin;
  for (size_t k = i; k > sb && k + NK_WISH_WINDOW > i; k--) {
    if (nk_ev_is_break(d, k - 1))
      return 0;
    const char *v = nk_lexicon_get(lex, nk_ev_lower(d, k - 1));
    if (v && !strcmp(v, "wish"))
      return 1;
  }
  return 0;
}

/* 1 when the lower-cased word ends like a past participle: "rencontrées",
 * "reçus", "réunis". */
int nk_trig_participle_form(const char *w) {
  static const char *const ends[] = {"é",  "ée", "és",  "ées", "u",
                                     "ue", "us", "ues", "i",   "is"};
  size_t n = strlen(w);
  /* "téléphonique", "publiques": adjectives. */
  if ((n > 3 && !strcmp(w + n - 3, "que")) ||
      (n > 4 && !strcmp(w + n - 4, "ques")))
    return 0;
  for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
    size_t e = strlen(ends[k]);
    if (n > e + 2 && !strcmp(w + n - e, ends[k]))
      return 1;
  }
  return 0;
}

/* 1 when the verb trigger at tok is a participle qualifying the noun
 * before it, which a determiner opens: "les difficultés rencontrées par
 * X", "les obstacles politiques rencontrés".  No auxiliary, pronoun or
 * adverb stands between: "les ministres se sont rencontrés" tells an
 * event. */
static int nk_trig_participle_of_noun(const nk_doc *d, const nk_ev_lex *lx,
                                      size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  if (!nk_trig_participle_form(nk_ev_lower(d, tok)))
    return 0;
  for (size_t k = tok; k > sb && k + 3 > tok; k--) {
    size_t w = k - 1;
    const nk_token *t = &d->seg.toks[w];
    if (k < tok && nk_ev_in(lx->np_determiners, d, w))
      return 1;
    if (t->kind != NK_TOK_WORD || (t->flags & NK_TF_CAP) ||
        nk_doc_mention_at(d, w) >= 0 ||
        nk_mod_is_aux(lx, nk_ev_lower(d, w), NULL) ||
        nk_ev_in(lx->negation, d, w) || nk_mod_skippable(lx, d, w) ||
        nk_ev_in(lx->verb_clitics, d, w) ||
        nk_ev_in(lx->subject_pronouns, d, w) ||
        nk_ev_in(lx->np_determiners, d, w))
      return 0;
  }
  return 0;
}

/* 1 when the verb trigger at tok stands in a relative clause whose
 * antecedent, a common noun, is its object: "les difficultés que
 * rencontrent les parents", "les obstacles qu'il a rencontrés".  A named
 * antecedent ("X, que Y a rencontré mardi") takes part. */
static int nk_trig_object_relative(const nk_doc *d, const nk_ev_lex *lx,
                                   size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  size_t k = nk_mod_group_start(lx, d, tok);
  if (k > sb && nk_ev_in(lx->subject_pronouns, d, k - 1))
    k--;
  if (k < sb + 2 || !(nk_ev_is(d, k - 1, "que") || nk_ev_is(d, k - 1, "qu'")))
    return 0;
  /* The antecedent is a noun a determiner opens, maybe with an adjective
   * between ("les obstacles politiques qu'"); "alors qu'", "bien que" are
   * conjunctions. */
  for (size_t w = k - 2; w > sb && w + 3 > k - 2; w--) {
    const nk_token *n = &d->seg.toks[w];
    if (n->kind != NK_TOK_WORD || (n->flags & NK_TF_CAP) ||
        nk_doc_mention_at(d, w) >= 0)
      return 0;
    if (nk_ev_in(lx->np_determiners, d, w - 1))
      return 1;
  }
  return 0;
}

int nk_trig_de(const nk_doc *d, size_t i) {
  return nk_ev_is(d, i, "de") || nk_ev_is(d, i, "du") || nk_ev_is(d, i, "d'");
}

/* 1 when token i holds a word of meeting_blockers.txt of value v. */
int nk_trig_blocker_is(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                       const char *v) {
  const char *w = nk_lexicon_get(lx->meeting_blockers, nk_ev_lower(d, i));
  return w && !strcmp(w, v);
}

/* 1 when the noun trigger at tok (after its determiner) names an event
 * that did not happen or is no event: asked for or offered ("a sollicité
 * une rencontre", "propose un sommet": "wish" two or three words before),
 * a field of work ("chargé des pourparlers", "en charge des négociations":
 * "topic" before "de"), or called off ("a annulé sa visite", "la visite
 * de X, prévue jeudi mais annulée": "cancel" before the determiner or in
 * the words after the noun, up to the next event word). */
static int nk_trig_noun_unreal(const nk_doc *d, const nk_ev_lex *lx,
                               size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  size_t se = d->seg.sents[d->seg.toks[tok].sentence].tok_end;
  for (size_t k = tok; k > sb && k + 3 > tok; k--)
    if (nk_trig_blocker_is(d, lx, k - 1, "wish") ||
        (k < tok && nk_trig_blocker_is(d, lx, k - 1, "cancel")))
      return 1;
  if (tok >= sb + 2 &&
      (nk_ev_is(d, tok - 1, "de") || nk_ev_is(d, tok - 1, "des") ||
       nk_ev_is(d, tok - 1, "du") || nk_ev_is(d, tok - 1, "d'")) &&
      nk_trig_blocker_is(d, lx, tok - 2, "topic"))
    return 1;
  for (size_t k = tok + 1; k < se && k <= tok + NK_CANCEL_WINDOW; k++) {
    if (nk_ev_is(d, k, ";") || d->seg.toks[k].kind == NK_TOK_QUOTE_OPEN ||
        d->seg.toks[k].kind == NK_TOK_QUOTE_CLOSE ||
        nk_lexicon_get(lx->meeting_triggers, nk_ev_lower(d, k)))
      return 0;
    if (nk_trig_blocker_is(d, lx, k, "cancel"))
      return 1;
  }
  return 0;
}

/* 1 when the object right after the receiving verb at tok (past its
 * determiner and an "ordinal" word) is a thing, not a person: "a reçu le
 * soutien de X" ("thing" in meeting_blockers.txt). */
static int nk_trig_thing_received(const nk_doc *d, const nk_ev_lex *lx,
                                  size_t tok) {
  size_t se = d->seg.sents[d->seg.toks[tok].sentence].tok_end;
  for (size_t k = tok + 1; k < se && k <= tok + 4; k++) {
    if (nk_trig_blocker_is(d, lx, k, "thing"))
      return 1;
    if (!nk_ev_in(lx->np_determiners, d, k) && !nk_trig_possessive(d, lx, k) &&
        !nk_mod_skippable(lx, d, k) && !nk_trig_blocker_is(d, lx, k, "ordinal"))
      return 0;
  }
  return 0;
}

void nk_trig_find(const nk_doc *d, const nk_ev_lex *lx, size_t s, nk_told *t,
                  int interview) {
  const nk_sentence *sent = &d->seg.sents[s];
  const nk_lexicon *lex = lx->meeting_triggers;
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    const nk_token *tk = &d->seg.toks[i];
    const char *v = nk_lexicon_get(lex, tk->lower);
    nk_trigger tr = {0};
    if (!v || !nk_trig_parse_kind(v, &tr.kind, &tr.held))
      continue;
    /* A capital inside a sentence makes a name ("La Réunion"). */
    if ((tk->flags & NK_TF_CAP) && !(tk->flags & NK_TF_SENT_START))
      continue;
    if (!nk_trig_cond(d, lx, i, v) || nk_trig_blocked_pair(d, lx, i))
      continue;
    if (nk_trig_has_cond(v, "obj") && nk_trig_thing_received(d, lx, i))
      continue;
    /* "un passant rencontré par l'AFP": a reporter's encounter. */
    if (nk_ev_is(d, i + 1, "par") && nk_trig_participle_form(tk->lower) &&
        nk_trig_to_press(d, lx, i + 1))
      continue;
    /* A press interview is a statement's medium, not a meeting. */
    tr.press = nk_trig_has_cond(v, "press");
    if (tr.press && !nk_trig_with_person(d, i) &&
        (interview || nk_trig_to_press(d, lx, i) || nk_trig_granted(d, lx, i)))
      continue;
    /* "lieu" tells of an event only in "avoir lieu". */
    if (tr.held && !strcmp(tk->lower, "lieu") &&
        !(i > 0 && (nk_ev_is(d, i - 1, "eu") || nk_ev_is(d, i - 1, "avoir") ||
                    nk_mod_is_aux(lx, nk_ev_lower(d, i - 1), NULL))))
      continue;
    tr.tok = i;
    tr.noun = nk_trig_after_determiner(d, lx, i);
    if (!tr.noun && !tr.held && nk_trig_wished(d, lx, i))
      continue;
    if (tr.noun && nk_trig_noun_unreal(d, lx, i))
      continue;
    if (!tr.noun && !tr.held &&
        (nk_trig_participle_of_noun(d, lx, i) ||
         nk_trig_object_relative(d, lx, i)))
      continue;
    if (t->ntrig < NK_MAX_TRIGGERS)
      t->trig[t->ntrig++] = tr;
  }
}

/* 1 when the noun trigger at tok is followed by "de" and a person ("la
 * visite du président X"): a definite article then introduces the event,
 * it does not refer back. */
static int nk_trig_names_its_people(const nk_doc *d, size_t tok) {
  size_t i = tok + 1;
  /* Adjectives between: "la visite officielle du président X". */
  for (int n = 0;
       n < 2 && i < d->seg.ntoks && d->seg.toks[i].kind == NK_TOK_WORD &&
       !(d->seg.toks[i].flags & NK_TF_CAP) && nk_doc_mention_at(d, i) < 0 &&
       !nk_trig_de(d, i);
       n++)
    i++;
  if (!nk_trig_de(d, i))
    return 0;
  for (size_t k = i + 1; k < i + 5 && k < d->seg.ntoks; k++) {
    if (nk_ev_is_break(d, k))
      return 0;
    long m = nk_doc_mention_at(d, k);
    if (m >= 0 && d->mentions[m].type == NK_ENT_PERSON)
      return 1;
  }
  return 0;
}

/* 1 when the noun trigger at tok refers back to a told event only to date
 * another one: "avant cet appel", "peu après la rencontre".  When the
 * sentence tells another event, that one is what it is about. */
static int nk_trig_time_reference(const nk_doc *d, const nk_ev_lex *lx,
                                  size_t tok) {
  if (tok < 2 || !nk_ev_in(lx->meeting_anaphora, d, tok - 1))
    return 0;
  return nk_ev_in(lx->time_prepositions, d, tok - 2);
}

/* 1 when a purpose word (meeting_purpose.txt) stands right before the noun
 * trigger at tok or before its determiner ("pour une réunion"). */
static int nk_trig_purpose_of(const nk_doc *d, const nk_ev_lex *lx,
                              size_t tok) {
  return tok >= 2 && (nk_ev_in(lx->meeting_purpose, d, tok - 2) ||
                      nk_ev_in(lx->meeting_purpose, d, tok - 1));
}

/* 1 when the verb trigger at tok has a personal pronoun for subject ("Il
 * a été reçu par X", "Sur place, elle a rencontré X"). */
int nk_trig_pronoun_subject(const nk_doc *d, const nk_ev_lex *lx, size_t tok) {
  size_t g = nk_mod_group_start(lx, d, tok);
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  if (g <= sb || !nk_ev_in(lx->subject_pronouns, d, g - 1))
    return 0;
  return g - 1 == sb || nk_ev_is_break(d, g - 2);
}

/* A trigger referring back only to date another event ("avant cet appel")
 * is the main one only when the sentence has no other; one saying that an
 * event took place ("a eu lieu") never is. */
size_t nk_trig_main(const nk_doc *d, const nk_ev_lex *lx, nk_told *t,
                    int *held) {
  size_t first = t->ntrig, dating = t->ntrig;
  for (size_t i = 0; i < t->ntrig; i++) {
    if (t->trig[i].held)
      *held = 1;
    else if (nk_trig_time_reference(d, lx, t->trig[i].tok)) {
      if (dating == t->ntrig)
        dating = i;
    } else if (first == t->ntrig)
      first = i;
  }
  if (first == t->ntrig)
    first = dating;
  if (first == t->ntrig)
    return first;
  /* A meeting told together with a phone word is a call ("s'est entretenu
   * par téléphone"). */
  for (size_t i = 0; i < t->ntrig; i++)
    if (t->trig[i].kind == NK_EVENT_CALL && !t->trig[i].held &&
        t->trig[first].kind == NK_EVENT_MEETING)
      t->trig[first].kind = NK_EVENT_CALL;
  /* A trip made for a meeting ("est allé à Rome pour une réunion avec
   * X"): the meeting is the event, the trip only brings the visitor. */
  for (size_t i = first + 1; i < t->ntrig; i++)
    if (t->trig[first].kind == NK_EVENT_VISIT && !t->trig[i].held &&
        t->trig[i].kind == NK_EVENT_MEETING && t->trig[i].noun &&
        nk_trig_purpose_of(d, lx, t->trig[i].tok))
      t->trig[first].kind = NK_EVENT_MEETING;
  return first;
}

/* "la visite du président X" introduces the event it names: only a word
 * referring back without naming its people continues one. */
int nk_trig_anaphoric(const nk_doc *d, const nk_ev_lex *lx,
                      const nk_trigger *tr) {
  return tr->noun && tr->tok > 0 &&
         nk_ev_in(lx->meeting_anaphora, d, tr->tok - 1) &&
         !nk_trig_names_its_people(d, tr->tok);
}
