"""Highlighted article HTML built from offsets: nesting, overlaps, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quidit.store import ClaimView, QuoteView
from quidit.store.views import MonthCount, SpanView
from quidit.web.charts import Bar, bar_chart, timeline_chart
from quidit.web.highlight import PALETTE_SIZE, highlight, speaker_colours
from quidit.web.routes import safe_url


def quote(qid: str, text: str, start: int, end: int, speaker: str | None = "Anne Roux",
          cue: tuple[int, int] | None = None, sid: int | None = None) -> QuoteView:  # fmt: skip
    return QuoteView(
        id=qid,
        type="direct",
        content=SpanView(start, end, text[start:end]),
        cue=SpanView(cue[0], cue[1], text[cue[0] : cue[1]]) if cue else None,
        speaker=speaker,
        speaker_id=sid,
        local_entity=None,
        mention=None,
        confidence=0.8,
        article="a",
        article_title=None,
        date=None,
    )


def claim(cid: str, text: str, start: int, end: int) -> ClaimView:
    return ClaimView(cid, "q1", 3, "exact", "mort", SpanView(start, end, text[start:end]),
                     "Anne Roux", None, "a", None, None)  # fmt: skip


class TextOf(HTMLParser):
    """Collects the visible text and every element, to check the markup."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_ref = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self.in_ref += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.in_ref -= 1

    def handle_data(self, data: str) -> None:
        if not self.in_ref:  # the small qN labels are not article text
            self.text.append(data)


def parse(html: str) -> TextOf:
    p = TextOf()
    p.feed(html)
    p.close()
    return p


def test_plain_text_is_escaped_and_kept() -> None:
    text = "a <b>bold</b> & \"x\" 'y'"
    html = str(highlight(text, []))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "".join(parse(html).text) == text


def test_cue_and_quote_and_nested_claim() -> None:
    text = "« Trois morts », a dit Anne Roux."
    q = quote("q1", text, 2, 13, cue=(17, 22))
    c = claim("c1", text, 2, 7)
    html = str(highlight(text, [q], [c]))
    p = parse(html)
    assert "".join(p.text) == text
    marks = [a for t, a in p.tags if t == "mark"]
    assert all(a["data-quote"] == "q1" for a in marks)
    assert any("claim" in (a["class"] or "") for a in marks)
    cues = [a for t, a in p.tags if t == "span" and "cue" in (a.get("class") or "")]
    assert len(cues) == 1 and cues[0]["data-cue-of"] == "q1"
    assert 'id="quote-q1"' in html and 'id="claim-c1"' in html
    assert "Anne Roux · direct · confidence 0.80" in html


def test_overlapping_quotes_keep_every_character_once() -> None:
    text = "un deux trois quatre cinq"
    q1 = quote("q1", text, 0, 13, speaker="Anne Roux", sid=1)
    q2 = quote("q2", text, 8, 25, speaker="Marc Py", sid=2)
    html = str(highlight(text, [q1, q2]))
    p = parse(html)
    assert "".join(p.text) == text
    ids = [a["data-quote"] for t, a in p.tags if t == "mark"]
    assert ids == ["q1", "q1 q2", "q2"]
    # The shared words show the inner (shorter) quote's speaker.
    shared = next(a for t, a in p.tags if t == "mark" and a["data-quote"] == "q1 q2")
    assert shared["data-speaker"] == "Anne Roux"


def test_nested_quote_takes_the_colour_of_the_inner_one() -> None:
    text = "Il dit que « rien ne va » et s'en va."
    outer = quote("q1", text, 3, 24, speaker="Anne Roux", sid=1)
    inner = quote("q2", text, 12, 23, speaker="Marc Py", sid=2)
    html = str(highlight(text, [outer, inner]))
    marks = [a for t, a in parse(html).tags if t == "mark"]
    inner_marks = [a for a in marks if "q2" in (a["data-quote"] or "").split()]
    assert inner_marks and all("sp-1" in (a["class"] or "") for a in inner_marks)
    assert any("sp-0" in (a["class"] or "") for a in marks)


@pytest.mark.parametrize(
    ("start", "end"),
    [(-5, 3), (3, 999), (5, 5), (7, 2)],  # clipped or dropped, never an error
)
def test_bad_offsets_do_not_break_the_text(start: int, end: int) -> None:
    text = "Bonjour à tous."
    html = str(highlight(text, [quote("q1", text, max(0, start), max(0, end))]))
    assert "".join(parse(html).text) == text


def test_hostile_text_and_names_are_escaped() -> None:
    text = "<script>alert(1)</script> « <img src=x onerror=alert(2)> »"
    q = quote("q1", text, 28, 55, speaker='"><svg onload=alert(3)>')
    html = str(highlight(text, [q]))
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    assert "".join(parse(html).text) == text
    assert {t for t, _ in parse(html).tags} <= {"mark", "span", "a"}


def test_one_colour_per_speaker_cycling_past_the_palette() -> None:
    text = "x" * 100
    quotes = [quote(f"q{i}", text, i, i + 1, speaker=f"P{i}", sid=i) for i in range(14)]
    quotes.append(quote("q99", text, 50, 51, speaker="P0", sid=0))
    colours = speaker_colours(quotes)
    assert colours["id:0"] == 0 and colours["id:13"] == 13 % PALETTE_SIZE
    assert len(colours) == 14


@given(
    st.text(alphabet="ab<>&\"' «»é\n", max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6),
)
@settings(max_examples=200, deadline=None)
def test_any_spans_give_the_text_back_escaped(text: str, spans: list[tuple[int, int]]) -> None:
    quotes = [quote(f"q{i}", text, s, e) for i, (s, e) in enumerate(spans)]
    html = str(highlight(text, quotes))
    assert "".join(parse(html).text) == text
    assert not re.search(r"<(?!/?(mark|span|a)[ >])", html)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?b=1", "https://news.example/a?b=1"),
        ("http://x.example", "http://x.example"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:x", None),
        ("//evil.example/x", None),
        ("", None),
        (None, None),
    ],
)
def test_only_web_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_charts_escape_labels_and_scale() -> None:
    svg = str(bar_chart([Bar("<b>A</b>", 10, "/speakers/1"), Bar("B", 5)], title="t<"))
    assert "<b>" not in svg and "&lt;b&gt;" in svg and "t&lt;" in svg
    widths = [int(w) for w in re.findall(r'<rect x="\d+" y="\d+" width="(\d+)"', svg)]
    assert widths[0] == 2 * widths[1] or abs(widths[0] - 2 * widths[1]) <= 1
    assert bar_chart([], title="x") == ""


def test_timeline_fills_empty_months() -> None:
    svg = str(timeline_chart([MonthCount("2023-11", 2), MonthCount("2024-02", 4),
                              MonthCount("undated", 9)], title="q"))  # fmt: skip
    assert svg.count("<rect") == 4  # Nov, Dec, Jan, Feb
    assert "2023-12: 0" in svg and "2024-02: 4" in svg
    assert timeline_chart([MonthCount("undated", 3)], title="q") == ""
