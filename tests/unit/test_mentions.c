/* test_mentions.c — persons, organizations, places and unnamed agents found
 * in French sentences written for these tests. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"
#include "nk_test_doc.h"

static nk_lang *lang;

/* Makes *d the article s with the mentions the finder sees in it. */
static void load(nk_doc *d, const char *s) {
  nk_error err = {{0}};
  nk_test_doc(d, lang, s);
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

/* Capitals that are no organization: headings, model codes, common-noun
 * acronyms, two-letter initials. */
static void test_acronym_noise(void) {
  nk_doc d;
  load(&d, "La berline reçoit un moteur 2.0 TDI et une version TFSI Sport, "
           "selon le CNRS.");
  CHECK(find(&d, NK_ENT_ORG, "TDI") < 0);
  CHECK(find(&d, NK_ENT_ORG, "TFSI") < 0);
  CHECK(find(&d, NK_ENT_ORG, "CNRS") >= 0);
  nk_doc_free(&d);

  load(&d, "DEUX SEMAINES DE FÊTE Le maire a visité un EHPAD et une classe "
           "de CP avec l'OFDT.");
  CHECK(find(&d, NK_ENT_ORG, "SEMAINES") < 0);
  CHECK(find(&d, NK_ENT_ORG, "FÊTE") < 0);
  CHECK(find(&d, NK_ENT_ORG, "EHPAD") < 0);
  CHECK(find(&d, NK_ENT_ORG, "CP") < 0);
  CHECK(find(&d, NK_ENT_ORG, "OFDT") >= 0);
  nk_doc_free(&d);
}

/* Names of works, streets, schools and products are no persons. */
static void test_not_persons(void) {
  nk_doc d;
  load(&d, "Le groupe a chanté \"Paul Revere\" au lycée Victor Duruy, rue "
           "Lucien Sampaix, puis à l'école de cuisine française Auguste "
           "Escoffier.");
  CHECK(find(&d, NK_ENT_PERSON, "Paul Revere") < 0);
  CHECK(find(&d, NK_ENT_PERSON, "Victor Duruy") < 0);
  CHECK(find(&d, NK_ENT_PERSON, "Lucien Sampaix") < 0);
  CHECK(find(&d, NK_ENT_PERSON, "Auguste Escoffier") < 0);
  CHECK_INT(count(&d, NK_ENT_PERSON), 0);
  nk_doc_free(&d);

  load(&d, "Gordon Murray Design a présenté sa voiture à Little St James "
           "Island.");
  CHECK(find(&d, NK_ENT_ORG, "Gordon Murray Design") >= 0);
  CHECK_INT(count(&d, NK_ENT_PERSON), 0);
  nk_doc_free(&d);

  /* A given name after a lower-case head starts a person, not an
   * organization; a compound of given names is a given name. */
  load(&d, "Le parti Wallerand de Saint-Just soutient Marc-Olivier "
           "Delcourt.");
  CHECK(find(&d, NK_ENT_ORG, "parti Wallerand") < 0);
  CHECK(find(&d, NK_ENT_PERSON, "Marc-Olivier Delcourt") >= 0);
  nk_doc_free(&d);

  /* A given name and a particle before a known one-word name make a
   * person ("Koenigsegg" alone is the carmaker). */
  load(&d, "Christian von Koenigsegg a parlé. Koenigsegg a vendu dix "
           "voitures.");
  CHECK(find(&d, NK_ENT_PERSON, "Christian von Koenigsegg") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Koenigsegg") >= 0);
  nk_doc_free(&d);
}

/* Organization names with several complements. */
static void test_org_boundaries(void) {
  nk_doc d;
  load(&d, "L'Association des petites villes de France et la Fédération "
           "des chasseurs de Savoie ont écrit au ministère de la Transition "
           "écologique, pas à l'école du XVe.");
  CHECK(find(&d, NK_ENT_ORG, "Association des petites villes de France") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Fédération des chasseurs de Savoie") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "ministère de la Transition écologique") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "école du XVe") < 0);
  nk_doc_free(&d);
}

/* Known names: the longest entry wins, across elided words, and a
 * shorter one is found where a longer one breaks off. */
static void test_known_longest(void) {
  nk_doc d;
  load(&d, "Un article du Monde diplomatique a été repris par Le Monde "
           "diplomatique, puis Le Monde a publié l'avis de la Cour de "
           "justice de l'Union européenne.");
  CHECK(find(&d, NK_ENT_ORG, "Le Monde diplomatique") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Le Monde") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Cour de justice de l'Union européenne") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "Union européenne") < 0);
  nk_doc_free(&d);

  /* The articles of name_articles.txt open a name only when capitalized. */
  load(&d, "Voici le point sur la situation. Le Point a publié une "
           "enquête.");
  CHECK(find(&d, NK_ENT_ORG, "le point") < 0);
  CHECK(find(&d, NK_ENT_ORG, "Le Point") >= 0);
  nk_doc_free(&d);
}

/* Role words that describe no one. */
static void test_agent_noise(void) {
  nk_doc d;
  load(&d, "Elle est aussi une avocate reconnue. Il fait face à six chefs "
           "d'inculpation.");
  CHECK_INT(count(&d, NK_ENT_AGENT), 0);
  nk_doc_free(&d);

  load(&d, "Un avocat de la famille a parlé.");
  CHECK(find(&d, NK_ENT_AGENT, "Un avocat de la famille") >= 0);
  nk_doc_free(&d);
}

/* Names no given-name list knows, found from their context. */
static void test_unknown_given_names(void) {
  nk_doc d;
  /* Right after a title the whole run is the name. */
  load(&d, "Il a téléphoné au président Tumelo Andile Mokoena lundi.");
  CHECK(find(&d, NK_ENT_PERSON, "Tumelo Andile Mokoena") >= 0);
  nk_doc_free(&d);
  /* A courtesy title teaches the surname; an age; a reporting verb. */
  load(&d, "Ndeye Faye a porté plainte. Selon Mme Faye, rien n'a bougé. "
           "Kossi Amegah, 52 ans, a témoigné. \"Nous attendons\", a lancé "
           "Yerlan Sadykov lundi.");
  CHECK(find(&d, NK_ENT_PERSON, "Ndeye Faye") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Kossi Amegah") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Yerlan Sadykov") >= 0);
  nk_doc_free(&d);
  /* A relative sharing a surname already named. */
  load(&d, "Hervé Quéméner est venu avec sa soeur Gwenola Quéméner.");
  CHECK(find(&d, NK_ENT_PERSON, "Gwenola Quéméner") >= 0);
  nk_doc_free(&d);
  /* An elided particle inside a surname. */
  load(&d, "Il a reçu Hugues d'Aubervier à Lyon.");
  CHECK(find(&d, NK_ENT_PERSON, "Hugues d'Aubervier") >= 0);
  nk_doc_free(&d);
  /* A regnal number belongs to the name. */
  load(&d, "La reine Margrethe II a reçu le pape.");
  CHECK(find(&d, NK_ENT_PERSON, "Margrethe II") >= 0);
  nk_doc_free(&d);
}

/* Words glued by a lost space, model codes: no persons. */
static void test_glued_and_codes(void) {
  nk_doc d;
  load(&d, "Le livre visait Jacques ChiracLe soir même. Puis Paul Dorval "
           "a conduit la Dorval GT500 et la Dorval RS.");
  CHECK(find(&d, NK_ENT_PERSON, "Jacques ChiracLe") < 0);
  CHECK(find(&d, NK_ENT_PERSON, "Dorval GT500") < 0);
  CHECK(find(&d, NK_ENT_PERSON, "Paul Dorval") >= 0);
  nk_doc_free(&d);
  /* "Lille" is no Roman ordinal. */
  load(&d, "Le parquet de Lille a ouvert une enquête.");
  CHECK(find(&d, NK_ENT_ORG, "parquet de Lille") >= 0);
  nk_doc_free(&d);
}

/* Institutions named by a lower-case head and a place; acronyms taught
 * by parentheses. */
static void test_institutions_and_acronyms(void) {
  nk_doc d;
  load(&d, "La cour d'appel de Douai a suivi le tribunal de grande instance "
           "de Arras.");
  CHECK(find(&d, NK_ENT_ORG, "cour d'appel de Douai") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "tribunal de grande instance de Arras") >= 0);
  nk_doc_free(&d);
  load(&d, "L'Office central de lutte contre le travail illégal (Oclti) "
           "enquête. Selon l'Oclti, rien. Le groupe Avenir commun (AC) a "
           "voté.");
  CHECK(find(&d, NK_ENT_ORG, "Oclti") >= 0);
  CHECK_INT(count(&d, NK_ENT_ORG) >= 3, 1);
  CHECK(find(&d, NK_ENT_ORG, "groupe Avenir commun") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "AC") >= 0);
  nk_doc_free(&d);
  /* Words in parentheses that spell nothing before them. */
  load(&d, "Il vit à Montcuq (Lot) et à Bram (Aude) depuis 2010.");
  CHECK_INT(count(&d, NK_ENT_ORG), 0);
  nk_doc_free(&d);
}

/* "la chaîne", "le quotidien": a mention of the one outlet of that kind
 * named before, with its name. */
static void test_outlet_anaphora(void) {
  nk_doc d;
  load(&d, "Selon la chaîne CNN, la réunion a échoué. La chaîne précise que "
           "trois ministres étaient présents.");
  long a = -1;
  for (size_t i = 0; i < d.nmentions; i++)
    if (d.mentions[i].type == NK_ENT_ORG && d.mentions[i].tok_begin > 8)
      a = (long)i;
  CHECK(a >= 0);
  if (a >= 0) {
    CHECK_STR(d.mentions[a].surface, "CNN");
    char *ev = nk_doc_span_text(&d, d.mentions[a].span);
    CHECK_STR(ev, "chaîne");
    free(ev);
  }
  nk_doc_free(&d);

  /* Known kind without the noun; the daily is not a channel. */
  load(&d, "D'après Le Monde, le vote aura lieu. Le quotidien ajoute que la "
           "chaîne hésite.");
  CHECK_INT(count(&d, NK_ENT_ORG), 2);
  nk_doc_free(&d);

  /* Two channels: "la chaîne" says not which one. */
  load(&d, "La chaîne CNN et la chaîne NBC News ont diffusé le débat. La "
           "chaîne a refusé de commenter.");
  CHECK_INT(count(&d, NK_ENT_ORG), 2);
  nk_doc_free(&d);

  /* "le journal télévisé" is no outlet. */
  load(&d, "Le quotidien Le Figaro le confirme. Le journal télévisé en a "
           "parlé.");
  CHECK_INT(count(&d, NK_ENT_ORG), 1);
  nk_doc_free(&d);
}

/* Arabic surnames with a glued particle, and no particle before a word in
 * capitals. */
static void test_glued_particles(void) {
  nk_doc d;
  load(&d, "Pour Karim al-Haddad, chercheur à Amman, la trêve tient. M. "
           "Haddad reste prudent.");
  CHECK(find(&d, NK_ENT_PERSON, "Karim al-Haddad") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Haddad") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Karim") < 0);
  nk_doc_free(&d);

  load(&d, "La baisse est nette, note Ellen Moss de BNX Capital.");
  CHECK(find(&d, NK_ENT_PERSON, "Ellen Moss") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "Ellen Moss de BNX Capital") < 0);
  nk_doc_free(&d);
}

/* Embassies: a nationality after the head names the body. */
static void test_embassies(void) {
  nk_doc d;
  load(&d, "L'ambassade américaine à Rome et l'ambassade de Chine ont "
           "fermé.");
  CHECK(find(&d, NK_ENT_ORG, "ambassade américaine") >= 0);
  CHECK(find(&d, NK_ENT_ORG, "ambassade de Chine") >= 0);
  nk_doc_free(&d);
}

/* A headline in capitals: its verb ends the first name. */
static void test_caps_headline(void) {
  nk_doc d;
  load(&d, "PETRA VOGEL CRITIQUE TOMAS HALVORSEN\n\nLa ministre Petra Vogel "
           "a critiqué Tomas Halvorsen.");
  CHECK(find(&d, NK_ENT_PERSON, "PETRA VOGEL") >= 0);
  CHECK(find(&d, NK_ENT_PERSON, "PETRA VOGEL CRITIQUE TOMAS HALVORSEN") < 0);
  nk_doc_free(&d);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_persons();
  test_surnames_and_noise();
  test_organizations();
  test_agents();
  test_acronym_noise();
  test_not_persons();
  test_org_boundaries();
  test_known_longest();
  test_agent_noise();
  test_unknown_given_names();
  test_glued_and_codes();
  test_institutions_and_acronyms();
  test_outlet_anaphora();
  test_glued_particles();
  test_embassies();
  test_caps_headline();
  nk_lang_free(lang);
  return TEST_DONE();
}
