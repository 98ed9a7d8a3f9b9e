"""Words around names: pronouns, titles, role nouns, determiners.

Gender and number values are those spaCy's English morphology gives
(``Gender=Masc|Fem|Neut``, ``Number=Sing|Plur``), so the engine can compare
a pronoun with a token's morphology directly.
"""

#: Pronouns that can name a source → (gender, number); gender "" when
#: either.  Subject forms, and the object forms that follow "according to"
#: or "in the words of" ("according to him").  "It" is an organisation's
#: pronoun in news copy ("It alleges that …").  "We", "you" and "I" speak
#: only inside quotes and are never a speaker mention.
PRONOUNS = {
    "he": ("Masc", "Sing"),
    "she": ("Fem", "Sing"),
    "it": ("Neut", "Sing"),
    "they": ("", "Plur"),
    "him": ("Masc", "Sing"),
    "her": ("Fem", "Sing"),
    "them": ("", "Plur"),
}

#: Honorifics and titles that precede a name and are dropped when comparing
#: names ("Ms Marsh", "Dr. Nasser", "Gen. Holt", "President Vang").  Both
#: the British form without a full stop and the American one with it.
#: Role nouns that also describe a person on their own live in ROLE_NOUNS.
TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord
    lady rev rev. reverend father sister brother saint st st.
    gen gen. general col col. colonel maj maj. major capt capt. captain
    lt lt. lieutenant sgt sgt. sergeant cpl cpl. corporal pte pte. private
    adm adm. admiral cmdr cmdr. commander brig brig. brigadier marshal
    president vice-president premier chancellor minister secretary senator
    sen sen. rep rep. representative congressman congresswoman governor gov
    gov. mayor judge justice ambassador bishop archbishop cardinal pope rabbi
    imam sheikh king queen prince princess emperor detective det det.
    inspector insp insp. superintendent supt supt. constable pc officer chief
    councillor councilor alderman coach
    """.split()
)

#: Titles that tell a person's gender, for "he" and "she" ("Mr Greer",
#: "Ms. Lind"); the others ("Dr", "Gen.", "Minister") do not.
TITLE_GENDERS = {
    **dict.fromkeys("mr mr. sir lord father brother king prince".split(), "Masc"),
    **dict.fromkeys("mrs mrs. ms ms. miss dame lady sister queen princess".split(), "Fem"),
}

#: A description by age ("the 54-year-old") stands for the person last
#: quoted or named.
AGE_DESCRIPTION = r"\b\d{1,3}-year-old\b"

#: Titles written after a name ("Helen Marsh KC", "John Doe Jr."),
#: dropped like the ones before.
POSTNOMINAL_TITLES = frozenset("kc qc mp msp md phd jr jr. sr sr. obe mbe cbe".split())

#: Nouns that designate a person or a body by role; a description built on
#: one of them can stand for a named source of the article ("the
#: spokesman", "its coordinator", "the 54-year-old" is handled by the
#: engine as an age description).
ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson minister president premier secretary
    chancellor chief executive ceo chairman chairwoman chair director
    manager boss coach captain commander general colonel officer official
    governor mayor councillor councilor leader head founder owner lawyer
    attorney barrister solicitor prosecutor judge doctor nurse expert
    analyst economist researcher scientist professor witness victim
    resident villager protester activist campaigner organiser organizer
    unionist candidate senator lawmaker mp deputy ambassador envoy diplomat
    negotiator mediator treasurer auditor steward student teacher parent
    farmer worker employee engineer pilot firefighter paramedic
    commissioner inspector detective superintendent sergeant player striker
    goalkeeper defender midfielder referee author writer novelist critic
    journalist reporter editor singer actor artist coordinator governor
    chairperson superintendent trustee priest bishop medic surgeon
    aide adviser advisor staffer strategist surrogate pollster consultant
    """.split()
)

#: Nouns of collective sources: bodies and groups that speak ("the union
#: said", "police put the turnout at", "residents say").
SOURCE_NOUNS = frozenset(
    """
    union unions government ministry ministries opposition organisers
    organizers police army military militia rebels prosecutors prosecution
    defence defense court council commission committee board agency office
    department authority authorities company firm group charity hospital
    coastguard service mission observers institute centre center
    observatory party parties bank residents villagers locals doctors
    experts analysts economists officials campaigners protesters activists
    workers staff employees teachers parents pupils students fans
    supporters club federation league report survey study poll indictment
    statement media press newspaper network operator promoter hackers
    families relatives neighbours neighbors witnesses
    campaign administration aides advisers advisors staffers strategists
    surrogates allies
    """.split()
)

#: Articles, determiners and possessives that open a description.
DETERMINERS = frozenset(
    """
    the a an this that these those his her its their our your my some
    another each every
    """.split()
)
