"""What the quote engine reads on French parses, and the French function
words it reads by form.

The French pipelines are trained on UD French treebanks (Sequoia, GSD), so
the dependency labels are the Universal Dependencies ones with their French
subtypes (``aux:tense``, ``aux:caus``, ``expl:comp`` …), and the entity
labels those of WikiNER (PER, ORG, LOC, MISC).
"""

from __future__ import annotations

from quidit.lang import UD_DEPENDENCIES, UD_ENTITY_TYPES, SyntaxData

#: Words before « que » that make it a conjunction of their own (alors que,
#: parce que, ce que …), not a complementiser of the cue.
NOT_COMPLEMENTISER_AFTER = frozenset(
    """
    alors parce tandis pendant avant après sans pour afin dès bien ainsi ce
    tant plutôt moins plus autant même si lors sorte jusqu' jusqu’
    prétexte condition façon manière vu outre depuis
    """.split()
)

#: Subordinators of a fronted adverbial clause of time, condition or cause
#: (grammars: « lorsque, quand, si, puisque » open a clause that needs a
#: main clause after it): « Quand X dit que A, B » — B is not what X said.
ADVERBIAL_SUBORDINATORS = frozenset(
    "lorsque lorsqu' lorsqu’ quand si s' s’ puisque puisqu' puisqu’".split()
)

#: Personal pronouns that can open a finite clause as its subject.
SUBJECT_PRONOUNS = frozenset("il elle ils elles on je j' j’ tu nous vous".split())

#: Clitics and the negation that stand between a subject and its verb
#: (« il ne le croit pas », « elle s'en va »).
PREVERBAL_CLITICS = frozenset(
    """ne n' n’ le la les l' l’ lui leur y en se s' s’ me m' m’ te t' t’ nous vous""".split()
)

SYNTAX = SyntaxData(
    dependencies=UD_DEPENDENCIES,
    entity_types=UD_ENTITY_TYPES,
    complementisers=frozenset({"que", "qu'", "qu’"}),
    # French never drops « que »: « il dit le projet mort » is no report.
    bare_complements=False,
    not_complementiser_after=NOT_COMPLEMENTISER_AFTER,
    # « en outre » (besides) is an adverb; bare « outre que » a conjunction.
    adverbs_before_que=frozenset({"en outre", "de plus", "en plus", "non plus"}),
    comparatives=frozenset(
        "plus moins aussi autant si tellement tant davantage meilleur meilleure "
        "meilleurs meilleures pire pires".split()
    ),
    comparative_exceptions=frozenset("tard tôt".split()),
    # « ne soutient … qu’en … »: ne … que means "only", not "that".
    restrictive_negation=frozenset({"ne", "n'", "n’"}),
    full_negation=frozenset({"pas", "jamais", "plus", "point", "guère"}),
    relative_pronouns=frozenset({"qui", "que", "qu'", "qu’"}),
    clitic_subjects=frozenset(
        {"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on"}
    ),
    reflexive_clitics=frozenset({"se", "s'", "s’"}),
    # « assure ne rien savoir », « dit n'avoir guère dormi »: the negation
    # words of the grammars (ne … pas, jamais, plus, rien, guère, point),
    # and the reflexive clitic of a pronominal infinitive (« dit ne pas se
    # sentir menacé »), which belong to the content.
    infinitive_lead=frozenset(
        {"ne", "n'", "n’", "pas", "jamais", "plus", "rien", "guère", "point", "bien", "aussi"}
        | {"se", "s'", "s’"}
    ),
    infinitive_negation=frozenset(
        {"ne", "n'", "n’", "pas", "jamais", "plus", "rien", "guère", "point", "se", "s'", "s’"}
    ),
    coordinators=frozenset({"et", "mais", "car"}),
    clause_adjunct_openers=frozenset({"sans"}),
    source_adpositions={"apprendre": frozenset({"auprès", "de", "du", "des", "d'", "d’"})},
    nickname_forms=frozenset({"dit", "dite", "dits", "dites"}),
    adjunct_relatives=frozenset({"lesquels", "lesquelles", "laquelle", "lequel", "qui"}),
    guarded_adjuncts=frozenset({"pour"}),
    adjunct_source_nouns=frozenset({"source", "sources"}),
    definite_articles=frozenset({"le", "la", "les"}),
    elisions=("l’", "l'", "d’", "d'", "L’", "L'", "D’", "D'"),
    alias_markers=(
        r"surnommée?s?|dite?s?|alias|pseudonyme\s+d[e’']"
        r"|nom\s+de\s+(?:guerre|soldat|code|plume|scène)|sobriquet\s+d[e’']"
    ),
    self_description=r"\bse\s+(?:décrit|présente|définit|qualifie)\s+comme\b",
    agreeing_auxiliaries=frozenset({"est", "sont"}),
)
