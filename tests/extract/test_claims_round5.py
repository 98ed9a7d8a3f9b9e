"""Numeric claims, round 5: the parts of a count past its content.

Sentences and names are invented for these tests.  Quotes are built by
hand (content, cue and speaker mention), so the claim stage is tested apart
from the quote engine.
"""

from __future__ import annotations

import pytest

from quidit.extract.claims import extract_claims
from quidit.lang import get_language
from quidit.nlp.pipeline import parse
from quidit.records import Quote, Span, Speaker

pytestmark = pytest.mark.slow

FR = get_language("fr")


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def quote(text: str, content: str, speaker: str, cue: str | None, mention: str | None) -> Quote:
    return Quote(
        id="q1",
        type="indirect",
        content=_span(text, content),
        cue=_span(text, cue) if cue else None,
        speaker=Speaker(name=speaker, mention=_span(text, mention) if mention else None),
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention", "expected"),
    [
        # « dont » after a trailing « selon X »
        (
            "La marche a réuni 9 400 personnes, selon la mairie, dont 2 100 à Vannes.",
            "La marche a réuni 9 400 personnes",
            "selon",
            "la mairie",
            [9400, 2100],
        ),
        # « dont » after the counted noun, coordinated parts
        (
            "La préfecture a recensé plus de 1 200 sinistrés, dont 300 à Dol"
            " et près de 150 à Combourg.",
            "plus de 1 200",
            "a recensé",
            "La préfecture",
            [1200, 300, 150],
        ),
        # a part qualified
        (
            "Le collectif compte 640 blessés, dont au moins 12 graves.",
            "640",
            "compte",
            "Le collectif",
            [640, 12],
        ),
        # no figure right after « dont »: nothing added
        (
            "La marche a réuni 9 400 personnes, selon la mairie,"
            " dont le maire a salué les 3 orchestres.",
            "La marche a réuni 9 400 personnes",
            "selon",
            "la mairie",
            [9400],
        ),
        # a longer gap that is no attribution: the writer's own words
        (
            "La marche a réuni 9 400 personnes selon la mairie puis la foule"
            " s'est dispersée sur la place, dont 40 à pied.",
            "La marche a réuni 9 400 personnes",
            "selon",
            "la mairie",
            [9400],
        ),
        # another source's attribution closes the tail
        (
            "La marche a réuni 9 400 personnes, selon la mairie, dont 2 100 à Vannes,"
            " 5 000 selon le syndicat.",
            "La marche a réuni 9 400 personnes",
            "selon",
            "la mairie",
            [9400, 2100],
        ),
        # a date in the tail stays no claim
        (
            "Le syndicat revendique 700 adhérents, selon son bureau, dont 90 depuis le 3 mars.",
            "Le syndicat revendique 700 adhérents",
            "selon",
            "son bureau",
            [700, 90],
        ),
    ],
)
def test_part_figures_after_the_content(  # type: ignore[no-untyped-def]
    nlp_fr, text: str, content: str, cue: str, mention: str, expected: list[float]
) -> None:
    doc = parse(nlp_fr, text)
    q = quote(text, content, "X", cue, mention)
    got = [c.value for c in extract_claims(doc, [q], FR)]
    assert got == expected


def test_a_second_quote_keeps_its_own_figure(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "La marche a réuni 9 400 personnes, selon la mairie, dont 2 100 selon le syndicat."
    doc = parse(nlp_fr, text)
    first = quote(text, "La marche a réuni 9 400 personnes", "la mairie", "selon", "la mairie")
    second = Quote(
        id="q2",
        type="indirect",
        content=_span(text, "2 100"),
        cue=Span.of(text, text.rindex("selon"), text.rindex("selon") + 5),
        speaker=Speaker(name="le syndicat", mention=_span(text, "le syndicat")),
    )
    got = [(c.value, c.source) for c in extract_claims(doc, [first, second], FR)]
    assert got == [(9400, "la mairie"), (2100, "le syndicat")]


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # people a disaster struck: the predicate names them
        (
            "Selon la préfecture, 14 personnes sont mortes et près de 9 000 sont sinistrées.",
            "14 personnes sont mortes et près de 9 000 sont sinistrées",
            [(14, "mort"), (9000, "sinistré")],
        ),
        (
            "Selon l'agence, 30 personnes sont mortes et quelque deux millions d'autres"
            " sont affectées par les crues.",
            "30 personnes sont mortes et quelque deux millions d'autres sont affectées"
            " par les crues",
            [(30, "mort"), (2_000_000, "affecté")],
        ),
        # a sum « affectée » stays a sum
        (
            "Selon le maire, 12 millions d'euros seront affectés à la digue.",
            "12 millions d'euros seront affectés à la digue",
            [(12_000_000, "euro")],
        ),
        # « N autres de manière … »: the noun counted before, not « manière »
        (
            "Selon les secouristes, 140 maisons sont détruites et 95 autres de façon partielle.",
            "140 maisons sont détruites et 95 autres de façon partielle",
            [(140, "maison"), (95, "maison")],
        ),
        # a part takes the whole's unit, not a later figure's
        (
            "Selon le syndicat, la grève a réuni 8 000 personnes, dont 900 à Brest,"
            " alors que 31 rassemblements étaient prévus.",
            "la grève a réuni 8 000 personnes, dont 900 à Brest, alors que 31"
            " rassemblements étaient prévus",
            [(8000, "personne"), (900, "personne"), (31, "rassemblement")],
        ),
        # a figure tagged as a noun, its noun as an adjective
        (
            "Selon le gouverneur, quelque 3.412 immeubles se sont effondrés,"
            " ce qui fait craindre des centaines de morts.",
            "quelque 3.412 immeubles se sont effondrés, ce qui fait craindre des centaines"
            " de morts",
            [(3412, "immeuble")],
        ),
        # a people's name or « concitoyens » counts people: the predicate names the unit
        (
            "Selon le ministre, 48 de nos concitoyens sont morts dans l'incendie.",
            "48 de nos concitoyens sont morts dans l'incendie",
            [(48, "mort")],
        ),
        (
            "D'après le consul, plus de 300 Togolais ont été blessés.",
            "plus de 300 Togolais ont été blessés",
            [(300, "blessé")],
        ),
        # a thing keeps its noun
        (
            "Selon la direction, 260 postes vont disparaître.",
            "260 postes vont disparaître",
            [(260, "poste")],
        ),
        # the qualifier's own noun measures nothing: the clause's subject does
        (
            "Selon l'observatoire, la participation a atteint aux alentours de 61 %.",
            "la participation a atteint aux alentours de 61 %",
            [(61, "participation")],
        ),
        # « neufs » is new, never nine
        (
            "Selon la mairie, 240 logements neufs seront livrés.",
            "240 logements neufs seront livrés",
            [(240, "logement")],
        ),
    ],
)
def test_round5_units(nlp_fr, text: str, content: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = parse(nlp_fr, text)
    q = quote(text, content, "X", None, None)
    got = [(c.value, c.unit) for c in extract_claims(doc, [q], FR)]
    assert got == expected
