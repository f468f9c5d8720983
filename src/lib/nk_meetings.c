/* nk_meetings.c — meetings, calls and visits: who met whom, where, when,
 * and how sure the article is about it.
 *
 * A sentence with a trigger word (meeting_triggers.txt) tells of an event.
 * Its participants are the persons it names (not those inside a reported
 * clause whose speaker they are, nor those in a noun phrase after
 * "avant"/"après", which dates the event by another one), plus the holder of a
 * role the article gave when it names one ("le chef de la CIA").  A sentence
 * adds to an earlier event rather than starting one when its trigger refers
 * back ("ces discussions", "l'appel") or when it names a participant of an
 * event of the same kind told a few sentences before: one event, however many
 * sentences tell it. */
#include <config.h>

#include "nk_dates.h"
#include "nk_extract.h"
#include "nk_modality.h"

#include <stdlib.h>
#include <string.h>

/* Sentences after which an event can no longer be continued by naming one
 * of its participants again. */
#define NK_MEET_WINDOW 5
/* Tokens around a trigger where the place of the event may be named:
 * after a verb ("a reçu X pendant deux heures à Bruxelles"), after and
 * before a noun ("une réunion à Moscou", "à Genève pour une conférence"). */
#define NK_PLACE_AFTER_VERB 25
#define NK_PLACE_AFTER_NOUN 5
#define NK_PLACE_BEFORE 6
#define NK_MAX_TRIGGERS 16
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
/* Words after "qui" where the verb of a relative clause stands ("X, qui
 * s'était alors rendu"). */
#define NK_RELATIVE_WINDOW 5
/* Words after a meeting noun where a participle with "par" names who held
 * it ("une réunion présidée par X"). */
#define NK_AGENT_NEAR 4

typedef struct {
  size_t tok;         /* token of the trigger */
  nk_event_kind kind; /* what it tells */
  int held;           /* "a eu lieu", "s'est tenue": says where, not what */
  int noun;           /* a noun ("la réunion"), not a verb */
  int press;          /* may be a press interview ("entretien") */
} nk_trigger;

/* What one sentence tells about an event. */
typedef struct {
  nk_trigger trig[NK_MAX_TRIGGERS]; /* its triggers, in order */
  size_t ntrig;                     /* entries of trig */
  size_t first;                     /* index in trig of the main trigger */
  size_t *people;                   /* participant mentions */
  size_t npeople, cap_people;       /* entries, allocated */
  long place;                       /* place mention, or -1 */
  char *date;                       /* normalized date, or NULL */
  nk_date when;                     /* the date's parts, year 0 when
                                       unknown ("en avril", undated) */
  nk_modality modality;             /* how it is told */
  long source;                      /* outlet mention it is credited to */
  int anaphoric;                    /* refers back to a told event */
  int pronoun;  /* the verb trigger's subject is "il", "elle": someone
                   the previous sentences named */
  int excluded; /* a person named as not taking part was left out ("X
                   n'a pas assisté à la réunion") */
} nk_told;

/* An event being built, parallel to d->meetings. */
typedef struct {
  size_t last_sent; /* last sentence that told of it */
} nk_track;

static int nk_parse_kind(const char *v, nk_event_kind *kind, int *held) {
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

static long nk_place_at(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                        int visit);

/* 1 when the condition after ':' in a trigger value holds at token i. */
static int nk_trigger_cond(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                           const char *v) {
  const char *c = strchr(v, ':');
  if (!c)
    return 1;
  c++;
  if (!strcmp(c, "place")) {
    /* "en déplacement à Bruxelles", not "en marge d'un déplacement". */
    size_t se = d->seg.sents[d->seg.toks[i].sentence].tok_end;
    for (size_t k = i + 1; k < se && k <= i + NK_PLACE_AFTER_NOUN; k++)
      if (nk_place_at(d, lx, k, 1) >= 0)
        return 1;
    return 0;
  }
  if (!strcmp(c, "refl")) {
    /* "s'est rendu", "se serait également rendu", "se rendra". */
    size_t sb = d->seg.sents[d->seg.toks[i].sentence].tok_begin;
    for (size_t k = i; k > sb && k + 5 > i; k--)
      if (nk_ev_is(d, k - 1, "se") || nk_ev_is(d, k - 1, "s'"))
        return 1;
    return 0;
  }
  if (!strcmp(c, "obj")) {
    /* "a reçu mardi à l'Élysée le président X", "a été reçu par X". */
    size_t se = d->seg.sents[d->seg.toks[i].sentence].tok_end;
    for (size_t k = i + 1; k < se && k <= i + NK_OBJ_WINDOW; k++) {
      long m = nk_doc_mention_at(d, k);
      if (m >= 0 && d->mentions[m].type == NK_ENT_PERSON)
        return 1;
    }
    return 0;
  }
  if (!strncmp(c, "prev!=", 6)) {
    /* "une cour d'appel", "faire appel": not a call. */
    const char *prev = i > 0 ? nk_ev_lower(d, i - 1) : "";
    size_t n = strlen(prev);
    for (const char *p = c + 6; *p;) {
      const char *bar = strchr(p, '|');
      size_t len = bar ? (size_t)(bar - p) : strlen(p);
      if (len == n && n && !strncmp(p, prev, n))
        return 0;
      p = bar ? bar + 1 : p + len;
    }
    return 1;
  }
  if (!strncmp(c, "next=", 5)) {
    /* The next word must be one of the list, and a person follow it
     * ("parlé avec X", not "parlé avec un accent"). */
    const char *next = nk_ev_lower(d, i + 1);
    size_t n = strlen(next);
    int ok = 0;
    for (const char *p = c + 5; *p && !ok;) {
      const char *bar = strchr(p, '|');
      size_t len = bar ? (size_t)(bar - p) : strlen(p);
      ok = len == n && n && !strncmp(p, next, n);
      p = bar ? bar + 1 : p + len;
    }
    for (size_t k = i + 2; ok && k < i + 9 && k < d->seg.ntoks; k++) {
      long m = nk_doc_mention_at(d, k);
      if (m >= 0 && d->mentions[m].type == NK_ENT_PERSON)
        return 1;
    }
    return 0;
  }
  return 1;
}

static int nk_is_blocked(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  char *key = nk_xasprintf("%s %s", nk_ev_lower(d, i), nk_ev_lower(d, i + 1));
  int b = nk_lexicon_get(lx->meeting_blockers, key) != NULL;
  free(key);
  return b;
}

/* 1 when token i is a possessive determiner ("leur", "sa"). */
static int nk_is_possessive(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  const char *v = nk_lexicon_get(lx->np_determiners, nk_ev_lower(d, i));
  return v && !strcmp(v, "possessive");
}

/* A noun trigger follows a determiner or "de". */
static int nk_after_determiner(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  if (i == 0)
    return 0;
  return nk_ev_in(lx->agent_determiners, d, i - 1) ||
         nk_ev_in(lx->meeting_anaphora, d, i - 1) ||
         nk_is_possessive(d, lx, i - 1);
}

/* 1 when the value of a trigger carries condition c ("meeting:press"). */
static int nk_has_cond(const char *v, const char *c) {
  const char *p = strchr(v, ':');
  return p && !strcmp(p + 1, c);
}

/* 1 when the words after token i give the interview to the press: a
 * medium ("au Figaro", "à la presse régionale") within a few words, before
 * any clause break. */
static int nk_to_press(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
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
static int nk_granted(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
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
static int nk_with_person(const nk_doc *d, size_t i) {
  if (!nk_ev_is(d, i + 1, "avec"))
    return 0;
  for (size_t k = i + 2; k < d->seg.ntoks && k < i + 6; k++) {
    long m = nk_doc_mention_at(d, k);
    if (m >= 0 && d->mentions[m].type == NK_ENT_PERSON)
      return 1;
  }
  return 0;
}

/* 1 when the article tells of a press interview anywhere, its headline
 * included: then "l'entretien", "cet interview" are that interview. */
static int nk_article_interview(const nk_doc *d, const nk_ev_lex *lx) {
  const nk_lexicon *lex = lx->meeting_triggers;
  for (size_t i = 0; i < d->seg.ntoks; i++) {
    const char *v = nk_lexicon_get(lex, d->seg.toks[i].lower);
    if (v && nk_has_cond(v, "press") && nk_to_press(d, lx, i))
      return 1;
  }
  return 0;
}

/* 1 when a wish word stands a few words before the verb trigger at i
 * ("réclame d'être reçu par X"): the event has not happened. */
static int nk_wished(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
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
static int nk_participle_form(const char *w) {
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
static int nk_participle_of_noun(const nk_doc *d, const nk_ev_lex *lx,
                                 size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  if (!nk_participle_form(nk_ev_lower(d, tok)))
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
static int nk_object_relative(const nk_doc *d, const nk_ev_lex *lx,
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

/* 1 when token i holds a word of meeting_blockers.txt of value v. */
static int nk_blocker_is(const nk_doc *d, const nk_ev_lex *lx, size_t i,
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
static int nk_noun_unreal(const nk_doc *d, const nk_ev_lex *lx, size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  size_t se = d->seg.sents[d->seg.toks[tok].sentence].tok_end;
  for (size_t k = tok; k > sb && k + 3 > tok; k--)
    if (nk_blocker_is(d, lx, k - 1, "wish") ||
        (k < tok && nk_blocker_is(d, lx, k - 1, "cancel")))
      return 1;
  if (tok >= sb + 2 &&
      (nk_ev_is(d, tok - 1, "de") || nk_ev_is(d, tok - 1, "des") ||
       nk_ev_is(d, tok - 1, "du") || nk_ev_is(d, tok - 1, "d'")) &&
      nk_blocker_is(d, lx, tok - 2, "topic"))
    return 1;
  for (size_t k = tok + 1; k < se && k <= tok + NK_CANCEL_WINDOW; k++) {
    if (nk_ev_is(d, k, ";") || d->seg.toks[k].kind == NK_TOK_QUOTE_OPEN ||
        d->seg.toks[k].kind == NK_TOK_QUOTE_CLOSE ||
        nk_lexicon_get(lx->meeting_triggers, nk_ev_lower(d, k)))
      return 0;
    if (nk_blocker_is(d, lx, k, "cancel"))
      return 1;
  }
  return 0;
}

/* 1 when the object right after the receiving verb at tok (past its
 * determiner) is a thing, not a person: "a reçu le soutien de X" ("thing"
 * in meeting_blockers.txt). */
static int nk_thing_received(const nk_doc *d, const nk_ev_lex *lx, size_t tok) {
  size_t se = d->seg.sents[d->seg.toks[tok].sentence].tok_end;
  for (size_t k = tok + 1; k < se && k <= tok + 4; k++) {
    if (nk_blocker_is(d, lx, k, "thing"))
      return 1;
    if (!nk_ev_in(lx->np_determiners, d, k) && !nk_is_possessive(d, lx, k) &&
        !nk_mod_skippable(lx, d, k) && !nk_ev_is(d, k, "premier") &&
        !nk_ev_is(d, k, "première") && !nk_ev_is(d, k, "nouveau") &&
        !nk_ev_is(d, k, "nouvelle") && !nk_ev_is(d, k, "deuxième"))
      return 0;
  }
  return 0;
}

static void nk_find_triggers(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                             nk_told *t, int interview) {
  const nk_sentence *sent = &d->seg.sents[s];
  const nk_lexicon *lex = lx->meeting_triggers;
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    const nk_token *tk = &d->seg.toks[i];
    const char *v = nk_lexicon_get(lex, tk->lower);
    nk_trigger tr = {0};
    if (!v || !nk_parse_kind(v, &tr.kind, &tr.held))
      continue;
    /* A capital inside a sentence makes a name ("La Réunion"). */
    if ((tk->flags & NK_TF_CAP) && !(tk->flags & NK_TF_SENT_START))
      continue;
    if (!nk_trigger_cond(d, lx, i, v) || nk_is_blocked(d, lx, i))
      continue;
    if (nk_has_cond(v, "obj") && nk_thing_received(d, lx, i))
      continue;
    /* "un passant rencontré par l'AFP": a reporter's encounter. */
    if (nk_ev_is(d, i + 1, "par") && nk_participle_form(tk->lower) &&
        nk_to_press(d, lx, i + 1))
      continue;
    /* A press interview is a statement's medium, not a meeting. */
    if (nk_has_cond(v, "press") && !nk_with_person(d, i) &&
        (interview || nk_to_press(d, lx, i) || nk_granted(d, lx, i)))
      continue;
    /* "lieu" tells of an event only in "avoir lieu". */
    if (tr.held && !strcmp(tk->lower, "lieu") &&
        !(i > 0 && (nk_ev_is(d, i - 1, "eu") || nk_ev_is(d, i - 1, "avoir") ||
                    nk_mod_is_aux(lx, nk_ev_lower(d, i - 1), NULL))))
      continue;
    tr.tok = i;
    tr.noun = nk_after_determiner(d, lx, i);
    tr.press = nk_has_cond(v, "press");
    if (!tr.noun && !tr.held && nk_wished(d, lx, i))
      continue;
    if (tr.noun && nk_noun_unreal(d, lx, i))
      continue;
    if (!tr.noun && !tr.held &&
        (nk_participle_of_noun(d, lx, i) || nk_object_relative(d, lx, i)))
      continue;
    if (t->ntrig < NK_MAX_TRIGGERS)
      t->trig[t->ntrig++] = tr;
  }
}

/* ---------------------------------------------------------- participants */

static int nk_same_person(const nk_doc *d, size_t a, size_t b) {
  const char *x = d->mentions[a].surface, *y = d->mentions[b].surface;
  size_t nx = strlen(x), ny = strlen(y);
  if (nx > ny) {
    const char *t = x;
    x = y;
    y = t;
    size_t n = nx;
    nx = ny;
    ny = n;
  }
  /* "Burns" and "William Burns": the shorter ends the longer. */
  return !strcmp(x, y) ||
         (nx < ny && !strcmp(y + ny - nx, x) && y[ny - nx - 1] == ' ');
}

static int nk_has_person(const nk_doc *d, const size_t *p, size_t n, size_t m) {
  for (size_t i = 0; i < n; i++)
    if (nk_same_person(d, p[i], m))
      return 1;
  return 0;
}

static void nk_add_person(const nk_doc *d, size_t **p, size_t *n, size_t *cap,
                          size_t m) {
  if (!nk_has_person(d, *p, *n, m))
    *NK_PUSH(*p, *n, *cap) = m;
}

/* 1 when mention m speaks a statement whose words hold token tok (the
 * event is reported by m, m did not take part). */
static int nk_speaks_about(const nk_doc *d, size_t m, size_t tok) {
  size_t pos = nk_text_orig_start(&d->text, d->seg.toks[tok].start);
  for (size_t k = 0; k < d->nstatements; k++) {
    const nk_statement *s = &d->statements[k];
    if (s->speaker >= 0 && (size_t)s->speaker == m && s->text.start <= pos &&
        pos < s->text.end)
      return 1;
  }
  return 0;
}

/* Case-insensitive equality of a role's organization and a mention. */
static int nk_role_org_is(const nk_role *r, const nk_mention *m) {
  if (!r->org_name)
    return 0;
  char *a = nk_lex_key(r->org_name), *b = nk_lex_key(m->surface);
  int eq = !strcmp(a, b);
  if (!eq && m->canonical) {
    char *c = nk_lex_key(m->canonical);
    eq = !strcmp(a, c);
    free(c);
  }
  free(a);
  free(b);
  return eq;
}

/* "le chef de la CIA": the one person the article says holds a role in
 * the organization named at mention m, when m follows "<det> <noun>
 * de/du/de la"; -1 otherwise. */
static long nk_role_holder(const nk_doc *d, size_t m) {
  const nk_mention *om = &d->mentions[m];
  size_t b = om->tok_begin;
  size_t k = b;
  if (k >= 2 && nk_ev_is(d, k - 1, "la") && nk_ev_is(d, k - 2, "de"))
    k -= 2;
  else if (k >= 1 && (nk_ev_is(d, k - 1, "du") || nk_ev_is(d, k - 1, "de") ||
                      nk_ev_is(d, k - 1, "d'")))
    k -= 1;
  else
    return -1;
  if (k < 2 || d->seg.toks[k - 1].kind != NK_TOK_WORD ||
      (d->seg.toks[k - 1].flags & NK_TF_CAP) ||
      nk_doc_mention_at(d, k - 1) >= 0)
    return -1;
  if (!nk_ev_is(d, k - 2, "le") && !nk_ev_is(d, k - 2, "la") &&
      !nk_ev_is(d, k - 2, "l'"))
    return -1;
  /* An apposition names the holder already: "le directeur de la CIA,
   * William Burns". */
  if (nk_ev_is(d, om->tok_end, ",")) {
    long nx = nk_doc_mention_at(d, om->tok_end + 1);
    if (nx >= 0 && d->mentions[nx].type == NK_ENT_PERSON)
      return -1;
  }
  long holder = -1;
  for (size_t i = 0; i < d->nroles; i++) {
    const nk_role *r = &d->roles[i];
    if (r->holder >= d->nmentions ||
        d->mentions[r->holder].type != NK_ENT_PERSON || !nk_role_org_is(r, om))
      continue;
    if (holder >= 0 && !nk_same_person(d, (size_t)holder, r->holder))
      return -1; /* two holders: cannot tell which */
    holder = (long)r->holder;
  }
  return holder;
}

/* Token where participants stop being read: a temporal preposition after
 * the main trigger that opens a noun phrase ("a reçu X à Rome après la
 * visite de Y"): that phrase dates the event by another one.  Followed
 * by "de" and a verb ("a reçu X avant de rencontrer Y") it goes on telling
 * what the subject did, and its people take part. */
static size_t nk_people_cut(const nk_doc *d, const nk_ev_lex *lx, size_t trig,
                            size_t se) {
  for (size_t i = trig + 1; i + 1 < se; i++)
    if (nk_ev_in(lx->time_prepositions, d, i) &&
        nk_ev_in(lx->np_determiners, d, i + 1))
      return i;
  return se;
}

/* 1 when token n, followed by "de" and a person's name, is a noun that
 * makes the person a topic rather than an actor: "la tentative de
 * mutinerie d'X", "le sort de X", "les propos du président X".  Not an
 * event noun, nor a word right after one ("la visite officielle de X":
 * the visitor), nor a word of company ("aux côtés de X") or a word that
 * is no noun ("et de X"): meeting_companions.txt. */
static int nk_topic_noun(const nk_doc *d, const nk_ev_lex *lx, size_t n) {
  const nk_token *t = &d->seg.toks[n];
  if (t->kind != NK_TOK_WORD || (t->flags & (NK_TF_CAP | NK_TF_ELIDED)) ||
      nk_doc_mention_at(d, n) >= 0 || nk_ev_in(lx->meeting_companions, d, n))
    return 0;
  size_t sb = d->seg.sents[t->sentence].tok_begin;
  for (size_t k = n + 1; k > sb && k + 3 > n; k--) {
    if (k - 1 < n && nk_ev_is_break(d, k - 1))
      break;
    if (nk_ev_in(lx->meeting_triggers, d, k - 1))
      return 0;
  }
  return 1;
}

/* 1 when person mention m only qualifies a noun ("l'administration
 * Biden", "l'administration du président Joe Biden"). */
static int nk_is_modifier(const nk_doc *d, const nk_ev_lex *lx, size_t m) {
  size_t k = d->mentions[m].tok_begin;
  /* Title words before the name: "du président", "de l'ancien ministre". */
  for (int n = 0; n < 2 && k > 0; n++) {
    const nk_token *t = &d->seg.toks[k - 1];
    if (t->kind != NK_TOK_WORD || (t->flags & NK_TF_CAP) ||
        nk_ev_in(lx->name_modifier_nouns, d, k - 1) ||
        nk_ev_is(d, k - 1, "du") || nk_ev_is(d, k - 1, "de") ||
        nk_ev_is(d, k - 1, "d'"))
      break;
    k--;
  }
  if (k > 0 && nk_ev_in(lx->name_modifier_nouns, d, k - 1))
    return 1;
  if (k > 1 && (nk_ev_is(d, k - 1, "du") || nk_ev_is(d, k - 1, "de") ||
                nk_ev_is(d, k - 1, "d'")))
    return nk_ev_in(lx->name_modifier_nouns, d, k - 2) ||
           nk_topic_noun(d, lx, k - 2);
  return 0;
}

/* 1 when "qui" follows person mention m and the trigger at trig stands in
 * the few words after it: "dans la foulée du président X, qui s'était
 * rendu à Beyrouth" makes X the visitor, whatever noun stands before. */
static int nk_relative_subject(const nk_doc *d, size_t m, size_t trig) {
  size_t e = d->mentions[m].tok_end;
  if (nk_ev_is(d, e, ","))
    e++;
  return nk_ev_is(d, e, "qui") && trig > e && trig <= e + NK_RELATIVE_WINDOW;
}

/* 1 when person mention m is the agent of another participle after the
 * trigger at trig: "une réunion publique où il a défendu la politique
 * d'accueil décidée en 2015 par la chancelière X".  Before the trigger,
 * a passive tells what the actors did ("X, accusé par Y de l'avoir
 * agressée lors d'une rencontre").  A participle next to
 * a meeting noun tells who held it ("une réunion présidée par X"), and a
 * trigger's own ("a été reçu par X") who took part. */
static int nk_other_agent(const nk_doc *d, const nk_ev_lex *lx, size_t m,
                          size_t trig) {
  size_t k = d->mentions[m].tok_begin;
  size_t sb = d->seg.sents[d->seg.toks[k].sentence].tok_begin;
  /* Title words before the name: "par le chef d'État américain X". */
  for (int n = 0; n < 6 && k > sb && !nk_ev_is(d, k - 1, "par"); n++) {
    if (d->seg.toks[k - 1].kind != NK_TOK_WORD ||
        nk_doc_mention_at(d, k - 1) >= 0)
      return 0;
    k--;
  }
  if (k < sb + 2 || !nk_ev_is(d, k - 1, "par"))
    return 0;
  /* The participle, maybe before a short adjunct ("décidée en 2015"). */
  for (size_t v = k - 1; v > sb && v + 4 > k; v--) {
    const char *w = nk_ev_lower(d, v - 1);
    if (nk_ev_is_break(d, v - 1))
      return 0;
    if (nk_participle_form(w) && !nk_mod_is_aux(lx, w, NULL))
      return !nk_lexicon_get(lx->meeting_triggers, w) &&
             v - 1 > trig + NK_AGENT_NEAR;
  }
  return 0;
}

/* Persons named inside a quotation are not participants of an event the
 * words outside it tell: "X aurait déclaré : « Je dis souvent à Y ... »"
 * (inq: nk_ev_quote_mask).  Inside the quotation, the speaker's own words
 * may tell the event ("« J'ai reçu Y »") and name its people. */
static void nk_find_people(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                           const unsigned char *inq, nk_told *t) {
  const nk_sentence *sent = &d->seg.sents[s];
  size_t trig = t->trig[t->first].tok;
  size_t cut = nk_people_cut(d, lx, trig, sent->tok_end);
  long prev = -1;
  for (size_t i = sent->tok_begin; i < cut; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m < 0 || m == prev)
      continue;
    prev = m;
    size_t mm = (size_t)m;
    if (d->mentions[mm].type == NK_ENT_ORG) {
      long h = nk_role_holder(d, mm);
      if (h >= 0)
        nk_add_person(d, &t->people, &t->npeople, &t->cap_people, (size_t)h);
      continue;
    }
    if (d->mentions[mm].type != NK_ENT_PERSON || nk_speaks_about(d, mm, trig))
      continue;
    if (inq[d->mentions[mm].tok_begin] && !inq[trig])
      continue;
    if (!nk_relative_subject(d, mm, trig) &&
        (nk_is_modifier(d, lx, mm) || nk_other_agent(d, lx, mm, trig)))
      continue;
    nk_add_person(d, &t->people, &t->npeople, &t->cap_people, mm);
  }
}

/* ------------------------------------------------------------ place/date */

static int nk_is_place_prep(const nk_doc *d, size_t i) {
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
static long nk_place_at(const nk_doc *d, const nk_ev_lex *lx, size_t i,
                        int visit) {
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
  return nk_is_place_prep(d, p) ? m : -1;
}

static long nk_find_place(const nk_doc *d, const nk_ev_lex *lx, size_t s,
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

/* First token of sentence s where the event's date may be read: after a
 * birth date standing before the trigger at trig ("X, née le 23 août
 * 1968, et Y s'étaient rencontrés en 1993"), which dates a person. */
static size_t nk_date_start(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                            size_t trig) {
  const nk_sentence *sent = &d->seg.sents[s];
  size_t start = sent->tok_begin;
  for (size_t i = sent->tok_begin; i < trig; i++) {
    if (!nk_blocker_is(d, lx, i, "born"))
      continue;
    size_t k = i + 1;
    while (k < trig && !nk_ev_is_break(d, k))
      k++;
    start = k;
  }
  return start;
}

/* ------------------------------------------------------------- modality */

static int nk_clause_edge(const nk_doc *d, size_t i) {
  return nk_ev_is_break(d, i) || nk_ev_is(d, i, "qui") ||
         nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'");
}

/* Tokens [*b, *e) of the clause of the noun trigger at tok.  A relative
 * clause right after the noun belongs to it: it says how the event is told
 * ("une rencontre qui se serait tenue en avril"). */
static void nk_noun_clause(const nk_doc *d, size_t tok, size_t *b, size_t *e) {
  const nk_sentence *sent = &d->seg.sents[d->seg.toks[tok].sentence];
  *b = tok;
  *e = tok + 1;
  while (*b > sent->tok_begin && !nk_clause_edge(d, *b - 1))
    (*b)--;
  while (*e < sent->tok_end && !nk_clause_edge(d, *e))
    (*e)++;
  if (*e == tok + 1 && (nk_ev_is(d, *e, "qui") || nk_ev_is(d, *e, "qu'"))) {
    (*e)++;
    while (*e < sent->tok_end && !nk_clause_edge(d, *e))
      (*e)++;
  }
}

/* Value in negation.txt of token i ("particle", "adverb"), or "". */
static const char *nk_neg_word(const nk_doc *d, const nk_ev_lex *lx, size_t i) {
  const char *v = nk_lexicon_get(lx->negation, nk_ev_lower(d, i));
  return v ? v : "";
}

/* 1 when the noun trigger at tok is the complement of a negated verb:
 * a negation adverb, at most two words (the verb: "participé", "pris
 * part"), a preposition and at most one determiner stand right before it
 * ("n'aurait pas participé à ces discussions", "n'était pas présent à la
 * réunion").  A negation further away belongs to another verb ("ne sait
 * pas à quelle fréquence ces entretiens ont eu lieu"). */
static int nk_negated_complement(const nk_doc *d, const nk_ev_lex *lx,
                                 size_t tok) {
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  size_t k = tok;
  if (k > sb && (nk_ev_in(lx->meeting_anaphora, d, k - 1) ||
                 nk_ev_in(lx->agent_determiners, d, k - 1)))
    k--;
  if (k <= sb || !(nk_ev_is(d, k - 1, "à") || nk_ev_is(d, k - 1, "au") ||
                   nk_ev_is(d, k - 1, "aux") || nk_ev_is(d, k - 1, "de") ||
                   nk_ev_is(d, k - 1, "d'") || nk_ev_is(d, k - 1, "du") ||
                   nk_ev_is(d, k - 1, "des")))
    return 0;
  k--;
  for (size_t n = 0; n < 3 && k > sb; n++, k--) {
    if (nk_ev_is_break(d, k - 1))
      return 0;
    if (!strcmp(nk_neg_word(d, lx, k - 1), "adverb"))
      return 1;
  }
  return 0;
}

/* 1 when the noun trigger at tok is the subject of a negated "avoir
 * lieu", "se tenir" ("la rencontre n'a finalement pas eu lieu"): a
 * negation particle follows it in its clause, then an adverb, then a
 * "held" trigger. */
static int nk_negated_held(const nk_doc *d, const nk_ev_lex *lx,
                           const nk_told *t, size_t tok) {
  size_t se = d->seg.sents[d->seg.toks[tok].sentence].tok_end;
  int particle = 0, adverb = 0;
  for (size_t i = tok + 1; i < se && !nk_clause_edge(d, i); i++) {
    const char *v = nk_neg_word(d, lx, i);
    if (!strcmp(v, "particle"))
      particle = 1;
    else if (!strcmp(v, "adverb") && particle)
      adverb = 1;
    for (size_t j = 0; j < t->ntrig && adverb; j++)
      if (t->trig[j].held && t->trig[j].tok == i)
        return 1;
  }
  return 0;
}

/* How a negation bears on the event of the noun trigger at tok: 2 when
 * it denies the event itself, because it says it did not take place
 * ("la rencontre n'a pas eu lieu") or that there was none ("aucune
 * réunion n'a eu lieu"); 1 when it denies a person's part in it ("X n'a
 * pas assisté à la réunion"); 0 otherwise. */
static int nk_noun_negation(const nk_doc *d, const nk_ev_lex *lx,
                            const nk_told *t, size_t tok) {
  if (nk_negated_held(d, lx, t, tok))
    return 2;
  if (tok > 0 &&
      (nk_ev_is(d, tok - 1, "aucune") || nk_ev_is(d, tok - 1, "aucun"))) {
    size_t b, e;
    nk_noun_clause(d, tok, &b, &e);
    for (size_t i = b; i < e; i++)
      if (!strcmp(nk_neg_word(d, lx, i), "particle"))
        return 2;
  }
  return nk_negated_complement(d, lx, tok);
}

/* Alleged when a conditional verb stands in the clause of a noun trigger
 * ("Lavrov aurait participé à l'une des discussions"). */
static nk_modality nk_noun_modality(const nk_doc *d, const nk_ev_lex *lx,
                                    size_t tok) {
  size_t b, e;
  nk_noun_clause(d, tok, &b, &e);
  for (size_t i = b; i < e; i++)
    if (nk_mod_is_conditional(lx, nk_ev_lower(d, i)))
      return NK_MOD_ALLEGED;
  return NK_MOD_ASSERTED;
}

/* First outlet mention of sentence s, or -1. */
static long nk_sentence_outlet(const nk_doc *d, const nk_ev_lex *lx, size_t s) {
  const nk_sentence *sent = &d->seg.sents[s];
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m >= 0 && d->mentions[m].type == NK_ENT_ORG &&
        nk_mod_outlet(lx, d, d->mentions[m].tok_begin, d->mentions[m].tok_end))
      return m;
  }
  return -1;
}

/* 1 when a "que" or "qu'" stands in tokens [b, e). */
static int nk_que_in(const nk_doc *d, size_t b, size_t e) {
  for (size_t i = b; i < e; i++)
    if (nk_ev_is(d, i, "que") || nk_ev_is(d, i, "qu'"))
      return 1;
  return 0;
}

/* 1 when the reporting verb at v (in the sentence [sb, se)) governs the
 * trigger at trig, i.e. the event is part of what is reported.  An
 * inserted verb with its subject after it (", a déclaré X") reports what
 * stands before it, and the whole sentence when commas enclose it ("La
 * rencontre, a précisé X, a duré"); but not what follows it to the end of
 * the sentence ("», a dit X à l'issue de l'entretien").  A verb before
 * the trigger reports it when the trigger is its object ("a annoncé la
 * rencontre") or stands in its "que" clause, not when it stands in an
 * adjunct before that clause ("a déclaré après l'entretien que ..."). */
static int nk_verb_governs(const nk_doc *d, const nk_ev_lex *lx, size_t sb,
                           size_t se, size_t v, size_t trig) {
  size_t g = nk_mod_group_start(lx, d, v);
  int inserted = g > sb && nk_ev_is_break(d, g - 1);
  if (inserted) {
    if (trig < v)
      return 1;
    size_t k = v + 1;
    while (k < se && !nk_ev_is_break(d, k))
      k++;
    return k < se && nk_ev_is(d, k, ",") && k < trig;
  }
  if (trig < v)
    return 0;
  return nk_que_in(d, v + 1, trig) || !nk_que_in(d, trig + 1, se);
}

/* 1 when sentence s credits what it says to someone: "selon X", "d'après
 * X", "citant", a reporting verb that governs the trigger, or words of a
 * statement.  Only the event's own sentence counts: attributions of other
 * matters elsewhere in the article do not. */
static int nk_sentence_reported(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                                size_t trig) {
  const nk_sentence *sent = &d->seg.sents[s];
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    if (nk_ev_is(d, i, "selon") || nk_ev_is(d, i, "citant") ||
        (nk_ev_is(d, i, "d'") && nk_ev_is(d, i + 1, "après")))
      return 1;
    if (i != trig && nk_mod_speech_lemma(lx, nk_ev_lower(d, i), NULL) &&
        nk_verb_governs(d, lx, sent->tok_begin, sent->tok_end, i, trig))
      return 1;
  }
  size_t pos = nk_text_orig_start(&d->text, d->seg.toks[trig].start);
  for (size_t k = 0; k < d->nstatements; k++)
    if (d->statements[k].text.start <= pos && pos < d->statements[k].text.end)
      return 1;
  return 0;
}

/* Leaves out of t the persons named before the noun trigger at tok: the
 * subject of the negated verb it complements ("le prince, lui, n'a pas
 * participé à ces discussions"). */
static void nk_exclude_subjects(const nk_doc *d, nk_told *t, size_t tok) {
  size_t out = 0;
  for (size_t i = 0; i < t->npeople; i++) {
    if (d->mentions[t->people[i]].tok_begin < tok)
      t->excluded = 1;
    else
      t->people[out++] = t->people[i];
  }
  t->npeople = out;
}

static void nk_find_modality(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                             nk_told *t) {
  const nk_trigger *tr = &t->trig[t->first];
  int neg = tr->noun ? nk_noun_negation(d, lx, t, tr->tok) : 0;
  if (neg == 1)
    nk_exclude_subjects(d, t, tr->tok);
  if (neg == 2)
    t->modality = NK_MOD_DENIED;
  else
    t->modality = tr->noun ? nk_noun_modality(d, lx, tr->tok)
                           : nk_mod_verb(lx, d, tr->tok, NULL);
  t->source = nk_sentence_outlet(d, lx, s);
  if (t->modality == NK_MOD_ASSERTED && nk_sentence_reported(d, lx, s, tr->tok))
    t->modality = NK_MOD_REPORTED;
}

/* Rank of a modality when sentences telling one event disagree: the most
 * hedged reading wins ("aurait rencontré" over "selon X"). */
static int nk_mod_rank(nk_modality m) {
  switch (m) {
  case NK_MOD_DENIED:
    return 3;
  case NK_MOD_ALLEGED:
    return 2;
  case NK_MOD_REPORTED:
    return 1;
  default:
    return 0;
  }
}

/* 1 when the noun trigger at tok is followed by "de" and a person ("la
 * visite du président X"): a definite article then introduces the event,
 * it does not refer back. */
static int nk_names_its_people(const nk_doc *d, size_t tok) {
  size_t i = tok + 1;
  /* Adjectives between: "la visite officielle du président X". */
  for (int n = 0;
       n < 2 && i < d->seg.ntoks && d->seg.toks[i].kind == NK_TOK_WORD &&
       !(d->seg.toks[i].flags & NK_TF_CAP) && nk_doc_mention_at(d, i) < 0 &&
       !nk_ev_is(d, i, "de") && !nk_ev_is(d, i, "du") && !nk_ev_is(d, i, "d'");
       n++)
    i++;
  if (!(nk_ev_is(d, i, "de") || nk_ev_is(d, i, "du") || nk_ev_is(d, i, "d'")))
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
static int nk_time_reference(const nk_doc *d, const nk_ev_lex *lx, size_t tok) {
  if (tok < 2 || !nk_ev_in(lx->meeting_anaphora, d, tok - 1))
    return 0;
  return nk_ev_in(lx->time_prepositions, d, tok - 2);
}

/* 1 when a purpose word (meeting_purpose.txt) stands right before the noun
 * trigger at tok or before its determiner ("pour une réunion"). */
static int nk_purpose_of(const nk_doc *d, const nk_ev_lex *lx, size_t tok) {
  return tok >= 2 && (nk_ev_in(lx->meeting_purpose, d, tok - 2) ||
                      nk_ev_in(lx->meeting_purpose, d, tok - 1));
}

/* ---------------------------------------------------------------- events */

static int nk_shares_person(const nk_doc *d, const nk_meeting *m,
                            const nk_told *t) {
  for (size_t i = 0; i < t->npeople; i++)
    if (nk_has_person(d, m->participants, m->nparticipants, t->people[i]))
      return 1;
  return 0;
}

/* 1 when every person of t already takes part in m. */
static int nk_people_within(const nk_doc *d, const nk_meeting *m,
                            const nk_told *t) {
  for (size_t i = 0; i < t->npeople; i++)
    if (!nk_has_person(d, m->participants, m->nparticipants, t->people[i]))
      return 0;
  return 1;
}

/* 1 when a word of kind `told` may name an event of kind `was`: "ces
 * discussions", "l'entretien" name what was said in a call or during a
 * visit as well as at a meeting; "la visite" may name a meeting told as
 * such ("X a rencontré Y à Kiev ... cette visite"); "l'appel" only a
 * call. */
static int nk_kind_fits(nk_event_kind told, nk_event_kind was) {
  return told == was || told == NK_EVENT_MEETING ||
         (told == NK_EVENT_VISIT && was == NK_EVENT_MEETING);
}

/* 1 when the verb trigger at tok has a personal pronoun for subject ("Il
 * a été reçu par X", "Sur place, elle a rencontré X"). */
static int nk_pronoun_subject(const nk_doc *d, const nk_ev_lex *lx,
                              size_t tok) {
  size_t g = nk_mod_group_start(lx, d, tok);
  size_t sb = d->seg.sents[d->seg.toks[tok].sentence].tok_begin;
  if (g <= sb || !nk_ev_in(lx->subject_pronouns, d, g - 1))
    return 0;
  return g - 1 == sb || nk_ev_is_break(d, g - 2);
}

/* The earlier event sentence s continues, as an index into d->meetings,
 * or -1 to start a new one.  A word referring back names the nearest
 * event it may name, however far; a sentence naming a participant again
 * continues an event of its kind told a few sentences before; one whose
 * subject is a pronoun continues the event of the sentence before it
 * (its subject is a person that event names: "X s'est rendu à Kiev. Il a
 * été reçu par Y."). */
static long nk_continued(const nk_doc *d, const nk_track *tracks,
                         const nk_told *t, size_t s) {
  if (!d->nmeetings)
    return -1;
  nk_event_kind kind = t->trig[t->first].kind;
  if (t->anaphoric) {
    for (size_t k = d->nmeetings; k-- > 0;)
      if (nk_kind_fits(kind, d->meetings[k].kind))
        return (long)k;
    return -1;
  }
  for (size_t k = d->nmeetings; k-- > 0;) {
    const nk_meeting *m = &d->meetings[k];
    if (tracks[k].last_sent + NK_MEET_WINDOW < s)
      break;
    int pronoun = t->pronoun && k + 1 == d->nmeetings &&
                  tracks[k].last_sent + 1 == s &&
                  (nk_kind_fits(kind, m->kind) || nk_kind_fits(m->kind, kind));
    /* A meeting told during a visit with the same people ("sa visite à
     * Paris ... lors d'une discussion avec X") is one event. */
    int same =
        m->kind == kind ||
        (kind != NK_EVENT_CALL && m->kind != NK_EVENT_CALL && t->place < 0 &&
         !t->when.year && !t->when.month && nk_people_within(d, m, t));
    if (!pronoun && (!same || !nk_shares_person(d, m, t)))
      continue;
    if (m->date && t->date && strncmp(m->date, t->date, 7) != 0)
      continue;
    if (m->told_month && t->when.month && m->told_month != t->when.month)
      continue;
    return (long)k;
  }
  return -1;
}

/* Adds what t tells to m.  Only a sentence that tells the event, naming a
 * participant, its place or its date for the first time, weighs in how it
 * is told: a later sentence about something else of it ("la rencontre
 * aurait duré deux heures") or about someone who took no part in it
 * leaves its modality alone. */
static void nk_merge(nk_doc *d, nk_meeting *m, const nk_told *t) {
  size_t cap = m->nparticipants;
  int told = 0;
  for (size_t i = 0; i < t->npeople; i++)
    if (!nk_has_person(d, m->participants, m->nparticipants, t->people[i])) {
      *NK_PUSH(m->participants, m->nparticipants, cap) = t->people[i];
      told = 1;
    }
  if (!m->place && t->place >= 0) {
    m->place = nk_xstrdup(d->mentions[t->place].surface);
    told = 1;
  }
  if (!m->date && t->date) {
    m->date = nk_xstrdup(t->date);
    told = 1;
  }
  if (!m->told_month && t->when.month) {
    m->told_month = t->when.month;
    m->told_day = t->when.day;
    told = 1;
  }
  if (told && !t->excluded &&
      nk_mod_rank(t->modality) > nk_mod_rank(m->modality))
    m->modality = t->modality;
  if (!m->source && t->source >= 0)
    m->source = nk_xstrdup(d->mentions[t->source].surface);
}

static void nk_new_meeting(nk_doc *d, size_t s, const nk_told *t) {
  nk_meeting *m = NK_PUSH(d->meetings, d->nmeetings, d->cap_meetings);
  *m = (nk_meeting){0};
  const nk_trigger *tr = &t->trig[t->first];
  m->kind = tr->kind;
  m->trigger = nk_xstrdup(d->seg.toks[tr->tok].form);
  const nk_sentence *sent = &d->seg.sents[s];
  m->evidence = nk_doc_tok_span(d, sent->tok_begin, sent->tok_end);
  nk_merge(d, m, t);
  /* The first sentence sets how the event is told; later ones may only
   * hedge it further (nk_merge). */
  m->modality = t->modality;
}

/* 1 when the meeting tells enough to be kept: two participants, or a
 * place (with one participant, or none for "une réunion s'est tenue à
 * Moscou"). */
static int nk_meeting_ok(const nk_meeting *m) {
  return m->nparticipants >= 2 || m->place != NULL;
}

static void nk_told_free(nk_told *t) {
  free(t->people);
  free(t->date);
}

/* Reads sentence s: starts an event, adds to one, or does nothing.
 * tracks parallels d->meetings. */
static void nk_mt_sentence(nk_doc *d, const nk_ev_lex *lx,
                           const unsigned char *inq, size_t s, int interview,
                           nk_track **tracks, size_t *ntracks,
                           size_t *cap_tracks) {
  const nk_sentence *sent = &d->seg.sents[s];
  if (sent->boilerplate || sent->headline)
    return;
  nk_told t = {0};
  t.place = t.source = -1;
  nk_find_triggers(d, lx, s, &t, interview);
  size_t first = t.ntrig, dating = t.ntrig;
  int held = 0;
  for (size_t i = 0; i < t.ntrig; i++) {
    if (t.trig[i].held)
      held = 1;
    else if (nk_time_reference(d, lx, t.trig[i].tok)) {
      if (dating == t.ntrig)
        dating = i;
    } else if (first == t.ntrig)
      first = i;
  }
  if (first == t.ntrig)
    first = dating;
  if (first == t.ntrig)
    return;
  t.first = first;
  const nk_trigger *tr = &t.trig[first];
  /* A meeting told together with a phone word is a call ("s'est entretenu
   * par téléphone"). */
  for (size_t i = 0; i < t.ntrig; i++)
    if (t.trig[i].kind == NK_EVENT_CALL && !t.trig[i].held &&
        t.trig[first].kind == NK_EVENT_MEETING)
      t.trig[first].kind = NK_EVENT_CALL;
  /* A trip made for a meeting ("est allé à Rome pour une réunion avec
   * X"): the meeting is the event, the trip only brings the visitor. */
  for (size_t i = first + 1; i < t.ntrig; i++)
    if (t.trig[first].kind == NK_EVENT_VISIT && !t.trig[i].held &&
        t.trig[i].kind == NK_EVENT_MEETING && t.trig[i].noun &&
        nk_purpose_of(d, lx, t.trig[i].tok))
      t.trig[first].kind = NK_EVENT_MEETING;
  t.anaphoric = tr->noun && tr->tok > 0 &&
                nk_ev_in(lx->meeting_anaphora, d, tr->tok - 1) &&
                !nk_names_its_people(d, tr->tok);
  /* "l'entretien", "cet interview" with no meeting told before: the
   * interview the article comes from (named in its title), not a meeting. */
  if (t.anaphoric && tr->press && nk_continued(d, *tracks, &t, s) < 0)
    return;
  t.pronoun = !tr->noun && !tr->held && nk_pronoun_subject(d, lx, tr->tok);
  nk_find_people(d, lx, s, inq, &t);
  for (size_t i = 0; i < t.ntrig && t.place < 0; i++)
    t.place = nk_find_place(d, lx, s, &t.trig[i]);
  t.when = nk_date_find_parts(d, lx->lang, nk_date_start(d, lx, s, tr->tok),
                              sent->tok_end, d->meta.date);
  t.date = nk_date_format(t.when);
  nk_find_modality(d, lx, s, &t);

  long k = nk_continued(d, *tracks, &t, s);
  if (k < 0 && !t.npeople && !(t.place >= 0 && held)) {
    nk_told_free(&t);
    return;
  }
  if (k >= 0 && t.modality == NK_MOD_DENIED) {
    /* "X n'a pas rencontré Y", "la rencontre n'a pas eu lieu": denies the
     * event when it names no one else; naming someone else, it says who
     * took no part in it, and adds nothing. */
    if (nk_people_within(d, &d->meetings[k], &t)) {
      d->meetings[k].modality = NK_MOD_DENIED;
      (*tracks)[k].last_sent = s;
    }
  } else if (k >= 0) {
    nk_merge(d, &d->meetings[k], &t);
    (*tracks)[k].last_sent = s;
  } else {
    nk_new_meeting(d, s, &t);
    nk_track *tk = NK_PUSH(*tracks, *ntracks, *cap_tracks);
    tk->last_sent = s;
  }
  nk_told_free(&t);
}

static void nk_meeting_free(nk_meeting *m) {
  free(m->participants);
  free(m->place);
  free(m->date);
  free(m->trigger);
  free(m->source);
  free(m->place_key);
  free(m->source_key);
}

int nk_extract_meetings(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  size_t first_new = d->nmeetings;
  /* Tracks of events already in d (none in the pipeline) say sentence 0. */
  size_t ntracks = d->nmeetings, cap = d->nmeetings + 1;
  nk_track *tracks = nk_xcalloc(cap, sizeof *tracks);
  nk_ev_lex lx;
  nk_ev_lex_init(&lx, lang);
  int interview = nk_article_interview(d, &lx);
  unsigned char *inq = nk_ev_quote_mask(d);
  for (size_t s = 0; s < d->seg.nsents; s++)
    nk_mt_sentence(d, &lx, inq, s, interview, &tracks, &ntracks, &cap);
  free(inq);
  free(tracks);
  /* Drop events that name too little to be told apart. */
  size_t out = first_new;
  for (size_t i = first_new; i < d->nmeetings; i++) {
    if (nk_meeting_ok(&d->meetings[i]))
      d->meetings[out++] = d->meetings[i];
    else
      nk_meeting_free(&d->meetings[i]);
  }
  d->nmeetings = out;
  return 0;
}
