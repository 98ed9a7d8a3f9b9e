"""Pairs of quotation marks, found on the raw text.

Quotation marks are paired on the characters, not on tokens: the tokenizer
sometimes glues a mark to a word (« "36" », « l’« affaire »), and offsets
must stay exact whatever it does.  A pair never crosses a paragraph break;
an opening mark left open at the end of its paragraph is returned with
``closed=False`` so that the caller can end the quote where the text shows
it ends (an inserted attribution, or the paragraph end).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc

from quidit.extract.spans import text_of

_SPACES = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True, slots=True)
class MarkPair:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (exclusive end of the inner text)
    depth: int  # 0 for a pair not inside another pair
    closed: bool = True
    #: Characters of each mark: 2 for doubled marks (« ‘’ … ’’ »).
    width: int = 1

    @property
    def inner_start(self) -> int:
        return self.open + self.width

    @property
    def inner_end(self) -> int:
        return self.close

    @property
    def end(self) -> int:
        """Offset just after the closing mark (or the inner end when unclosed)."""
        return self.close + self.width if self.closed else self.close


def inner_bounds(text: str, pair: MarkPair) -> tuple[int, int]:
    """The inner text without the spaces that French typography puts inside
    « », and without the comma that English puts inside the closing mark
    ("“We will rebuild,” she said"): it belongs to the sentence around."""
    start, end = pair.inner_start, pair.inner_end
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1] in _SPACES:
            end -= 1
    return start, end


def _between_letters(text: str, i: int) -> bool:
    """Whether the character at ``i`` stands between two letters (an
    apostrophe inside a word, « aujourd’hui »)."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


#: A transcript's turn (« "WALLACE: … », « "QUESTION : … »): a label in
#: capitals and a colon after the opening mark.  Each turn opens a mark the
#: transcript never closes; the turns are a dialogue laid out, not one
#: quote running on over paragraphs.
_TRANSCRIPT_TURN = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'-]{1,40}\s?:")


def find_pairs(
    text: str,
    pairs: Mapping[str, str],
    apostrophes: Collection[str] = (),
    doubled: Mapping[str, str] | None = None,
) -> list[MarkPair]:
    """Every pair of quotation marks in ``text``, sorted by opening offset.

    A closing mark that is also an apostrophe (English ’) between two
    letters is an apostrophe ("we’re", "Velmar’s"), never a closing mark.
    ``doubled`` marks (two characters each) are paired first, in order
    within their paragraph; their characters are no single marks.
    """
    closers = {close: open_ for open_, close in pairs.items() if close != open_}
    symmetric = {open_ for open_, close in pairs.items() if open_ == close}
    found, consumed = _doubled_pairs(text, doubled or {})
    stack: list[tuple[str, int]] = []  # (opening mark, offset)

    def flush(paragraph_end: int) -> None:
        # Marks still open at a paragraph break: the outermost one is an
        # unclosed quote; inner ones are dropped (no way to tell their end).
        if stack:
            mark, offset = stack[0]
            # A straight double quote left open is an unclosed quote only
            # where it opens its paragraph (a paragraph of a quote that runs
            # on, or a text cut before the closing mark); elsewhere it is a
            # stray mark.
            line = text.rfind("\n", 0, offset) + 1
            opens = (
                mark == '"'
                and not text[line:offset].strip()
                and not _TRANSCRIPT_TURN.match(text, offset + 1)
            )
            if mark not in symmetric or opens:
                found.append(MarkPair(offset, paragraph_end, 0, closed=False))
        stack.clear()

    n = len(text)
    # Only the marks and line breaks matter: jump from one to the next
    # (a Python loop over every character cost more than the parse's tail).
    interesting = re.compile("[" + re.escape("".join({*pairs, *pairs.values(), "\n"})) + "]")
    for match in interesting.finditer(text):
        i = match.start()
        if i in consumed:
            continue
        ch = text[i]
        if ch == "\n":
            end = i
            while end > 0 and text[end - 1] in _SPACES:
                end -= 1
            flush(end)
        elif ch in symmetric:
            # Straight quotes look the same at both ends: within a paragraph
            # they alternate, so an open one of the same kind is closed.
            if stack and stack[-1][0] == ch:
                _, offset = stack.pop()
                found.append(MarkPair(offset, i, len(stack)))
            else:
                stack.append((ch, i))
        elif ch in pairs:
            # An opening mark that is also an apostrophe, between two
            # letters, is a misprinted apostrophe (« jusqu‘à »).
            if ch in apostrophes and _between_letters(text, i):
                continue
            stack.append((ch, i))
        elif ch in closers:
            if ch in apostrophes and _between_letters(text, i):
                continue
            want = closers[ch]
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == want:
                    del stack[k + 1 :]
                    _, offset = stack.pop()
                    found.append(MarkPair(offset, i, len(stack)))
                    break
    end = n
    while end > 0 and text[end - 1] in _SPACES + "\n":
        end -= 1
    flush(end)
    found.sort(key=lambda p: (p.open, -p.close))
    return found


def _doubled_pairs(text: str, doubled: Mapping[str, str]) -> tuple[list[MarkPair], set[int]]:
    """Pairs of two-character marks (« ‘’Nous rouvrirons l’école’’ »), and
    the offsets of their characters. An opening mark is followed by a
    non-space, a closing one preceded by one; a pair never crosses a
    paragraph break."""
    found: list[MarkPair] = []
    consumed: set[int] = set()
    for opener, closer in doubled.items():
        start = 0
        while (i := text.find(opener, start)) >= 0:
            start = i + 2
            if i + 2 >= len(text) or text[i + 2].isspace() or (i and text[i - 1].isalpha()):
                continue
            j = text.find(closer, i + 2)
            while j >= 0 and text[j - 1].isspace():
                j = text.find(closer, j + 1)
            if j < 0 or "\n" in text[i:j] or consumed & {i, i + 1, j, j + 1}:
                continue
            found.append(MarkPair(i, j, 0, width=2))
            consumed.update({i, i + 1, j, j + 1})
            start = j + 2
    return found, consumed


def continued(text: str, pair: MarkPair, pairs: Mapping[str, str]) -> bool:
    """An unclosed quotation that goes on in the next paragraph, which opens
    with a fresh opening mark (the English convention: "…us.¶“We have…”")."""
    if pair.closed:
        return False
    nxt = text.find("\n", pair.close)
    if nxt < 0:
        return False
    rest = text[nxt:].lstrip()
    return bool(rest) and rest[0] in pairs


class PairIndex:
    """Top-level pairs (never overlapping one another) sorted by opening
    offset, for the interval questions the finders ask once per cue or per
    draft: asked by scanning every pair, they made extraction quadratic in
    the number of quotes (a 100,000-character text took 5 CPU s)."""

    def __init__(self, pairs: Iterable[MarkPair]) -> None:
        pairs_list = list(pairs)
        self.top = sorted((p for p in pairs_list if p.depth == 0), key=lambda p: p.open)
        self.opens = [p.open for p in self.top]
        self.unclosed = [p for p in self.top if not p.closed]
        self.by_close: dict[int, MarkPair] = {}
        for p in pairs_list:
            self.by_close.setdefault(p.close, p)

    def around(self, offset: int) -> MarkPair | None:
        """The pair whose marks hold ``offset`` strictly inside."""
        k = bisect_left(self.opens, offset) - 1
        if k >= 0 and offset < self.top[k].close:
            return self.top[k]
        return None

    def opening_in(self, start: int, end: int) -> list[MarkPair]:
        """Pairs that open in ``[start, end]``."""
        return self.top[bisect_left(self.opens, start) : bisect_right(self.opens, end)]

    def last_before(self, offset: int) -> MarkPair | None:
        """The last pair that opens before ``offset``."""
        k = bisect_left(self.opens, offset) - 1
        return self.top[k] if k >= 0 else None

    def closing_at(self, offset: int) -> MarkPair | None:
        """The first pair (of any depth) whose closing mark stands at ``offset``."""
        return self.by_close.get(offset)


_PAIRS = "quidit_pairs"


def pairs_of(
    doc: Doc,
    pairs: Mapping[str, str],
    apostrophes: Collection[str] = (),
    doubled: Mapping[str, str] | None = None,
) -> list[MarkPair]:
    """``find_pairs`` on the Doc's text, found once per Doc (the quote
    finder and the speaker resolver both read them) and kept in its
    ``user_data`` as plain tuples, so the Doc still serialises."""
    key = (
        _PAIRS
        + ":"
        + "".join(sorted(a + b for a, b in pairs.items()))
        + ":"
        + "".join(sorted(apostrophes))
        + ":"
        + "".join(sorted(a + b for a, b in (doubled or {}).items()))
    )
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = [
            (p.open, p.close, p.depth, p.closed, p.width)
            for p in find_pairs(text_of(doc), pairs, apostrophes, doubled)
        ]
    return [MarkPair(*t) for t in found]
