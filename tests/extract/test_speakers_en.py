"""English speakers resolved to one canonical name per source: pronouns,
titles, "the campaign", "his spokesman", "aides" (invented copy)."""

from __future__ import annotations

import pytest

from quidit.options import Options
from quidit.records import Article
from quidit.service import Analyzer

pytestmark = pytest.mark.slow

TEXT = (
    "Senator Dana Whitcombe said on Tuesday that the bridge tolls would be cut. "
    "The Whitcombe campaign said the cut would be paid for by savings. "
    "Her spokesman, Paul Renner, said the plan was costed. "
    '"We have done the sums," Renner said. '
    "Aides to Whitcombe said she would campaign in Ohio next week. "
    "The campaign said it had raised $4 million. "
    "The senator told reporters she was confident. "
    "She added that polls were tightening."
)


@pytest.fixture(scope="module")
def speakers() -> dict[str, str | None]:
    analysis = Analyzer(Options(lang="en")).analyze(Article(id="t", text=TEXT))
    return {q.content.text: q.speaker.name for q in analysis.quotes}


@pytest.mark.parametrize(
    ("content", "name"),
    [
        ("the bridge tolls would be cut", "Dana Whitcombe"),
        # A shorter description of the same body: its fullest description.
        ("it had raised $4 million", "The Whitcombe campaign"),
        ("the cut would be paid for by savings", "The Whitcombe campaign"),
        # A role tied to a name by apposition, then the surname alone.
        ("the plan was costed", "Paul Renner"),
        ("We have done the sums", "Paul Renner"),
        # A title alone, and a pronoun.
        ("she was confident", "Dana Whitcombe"),
        ("polls were tightening", "Dana Whitcombe"),
        # Aides are their own source, not the senator (guidelines §2).
        ("she would campaign in Ohio next week", "Aides to Whitcombe"),
    ],
)
def test_english_speakers_resolve(speakers: dict[str, str | None], content: str, name: str) -> None:
    assert speakers.get(content) == name
