/* nk_doc.c — an article's fact tables: adding mentions, mapping token and
 * code point ranges to spans of the original text, freeing. */
#include <config.h>

#include "nk_doc.h"

#include <stdlib.h>

nk_span nk_doc_norm_span(const nk_doc *d, size_t ns, size_t ne) {
  nk_span s = {nk_text_orig_start(&d->text, ns),
               nk_text_orig_end(&d->text, ne)};
  if (s.end < s.start)
    s.end = s.start;
  return s;
}

nk_span nk_doc_tok_span(const nk_doc *d, size_t tb, size_t te) {
  if (te <= tb || te > d->seg.ntoks) {
    nk_span empty = {0, 0};
    return empty;
  }
  return nk_doc_norm_span(d, d->seg.toks[tb].start, d->seg.toks[te - 1].end);
}

char *nk_doc_span_text(const nk_doc *d, nk_span s) {
  return nk_text_orig_slice(&d->text, s.start, s.end);
}

size_t nk_doc_add_mention(nk_doc *d, nk_ent_type type, size_t tb, size_t te) {
  if (!d->tok_mention) {
    d->tok_mention = nk_xmalloc((d->seg.ntoks + 1) * sizeof *d->tok_mention);
    for (size_t i = 0; i <= d->seg.ntoks; i++)
      d->tok_mention[i] = -1;
  }
  size_t idx = d->nmentions;
  nk_mention *m = NK_PUSH(d->mentions, d->nmentions, d->cap_mentions);
  *m = (nk_mention){0};
  m->type = type;
  m->tok_begin = tb;
  m->tok_end = te;
  m->span = nk_doc_tok_span(d, tb, te);
  m->surface = te > tb ? nk_text_norm_slice(&d->text, d->seg.toks[tb].start,
                                            d->seg.toks[te - 1].end)
                       : nk_xstrdup("");
  for (size_t i = tb; i < te && i < d->seg.ntoks; i++)
    if (d->tok_mention[i] < 0)
      d->tok_mention[i] = (long)idx;
  return idx;
}

long nk_doc_mention_at(const nk_doc *d, size_t tok) {
  if (!d->tok_mention || tok >= d->seg.ntoks)
    return -1;
  return d->tok_mention[tok];
}

void nk_meta_free(nk_meta *m) {
  free(m->id);
  free(m->title);
  free(m->date);
  free(m->url);
  free(m->publisher);
  free(m->origin);
  *m = (nk_meta){0};
}

void nk_doc_free(nk_doc *d) {
  for (size_t i = 0; i < d->nmentions; i++) {
    free(d->mentions[i].surface);
    free(d->mentions[i].canonical);
    free(d->mentions[i].key);
    free(d->mentions[i].wikidata);
  }
  free(d->mentions);
  free(d->tok_mention);
  for (size_t i = 0; i < d->nroles; i++) {
    free(d->roles[i].title);
    free(d->roles[i].org_name);
    free(d->roles[i].org_key);
  }
  free(d->roles);
  for (size_t i = 0; i < d->nmeetings; i++) {
    free(d->meetings[i].participants);
    free(d->meetings[i].place);
    free(d->meetings[i].date);
    free(d->meetings[i].trigger);
    free(d->meetings[i].source);
    free(d->meetings[i].place_key);
    free(d->meetings[i].source_key);
  }
  free(d->meetings);
  for (size_t i = 0; i < d->nstatements; i++) {
    free(d->statements[i].addressee);
    free(d->statements[i].verb);
    free(d->statements[i].addressee_key);
  }
  free(d->statements);
  for (size_t i = 0; i < d->ncitations; i++) {
    free(d->citations[i].outlet);
    free(d->citations[i].outlet_key);
  }
  free(d->citations);
  nk_segments_free(&d->seg);
  nk_text_free(&d->text);
  nk_meta_free(&d->meta);
  *d = (nk_doc){0};
}
