"""French units of numeric claims: what a number counts, and its family.

A claim's unit is the lemma of what it counts (``spec/annotation-guidelines.md``
§4): the counted noun, or the participle or predicate that says what
happened to it ("deux personnes ont perdu la vie" → mort; "dix ont été
blessées" → blessé).  Units group into families a reader would accept as
the same measure (§5: killed / dead; wounded / injured).  Family keys are
language-neutral, so an English "70 killed" and a French "deux morts" land
in the same family ("killed").
"""

from __future__ import annotations

from quidit.lang import ScopeWords, UnitData


def _family(key: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), key)


#: Unit lemma → family.  Families follow issue 7's list (killed, wounded,
#: arrested, displaced, demonstrators, money, percentages) and the counts
#: real news disputes most (``spec/what-real-news-holds.md``): missing,
#: rescued, strikers, turnout, cases, jobs, homes, votes, hostages.
FAMILIES: dict[str, str] = {
    **_family("killed", "tué mort décédé décès péri abattu exécuté assassiné noyé"),
    **_family("wounded", "blessé blessure"),
    **_family("hospitalised", "hospitalisé hospitalisation"),
    **_family("arrested", "interpellé arrêté interpellation arrestation gardé-à-vue"),
    **_family("captured", "capturé prisonnier"),
    **_family("hostages", "otage enlevé"),
    **_family("displaced", "déplacé réfugié évacué relogé"),
    **_family("missing", "disparu"),
    **_family("affected", "sinistré affecté"),
    **_family("rescued", "secouru rescapé sauvé"),
    **_family("victims", "victime"),
    **_family("demonstrators", "manifestant marcheur protestataire participant"),
    **_family("strikers", "gréviste"),
    **_family("turnout", "participation"),
    **_family("votes", "voix suffrage"),
    **_family("cases", "cas contamination infection"),
    **_family("jobs", "poste emploi licenciement licencié"),
    **_family("homes", "foyer logement maison habitation ménage"),
    **_family("money", "euro dollar livre yen yuan rouble franc hryvnia centime"),
}

#: Money compares only within one currency.
CURRENCY_FAMILIES = frozenset({"money"})

#: Predicate (lemma or inflected form) → unit of its subject or object.
#: spaCy's French lemmatiser sometimes keeps the participle ("disparu")
#: or the noun ("manque"), so both forms are listed.
EVENT_UNITS: dict[str, str] = {
    **dict.fromkeys(
        "tuer tué tués tuée tuées abattre abattu abattus exécuter assassiner massacrer "
        "exécution exécutions assassinat assassinats meurtre meurtres".split(),
        "tué",
    ),
    **dict.fromkeys(
        "mourir mort morts morte mortes décéder décédé décédés périr péri succomber "
        "mortel mortels mortelle mortelles décès".split(),
        "mort",
    ),
    # « 50 terroristes neutralisés », « deux soldats tombés »: the military
    # communiqués' words for enemies killed and for their own dead (Sahel
    # army copy uses both for deaths; TLFi: tomber « mourir au combat »).
    **dict.fromkeys("neutraliser neutralisé neutralisés".split(), "tué"),
    **dict.fromkeys("tombé tombés".split(), "mort"),
    **dict.fromkeys("blesser blessé blessés blessée blessées".split(), "blessé"),
    **dict.fromkeys(
        "hospitaliser hospitalisé hospitalisés hospitalisée hospitalisées".split(), "hospitalisé"
    ),
    **dict.fromkeys(
        "interpeller interpellé interpellés interpellée interpellées appréhender".split(),
        "interpellé",
    ),
    **dict.fromkeys("arrêter arrêté arrêtés arrêtée arrêtées".split(), "arrêté"),
    **dict.fromkeys("capturer capturé capturés".split(), "capturé"),
    **dict.fromkeys("kidnapper enlever enlevé enlevés".split(), "enlevé"),
    **dict.fromkeys("disparaître disparu disparus disparue disparues".split(), "disparu"),
    **dict.fromkeys(
        "secourir secouru secourus secourue secourues repêcher sauver sauvé sauvés".split(),
        "secouru",
    ),
    **dict.fromkeys("évacuer évacué évacués évacuée évacuées".split(), "évacué"),
    **dict.fromkeys("déplacer déplacé déplacés déplacée déplacées".split(), "déplacé"),
    **dict.fromkeys("reloger relogé relogés".split(), "relogé"),
    # « 400 000 sont sinistrées », « un million ont été affectées »: the
    # people a disaster struck (sinistré: TLFi « victime d'un sinistre »).
    **dict.fromkeys("sinistrer sinistré sinistrés sinistrée sinistrées".split(), "sinistré"),
    **dict.fromkeys("affecter affecté affectés affectée affectées".split(), "affecté"),
    **dict.fromkeys("manifester défiler marcher".split(), "manifestant"),
    **dict.fromkeys("licencier licencié licenciés licenciée licenciées".split(), "licencié"),
}

#: (predicate, object or preposition) lemmas → unit: "perdre la vie",
#: "être en grève", "cesser le travail".
EVENT_PHRASES: dict[tuple[str, str], str] = {
    ("perdre", "vie"): "mort",
    ("trouver", "mort"): "mort",
    ("en", "grève"): "gréviste",
    ("faire", "grève"): "gréviste",
    ("cesser", "travail"): "gréviste",
    ("placer", "garde"): "gardé-à-vue",
    ("descendre", "rue"): "manifestant",
}

#: Only for a number standing alone: "il en manque au moins 15".
BARE_EVENT_UNITS = {"manquer": "disparu", "manque": "disparu"}

#: "nous avons perdu quatre combattants" → mort.
LOSS_VERBS = {"perdre": "mort"}

#: Nouns of people: a predicate names their unit ("34 assaillants ont été
#: tués" → tué), while for things the noun stays ("260 postes vont
#: disparaître" → poste).
PERSON_NOUNS = frozenset(
    """
    personne gens homme femme enfant bébé adolescent jeune adulte civil
    habitant résident citoyen villageois passant soldat militaire combattant
    assaillant militant milicien policier gendarme pompier secouriste
    sauveteur agent manifestant gréviste salarié employé ouvrier travailleur
    enseignant professeur instituteur élève étudiant patient malade passager
    migrant exilé réfugié touriste supporter spectateur fidèle détenu
    prisonnier otage membre victime terroriste djihadiste rebelle insurgé
    nationaliste séparatiste paramilitaire mercenaire marin pilote médecin
    infirmier infirmière soignant journaliste agriculteur éleveur pêcheur
    mineur électeur individu suspect ressortissant volontaire partisan
    combattante habitante concitoyen compatriote islamiste jihadiste
    """.split()
) | frozenset(
    # « 115 Afghans ont trouvé la mort », « plus de 1 000 Pakistanais ont
    # été blessés »: a people's name counts people (the demonyms of the
    # countries news of tolls is about; the lemma is lower-cased)
    """
    afghan algérien allemand américain anglais belge béninois birman
    britannique burkinabè burkinabé burundais camerounais canadien
    centrafricain chinois colombien congolais égyptien érythréen espagnol
    éthiopien européen français gabonais guinéen haïtien indien irakien
    iranien israélien italien ivoirien japonais kurde libanais libyen malien
    marocain mauritanien mexicain nigérian nigérien pakistanais palestinien
    québécois russe rwandais sénégalais somalien soudanais suisse syrien
    tchadien togolais tunisien turc ukrainien vénézuélien yéménite
    """.split()
)

#: Which side a count is about.  Counts of different sides (civilians
#: killed, fighters killed) are different things and never conflict.
GROUPS: dict[str, str] = {
    **_family(
        "civilian",
        "civil civile enfant bébé femme habitant villageois passant patient élève "
        "touriste ressortissant résident citoyen fidèle spectateur journaliste "
        "secouriste humanitaire réfugié migrant exilé",
    ),
    # A state's soldiers and the armed groups they fight are opposite
    # sides: « 12 soldats tués » and « 40 terroristes neutralisés » are two
    # tolls, never rival counts of one (TLFi: soldat, militaire « qui fait
    # partie des forces armées » of a state; combattant, rebelle, insurgé …
    # the irregular side, as French news names it; a « déserteur » is a
    # soldier who left his army).
    **_family("soldiers", "soldat militaire déserteur"),
    **_family(
        "fighters",
        "combattant assaillant milicien rebelle insurgé terroriste "
        "djihadiste nationaliste séparatiste paramilitaire mercenaire militant "
        "volontaire",
    ),
    **_family("police", "policier gendarme"),
    # Which procession or trade: « 34 000 fonctionnaires et 13 000 cheminots »
    # are two counts of one march, not competing ones.
    **_family("public servants", "fonctionnaire"),
    **_family("railway workers", "cheminot"),
    **_family("teachers", "enseignant professeur instituteur"),
    **_family("students", "étudiant lycéen"),
    **_family("farmers", "agriculteur éleveur"),
    **_family("health workers", "soignant infirmier infirmière"),
    **_family("pensioners", "retraité"),
}

#: "le nombre de victimes est passé à 19" → victime.
COUNT_NOUNS = frozenset({"nombre", "total", "bilan", "chiffre", "décompte", "comptage"})

#: What a count is about (issue 12; guidelines §5 condition 3): French
#: puts a city after « à » / « au » and a country or region after « en »;
#: whole-territory phrases are the national count.
SCOPE = ScopeWords(
    place_prepositions=frozenset(
        {
            "à",
            "au",
            "aux",
            "a",
            "sur",
            "dans la région de",
            "dans la province de",
            "dans la ville de",
            "dans la commune de",
            "dans la localité de",
            "du côté de",
            "vers",
            "dans les rues de",
            "dans les rues d'",
            "dans les rues du",
            "au-dessus de",
            "au-dessus de la région de",
            "autour de",
            "aux abords de",
            "du côté d'",
            "dans la région d'",
            "dans la province d'",
            "dans la ville d'",
            "dans la commune d'",
        }
    ),
    area_prepositions=frozenset({"en"}),
    whole_phrases=(
        "dans toute la",
        "dans tout le",
        "dans toute l'",
        "dans tout l'",
        "partout en",
        "à travers la",
        "à travers le",
        "à travers tout le",
        "sur l'ensemble de la",
        "sur l'ensemble du",
        "sur l'ensemble des",
        "dans l'ensemble de la",
        "dans l'ensemble du",
        "sur tout le",
        "sur toute la",
    ),
    national_phrases=(
        "sur le territoire",
        "dans le pays",
        "dans tout le pays",
        "au niveau national",
        "à l'échelle nationale",
        "sur l'ensemble du territoire",
        "sur tout le territoire",
        "dans tout le territoire",
        "chiffre national",
        "bilan national",
        "total national",
        "décompte national",
        "en région",
        "en régions",
        "dans les régions",
    ),
    capital_phrases=("dans la capitale", "à la capitale", "la capitale"),
    weekdays=frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche hier".split()),
    months=frozenset(
        "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre".split()
    ),
    round_phrases=("premier tour", "second tour", "deuxième tour", "1er tour", "2e tour"),
    # « 1 % en 2015 et 1,5 % en 2016 »: two years, two forecasts.
    year_prepositions=frozenset({"en"}),
    earlier_event_words=(
        "précédent",
        "précédente",
        "dernier",
        "dernière",
        "l'an dernier",
        "l'année dernière",
        "la semaine dernière",
        "le mois dernier",
        "précédents",
        "précédentes",
        "derniers",
        "dernières",
    ),
    event_nouns=frozenset(
        "manifestation manifestations cortège cortèges rassemblement rassemblements "
        "mobilisation mobilisations journée journées rendez-vous défilé défilés grève "
        "grèves marche marches scrutin élection édition attaque attentat séisme".split()
    ),
    superseded_phrases=(
        "précédent bilan",
        "bilan précédent",
        "premier bilan",
        "bilan initial",
        "ancien bilan",
        "initialement",
        "auparavant",
        "dans un premier temps",
    ),
    provisional_phrases=("bilan provisoire",),
    later_phrases=(
        "nouveau bilan",
        "dernier bilan",
        "bilan définitif",
        "bilan actualisé",
        "bilan revu",
        "bilan s'est alourdi",
        "bilan a été revu",
    ),
    clause_breaks=(";", "tandis qu", "alors qu", "mais ", "soit "),
    since_words=("depuis",),
    period_phrases=(
        "durant les",
        "pendant les",
        "au cours des",
        "en vingt-quatre heures",
        "en 24 heures",
        "en une journée",
        "en une semaine",
    ),
    pluperfect_auxiliaries=frozenset({"avait", "avaient"}),
    complementisers=("que ", "qu'"),
    # « alors que l'armée avait fait état de 24 morts »: a conjunction, not
    # the complementiser of a reporting verb.
    not_complementiser_before=frozenset(
        "alors tandis parce lors dès avant après pendant bien ainsi même sans pour "
        "depuis si".split()
    ),
    forecast_phrases=(
        "tablait sur",
        "tablaient sur",
        "table sur",
        "tablent sur",
        "s'attendait à",
        "s'attendaient à",
        "s'attend à",
        "s'attendent à",
        "prévoyait",
        "prévoyaient",
        "espérait",
        "espéraient",
        "visait",
        "visaient",
        "objectif de",
    ),
    subgroup_nouns=frozenset({"noyau", "groupe", "poignée", "groupuscule"}),
    # Inverted clitics and the participles of the commonest verbs of telling
    # that take « à » + the addressee (Le Petit Robert's constructions of
    # dire, déclarer, expliquer, confier, indiquer, préciser, affirmer,
    # assurer, raconter, répondre, annoncer, rappeler, souligner).
    addressee_after=frozenset(
        {
            "-il",
            "-elle",
            "-ils",
            "-elles",
            "-t-il",
            "-t-elle",
            "-on",
            "-t-on",
            "dit",
            "déclaré",
            "expliqué",
            "confié",
            "indiqué",
            "précisé",
            "affirmé",
            "assuré",
            "raconté",
            "répondu",
            "annoncé",
            "rappelé",
            "souligné",
        }
    ),
    # Present participles of speaking and past participles of publishing
    # or saying: the day after them is when the source spoke (a toll
    # « publié ce lundi » may count Saturday's dead).
    statement_time_words=frozenset(
        """
        s'exprimant exprimant déclarant annonçant indiquant précisant affirmant
        publié publiée publiés publiées diffusé diffusée diffusés diffusées
        communiqué communiquée communiqués interrogé interrogée interrogés
        interrogées déclaré annoncé indiqué précisé affirmé expliqué confié
        """.split()
    ),
    exclusion_phrases=(
        "sans compter",
        "sans comptabiliser",
        "sans inclure",
        "hors",
        "à l'exception de",
        "non compris",
    ),
    # « cinq des dix blessés », « trois d'entre eux » (the partitive « de »
    # with a definite plural, Grevisse §587).
    partitive_after=("des", "d'entre"),
    # « le nombre de soldats tués a atteint 9 044 », « celui des déserteurs
    # 1 296 »: the noun of a count, or the demonstrative standing for it.
    count_nouns=frozenset("nombre total bilan celui celle ceux celles".split()),
    # Nouns of variation (TLFi: hausse, baisse, recul …) and the verbs of
    # change with « de » + figure (« a augmenté de 3 % »); « passer de 3 à
    # 5 » names two levels and is left out, as is « croissance », whose
    # figure is itself the level reported (« une croissance de 2 % »).
    change_words=frozenset(
        """
        hausse hausses baisse baisses progression progressions recul reculs
        augmentation augmentations diminution diminutions chute chutes repli
        replis bond bonds envolée envolées
        augmenté augmente augmentent augmentait baissé baisse baissent
        baissait diminué diminue diminuent chuté chute chutent reculé recule
        reculent progressé progresse progressent grimpé grimpe grimpent bondi
        bondit bondissent
        """.split()
    ),
    generic_people=frozenset({"personne", "gens", "individu"}),
    people_families=frozenset(
        {"killed", "wounded", "demonstrators", "strikers", "displaced", "missing", "arrested"}
    ),
    total_phrases=("bilan total", "total des morts", "total des victimes", "bilan global"),
)

#: Counting verbs (TLFi: compter, décompter, recenser, dénombrer,
#: comptabiliser, enregistrer, chiffrer) in every participle form.
COUNTING_PARTICIPLES = frozenset(
    stem + end
    for stem in "compt décompt recens dénombr comptabilis enregistr chiffr".split()
    for end in ("é", "és", "ée", "ées", "er")
)

UNITS = UnitData(
    families=FAMILIES,
    currency_families=CURRENCY_FAMILIES,
    event_units=EVENT_UNITS,
    event_phrases=EVENT_PHRASES,
    bare_event_units=BARE_EVENT_UNITS,
    loss_verbs=LOSS_VERBS,
    counting_participles=COUNTING_PARTICIPLES,
    person_nouns=PERSON_NOUNS,
    groups=GROUPS,
    count_nouns=COUNT_NOUNS,
    scope=SCOPE,
)
