"""Quoted verb phrases that close their sentence (extract/fragments.py)
against noun phrases in marks that name a charge or a title, and names in
marks (extract/passages.named): after a naming word they make no quote, and
inside a content they make it no mixed quote; sentences written for these
tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [q.content.text for q in a.quotes]


CASES = [
    # a charge in marks, a verb only inside its complement: no quote
    (
        "Une information judiciaire vise aussi un second homme, présent dans la voiture, "
        "pour « omission de porter secours à une personne en péril ».",
        [],
    ),
    (
        "Le club a lancé une campagne baptisée « envie de courir plus loin ».",
        [],
    ),
    # a verb phrase closing the sentence stays the source's words
    (
        "Le syndicat a voulu « montrer aux passants la détresse du métier ».",
        ["montrer aux passants la détresse du métier"],
    ),
    # a noun phrase under a verb of saying stays a quote
    (
        "Le groupe armé a parlé d'« attaques coordonnées et de grande ampleur ».",
        ["attaques coordonnées et de grande ampleur"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fragment_or_term(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


TYPES = [
    # a capitalised name in marks leaves the content indirect
    (
        "L'armée a affirmé qu'il s'agissait de drones explosifs « Orlan ».",
        ("indirect", "il s'agissait de drones explosifs « Orlan »"),
    ),
    # negative: the source's own word in marks makes it mixed
    (
        "Le ministre a estimé que ces propos étaient « indignes ».",
        ("mixed", "ces propos étaient « indignes »"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TYPES)
def test_name_in_marks_type(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    assert [(q.type, q.content.text) for q in a.quotes] == [expected]
