"""French words for the kind, anonymity and gender of sources.

Gender rests on grammar: French marks the gender of a person noun by its
form (« procureure », « directrice ») or, for nouns with one form, by the
determiner (« la ministre », « le porte-parole »).  Nouns whose gender is
grammatical only (« un témoin », « une source », « une personne ») say
nothing of the person.  The kinds follow the conventions of the real-news
gold (``shared/data/real-fr/README.md``): ministries, armies, police,
courts, states and public agencies are ``government``; unions, parties,
companies and NGOs ``organisation``; several sources together ``group``.
"""

from quidit.lang.attributes import AttributeData
from quidit.lang.fr.first_names import FAMILY_NAME_FIRST, FIRST_NAMES, MIDDLE_NAMES
from quidit.lang.fr.known_names import KNOWN_NAMES


def _pairs(text: str) -> dict[str, str]:
    """ "masc/fem masc/fem …" → {masc: male, fem: female}."""
    out: dict[str, str] = {}
    for pair in text.split():
        masc, fem = pair.split("/")
        out[masc] = "male"
        out[fem] = "female"
    return out


_GENDERED = _pairs(
    """
    président/présidente procureur/procureure préfet/préfète
    sous-préfet/sous-préfète député/députée sénateur/sénatrice
    directeur/directrice avocat/avocate délégué/déléguée dirigeant/dirigeante
    coordinateur/coordinatrice conseiller/conseillère patron/patronne
    fondateur/fondatrice chercheur/chercheuse expert/experte
    ambassadeur/ambassadrice militant/militante élu/élue candidat/candidate
    joueur/joueuse attaquant/attaquante défenseur/défenseure
    rédacteur/rédactrice éditeur/éditrice chanteur/chanteuse acteur/actrice
    réalisateur/réalisatrice habitant/habitante riverain/riveraine
    agriculteur/agricultrice éleveur/éleveuse infirmier/infirmière
    entraîneur/entraîneuse sélectionneur/sélectionneuse gouverneur/gouverneure
    chef/cheffe adjoint/adjointe correspondant/correspondante
    envoyé/envoyée représentant/représentante
    ressortissant/ressortissante employé/employée salarié/salariée
    enseignant/enseignante étudiant/étudiante retraité/retraitée
    commerçant/commerçante voisin/voisine ami/amie époux/épouse mari/femme
    père/mère fils/fille frère/sœur oncle/tante grand-père/grand-mère
    homme/femme garçon/fille monsieur/madame roi/reine prince/princesse
    sportif/sportive créateur/créatrice animateur/animatrice
    présentateur/présentatrice auteur/autrice écrivain/écrivaine
    informaticien/informaticienne mécanicien/mécanicienne pharmacien/pharmacienne
    musicien/musicienne technicien/technicienne statisticien/statisticienne
    historien/historienne politicien/politicienne
    gérant/gérante président-directeur/présidente-directrice
    magistrat/magistrate lieutenant/lieutenante colonel/colonelle
    général/générale commandant/commandante sergent/sergente
    docteur/doctoresse professeur/professeure instituteur/institutrice
    serveur/serveuse vendeur/vendeuse travailleur/travailleuse
    manifestant/manifestante opposant/opposante survivant/survivante
    passant/passante supporter/supportrice leader/leadeuse
    résident/résidente policier/policière pompier/pompière soldat/soldate
    officier/officière ouvrier/ouvrière paysan/paysanne vigneron/vigneronne
    producteur/productrice consommateur/consommatrice client/cliente
    patient/patiente citoyen/citoyenne cheminot/cheminote chauffeur/chauffeuse
    conducteur/conductrice inspecteur/inspectrice contrôleur/contrôleuse
    agent/agente usager/usagère vacancier/vacancière spectateur/spectatrice
    commissaire-priseur/commissaire-priseuse
    romancier/romancière cuisinier/cuisinière boulanger/boulangère
    habitué/habituée voyageur/voyageuse négociateur/négociatrice
    administrateur/administratrice médiateur/médiatrice organisateur/organisatrice
    lycéen/lycéenne collégien/collégienne chirurgien/chirurgienne
    attaché/attachée gradé/gradée
    rapporteur/rapporteure eurodéputé/eurodéputée doyen/doyenne
    bâtonnier/bâtonnière champion/championne médaillé/médaillée
    lauréat/lauréate gagnant/gagnante recteur/rectrice greffier/greffière
    juré/jurée trésorier/trésorière chancelier/chancelière consul/consule
    observateur/observatrice enquêteur/enquêtrice comédien/comédienne
    poète/poétesse sculpteur/sculptrice restaurateur/restauratrice
    hôtelier/hôtelière fermier/fermière maraîcher/maraîchère
    viticulteur/viticultrice pêcheur/pêcheuse cousin/cousine neveu/nièce
    compagnon/compagne conjoint/conjointe fiancé/fiancée chômeur/chômeuse
    réfugié/réfugiée migrant/migrante rescapé/rescapée sinistré/sinistrée
    plaignant/plaignante requérant/requérante dissident/dissidente
    gardien/gardienne footballeur/footballeuse basketteur/basketteuse
    handballeur/handballeuse boxeur/boxeuse skieur/skieuse nageur/nageuse
    échevin/échevine mayeur/mayeure coordonnateur/coordonnatrice
    entrepreneur/entrepreneuse coprésident/coprésidente
    sapeur/sapeuse substitut/substitute aide-soignant/aide-soignante
    prévenu/prévenue accusé/accusée détenu/détenue suspect/suspecte
        """
)
GENDERED_NOUNS = {
    **_GENDERED,
    **dict.fromkeys("dame veuve mairesse sage-femme soeur".split(), "female"),
    # Second feminine forms beside the first (« rapporteure », « docteure »
    # and « rapporteuse », « doctoresse » are all written).
    **dict.fromkeys("rapporteuse docteure".split(), "female"),
    "veuf": "male",
}

#: One form for both genders: the determiner (or an agreeing word) decides.
EPICENE_NOUNS = frozenset(
    """
    ministre porte-parole co-porte-parole journaliste secrétaire responsable
    juge maire commissaire capitaine spécialiste analyste économiste
    sociologue psychologue politologue diplomate photographe architecte
    élève collègue membre artiste cadre médecin pédiatre chirurgien-dentiste
    syndicaliste militaire gendarme interprète guide adjudant
    propriétaire locataire bénévole pilote athlète internaute cinéaste
    archéologue biologiste climatologue épidémiologiste virologue
    infectiologue vétérinaire notaire libraire fonctionnaire
    quinquagénaire quadragénaire sexagénaire septuagénaire octogénaire
    nonagénaire trentenaire centenaire jeune camarade malade touriste gestionnaire stagiaire
    ministre-président ministre-présidente
    activiste émissaire arbitre reporter éditorialiste peintre styliste
    cycliste otage
    bourgmestre psychiatre juriste urgentiste gréviste pdg anesthésiste
    kinésithérapeute dentiste
    """.split()
)

#: Grammatical gender fixed whatever the person's.
FIXED_NOUNS = frozenset(
    """
    témoin témoins source sources personne personnes victime victimes star
    vedette recrue sentinelle individu personnalité célébrité figure
    interlocuteur proche proches connaissance
    """.split()
)

OFFICE_NOUNS = frozenset(
    """
    président présidente procureur procureure préfet préfète sous-préfet
    sous-préfète maire mairesse gouverneur gouverneure ministre
    directeur directrice entraîneur entraîneuse porte-parole correspondant
    correspondante
    sélectionneur sélectionneuse syndic chancelier chancelière roi reine
    pape secrétaire général générale commandant patron patronne chef cheffe
    ambassadeur ambassadrice bourgmestre recteur rectrice doyen doyenne
    avocat avocate juge magistrat magistrate
    """.split()
)

ANONYMOUS_NOUNS = frozenset(
    """
    source sources témoin témoins responsable responsables haut-fonctionnaire
    diplomate diplomates interlocuteur proche proches officiel officiels
    enquêteur enquêteurs habitué connaisseur observateur
    """.split()
)

#: Phrases that say a source's name is withheld, by their fixed part: the
#: verb before them varies (« a requis », « requérant », « demande »;
#: « préfère », « a souhaité », « tient à » … « garder l'anonymat »,
#: « rester anonyme »; « sans », « n'a pas souhaité », « refuse de »
#: … « donner son nom »).
ANONYMITY_PHRASES = (
    "sous couvert d'anonymat",
    "sous le couvert de l'anonymat",
    "sous couvert de l'anonymat",
    "sous le sceau de l'anonymat",
    "requis l'anonymat",
    "requérant l'anonymat",
    "demandé l'anonymat",
    "demande l'anonymat",
    "garder l'anonymat",
    "conserver l'anonymat",
    "rester anonyme",
    "s'exprimant anonymement",
    "donner son nom",
    "taire son nom",
    "donner son identité",
    "souhaité être nommé",
    "souhaité être nommée",
    "souhaité être identifié",
    "souhaité être identifiée",
    "voulu être nommé",
    "voulu être nommée",
)

GOVERNMENT_NOUNS = frozenset(
    """
    gouvernement gouvernements ministère ministères armée armées police
    polices gendarmerie préfecture préfectures parquet parquets tribunal
    tribunaux cour justice mairie municipalité municipalités autorités autorité
    état états élysée matignon kremlin présidence conseil commune région
    département administration douane douanes secours forces commandement état-major
    sûreté services service agence institut commission office autorité
    banque observatoire inspection ambassade consulat sénat assemblée
    parlement gouvernorat wilaya province collectivité ville palais
    commissariat haut-commissariat sécurité régime régimes junte exécutif diplomatie
    chancellerie gardes-côtes garde-côtes
    """.split()
)

ORGANISATION_NOUNS = frozenset(
    """
    syndicat intersyndicale parti association ong entreprise société groupe
    cabinet fédération ligue club collectif fondation compagnie
    firme constructeur laboratoire coopérative mouvement confédération
    plateforme comité organisation réseau coalition camp union
    centre hôpital clinique université école festival opérateur organisme direction
    """.split()
)

MEDIA_NOUNS = frozenset(
    """
    journal quotidien hebdomadaire magazine chaîne radio télévision média
    médias medias presse
    """.split()
    # Stations named by what they are, last (« Mosaïque FM », « La Sexta
    # TV », « RTL TVI ») or first (« Télé Liban »), as Maghreb, African and
    # Belgian news quote them.
    + "tv fm tvi télé".split()
)

DOCUMENT_NOUNS = frozenset(
    """
    bilan bilans rapport rapports communiqué communiqués chiffres chiffre
    données étude études sondage sondages autopsie décompte constatations
    calendrier code réponse pancarte statistiques estimation estimations
    document documents lettre texte décret loi arrêté note courrier relevé
    projections prévisions enquête résultats comptage registre
    """.split()
)

GROUP_NOUNS = frozenset(
    """
    manifestants habitants riverains élus observateurs députés sénateurs
    syndicats partis organisateurs militants agriculteurs éleveurs entourage
    salariés employés familles parents élèves étudiants supporters
    médecins chercheurs experts spécialistes analystes économistes
    opposants frontistes leaders dirigeants responsables ong associations
    organisations revues journalistes avocats enquêteurs pompiers
    retraités fonctionnaires enseignants commerçants voisins proches
    victimes survivants témoins passants scientifiques soignants
    résidents policiers soldats ouvriers paysans vignerons producteurs
    consommateurs clients patients citoyens cheminots chauffeurs usagers
    vacanciers internautes spectateurs lycéens
    famille
    """.split()
)

#: Adjectives that French places before the noun (« ancien », « nouveau »,
#: « premier »: a small closed class in French grammars), in their two forms.
GENDERED_ADJECTIVES = _pairs(
    """
    ancien/ancienne nouveau/nouvelle nouvel/nouvelle premier/première
    dernier/dernière futur/future actuel/actuelle seul/seule grand/grande
    petit/petite vieux/vieille vieil/vieille bon/bonne cher/chère haut/haute
    éminent/éminente second/seconde
    """
)

#: The regular feminine endings of French adjectives and the masculine ones
#: they pair with: -ien/-ienne, -ain/-aine, -ais/-aise, -ois/-oise,
#: -and/-ande, -if/-ive, -eux/-euse, -el/-elle, -é/-ée.  Endings shared by
#: both genders (-e, -aire, -iste) are left out.
ADJECTIVE_ENDINGS = (
    ("ienne", "female"),
    ("éenne", "female"),
    ("aine", "female"),
    ("aise", "female"),
    ("oise", "female"),
    ("ande", "female"),
    ("ive", "female"),
    ("euse", "female"),
    ("elle", "female"),
    ("ée", "female"),
    ("ien", "male"),
    ("éen", "male"),
    ("ain", "male"),
    ("ais", "male"),
    ("ois", "male"),
    ("and", "male"),
    ("if", "male"),
    ("eux", "male"),
    ("el", "male"),
    ("é", "male"),
)

ATTRIBUTES = AttributeData(
    gender_titles={
        "mme": "female",
        "mmes": "female",
        "madame": "female",
        "mlle": "female",
        "mademoiselle": "female",
        "m.": "male",
        "monsieur": "male",
        "mm.": "male",
    },
    gendered_determiners={
        "le": "male",
        "un": "male",
        "du": "male",
        "au": "male",
        "ce": "male",
        "cet": "male",
        "son": "",
        "la": "female",
        "une": "female",
        "cette": "female",
        "sa": "female",
        "ma": "female",
        "notre": "",
    },
    determiners=frozenset(
        """
        le la les l' un une des du de d' son sa ses leur leurs ce cet cette
        ces notre nos votre vos mon ma mes au aux certains certaines plusieurs
        deux trois quatre quelques
        """.split()
    ),
    indefinite_determiners=frozenset(
        "un une des d' de certains certaines plusieurs deux trois quatre quelques".split()
    ),
    plural_determiners=frozenset(
        "les des ses leurs ces nos vos mes aux certains certaines plusieurs deux trois "
        "quatre quelques".split()
    ),
    introducing_determiners=frozenset("un une".split()),
    definite_articles=frozenset("le la les l'".split()),
    possessive_determiners=frozenset(
        "son sa ses leur leurs notre nos votre vos mon ma mes".split()
    ),
    demonstrative_determiners=frozenset("ce cet cette ces".split()),
    gendered_nouns=GENDERED_NOUNS,
    epicene_nouns=EPICENE_NOUNS,
    fixed_nouns=FIXED_NOUNS,
    office_nouns=OFFICE_NOUNS,
    anonymous_nouns=ANONYMOUS_NOUNS,
    anonymity_phrases=ANONYMITY_PHRASES,
    unnamed_collectives=frozenset({"entourage"}),
    first_person=frozenset("je j' me m' moi".split()),
    pronouns={
        "il": "male",
        "elle": "female",
        "lui": "male",
        "celui-ci": "male",
        "celle-ci": "female",
    },
    inverted_pronouns={"-t-il": "male", "-t-elle": "female", "-il": "male", "-elle": "female"},
    government_nouns=GOVERNMENT_NOUNS,
    organisation_nouns=ORGANISATION_NOUNS,
    media_nouns=MEDIA_NOUNS,
    document_nouns=DOCUMENT_NOUNS,
    group_nouns=GROUP_NOUNS,
    organisation_plurals=frozenset(
        "rebelles insurgés jihadistes djihadistes talibans miliciens paramilitaires".split()
    ),
    known_names=KNOWN_NAMES,
    public_adjectives=frozenset(
        """
        officiel officielle public publique gouvernemental gouvernementale
        étatique onusien onusienne intergouvernemental intergouvernementale
        """.split()
    ),
    state_body_nouns=frozenset("organisme organisation institution établissement".split()),
    # Central banks are named « Banque de France », « Banque du Canada »; the
    # State's directorates « Direction générale de … », « Direction
    # départementale de … » (capitalised: a firm's « direction générale »
    # is its management).
    government_patterns=(
        r"\b[Bb]anque (de|du|d') ?[A-ZÉ]",
        r"\b[Bb]anque [Cc]entrale\b",
        r"\bDirection (générale|centrale|départementale|régionale|interministérielle)\b",
        # Written in lower case too; a firm's « direction générale » stays
        # out (its management), its regional or departmental ones are rare.
        r"\bdirection (centrale|départementale|régionale|interministérielle)\b",
    ),
    # A news agency is a medium, though « agence » heads public bodies too
    # (« l'Agence régionale de santé »): « l'agence de presse … », « l'Agence
    # France-Presse »; « l'agence Belga » is read by its known name.
    media_patterns=(r"\b[Aa]gences? (de presse|[Ff]rance[- ][Pp]resse)\b",),
    coordinators=frozenset({"et"}),
    complement_words=frozenset("de d' du des à au aux par pour avec contre chez".split()),
    first_names=FIRST_NAMES,
    family_name_first=FAMILY_NAME_FIRST,
    middle_names=MIDDLE_NAMES,
    gendered_adjectives=GENDERED_ADJECTIVES,
    adjective_endings=ADJECTIVE_ENDINGS,
    agent_suffixes=(
        ("trice", "female"),
        ("euse", "female"),
        ("iste", ""),
        ("logue", ""),
    ),
    one_of={"un": "male", "une": "female"},
    one_of_links=frozenset({"des", "d'", "de"}),
    one_of_pronouns=frozenset("entre eux elles nous vous".split()),
    describing_clauses=("qui est", "qui était"),
)
