"""Verb cues and their que-clauses and incises: a comparing « que » is no
complementiser, and a present participle after a comma never inverts its
subject (the noun after it is its object); sentences written for these
tests, with the readings each rule must keep."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [(q.content.text, q.cue.text if q.cue else None) for q in a.quotes]


CASES = [
    # comparisons: no quote
    ("Les élus ont mis en garde contre une crise plus grave que celle de 2008.", []),
    ("Le ministre a jugé la hausse plus forte que prévu.", []),
    # completives after a degree word used alone or a time adverb: kept
    (
        "Elle a dit aussi que le projet serait revu.",
        [("le projet serait revu", "a dit")],
    ),
    (
        "Il a précisé plus tard que le projet serait revu.",
        [("le projet serait revu", "a précisé")],
    ),
    # a participle after a comma: the clause before is the writer's
    (
        "Trois soldats sont morts dans une embuscade près de la frontière, "
        "confirmant la dégradation de la situation.",
        [],
    ),
    ("Le club s'est incliné 2-0 dimanche, concédant sa quatrième défaite de suite.", []),
    # finite inverted incises: kept
    (
        "La réforme sera votée en juin, affirme la ministre.",
        [("La réforme sera votée en juin", "affirme")],
    ),
    (
        "Les prix ont encore augmenté en mars, a indiqué l'institut, confirmant la tendance.",
        [("Les prix ont encore augmenté en mars", "a indiqué")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_verb_cue_content(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected
