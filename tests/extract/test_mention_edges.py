"""The mention mends of ``quidit.extract.mention_edges`` on hand-built docs."""

from __future__ import annotations

import pytest
import spacy

from quidit.extract.mention_edges import coordinated_start, tail
from quidit.extract.spans import expanded_span
from quidit.lang import get_language

SYNTAX = get_language("fr").syntax


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return spacy.blank("fr")("Le maire  et ses adjoints réclament un audit.")


@pytest.mark.parametrize(("start", "end"), [(10, 5), (26, 9), (12, 12)])
def test_an_empty_or_inverted_range_is_left_alone(doc, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    # An earlier mend may leave an empty range: the mends that build a spaCy
    # span from it must hand it back unchanged, not raise.
    assert coordinated_start(doc, start, end, SYNTAX, frozenset({"mais"})) == (start, end)
    assert tail(doc, start, end, SYNTAX) == (start, end)


def test_a_range_with_no_parse_is_left_alone(doc) -> None:  # type: ignore[no-untyped-def]
    # A blank pipeline sets no dependencies: nothing to mend, nothing lost.
    assert coordinated_start(doc, 0, 8, SYNTAX, frozenset({"mais"})) == (0, 8)


@pytest.mark.parametrize(("start", "end"), [(10, 5), (26, 9), (12, 12)])
def test_expanded_span_of_nothing_is_none(doc, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    assert expanded_span(doc, start, end) is None


def test_expanded_span_widens_to_whole_tokens(doc) -> None:  # type: ignore[no-untyped-def]
    span = expanded_span(doc, 4, 12)
    assert span is not None and span.text == "maire  et"
