/* test_resolve.c — entity keys within and across articles. */
#include <config.h>

#include "nk_extract.h"
#include "nk_resolve.h"
#include "nk_test.h"
#include "nk_test_doc.h"

static nk_lang *lang;

static void run(nk_registry *reg, nk_doc *d, const char *id, const char *s) {
  nk_error err = {{0}};
  nk_test_doc(d, lang, s);
  d->meta.id = nk_xstrdup(id);
  CHECK(nk_find_mentions(d, lang, &err) == 0);
  CHECK(nk_extract_roles(d, lang, &err) == 0);
  CHECK(nk_resolve(reg, d, &err) == 0);
}

static const nk_mention *find(const nk_doc *d, const char *surface) {
  for (size_t i = 0; i < d->nmentions; i++)
    if (strcmp(d->mentions[i].surface, surface) == 0)
      return &d->mentions[i];
  return NULL;
}

static const char *key(const nk_doc *d, const char *surface) {
  const nk_mention *m = find(d, surface);
  return m ? m->key : NULL;
}

static void test_surnames(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a, b, c, e;
  run(reg, &a, "a1",
      "Gérard Lambertin a visité Lyon. Lambertin a ensuite "
      "parlé.");
  CHECK_STR(key(&a, "Gérard Lambertin"), "person/gerard-lambertin");
  CHECK_STR(key(&a, "Lambertin"), "person/gerard-lambertin");
  /* Another article: the only Lambertin known. */
  run(reg, &b, "a2", "Selon M. Lambertin, tout va bien.");
  CHECK_STR(key(&b, "Lambertin"), "person/gerard-lambertin");
  CHECK_STR(find(&b, "Lambertin")->canonical, "Gérard Lambertin");
  /* A second Lambertin: the surname alone no longer says which. */
  run(reg, &c, "a3", "Sophie Lambertin a répondu.");
  CHECK_STR(key(&c, "Sophie Lambertin"), "person/sophie-lambertin");
  run(reg, &e, "a4", "Mme Lambertin a répondu.");
  CHECK_STR(key(&e, "Lambertin"), "person/lambertin");
  nk_doc_free(&a);
  nk_doc_free(&b);
  nk_doc_free(&c);
  nk_doc_free(&e);
  nk_registry_free(reg);
}

/* Two persons of one article share a surname: alone, it names neither.
 * A surname no one has carried yet makes a person of its own. */
static void test_shared_surname(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a, b;
  run(reg, &a, "s1",
      "Gérard Vasseur et Sophie Vasseur ont signé. Vasseur a ensuite "
      "parlé.");
  CHECK_STR(key(&a, "Gérard Vasseur"), "person/gerard-vasseur");
  CHECK_STR(key(&a, "Sophie Vasseur"), "person/sophie-vasseur");
  CHECK_STR(key(&a, "Vasseur"), "person/vasseur");
  run(reg, &b, "s2", "Selon M. Quintard, tout va bien.");
  CHECK_STR(key(&b, "Quintard"), "person/quintard");
  nk_doc_free(&a);
  nk_doc_free(&b);
  nk_registry_free(reg);
}

static void test_aliases(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a;
  run(reg, &a, "Article 7",
      "Vladimir Putin a appelé la White House. L'Agence nationale des "
      "fréquences (ANFR) a publié un avis; l'ANFR insiste. Un responsable "
      "européen a réagi.");
  const nk_mention *p = find(&a, "Vladimir Putin");
  CHECK(p != NULL);
  if (p) {
    CHECK_STR(p->key, "person/vladimir-poutine");
    CHECK_STR(p->canonical, "Vladimir Poutine");
    CHECK_STR(p->wikidata, "Q7747");
  }
  CHECK_STR(key(&a, "White House"), "org/maison-blanche");
  const char *agency = key(&a, "Agence nationale des fréquences");
  CHECK_STR(agency, "org/agence-nationale-des-frequences");
  CHECK_STR(key(&a, "ANFR"), agency);
  /* Every mention of the acronym joins the expansion. */
  size_t n = 0;
  for (size_t i = 0; i < a.nmentions; i++)
    if (strcmp(a.mentions[i].surface, "ANFR") == 0) {
      CHECK_STR(a.mentions[i].key, agency);
      n++;
    }
  CHECK_INT(n, 2);
  const nk_mention *ag = find(&a, "Un responsable européen");
  CHECK(ag != NULL);
  if (ag) {
    char *want = nk_xasprintf("article/article-7/agent/%zu",
                              (size_t)(ag - a.mentions) + 1);
    CHECK_STR(ag->key, want);
    free(want);
  }
  const char *canon = NULL;
  CHECK_STR(nk_registry_key(reg, NK_ENT_PLACE, "Moscow", &canon),
            "place/moscou");
  CHECK_STR(canon, "Moscou");
  CHECK_STR(nk_registry_key(reg, NK_ENT_ORG, "Wall Street Journal", &canon),
            "org/the-wall-street-journal");
  nk_doc_free(&a);
  nk_registry_free(reg);
}

/* "la société Revenant Automotive" and "Revenant Automotive" are one. */
static void test_org_head(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a;
  run(reg, &a, "h1",
      "La société Lumen Automotive a recruté. Lumen Automotive a grandi.");
  const char *k1 = key(&a, "société Lumen Automotive");
  const char *k2 = key(&a, "Lumen Automotive");
  CHECK(k1 != NULL && k2 != NULL);
  if (k1 && k2)
    CHECK_STR(k1, k2);
  CHECK_STR(k2, "org/lumen-automotive");
  nk_doc_free(&a);
  nk_registry_free(reg);
}

/* A name without its middle name, a title's name after "du". */
static void test_short_forms(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a, b;
  run(reg, &a, "s1",
      "Le président Abdel Karim Haddad a parlé. Abdel Haddad a ensuite "
      "répondu au Parisien.");
  CHECK_STR(key(&a, "Abdel Haddad"), "person/abdel-karim-haddad");
  const char *canon = NULL;
  CHECK_STR(nk_registry_key(reg, NK_ENT_ORG, "Parisien", &canon),
            "org/le-parisien");
  CHECK_STR(canon, "Le Parisien");
  /* Another article, with the short form only. */
  run(reg, &b, "s2", "Abdel Haddad est arrivé.");
  CHECK_STR(key(&b, "Abdel Haddad"), "person/abdel-karim-haddad");
  nk_doc_free(&a);
  nk_doc_free(&b);
  nk_registry_free(reg);
}

/* A fact names its entity canonically: a role's organization written as
 * the acronym the article taught. */
static void test_fact_names(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a;
  run(reg, &a, "f1",
      "L'Office central des douanes (Ocdd) enquête. Le chef de l'Ocdd, "
      "Paul Rivet, a parlé.");
  CHECK_INT(a.nroles, 1);
  if (a.nroles == 1) {
    CHECK_STR(a.roles[0].org_name, "Office central des douanes");
    CHECK_STR(a.roles[0].org_key, "org/office-central-des-douanes");
  }
  nk_doc_free(&a);
  nk_registry_free(reg);
}

/* A surname with a glued particle ("al-Haddad") is also known without it,
 * in the article and across articles. */
static void test_glued_surname(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a, b;
  run(reg, &a, "g1",
      "Pour Karim al-Haddad, la trêve tient. M. Haddad reste prudent.");
  CHECK_STR(key(&a, "Karim al-Haddad"), "person/karim-al-haddad");
  CHECK_STR(key(&a, "Haddad"), "person/karim-al-haddad");
  run(reg, &b, "g2", "Selon M. Haddad, rien n'est signé.");
  CHECK_STR(key(&b, "Haddad"), "person/karim-al-haddad");
  nk_doc_free(&a);
  nk_doc_free(&b);
  nk_registry_free(reg);
}

/* A title given without its organization takes the one the article
 * gives the same person with the same title. */
static void test_shared_role_org(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a;
  run(reg, &a, "r1",
      "Le président Ramos a souri. Le président brésilien Paulo Ramos avait "
      "parlé avant.");
  size_t with = 0;
  for (size_t i = 0; i < a.nroles; i++)
    if (strcmp(a.roles[i].title, "président") == 0 && a.roles[i].org_name &&
        strcmp(a.roles[i].org_name, "Brésil") == 0)
      with++;
  CHECK_INT(a.nroles, 2);
  CHECK_INT(with, 2);
  nk_doc_free(&a);
  nk_registry_free(reg);
}

/* Chinese and Korean names say the family name first: "M. Zhao" is Zhao
 * Lijian, in the article and in the next one. */
static void test_family_first(void) {
  nk_registry *reg = nk_registry_new(lang);
  nk_doc a, b;
  run(reg, &a, "f1",
      "Le diplomate Zhao Lijian a répondu. M. Zhao a ensuite quitté la "
      "salle.");
  CHECK_STR(key(&a, "Zhao Lijian"), "person/zhao-lijian");
  CHECK_STR(key(&a, "Zhao"), "person/zhao-lijian");
  run(reg, &b, "f2", "Selon M. Zhao, la visite est reportée.");
  CHECK_STR(key(&b, "Zhao"), "person/zhao-lijian");
  nk_doc_free(&a);
  nk_doc_free(&b);
  nk_registry_free(reg);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_surnames();
  test_shared_surname();
  test_aliases();
  test_org_head();
  test_short_forms();
  test_fact_names();
  test_glued_surname();
  test_shared_role_org();
  test_family_first();
  nk_lang_free(lang);
  return TEST_DONE();
}
