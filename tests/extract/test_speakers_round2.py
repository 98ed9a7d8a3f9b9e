"""Speakers on French copy, round two: lists of sources the parser splits,
a group is not one of its members.

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest

from quidit.service import Analyzer


def names(analyzer: Analyzer, text: str) -> list[str | None]:
    from quidit.records import Article

    a = analyzer.analyze(Article(id="t", text=text, lang="fr"))
    return [q.speaker.name for q in a.quotes]


LISTS = [
    # A relative on a list of sources: the antecedent the parser gives is
    # the nearest conjunct; the source is the whole list. A member named
    # alone later stays that member, not the group.
    (
        "Les enseignants ont défilé mardi à Lille, à l'appel de la FSEN, SUD Éducation, "
        "la CNTE et des associations de parents, qui dénoncent « un recul historique ». "
        "Selon la FSEN, « rien n'est réglé ».",
        ["la FSEN, SUD Éducation, la CNTE et des associations de parents", "la FSEN"],
    ),
    # Negative: a comma then an apposed name is not a list.
    (
        "Son porte-parole, Ewen Kerhervé, a affirmé que le projet était « mort-né ».",
        ["Ewen Kerhervé"],
    ),
    # Negative: one source with a coordination inside its complement.
    (
        "Le ministère de la Mer et des Ports a affirmé que la saison était « perdue ».",
        ["Le ministère de la Mer et des Ports"],
    ),
    pytest.param(
        "Le Syndicat des pêcheurs, l'Union des mareyeurs et les élus du port ont "
        "affirmé que la saison était « perdue ».",
        ["Le Syndicat des pêcheurs, l'Union des mareyeurs et les élus du port"],
        marks=pytest.mark.xfail(
            reason="the subject finder stops at the second conjunct of a list subject",
            strict=False,
        ),
    ),
    pytest.param(
        "L'Union des mareyeurs, le Syndicat des pêcheurs et les élus du port ont "
        "affirmé que la saison était « perdue ».",
        ["L'Union des mareyeurs, le Syndicat des pêcheurs et les élus du port"],
        marks=pytest.mark.xfail(
            reason="the parser takes the second source for an apposition of the first",
            strict=False,
        ),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_of_sources(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected
