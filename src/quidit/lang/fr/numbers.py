"""French numbers: qualifiers, approximate nouns, multipliers, and the
contexts where a number is no claim (dates, times, durations, references).

Sources: the qualifier phrases are those of ``spec/annotation-guidelines.md``
§4, completed with the other frequent French ones (Riegel et al., *Grammaire
méthodique du français*, on approximate numerals and quantifiers); number
words themselves are read by ``text_to_num``, not listed here.  Phrases are
lower case with ``'`` for every apostrophe.
"""

from __future__ import annotations

from quidit.lang import NumberData

#: Before the number.  Longer phrases win over their tails ("pas plus de"
#: over "plus de"), whatever the order here.
QUALIFIERS_BEFORE = {
    # more than
    "plus de": "more_than",
    "plus d'": "more_than",
    "plus des": "more_than",  # « plus des deux tiers des votants »
    "un peu plus de": "more_than",
    "bien plus de": "more_than",
    "largement plus de": "more_than",
    "au-delà de": "more_than",
    "supérieur à": "more_than",
    "supérieure à": "more_than",
    "supérieurs à": "more_than",
    "supérieures à": "more_than",
    "davantage que": "more_than",
    # at least
    "au moins": "at_least",
    "au minimum": "at_least",
    "pas moins de": "at_least",
    "pas moins d'": "at_least",
    "minimum": "at_least",
    "à partir de": "at_least",
    # less than
    "moins de": "less_than",
    "moins d'": "less_than",
    "moins des": "less_than",
    "un peu moins de": "less_than",
    "bien moins de": "less_than",
    "inférieur à": "less_than",
    "inférieure à": "less_than",
    "inférieurs à": "less_than",
    "inférieures à": "less_than",
    "à peine": "less_than",
    # at most
    "jusqu'à": "at_most",
    "au plus": "at_most",
    "tout au plus": "at_most",
    "au maximum": "at_most",
    "pas plus de": "at_most",
    "pas plus d'": "at_most",
    "maximum": "at_most",
    # about
    "environ": "about",
    "près de": "about",
    "près d'": "about",
    "près des": "about",  # « près des trois quarts des élus »
    "quelque": "about",
    "autour de": "about",
    "autour d'": "about",
    "aux alentours de": "about",
    "aux environs de": "about",
    "approximativement": "about",
    "à peu près": "about",
    "presque": "about",
    "quasiment": "about",
    "pratiquement": "about",
    "de l'ordre de": "about",
    "de l'ordre d'": "about",
    "grosso modo": "about",
    "en gros": "about",
    "pas loin de": "about",
    # at least, idiomatic (TLFi s.v. mot: « au bas mot », at the lowest estimate)
    "au bas mot": "at_least",
}
#: Every « … de » before a vowel is written « … d' » (« un peu plus d'un
#: million », « aux alentours d'une centaine »).
QUALIFIERS_BEFORE.update(
    {k[:-3] + " d'": v for k, v in list(QUALIFIERS_BEFORE.items()) if k.endswith(" de")}
)

#: Right after the number (and its %/multiplier): "15 au moins".
QUALIFIERS_AFTER = {
    "au moins": "at_least",
    "au minimum": "at_least",
    "ou plus": "at_least",
    "et plus": "at_least",
    "au plus": "at_most",
    "au maximum": "at_most",
    "tout au plus": "at_most",
    "environ": "about",
    "à peu près": "about",
    "au bas mot": "at_least",
}

#: "une vingtaine" is about 20; plural forms count too ("deux centaines").
APPROXIMATE_NOUNS = {
    "dizaine": 10,
    "douzaine": 12,
    "demi-douzaine": 6,
    "demi-millier": 500,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1_000,
}
APPROXIMATE_NOUNS.update(
    {k + ("s" if not k.endswith("s") else ""): v for k, v in list(APPROXIMATE_NOUNS.items())}
)

#: After digits ("2,3 millions", "14 milliards", "5 M€").  Word forms after
#: number words are read by text_to_num ("deux millions").
MULTIPLIERS = {
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "mille": 1e3,
    "billion": 1e12,  # French "billion" is 10^12
    "billions": 1e12,
    "k": 1e3,
    "m": 1e6,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
}

PERCENT_WORDS = ("%", "pour cent", "pourcent", "pourcents", "pour-cent")

CURRENCY_SYMBOLS = {"€": "euro", "$": "dollar", "£": "livre", "¥": "yen", "₽": "rouble"}

ZERO_WORDS = frozenset({"aucun", "aucune", "nul", "nulle"})

#: "sans aucun doute", "aucune idée": no count of anything.
ZERO_IDIOM_NOUNS = frozenset(
    """
    doute idée raison intention importance sens moment façon manière mal
    problème souci question envie effet besoin intérêt lien rapport rôle
    risque danger chance commentaire garantie regret difficulté preuve
    information explication réponse remords pitié part nouvelle
    accord obstacle mesure compromis limite prétexte excuse
    """.split()
)
#: "en aucun cas", "à aucun moment", "nulle part".
ZERO_IDIOM_BEFORE = frozenset({"en", "à", "sans"})

ONE_WORDS = frozenset({"un", "une"})

#: The number one where it answers "how many": "l'un d'eux", "un seul".
ONE_PHRASES = (
    ("l'un", "d'eux"),
    ("l'une", "d'elles"),
    ("l'un", "d'entre"),
    ("l'une", "d'entre"),
    ("un", "seul"),
    ("une", "seule"),
    ("une", "mise en examen"),
)

#: "un mort", "une victime": nouns after which "un" is a count (the
#: guideline's "il y a une mise en examen").
ONE_COUNT_NOUNS = frozenset(
    """
    mort morte tué tuée blessé blessée victime décès disparu disparue
    otage interpellation arrestation
    """.split()
)

#: « 53 soldats et un civil », « 54 morts, dont un civil »: after a count
#: and its noun, a coordinated or partitive « un » answers "how many"
#: (guidelines §4: « un mort et deux blessés »).
ONE_AFTER_COUNT = frozenset({"et", "dont"})

VAGUE_QUANTIFIERS = frozenset(
    """
    des les plusieurs quelques nombreux nombreuses de certaines certains
    ces milliers centaines
    """.split()
)

APPROXIMATE_ADJECTIVES = frozenset({"bonne", "petite", "grosse", "large", "courte"})

RANGE_PATTERNS = (
    ("entre", "et"),
    ("de", "à"),
    ("d'", "à"),
    ("", "à"),
    ("", "ou"),
)

#: "le taux est passé de 3 à 5 %" is a change, not a range.  Forms that are
#: also nouns ("une baisse de 2 à 4 %", "la hausse") are left out.
CHANGE_WORDS = frozenset(
    """
    passé passée passés passées passer passe passent passait passera
    augmenté augmente augmenter augmentait baissé baisser diminué diminue
    diminuer chuté chuter grimpé grimper bondi bondit reculé reculer
    progressé progresser monté monter descendu descendre
    """.split()
)

#: Durations, ages, dates and times: "trois jours", "huit ans", "14 heures".
TIME_WORDS = frozenset(
    """
    seconde secondes minute minutes min heure heures h jour jours journée
    journées nuit nuits soir soirs matin matins semaine semaines week-end
    week-ends mois an ans année années décennie décennies siècle siècles
    trimestre trimestres semestre semestres millénaire millénaires
    """.split()
)

NOT_CLAIM_AFTER = frozenset(
    """
    fois rue avenue boulevard bd impasse allée chemin quai route
    heures-là sur-le-champ
    """.split()
)

#: "page 12", "l'article 49.3", "n° 5", "la loi 2021-…".
NOT_CLAIM_BEFORE = frozenset(
    """
    page pages p article articles art alinéa alinéas chapitre chapitres
    n° no nº numéro numéros tome tomes volume vol section sections
    paragraphe paragraphes ligne lignes annexe annexes verset décret loi
    figure tableau dossier-n° vers version saison épisode acte scène
    """.split()
)

MONTHS = frozenset(
    """
    janvier février mars avril mai juin juillet août septembre octobre
    novembre décembre janv févr avr juil sept oct nov déc
    """.split()
)

#: Words before a four-digit number that make it a year ("en 2022").
YEAR_WORDS = frozenset(
    """
    en depuis dès avant après jusqu'en vers fin début mi courant année
    années an l'an printemps été automne hiver
    """.split()
)

YEAR_FOLLOWERS = frozenset(
    """
    et ou à au aux en dans pour par sur avec sans contre chez le la les l'
    un une de d' du des a avait était est sont ont fut qui que qu' où
    déjà encore puis alors même aussi seulement notamment
    """.split()
)

ORDINAL_SUFFIXES = ("e", "è", "ème", "eme", "er", "ère", "re", "nd", "nde", "ième")
TIME_SUFFIXES = ("h",)
GLUED_UNITS = frozenset(
    {"km", "m", "cm", "mm", "kg", "g", "t", "l", "ml", "ha", "mw", "gw", "kw", "km²", "m²", "m³"}
)

#: "neuf" is nine and new.
AMBIGUOUS_WORDS = frozenset({"neuf"})

PARTITIVE_WORDS = frozenset({"de", "d'", "des", "du"})

SUBSET_MARKERS = frozenset({"dont", "parmi"})

RATE_MARKERS = frozenset({"par", "chacun", "chacune", "chaque"})

RESTRICTIVE_MODIFIERS = frozenset(
    """
    nouveau nouvelle nouveaux nouvelles supplémentaire supplémentaires
    autre autres derniers dernières récent récents récentes
    """.split()
)

#: A count's noun phrase ends at these words (and at , ; : . ! ? ( )).
#: "que" is left out: "plus de 70 de ce qu'elle appelle des nationalistes".
CLAUSE_WORDS = frozenset(
    """
    et ou mais car donc or ni puis alors lorsque quand comme selon d'après
    tandis
    """.split()
)

#: "une vingtaine d'entre eux": what is counted is the antecedent.
PRONOUN_PARTITIVES = (
    ("d'entre",),
    ("d'eux",),
    ("d'elles",),
)

RATIO_WORDS = frozenset({"sur"})

#: « un demi-million de personnes », « un demi-milliard d'euros ».
HALF_MULTIPLIERS = {
    "demi-million": 5e5,
    "demi-millions": 5e5,
    "demi-milliard": 5e8,
    "demi-milliards": 5e8,
}

#: « deux millions et demi », « un milliard et demi ».
HALF_TAILS = (("et", "demi"), ("et", "demie"))

#: « la moitié des salariés », « le tiers des élus », « le quart des votants ».
FRACTION_ARTICLES = frozenset({"la", "le", "l'"})

#: Determiners after the « de » of « la moitié de la population », « le
#: tiers de ses effectifs »; « le quart de finale » has none.
FRACTION_DE_FOLLOWERS = frozenset(
    """
    la l' les ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes
    """.split()
)

#: « six fois plus nombreux », « huit fois plus élevés », « trois fois moins ».
TIMES_COMPARATIVES = frozenset(
    """
    plus moins autant supérieur supérieure supérieurs supérieures inférieur
    inférieure inférieurs inférieures
    """.split()
)

NUMBERS = NumberData(
    text2num_lang="fr",
    decimal_mark=",",
    # Space, no-break space, narrow no-break space, thin space and the dot
    # all separate thousands in French copy (1 280 000, 1.280.000); Swiss
    # copy uses the apostrophe (83'000, 83’000: the text is matched with one
    # kind of apostrophe).
    group_marks=" \u00a0\u202f\u2009.'",
    qualifiers_before=QUALIFIERS_BEFORE,
    qualifiers_after=QUALIFIERS_AFTER,
    approximate_nouns=APPROXIMATE_NOUNS,
    # « deux tiers », « trois quarts » (Grevisse §599: the fraction nouns
    # that are not ordinals; « un cinquième » is left to the ordinals).
    fraction_nouns={"tiers": 3, "quart": 4, "quarts": 4, "moitié": 2},
    multipliers=MULTIPLIERS,
    percent_words=PERCENT_WORDS,
    currency_symbols=CURRENCY_SYMBOLS,
    zero_words=ZERO_WORDS,
    zero_idiom_nouns=ZERO_IDIOM_NOUNS,
    zero_idiom_before=ZERO_IDIOM_BEFORE,
    one_words=ONE_WORDS,
    one_phrases=ONE_PHRASES,
    one_count_nouns=ONE_COUNT_NOUNS,
    one_after_count=ONE_AFTER_COUNT,
    vague_quantifiers=VAGUE_QUANTIFIERS,
    approximate_adjectives=APPROXIMATE_ADJECTIVES,
    range_patterns=RANGE_PATTERNS,
    change_words=CHANGE_WORDS,
    time_words=TIME_WORDS,
    not_claim_after=NOT_CLAIM_AFTER,
    not_claim_before=NOT_CLAIM_BEFORE,
    months=MONTHS,
    year_words=YEAR_WORDS,
    year_followers=YEAR_FOLLOWERS,
    # Four-digit figures 1000–2100 written without a separator are years
    # in news copy ("en 2022", "depuis 1987"); counts that size are
    # written with a space ("2 140 observateurs").
    year_range=(1000, 2100),
    ordinal_suffixes=ORDINAL_SUFFIXES,
    time_suffixes=TIME_SUFFIXES,
    glued_units=GLUED_UNITS,
    ambiguous_words=AMBIGUOUS_WORDS,
    partitive_words=PARTITIVE_WORDS,
    en_clitics=frozenset({"en"}),
    time_adjectives=frozenset(
        "premier premiers première premières dernier derniers dernière dernières "
        "prochain prochains prochaine prochaines longs longues bonnes bons petites "
        # « les deux pires années », « les trois meilleures saisons »
        "petits pires meilleurs meilleures".split()
    ),
    subset_markers=SUBSET_MARKERS,
    rate_markers=RATE_MARKERS,
    restrictive_modifiers=RESTRICTIVE_MODIFIERS,
    clause_words=CLAUSE_WORDS,
    pronoun_partitives=PRONOUN_PARTITIVES,
    ratio_words=RATIO_WORDS,
    plural_suffixes=("s", "x"),
    half_multipliers=HALF_MULTIPLIERS,
    half_tails=HALF_TAILS,
    fraction_articles=FRACTION_ARTICLES,
    fraction_de_followers=FRACTION_DE_FOLLOWERS,
    times_word="fois",
    totality_before=(("tous", "les"), ("toutes", "les")),
    negation_before=frozenset({"non"}),
    negation_gap=frozenset({"à", "de", "d'", "pas"}),
    locating_before=frozenset({"à"}),
    distance_units=frozenset("km kilomètre kilomètres m mètre mètres milles mile miles".split()),
    locating_after=frozenset({"de", "d'", "du", "des", "au", "à"}),
    times_comparatives=TIMES_COMPARATIVES,
    place_prepositions=frozenset({"en", "au", "aux", "à"}),
    # a cardinal takes no plural « s » (« neuf » is invariable): « neufs »
    # is the adjective new, « les uns » a pronoun
    not_number_words=frozenset({"neufs", "uns", "unes"}),
    other_words=frozenset({"autre", "autres"}),
    plural_function_words=frozenset(
        "dans sous sans plus moins mais puis après alors depuis dès lors très jamais"
        " les des ces ses mes tes nos vos leurs tous toutes plusieurs quelques"
        " ans mois jours heures minutes secondes semaines fois points".split()
    ),
)
