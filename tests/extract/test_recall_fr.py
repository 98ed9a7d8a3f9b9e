"""Attribution forms of French news the engine used to miss (issue 11,
recall): object clitics before an incise, and the other constructions
below. Own sentences, each with negative cases."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def run(analyzer, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    return analyzer.analyze(Article(id="t", text=text))


def quotes(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name)
        for q in run(analyzer, text).quotes
    ]


# « », lui a répondu X: the object clitic before the incise's verb.
CLITIC_INCISES = [
    (
        "« Je ne partirai pas avant l’été », lui a répondu le maire de Vauclair.",
        ("Je ne partirai pas avant l’été", "a répondu", "le maire de Vauclair"),
    ),
    (
        "« Le chantier avance bien », nous a confié la directrice, Nadia Ferrand.",
        ("Le chantier avance bien", "a confié", "Nadia Ferrand"),
    ),
    (
        "« Rien ne presse », m’a assuré le notaire Gilles Aubrac.",
        ("Rien ne presse", "a assuré", "Gilles Aubrac"),
    ),
    (
        "Odile Marchal a reçu les grévistes. « Nous ne fermerons pas l’usine », "
        "leur a-t-elle expliqué.",
        ("Nous ne fermerons pas l’usine", "a-t-elle expliqué", "Odile Marchal"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLITIC_INCISES)
def test_object_clitic_before_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# A clitic before a verb that is no incise: no speaker from it.
CLITIC_NEGATIVES = [
    "Le film s’appelle « Les Heures creuses », lui a offert son frère pour Noël.",
    "La troupe joue « Le Malade imaginaire », leur a plu.",
]


@pytest.mark.parametrize("text", CLITIC_NEGATIVES)
def test_object_clitic_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []
