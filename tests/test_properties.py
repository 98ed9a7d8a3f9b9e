"""Property: on any text full of quotation marks, apostrophes, odd spaces,
digits and French words, analysis never raises and every offset is exact."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quidit.records import QUOTE_TYPES, Analysis, Article, Span

MARKS = ["«", "»", "“", "”", '"', "‹", "›", "« ", " »", "«\u00a0", "\u00a0»", "«\u202f", "\u202f»"]
APOSTROPHES = ["'", "’", "l’", "d'", "qu’", "aujourd’hui"]
SPACES = [" ", " ", " ", "\u00a0", "\u202f", "\n", "\n\n", "\t", "  "]
DIGITS = ["2", "70", "1 200", "1\u202f200", "4,5", "3,14 %", "12 000", "1er", "2024", "-3"]
WORDS = (
    "le la les un une de du des et que qu il elle ils on a dit déclaré affirme selon "
    "d’après estime ajoute précise a-t-il a-t-elle indique explique assure maire ministre "
    "préfecture syndicat police Valbrune Caradec Ostrowski Mme M. plus moins environ "
    "au moins près de morts blessés euros personnes manifestants millions aucun deux dix "
    "vingt cent mille . , ; : ! ? … — – - ( ) [ ]"
).split()

tokens = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(APOSTROPHES),
    st.sampled_from(DIGITS),
    st.text(alphabet="abcdeéèêàçôù", min_size=1, max_size=8),
)
texts = st.lists(
    st.tuples(tokens, st.sampled_from([*SPACES, "", ""])), min_size=1, max_size=120
).map(lambda parts: "".join(t + s for t, s in parts))


def spans(record: Analysis) -> list[Span]:
    out: list[Span] = []
    for q in record.quotes:
        out.append(q.content)
        if q.cue:
            out.append(q.cue)
        if q.speaker.mention:
            out.append(q.speaker.mention)
    out += [c.span for c in record.claims]
    return out


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
@example(text="indique ")  # a cue verb ending the text: look-ahead past the last token
def test_analysis_never_raises_and_offsets_are_exact(analyzer, text: str) -> None:
    [result] = list(analyzer.analyze_many([Article(id="prop", text=text)]))
    if not isinstance(result, Analysis):
        # Only a text with nothing in it may be refused.
        assert not text.strip(), result
        return
    assert result.text == text
    for span in spans(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text, span
    quote_ids = {q.id for q in result.quotes}
    assert len(quote_ids) == len(result.quotes)
    assert all(q.type in QUOTE_TYPES for q in result.quotes)
    assert all(c.quote in quote_ids for c in result.claims if c.quote is not None)
    # The record survives its own JSON.
    assert Analysis.from_dict(result.to_dict()).to_dict() == result.to_dict()
