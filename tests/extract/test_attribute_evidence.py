"""Evidence for who a source is, read in forms news writes every day:
accented and compound first names, descriptions that close a sentence,
adjectives agreeing with an epicene noun, anonymity said in the sentence
(not the one before), places in a description's complement."""

from __future__ import annotations

import entity_rows
import pytest

from quidit.extract.attributes import attribute_data, first_name_gender, is_anonymous, kind_of
from quidit.extract.gender import _description_gender
from quidit.extract.source_words import Head, names_someone, original_words, words_of
from quidit.records import Entity

_entities = entity_rows.entities
_find = entity_rows.find


@pytest.mark.parametrize(
    ("first", "gender"),
    [
        # The list writes these without accents.
        ("Émeline", "female"),
        ("Élise", "female"),
        ("Éloïse", "female"),
        ("Maëva", "female"),
        # A hyphenated French first name takes its first element's gender.
        ("Jean-Baptiste", "male"),
        ("Marie-Noëlle", "female"),
        ("Jean-Marie", "male"),
        ("Anne-Sophie", "female"),
        # Names that go either way stay undecided, accented or not.
        ("Stéphane", ""),
        ("Dominique", ""),
        ("Jean-Dominique", "male"),
        # A place written with a hyphen is no first name.
        ("Sainte-Marie", ""),
        ("Lorvagne", ""),
    ],
)
def test_accented_and_compound_first_names(first: str, gender: str) -> None:
    assert first_name_gender(first, attribute_data("fr")) == gender


@pytest.mark.parametrize(
    ("first", "gender"),
    [
        # Names the first list lacks, common and unambiguous in the second.
        ("Nneka", "female"),
        ("Sipho", "male"),
        ("Houria", "female"),
        ("Boualem", "male"),
        ("Zineb", "female"),
        ("Wanjiru", "female"),
        # Either way in the second list: undecided.
        ("Tendai", ""),
        # The first list says it goes either way: the second is not asked.
        ("Hayat", ""),
        ("Camille", ""),
        # Not a first name anywhere.
        ("Brévannes", ""),
    ],
)
def test_first_names_the_first_list_lacks(first: str, gender: str) -> None:
    assert first_name_gender(first, attribute_data("fr")) == gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # An adjective before an epicene noun after « l' », « son », « les ».
        ("l'ancienne ministre", "female"),
        ("l'ancien secrétaire d'État", "male"),
        ("son nouveau porte-parole", "male"),
        ("sa nouvelle porte-parole", "female"),
        # A regular adjective ending after the noun.
        ("l'ex-ministre française", "female"),
        ("l'ex-ministre canadien", "male"),
        ("l'ex-ministre italienne", "female"),
        # Endings shared by both genders say nothing.
        ("l'ex-ministre belge", ""),
        ("l'ex-ministre écologiste", ""),
        # A capitalised word after the noun may be a name: not read.
        ("l'ex-ministre Daniel", ""),
        # The determiner still decides first.
        ("la ministre", "female"),
        ("le journaliste", "male"),
    ],
)
def test_adjectives_agreeing_with_an_epicene_noun(name: str, gender: str) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert _description_gender(words_of(name), data, original_words(name)) == gender


@pytest.mark.parametrize(
    ("name", "names"),
    [
        # A place or a body in the complement names nobody.
        ("une commerçante du marché Tivolin", False),
        ("un habitant de La Brévine", False),
        ("un responsable de l'Union Portuaire", False),
        ("une source proche de Jean Morel", False),
        # A name of two words after a common noun, or right after the noun.
        ("la porte-parole de la police Ilse Varga", True),
        ("l'avocate Marie Dalbret", True),
    ],
)
def test_capitalised_words_in_a_complement(name: str, names: bool) -> None:
    data = attribute_data("fr")
    assert data is not None
    e = Entity("e1", name, "PER")
    assert names_someone(e, Head(name, data)) is names


@pytest.mark.parametrize(
    ("text", "name", "anonymous"),
    [
        # Said in the source's own sentence.
        (
            "« Rien ne bouge », confie une commerçante du marché Tivolin, qui n'a pas "
            "souhaité donner son nom.",
            "une commerçante du marché Tivolin",
            True,
        ),
        (
            "« Le quartier a peur », dit un riverain préférant rester anonyme.",
            "un riverain",
            True,
        ),
        # Or in the next sentence, when it takes the source up by a pronoun.
        (
            "« Les stocks baissent », a dit un cadre de la coopérative. Il a requis l'anonymat.",
            "un cadre de la coopérative",
            True,
        ),
        # The sentence before spoke of someone else.
        (
            "Un élu a parlé sous couvert d'anonymat. La porte-parole Ilse Varga a démenti.",
            "Ilse Varga",
            False,
        ),
        (
            "Un élu a parlé sous couvert d'anonymat. Selon elle, Ilse Varga a tort.",
            "Ilse Varga",
            False,
        ),
    ],
)
def test_anonymity_said_in_the_sources_sentence(text: str, name: str, anonymous: bool) -> None:
    data = attribute_data("fr")
    assert data is not None
    e = Entity("e1", name, "PER")
    start = text.index(name)
    low = text.lower().replace("’", "'")
    got = is_anonymous(e, kind_of(e, data), [(start, start + len(name))], low, data)
    assert got is anonymous


def test_english_anonymity_stays_in_its_sentence() -> None:
    data = attribute_data("en")
    assert data is not None
    text = (
        '"It will slip," an engineer said on condition of anonymity. '
        "Spokesperson Ruth Calloway said the plan holds."
    )
    low = text.lower()
    for name, expected in (("an engineer", True), ("Ruth Calloway", False)):
        e = Entity("e1", name, "PERSON")
        start = text.index(name)
        assert is_anonymous(e, kind_of(e, data), [(start, start + len(name))], low, data) is (
            expected
        )


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("la Direction générale de la sécurité portuaire", "government"),
        ("la Direction départementale des territoires", "government"),
        # A firm's management is no State directorate.
        ("la direction de la coopérative", "organisation"),
    ],
)
def test_state_directorates(name: str, kind: str) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert kind_of(Entity("e1", name, "ORG"), data) == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "gender", "evidence"),
    [
        # A description closing the sentence, right after the name.
        (
            "« Les loyers montent », estime Rosalind, une trentenaire.",
            "Rosalind",
            "female",
            "une trentenaire",
        ),
        (
            "« Les loyers montent », estime Corentin, un quinquagénaire.",
            "Corentin",
            "male",
            "un quinquagénaire",
        ),
        # An accented first name the list writes without its accent.
        ("« Tout est fermé », confie Émeline Varenne.", "Varenne", "female", "Émeline"),
        # A compound first name.
        ("« Tout est fermé », confie Jean-Baptiste Lorvin.", "Lorvin", "male", "Jean-Baptiste"),
        # An adjective before an epicene noun, the determiner elided.
        (
            "L'ancienne ministre Dominique Arvel a répondu : « Je n'ai rien signé. »",
            "Arvel",
            "female",
            "ancienne",
        ),
        # Nothing decides: unknown stays the answer.
        ("« Tout est fermé », confie Dominique Arvel.", "Arvel", "unknown", "none"),
    ],
)
def test_gender_from_forms_news_writes(analyzer, text, who, gender, evidence) -> None:
    e = _find(_entities(analyzer, text), who)
    assert e.gender == gender
    assert evidence in (e.gender_evidence or "")


@pytest.mark.parametrize(
    ("name", "type_", "kind"),
    [
        # Two bare role nouns joined describe one person.
        ("Solène Varga, romancière et journaliste", "PER", "person"),
        ("la maire et conseillère régionale", None, "person"),
        # Two sources, each with its determiner or name, make a group.
        ("le maire et la préfète", None, "group"),
        ("Jean Morel et Ali Sow", "PER", "group"),
        ("les élus et habitants", None, "group"),
    ],
)
def test_two_roles_of_one_person(name: str, type_: str | None, kind: str) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert kind_of(Entity("e1", name, type_), data) == kind


@pytest.mark.parametrize(
    ("text", "name", "anonymous"),
    [
        # A demonstrative takes up the person named before.
        (
            "Léon Varga a fondé le collectif. « Nous tiendrons », a dit ce pharmacien de 61 ans.",
            "ce pharmacien de 61 ans",
            False,
        ),
        # Unless an indefinite description introduced it.
        (
            "Léon Varga a fondé le collectif. Une source policière a parlé. « Rien ne bouge », "
            "a dit cette source.",
            "cette source",
            True,
        ),
        # Nobody named before: still unnamed.
        ("« Nous tiendrons », a dit ce médecin.", "ce médecin", True),
    ],
)
def test_a_demonstrative_points_back(text: str, name: str, anonymous: bool) -> None:
    data = attribute_data("fr")
    assert data is not None
    e = Entity("e1", name, None)
    start = text.index(name)
    first_named = 0 if text.startswith("Léon") else None
    got = is_anonymous(
        e, kind_of(e, data), [(start, start + len(name))], text.lower(), data, first_named
    )
    assert got is anonymous


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "who", "kind"),
    [
        # A name the parser may take for a person, taken up by "it".
        (
            'Orvane Foods said it had "no record" of any complaint about the ovens.',
            "Orvane",
            "organisation",
        ),
        # "it was …" is often no referent: not read.
        ('Kwabena Mensah said it was "a disgrace" that the ovens failed.', "Mensah", "person"),
        # A known first name keeps a person.
        ('Harriet Vance said it had "no record" of any complaint.', "Vance", "person"),
        # "she" is no thing pronoun.
        ('Kwabena Mensah said she had "no record" of any complaint.', "Mensah", "person"),
    ],
)
def test_a_body_taken_up_by_it(analyzer, text, who, kind) -> None:
    assert _find(_entities(analyzer, text, "en"), who).kind == kind


@pytest.mark.parametrize(
    ("lang", "name", "kind", "anonymous"),
    [
        # One person of a plural noun.
        ("fr", "l'une des sources du dossier", "person", True),
        ("fr", "un des manifestants", "person", True),
        ("en", "one of the governor's aides", "person", True),
        # The collective by which news quotes people it does not name.
        ("fr", "l'entourage du ministre", "group", True),
        ("fr", "un gradé de la gendarmerie", "person", True),
        ("en", "a protester", "person", True),
        # A named body or office stays so.
        ("fr", "le ministère de la Mer", "government", False),
        ("en", "the mayor", "person", False),
    ],
)
def test_unnamed_people_in_the_plural_or_a_collective(
    lang: str, name: str, kind: str, anonymous: bool
) -> None:
    data = attribute_data(lang)
    assert data is not None
    e = Entity("e1", name, "ORG")
    got_kind = kind_of(e, data)
    assert got_kind == kind
    assert is_anonymous(e, got_kind, [(0, len(name))], name.lower(), data) is anonymous


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ('"We will not leave," said a driver, who declined to give his name.', True),
        ('"We will not leave," said a driver, who declined to give details.', True),
        ('"We will not leave," said Driver Paul Okoro, who declined to give details.', False),
    ],
)
def test_english_phrases_of_a_withheld_name(text: str, anonymous: bool) -> None:
    data = attribute_data("en")
    assert data is not None
    name = "Driver Paul Okoro" if "Okoro" in text else "a driver"
    e = Entity("e1", name, "PERSON")
    start = text.index(name)
    got = is_anonymous(e, "person", [(start, start + len(name))], text.lower(), data)
    assert got is anonymous


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # Agent nouns the lists lack, by their suffix, heading the phrase.
        ("la chroniqueuse", "female"),
        ("l'accompagnatrice", "female"),
        ("le sismologue", "male"),
        ("l'urbaniste", ""),
        # The same endings on adjectives after the head say nothing.
        ("la route dangereuse", ""),
        ("le parti socialiste", ""),
        ("la riposte aérienne", ""),
        # Too short to be read by the suffix.
        ("la liste", ""),
    ],
)
def test_agent_nouns_by_their_suffix(name: str, gender: str) -> None:
    data = attribute_data("fr")
    assert data is not None
    assert _description_gender(words_of(name), data, original_words(name)) == gender


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "gender", "evidence"),
    [
        (
            "« Le public a changé », estime l'accompagnatrice, Dominique Arvel.",
            "female",
            "accompagnatrice",
        ),
        ("« Le public a changé », estime Dominique Arvel, chroniqueuse.", "female", "chroniqueuse"),
        # One form for both: the elided article decides nothing.
        ("« Le public a changé », estime l'urbaniste Dominique Arvel.", "unknown", "none"),
    ],
)
def test_agent_nouns_beside_a_name(analyzer, text, gender, evidence) -> None:
    e = _find(_entities(analyzer, text), "Arvel")
    assert e.gender == gender
    assert evidence in (e.gender_evidence or "")


@pytest.mark.parametrize(
    ("lang", "name", "kind"),
    [
        # The seat of a power speaks for it.
        ("fr", "le Palais", "government"),
        ("fr", "la Sécurité civile", "government"),
        ("fr", "le Haut-Commissariat aux réfugiés", "government"),
        # Non-governmental organisations named without a head noun.
        ("fr", "Médecins sans frontières", "organisation"),
        ("fr", "la Croix-Rouge", "organisation"),
        # A capitalised plural after its determiner names a body.
        ("fr", "les Frontistes", "organisation"),
        ("fr", "les frontistes", "group"),
        # The people themselves.
        ("fr", "les médecins", "group"),
        ("fr", "Des habitants du quartier", "group"),
        ("en", "Economists polled by the Norland Ledger", "group"),
    ],
)
def test_bodies_named_without_a_head_noun(lang: str, name: str, kind: str) -> None:
    data = attribute_data(lang)
    assert data is not None
    assert kind_of(Entity("e1", name, "ORG"), data) == kind
