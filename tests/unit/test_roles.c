/* test_roles.c — positions held, their organization and status, on French
 * sentences written for these tests. */
#include <config.h>

#include "nk_extract.h"
#include "nk_test.h"
#include "nk_test_doc.h"

static nk_lang *lang;

/* Makes *d the article s with its mentions and roles found. */
static void load(nk_doc *d, const char *s) {
  nk_error err = {{0}};
  nk_test_doc(d, lang, s);
  CHECK(nk_find_mentions(d, lang, &err) == 0);
  CHECK(nk_extract_roles(d, lang, &err) == 0);
}

/* The role of the holder named surface with this title, or NULL. */
static const nk_role *role(const nk_doc *d, const char *holder,
                           const char *title) {
  for (size_t i = 0; i < d->nroles; i++)
    if (strcmp(d->mentions[d->roles[i].holder].surface, holder) == 0 &&
        strcmp(d->roles[i].title, title) == 0)
      return &d->roles[i];
  return NULL;
}

static void test_before_name(void) {
  nk_doc d;
  load(&d, "Le ministre russe des Affaires étrangères Sergueï Lavrov est "
           "arrivé à Ankara.");
  const nk_role *r =
      role(&d, "Sergueï Lavrov", "ministre des Affaires étrangères");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Russie");
    CHECK_INT(r->org_type, NK_ENT_PLACE);
    CHECK_INT(r->status, NK_STATUS_CURRENT);
    char *ev = nk_doc_span_text(&d, r->evidence);
    CHECK_STR(ev, "Le ministre russe des Affaires étrangères Sergueï Lavrov");
    free(ev);
  }
  CHECK_INT(d.nroles, 1);
  nk_doc_free(&d);

  load(&d, "Le porte-parole du Kremlin, Dmitri Peskov, a répondu à "
           "l'ex-président américain Barack Obama.");
  r = role(&d, "Dmitri Peskov", "porte-parole");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Kremlin");
    CHECK_INT(r->org_type, NK_ENT_ORG);
  }
  r = role(&d, "Barack Obama", "président");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "États-Unis");
    CHECK_INT(r->status, NK_STATUS_FORMER);
  }
  nk_doc_free(&d);
}

/* Complements naming a place or an organization that are only steps of
 * the title: a coordinated portfolio, a place after a nationality, an
 * organization that belongs to another. */
static void test_long_complements(void) {
  nk_doc d;
  load(&d, "Le ministre belge de l'Afrique et de la Coopération, Pierre "
           "Lambert, est arrivé à Dakar mercredi.");
  const nk_role *r =
      role(&d, "Pierre Lambert", "ministre de l'Afrique et de la Coopération");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Belgique");
    CHECK_INT(r->status, NK_STATUS_CURRENT);
  }
  CHECK_INT(d.nroles, 1);
  nk_doc_free(&d);

  load(&d, "La ministre espagnole de l'Europe, Maria Ruiz, a quitté "
           "Bruxelles.");
  r = role(&d, "Maria Ruiz", "ministre de l'Europe");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Espagne");
  nk_doc_free(&d);

  /* Without a nationality, the place is the organization. */
  load(&d, "Le ministre des Finances de l'Inde, Ravi Kumar, est à Paris.");
  r = role(&d, "Ravi Kumar", "ministre des Finances");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Inde");
  nk_doc_free(&d);

  load(&d, "L'ancien conseiller du Conseil de sécurité nationale de la "
           "Maison Blanche, Jake Sullivan, a publié un livre.");
  r = role(&d, "Jake Sullivan", "conseiller du Conseil de sécurité nationale");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Maison Blanche");
    CHECK_INT(r->status, NK_STATUS_FORMER);
  }
  nk_doc_free(&d);
}

static void test_apposition(void) {
  nk_doc d;
  load(&d, "Jeanne Morel, ancienne ambassadrice et présidente sortante de "
           "la Croix-Rouge, a pris la parole.");
  const nk_role *a = role(&d, "Jeanne Morel", "ambassadrice");
  const nk_role *p = role(&d, "Jeanne Morel", "présidente");
  CHECK(a != NULL);
  CHECK(p != NULL);
  if (a) {
    CHECK_INT(a->status, NK_STATUS_FORMER);
    CHECK(a->org_name == NULL);
  }
  if (p) {
    CHECK_INT(p->status, NK_STATUS_OUTGOING);
    CHECK_STR(p->org_name, "Croix-Rouge");
  }
  nk_doc_free(&d);

  /* The complement stays in the title; the next name's role is its own. */
  load(&d, "Claire Fontaine, une ancienne secrétaire adjointe à la santé, et "
           "l'analyste Marc Olivier ont témoigné.");
  const nk_role *s =
      role(&d, "Claire Fontaine", "secrétaire adjointe à la santé");
  CHECK(s != NULL);
  if (s)
    CHECK_INT(s->status, NK_STATUS_FORMER);
  CHECK(role(&d, "Marc Olivier", "analyste") != NULL);
  CHECK_INT(d.nroles, 2);
  nk_doc_free(&d);
}

static void test_agent(void) {
  nk_doc d;
  load(&d, "Un porte-parole du Pentagone a refusé de commenter.");
  const nk_role *r = role(&d, "Un porte-parole du Pentagone", "porte-parole");
  CHECK(r != NULL);
  if (r) {
    CHECK_INT(d.mentions[r->holder].type, NK_ENT_AGENT);
    CHECK_STR(r->org_name, "Pentagone");
  }
  nk_doc_free(&d);
}

/* "X, qui a présidé ...", "X et Y, tous deux anciens ...". */
static void test_relative_and_shared(void) {
  nk_doc d;
  load(&d, "Jacques Delors, qui a présidé la Commission européenne, est "
           "mort. Martine Aubry, qui dirige le parti, a réagi.");
  const nk_role *r = role(&d, "Jacques Delors", "président");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Commission européenne");
    CHECK_INT(r->status, NK_STATUS_FORMER);
  }
  r = role(&d, "Martine Aubry", "directeur du parti");
  CHECK(r != NULL);
  if (r)
    CHECK_INT(r->status, NK_STATUS_CURRENT);
  nk_doc_free(&d);

  /* The object of the verb becomes a complement of the title, its
   * article turned into the form it takes after "de". */
  load(&d, "Hélène Roux, qui a présidé le club, et Marc Olier, qui a "
           "dirigé l'office régional, ont parlé.");
  CHECK(role(&d, "Hélène Roux", "président du club") != NULL);
  CHECK(role(&d, "Marc Olier", "directeur de l'office régional") != NULL);
  nk_doc_free(&d);

  load(&d, "Paul Keller et Anna Weiss, tous deux anciens fonctionnaires du "
           "Pentagone, ont témoigné.");
  const nk_role *a = role(&d, "Paul Keller", "fonctionnaires");
  const nk_role *b = role(&d, "Anna Weiss", "fonctionnaires");
  CHECK(a != NULL);
  CHECK(b != NULL);
  if (a && b) {
    CHECK_STR(a->org_name, "Pentagone");
    CHECK_STR(b->org_name, "Pentagone");
    CHECK_INT(a->status, NK_STATUS_FORMER);
    CHECK_INT(b->status, NK_STATUS_FORMER);
  }
  nk_doc_free(&d);
}

/* Words near a name that are not its roles. */
static void test_not_roles(void) {
  nk_doc d;
  /* The next clause's subject, not an apposition. */
  load(&d, "Après la chute de Paul Keller, le ministre de la Justice avait "
           "ouvert une enquête.");
  CHECK_INT(d.nroles, 0);
  nk_doc_free(&d);

  /* The role of a relative's spouse. */
  load(&d, "Il a visé la femme du chef de l'État, Claire Mandel.");
  CHECK(role(&d, "Claire Mandel", "chef de l'État") == NULL);
  nk_doc_free(&d);

  /* A complement between the role and the name, no comma. */
  load(&d, "La secrétaire d'État à la Transition écologique Irène Vallet "
           "a parlé.");
  CHECK(role(&d, "Irène Vallet",
             "secrétaire d'État à la Transition écologique") != NULL);
  nk_doc_free(&d);
}

/* Complements after "auprès du", coordinated ones, state institutions, an
 * organization's acronym or adjective, a party's acronym, a leaning. */
static void test_more_complements(void) {
  nk_doc d;
  load(&d, "La secrétaire d'État auprès du ministre des Armées Lucie Marchal "
           "a parlé.");
  CHECK(role(&d, "Lucie Marchal",
             "secrétaire d'État auprès du ministre des Armées") != NULL);
  CHECK(role(&d, "Lucie Marchal", "ministre des Armées") == NULL);
  nk_doc_free(&d);

  load(&d, "Le ministre de la Mer et des Pêches Yann Le Goff a parlé. Le "
           "procureur de la République de Brest Alain Kervella aussi.");
  CHECK(role(&d, "Yann Le Goff", "ministre de la Mer et des Pêches") != NULL);
  const nk_role *r = role(&d, "Alain Kervella", "procureur de la République");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Brest");
  nk_doc_free(&d);

  load(&d, "Le directeur du renseignement intérieur (DGSI), Paul Aubry, "
           "a parlé. La présidente de la Croix-Rouge française, Anne Viel, "
           "aussi.");
  r = role(&d, "Paul Aubry", "directeur du renseignement intérieur");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "DGSI");
  r = role(&d, "Anne Viel", "présidente");
  CHECK(r != NULL);
  nk_doc_free(&d);

  load(&d, "Il a croisé le député LR de la Manche Hugo Lemoine et le "
           "président d'extrême droite Jorge Salas.");
  r = role(&d, "Hugo Lemoine", "député");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Manche");
  CHECK(role(&d, "Jorge Salas", "président") != NULL);
  nk_doc_free(&d);

  /* A noun that announces a name without being a position. */
  load(&d, "Il a appelé son homologue allemande Greta Vogel.");
  CHECK_INT(d.nroles, 0);
  CHECK(d.nmentions >= 1 && strcmp(d.mentions[0].surface, "Greta Vogel") == 0);
  nk_doc_free(&d);
}

/* Role nouns used as adjectives or participles; titles with a modifier
 * before the noun; a time adverb in an apposition. */
static void test_headless_and_modifiers(void) {
  nk_doc d;
  load(&d, "La mission d'information parlementaire, Léon Barthe, a rendu "
           "son avis. On a vu une fresque représentant Lucien Morand.");
  CHECK_INT(d.nroles, 0);
  nk_doc_free(&d);

  load(&d, "L'ex-haut commissaire au Plan, Gilles Ferrand, a parlé avec la "
           "comédienne et chanteuse Inès Valmont.");
  const nk_role *r = role(&d, "Gilles Ferrand", "haut commissaire au Plan");
  CHECK(r != NULL);
  if (r)
    CHECK_INT(r->status, NK_STATUS_FORMER);
  CHECK(role(&d, "Inès Valmont", "chanteuse") != NULL);
  nk_doc_free(&d);

  load(&d, "Il a croisé Rose Tellier, aujourd'hui directrice de la police, "
           "et Marc Aubin, responsable d'une association.");
  r = role(&d, "Rose Tellier", "directrice de la police");
  CHECK(r != NULL);
  if (r)
    CHECK_INT(r->status, NK_STATUS_CURRENT);
  CHECK(role(&d, "Marc Aubin", "responsable") != NULL);
  CHECK(role(&d, "Marc Aubin", "responsable d'une") == NULL);
  nk_doc_free(&d);
}

/* A second titled phrase between the apposition and the name; a
 * nationality adjective of a complement; "député européen". */
static void test_titled_apposition(void) {
  nk_doc d;
  load(&d, "Le porte-parole de la Maison Blanche, l'amiral John Kirby, a "
           "démenti.");
  const nk_role *r = role(&d, "John Kirby", "porte-parole");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Maison Blanche");
    char *ev = nk_doc_span_text(&d, r->evidence);
    CHECK_STR(ev, "Le porte-parole de la Maison Blanche, l'amiral John Kirby");
    free(ev);
  }
  CHECK(role(&d, "John Kirby", "amiral") != NULL);
  nk_doc_free(&d);

  load(&d, "Le chef de la diplomatie iranienne, le ministre Abbas Araghchi, "
           "a dénoncé une provocation.");
  r = role(&d, "Abbas Araghchi", "chef de la diplomatie");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Iran");
  nk_doc_free(&d);

  /* Not after a complement of another noun: the phrase is no apposition. */
  load(&d, "Après la visite du ministre de la Santé, le général Paul Roux a "
           "parlé.");
  CHECK(role(&d, "Paul Roux", "général") != NULL);
  CHECK(role(&d, "Paul Roux", "ministre de la Santé") == NULL);
  nk_doc_free(&d);

  load(&d, "Iouri Ouchakov, porte-parole de la présidence russe, a répondu. "
           "Sophie Marchand, députée européenne, a réagi.");
  r = role(&d, "Iouri Ouchakov", "porte-parole de la présidence");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Russie");
    CHECK_INT(r->org_type, NK_ENT_PLACE);
  }
  r = role(&d, "Sophie Marchand", "députée");
  CHECK(r != NULL);
  if (r) {
    CHECK_STR(r->org_name, "Parlement européen");
    CHECK_INT(r->org_type, NK_ENT_ORG);
  }
  nk_doc_free(&d);
}

/* "qui a été", "qui est": a relative clause with être. */
static void test_copula(void) {
  nk_doc d;
  load(&d, "Luc Bernard, qui a été ministre de l'Intérieur, a critiqué le "
           "texte. Anne Morel, qui est présidente du club, a salué la "
           "décision.");
  const nk_role *r = role(&d, "Luc Bernard", "ministre de l'Intérieur");
  CHECK(r != NULL);
  if (r)
    CHECK_INT(r->status, NK_STATUS_FORMER);
  r = role(&d, "Anne Morel", "présidente du club");
  CHECK(r != NULL);
  if (r)
    CHECK_INT(r->status, NK_STATUS_CURRENT);
  nk_doc_free(&d);

  /* "qui est la fille de": no role noun after the copula. */
  load(&d, "Julie Petit, qui est la fille du maire, a témoigné.");
  CHECK_INT(d.nroles, 0);
  nk_doc_free(&d);
}

/* A person named inside a title ("la campagne Trump", "de M. Blake") is
 * a step of it when another name follows the comma: the title is that
 * one's. */
static void test_person_in_title(void) {
  nk_doc d;
  load(&d, "Le directeur de la campagne Biden, Paul Mercier, a démenti.");
  const nk_role *r = role(&d, "Paul Mercier", "directeur de la campagne Biden");
  CHECK(r != NULL);
  CHECK(role(&d, "Biden", "directeur de la campagne") == NULL);
  nk_doc_free(&d);

  load(&d, "L'avocate de la famille de M. Durand, Claire Fontaine, a parlé.");
  r = role(&d, "Claire Fontaine", "avocate de la famille de M. Durand");
  CHECK(r != NULL);
  CHECK_INT(d.nroles, 1);
  nk_doc_free(&d);
}

/* "du président X": the name holds the complement's role. */
static void test_inner_role(void) {
  nk_doc d;
  load(&d, "L'ancien conseiller du président Jimmy Carter a publié un "
           "livre.");
  const nk_role *r = role(&d, "Jimmy Carter", "président");
  CHECK(r != NULL);
  CHECK(role(&d, "Jimmy Carter", "conseiller du président") == NULL);
  CHECK_INT(d.nroles, 1);
  nk_doc_free(&d);

  /* Not inside an organization's name. */
  load(&d, "La présidente démocrate de la Chambre des représentants Ann "
           "Miller a voté.");
  r = role(&d, "Ann Miller", "présidente démocrate");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Chambre des représentants");
  nk_doc_free(&d);
}

/* Lower-case complements after the organization name a portfolio. */
static void test_portfolio(void) {
  nk_doc d;
  load(&d, "La haute-commissaire de l'ONU aux droits de l'homme, Laura "
           "Benoît, a protesté.");
  const nk_role *r =
      role(&d, "Laura Benoît", "haute-commissaire aux droits de l'homme");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "ONU");
  nk_doc_free(&d);

  /* "chargé de" a country: the portfolio, not the post's body. */
  load(&d, "Marc Olivier, ancien sous-secrétaire adjoint chargé de la "
           "Chine, a témoigné.");
  r = role(&d, "Marc Olivier", "sous-secrétaire adjoint chargé de la Chine");
  CHECK(r != NULL);
  if (r) {
    CHECK(r->org_name == NULL);
    CHECK_INT(r->status, NK_STATUS_FORMER);
  }
  nk_doc_free(&d);
}

/* Words that look like roles but are not. */
static void test_not_roles_intl(void) {
  nk_doc d;
  /* "principale" is an adjective before "rivale". */
  load(&d, "Selon Irina Volkova, la principale rivale du président, le vote "
           "est truqué.");
  CHECK(role(&d, "Irina Volkova", "principale") == NULL);
  nk_doc_free(&d);

  /* "juge" after a closed apposition is the verb. */
  load(&d, "Tom Baker, analyste au Hudson Institute, juge au contraire que "
           "la trêve tiendra.");
  CHECK(role(&d, "Tom Baker", "analyste") != NULL);
  CHECK(role(&d, "Tom Baker", "juge au contraire") == NULL);
  CHECK_INT(d.nroles, 1);
  nk_doc_free(&d);
}

/* A plural role before a list of names gives each name its singular. */
static void test_plural_list(void) {
  nk_doc d;
  load(&d, "Les anciennes ministres Anne Roux, Julie Blanc et Marie Noir "
           "ont signé la tribune.");
  const char *names[] = {"Anne Roux", "Julie Blanc", "Marie Noir"};
  for (int i = 0; i < 3; i++) {
    const nk_role *r = role(&d, names[i], "ministre");
    CHECK(r != NULL);
    if (r)
      CHECK_INT(r->status, NK_STATUS_FORMER);
  }
  CHECK_INT(d.nroles, 3);
  nk_doc_free(&d);

  /* Without a list, a plural role describes no one. */
  load(&d, "Les ministres Anne Roux ont parlé.");
  CHECK_INT(d.nroles, 0);
  nk_doc_free(&d);
}

/* "son homologue": the possessor's title, the adjective's country. */
static void test_peer(void) {
  nk_doc d;
  load(&d, "La ministre espagnole de la Défense Ana Lopez a reçu mardi son "
           "homologue allemande, Petra Vogel, à Madrid.");
  const nk_role *r = role(&d, "Petra Vogel", "ministre de la Défense");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Allemagne");
  CHECK(role(&d, "Ana Lopez", "ministre de la Défense") != NULL);
  CHECK_INT(d.nroles, 2);
  nk_doc_free(&d);

  /* Without a known title of the possessor, no role at all. */
  load(&d, "Paul Martin a déjeuné avec son homologue italien Marco Rossi.");
  CHECK_INT(d.nroles, 0);
  nk_doc_free(&d);

  /* The possessor heads a named body: the peer's body is unknown. */
  load(&d, "Le directeur de l'Agence spatiale européenne Jean Morel a appelé "
           "son homologue chinois Li Wei.");
  CHECK(role(&d, "Li Wei", "directeur") == NULL);
  nk_doc_free(&d);

  /* A title proper to one country: the peer holds the common one. */
  load(&d, "Le secrétaire d'Etat américain Tom Baker a reçu son homologue "
           "irakien Ali Hassan.");
  r = role(&d, "Ali Hassan", "ministre des Affaires étrangères");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Irak");
  nk_doc_free(&d);

  /* A sentence naming no one before the peer takes up the person of the
   * sentence before. */
  load(&d, "Le président Jean Dupuis est arrivé lundi. Il a été accueilli "
           "par son homologue malien Amadou Traoré.");
  r = role(&d, "Amadou Traoré", "président");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Mali");
  nk_doc_free(&d);

  /* The peer takes the masculine lemma of a feminine title. */
  load(&d, "La préfète Anne Roux et son homologue belge Luc Peeters ont "
           "signé.");
  r = role(&d, "Luc Peeters", "préfet");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Belgique");
  nk_doc_free(&d);
}

/* Plural roles with one nationality per name, or paired in order. */
static void test_plural_nationalities(void) {
  nk_doc d;
  load(&d, "Les Premiers ministres suédois, Olof Berg, et danois, Lars "
           "Holm, ont signé l'accord.");
  const nk_role *r = role(&d, "Olof Berg", "Premier ministre");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Suède");
  r = role(&d, "Lars Holm", "Premier ministre");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Danemark");
  nk_doc_free(&d);

  load(&d, "La venue des présidents chilien Pablo Soto et péruvien Luis "
           "Vega est prévue.");
  r = role(&d, "Luis Vega", "président");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Pérou");
  CHECK(role(&d, "Pablo Soto", "président") != NULL);
  nk_doc_free(&d);

  /* Plural peers: each takes the possessor's title, not the first
   * peer's. */
  load(&d, "Le ministre Paul Martin a reçu ses homologues suédois Olof Berg "
           "et danois Lars Holm.");
  r = role(&d, "Lars Holm", "ministre");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Danemark");
  CHECK(role(&d, "Olof Berg", "ministre") != NULL);
  nk_doc_free(&d);

  load(&d, "Les présidents russe et turc, Igor Petrov et Kemal Aydin, se "
           "sont parlé.");
  r = role(&d, "Igor Petrov", "président");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Russie");
  r = role(&d, "Kemal Aydin", "président");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "Turquie");
  nk_doc_free(&d);
}

/* "le président de la République" alone: France, unless the article
 * names another country in a role. */
static void test_default_org(void) {
  nk_doc d;
  load(&d, "Le président de la République Paul Martin a parlé.");
  const nk_role *r = role(&d, "Paul Martin", "président de la République");
  CHECK(r != NULL);
  if (r)
    CHECK_STR(r->org_name, "France");
  nk_doc_free(&d);

  load(&d, "Le ministre italien Marco Rossi a vu le président de la "
           "République Carlo Bianchi.");
  r = role(&d, "Carlo Bianchi", "président de la République");
  CHECK(r != NULL);
  if (r)
    CHECK(r->org_name == NULL);
  nk_doc_free(&d);
}

int main(void) {
  lang = nk_test_lang_fr();
  test_before_name();
  test_long_complements();
  test_apposition();
  test_agent();
  test_relative_and_shared();
  test_not_roles();
  test_more_complements();
  test_headless_and_modifiers();
  test_titled_apposition();
  test_copula();
  test_person_in_title();
  test_inner_role();
  test_portfolio();
  test_not_roles_intl();
  test_plural_list();
  test_peer();
  test_plural_nationalities();
  test_default_org();
  nk_lang_free(lang);
  return TEST_DONE();
}
