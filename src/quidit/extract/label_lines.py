"""A speaker named on a line of its own above the quotation: round-ups of
reactions and hearings print « Name, role : » as a line, then the words in
marks as the next paragraph (« Lina Roux, députée de l'Olde : » / « « … » »).
The name before the first comma is the source of the quotation that opens
the next paragraph; the role after the comma only describes it."""

from __future__ import annotations

from spacy.tokens import Doc

from quidit.extract.spans import paragraph_bounds, text_of
from quidit.lang import LanguageData

#: A label line is short: a name and its role, no sentence of the writer's.
LABEL_LINE_WORDS = 16
#: The name before the role: a first name and a surname or two.
NAME_WORDS = 4

_WS = " \t\u00a0\u202f"


def label_line(doc: Doc, content_start: int, language: LanguageData) -> tuple[int, int] | None:
    """Bounds of the person's name on the line just above the paragraph the
    quotation opens, where that line ends with a colon; None otherwise."""
    text = text_of(doc)
    p_start, _ = paragraph_bounds(text, content_start)
    opening = text[p_start:content_start].strip(_WS)
    if len(opening) != 1 or opening not in language.quote_pairs:
        return None  # the marks must open the paragraph
    prev_end = p_start
    while prev_end > 0 and text[prev_end - 1] in _WS + "\n":
        prev_end -= 1
    if prev_end == 0 or text[prev_end - 1] != ":":
        return None
    l_start, _ = paragraph_bounds(text, prev_end - 1)
    line = text[l_start : prev_end - 1]
    if not line.strip() or len(line.split()) > LABEL_LINE_WORDS:
        return None
    comma = line.find(",")
    name_end = l_start + (comma if comma >= 0 else len(line))
    while name_end > l_start and text[name_end - 1] in _WS:
        name_end -= 1
    name_start = l_start
    while name_start < name_end and text[name_start] in _WS:
        name_start += 1
    words = text[name_start:name_end].split()
    if not 2 <= len(words) <= NAME_WORDS or not all(w[:1].isupper() for w in words):
        return None
    span = doc.char_span(name_start, name_end, alignment_mode="contract")
    if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None
    persons = {language.syntax.entity_type(t.ent_type_) for t in span}
    if "PER" in persons:
        return name_start, name_end
    # The recogniser may miss a name: a role noun opening what follows the
    # comma (« Odile Ferrand, députée (LR) de la Drôme : ») says it is one.
    roles = language.extra.get("role_nouns", frozenset())
    rest = line[comma + 1 :].split() if comma >= 0 else []
    if rest and rest[0].lower() in roles and all(t.pos_ == "PROPN" for t in span):
        return name_start, name_end
    return None
