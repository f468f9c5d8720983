/* nk_roles.c — the roles stage: positions held by persons and unnamed
 * agents.  Loads the lexicons, reads the phrases around each person's name
 * and inside each agent's description, then completes the roles from the
 * rest of the article (peers, default countries).  Also holds the token
 * helpers every file of the stage uses and nk_r_emit, the one place a
 * phrase becomes a role.  The files of the stage are listed in
 * nk_roles.h. */
#include <config.h>

#include "nk_roles.h"

#include <stdlib.h>
#include <string.h>

void nk_r_phrase_free(nk_phrase *p) {
  nk_buf_free(&p->title);
  free(p->org);
  *p = (nk_phrase){0};
}

/* Whether token i is free of any mention but the one being described. */
int nk_r_free(const nk_rctx *x, size_t i) {
  long mi = nk_doc_mention_at(x->d, i);
  return mi < 0 || mi == x->self;
}

const char *nk_r_low(const nk_rctx *x, size_t i) {
  return x->d->seg.toks[i].lower;
}

int nk_r_is(const nk_rctx *x, size_t i, const char *w) {
  return nk_names_is_word(&x->d->seg, i) && strcmp(nk_r_low(x, i), w) == 0;
}

/* Appends the normalized text of tokens [tb, te) to b, with a space
 * before when b is not empty and the previous token was not elided. */
void nk_r_append(const nk_rctx *x, nk_buf *b, size_t tb, size_t te) {
  const nk_segments *seg = &x->d->seg;
  if (te <= tb)
    return;
  char *s = nk_text_norm_slice(&x->d->text, seg->toks[tb].start,
                               seg->toks[te - 1].end);
  if (b->len > 0 && b->data[b->len - 1] != '\'')
    nk_buf_addc(b, ' ');
  nk_buf_adds(b, s);
  free(s);
}

const char *nk_r_mod(const nk_rctx *x, size_t i) {
  if (!nk_names_is_lower(&x->d->seg, i))
    return NULL;
  return nk_names_get(x->mods, &x->d->seg, i);
}

void nk_r_status(nk_phrase *p, const char *v) {
  if (strcmp(v, "former") == 0)
    p->status = NK_STATUS_FORMER;
  else if (strcmp(v, "outgoing") == 0)
    p->status = NK_STATUS_OUTGOING;
}

void nk_r_free_all(nk_phrase *ps, size_t n) {
  for (size_t k = 0; k < n; k++)
    nk_r_phrase_free(&ps[k]);
}

void nk_r_emit(nk_rctx *x, size_t holder, nk_phrase *p, nk_span ev) {
  nk_doc *d = x->d;
  if (p->title.len == 0)
    return;
  /* A holder's roles are emitted together: only the last ones can repeat
   * this one. */
  for (size_t k = d->nroles; k > 0 && d->roles[k - 1].holder == holder; k--)
    if (strcmp(d->roles[k - 1].title, p->title.data) == 0)
      return;
  nk_role *r = NK_PUSH(d->roles, d->nroles, d->cap_roles);
  *r = (nk_role){0};
  r->holder = holder;
  r->title = nk_buf_steal(&p->title);
  r->org_name = p->org;
  p->org = NULL;
  r->org_type = r->org_name ? p->org_type : NK_ENT_ORG;
  r->status = p->status;
  r->evidence = ev;
}

void nk_r_emit_copy(nk_rctx *x, size_t holder, const nk_phrase *p, nk_span ev) {
  nk_phrase c = {0};
  nk_buf_adds(&c.title, p->title.data);
  c.org = p->org ? nk_xstrdup(p->org) : NULL;
  c.org_type = p->org_type;
  c.status = p->status;
  nk_r_emit(x, holder, &c, ev);
  nk_r_phrase_free(&c);
}

/* A verb at i: an auxiliary or a reporting verb ("avait promis"). */
int nk_r_verb(const nk_rctx *x, size_t i) {
  const nk_segments *seg = &x->d->seg;
  return nk_names_is_lower(seg, i) &&
         (nk_names_get(x->aux, seg, i) || nk_names_get(x->speech, seg, i));
}

int nk_r_person_at(const nk_rctx *x, size_t i) {
  long mi = nk_doc_mention_at(x->d, i);
  return mi >= 0 && x->d->mentions[mi].tok_begin == i &&
         x->d->mentions[mi].type == NK_ENT_PERSON;
}

/* "une conseillère du ministère de l'Intérieur": the agent's own words. */
static void nk_r_agent(nk_rctx *x, size_t mi) {
  const nk_mention *m = &x->d->mentions[mi];
  for (size_t i = m->tok_begin; i < m->tok_end; i++) {
    if (nk_doc_mention_at(x->d, i) != (long)mi)
      continue;
    nk_phrase p;
    size_t n = 0;
    x->self = (long)mi;
    int ok = nk_names_longest(x->roles, &x->d->seg, i, m->tok_end, &n) &&
             nk_rph_phrase(x, i, m->tok_end, &p);
    x->self = -1;
    if (ok) {
      for (size_t k = m->tok_begin; k < i; k++) {
        const char *v = nk_r_mod(x, k);
        if (v)
          nk_r_status(&p, v);
      }
      nk_r_emit(x, mi, &p, m->span);
      nk_r_phrase_free(&p);
      return;
    }
  }
}

int nk_extract_roles(nk_doc *d, const nk_lang *lang, nk_error *err) {
  (void)err;
  nk_rctx x = {.d = d,
               .lang = lang,
               .roles = nk_lang_lex(lang, "roles"),
               .mods = nk_lang_lex(lang, "role_modifiers"),
               .nat = nk_lang_lex(lang, "nationalities"),
               .heads = nk_lang_lex(lang, "org_heads"),
               .org_adj = nk_lang_lex(lang, "org_adjectives"),
               .agent = nk_lang_lex(lang, "agent_words"),
               .verbs = nk_lang_lex(lang, "role_verbs"),
               .aux = nk_lang_lex(lang, "auxiliaries"),
               .speech = nk_lang_lex(lang, "speech_verbs"),
               .dets = nk_lang_lex(lang, "role_determiners"),
               .de_art = nk_lang_lex(lang, "de_articles"),
               .stop = nk_lang_lex(lang, "name_stopwords"),
               .preps = nk_lang_lex(lang, "role_prepositions"),
               .openers = nk_lang_lex(lang, "role_openers"),
               .nat_orgs = nk_lang_lex(lang, "role_nat_orgs"),
               .copulas = nk_lang_lex(lang, "role_copulas"),
               .honor = nk_lang_lex(lang, "honorifics"),
               .timep = nk_lang_lex(lang, "time_prepositions"),
               .peer_titles = nk_lang_lex(lang, "role_peer_titles"),
               .default_orgs = nk_lang_lex(lang, "role_default_orgs"),
               .self = -1};
  for (size_t mi = 0; mi < d->nmentions; mi++) {
    const nk_mention *m = &d->mentions[mi];
    if (m->tok_begin >= d->seg.ntoks)
      continue;
    const nk_sentence *st = &d->seg.sents[d->seg.toks[m->tok_begin].sentence];
    if (st->boilerplate)
      continue;
    if (m->type == NK_ENT_PERSON) {
      nk_rap_before(&x, mi, st->tok_begin);
      nk_rap_after(&x, mi, st->tok_begin, st->tok_end);
    } else if (m->type == NK_ENT_AGENT) {
      nk_r_agent(&x, mi);
    }
  }
  nk_rpr_peers(&x);
  nk_rpr_default_orgs(&x);
  return 0;
}
