"""Quotation-mark pairing on raw text (no model)."""

from __future__ import annotations

import pytest

from quidit.extract.marks import find_pairs, inner_bounds
from quidit.lang.fr.quote_marks import QUOTE_PAIRS


def inners(text: str) -> list[tuple[str, int, bool]]:
    out = []
    for p in find_pairs(text, QUOTE_PAIRS):
        s, e = inner_bounds(text, p)
        out.append((text[s:e], p.depth, p.closed))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit « bonjour » hier.", [("bonjour", 0, True)]),
        ("« Nous partirons\u202f», dit-elle.", [("Nous partirons", 0, True)]),
        ('Elle parle de “réforme” et de "courage".', [("réforme", 0, True), ("courage", 0, True)]),
        (
            "« Le mot “fin” est écrit », dit-il.",
            [("Le mot “fin” est écrit", 0, True), ("fin", 1, True)],
        ),
        # Unclosed: ends at the paragraph, flagged.
        (
            "« Rien ne va plus, a dit Paul.\n\nLa suite.",
            [("Rien ne va plus, a dit Paul.", 0, False)],
        ),
        # A straight mark opening its paragraph and left open: a quote that
        # runs on into the next paragraph.
        (
            "\"Nous tiendrons bon jusqu'au printemps.\n\nLa suite.",
            [("Nous tiendrons bon jusqu'au printemps.", 0, False)],
        ),
        # A transcript's turns open marks they never close: no quote.
        ('"ANIMATRICE : Pourquoi partir ?\n\n"MAIRE : Parce que le mandat finit.', []),
        ('"QUESTION: Une date ?\n\nLa suite.', []),
        # A stray closing mark pairs with nothing.
        ("Texte » sans ouverture.", []),
        ("Pas de guillemets ici.", []),
    ],
)
def test_pairs(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert inners(text) == expected


def test_pairs_never_cross_paragraphs() -> None:
    text = "« Premier paragraphe\n\nsecond » paragraphe."
    pairs = find_pairs(text, QUOTE_PAIRS)
    assert all(text.count("\n", p.open, p.close) == 0 for p in pairs)


FR_APOSTROPHES = frozenset({"’", "‘"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # single curly quotes, the apostrophes inside them left alone
        (
            "Il a lancé ‘l’État nous a oubliés’ avant de partir.",
            [("l’État nous a oubliés", 0, True)],
        ),
        # nested: single curly quotes inside chevrons
        (
            "« Ils criaient ‘dehors’ sous nos fenêtres », dit-elle.",
            [("Ils criaient ‘dehors’ sous nos fenêtres", 0, True), ("dehors", 1, True)],
        ),
        # a misprinted apostrophe (‘ between letters) opens nothing
        ("Il ira jusqu‘à Lyon, dit-il, et l’affaire sera close.", []),
        # chevrons with no-break and narrow no-break spaces inside
        ("«\u00a0Nous verrons\u00a0», dit-il.", [("Nous verrons", 0, True)]),
        ("«\u202fNous verrons\u202f», dit-il.", [("Nous verrons", 0, True)]),
        # straight double quotes alternate within a paragraph
        ('"Un" et "deux" puis "trois".', [("Un", 0, True), ("deux", 0, True), ("trois", 0, True)]),
    ],
)
def test_french_marks(text: str, expected: list[tuple[str, int, bool]]) -> None:
    out = []
    for p in find_pairs(text, {**QUOTE_PAIRS}, FR_APOSTROPHES):
        s, e = inner_bounds(text, p)
        out.append((text[s:e], p.depth, p.closed))
    assert out == expected
