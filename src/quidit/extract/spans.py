"""Small helpers on character offsets shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.attrs import LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

_SPACE = " \t\n\r\u00a0\u202f\u2009"
#: What an indirect quote's content never ends with (guidelines §1: "no
#: final full stop"); closing quotation marks and brackets stay.
_TRAILING = _SPACE + ".,;:—–-"
_LEADING = _SPACE + ",;:—–-"


_TEXT = "quidit_text"


def text_of(doc: Doc) -> str:
    """The Doc's text, built once per Doc.  ``Doc.text`` joins every token
    on each access, so reading it per candidate made extraction quadratic in
    the text's length (100,000 characters took minutes)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


#: A wire-copy dateline at the start of a paragraph: a place in capitals,
#: an optional date and agency, and a dash ("KASTRO, May 20 (Northwire) - ",
#: "PARIS (AFP) – "), or one to three capitalised words with a region
#: ("Kyiv, Ukraine - ").  It belongs to no sentence.
_DATELINE = re.compile(
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]*[A-ZÀ-Ý](?:,[^\n()–—-]{1,30})?"
    r"|[A-ZÀ-Ý][\w'’.]+(?: [A-ZÀ-Ý][\w'’.]+){0,2},(?: [A-ZÀ-Ý][\w'’.]+){1,3})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[-–—]+\s+"
)


#: A page's crawl date set before its first paragraph (« date 2019-02 Ils
#: ont été … », as stored news pages print it): metadata, no sentence.
_PAGE_DATE = re.compile(r"[ \t]*date \d{4}-\d{2}(?:-\d{2})?[ \t]+")


def dateline_end(text: str, para_start: int) -> int:
    """End of the dateline opening the paragraph at ``para_start``, or
    ``para_start`` when there is none."""
    d = _PAGE_DATE.match(text, para_start, min(len(text), para_start + 30))
    start = d.end() if d else para_start
    m = _DATELINE.match(text, start, min(len(text), start + 120))
    return m.end() if m else start


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def clip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, leading commas and the final full stop of a content span."""
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """The line holding ``offset`` (news paragraphs are lines)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0:
        end = len(text)
    return start, end


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``start`` … ``end``; ``None`` where
    the range is empty or inverted, as a chain of mends may leave it (spaCy
    raises on an inverted range, E035, instead of giving nothing)."""
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token starting at ``offset``, or the one covering it."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def sentence_of(doc: Doc, offset: int) -> Span | None:
    tok = token_at(doc, offset)
    return tok.sent if tok is not None else None


#: Tokens a short comma-delimited incise may hold between a verb and its
#: phrase (« fait, pour sa part, état de »); longer ones are clauses.
_INCISE_MAX = 6


def skip_incise(doc: Doc, i: int, incises: tuple[tuple[str, ...], ...]) -> int:
    """Index after a short incise starting at ``i`` (a listed locution, or
    words between two commas with no verb), else ``i``."""
    for words in incises:
        if all(i + k < len(doc) and doc[i + k].lower_ == w for k, w in enumerate(words)):
            return i + len(words)
    if i < len(doc) and doc[i].text == ",":
        for k in range(i + 1, min(i + 2 + _INCISE_MAX, len(doc))):
            tok = doc[k]
            if tok.text == ",":
                return k + 1 if k > i + 1 else i
            if tok.pos_ in {"VERB", "AUX"} or tok.is_punct or tok.is_space:
                return i
    return i


def tokens_among(doc: Doc | Span, words: Collection[str]) -> list[Token]:
    """Tokens whose lower-cased text is in ``words``, in order.

    Matched on the Doc's array of lower-case string hashes, so that only
    candidates become Token objects: iterating a whole Doc in Python costs
    more than the rest of the extraction (measured with cProfile on the dev
    sets).
    """
    full = doc if isinstance(doc, Doc) else doc.doc
    lo, hi = (0, len(full)) if isinstance(doc, Doc) else (doc.start, doc.end)
    if hi <= lo:
        return []
    wanted = _word_hashes(full.vocab.strings, words)
    lower = full.to_array(LOWER)[lo:hi].tolist()
    return [full[lo + i] for i, h in enumerate(lower) if h in wanted]


_HASHES: dict[tuple[int, int], tuple[Collection[str], frozenset[int]]] = {}


def _word_hashes(strings: StringStore, words: Collection[str]) -> frozenset[int]:
    """The string-store hashes of ``words`` (computed once per word set).

    Keyed by the collection's identity, kept alive in the cache so that the
    identity cannot be reused: building a frozenset of the several thousand
    verb forms on every call cost more than the lookup it keys (cProfile on
    bench/real_fr.py)."""
    key = (id(strings), id(words))
    found = _HASHES.get(key)
    if found is None or found[0] is not words:
        found = _HASHES[key] = (words, frozenset(strings.add(w) for w in words))
    return found[1]


def written_tense(verb: Token, auxiliaries: frozenset[str]) -> tuple[str, ...] | None:
    """A verb's tense as written: its auxiliaries (« a annoncé » → « a »),
    else its finite morphology; None for a form that shows none."""
    auxes = tuple(c.lower_ for c in verb.children if c.dep_ in auxiliaries and c.i < verb.i)
    if auxes:
        return ("aux", *auxes)
    # « que la réforme est nécessaire »: the copula carries the tense.
    copula = next((c for c in verb.children if c.dep_ == "cop" and c.i < verb.i), None)
    morph = (copula if copula is not None else verb).morph
    if "Fin" not in morph.get("VerbForm", []):
        return None
    return ("fin", *(",".join(morph.get(f, [])) for f in ("Mood", "Tense", "Person", "Number")))
