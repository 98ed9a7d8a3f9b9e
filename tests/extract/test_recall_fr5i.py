"""Indirect quotes of French news at large that the engine missed (issue
11, recall of indirect quotes, fifth round). Own sentences, each with
negative cases."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [row[1:] for row in quote_rows.quotes(analyzer, text)]


# A two-word adverb between the cue and « que » whose last word otherwise
# makes a conjunction of « que » (« outre que », « plus que »): « a indiqué
# en outre que … » is the cue's completive; bare « outre que » is not.
ADVERB_BEFORE_QUE = [
    (
        "Le gouverneur Paul Ardan a indiqué en outre que les travaux reprendraient lundi.",
        ("les travaux reprendraient lundi", "a indiqué", "Paul Ardan"),
    ),
    (
        "La fédération a précisé de plus que la finale aurait lieu à Namur.",
        ("la finale aurait lieu à Namur", "a précisé", "La fédération"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADVERB_BEFORE_QUE)
def test_adverb_before_que(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_bare_outre_que_is_no_completive(analyzer) -> None:  # type: ignore[no-untyped-def]
    rows = quotes(analyzer, "Le ministre a confirmé outre que la loi passerait.")
    assert all(row[0] != "la loi passerait" for row in rows)


# An adjunct set off by commas between the cue and « que » that holds an
# infinitive led by a preposition (« au sortir de », « pour conclure »,
# « après avoir consulté »): the « que » after its closing comma is still the
# cue's. Without the closing comma the « que » is the infinitive's own.
INFINITIVE_ADJUNCTS = [
    (
        "La présidente a annoncé, au sortir du conseil, que son pays quittait l'alliance.",
        ("son pays quittait l'alliance", "a annoncé", "La présidente"),
    ),
    (
        "Le porte-parole a indiqué, pour conclure, que le dialogue restait ouvert.",
        ("le dialogue restait ouvert", "a indiqué", "Le porte-parole"),
    ),
    (
        "Le syndicat a déclaré, après avoir consulté ses adhérents, que la grève continuerait.",
        ("la grève continuerait", "a déclaré", "Le syndicat"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_ADJUNCTS)
def test_infinitive_adjunct_before_que(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_que_of_the_adjunct_infinitive_stays_its_own(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le maire a affirmé, avant de préciser que la route rouvrirait, avoir alerté la préfecture."
    )
    rows = quotes(analyzer, text)
    assert ("la route rouvrirait", "a affirmé", "Le maire") not in rows
    assert all(not (cue == "a affirmé" and text.startswith("la route")) for text, cue, _ in rows)


# A date between the cue and its infinitive (« a annoncé ce 3 mars 2025
# dissoudre … », « le 4 juin »): the infinitive is the content.
DATE_BEFORE_INFINITIVE = [
    (
        "Le chef de l'État a annoncé ce 3 mars 2025 dissoudre le Parlement et convoquer "
        "des élections.",
        ("dissoudre le Parlement et convoquer des élections", "a annoncé", "Le chef de l'État"),
    ),
    (
        "Le club a annoncé le 4 juin avoir recruté deux joueurs.",
        ("avoir recruté deux joueurs", "a annoncé", "Le club"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_BEFORE_INFINITIVE)
def test_date_before_infinitive(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle a dit le 12 mars la vérité aux enquêteurs.",
        "Le conseil a fixé le 3 mars la date du scrutin.",
    ],
)
def test_date_then_no_infinitive(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « que » the object of a relative clause on the cue's own object, after
# an adjective (« les objectifs chiffrés que … »), opens no completive.
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a rappelé les objectifs chiffrés que le gouvernement avait fixés.",
        # the parser hangs this relative clause on the cue, not on its object
        "La ministre a rappelé les engagements financiers que le gouvernement avait pris.",
        "Le juge a rappelé aux avocats les règles que la cour avait fixées.",
        "Le juge a cité les témoignages concordants que les enquêteurs avaient recueillis.",
    ],
)
def test_relative_que_after_an_adjective(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Negative of the above: a cue with a person as its object still takes
# the completive that follows that object.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire a informé les habitants que la route serait fermée.",
            ("la route serait fermée", "a informé", "Le maire"),
        ),
        (
            "Le préfet a prévenu la population que l'eau était impropre.",
            ("l'eau était impropre", "a prévenu", "Le préfet"),
        ),
    ],
)
def test_completive_after_a_person_object_still_found(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_completive_after_a_comma_adjunct_still_found(analyzer) -> None:  # type: ignore[no-untyped-def]
    rows = quotes(analyzer, "La juge a rappelé, dans un courrier, que les délais étaient dépassés.")
    assert ("les délais étaient dépassés", "a rappelé", "La juge") in rows


# An inverted subject with a past participle on it (« …, indique un
# communiqué publié samedi par l'état-major »): still the incise's subject
# when no verb follows; a relative clause after it (« qui … ») makes the
# phrase something else.
PARTICIPLE_ON_INVERTED_SUBJECT = [
    (
        "Trois gardes ont été blessés près du barrage, indique un communiqué publié "
        "mardi par la gendarmerie.",
        ("Trois gardes ont été blessés près du barrage", "indique", "un communiqué"),
    ),
    (
        "La digue a cédé dans la nuit, précise un rapport rendu lundi.",
        ("La digue a cédé dans la nuit", "précise", "un rapport"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_ON_INVERTED_SUBJECT)
def test_participle_on_inverted_subject(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    content, cue, _ = expected
    assert any(row[:2] == (content, cue) for row in quotes(analyzer, text))


def test_participle_then_a_verb_is_no_incise(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "La digue a cédé dans la nuit, a montré un rapport publié lundi qui accuse la mairie."
    assert all(row[0] != "La digue a cédé dans la nuit" for row in quotes(analyzer, text))
