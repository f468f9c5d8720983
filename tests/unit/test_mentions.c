/* test_mentions.c — persons, organizations, places and unnamed agents found
 * in French sentences written for these tests. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"

static nk_lang *lang;

static void load(nk_doc *d, const char *s) {
  nk_error err = {{0}};
  *d = (nk_doc){0};
  CHECK(nk_text_init(&d->text, s, strlen(s), 0, &err) == 0);
  CHECK(nk_segment(&d->text, lang, &d->seg, &err) == 0);
  CHECK(nk_find_mentions(d, lang, &err) == 0);
}

/* Index of the mention with this surface and type, or -1. */
static long find(const nk_doc *d, nk_ent_type t, const char *surface) {
  for (size_t i = 0; i < d->nmentions; i++)
    if (d->mentions[i].type == t &&
        strcmp(d->mentions[i].surface, surface) == 0)
      return (long)i;
  return -1;
}

static size_t count(const nk_doc *d, nk_ent_type t) {
  size_t n = 0;
  for (size_t i = 0; i < d->nmentions; i++)
    n += d->mentions[i].type == t;
  return n;
}

static void test_persons(void) {
  nk_doc d;
  load(&d, "Le ministre allemand de la Défense, Boris Pistorius, a reçu "
           "Mme Fontanel à Berlin.");
  CHECK(find(&d, NK_ENT_PERSON, "Boris Pistorius") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Fontanel") >= 0);
  CHECK(find(&d, NK_ENT_PLACE, "Berlin") >= 0);
  CHECK_INT(count(&d, NK_ENT_PERSON), 2);
  long i = find(&d, NK_ENT_PERSON, "Boris Pistorius");
  if (i >= 0) {
    char *ev = nk_doc_span_text(&d, d.mentions[i].span);
    CHECK_STR(ev, "Boris Pistorius");
    free(ev);
  }
  nk_doc_free(&d);

  load(&d, "Ursula von der Leyen a déjeuné avec Mohammed ben Salmane et "
           "Kwame Mensah-Bonsu.");
  CHECK(find(&d, NK_ENT_PERSON, "Ursula von der Leyen") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Mohammed ben Salmane") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Kwame Mensah-Bonsu") >= 0);
  nk_doc_free(&d);
}

static void test_surnames_and_noise(void) {
  nk_doc d;
  /* A surname alone after the full name; a role noun with no name. */
  load(&d, "Anne Martelli est arrivée mardi. Le président a salué la salle. "
           "Plus tard, Martelli a pris la parole.");
  CHECK(find(&d, NK_ENT_PERSON, "Anne Martelli") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Martelli") >= 0);
  CHECK_INT(count(&d, NK_ENT_PERSON), 2);
  nk_doc_free(&d);

  /* Capitalized words that are not names. */
  load(&d, "Selon Lundi Matin, la Commission a voté. Le chef de l'Etat "
           "reste prudent.");
  CHECK_INT(count(&d, NK_ENT_PERSON), 0);
  nk_doc_free(&d);
}

static void test_organizations(void) {
  nk_doc d;
  load(&d, "Le ministère des Affaires étrangères, la Banque centrale "
           "lituanienne et le groupe Vostok ont réagi, comme le CNRS et "
           "l'Institute for Peace Studies.");
  CHECK(find(&d, NK_ENT_ORG, "ministère des Affaires étrangères") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Banque centrale lituanienne") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "groupe Vostok") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "CNRS") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Institute for Peace Studies") >= 0);
  CHECK_INT(count(&d, NK_ENT_PERSON), 0);
  nk_doc_free(&d);

  /* Known entities, with the article as part of the name. */
  load(&d, "D'après Le Monde et la Maison Blanche, l'OTAN s'inquiète. "
           "Le point sur la situation.");
  CHECK(find(&d, NK_ENT_ORG, "Le Monde") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Maison Blanche") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "OTAN") >= 0);
  CHECK_INT(count(&d, NK_ENT_ORG), 3);
  nk_doc_free(&d);
}

static void test_agents(void) {
  nk_doc d;
  load(&d, "Un haut responsable américain a confirmé la rencontre. Un "
           "porte-parole du ministère de la Santé a démenti, selon "
           "plusieurs sources anonymes.");
  long a = find(&d, NK_ENT_AGENT, "Un haut responsable américain");
  CHECK(a >= 0);
  long b = find(&d, NK_ENT_AGENT, "Un porte-parole du ministère de la Santé");
  CHECK(b >= 0);
  long o = find(&d, NK_ENT_ORG, "ministère de la Santé");
  CHECK(o >= 0);
  /* The organization inside the description keeps its tokens. */
  if (o >= 0)
    CHECK_INT(nk_doc_mention_at(&d, d.mentions[o].tok_begin), o);
  CHECK(find(&d, NK_ENT_AGENT, "plusieurs sources anonymes") >= 0);
  nk_doc_free(&d);

  /* Followed by the name, the words describe that person. */
  load(&d, "Un diplomate français, Hugo Varenne, a démissionné.");
  CHECK_INT(count(&d, NK_ENT_AGENT), 0);
  CHECK(find(&d, NK_ENT_PERSON, "Hugo Varenne") >= 0);
  nk_doc_free(&d);
}

int main(void) {
  nk_error err = {{0}};
  lang = nk_lang_load(getenv("NEWSKG_DATA_DIR"), "fr", &err);
  if (!lang) {
    fprintf(stderr, "%s\n", err.msg);
    return 1;
  }
  test_persons();
  test_surnames_and_noise();
  test_organizations();
  test_agents();
  nk_lang_free(lang);
  return TEST_DONE();
}
