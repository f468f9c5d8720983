/* test_sources.c — media the article cites, its publisher and
 * contributors, on French sentences written for these tests. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"
#include "nk_test_doc.h"

static nk_lang *lang;

static int run(nk_doc *d) {
  nk_error err = {{0}};
  return nk_extract_sources(d, lang, &err);
}

static const nk_citation *find(const nk_doc *d, nk_source_rel rel,
                               const char *outlet) {
  for (size_t i = 0; i < d->ncitations; i++)
    if (d->citations[i].rel == rel && !strcmp(d->citations[i].outlet, outlet))
      return &d->citations[i];
  return NULL;
}

/* "selon A et B": both cited; a name without a mention gets one; the
 * second citation of a medium adds nothing. */
static void test_selon(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Selon Le Monde et Libération, le projet a été abandonné. "
              "D'après Le Monde, il coûtait trop cher.");
  size_t m = nk_test_add_mention(&d, NK_ENT_ORG, "Le", "Monde", 0);
  size_t before = d.nmentions;
  CHECK(run(&d) == 0);
  CHECK_INT(d.ncitations, 2);
  const nk_citation *c = find(&d, NK_SRC_CITES, "Le Monde");
  CHECK(c != NULL);
  if (c) {
    CHECK_INT(c->mention, (long)m);
    CHECK(nk_test_span_is(
        &d, c->evidence,
        "Selon Le Monde et Libération, le projet a été abandonné."));
  }
  c = find(&d, NK_SRC_CITES, "Libération");
  CHECK(c != NULL);
  CHECK_INT(d.nmentions, before + 1);
  if (c && c->mention >= 0) {
    CHECK_INT(d.mentions[c->mention].type, NK_ENT_ORG);
    CHECK_STR(d.mentions[c->mention].surface, "Libération");
  }
  nk_doc_free(&d);
}

static void test_report_verbs(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le Figaro, citant des proches du dossier, a révélé que le "
              "contrat était signé. La décision a été confirmée, a rapporté "
              "Reuters. Un témoin a raconté la scène à BFMTV.");
  CHECK(run(&d) == 0);
  CHECK(find(&d, NK_SRC_CITES, "Le Figaro") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "Reuters") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "BFMTV") != NULL);
  CHECK_INT(d.ncitations, 3);
  nk_doc_free(&d);
}

/* Organizations that are not media, and media only spoken about, are not
 * sources; lower-case words that spell a medium are not one either. */
static void test_not_sources(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Selon la Maison Blanche, la rencontre aura lieu. Le Monde a "
              "été racheté en 2010. Le point a été évoqué selon le temps "
              "disponible.");
  nk_test_add_mention(&d, NK_ENT_ORG, "Maison", "Blanche", 0);
  nk_test_add_mention(&d, NK_ENT_ORG, "Le", "Monde", 0);
  CHECK(run(&d) == 0);
  CHECK_INT(d.ncitations, 0);
  nk_doc_free(&d);
}

/* The publisher speaking of itself; words told to it are not a
 * citation; a contributor. */
static void test_publisher_contributor(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "France Info a contacté la préfecture, sans réponse pour "
              "l'instant. Une maire a assuré à France Info que l'école "
              "rouvrirait lundi. Reuters a contribué à cet article.");
  CHECK(run(&d) == 0);
  CHECK(find(&d, NK_SRC_PUBLISHER, "France Info") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "France Info") == NULL);
  CHECK(find(&d, NK_SRC_CONTRIBUTOR, "Reuters") != NULL);
  CHECK_INT(d.ncitations, 2);
  nk_doc_free(&d);
}

/* "par" cites a medium after a participle of publishing or obtaining,
 * even with a day between, not after one that makes it an actor. */
static void test_par(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "La chaîne a été rachetée par Le Figaro en 2015. Les statuts "
              "ont été critiqués par RTL.");
  CHECK(run(&d) == 0);
  CHECK_INT(d.ncitations, 0);
  nk_doc_free(&d);
  nk_test_doc(&d, lang,
              "Des courriels obtenus par Mediapart montrent le contraire. "
              "Le rapport, publié mardi par Le Figaro, accable la direction.");
  CHECK(run(&d) == 0);
  CHECK(find(&d, NK_SRC_CITES, "Mediapart") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "Le Figaro") != NULL);
  CHECK_INT(d.ncitations, 2);
  nk_doc_free(&d);
}

/* "sur" + medium cites it only near a reporting verb; "au" + medium after
 * a reporting verb; an inverted "raconte X". */
static void test_on_air(void) {
  nk_doc d;
  nk_test_doc(&d, lang,
              "Le maire a jugé dimanche sur France Inter que la grève était "
              "inutile. Le match sera diffusé samedi sur TF1. Sur RTL, la "
              "ministre a promis des moyens. Le syndicat a confié au "
              "quotidien Ouest-France sa colère. Les pompiers sont restés "
              "toute la nuit, raconte France Bleu.");
  CHECK(run(&d) == 0);
  CHECK(find(&d, NK_SRC_CITES, "France Inter") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "TF1") == NULL);
  CHECK(find(&d, NK_SRC_CITES, "RTL") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "Ouest-France") != NULL);
  CHECK(find(&d, NK_SRC_CITES, "France Bleu") != NULL);
  CHECK_INT(d.ncitations, 4);
  nk_doc_free(&d);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_selon();
  test_report_verbs();
  test_not_sources();
  test_publisher_contributor();
  test_par();
  test_on_air();
  nk_lang_free(lang);
  return TEST_DONE();
}
