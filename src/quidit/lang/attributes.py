"""The shape of the words the entity-attributes stage reads (kind, anonymity, gender).

Each language package may define ``attributes.ATTRIBUTES``, an
:class:`AttributeData`; a language without one gets kinds from entity
types only and every person's gender ``unknown``.  Words are lower-case,
with ``'`` for every apostrophe.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AttributeData:
    #: Titles written before a name that tell the gender ("mme" → female).
    gender_titles: Mapping[str, str] = field(default_factory=dict)
    #: Determiners that carry a gender ("la" → female); elided or plural
    #: ones carry none and are left out.
    gendered_determiners: Mapping[str, str] = field(default_factory=dict)
    #: All determiners, and those that make a description indefinite
    #: ("un témoin", "a senior official").
    determiners: frozenset[str] = frozenset()
    indefinite_determiners: frozenset[str] = frozenset()
    plural_determiners: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    #: Singular indefinite determiners that introduce someone unnamed (« un
    #: riverain », "a resident"), whom a later definite description repeats.
    introducing_determiners: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    #: Demonstratives (« ce médecin », "that official") take up someone the
    #: text already introduced, as a definite article does.
    demonstrative_determiners: frozenset[str] = frozenset()
    #: Person nouns whose form tells the gender ("procureure", "spokeswoman").
    gendered_nouns: Mapping[str, str] = field(default_factory=dict)
    #: Person nouns with one form for both genders: the determiner decides
    #: ("la ministre", "le journaliste").
    epicene_nouns: frozenset[str] = frozenset()
    #: Person nouns whose grammatical gender is fixed whatever the person's
    #: («·un témoin », « une source », « une victime »): no evidence.
    fixed_nouns: frozenset[str] = frozenset()
    #: Offices held by one person at a time: « le procureur » names someone
    #: the reader can identify, so it is not an anonymous source.
    office_nouns: frozenset[str] = frozenset()
    #: Nouns that withhold who the source is ("source", "official").
    anonymous_nouns: frozenset[str] = frozenset()
    #: Collective nouns by which news quotes people it does not name, with
    #: any determiner (« l'entourage du ministre »): always anonymous.
    unnamed_collectives: frozenset[str] = frozenset()
    #: Phrases near a mention that say the name was withheld.
    anonymity_phrases: tuple[str, ...] = ()
    #: Subject pronouns that stand for a thing or a body, never a person
    #: ("it"): a speaker whose reported clause takes it up by one ("Orvane
    #: Foods said it had …") is a body, whatever the parser's label.
    #: French « il » stands for persons and masculine nouns alike: none.
    thing_pronouns: frozenset[str] = frozenset()
    #: Words of the first person singular (« je », « moi », "I"): a place
    #: or a body quoted in them is a person the parser mislabelled.
    first_person: frozenset[str] = frozenset()
    #: Pronouns that refer to a person → gender.
    pronouns: Mapping[str, str] = field(default_factory=dict)
    #: Inverted subject pronouns glued to a verb (« a-t-elle », « dit-il »).
    inverted_pronouns: Mapping[str, str] = field(default_factory=dict)
    #: Head nouns of the other kinds of source; plural forms included.
    government_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    #: Plural nouns by which news names one armed or political movement
    #: (« les rebelles », "the insurgents"): an organisation, not a group.
    organisation_plurals: frozenset[str] = frozenset()
    #: Plural person nouns that make a group (« les manifestants »).
    group_nouns: frozenset[str] = frozenset()
    #: Adjectives that make a body of the State (« organisme officiel »,
    #: « établissement public »), after the nouns of ``state_body_nouns``.
    public_adjectives: frozenset[str] = frozenset()
    state_body_nouns: frozenset[str] = frozenset()
    #: Well-known names of bodies, lower-case → kind ("afp" → media).
    known_names: Mapping[str, str] = field(default_factory=dict)
    #: Patterns over the name as written that make a body government
    #: ("Bank of Norland": central banks are named after their country).
    government_patterns: tuple[str, ...] = ()
    #: Patterns of a medium's name that a body's head noun opens (« l'agence
    #: de presse officielle »): read before the head noun's own kind.
    media_patterns: tuple[str, ...] = ()
    #: Noun compounds end on their head and genitives stand for determiners
    #: ("the city's police chief"), as in English; French heads come first.
    head_final: bool = False
    #: Words that join two sources into one group ("et", "and").
    coordinators: frozenset[str] = frozenset()
    #: Prepositions that, right before a name, make it the complement of
    #: the noun before (« l'avocat de Marie X » says nothing of Marie).
    complement_words: frozenset[str] = frozenset()
    #: « l'un des », « l'une des »: the pronoun before a plural noun that
    #: agrees with the person it introduces, and the words linking them.
    one_of: Mapping[str, str] = field(default_factory=dict)
    one_of_links: frozenset[str] = frozenset()
    #: « l'une d'entre elles », « l'un d'eux », "one of them": the plural
    #: pronoun (and the preposition before it) that ends such a name, which
    #: then names one unnamed person of a group the text just described.
    one_of_pronouns: frozenset[str] = frozenset()
    #: Words opening a relative clause that says what a person is (« X, qui
    #: est infirmière »), read like an apposition after the name.
    describing_clauses: tuple[str, ...] = ()
    #: First names the name package lacks or marks as ambiguous while they
    #: are unambiguous in the news this language covers → gender; "" marks
    #: a name the package decides that goes either way in this language.
    first_names: Mapping[str, str] = field(default_factory=dict)
    #: Family names of a naming order that puts them first (Vietnamese
    #: « Nguyen Thi Lan »), after which ``middle_names`` tell the gender.
    family_name_first: frozenset[str] = frozenset()
    middle_names: Mapping[str, str] = field(default_factory=dict)
    #: Adjectives written before a person noun whose form tells the gender
    #: (« l'ancienne ministre », « la nouvelle porte-parole »): a closed class.
    gendered_adjectives: Mapping[str, str] = field(default_factory=dict)
    #: Endings of adjectives after the noun, by the inflection rules of the
    #: language (« -ienne » feminine, « -ien » masculine), feminine ones first;
    #: read only where the determiner and the noun leave the gender open
    #: (« l'ex-ministre française »).
    adjective_endings: tuple[tuple[str, str], ...] = ()
    #: Suffixes of agent nouns (« -trice », « -euse »: female; « -iste »:
    #: either, "") that make a word the lists lack a person noun where a
    #: person is described; feminine and epicene ones only, the masculine
    #: ones (« -eur », « -ier ») end too many nouns of things.
    agent_suffixes: tuple[tuple[str, str], ...] = ()
