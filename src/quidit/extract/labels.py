"""Quotes attributed by a label rather than a verb: the source's name
standing next to the marks, as headlines and leads write them.

* « Name : « … » » and, in a headline, « Name « … » » with no colon;
* in a headline, « « … », Name » and « « … » : Name »;
* « « … » : la fédération appelle à l’aide » at the head of a paragraph:
  the quotation, a colon, and a clause whose subject is its source;
* "“…” — Name" filling a paragraph: a quotation signed off with a dash
  and its source's name, as round-ups of readers' or voters' words and
  epigraphs print them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quidit.extract.headlines import headline_end
from quidit.extract.incises import SCAN_TOKENS, noun_phrase
from quidit.extract.marks import MarkPair
from quidit.extract.source_words import known_first_name
from quidit.extract.spans import paragraph_bounds, text_of, trim
from quidit.lang import LanguageData

#: A label is a name or a title-like source: five words or fewer; longer
#: runs before a colon are sentences of the writer's.
LABEL_WORDS = 5

_WS = " \t\u00a0\u202f"
#: Dashes and colons that set a label off from the quotation in headlines.
_SEPARATORS = ",:-–—―|"
#: Dashes that sign a quotation off with its source's name (the horizontal
#: bar ― is the typographers' quotation dash).
_SIGN_OFF_DASHES = "-–—―"


def label_mention(doc: Doc, start: int, end: int, language: LanguageData) -> tuple[int, int] | None:
    """``[start, end)`` is a short label naming a person or a role."""
    text = text_of(doc)
    label = text[start:end].strip(_WS + _SEPARATORS)
    if not label or len(label.split()) > LABEL_WORDS:
        return None
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    syntax = language.syntax
    types = {syntax.entity_type(t.ent_type_) for t in span}
    # A name, or a role ("Fire chief: “…”").
    roles = language.extra.get("role_nouns", frozenset())
    role = any(t.lower_ in roles for t in span)
    if not any(t.pos_ == "PROPN" for t in span) and "PER" not in types and not role:
        return None
    if "LOC" in types and "PER" not in types:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and not t.text[:1].isupper() for t in span):
        return None  # a clause, not a label
    s, e = trim(text, start, end)
    while e > s and text[e - 1] in _SEPARATORS + _WS:
        e -= 1
    while s < e and text[s] in _SEPARATORS + _WS:
        s += 1
    return (s, e) if e > s else None


def headline_label(doc: Doc, pair: MarkPair, language: LanguageData) -> tuple[int, int] | None:
    """In a headline, a name right before the marks (colon or none) or
    right after them (after a comma, colon or dash), the marks and the
    name filling the line."""
    end = headline_end(doc)
    if not end or pair.open >= end or not pair.closed:
        return None
    text = text_of(doc)
    start, _ = paragraph_bounds(text, pair.open)
    before = text[start : pair.open].strip(_WS)
    after = text[pair.end : end].strip(_WS)
    if before and not after.strip(".!?"):
        return label_mention(doc, start, pair.open, language)
    if after and not before and after[0] in _SEPARATORS:
        return label_mention(doc, pair.end, end, language)
    return None


def _after_opening_pair(doc: Doc, pair: MarkPair) -> tuple[str, int, int] | None:
    """For a closed pair of marks that opens its paragraph: the text, the
    first offset after the closing mark that is no space, and the
    paragraph's end; None for any other pair."""
    text = text_of(doc)
    p_start, p_end = paragraph_bounds(text, pair.open)
    if not pair.closed or text[p_start : pair.open].strip(_WS):
        return None
    i = pair.end
    while i < p_end and text[i] in _WS:
        i += 1
    return text, i, p_end


def lead_label(doc: Doc, pair: MarkPair, language: LanguageData) -> tuple[int, int] | None:
    """« « … » : la fédération appelle à l’aide »: a quoted clause opening
    its paragraph, a colon, then a clause: its subject is the source."""
    after = _after_opening_pair(doc, pair)
    if after is None:
        return None
    text, colon, p_end = after
    if colon >= p_end or text[colon] != ":":
        return None
    inner = doc.char_span(pair.inner_start, pair.inner_end, alignment_mode="contract")
    if inner is None or not any(t.pos_ in {"VERB", "AUX"} for t in inner):
        return None  # a title in marks: « « Les Vents du nord » : le film … »
    span = doc.char_span(colon + 1, p_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first = next((t for t in span if not t.is_space and t.idx > colon), None)
    if first is None:
        return None
    limit = min(len(doc), first.i + SCAN_TOKENS)
    found = noun_phrase(doc, first.i, limit)
    if found is None:
        return None
    k = first.i
    while k < limit and doc[k].idx < found[1]:
        k += 1
    if k < limit and doc[k].text == "(":  # an acronym in brackets: « (UPA) »
        while k < limit and doc[k].text != ")":
            k += 1
        k += 1
    while k < limit and doc[k].pos_ == "PRON" and doc[k].lower_ in {"se", "s'", "s’", "en", "y"}:
        k += 1
    if k < limit and doc[k].pos_ in {"VERB", "AUX"} and doc[k].morph.get("VerbForm", []) == ["Fin"]:
        return found
    return None


def signoff_label(doc: Doc, pair: MarkPair, language: LanguageData) -> tuple[int, int] | None:
    """ "“…” — Name": a quotation opening its paragraph, then a dash and a
    name (or a role) ending it, or filling the next paragraph as letters
    pages print them; returns the name's mention, without the town that
    may follow it after a comma ("— Name, Town").  The quotation must open
    the paragraph: "the song “Hello” — Adele" is a title's credit inside a
    sentence of the writer's."""
    after = _after_opening_pair(doc, pair)
    if after is None:
        return None
    text, dash, p_end = after
    if dash >= p_end:
        # The quotation fills its paragraph: the sign-off may stand alone
        # on the next non-blank line.
        dash = p_end
        while dash < len(text) and text[dash] in _WS + "\n":
            dash += 1
        if dash >= len(text):
            return None
        p_end = paragraph_bounds(text, dash)[1]
    if text[dash] not in _SIGN_OFF_DASHES:
        return None
    end = p_end
    comma = text.find(",", dash, p_end)
    if comma > 0:
        end = comma
    while end > dash and text[end - 1] in _WS + ".":
        end -= 1
    if end <= dash + 1:
        return None
    return label_mention(doc, dash + 1, end, language)


def name_line_label(doc: Doc, pair: MarkPair, language: LanguageData) -> tuple[int, int] | None:
    """« Paul Dorval (Nantes) » on a line of its own, then a paragraph that
    is one quotation: round-ups of reactions and interviews print the
    speaker's name (with a team, party or role after it in brackets or
    after a comma, a colon at most) above their words. Returns the name.
    The line must name a person (an entity of that type, or a role noun):
    a heading of the writer's (« Les réactions », « Crise à Nantes »)
    attributes nothing."""
    after = _after_opening_pair(doc, pair)
    if after is None:
        return None
    text, rest, p_end = after
    if text[rest:p_end].strip(_WS + ".!?…"):
        return None  # the quotation must fill its paragraph
    p_start, _ = paragraph_bounds(text, pair.open)
    k = p_start - 1
    while k > 0 and text[k - 1] in _WS + "\n":
        k -= 1
    if k <= 0:
        return None
    line_start, line_end = paragraph_bounds(text, k - 1)
    line = text[line_start:line_end]
    cut = len(line.rstrip(_WS + ":"))
    if cut == 0 or line[cut - 1] in '.!?…»”"':
        return None  # a sentence or a quotation, not a label
    for mark in ("(", ","):
        at = line.find(mark)
        if 0 < at < cut:
            cut = at
    span = doc.char_span(line_start, line_start + cut, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    syntax = language.syntax
    roles = language.extra.get("role_nouns", frozenset())
    person = any(syntax.entity_type(t.ent_type_) == "PER" for t in span) or (
        len(span) >= 2
        and span[0].pos_ == span[1].pos_ == "PROPN"
        and known_first_name(span[0].text)
    )
    if not person and not any(t.lower_ in roles for t in span):
        return None
    return label_mention(doc, line_start, line_start + cut, language)
