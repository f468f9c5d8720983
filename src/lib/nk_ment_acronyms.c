/* nk_ment_acronyms.c — acronyms: in parentheses after the words they
 * spell ("l'Office antistupéfiants (Ofast)"), which then names those words
 * too, and everywhere else the article writes them; and bare words in
 * capitals that read as an organization's acronym ("l'OTAN", "le PS"),
 * not as a headline in capitals. */
#include <config.h>

#include "nk_mentions.h"

#include <stdlib.h>
#include <string.h>

static int nk_ma_caps_sentence(const nk_mctx *x, size_t sb, size_t se) {
  size_t words = 0, caps = 0;
  for (size_t i = sb; i < se; i++) {
    if (!nk_names_is_word(x->seg, i))
      continue;
    words++;
    caps += nk_m_allcaps(x, i) ? 1 : 0;
  }
  return words >= 3 && caps * 2 > words;
}

static int nk_ma_is_number(const nk_mctx *x, size_t i) {
  return i < x->seg->ntoks && x->seg->toks[i].kind == NK_TOK_NUMBER;
}

/* Whether the capitals at i read as an organization's acronym rather than
 * a heading ("35 JOURS DE TOURNAGE"), a model code ("2.0 TDI", "Agera RS"),
 * a common noun ("un EHPAD") or initials. */
static int nk_ma_acronym_ok(const nk_mctx *x, size_t i, size_t sb, size_t se) {
  const char *f = x->seg->toks[i].form;
  size_t n = strlen(f);
  /* Capital letters A-Z only: an accented capital ("CINÉMA") is a word
   * written in capitals; Roman numerals (XIV, MMXX) count nothing. */
  if (n < 3 || n > 6 || strspn(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != n ||
      strspn(f, "IVXLCDM") == n)
    return 0;
  /* Next to another word in capitals it is part of a heading, next to a
   * number a product's code. */
  if ((i > sb && nk_m_allcaps(x, i - 1)) ||
      (i + 1 < se && nk_m_allcaps(x, i + 1)))
    return 0;
  if ((i > sb && nk_ma_is_number(x, i - 1)) ||
      (i + 1 < se && nk_ma_is_number(x, i + 1)))
    return 0;
  /* Before a capitalized word it opens a model's name ("TAG Turbo"). */
  if (i + 1 < se && nk_names_is_cap(x->seg, i + 1) && !x->used[i + 1] &&
      !nk_m_in(x->stop, x, i + 1))
    return 0;
  /* Right after a capitalized word (not a head: "groupe EDS") it ends a
   * model's name ("Agera RS", "Golf GTI"). */
  if (i > sb && nk_names_is_cap(x->seg, i - 1) &&
      !(x->seg->toks[i - 1].flags & NK_TF_SENT_START) &&
      !nk_m_in(x->heads, x, i - 1) && !x->used[i - 1])
    return 0;
  if (i > sb && nk_names_is_word(x->seg, i - 1)) {
    const char *p = x->seg->toks[i - 1].lower;
    if (strcmp(p, "un") == 0 || strcmp(p, "une") == 0)
      return 0;
  }
  return 1;
}

void nk_ma_acronyms(nk_mctx *x, size_t sb, size_t se) {
  if (nk_ma_caps_sentence(x, sb, se))
    return;
  for (size_t i = sb; i < se; i++) {
    if (x->used[i] || !nk_m_allcaps(x, i) || nk_m_in(x->stop, x, i))
      continue;
    if (nk_ma_acronym_ok(x, i, sb, se))
      nk_m_add(x, NK_ENT_ORG, i, i + 1);
  }
}

/* Lower-case ASCII letters of a word: its acronym letters. */
static void nk_ma_ascii_letters(const char *w, nk_buf *out) {
  for (; *w; w++)
    if ((*w >= 'a' && *w <= 'z') || (*w >= 'A' && *w <= 'Z'))
      nk_buf_addc(out, (char)(*w | 0x20));
}

/* Whether the acronym's letters follow one another in the words [tb, te)
 * and the first is the first word's initial: "Ofast" in "Office
 * antistupéfiants", "Cades" in "Caisse d'amortissement de la dette
 * sociale". */
static int nk_ma_acro_loose(const nk_mctx *x, const char *acro, size_t tb,
                            size_t te) {
  nk_buf a = {0}, t = {0};
  nk_ma_ascii_letters(acro, &a);
  for (size_t k = tb; k < te; k++)
    nk_ma_ascii_letters(x->seg->toks[k].form, &t);
  int ok = a.len >= 2 && t.len > 0 && a.data[0] == t.data[0];
  size_t j = 0;
  for (size_t k = 0; ok && k < t.len && j < a.len; k++)
    if (t.data[k] == a.data[j])
      j++;
  ok = ok && j == a.len;
  nk_buf_free(&a);
  nk_buf_free(&t);
  return ok;
}

/* Whether the acronym is exactly the initials of the content words of
 * [tb, te) (not de, la, et...): "NG" for "Nouvelle gauche". */
static int nk_ma_acro_initials(const nk_mctx *x, const char *acro, size_t tb,
                               size_t te) {
  nk_buf a = {0}, ini = {0};
  nk_ma_ascii_letters(acro, &a);
  for (size_t k = tb; k < te; k++)
    if (nk_names_is_word(x->seg, k) && !nk_m_prep(x, k)) {
      char c = x->seg->toks[k].lower[0];
      if (c >= 'a' && c <= 'z')
        nk_buf_addc(&ini, c);
    }
  int ok =
      a.len >= 2 && a.len == ini.len && memcmp(a.data, ini.data, a.len) == 0;
  nk_buf_free(&a);
  nk_buf_free(&ini);
  return ok;
}

/* A word in parentheses that may be an organization's acronym: "(NG)",
 * "(SVR)", "(Arcep)"; not a given name, a place or a stopword. */
static int nk_ma_paren_word(const nk_mctx *x, size_t w) {
  const char *f = x->seg->toks[w].form;
  size_t n = strlen(f);
  if (!nk_names_is_cap(x->seg, w) || n < 2 || n > 8 || strchr(f, '-') ||
      nk_m_in(x->stop, x, w) || nk_m_first(x, w) || nk_m_in(x->places, x, w) ||
      nk_m_in(x->nat, x, w))
    return 0;
  return nk_m_allcaps(x, w) || n >= 3;
}

/* The organization candidate oc ends at q, before the free words [q, p)
 * and the acronym in parentheses at p + 1: extends it over those words
 * when the acronym spells them, and takes the acronym (unless taken:
 * already a candidate) when it stands right after the organization. */
static void nk_ma_extend(nk_mctx *x, long oc, size_t q, size_t p, int taken) {
  const nk_segments *seg = x->seg;
  size_t w = p + 1;
  const char *acro = seg->toks[w].form;
  nk_cand *o = &x->c[oc];
  size_t core = o->tb + (nk_names_is_lower(seg, o->tb) ? 1 : 0);
  if (q < p && p - q <= 5 &&
      (nk_ma_acro_initials(x, acro, core, p) ||
       nk_ma_acro_loose(x, acro, core, p))) {
    for (size_t k = q; k < p; k++) {
      x->used[k] = 1;
      x->cand_at[k] = oc;
    }
    o->te = p;
  }
  if (!taken && (q == p || o->te == p))
    nk_m_add(x, NK_ENT_ORG, w, w + 1);
}

/* No organization before the free words [q, p): takes the words from a
 * head word or a capital on when the acronym at p + 1 spells them, and
 * the acronym (unless taken) then or when a head word before it starts
 * with its letter. */
static void nk_ma_spelled(nk_mctx *x, size_t q, size_t p, int taken) {
  const nk_segments *seg = x->seg;
  size_t w = p + 1;
  const char *acro = seg->toks[w].form;
  size_t best = p;
  int head = 0;
  /* A name in the words ("la députée Anne Morel (LR)") makes them a
   * person's description, her party's acronym after it. */
  for (size_t k = q; k < p; k++)
    if (nk_m_first(x, k) ||
        (nk_names_is_lower(seg, k) && nk_m_in(x->roles, x, k)))
      q = k + 1;
  for (size_t s = q; s + 1 < p; s++) {
    int h = nk_m_in(x->heads, x, s);
    head |= h && seg->toks[s].lower[0] == (char)(acro[0] | 0x20);
    /* Not from a given name: "Luc Royer (LR)" is a person's party. */
    if ((h || (nk_names_is_cap(seg, s) && !nk_m_in(x->stop, x, s))) &&
        best == p && nk_ma_acro_loose(x, acro, s, p))
      best = s;
  }
  if (best < p)
    nk_m_add(x, NK_ENT_ORG, best, p);
  if (!taken && (best < p || head))
    nk_m_add(x, NK_ENT_ORG, w, w + 1);
}

/* "l'Office antistupéfiants (Ofast)", "le groupe Nouvelle gauche (NG)":
 * a word in parentheses whose letters spell the words before it is the
 * acronym of the organization they name.  The organization found before
 * is extended over the words the acronym spells; else the words
 * from a head word or a capital on are taken when the acronym spells
 * them; the acronym itself is taken when a head word before it starts
 * with its letter. */
void nk_ma_paren_acronyms(nk_mctx *x, size_t sb, size_t se) {
  const nk_segments *seg = x->seg;
  for (size_t p = sb + 1; p + 2 < se; p++) {
    if (!nk_names_is_punct(seg, p, "(") || !nk_names_is_punct(seg, p + 2, ")"))
      continue;
    size_t w = p + 1;
    long wc = x->cand_at[w];
    int taken = wc >= 0 && x->c[wc].type == NK_ENT_ORG && x->c[wc].tb == w &&
                x->c[wc].te == w + 1;
    if (!taken && (x->used[w] || !nk_ma_paren_word(x, w)))
      continue;
    /* Free words right before the parenthesis, back to a mention. */
    size_t q = p;
    while (q > sb && p - q < 8 && !x->used[q - 1] &&
           nk_names_is_word(seg, q - 1))
      q--;
    long oc = q > sb ? x->cand_at[q - 1] : -1;
    if (oc >= 0 && x->c[oc].type == NK_ENT_ORG && x->c[oc].te == q)
      nk_ma_extend(x, oc, q, p, taken);
    else
      nk_ma_spelled(x, q, p, taken);
  }
}

/* The acronyms the parentheses taught ("(Arcep)") name their organization
 * wherever else the article writes them ("le président de l'Arcep"). */
void nk_ma_learned_acronyms(nk_mctx *x, size_t first) {
  const nk_segments *seg = x->seg;
  nk_lexicon *acro = nk_lexicon_new();
  for (size_t k = first; k < x->nc; k++)
    if (x->c[k].type == NK_ENT_ORG && x->c[k].te == x->c[k].tb + 1)
      nk_lexicon_put(acro, seg->toks[x->c[k].tb].lower, "");
  for (size_t s = 0; s < seg->nsents && nk_lexicon_size(acro) > 0; s++) {
    const nk_sentence *st = &seg->sents[s];
    if (st->boilerplate)
      continue;
    for (size_t i = st->tok_begin; i < st->tok_end; i++)
      if (!x->used[i] && nk_names_is_cap(seg, i) &&
          nk_lexicon_get(acro, seg->toks[i].lower))
        nk_m_add(x, NK_ENT_ORG, i, i + 1);
  }
  nk_lexicon_free(acro);
}
