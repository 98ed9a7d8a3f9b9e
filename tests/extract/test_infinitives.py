"""Infinitive content (guidelines §1: « X affirme avoir … »), and the
verbs of saying whose infinitive is aspect or plan, not content
(« continue à publier », « avaient prévu de défiler »), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [(q.content.text, q.cue.text if q.cue else None) for q in a.quotes]


CASES = [
    # aspect and plan: no quote
    ("Les députés avaient prévu de voter dans la soirée.", []),
    ("La mairie continuera à publier les chiffres.", []),
    ("Les enquêteurs poursuivent leurs recherches et continuent d'interroger les voisins.", []),
    # the same verbs keep their que-clause, noun phrase and incise readings
    (
        "La banque prévoit que la croissance ralentira en 2025.",
        [("la croissance ralentira en 2025", "prévoit")],
    ),
    (
        "« Nous ne céderons pas », a poursuivi la ministre.",
        [("Nous ne céderons pas", "a poursuivi")],
    ),
    # a clause of its own coordinated after the infinitive is the writer's
    (
        "Les élus disent n’avoir été prévenus de rien, et c’est bien là le problème.",
        [("n’avoir été prévenus de rien", "disent")],
    ),
    (
        "Le suspect reconnaît avoir menti et il a présenté des excuses.",
        [("avoir menti", "reconnaît")],
    ),
    # negative: a second infinitive stays in the content
    (
        "Le club affirme avoir payé ses dettes et les avoir toutes soldées.",
        [("avoir payé ses dettes et les avoir toutes soldées", "affirme")],
    ),
    # a verb of saying with its infinitive still counts
    (
        "Le club affirme avoir remboursé toutes ses dettes.",
        [("avoir remboursé toutes ses dettes", "affirme")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_infinitive_content(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected
