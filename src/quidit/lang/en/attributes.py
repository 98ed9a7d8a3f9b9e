"""English words for the kind, anonymity and gender of sources.

English marks a person's gender in titles (Mr, Ms), pronouns (he, she)
and a few nouns (spokeswoman, chairman, mother); determiners carry none,
so most role nouns ("the minister", "a spokesperson") say nothing.  Kinds
follow the same conventions as French (``shared/data/real-fr/README.md``).
"""

from quidit.lang.attributes import AttributeData


def _pairs(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in text.split():
        masc, fem = pair.split("/")
        out[masc] = "male"
        out[fem] = "female"
    return out


GENDERED_NOUNS = _pairs(
    """
    spokesman/spokeswoman chairman/chairwoman businessman/businesswoman
    congressman/congresswoman councilman/councilwoman alderman/alderwoman
    assemblyman/assemblywoman
    policeman/policewoman fireman/firewoman sportsman/sportswoman
    countryman/countrywoman frontman/frontwoman man/woman men/women
    father/mother husband/wife son/daughter brother/sister uncle/aunt
    grandfather/grandmother boy/girl king/queen prince/princess
    actor/actress waiter/waitress headmaster/headmistress host/hostess
    widower/widow gentleman/lady nephew/niece boyfriend/girlfriend
    grandson/granddaughter dad/mum
    """
)

FIXED_NOUNS = frozenset("witness witnesses source sources person people victim".split())

OFFICE_NOUNS = frozenset(
    """
    president prime premier chancellor mayor governor minister secretary
    prosecutor coroner judge coach manager chief chairman chairwoman chair
    director ceo head leader commissioner ambassador speaker captain
    superintendent headteacher principal
    """.split()
)

ANONYMOUS_NOUNS = frozenset(
    """
    source sources official officials witness witnesses insider insiders
    aide aides diplomat diplomats
    """.split()
)

#: Role nouns with one form for both genders: they make a description a
#: person's, and say nothing of the gender (English determiners carry none).
EPICENE_NOUNS = frozenset(
    """
    spokesperson coordinator director manager chief executive officer
    commander engineer steward student lawyer barrister solicitor attorney
    prosecutor judge minister secretary governor mayor councillor councilor
    leader chair president adviser advisor analyst economist doctor nurse
    teacher worker employee resident driver pilot official diplomat aide
    organiser organizer researcher scientist expert owner founder captain
    coach player striker goalkeeper defender member candidate senator
    representative inspector detective sergeant constable superintendent
    neighbour neighbor pensioner farmer shopkeeper landlord tenant
    mp mep lawmaker legislator
    protester demonstrator campaigner activist volunteer bystander passerby
    onlooker survivor relative commuter voter fan supporter shopper customer
    passenger parent journalist reporter professor lecturer surgeon paramedic
    firefighter soldier veteran
    """.split()
)

ANONYMITY_PHRASES = (
    "on condition of anonymity",
    "on the condition of anonymity",
    "requested anonymity",
    "asked not to be named",
    "asked not to be identified",
    "declined to give his name",
    "declined to give her name",
    "declined to give their name",
    "declined to give his full name",
    "declined to give her full name",
    "gave only his first name",
    "gave only her first name",
    "gave only their first name",
    "declined to be named",
    "who did not want to be named",
    "speaking anonymously",
    "not authorised to speak",
    "not authorized to speak",
)

GOVERNMENT_NOUNS = frozenset(
    """
    government governments ministry ministries department army police
    council court courts authorities authority state states agency office
    commission coastguard navy military forces service services
    parliament senate congress administration embassy inspectorate
    constabulary regulator bureau treasury county city borough
    """.split()
)

ORGANISATION_NOUNS = frozenset(
    """
    union party association charity company firm group club federation
    league foundation coalition campaign network committee trust hospital
    university school bank airline operator developer manufacturer
    """.split()
)

MEDIA_NOUNS = frozenset(
    "newspaper paper broadcaster channel radio television magazine outlet media".split()
)

DOCUMENT_NOUNS = frozenset(
    """
    report reports figures data statement statements study survey poll
    census toll count estimate estimates document documents letter filing
    minutes records review audit forecast analysis indictment
    """.split()
)

GROUP_NOUNS = frozenset(
    """
    residents protesters campaigners witnesses officials experts analysts
    economists doctors nurses teachers parents students workers employees
    unions parties families neighbours neighbors fans supporters farmers
    critics researchers scientists volunteers members councillors
    organisers organizers locals activists shoppers prosecutors hackers
    demonstrators passengers commuters voters relatives survivors bystanders
    soldiers journalists customers
    """.split()
)

KNOWN_NAMES = {
    **dict.fromkeys(
        [
            "reuters",
            "ap",
            "associated press",
            "afp",
            "bbc",
            "cnn",
            "sky news",
            "itv",
            "the guardian",
            "the times",
            "the new york times",
            "the washington post",
            "bloomberg",
            "al jazeera",
            "pa",
            "press association",
        ],
        "media",
    ),
    **dict.fromkeys(
        [
            "who",
            "un",
            "united nations",
            "nato",
            "imf",
            "world bank",
            "white house",
            "pentagon",
            "downing street",
            "kremlin",
            "european commission",
            "home office",
            "treasury",
        ],
        "government",
    ),
}

ATTRIBUTES = AttributeData(
    gender_titles={
        "mr": "male",
        "mr.": "male",
        "sir": "male",
        "lord": "male",
        "mrs": "female",
        "mrs.": "female",
        "ms": "female",
        "ms.": "female",
        "miss": "female",
        "dame": "female",
        "lady": "female",
    },
    gendered_determiners={},
    determiners=frozenset(
        "the a an his her its their our this that these those some several two three "
        "four one".split()
    ),
    indefinite_determiners=frozenset("a an some several two three four one".split()),
    plural_determiners=frozenset("these those some several two three four".split()),
    introducing_determiners=frozenset("a an one".split()),
    definite_articles=frozenset({"the"}),
    possessive_determiners=frozenset("his her its their our".split()),
    demonstrative_determiners=frozenset("this that these those".split()),
    gendered_nouns=GENDERED_NOUNS,
    epicene_nouns=EPICENE_NOUNS,
    fixed_nouns=FIXED_NOUNS,
    office_nouns=OFFICE_NOUNS,
    anonymous_nouns=ANONYMOUS_NOUNS,
    anonymity_phrases=ANONYMITY_PHRASES,
    one_of={"one": ""},
    one_of_links=frozenset({"of"}),
    one_of_pronouns=frozenset("them us you".split()),
    describing_clauses=("who is", "who was"),
    pronouns={"he": "male", "she": "female", "him": "male", "her": "female"},
    thing_pronouns=frozenset({"it"}),
    first_person=frozenset({"i", "me", "myself"}),
    inverted_pronouns={},
    government_nouns=GOVERNMENT_NOUNS,
    organisation_nouns=ORGANISATION_NOUNS,
    media_nouns=MEDIA_NOUNS,
    document_nouns=DOCUMENT_NOUNS,
    group_nouns=GROUP_NOUNS,
    organisation_plurals=frozenset("rebels insurgents jihadists militants militias".split()),
    known_names=KNOWN_NAMES,
    government_patterns=(r"\bBank of [A-Z]", r"\b[Cc]entral [Bb]ank\b"),
    coordinators=frozenset({"and"}),
    head_final=True,
    complement_words=frozenset("of for to by with against from".split()),
    first_names={},
)
