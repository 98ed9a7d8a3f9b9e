"""Span bounds: a relative clause on a fronted source, a circumstance
between the cue and a quoted fragment, a « selon lui » that repeats the
cue's own speaker, and a que-clause in a fronted adverbial clause with no
comma before the main clause. Sentences written for these tests."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(content, cue) for _, content, cue, _ in quote_rows.quotes(analyzer, text)]


RELATIVE = [
    # a relative clause on the source that quotes words of its own
    (
        "Selon un communiqué de la mairie, qui évoque une « situation inédite », "
        "quarante familles ont été relogées.",
        ("quarante familles ont été relogées", "Selon"),
    ),
    (
        "D'après la fédération, qui parle d'un « gâchis », le tournoi est annulé.",
        ("le tournoi est annulé", "D'après"),
    ),
    # kept: a relative clause with no quoted words
    (
        "Selon le rapport de l'inspection, qui pointe des retards, "
        "le chantier coûtera 12 millions d'euros.",
        ("le chantier coûtera 12 millions d'euros", "Selon"),
    ),
]


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_relative_clause_on_fronted_source(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in contents(analyzer, text)


CIRCUMSTANCE = [
    (
        "Elle a affirmé lundi soir sur une radio locale « ne rien regretter ».",
        ("ne rien regretter", "a affirmé"),
    ),
    (
        "Le président a déclaré ce vendredi dans Le Matin des Alpes "
        "« vouloir aller jusqu'au bout ».",
        ("vouloir aller jusqu'au bout", "a déclaré"),
    ),
    (
        "Elle a dénoncé sur les réseaux sociaux une « trahison » du parti.",
        ("une « trahison » du parti", "a dénoncé"),
    ),
    # kept: the preposition of the verb leads to its content
    (
        "La banque table sur une « reprise modeste » de l'activité.",
        ("une « reprise modeste » de l'activité", "table sur"),
    ),
    (
        "Le syndicat a lancé lors du rassemblement : « Nous ne lâcherons rien. »",
        ("Nous ne lâcherons rien.", "a lancé"),
    ),
]


@pytest.mark.parametrize("text, expected", CIRCUMSTANCE)
def test_circumstance_before_fragment(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = contents(analyzer, text)
    assert expected[0] in [c for c, _ in got], got


SELON_PRONOUN = [
    # « selon lui » repeats the cue's speaker: one quote, the que-clause's
    ("Paul Durand a indiqué que la ligne rouvrirait en mai, selon lui.", 1),
    ("Marie Leclerc a expliqué que les travaux étaient terminés, selon elle.", 1),
    # kept: no verb of saying, the adjunct is the only attribution
    ("Le chômage va encore baisser cette année, selon lui.", 1),
]


@pytest.mark.parametrize("text, n", SELON_PRONOUN)
def test_selon_pronoun_adds_no_quote(analyzer, text, n) -> None:  # type: ignore[no-untyped-def]
    got = contents(analyzer, text)
    assert len(got) == n, got
    # never the whole sentence with the cue's own verb as content
    assert not any(c.startswith(("Paul Durand", "Marie Leclerc")) for c, _ in got), got


FRONTED_CLAUSE = [
    (
        "Lorsque le ministre dit que la réforme est juste il oublie les chômeurs.",
        ("la réforme est juste", "dit"),
    ),
    (
        "Quand elle affirme que les prix baissent elle se trompe.",
        ("les prix baissent", "affirme"),
    ),
    (
        "Quand le directeur explique que l'usine est sauvée les ouvriers applaudissent.",
        ("l'usine est sauvée", "explique"),
    ),
    # the subordinator inside a larger que-clause, the cue its own verb
    (
        "Le ministre a répondu que, si un maire estime qu'une règle est injuste, "
        "il peut saisir le préfet.",
        ("une règle est injuste", "estime"),
    ),
    (
        "La juge a rappelé que quand un témoin affirme qu'il a tout vu il doit le prouver.",
        ("il a tout vu", "affirme"),
    ),
    # kept: the outer que-clause holds the whole conditional
    (
        "La juge a rappelé que quand un témoin affirme qu'il a tout vu il doit le prouver.",
        ("quand un témoin affirme qu'il a tout vu il doit le prouver", "a rappelé"),
    ),
    # kept: with a comma (already cut there)
    (
        "Lorsque le ministre dit que la réforme est juste, il oublie les chômeurs.",
        ("la réforme est juste", "dit"),
    ),
    # kept: the adverbial clause stands inside the content
    (
        "Le maire dit que quand il pleut la rue est inondée.",
        ("quand il pleut la rue est inondée", "dit"),
    ),
    # kept: a fronted adverbial clause of its own, the cue in the main clause
    (
        "Quand la crue est arrivée, le préfet a dit que la digue tiendrait.",
        ("la digue tiendrait", "a dit"),
    ),
]


@pytest.mark.parametrize("text, expected", FRONTED_CLAUSE)
def test_que_clause_stops_before_main_clause(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in contents(analyzer, text)


def quotes_with_speakers(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(content, speaker) for _, content, _, speaker in quote_rows.quotes(analyzer, text)]


RANGES = [
    (
        "Les loyers sont passés de 400 euros selon la mairie à 650 euros selon l'association.",
        [
            ("Les loyers sont passés de 400 euros", "la mairie"),
            ("650 euros", "l'association"),
        ],
    ),
    (
        "Le cortège comptait de 3 000 selon la police à 9 000 personnes selon les organisateurs.",
        [("Le cortège comptait de 3 000", "la police"), ("9 000 personnes", "les organisateurs")],
    ),
    # kept: a writer's « soit » gloss between two attributed figures
    (
        "On comptait 12 000 grévistes selon la direction, soit 8 % des effectifs, "
        "20 000 selon le syndicat.",
        [("On comptait 12 000 grévistes", "la direction"), ("20 000", "le syndicat")],
    ),
]


@pytest.mark.parametrize("text, expected", RANGES)
def test_range_of_attributed_figures(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes_with_speakers(analyzer, text) == expected


INCISES = [
    # a compound tense of a verb outside the lexicon, its subject inverted
    (
        "« Il n'y a plus de pain au village », a balancé Paul Girard à la sortie de la mairie.",
        [("Il n'y a plus de pain au village", "Paul Girard")],
    ),
    (
        "« Nous ne partirons pas », a aussitôt ironisé la porte-parole du collectif.",
        [("Nous ne partirons pas", "la porte-parole du collectif")],
    ),
    # negatives: a title in marks, then a verb with its object or complement
    ("« Le Petit Prince », a été traduit en 500 langues.", []),
    ("« La Peste », a obtenu le prix des lecteurs en 1947.", []),
]


@pytest.mark.parametrize("text, expected", INCISES)
def test_compound_tense_incise(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes_with_speakers(analyzer, text) == expected
