"""Subjects of main clauses, the topic later pronouns take up."""

from __future__ import annotations

import pytest

from quidit.extract.main_subjects import main_subjects

pytestmark = pytest.mark.slow

SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause's subject, not the que-clause's
        ("Le ministre a rappelé que le préfet restait en poste.", ["ministre"]),
        # negative: a subject inside a relative clause is no topic
        ("Le ministre a salué le maire que les habitants avaient élu.", ["ministre"]),
    ],
)
def test_main_subjects(nlp_fr, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    sent = next(nlp_fr(text).sents)
    assert [t.text for t in main_subjects(sent, len(text), SUBJECTS)] == expected


def test_only_before_the_offset(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a rappelé que le préfet restait en poste."
    sent = next(nlp_fr(text).sents)
    assert main_subjects(sent, 2, SUBJECTS) == []
