"""Words around names: subject pronouns, titles, determiners."""

#: Subject pronouns → (gender, number).  "on" is left out: it hides its
#: referent ("a-t-on appris") and is never a speaker.
PRONOUNS = {
    "il": ("Masc", "Sing"),
    "elle": ("Fem", "Sing"),
    "ils": ("Masc", "Plur"),
    "elles": ("Fem", "Plur"),
    "celui-ci": ("Masc", "Sing"),
    "celle-ci": ("Fem", "Sing"),
    "ceux-ci": ("Masc", "Plur"),
    "celles-ci": ("Fem", "Plur"),
    "lui": ("Masc", "Sing"),
    "eux": ("Masc", "Plur"),
}

#: Honorifics and titles that precede a name and are dropped when comparing
#: names ("le général Kapustin" is Kapustin).  Role nouns that also describe
#: a person on their own (ministre, procureur) live in ROLE_NOUNS.
TITLES = frozenset(
    """
    m. m mme mmes mlle mlles mm. me maître dr docteur pr professeur
    monsieur madame mademoiselle
    général générale colonel capitaine commandant lieutenant sergent amiral
    maréchal président présidente ministre sénateur sénatrice député députée
    maire préfet préfète juge procureur procureure abbé père sœur saint sainte
    """.split()
)

#: Nouns that designate a person by role; a description built on one of
#: them can stand for a named person of the article ("la ministre",
#: "le chef de la milice").
#: Titles that name a profession (TLFi, « maître »: title given to lawyers,
#: and, in news copy, « Me » before a name is a lawyer's): a person so
#: titled holds the role these nouns name (« Me Inès Carrel » … « l'avocate »).
TITLE_ROLES = {
    "me": frozenset({"avocat", "avocate"}),
    "maître": frozenset({"avocat", "avocate"}),
}

#: Nouns news copy uses to take up the holder of a narrower role
#: (dictionaries: « édile », a town's magistrate, in the press its mayor;
#: « élu », who holds an elective office; « parlementaire »; « magistrat »,
#: a judge or prosecutor): « X, maire de Y » … « l'élu ». Tied only where
#: one named person holds such a role (``Resolver``).
ROLE_HYPERNYMS = {
    "édile": frozenset({"maire", "bourgmestre"}),
    "élu": frozenset(
        """maire bourgmestre député sénateur conseiller adjoint
        parlementaire eurodéputé""".split()
    ),
    "élue": frozenset(
        """maire bourgmestre députée sénatrice conseillère adjointe
        parlementaire eurodéputée""".split()
    ),
    "parlementaire": frozenset("député députée sénateur sénatrice eurodéputé eurodéputée".split()),
    "magistrat": frozenset({"procureur", "juge"}),
    # « le responsable »: whoever holds a post of command the article named.
    "responsable": frozenset(
        """directeur directrice chef cheffe président présidente secrétaire
        commandant colonel capitaine général délégué déléguée coordinateur
        coordinatrice dirigeant dirigeante patron patronne préfet préfète
        maire procureur procureure commissaire gouverneur gouverneure""".split()
    ),
    "magistrate": frozenset({"procureure", "juge"}),
    # « Jean Roux, directeur de X … le dirigeant », « le patron de X »: the
    # press takes up the head of a company or a club by these words
    # (TLFi « dirigeant », « patron »: who directs a firm, a body); a
    # masculine one covers the masculine and epicene titles, as « la
    # dirigeante » the feminine ones.
    "dirigeant": frozenset("directeur président patron pdg chef".split()),
    "dirigeante": frozenset("directrice présidente patronne pdg cheffe".split()),
    "patron": frozenset("directeur président pdg dirigeant chef".split()),
    "patronne": frozenset("directrice présidente pdg dirigeante cheffe".split()),
    # Sports copy names a team's coach « le technicien » (TLFi: in sport,
    # the trainer) and uses « coach », « entraîneur » for one another.
    "technicien": frozenset("entraîneur coach sélectionneur".split()),
    "technicienne": frozenset("entraîneuse coach sélectionneuse".split()),
    "coach": frozenset("entraîneur entraîneuse sélectionneur sélectionneuse".split()),
    "entraîneur": frozenset("coach sélectionneur".split()),
    # « X, délégué syndical … la représentante des salariés »: a staff
    # delegate is by office the staff's representative (Code du travail:
    # « délégué du personnel », « représentant du personnel »), and a
    # « syndicaliste » one too.
    "représentant": frozenset("délégué déléguée syndicaliste".split()),
    "représentante": frozenset("délégué déléguée syndicaliste".split()),
    # « l'acteur X … le comédien »: synonyms (TLFi « comédien »).
    "comédien": frozenset({"acteur"}),
    "comédienne": frozenset({"actrice"}),
    "acteur": frozenset({"comédien"}),
    "actrice": frozenset({"comédienne"}),
}

#: Set phrases that name a role by other words (dictionaries: « chef de
#: l'État », the head of state, in a republic its president), folded.
ROLE_PERIPHRASES = {
    "chef de l'etat": "président",
    "cheffe de l'etat": "présidente",
    "locataire de l'elysee": "président",
}

ROLE_NOUNS = frozenset(
    """
    président présidente ministre procureur procureure préfet préfète
    sous-préfet sous-préfète maire député députée sénateur sénatrice chef
    cheffe directeur directrice porte-parole avocat avocate secrétaire
    coordinateur coordinatrice délégué déléguée responsable dirigeant
    dirigeante commandant général colonel capitaine entraîneur entraîneuse
    coach juge adjoint adjointe conseiller conseillère patron patronne
    fondateur fondatrice auteur autrice romancière romancier écrivain
    écrivaine critique docteur médecin infirmier infirmière expert experte
    chercheur chercheuse spécialiste économiste analyste commissaire
    gouverneur gouverneure ambassadeur ambassadrice témoin victime
    leader militant militante syndicaliste élu élue candidat candidate
    capitaine joueur joueuse attaquant défenseur gardien sélectionneur
    journaliste rédacteur rédactrice éditeur éditrice chanteur chanteuse
    acteur actrice réalisateur réalisatrice artiste habitant habitante
    riverain riveraine agriculteur agricultrice éleveur éleveuse
    comédien comédienne technicien technicienne sélectionneuse pdg
    bourgmestre échevin échevine représentant représentante
    """.split()
)

#: Nouns that name a person by kinship, by their part in a case or an
#: event, or by their walk of life (dictionaries: noms de parenté, the
#: parties of a trial): « la mère de la victime », « le prévenu », « une
#: voisine ».  News copy takes such persons up with « il » / « elle » and
#: gives them the floor after a colon, as it does the holders of a role.
PERSON_NOUNS = frozenset(
    """
    mère père fils fille frère sœur soeur épouse époux mari femme homme
    compagnon compagne veuve veuf oncle tante cousin cousine grand-mère
    grand-père parent maman papa prévenu prévenue accusé accusée suspect
    suspecte plaignant plaignante détenu détenue patient patiente rescapé
    rescapée survivant survivante passant passante voisin voisine ami amie
    adolescent adolescente enfant élève étudiant étudiante lycéen lycéenne
    collégien collégienne retraité retraitée salarié salariée ouvrier
    ouvrière commerçant commerçante conducteur conductrice automobiliste
    policier policière gendarme pompier soldat militaire manifestant
    manifestante
    """.split()
)

#: Class nouns of bodies that copy uses to take up one it has named (« La
#: Gendarmerie a publié un communiqué … l'institution qualifie … », « Orvane
#: a annoncé … a ajouté l'entreprise »): the dictionaries' hypernyms of an
#: organisation's or a company's name.  « groupe » stays out: armed groups
#: and their parent networks share it (the work split showed the confusion).
BODY_HYPERNYMS = frozenset(
    """
    institution organisation organisme structure instance entreprise société
    firme compagnie fabricant constructeur géant opérateur laboratoire
    """.split()
)

#: Nouns of a kind of body that its own name is built on (« l'ONG Terre
#: Claire », « le syndicat Force Rurale », « le ministère de l'Intérieur »):
#: copy takes such a body up by the bare noun (« cette ONG », « le
#: ministère ») once it has named one of that kind.  Common nouns of
#: organisation types from the dictionaries; « groupe » stays out as above;
#: « centrale » is the union sense (« la centrale syndicale »), the one copy
#: gives a voice (a power plant is spoken for by its operator).
BODY_CLASS_NOUNS = frozenset(
    """
    ong syndicat ministère association agence parti fédération collectif
    institut office fondation observatoire confédération coalition centrale
    """.split()
)

#: The class nouns above whose bodies copy names by their acronym or name
#: alone (« la CGT », « Les Verts », « Amnesty ») before taking them up by
#: the bare noun (« le syndicat », « la centrale », « le parti », « l'ONG »):
#: such a noun, where no body was named with it, takes up the last body
#: named.  A ministry, an agency or an institute is named with its noun
#: (« le ministère de … »), so a bare « le ministère » takes up no other body.
ACRONYM_CLASS_NOUNS = frozenset(
    """
    ong syndicat centrale parti association fédération confédération
    collectif coalition
    """.split()
)

#: Phrases that point back at the source last given a voice (« a ajouté la
#: même source », « selon cette source », « de même source »): the
#: reporting formulas of news copy, folded (no accents, lower case).
SAME_SOURCE = frozenset(
    {
        "la meme source",
        "cette meme source",
        "cette source",
        "de meme source",
        "meme source",
        "de source identique",
        "ladite source",
    }
)

#: Nouns that take up a document the article named (« un communiqué … le
#: texte précise »): « texte » is the document of any kind.
DOCUMENT_TAKE_UP = frozenset({"texte", "document"})

#: Demonstrative determiners: « cette ONG », « cet organisme » point back
#: as a definite article does, and more strongly (the nearest antecedent).
DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})

#: The same for media (« selon Le Courrier … assure le quotidien »).
MEDIA_HYPERNYMS = frozenset(
    "quotidien journal hebdomadaire mensuel magazine média titre chaîne radio".split()
)

DETERMINERS = frozenset(
    """
    le la les l’ l' un une des du de d’ d' son sa ses leur leurs ce cette ces
    notre nos votre vos mon ma mes au aux
    """.split()
)

#: Nouns that name a source of information (organisations, groups, bodies):
#: « pour les syndicats », « selon la police ».  Used to tell « pour X » in
#: its "according to" sense from « pour » + any other noun.
SOURCE_NOUNS = frozenset(
    """
    syndicat syndicats intersyndicale collectif association associations ong
    gouvernement ministère ministre opposition opposants organisateurs police
    gendarmerie préfecture parquet justice tribunal experts spécialistes
    habitants riverains médecins élus observateurs manifestants analystes
    économistes direction entreprise groupe armée autorités agence commission
    mission institut observatoire centre conseil parti partis majorité
    défense accusation avocats enquêteurs secours pompiers hôpital mairie
    ville région département état kremlin élysée matignon sondage étude
    rapport médias presse journal chercheurs scientifiques militants
    familles proches voisins témoins salariés agriculteurs éleveurs
    enseignants parents élèves étudiants supporters club fédération ligue
    services
    """.split()
)
