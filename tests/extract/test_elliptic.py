"""Elliptical attributed figures (guidelines §1; issue 12), invented sentences."""

from __future__ import annotations

import pytest

from quidit.extract import analyze_doc
from quidit.lang import get_language
from quidit.nlp.pipeline import parse

FR = get_language("fr")

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le cortège avait attiré 9.000 personnes, selon les syndicats, 2.100 selon la police.",
            [("2.100", "la police", 2100)],
        ),
        (
            "À Nancy, 7.000 personnes ont défilé selon la CGT, 3.000 pour la préfecture, "
            "2.500 d'après le cabinet Mesura, mandaté par des médias.",
            [("3.000", "la préfecture", 3000), ("2.500", "le cabinet Mesura", 2500)],
        ),
        (
            "Les combats ont fait 40 morts (selon l'armée) et 75 morts (selon les rebelles).",
            [("40 morts", "l'armée", 40), ("75 morts", "les rebelles", 75)],
        ),
        (
            "À Brest, 12.000 marcheurs ont défilé selon les syndicats, "
            "contre 4100 selon la police.",
            [("4100", "la police", 4100)],
        ),
    ],
)
def test_each_figure_is_its_own_quote(nlp_fr, text, expected) -> None:  # type: ignore[no-untyped-def]
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    quotes = {q.content.text: q.speaker.name for q in ledger.quotes}
    claims = {(c.value, c.source) for c in ledger.claims}
    for content, speaker, value in expected:
        assert quotes.get(content) == speaker
        assert (value, speaker) in claims


@pytest.mark.parametrize(
    "text",
    [
        # a full clause before « selon »: the adjunct's quote keeps it
        "Selon la préfecture, 5 000 personnes ont défilé.",
        "15 000 personnes ont marché à Lorient selon les syndicats.",
    ],
)
def test_clauses_are_not_narrowed(nlp_fr, text) -> None:  # type: ignore[no-untyped-def]
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    assert ledger.quotes
    assert all(len(q.content.text.split()) > 2 for q in ledger.quotes)


def test_sentence_quote_ends_before_another_source(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "Le cortège avait attiré 9.000 personnes, selon les syndicats, 2.100 selon la police."
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    first = next(q for q in ledger.quotes if q.speaker.name == "les syndicats")
    assert "2.100" not in first.content.text


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # gapping: the counting verb left out of the second clause
        (
            "À Vannes, la CGT a compté 30.000 manifestants, la police 12.000.",
            [(30000, "la CGT"), (12000, "la police")],
            [],
        ),
        (
            "À Lorient, les syndicats ont dénombré 15.000 personnes, et la préfecture 7850.",
            [(15000, "les syndicats"), (7850, "la préfecture")],
            [],
        ),
        # a counting participle and its agent
        (
            "À Quimper, la CGT revendique 15.000 manifestants contre 8500 décomptés par la "
            "préfecture.",
            [(15000, "la CGT"), (8500, "la préfecture")],
            [(8500, "la CGT")],
        ),
        # the figure in parentheses with its source; the figure before is the writer's
        (
            "À Rennes, le cortège a réuni 4000 personnes (12.000 selon la CGT).",
            [(12000, "la CGT")],
            [(4000, "la CGT")],
        ),
        # negative: a counted thing is no subject of a gapped clause
        (
            "Selon l'ONG, l'attaque a fait 30 morts, les blessés 12.",
            [(30, "l'ONG")],
            [(12, "les blessés")],
        ),
    ],
)
def test_gapped_agent_and_parenthesised_figures(nlp_fr, text, expected, absent) -> None:  # type: ignore[no-untyped-def]
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    claims = {(c.value, c.source) for c in ledger.claims}
    for pair in expected:
        assert pair in claims
    for pair in absent:
        assert pair not in claims


def test_counting_participle_is_not_the_unit(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = (
        "À Quimper, la CGT revendique 15.000 manifestants contre 8500 décomptés par la préfecture."
    )
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    units = {c.value: c.unit for c in ledger.claims}
    assert units[8500] == "manifestant"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # « , et N selon Y »: a new figure with its own source, not a second
        # source coordinated with the first
        (
            "Jeudi, 9 000 personnes ont défilé à Vannes selon la préfecture, "
            "et 12 000 selon les syndicats.",
            [(9000, "la préfecture"), (12000, "les syndicats")],
            [],
        ),
        (
            "Ils étaient 3 000 à 3 500 marcheurs dans les rues d'Auray, selon la préfecture "
            "du Morbihan, et 8 000 selon les organisateurs.",
            [(3000, "la préfecture du Morbihan"), (8000, "les organisateurs")],
            [],
        ),
        (
            "Ils étaient 9 000 selon la police et 12 000 selon les syndicats.",
            [(9000, "la police"), (12000, "les syndicats")],
            [],
        ),
        # « six morts et 13 blessés, selon X »: two counts of one clause keep
        # the clause as their content; the next pair has its own source
        (
            "Mardi, une explosion près de Valdor a fait six morts et 13 blessés, selon la radio "
            "locale et neuf morts et « des dizaines de blessés », selon l'ONG.",
            [(6, "la radio locale"), (13, "la radio locale"), (9, "l'ONG")],
            [],
        ),
        # « entre N, selon X, et M, selon Y, à Z »: the second source's
        # « selon » stands inside the sentence, each bound keeps its source
        (
            "Une marche a réuni entre 3.500 personnes, selon la police, et 6.000, "
            "selon les organisateurs, à Dijon samedi.",
            [(3500, "la police"), (6000, "les organisateurs")],
            [(6000, "la police")],
        ),
        (
            "Le rassemblement a compté 800 participants, selon la mairie, et 1.500, "
            "selon l'association, devant la gare.",
            [(800, "la mairie"), (1500, "l'association")],
            [(1500, "la mairie")],
        ),
        # negatives: two counts of one clause before an inner « selon », and
        # a clause (not a figure) after « et »
        (
            "Le séisme a fait 12 morts et 30 blessés, selon les secours, dans la vallée.",
            [(12, "les secours"), (30, "les secours")],
            [],
        ),
        (
            "L'incendie a fait 3 morts, selon les pompiers, et la route reste coupée, "
            "selon la préfecture.",
            [(3, "les pompiers")],
            [(3, "la préfecture")],
        ),
        # the sentence goes on after an inner « selon »: one quote, not a figure's
        (
            "À Vernay, 3.400 personnes, selon la gendarmerie, ont défilé jusqu'au port.",
            [(3400, "la gendarmerie")],
            [],
        ),
        # the bracket closing a figure's parenthesis is no part of its source
        (
            "Vernay : 48 000 selon FO (12 500 selon le ministère de l'Intérieur).",
            [(48000, "FO"), (12500, "le ministère de l'Intérieur")],
            [(12500, "le ministère de l'Intérieur)")],
        ),
        # negative: sources really coordinated stay one group
        (
            "Selon la mairie et la préfecture, 4 000 personnes ont défilé.",
            [(4000, "la mairie et la préfecture")],
            [(4000, "la mairie")],
        ),
        # a gapped clause after « et » with no comma, and with the « à » of
        # a verb of evaluating
        (
            "Le syndicat a compté 6.000 grévistes et la direction 2.500.",
            [(6000, "Le syndicat"), (2500, "la direction")],
            [(2500, "Le syndicat")],
        ),
        (
            "La mairie a chiffré à 3.000 le nombre de marcheurs, les associations à 8.000.",
            [(3000, "La mairie"), (8000, "les associations")],
            [(8000, "La mairie")],
        ),
        # a figure set against another with its noun before « pour Y »
        (
            "La FSU a annoncé 4.000 grévistes. Contre 1.800 enseignants pour le ministère.",
            [(4000, "La FSU"), (1800, "le ministère")],
            [],
        ),
        # negatives: a counted thing after « et » is no source, « pour »
        # with no contrasted figure is a beneficiary
        (
            "La préfecture a recensé 30 morts et les blessés 12.",
            [(30, "La préfecture")],
            [(12, "les blessés")],
        ),
        ("Le département a voté 3 millions d'euros pour la région.", [], [(3e6, "la région")]),
    ],
)
def test_coordinated_elliptic_figures(nlp_fr, text, expected, absent) -> None:  # type: ignore[no-untyped-def]
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    claims = {(c.value, c.source) for c in ledger.claims}
    for pair in expected:
        assert pair in claims, claims
    for pair in absent:
        assert pair not in claims, claims


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # a decimal comma after « Selon X, » is no apposition's comma
        (
            "Selon les gardes-côtes, 2,84 tonnes de cocaïne ont été saisies.",
            2.84,
            "les gardes-côtes",
        ),
        ("Selon la mairie, 2,5 millions d'euros seront investis.", 2_500_000, "la mairie"),
        ("Selon X, 3,2 % des élèves étaient absents.", 3.2, "X"),
    ],
)
def test_decimal_after_a_fronted_source(nlp_fr, text, value, source) -> None:  # type: ignore[no-untyped-def]
    ledger = analyze_doc(parse(nlp_fr, text), FR)
    assert (value, source) in {(c.value, c.source) for c in ledger.claims}
