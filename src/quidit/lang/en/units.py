"""English units of numeric claims: what a number counts, and its family.

A claim's unit is the lemma of what it counts (``spec/annotation-guidelines.md``
§4): the counted noun, or the participle or predicate that says what
happened to it ("two people lost their lives" → dead; "ten were injured"
→ injured).  Family keys are the language-neutral ones of
``quidit.lang.fr.units`` ("killed", "wounded" …), so an English "more than
70 killed" and a French "deux morts" about the same event land in the same
family and can conflict.
"""

from __future__ import annotations

from quidit.lang import UnitData


def _family(key: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), key)


#: Unit lemma → family.  The same families as the French module (issue 7's
#: list and the counts ``spec/what-real-news-holds.md`` names).
FAMILIES: dict[str, str] = {
    **_family("killed", "killed dead death fatality casualty died body toll"),
    **_family("wounded", "wounded injured injury hurt"),
    **_family("hospitalised", "hospitalised hospitalized hospital"),
    **_family("arrested", "arrested arrest detained detention held"),
    **_family("captured", "captured prisoner pow"),
    **_family("hostages", "hostage abducted kidnapped"),
    **_family("displaced", "displaced refugee evacuated evacuee homeless rehoused"),
    **_family("missing", "missing unaccounted"),
    **_family("rescued", "rescued survivor saved"),
    **_family("victims", "victim"),
    **_family("demonstrators", "protester protestor demonstrator marcher participant"),
    **_family("strikers", "striker walkout"),
    **_family("turnout", "turnout"),
    **_family("votes", "vote ballot"),
    **_family("cases", "case infection"),
    **_family("jobs", "job position post layoff redundancy"),
    **_family("homes", "home house household dwelling flat"),
    **_family("money", "dollar pound euro yen yuan rouble franc rupee cent penny"),
    **_family("records", "record file account"),
    **_family("vehicles", "vehicle lorry truck load trip"),
    **_family("tonnes", "tonne ton"),
    **_family("growth", "growth gdp"),
    **_family("inflation", "inflation"),
}

#: Money compares only within one currency.
CURRENCY_FAMILIES = frozenset({"money"})

#: Predicate (lemma or inflected form) → unit of its subject or object.
#: spaCy's English lemmatizer is reliable on verbs, but participles used
#: as adjectives ("the injured", "were wounded") keep their form, so both
#: are listed.
EVENT_UNITS: dict[str, str] = {
    **dict.fromkeys(
        "kill killed slay slain shoot execute executed murder murdered".split(), "killed"
    ),
    **dict.fromkeys("die died dead perish perished drown drowned".split(), "dead"),
    **dict.fromkeys("injure injured wound wounded hurt".split(), "injured"),
    **dict.fromkeys("hospitalise hospitalised hospitalize hospitalized".split(), "hospitalised"),
    **dict.fromkeys("arrest arrested detain detained".split(), "arrested"),
    **dict.fromkeys("capture captured".split(), "captured"),
    **dict.fromkeys("kidnap kidnapped abduct abducted".split(), "kidnapped"),
    **dict.fromkeys("miss missing".split(), "missing"),
    **dict.fromkeys("rescue rescued save saved".split(), "rescued"),
    **dict.fromkeys("evacuate evacuated".split(), "evacuated"),
    **dict.fromkeys("displace displaced".split(), "displaced"),
    **dict.fromkeys(
        "march marched protest protested demonstrate rally rallied".split(), "protester"
    ),
    # "fire" is left out: "eight fire engines" is no job cut.
    **dict.fromkeys("sack sacked lay_off".split(), "job"),
}

#: (predicate, object or preposition) lemmas → unit: "lose their lives",
#: "take to the streets", "go on strike", "take part".
EVENT_PHRASES: dict[tuple[str, str], str] = {
    ("lose", "life"): "dead",
    ("found", "dead"): "dead",
    ("take", "hospital"): "hospitalised",
    ("on", "strike"): "striker",
    ("go", "strike"): "striker",
    ("walk", "out"): "striker",
    ("take", "street"): "protester",
    ("take", "part"): "protester",
    ("take", "custody"): "arrested",
    ("pull", "rubble"): "rescued",
}

#: Only for a number standing alone: "15 are still unaccounted for".
BARE_EVENT_UNITS = {"unaccounted": "missing", "missing": "missing"}

#: "we lost four fighters" → dead.
LOSS_VERBS = {"lose": "dead"}

#: Nouns of people: a predicate names their unit ("70 fighters were killed"
#: → killed), while for things the noun stays ("1,200 jobs will go" → job).
PERSON_NOUNS = frozenset(
    """
    person people man men woman women child children baby infant teenager
    adult civilian resident citizen villager passer-by soldier troop fighter
    militant militiaman rebel insurgent attacker policeman police officer
    firefighter rescuer worker employee teacher pupil student patient
    passenger migrant refugee tourist fan supporter spectator worshipper
    inmate prisoner detainee hostage member victim terrorist jihadist
    separatist mercenary sailor pilot doctor nurse journalist farmer miner
    voter individual suspect national volunteer protester demonstrator
    marcher survivor casualty
    """.split()
)

#: Which side a count is about.  Counts of different sides (civilians
#: killed, fighters killed) are different things and never conflict.
#: Keys are the French module's.
GROUPS: dict[str, str] = {
    **_family(
        "civilian",
        "civilian child children baby infant woman women resident villager "
        "passer-by patient pupil student tourist national citizen worshipper "
        "spectator journalist rescuer aid refugee migrant",
    ),
    **_family(
        "fighters",
        "soldier troop fighter militant militiaman rebel insurgent attacker "
        "terrorist jihadist separatist mercenary volunteer combatant",
    ),
    **_family("police", "policeman police officer"),
}

UNITS = UnitData(
    families=FAMILIES,
    currency_families=CURRENCY_FAMILIES,
    event_units=EVENT_UNITS,
    event_phrases=EVENT_PHRASES,
    bare_event_units=BARE_EVENT_UNITS,
    loss_verbs=LOSS_VERBS,
    person_nouns=PERSON_NOUNS,
    groups=GROUPS,
)
