"""French words that bound and resolve speaker mentions: name particles,
the prepositions of a circumstance (not of a noun complement), documents
and their issuers, anaphoric « ce dernier », left dislocation.

Sources: the Grevisse (§ 220 on « ce dernier », § 648 on dislocation),
the Lexique des règles typographiques de l'Imprimerie nationale (particles
of names: « de », « d' », « du », « des », foreign « van », « von », « ben »,
« ould », « el », « al »), and the usual wording of wire copy (« a indiqué
le parquet dans un communiqué », « selon un bilan communiqué par … »).
"""

#: Words that stand inside or before a surname (« Valéry Giscard d'Estaing »,
#: « Ilse Van de Velde », « Mohamed Ould Abdel Aziz »): a name the
#: recogniser stops at one of them goes on to the next capitalised word.
NAME_PARTICLES = frozenset(
    """
    de d' d’ du des la le van vande vanden der den ter ten von zu di da
    dos do del della ben bin ibn ould ag el al abou abu bou ait aït mac
    """.split()
)

#: Words that, set right before a person's name inside a description, make
#: the name a complement of the description's noun (« l'avocate de Jean
#: Roux », « la chroniqueuse d'Ana Petit »): the description names another
#: person, tied to the named one, not the named one (guidelines §2: two
#: sources).
NAME_COMPLEMENT_MARKERS = ("de", "d'", "d’")

#: Prepositions that open a circumstance of the clause (where, when, how
#: the source spoke), never a complement of the source's noun: a mention
#: stops before them (« a annoncé le ministère dans un communiqué », « la
#: candidate lors d'une allocution »).  « de », « à », « chez » and « en »
#: are left out: they build names of roles (« le consul à Goma »,
#: « l'économiste chez Natixis », « docteur en droit »), and « par » brings
#: a document's issuer (« un bilan publié par la préfecture »).
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    """
    dans lors pendant durant sur devant après avant depuis via avec auprès
    selon pour vers sans contre malgré dès face lorsqu' lorsque quand
    """.split()
)

#: Nouns of the people a source speaks to (« a indiqué le porte-parole aux
#: journalistes », « a déclaré le maire à la presse »): after « à » / « aux »
#: they are the addressee, never part of the source's name.  « à » itself
#: stays out of ``CIRCUMSTANCE_PREPOSITIONS`` (« le consul à Goma »), so the
#: addressee is recognised by its noun.
ADDRESSEE_NOUNS = frozenset(
    """
    journaliste journalistes presse médias média reporters reporter
    correspondants correspondant correspondante micro antenne
    """.split()
)

#: Verbs of asking: after « …, lui a demandé un journaliste », the answer's
#: « il » is the one asked, not the asker (salience skips the asker).
ASKING_VERBS = frozenset({"demander", "interroger", "questionner", "enquérir"})

#: The noun of an age set beside a name (« Solène, 45 ans, qui trouvait
#: … »): a relative after it takes up the person, not the age.
AGE_NOUNS = frozenset({"an", "ans"})

#: Coordinators that join two clauses, never two sources of one group:
#: « a déclaré la porte-parole X, mais le bilan restait inconnu … ».
ADVERSATIVE_COORDINATORS = frozenset({"mais"})

#: Nouns of a document, a count or a call whose issuer, when the text
#: names it (« un communiqué du ministère », « le bilan communiqué par le
#: gouvernement », « un sondage Ifop »), is the source (guidelines §2);
#: so are nouns of an act of speech (« le recadrage de X », « la réponse
#: de la ministre », « les propos du maire »): its author is the speaker.
DOCUMENT_NOUNS = frozenset(
    """
    rapport rapports communiqué communiqués bilan bilans chiffre chiffres
    information informations donnée données étude études sondage sondages
    déclaration déclarations appel appels estimation estimations décompte
    comptage enquête enquêtes note notes projection projections prévision
    prévisions statistiques relevé relevés document documents courrier
    lettre message messages publication compte-rendu article articles
    résultat résultats comptes comptages décomptes
    recadrage avertissement avertissements réponse réponses réaction
    réactions plaidoyer réquisitoire aveu aveux confidences propos discours
    allocution tribune
    """.split()
)

#: Demonstrative pronouns that stand for a document or a count named
#: before (« plus basses que celles de la préfecture, qui table sur … »,
#: « supérieur à celui du ministère »): with « de X » they are X's.
DEMONSTRATIVE_PRONOUNS = frozenset("celui celle ceux celles".split())

#: Participles that make their agent the issuer of a document (« publié
#: par », « diffusés par », « parus dans » a medium); « consulté par »,
#: « cité par », « obtenu par » name its reader, not its author.
ISSUING_PARTICIPLES = frozenset(
    """
    publier diffuser communiquer rapporter réaliser fournir avancer donner
    établir annoncer dresser livrer transmettre rendre présenter commander
    mener conduire signer rédiger émettre produire dévoiler paraître
    """.split()
)

#: Participles whose « de » complement is where a document comes from
#: (« un communiqué émanant du ministère », « reçu de la préfecture »,
#: « signé du porte-parole »): that body or person is its issuer.
ORIGIN_PARTICIPLES = frozenset("émaner provenir recevoir signer".split())

#: Participles after a document that name its reader, not its author
#: (« un rapport consulté par l'AFP »), by their stem: the parser tags some
#: participles as nouns (« communiqué »), so any other participle with
#: « par » names the issuer.
READING_STEMS = (
    "consult",
    "cit",
    "obten",
    "obtenu",
    "lu",
    "vu",
    "relay",
    "repris",
    "examin",
    "reçu",
)

#: « ce dernier » and its forms → (gender, number): the last-named referent.
LATTER = {
    "ce dernier": ("Masc", "Sing"),
    "cette dernière": ("Fem", "Sing"),
    "ces derniers": ("Masc", "Plur"),
    "ces dernières": ("Fem", "Plur"),
    "ce dernier-ci": ("Masc", "Sing"),
    # The demonstrative pronouns point back the same way (Grevisse: « celui-ci »,
    # the nearer, that is the last named).
    "celui-ci": ("Masc", "Sing"),
    "celle-ci": ("Fem", "Sing"),
    "ceux-ci": ("Masc", "Plur"),
    "celles-ci": ("Fem", "Plur"),
}

#: Nouns of a time that a mention never ends on (« a déclaré le maire
#: mardi soir », « ce week-end »), beside the weekdays of ``cues.TIME_WORDS``.
TIME_NOUNS = frozenset(
    """
    semaine week-end mois année an nuit après-midi veille lendemain
    janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre
    """.split()
)

#: Openers of a left-dislocated topic that a following pronoun takes up
#: (« Quant à l'opposition, elle … »).
TOPIC_OPENERS = ("quant à", "quant au", "quant aux")

#: Impersonal subject that the gold resolves to the body speaking when the
#: context names one (« On explique au siège que … »): a weak pronoun.
IMPERSONAL = frozenset({"on"})

#: Noun endings that tell a noun's gender where the tagger gives none (an
#: elided article: « l'agence », « l'institut »).  Grevisse's suffix
#: classes, only those without common exceptions among the nouns news
#: copy gives a voice; checked longest first.
NOUN_GENDER_ENDINGS = {
    "tion": "Fem",
    "sion": "Fem",
    "ence": "Fem",
    "ance": "Fem",
    "ité": "Fem",
    "ture": "Fem",
    "ée": "Fem",
    "ise": "Fem",
    "ade": "Fem",
    "isme": "Masc",
    "ment": "Masc",
    "itut": "Masc",
    "oire": "Masc",
    "ital": "Masc",
}
