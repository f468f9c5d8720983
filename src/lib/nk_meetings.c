/* nk_meetings.c — the meetings stage: meetings, calls and visits, who met
 * whom, where, when, and how sure the article is about it.
 *
 * A sentence with a trigger word (nk_meet_triggers.c) tells of an event.
 * Its participants (nk_meet_people.c), place (nk_meet_place.c), date
 * (nk_dates.c) and modality (nk_meet_modality.c) are gathered, and this
 * file decides whether the sentence starts an event or adds to one told
 * before.  A sentence adds to an earlier event rather than starting one
 * when its trigger refers back ("ces discussions", "l'appel") or when it
 * names a participant of an event of the same kind told a few sentences
 * before: one event, however many sentences tell it.  A sentence telling
 * no event may list who took part in the one told right before it
 * ("Parmi les participants figuraient X et Y": nk_mt_cast).  nk_meetings.h
 * says what the files share. */
#include <config.h>

#include "nk_meetings.h"

#include <stdlib.h>
#include <string.h>

/* Sentences after which an event can no longer be continued by naming one
 * of its participants again. */
#define NK_MEET_WINDOW 5

/* An event being built, parallel to d->meetings. */
typedef struct {
  size_t last_sent; /* last sentence that told of it */
  int pending;      /* told naming no one ("des responsables américains
                       ont rencontré des diplomates russes"): kept only when
                       the next sentence lists who took part (nk_mt_cast),
                       and never continued otherwise */
} nk_track;

/* First token of sentence s where the event's date may be read: after a
 * birth date standing before the trigger at trig ("X, née le 23 août
 * 1968, et Y s'étaient rencontrés en 1993"), which dates a person. */
static size_t nk_mt_date_start(const nk_doc *d, const nk_ev_lex *lx, size_t s,
                               size_t trig) {
  const nk_sentence *sent = &d->seg.sents[s];
  size_t start = sent->tok_begin;
  for (size_t i = sent->tok_begin; i < trig; i++) {
    if (!nk_trig_blocker_is(d, lx, i, "born"))
      continue;
    size_t k = i + 1;
    while (k < trig && !nk_ev_is_break(d, k))
      k++;
    start = k;
  }
  return start;
}

/* 1 when t names a participant of m. */
static int nk_mt_shares_person(const nk_doc *d, const nk_meeting *m,
                               const nk_told *t) {
  for (size_t i = 0; i < t->npeople; i++)
    if (nk_people_has(d, m->participants, m->nparticipants, t->people[i]))
      return 1;
  return 0;
}

/* 1 when every person of t already takes part in m. */
static int nk_mt_people_within(const nk_doc *d, const nk_meeting *m,
                               const nk_told *t) {
  for (size_t i = 0; i < t->npeople; i++)
    if (!nk_people_has(d, m->participants, m->nparticipants, t->people[i]))
      return 0;
  return 1;
}

/* 1 when a word of kind `told` may name an event of kind `was`: "ces
 * discussions", "l'entretien" name what was said in a call or during a
 * visit as well as at a meeting; "la visite" may name a meeting told as
 * such ("X a rencontré Y à Kiev ... cette visite"); "l'appel" only a
 * call. */
static int nk_mt_kind_fits(nk_event_kind told, nk_event_kind was) {
  return told == was || told == NK_EVENT_MEETING ||
         (told == NK_EVENT_VISIT && was == NK_EVENT_MEETING);
}

/* The earlier event sentence s continues, as an index into d->meetings,
 * or -1 to start a new one.  A word referring back names the nearest
 * event it may name, however far; a sentence naming a participant again
 * continues an event of its kind told a few sentences before; one whose
 * subject is a pronoun continues the event of the sentence before it
 * (its subject is a person that event names: "X s'est rendu à Kiev. Il a
 * été reçu par Y."). */
static long nk_mt_continued(const nk_doc *d, const nk_track *tracks,
                            const nk_told *t, size_t s) {
  if (!d->nmeetings)
    return -1;
  nk_event_kind kind = t->trig[t->first].kind;
  if (t->anaphoric) {
    for (size_t k = d->nmeetings; k-- > 0;)
      if (!tracks[k].pending && nk_mt_kind_fits(kind, d->meetings[k].kind))
        return (long)k;
    return -1;
  }
  int latest = 1; /* k is the last event that is not pending */
  for (size_t k = d->nmeetings; k-- > 0;) {
    const nk_meeting *m = &d->meetings[k];
    if (tracks[k].last_sent + NK_MEET_WINDOW < s)
      break;
    if (tracks[k].pending)
      continue;
    int pronoun =
        t->pronoun && latest && tracks[k].last_sent + 1 == s &&
        (nk_mt_kind_fits(kind, m->kind) || nk_mt_kind_fits(m->kind, kind));
    latest = 0;
    /* A meeting told during a visit with the same people ("sa visite à
     * Paris ... lors d'une discussion avec X") is one event. */
    int same =
        m->kind == kind ||
        (kind != NK_EVENT_CALL && m->kind != NK_EVENT_CALL && t->place < 0 &&
         !t->when.year && !t->when.month && nk_mt_people_within(d, m, t));
    if (!pronoun && (!same || !nk_mt_shares_person(d, m, t)))
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
static void nk_mt_merge(nk_doc *d, nk_meeting *m, const nk_told *t) {
  size_t cap = m->nparticipants;
  int told = 0;
  for (size_t i = 0; i < t->npeople; i++)
    if (nk_people_add(d, &m->participants, &m->nparticipants, &cap,
                      t->people[i]))
      told = 1;
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
  if (told && !t->excluded && nk_mm_rank(t->modality) > nk_mm_rank(m->modality))
    m->modality = t->modality;
  if (!m->source && t->source >= 0)
    m->source = nk_xstrdup(d->mentions[t->source].surface);
}

/* Starts an event from what sentence s tells (t). */
static void nk_mt_new(nk_doc *d, size_t s, const nk_told *t) {
  nk_meeting *m = NK_PUSH(d->meetings, d->nmeetings, d->cap_meetings);
  *m = (nk_meeting){0};
  const nk_trigger *tr = &t->trig[t->first];
  m->kind = tr->kind;
  m->trigger = nk_xstrdup(d->seg.toks[tr->tok].form);
  const nk_sentence *sent = &d->seg.sents[s];
  m->evidence = nk_doc_tok_span(d, sent->tok_begin, sent->tok_end);
  nk_mt_merge(d, m, t);
  /* The first sentence sets how the event is told; later ones may only
   * hedge it further (nk_mt_merge). */
  m->modality = t->modality;
}

/* 1 when the meeting tells enough to be kept: two participants, or a
 * place (with one participant, or none for "une réunion s'est tenue à
 * Moscou"). */
static int nk_mt_ok(const nk_meeting *m) {
  return m->nparticipants >= 2 || m->place != NULL;
}

/* Frees what t owns. */
static void nk_mt_told_free(nk_told *t) {
  free(t->people);
  free(t->date);
}

/* Gathers what sentence s tells of the event of its main trigger: who,
 * where, when, and how it is told. */
static void nk_mt_gather(const nk_doc *d, const nk_ev_lex *lx,
                         const unsigned char *inq, size_t s, nk_told *t) {
  const nk_trigger *tr = &t->trig[t->first];
  t->pronoun =
      !tr->noun && !tr->held && nk_trig_pronoun_subject(d, lx, tr->tok);
  nk_people_find(d, lx, s, inq, t);
  for (size_t i = 0; i < t->ntrig && t->place < 0; i++)
    t->place = nk_place_find(d, lx, s, &t->trig[i]);
  t->when = nk_date_find_parts(d, lx->lang, nk_mt_date_start(d, lx, s, tr->tok),
                               d->seg.sents[s].tok_end, d->meta.date);
  t->date = nk_date_format(t->when);
  nk_mm_find(d, lx, s, t);
}

/* Adds what sentence s tells (t) to the event it continues, or starts
 * one.  A sentence naming no one starts a pending event (see nk_track),
 * unless it places an event that took place (held: "une réunion s'est
 * tenue à Moscou"); none when it refers back or denies.  tracks
 * parallels d->meetings. */
static void nk_mt_record(nk_doc *d, size_t s, const nk_told *t, int held,
                         nk_track **tracks, size_t *ntracks,
                         size_t *cap_tracks) {
  long k = nk_mt_continued(d, *tracks, t, s);
  int pending = k < 0 && !t->npeople && !(t->place >= 0 && held);
  if (pending && (t->anaphoric || t->modality == NK_MOD_DENIED))
    return;
  if (k >= 0 && t->modality == NK_MOD_DENIED) {
    /* "X n'a pas rencontré Y", "la rencontre n'a pas eu lieu": denies the
     * event when it names no one else; naming someone else, it says who
     * took no part in it, and adds nothing. */
    if (nk_mt_people_within(d, &d->meetings[k], t)) {
      d->meetings[k].modality = NK_MOD_DENIED;
      (*tracks)[k].last_sent = s;
    }
  } else if (k >= 0) {
    nk_mt_merge(d, &d->meetings[k], t);
    (*tracks)[k].last_sent = s;
  } else {
    nk_mt_new(d, s, t);
    nk_track *tk = NK_PUSH(*tracks, *ntracks, *cap_tracks);
    tk->last_sent = s;
    tk->pending = pending;
  }
}

/* 1 when sentence s opens with a cue of meeting_cast.txt, after words
 * of value "lead" or nationality adjectives only ("Parmi les
 * participants", "Étaient également présents", "Les Américains présents"). */
static int nk_mt_cast_cue(const nk_doc *d, const nk_ev_lex *lx, size_t s) {
  const nk_lexicon *cues = nk_lang_lex(lx->lang, "meeting_cast");
  const nk_lexicon *nat = nk_lang_lex(lx->lang, "nationalities");
  const nk_sentence *sent = &d->seg.sents[s];
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    const char *w = nk_ev_lower(d, i);
    const char *v = nk_lexicon_get(cues, w);
    if (!v && nk_lexicon_get(nat, w))
      v = "lead";
    if (!v || nk_doc_mention_at(d, i) >= 0)
      return 0;
    if (!strcmp(v, "cue"))
      return 1;
  }
  return 0;
}

/* Appends to *p the person mentions of sentence s outside quotations
 * (inq). */
static void nk_mt_cast_people(const nk_doc *d, const unsigned char *inq,
                              size_t s, size_t **p, size_t *n, size_t *cap) {
  const nk_sentence *sent = &d->seg.sents[s];
  for (size_t i = sent->tok_begin; i < sent->tok_end; i++) {
    long m = nk_doc_mention_at(d, i);
    if (m >= 0 && d->mentions[m].tok_begin == i &&
        d->mentions[m].type == NK_ENT_PERSON && !inq[i])
      *NK_PUSH(*p, *n, *cap) = (size_t)m;
  }
}

/* A sentence telling no event that lists who took part in the one told
 * in the sentence before it ("Parmi les participants figuraient X, Y et
 * Z"): its persons join that event.  Only the sentence right after: a
 * list further on may be of anything. */
static void nk_mt_cast(nk_doc *d, const nk_ev_lex *lx, const unsigned char *inq,
                       size_t s, nk_track *tracks) {
  if (!d->nmeetings || tracks[d->nmeetings - 1].last_sent + 1 != s)
    return;
  if (!nk_mt_cast_cue(d, lx, s))
    return;
  size_t *p = NULL, n = 0, cap = 0;
  nk_meeting *m = &d->meetings[d->nmeetings - 1];
  nk_mt_cast_people(d, inq, s, &p, &n, &cap);
  if (n) {
    size_t mcap = m->nparticipants;
    for (size_t i = 0; i < n; i++)
      nk_people_add(d, &m->participants, &m->nparticipants, &mcap, p[i]);
    tracks[d->nmeetings - 1].last_sent = s;
    tracks[d->nmeetings - 1].pending = 0;
  }
  free(p);
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
  nk_trig_find(d, lx, s, &t, interview);
  int held = 0;
  t.first = nk_trig_main(d, lx, &t, &held);
  if (t.first == t.ntrig) {
    nk_mt_cast(d, lx, inq, s, *tracks);
    return;
  }
  const nk_trigger *tr = &t.trig[t.first];
  t.anaphoric = nk_trig_anaphoric(d, lx, tr);
  /* "l'entretien", "cet interview" with no meeting told before: the
   * interview the article comes from (named in its title), not a meeting. */
  if (t.anaphoric && tr->press && nk_mt_continued(d, *tracks, &t, s) < 0)
    return;
  nk_mt_gather(d, lx, inq, s, &t);
  nk_mt_record(d, s, &t, held, tracks, ntracks, cap_tracks);
  nk_mt_told_free(&t);
}

/* Frees what meeting m owns. */
static void nk_mt_free(nk_meeting *m) {
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
  int interview = nk_trig_article_interview(d, &lx);
  unsigned char *inq = nk_ev_quote_mask(d);
  for (size_t s = 0; s < d->seg.nsents; s++)
    nk_mt_sentence(d, &lx, inq, s, interview, &tracks, &ntracks, &cap);
  free(inq);
  /* Drop events that name too little to be told apart, and those told
   * naming no one that no list of participants followed. */
  size_t out = first_new;
  for (size_t i = first_new; i < d->nmeetings; i++) {
    if (!tracks[i].pending && nk_mt_ok(&d->meetings[i]))
      d->meetings[out++] = d->meetings[i];
    else
      nk_mt_free(&d->meetings[i]);
  }
  d->nmeetings = out;
  free(tracks);
  return 0;
}
