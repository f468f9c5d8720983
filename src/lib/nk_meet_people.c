/* nk_meet_people.c — who took part in an event a sentence tells: the
 * persons it names, and the holder of a role it names instead ("le chef de
 * la CIA"); not those who only report the event (the speaker of the
 * statement it stands in), nor those who qualify a noun ("l'administration
 * Biden", "le sort de X"), nor the agent of another participle, nor those
 * in a noun phrase after "avant"/"après", which dates the event by another
 * one. */
#include <config.h>

#include "nk_meetings.h"

#include <stdlib.h>
#include <string.h>

/* Words after "qui" where the verb of a relative clause stands ("X, qui
 * s'était alors rendu"). */
#define NK_RELATIVE_WINDOW 5
/* Words after a meeting noun where a participle with "par" names who held
 * it ("une réunion présidée par X"). */
#define NK_AGENT_NEAR 4

/* 1 when person mentions a and b name the same person: the same surface,
 * or the shorter ending the longer after a space. */
static int nk_people_same(const nk_doc *d, size_t a, size_t b) {
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

/* Also used to merge the people of sentences telling one event. */
int nk_people_has(const nk_doc *d, const size_t *p, size_t n, size_t m) {
  for (size_t i = 0; i < n; i++)
    if (nk_people_same(d, p[i], m))
      return 1;
  return 0;
}

int nk_people_add(const nk_doc *d, size_t **p, size_t *n, size_t *cap,
                  size_t m) {
  if (nk_people_has(d, *p, *n, m))
    return 0;
  *NK_PUSH(*p, *n, *cap) = m;
  return 1;
}

/* 1 when mention m speaks a statement whose words hold token tok (the
 * event is reported by m, m did not take part). */
static int nk_people_speaks_about(const nk_doc *d, size_t m, size_t tok) {
  size_t pos = nk_text_orig_start(&d->text, d->seg.toks[tok].start);
  for (size_t k = 0; k < d->nstatements; k++) {
    const nk_statement *s = &d->statements[k];
    if (s->speaker >= 0 && (size_t)s->speaker == m && s->text.start <= pos &&
        pos < s->text.end)
      return 1;
  }
  return 0;
}

/* 1 when a role's organization is the mention whose lexicon keys are
 * surface and canonical (NULL when it has none). */
static int nk_people_role_org_is(const nk_role *r, const char *surface,
                                 const char *canonical) {
  if (!r->org_name)
    return 0;
  char *a = nk_lex_key(r->org_name);
  int eq = !strcmp(a, surface) || (canonical && !strcmp(a, canonical));
  free(a);
  return eq;
}

/* "le chef de la CIA": the one person the article says holds a role in
 * the organization named at mention m, when m follows "<det> <noun>
 * de/du/de la"; -1 otherwise. */
static long nk_people_role_holder(const nk_doc *d, size_t m) {
  const nk_mention *om = &d->mentions[m];
  size_t b = om->tok_begin;
  size_t k = b;
  if (k >= 2 && nk_ev_is(d, k - 1, "la") && nk_ev_is(d, k - 2, "de"))
    k -= 2;
  else if (k >= 1 && nk_trig_de(d, k - 1))
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
  /* The mention's keys once, not once per role. */
  char *surface = nk_lex_key(om->surface);
  char *canonical = om->canonical ? nk_lex_key(om->canonical) : NULL;
  long holder = -1;
  for (size_t i = 0; i < d->nroles; i++) {
    const nk_role *r = &d->roles[i];
    if (r->holder >= d->nmentions ||
        d->mentions[r->holder].type != NK_ENT_PERSON ||
        !nk_people_role_org_is(r, surface, canonical))
      continue;
    if (holder >= 0 && !nk_people_same(d, (size_t)holder, r->holder)) {
      holder = -1; /* two holders: cannot tell which */
      break;
    }
    holder = (long)r->holder;
  }
  free(surface);
  free(canonical);
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
static int nk_people_topic_noun(const nk_doc *d, const nk_ev_lex *lx,
                                size_t n) {
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
static int nk_people_is_modifier(const nk_doc *d, const nk_ev_lex *lx,
                                 size_t m) {
  size_t k = d->mentions[m].tok_begin;
  /* Title words before the name: "du président", "de l'ancien ministre". */
  for (int n = 0; n < 2 && k > 0; n++) {
    const nk_token *t = &d->seg.toks[k - 1];
    if (t->kind != NK_TOK_WORD || (t->flags & NK_TF_CAP) ||
        nk_ev_in(lx->name_modifier_nouns, d, k - 1) || nk_trig_de(d, k - 1))
      break;
    k--;
  }
  if (k > 0 && nk_ev_in(lx->name_modifier_nouns, d, k - 1))
    return 1;
  if (k > 1 && nk_trig_de(d, k - 1))
    return nk_ev_in(lx->name_modifier_nouns, d, k - 2) ||
           nk_people_topic_noun(d, lx, k - 2);
  return 0;
}

/* 1 when "qui" follows person mention m and the trigger at trig stands in
 * the few words after it: "dans la foulée du président X, qui s'était
 * rendu à Beyrouth" makes X the visitor, whatever noun stands before. */
static int nk_people_relative_subject(const nk_doc *d, size_t m, size_t trig) {
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
static int nk_people_other_agent(const nk_doc *d, const nk_ev_lex *lx, size_t m,
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
    if (nk_trig_participle_form(w) && !nk_mod_is_aux(lx, w, NULL))
      return !nk_lexicon_get(lx->meeting_triggers, w) &&
             v - 1 > trig + NK_AGENT_NEAR;
  }
  return 0;
}

/* Persons named inside a quotation are not participants of an event the
 * words outside it tell: "X aurait déclaré : « Je dis souvent à Y ... »"
 * (inq: nk_ev_quote_mask).  Inside the quotation, the speaker's own words
 * may tell the event ("« J'ai reçu Y »") and name its people. */
void nk_people_find(const nk_doc *d, const nk_ev_lex *lx, size_t s,
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
      long h = nk_people_role_holder(d, mm);
      if (h >= 0)
        nk_people_add(d, &t->people, &t->npeople, &t->cap_people, (size_t)h);
      continue;
    }
    if (d->mentions[mm].type != NK_ENT_PERSON ||
        nk_people_speaks_about(d, mm, trig))
      continue;
    if (inq[d->mentions[mm].tok_begin] && !inq[trig])
      continue;
    if (!nk_people_relative_subject(d, mm, trig) &&
        (nk_people_is_modifier(d, lx, mm) ||
         nk_people_other_agent(d, lx, mm, trig)))
      continue;
    nk_people_add(d, &t->people, &t->npeople, &t->cap_people, mm);
  }
}
