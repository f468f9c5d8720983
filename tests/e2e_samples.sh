# tests/e2e_samples.sh: exports samples/ and checks, with SPARQL through
# `newskg query`, facts that a reader finds in those articles (written for
# the project, see samples/README.md).  Vocabulary: docs/model.md.
. "$(dirname "$0")/common.sh"

g=$tmp/samples.ttl
expect_status 0 "extract samples/ to Turtle" "$NEWSKG" extract -o "$g" \
  "$SAMPLES"
expect_stderr '^newskg: 5 articles, 0 failed' "summary: 5 articles, 0 failed"
expect_rapper turtle "$g" "rapper accepts the Turtle export"

# article ARTICLE_ID: a pattern binding ?a to that article.
article() { echo "?a a nk:Article ; schema:identifier \"$1\" ."; }
# person VAR WORD: a person whose canonical name or one of whose surface
# forms (rdfs:label) contains WORD.
person() {
  echo "$1 a nk:Person . { $1 schema:name ${1}_name } UNION
        { $1 rdfs:label ${1}_name } FILTER(CONTAINS(${1}_name, \"$2\"))"
}

# --- the articles and their metadata
expect_ask "$g" true "article ids are the file names without .txt" \
  "$(article 01_deuxieme_voie)"
expect_ask "$g" true "date metadata: 2023-07" \
  "$(article 02_reaction_maison_blanche) ?a schema:datePublished ?d .
   FILTER(STR(?d) = \"2023-07\")"
expect_ask "$g" false "no date where the text gives none" \
  "$(article 04_colonna_baerbock) ?a schema:datePublished ?d ."
expect_ask "$g" false "no blank nodes" \
  "{ ?s ?p ?o FILTER(isBlank(?s)) } UNION { ?s ?p ?o FILTER(isBlank(?o)) }"

# --- persons
expect_ask "$g" true "person: Sergueï Lavrov, mentioned in article 01" \
  "$(article 01_deuxieme_voie) $(person '?p' Lavrov)
   ?m a nk:Mention ; nk:refersTo ?p ; nk:inArticle ?a ."
expect_ask "$g" true "person: Annalena Baerbock" "$(person '?p' Baerbock)"
expect_ask "$g" true "one IRI for Lavrov across articles 01 and 02" \
  "$(person '?p' Lavrov)
   ?m1 nk:refersTo ?p ; nk:inArticle ?a1 . ?a1 schema:identifier \"01_deuxieme_voie\" .
   ?m2 nk:refersTo ?p ; nk:inArticle ?a2 .
   ?a2 schema:identifier \"02_reaction_maison_blanche\" ."
expect_ask "$g" true "organization: Council on Foreign Relations" \
  "?o a nk:Organization ; schema:name ?n .
   FILTER(CONTAINS(?n, \"Council on Foreign Relations\"))"

# --- roles
expect_ask "$g" true "role: Lavrov, ministre des Affaires étrangères, current" \
  "$(person '?p' Lavrov)
   ?r a nk:RoleHolding ; org:member ?p ; nk:roleTitle ?t ;
      nk:roleStatus \"current\" .
   FILTER(CONTAINS(LCASE(?t), \"affaires étrangères\"))"
expect_ask "$g" true "role: Haass, président (outgoing) of the CFR" \
  "$(person '?p' Haass)
   ?r a nk:RoleHolding ; org:member ?p ; nk:roleTitle ?t ;
      nk:roleStatus \"outgoing\" ; nk:roleOf ?o .
   ?o schema:name ?on .
   FILTER(CONTAINS(?t, \"président\") && CONTAINS(?on, \"Council\"))"
expect_ask "$g" true "role: William Burns, directeur de la CIA" \
  "$(person '?p' Burns)
   ?r a nk:RoleHolding ; org:member ?p ; nk:roleTitle ?t .
   FILTER(CONTAINS(LCASE(?t), \"directeur\"))"
expect_ask "$g" true "role: Catherine Colonna, la ministre française de ..." \
  "$(person '?p' Colonna)
   ?r a nk:RoleHolding ; org:member ?p ; nk:roleTitle ?t .
   FILTER(CONTAINS(?t, \"ministre\") && CONTAINS(?t, \"Affaires étrangères\"))"
expect_ask "$g" true "role: John Kirby, porte-parole" \
  "$(person '?p' Kirby)
   ?r a nk:RoleHolding ; org:member ?p ; nk:roleTitle ?t .
   FILTER(CONTAINS(?t, \"porte-parole\"))"

# --- meetings, calls
expect_ask "$g" true "meeting: Lavrov in New York, alleged (aurait rencontré)" \
  "$(article 01_deuxieme_voie) $(person '?p' Lavrov)
   ?m a nk:Meeting ; nk:inArticle ?a ; sem:hasActor ?p ;
      nk:modality \"alleged\" ; sem:hasPlace ?pl .
   ?pl schema:name ?pn . FILTER(CONTAINS(?pn, \"New York\"))"
expect_ask "$g" true "meeting: Colonna and Baerbock in Berlin, asserted" \
  "$(person '?p1' Colonna) $(person '?p2' Baerbock)
   ?m a nk:Meeting ; sem:hasActor ?p1 , ?p2 ; nk:modality \"asserted\" ;
      sem:hasPlace ?pl ; nk:eventKind \"meeting\" .
   ?pl schema:name ?pn . FILTER(CONTAINS(?pn, \"Berlin\"))"
expect_ask "$g" true "call: Burns and Narychkine" \
  "$(person '?p1' Burns) $(person '?p2' Narychkine)
   ?m a nk:Call ; sem:hasActor ?p1 , ?p2 ; nk:eventKind \"call\" ."
expect_ask "$g" false "Prigojine, only named in the call's topic, is no caller" \
  "$(person '?p' Prigojine) ?m a nk:Call ; sem:hasActor ?p ."
expect_ask "$g" true "call: Macron and Lula, by telephone" \
  "$(person '?p1' Macron) $(person '?p2' Lula)
   ?m a nk:Call ; sem:hasActor ?p1 , ?p2 ."
expect_ask "$g" true "meeting evidence: the words and their offsets" \
  "?m a nk:Meeting ; nk:evidenceText ?e ; nk:start ?s ; nk:end ?x .
   FILTER(CONTAINS(?e, \"rencontré\") && ?x > ?s)"

# --- one meeting told by two articles (src/lib/nk_events.h)
expect_ask "$g" true "01 and 02 tell the same New York meeting (nk:sameEventAs)" \
  "$(article 01_deuxieme_voie)
   ?m1 nk:inArticle ?a ; nk:sameEventAs ?e .
   ?m2 nk:inArticle ?a2 ; nk:sameEventAs ?e .
   ?a2 schema:identifier \"02_reaction_maison_blanche\" ."
expect_ask "$g" true "undated 01 learns 2023-04 from 02's meeting (nk:dateFrom)" \
  "$(article 01_deuxieme_voie)
   ?m1 nk:inArticle ?a ; sem:hasTimeStamp ?t ; nk:dateFrom ?m2 .
   ?m2 nk:inArticle ?a2 .
   ?a2 schema:identifier \"02_reaction_maison_blanche\" .
   FILTER(STR(?t) = \"2023-04\")"
expect_ask "$g" false "the Berlin meeting is no New York one" \
  "?m1 sem:hasPlace ?p1 ; nk:sameEventAs ?e . ?m2 sem:hasPlace ?p2 ;
   nk:sameEventAs ?e . FILTER(?p1 != ?p2)"

# --- statements
expect_ask "$g" true "direct statement « » of Catherine Colonna" \
  "$(person '?p' Colonna)
   ?s a nk:Statement ; nk:statementKind \"direct\" ; nk:speaker ?p ;
      schema:text ?t .
   FILTER(CONTAINS(?t, \"une seule voix\"))"
expect_ask "$g" true "the words said exclude the quotation marks" \
  "?s a nk:Statement ; schema:text ?t .
   FILTER(CONTAINS(?t, \"une seule voix\") && !CONTAINS(?t, \"«\")
          && !CONTAINS(?t, \"»\"))"
expect_ask "$g" true "direct statement of John Kirby (a insisté)" \
  "$(person '?p' Kirby)
   ?s a nk:Statement ; nk:statementKind \"direct\" ; nk:speaker ?p ;
      schema:text ?t .
   FILTER(CONTAINS(?t, \"aucun message\"))"
expect_ask "$g" true "indirect statement: Kirby a affirmé que" \
  "$(person '?p' Kirby)
   ?s a nk:Statement ; nk:statementKind \"indirect\" ; nk:speaker ?p ;
      schema:text ?t .
   FILTER(CONTAINS(?t, \"aucun rôle\"))"
expect_ask "$g" true "straight-quote statement \"...\"" \
  "?s a nk:Statement ; nk:statementKind \"direct\" ; schema:text ?t .
   FILTER(CONTAINS(?t, \"soufflé sur les braises\") && !CONTAINS(?t, '\"'))"
expect_ask "$g" true "unnamed speaker: un porte-parole du département d'État" \
  "?s a nk:Statement ; nk:speaker ?x ; schema:text ?t .
   ?x a nk:UnnamedAgent ; schema:name ?n .
   FILTER(CONTAINS(?t, \"Personne n'a été chargé\")
          && CONTAINS(?n, \"porte-parole\"))"

# --- sources
expect_ask "$g" true "cited outlet: selon NBC News" \
  "$(article 01_deuxieme_voie) ?a nk:cites ?o . ?o schema:name ?n .
   FILTER(CONTAINS(?n, \"NBC\"))"
expect_ask "$g" true "cited outlet: d'après Reuters" \
  "$(article 02_reaction_maison_blanche) ?a nk:cites ?o . ?o schema:name ?n .
   FILTER(CONTAINS(?n, \"Reuters\"))"
expect_ask "$g" true "cited outlet: selon Le Monde, with its citation node" \
  "$(article 04_colonna_baerbock) ?a nk:cites ?o . ?o schema:name ?n .
   ?c a nk:SourceCitation ; nk:outlet ?o ; nk:sourceRelation \"cites\" ;
      nk:inArticle ?a .
   FILTER(CONTAINS(?n, \"Monde\"))"
expect_ask "$g" false "Le Monde is not cited by the Lula article" \
  "$(article 05_appel_macron_lula) ?a nk:cites ?o . ?o schema:name ?n .
   FILTER(CONTAINS(?n, \"Monde\"))"

# --- the canonical queries run on it and select their columns
for q in persons organizations roles meetings statements sources; do
  expect_status 0 "queries/$q.rq runs" "$NEWSKG" query -r tsv -D "$g" \
    "$top_srcdir/queries/$q.rq"
  [ "$(wc -l <"$tmp/stdout")" -gt 1 ] && pass "queries/$q.rq has answers" ||
    fail "queries/$q.rq has answers"
done

finish
