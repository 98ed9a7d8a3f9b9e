"""The text view the number finder works on: a lower-cased copy of the
same length (one apostrophe, one space), its words and signs with offsets,
phrase matching around an offset, and the compiled patterns of a
language's number data.  Number words are read by ``text_to_num``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from text_to_num import text2num

from quidit.lang import NumberData

#: Figures with more significant digits than a double holds exactly are no
#: count of anything in news copy (world population has 10 digits, world
#: GDP in euros 14): a 40-digit "figure" is noise and is left out.
MAX_DIGITS = 15

_APOSTROPHES = "’ʼ‘`´"
_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u200a"
_SENTENCE_EDGE = set('.!?«»“”"—–:;()[]\n')


class Item(NamedTuple):
    """A word, a digit run or a punctuation sign of the normalised text.

    A named tuple, not a frozen dataclass: a page makes thousands of them
    and a tuple is built about three times faster (bench/scale.py --profile
    showed item building at a fifth of the claims stage).
    """

    start: int
    end: int
    text: str


# An apostrophe belongs to the word before it when it elides ("d'euros",
# "jusqu'à") or ends a phrase of the data ("plus d'"), not when it closes a
# quotation (‘stole £1.28 million’).
_ITEM = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:'(?=[^\W\d_]|$))?|\d+|\S")


_FOLD = str.maketrans({**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_SPACES, " ")})


def normalise(text: str) -> str:
    """Lower case, one apostrophe, one space — same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower-case to two ("İ"): keep those as they are.
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_FOLD)


def items_of(norm: str) -> list[Item]:
    return [Item(m.start(), m.end(), m.group()) for m in _ITEM.finditer(norm)]


def iter_items(norm: str) -> Iterator[Item]:
    """The items of ``norm`` one by one, for readers that stop early."""
    for m in _ITEM.finditer(norm):
        yield Item(m.start(), m.end(), m.group())


@cache
def phrase_items(phrase: str) -> tuple[str, ...]:
    return tuple(i.text for i in items_of(normalise(phrase)))


@lru_cache(maxsize=65_536)
def word_value(words: str, lang: str) -> float | None:
    """text2num's reading of a run of number words, or None."""
    try:
        return float(text2num(words, lang))
    except (ValueError, IndexError, TypeError, KeyError, AttributeError):
        return None


class TextView:
    """The normalised text and its items, with look-around helpers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = normalise(text)
        self.items = items_of(self.norm)
        self._starts = [i.start for i in self.items]

    def index_at(self, offset: int) -> int:
        """Index of the first item starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def before(self, offset: int, n: int) -> list[Item]:
        i = self.index_at(offset)
        return self.items[max(0, i - n) : i]

    def after(self, offset: int, n: int) -> list[Item]:
        i = self.index_at(offset)
        return self.items[i : i + n]

    def match_before(
        self, offset: int, phrases: Mapping[str, Sequence[tuple[str, ...]]]
    ) -> int | None:
        """Start of the longest phrase ending just before ``offset``
        (``phrases`` indexed by their last word)."""
        best: int | None = None
        best_len = 0
        i = self.index_at(offset)
        if i == 0:
            return None
        for words in phrases.get(self.items[i - 1].text, ()):
            n = len(words)
            if n <= best_len or i - n < 0:
                continue
            seq = self.items[i - n : i]
            if tuple(s.text for s in seq) == words and self._contiguous(seq, offset):
                best, best_len = seq[0].start, n
        return best

    def match_after(
        self, offset: int, phrases: Mapping[str, Sequence[tuple[str, ...]]]
    ) -> int | None:
        """End of the longest phrase starting just after ``offset``
        (``phrases`` indexed by their first word)."""
        best: int | None = None
        best_len = 0
        i = self.index_at(offset)
        if i >= len(self.items):
            return None
        for words in phrases.get(self.items[i].text, ()):
            n = len(words)
            if n <= best_len:
                continue
            seq = self.items[i : i + n]
            if (
                len(seq) == n
                and tuple(s.text for s in seq) == words
                and not self.norm[offset : seq[0].start].strip()
                and self._contiguous(seq, None)
            ):
                best, best_len = seq[-1].end, n
        return best

    def _contiguous(self, seq: Sequence[Item], end: int | None) -> bool:
        # Only whitespace between the items (and up to ``end``).
        for a, b in itertools.pairwise(seq):
            if self.norm[a.end : b.start].strip():
                return False
        return end is None or not self.norm[seq[-1].end : end].strip()

    def gap_is_space(self, a: int, b: int) -> bool:
        return a <= b and not self.norm[a:b].strip()

    def sentence_initial(self, item_index: int) -> bool:
        if item_index == 0:
            return True
        prev = self.items[item_index - 1]
        return (
            prev.text in _SENTENCE_EDGE
            or "\n" in self.norm[prev.end : self.items[item_index].start]
        )


def _digit_pattern(data: NumberData) -> re.Pattern[str]:
    groups = "".join(sorted(set(data.group_marks) | {" "}))
    g = "[" + re.escape(groups) + "]"
    d = re.escape(data.decimal_mark or ".")
    return re.compile(rf"(?<!\d)(?:\d{{1,3}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?)(?!\d)")


_PATTERNS: dict[int, tuple[NumberData, dict[str, object]]] = {}


def patterns(data: NumberData) -> dict[str, object]:
    # NumberData holds dicts, so it is not hashable: cache by identity and
    # keep the object alive so its id is never reused.
    hit = _PATTERNS.get(id(data))
    if hit is not None and hit[0] is data:
        return hit[1]
    pats = _build_patterns(data)
    _PATTERNS[id(data)] = (data, pats)
    return pats


def phrases_by_word(
    phrases: Iterable[tuple[str, ...]], last: bool
) -> dict[str, list[tuple[str, ...]]]:
    """Phrases indexed by their last (or first) word, in their order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        if words:
            index.setdefault(words[-1] if last else words[0], []).append(words)
    return index


def _build_patterns(data: NumberData) -> dict[str, object]:
    return {
        "digits": _digit_pattern(data),
        "before": phrases_by_word((phrase_items(p) for p in data.qualifiers_before), last=True),
        "after": phrases_by_word((phrase_items(p) for p in data.qualifiers_after), last=False),
        "before_map": {phrase_items(p): q for p, q in data.qualifiers_before.items()},
        "after_map": {phrase_items(p): q for p, q in data.qualifiers_after.items()},
        "percent": phrases_by_word((phrase_items(p) for p in data.percent_words), last=False),
        "one": tuple(
            tuple(w for p in phrase for w in phrase_items(p)) for phrase in data.one_phrases
        ),
        "pronoun_partitives": tuple(
            tuple(w for p in phrase for w in phrase_items(p)) for phrase in data.pronoun_partitives
        ),
    }


def digit_value(raw: str, data: NumberData) -> float | None:
    group = set(data.group_marks) | {" "}
    decimal = data.decimal_mark or "."
    cleaned = "".join(ch for ch in raw if ch not in group or ch == decimal)
    cleaned = cleaned.replace(decimal, ".")
    digits = cleaned.replace(".", "").lstrip("0")
    if len(digits) > MAX_DIGITS:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None
