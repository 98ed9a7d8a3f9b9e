"""Noun-phrase content after a verb that reports a fact or a figure
(extract/np_content.py): a date between the cue and the phrase is no part
of the content; sentences written for these tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [q.content.text for q in a.quotes]


CASES = [
    ("L'armée a annoncé le 3 mars 2024 la mort de 12 combattants.", ["la mort de 12 combattants"]),
    ("La préfecture a recensé le 14 juillet 2 000 spectateurs.", ["2 000 spectateurs"]),
    (
        "La ministre a évoqué mercredi 1er avril une hausse de 3 % des loyers.",
        ["une hausse de 3 % des loyers"],
    ),
    # negative: a plain count with no date is unchanged
    ("Le syndicat a dénombré 4 200 grévistes.", ["4 200 grévistes"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_before_phrase(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected
