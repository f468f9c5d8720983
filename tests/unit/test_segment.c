/* test_segment.c — tokens, sentences, headlines and boilerplate. */
#include <config.h>

#include "nk_lexicon.h"
#include "nk_segment.h"
#include "nk_test.h"
#include "nk_test_doc.h"

#include <stdlib.h>
#include <string.h>

static nk_lang *lang;

/* Text and segments of one input, freed together. */
typedef struct {
  nk_text t;
  nk_segments s;
} seg_case;

static void seg(seg_case *c, const char *utf8, const nk_lang *l) {
  nk_error err = {{0}};
  if (nk_text_init(&c->t, utf8, strlen(utf8), 0, &err) < 0) {
    fprintf(stderr, "text: %s\n", err.msg);
    exit(1);
  }
  CHECK_INT(nk_segment(&c->t, (const struct nk_lang *)l, &c->s, &err), 0);
}

static void seg_free(seg_case *c) {
  nk_segments_free(&c->s);
  nk_text_free(&c->t);
}

/* The token forms joined by '|'. */
static char *forms(const nk_segments *s) {
  nk_buf b = {0};
  nk_buf_add(&b, "", 0);
  for (size_t i = 0; i < s->ntoks; i++) {
    if (i)
      nk_buf_addc(&b, '|');
    nk_buf_adds(&b, s->toks[i].form);
  }
  return nk_buf_steal(&b);
}

/* Index of the first token with form f, or -1. */
static long tok_index(const nk_segments *s, const char *f) {
  for (size_t i = 0; i < s->ntoks; i++)
    if (!strcmp(s->toks[i].form, f))
      return (long)i;
  return -1;
}

#define CHECK_FORMS(text, want)                                                \
  do {                                                                         \
    seg_case c_;                                                               \
    seg(&c_, (text), lang);                                                    \
    char *f_ = forms(&c_.s);                                                   \
    CHECK_STR(f_, (want));                                                     \
    free(f_);                                                                  \
    seg_free(&c_);                                                             \
  } while (0)

static void test_words(void) {
  CHECK_FORMS("Jean-Pierre a-t-il vu les États-Unis pro-russes ?",
              "Jean-Pierre|a-t-il|vu|les|États-Unis|pro-russes|?");
  CHECK_FORMS("aujourd'hui l'Ukraine d’Europe qu'il jusqu'à lorsqu'on",
              "aujourd'hui|l'|Ukraine|d'|Europe|qu'|il|jusqu'|à|lorsqu'|on");
  CHECK_FORMS("L'AFP et C'est presqu'île", "L'|AFP|et|C'|est|presqu'|île");
  CHECK_FORMS("En 2023, à 14h30, 6,5 % et 1.000 euros.",
              "En|2023|,|à|14h30|,|6,5|%|et|1.000|euros|.");
  CHECK_FORMS("Quoi... vraiment… (oui) !", "Quoi|...|vraiment|…|(|oui|)|!");
  CHECK_FORMS("l'« affaire »", "l'|«|affaire|»");

  seg_case c;
  seg(&c, "L'ONU et Moscou ont parlé de l'ex-président.", lang);
  CHECK_INT(c.s.ntoks, 10);
  CHECK(c.s.toks[0].flags & NK_TF_ELIDED);
  CHECK(c.s.toks[0].flags & NK_TF_CAP);
  CHECK_STR(c.s.toks[0].lower, "l'");
  CHECK(c.s.toks[1].flags & NK_TF_ALLCAPS);
  CHECK(!(c.s.toks[1].flags & NK_TF_SPACE_BEFORE)); /* right after l' */
  CHECK(c.s.toks[3].flags & NK_TF_CAP);
  CHECK(!(c.s.toks[3].flags & NK_TF_ALLCAPS));
  CHECK(c.s.toks[3].flags & NK_TF_SPACE_BEFORE);
  CHECK(!(c.s.toks[4].flags & NK_TF_CAP));
  CHECK_INT(c.s.toks[1].kind, NK_TOK_WORD);
  CHECK_STR(c.s.toks[8].form, "ex-président");
  CHECK_INT(c.s.toks[9].kind, NK_TOK_PUNCT);
  CHECK_INT(c.s.toks[3].start, 9);
  CHECK_INT(c.s.toks[3].end, 15);
  seg_free(&c);

  seg(&c, "ÉTATS-UNIS : Élysée", lang);
  CHECK_STR(c.s.toks[0].lower, "états-unis");
  CHECK(c.s.toks[0].flags & NK_TF_ALLCAPS);
  CHECK_STR(c.s.toks[2].lower, "élysée");
  CHECK(c.s.toks[2].flags & NK_TF_CAP);
  CHECK(!(c.s.toks[2].flags & NK_TF_ALLCAPS));
  seg_free(&c);

  seg(&c, "Le 14 juillet 2023", lang);
  CHECK_INT(c.s.toks[1].kind, NK_TOK_NUMBER);
  CHECK_INT(c.s.toks[3].kind, NK_TOK_NUMBER);
  seg_free(&c);
}

static void test_quotes(void) {
  seg_case c;
  seg(&c, "Il a dit : « Non. » Puis “ok” et ‹ bon ›.", lang);
  CHECK_INT(c.s.toks[tok_index(&c.s, "«")].kind, NK_TOK_QUOTE_OPEN);
  CHECK_INT(c.s.toks[tok_index(&c.s, "»")].kind, NK_TOK_QUOTE_CLOSE);
  CHECK_INT(c.s.toks[tok_index(&c.s, "“")].kind, NK_TOK_QUOTE_OPEN);
  CHECK_INT(c.s.toks[tok_index(&c.s, "”")].kind, NK_TOK_QUOTE_CLOSE);
  CHECK_INT(c.s.toks[tok_index(&c.s, "‹")].kind, NK_TOK_QUOTE_OPEN);
  CHECK_INT(c.s.toks[tok_index(&c.s, "›")].kind, NK_TOK_QUOTE_CLOSE);
  seg_free(&c);

  /* Straight quotes: by their neighbours, else alternating. */
  seg(&c, "Il a dit \"non\", puis (\"oui\") et : \" peut-être \" enfin.", lang);
  enum nk_tok_kind want[] = {NK_TOK_QUOTE_OPEN, NK_TOK_QUOTE_CLOSE,
                             NK_TOK_QUOTE_OPEN, NK_TOK_QUOTE_CLOSE,
                             NK_TOK_QUOTE_OPEN, NK_TOK_QUOTE_CLOSE};
  size_t k = 0;
  for (size_t i = 0; i < c.s.ntoks; i++)
    if (!strcmp(c.s.toks[i].form, "\"")) {
      CHECK(k < 6);
      if (k < 6)
        CHECK_INT(c.s.toks[i].kind, want[k]);
      k++;
    }
  CHECK_INT(k, 6);
  seg_free(&c);

  /* Glued on both sides: alternation decides. */
  seg(&c, "a:\"b\"c", lang);
  CHECK_INT(c.s.toks[2].kind, NK_TOK_QUOTE_OPEN);
  CHECK_INT(c.s.toks[4].kind, NK_TOK_QUOTE_CLOSE);
  seg_free(&c);
}

static void test_abbreviations(void) {
  seg_case c;
  seg(&c,
      "M. Dupont et Mme Martin ont vu le Dr. Lee. John F. Kennedy est "
      "mort. Les U.S. Marines arrivent.",
      lang);
  char *f = forms(&c.s);
  CHECK_STR(f, "M.|Dupont|et|Mme|Martin|ont|vu|le|Dr.|Lee|.|John|F.|Kennedy|"
               "est|mort|.|Les|U.S.|Marines|arrivent|.");
  free(f);
  CHECK(c.s.toks[0].flags & NK_TF_ABBREV);
  CHECK(c.s.toks[12].flags & NK_TF_ABBREV);
  CHECK(c.s.toks[18].flags & NK_TF_ABBREV);
  CHECK_INT(c.s.nsents, 3);
  CHECK_INT(c.s.sents[0].tok_end, 11);
  CHECK_INT(c.s.sents[1].tok_begin, 11);
  CHECK_INT(c.s.sents[1].tok_end, 17);
  seg_free(&c);

  /* "etc." ends a sentence before a capital, not otherwise. */
  seg(&c,
      "Des chars, des drones, etc. Le reste suivra, etc. et ainsi de "
      "suite.",
      lang);
  CHECK_INT(c.s.nsents, 2);
  CHECK_STR(c.s.toks[c.s.sents[0].tok_end - 1].form, "etc.");
  seg_free(&c);

  /* A unit after a number: "m." ends the sentence. */
  seg(&c, "Le mur mesure 300 m. Il est haut.", lang);
  CHECK_INT(c.s.nsents, 2);
  CHECK(tok_index(&c.s, "m") >= 0);
  seg_free(&c);

  /* Not an initial: followed by a lower-case word or the line end. */
  seg(&c, "Le plan B.\nAlors le groupe A. en tête.", lang);
  CHECK_STR(c.s.toks[2].form, "B");
  CHECK_INT(c.s.nsents, 2);
  seg_free(&c);
}

static void test_sentences(void) {
  seg_case c;
  seg(&c,
      "Il pleut. Viendra-t-il ? Oui ! « C'est fini. » Elle est partie…\n"
      "\n"
      "« Pourquoi ? » demande-t-il. Fin",
      lang);
  CHECK_INT(c.s.nsents, 7);
  /* The closing » stays with the sentence it ends. */
  CHECK_STR(c.s.toks[c.s.sents[3].tok_end - 1].form, "»");
  CHECK_STR(c.s.toks[c.s.sents[4].tok_begin].form, "Elle");
  CHECK_INT(c.s.sents[4].paragraph, 0);
  /* A lower-case word after ? » goes on with the same sentence. */
  CHECK_INT(c.s.sents[5].paragraph, 1);
  CHECK_STR(c.s.toks[c.s.sents[5].tok_end - 1].form, ".");
  CHECK_STR(c.s.toks[c.s.sents[6].tok_begin].form, "Fin");
  long fin = tok_index(&c.s, "Fin");
  CHECK_INT(c.s.toks[fin].sentence, 6);
  CHECK(c.s.toks[fin].flags & NK_TF_SENT_START);
  CHECK(!(c.s.toks[fin].flags & NK_TF_PARA_START));
  long q = tok_index(&c.s, "«");
  CHECK(!(c.s.toks[q].flags & NK_TF_PARA_START));
  long pq = tok_index(&c.s, "Pourquoi");
  CHECK(c.s.toks[pq - 1].flags & NK_TF_PARA_START);
  CHECK(c.s.toks[0].flags & NK_TF_SENT_START);
  CHECK(c.s.toks[0].flags & NK_TF_PARA_START);
  seg_free(&c);

  /* Every newline ends a sentence and starts a paragraph. */
  seg(&c, "un deux\ntrois\r\nquatre", lang);
  CHECK_INT(c.s.nsents, 3);
  CHECK_INT(c.s.sents[2].paragraph, 2);
  seg_free(&c);

  /* Empty and blank texts. */
  seg(&c, "", lang);
  CHECK_INT(c.s.ntoks, 0);
  CHECK_INT(c.s.nsents, 0);
  seg_free(&c);
  seg(&c, " \n\n \t", lang);
  CHECK_INT(c.s.nsents, 0);
  seg_free(&c);
}

static void test_headlines(void) {
  seg_case c;
  seg(&c,
      "Les négociations reprennent à Genève\n"
      "Les délégués se sont retrouvés lundi matin pour une nouvelle "
      "session.\n"
      "Ce qu'il faut retenir :\n"
      "LA GUERRE CONTINUE EN UKRAINE\n",
      lang);
  CHECK_INT(c.s.nsents, 4);
  CHECK_INT(c.s.sents[0].headline, 1);
  CHECK_INT(c.s.sents[1].headline, 0);
  CHECK_INT(c.s.sents[2].headline, 0);
  CHECK_INT(c.s.sents[3].headline, 1);
  for (size_t i = 0; i < c.s.nsents; i++)
    CHECK_INT(c.s.sents[i].boilerplate, 0);
  seg_free(&c);

  /* A long line in capitals is still a headline; an abbreviation's period
   * ends prose. */
  seg(&c,
      "UNE LONGUE LIGNE EN CAPITALES QUI ANNONCE UN AUTRE ARTICLE SUR LA "
      "GUERRE ET SES CONSEQUENCES POUR LES VOISINS\n"
      "Le voleur a fini par avouer le vol.\n"
      "Ils ont acheté des pommes, des poires, etc.",
      lang);
  CHECK_INT(c.s.nsents, 3);
  CHECK_INT(c.s.sents[0].headline, 1);
  CHECK_INT(c.s.sents[0].boilerplate, 0);
  CHECK_INT(c.s.sents[1].headline, 0);
  CHECK_INT(c.s.sents[2].headline, 0);
  seg_free(&c);

  /* Fifteen words or more: prose even without a period. */
  seg(&c,
      "un deux trois quatre cinq six sept huit neuf dix onze douze "
      "treize quatorze quinze",
      lang);
  CHECK_INT(c.s.sents[0].headline, 0);
  seg_free(&c);
}

static void test_boilerplate(void) {
  seg_case c;
  seg(&c,
      "Make this text better, let there be a title and write at least 500 "
      "words\n"
      "Le ministre a parlé. Lire aussi : la crise continue\n"
      "À lire aussi : les sanctions\n"
      "CLIQUEZ ICI POUR RECEVOIR NOTRE LETTRE\n"
      "PROFITEZ DE NOTRE OFFRE DÈS MAINTENANT\n"
      "Partager\n"
      "Partager ses idées reste utile.\n"
      "(Avec les contributions des agences)\n"
      "Votre adresse e-mail ne sera pas publiée. Merci.\n",
      lang);
  CHECK_INT(c.s.nsents, 11);
  CHECK_INT(c.s.sents[0].boilerplate, 1); /* English instruction */
  CHECK_INT(c.s.sents[1].boilerplate, 0);
  CHECK_INT(c.s.sents[2].boilerplate, 1); /* "Lire aussi" mid-paragraph */
  CHECK_INT(c.s.sents[3].boilerplate, 1);
  CHECK_INT(c.s.sents[4].boilerplate, 1); /* prefix in capitals */
  CHECK_INT(c.s.sents[5].boilerplate, 1); /* all-caps promotion */
  CHECK_INT(c.s.sents[6].boilerplate, 1); /* "Partager" alone */
  CHECK_INT(c.s.sents[7].boilerplate, 0); /* "Partager" in prose */
  CHECK_INT(c.s.sents[8].boilerplate, 1);
  CHECK_INT(c.s.sents[9].boilerplate, 1);
  CHECK_INT(c.s.sents[10].boilerplate, 1); /* same paragraph */
  seg_free(&c);

  /* A credit in parentheses glued to prose does not hide the prose. */
  seg(&c, "(Crédit photo : AFP) Le pont a été rouvert.", lang);
  CHECK_INT(c.s.sents[0].boilerplate, 0);
  seg_free(&c);

  /* A French sentence quoting a little English stays prose. */
  seg(&c, "« We will not accept this », a déclaré le président à la presse.",
      lang);
  CHECK_INT(c.s.sents[0].boilerplate, 0);
  seg_free(&c);
}

static void test_spans(void) {
  seg_case c;
  const char *s = "Le président\xC2\xA0Volodymyr Zelensky l\xE2\x80\x99"
                  "a dit.";
  seg(&c, s, lang);
  long v = tok_index(&c.s, "Volodymyr");
  long z = tok_index(&c.s, "Zelensky");
  CHECK(v >= 0 && z >= 0);
  if (v >= 0 && z >= 0) {
    size_t os = nk_text_orig_start(&c.t, c.s.toks[v].start);
    size_t oe = nk_text_orig_end(&c.t, c.s.toks[z].end);
    char *o = nk_text_orig_slice(&c.t, os, oe);
    CHECK_STR(o, "Volodymyr Zelensky");
    free(o);
  }
  long l = tok_index(&c.s, "l'");
  CHECK(l >= 0);
  if (l >= 0) {
    char *o =
        nk_text_orig_slice(&c.t, nk_text_orig_start(&c.t, c.s.toks[l].start),
                           nk_text_orig_end(&c.t, c.s.toks[l].end));
    CHECK_STR(o, "l\xE2\x80\x99");
    free(o);
  }
  seg_free(&c);
}

/* Property: for every token of random tricky texts, the original slice of
 * its span normalizes back to the token's form. */
static void test_roundtrip_random(void) {
  static const char *const pieces[] = {"e",
                                       "\xCC\x81",
                                       "\xC2\xA0",
                                       "\xE2\x80\x99",
                                       "\r\n",
                                       "\r",
                                       "\xC2\xAD",
                                       "\xE2\x80\x8B",
                                       "\xF0\x9F\x98\x80",
                                       "\xC2\xAB",
                                       " ",
                                       "l'",
                                       ".",
                                       "A",
                                       "-",
                                       "\"",
                                       "M. ",
                                       "7",
                                       ",",
                                       "\xEF\xBB\xBF",
                                       "\xC3\xA9",
                                       "qu",
                                       "\n"};
  const size_t npieces = sizeof pieces / sizeof *pieces;
  unsigned long long rng = 12345;
  size_t bad = 0, checked = 0;
  for (int round = 0; round < 300; round++) {
    nk_buf b = {0};
    nk_buf_add(&b, "", 0);
    for (int k = 0; k < 40; k++) {
      rng = rng * 6364136223846793005ull + 1442695040888963407ull;
      nk_buf_adds(&b, pieces[(rng >> 33) % npieces]);
    }
    seg_case c;
    seg(&c, b.data, lang);
    for (size_t i = 0; i < c.s.ntoks; i++) {
      const nk_token *tk = &c.s.toks[i];
      char *o = nk_text_orig_slice(&c.t, nk_text_orig_start(&c.t, tk->start),
                                   nk_text_orig_end(&c.t, tk->end));
      nk_text again;
      nk_error err = {{0}};
      CHECK_INT(nk_text_init(&again, o, strlen(o), 0, &err), 0);
      char *n = nk_text_norm_slice(&again, 0, again.norm_len);
      checked++;
      if (strcmp(n, tk->form) != 0) {
        if (bad++ < 5)
          fprintf(stderr, "round trip: [%s] -> [%s] want [%s]\n", o, n,
                  tk->form);
      }
      free(n);
      free(o);
      nk_text_free(&again);
    }
    seg_free(&c);
    nk_buf_free(&b);
  }
  CHECK(checked > 1000);
  CHECK_INT(bad, 0);
}

static void test_builtin(void) {
  /* Without a language: elisions and M. still work. */
  seg_case c;
  seg(&c, "M. Durand l'a vu.", NULL);
  char *f = forms(&c.s);
  CHECK_STR(f, "M.|Durand|l'|a|vu|.");
  free(f);
  CHECK_INT(c.s.nsents, 1);
  seg_free(&c);
}

static void test_large(void) {
  /* 5 MB on a single line: must finish quickly (linear). */
  const char *unit = "Selon M. Dupont, l'accord \"tient\" (6,5 %) ; "
                     "aujourd'hui à 14h30. Fin ";
  size_t ul = strlen(unit), reps = 5 * 1024 * 1024 / ul;
  char *big = nk_xmalloc(ul * reps + 1);
  for (size_t i = 0; i < reps; i++)
    memcpy(big + i * ul, unit, ul);
  big[ul * reps] = '\0';
  seg_case c;
  seg(&c, big, lang);
  CHECK_INT(c.s.ntoks, reps * 19);
  CHECK_INT(c.s.nsents, reps + 1); /* the last "Fin" stands alone */
  CHECK_INT(c.s.toks[c.s.ntoks - 1].sentence, reps);
  seg_free(&c);
  /* No spaces at all, many sentences: the boilerplate check is bounded. */
  size_t n = ul * reps - ul * reps % 3;
  for (size_t i = 0; i < n; i++)
    big[i] = "Ab."[i % 3];
  big[n] = '\0';
  seg(&c, big, lang);
  CHECK_INT(c.s.ntoks, n / 3 * 2);
  CHECK_INT(c.s.nsents, n / 3);
  seg_free(&c);
  free(big);
}

/* Sentences stay short even when the text never gives a clean end: facts
 * take their sentence as evidence, so an endless one would make the output
 * grow with its square.  Lower-case words after periods (usually a
 * sentence going on) and a text with no punctuation at all. */
static size_t longest_sentence(const nk_segments *s) {
  size_t max = 0;
  for (size_t i = 0; i < s->nsents; i++) {
    size_t n = s->sents[i].tok_end - s->sents[i].tok_begin;
    max = n > max ? n : max;
  }
  return max;
}

static void test_sentence_caps(void) {
  nk_buf b = {0};
  for (int i = 0; i < 400; i++)
    nk_buf_adds(&b, "il pleut encore. ");
  seg_case c;
  seg(&c, b.data, lang);
  CHECK(c.s.nsents >= 8);
  CHECK(longest_sentence(&c.s) <= 160);
  CHECK(longest_sentence(&c.s) >= 100); /* still joined up to the cap */
  seg_free(&c);
  nk_buf_clear(&b);
  for (int i = 0; i < 2000; i++)
    nk_buf_adds(&b, "mot ");
  seg(&c, b.data, lang);
  CHECK_INT(c.s.nsents, 7);
  CHECK(longest_sentence(&c.s) <= 300);
  seg_free(&c);
  nk_buf_free(&b);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_words();
  test_quotes();
  test_abbreviations();
  test_sentences();
  test_headlines();
  test_boilerplate();
  test_spans();
  test_roundtrip_random();
  test_builtin();
  test_large();
  test_sentence_caps();
  nk_lang_free(lang);
  return TEST_DONE();
}
