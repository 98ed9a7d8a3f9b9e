"""Composite number forms read after the finder's first pass.

:mod:`quidit.extract.numbers` reads digits, number words and approximate
nouns one by one; news copy also writes a figure across them:

- half a multiplier in one word: « un demi-million de déplacés » (500 000);
- half a multiplier as a tail: « deux millions et demi » (2 500 000),
  « un milliard et demi d'euros »;
- digits then words: « 25 mille 85 », « 3 millions 200 000 »;
- a decimal written with a dot where the language writes a comma, before
  a multiplier word: « 1.3 million » (sites that follow English usage;
  « 1.300 » stays a thousand three hundred);
- an approximate noun of a multiplier: « une centaine de milliers de
  personnes » (about 100 000), « une dizaine de millions d'euros ».

Like the finder these are pure text functions; every word comes from the
language's :class:`~quidit.lang.NumberData`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from quidit.extract.numbers_text import TextView

if TYPE_CHECKING:
    from quidit.extract.numbers import Mention, _Taken
    from quidit.lang import NumberData


def halves(t: TextView, data: NumberData, taken: _Taken) -> list[Mention]:
    """ "un demi-million": one, then half a multiplier written as one word."""
    from quidit.extract.numbers import Mention

    out: list[Mention] = []
    if not any(word in t.norm for word in data.half_multipliers):
        return out
    items = t.items
    for idx, it in enumerate(items):
        value = data.half_multipliers.get(it.text)
        if value is None or idx == 0:
            continue
        prev = items[idx - 1]
        if prev.text not in data.one_words or not t.gap_is_space(prev.end, it.start):
            continue
        out.append(
            Mention(
                prev.start, it.end, prev.start, it.end, value, kind="words", multiplied=value * 2
            )
        )
        taken.add(prev.start, it.end)
    return out


@lru_cache(maxsize=8)
def _dot_decimal(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w.,])\d{{1,3}}\.\d{{1,2}}(?=[ \u00a0\u202f]+(?:{alternatives})\b)")


def dot_decimals(t: TextView, data: NumberData, taken: _Taken) -> list[Mention]:
    """ "1.3 million" in a language whose decimal mark is a comma."""
    from quidit.extract.numbers import Mention

    if data.decimal_mark in ("", "."):
        return []
    words = tuple(sorted(w for w in data.multipliers if len(w) > 3 and w != "mille"))
    out: list[Mention] = []
    for m in _dot_decimal(words).finditer(t.norm):
        out.append(Mention(m.start(), m.end(), m.start(), m.end(), float(m.group()), kind="digits"))
        taken.add(m.start(), m.end())
    return out


def and_a_half(t: TextView, data: NumberData, found: list[Mention]) -> list[Mention]:
    """ "deux millions et demi": a whole number of a multiplier word, then
    "et demi", is half a multiplier more."""
    if not data.half_tails or not any(tail[-1] in t.norm for tail in data.half_tails):
        return found  # the common case, read in one pass over the text
    out: list[Mention] = []
    for m in found:
        factor = _whole_multiplier(t, data, m)
        if factor is None or m.end != m.num_end or m.percent:
            out.append(m)
            continue
        for tail in data.half_tails:
            nxt = t.after(m.num_end, len(tail))
            if len(nxt) != len(tail) or tuple(i.text for i in nxt) != tail:
                continue
            ends = [m.num_end] + [i.end for i in nxt[:-1]]
            if not all(t.gap_is_space(a, i.start) for a, i in zip(ends, nxt, strict=True)):
                continue
            end = nxt[-1].end
            m = replace(m, end=end, num_end=end, value=m.value + factor / 2, multiplied=factor)
            break
        out.append(m)
    return out


def approximate_multiples(t: TextView, data: NumberData, found: list[Mention]) -> list[Mention]:
    """ "une centaine de milliers": an approximate count whose noun is
    followed by « de » and a multiplier noun counts that many of it."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "approx"
            and not prev.vague
            and m.vague
            and m.kind == "approx"
            and prev.end == prev.num_end
            and t.gap_is_space(prev.end, m.start)
            and _first_word(t, m) in data.partitive_words
        ):
            factor = m.value
            out[-1] = replace(
                prev,
                end=m.end,
                num_end=m.num_end,
                value=prev.value * factor,
                multiplied=factor if _last_word(t, m) in data.multipliers else 1.0,
            )
            continue
        out.append(m)
    return out


def compounds(t: TextView, data: NumberData, found: list[Mention]) -> list[Mention]:
    """ "25 mille 85", "3 millions 200 000", "deux millions 300 000": a
    number ending in a multiplier word and followed, with only a space
    between, by a smaller number is one number, written half in digits
    and half in words as French copy often does.  The tail must be
    smaller than the multiplier (« 3 millions 2 millions » is no
    number), carry no hedge or sign of its own, and be no year written
    plain (« 3 millions 2019 » in a table row)."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        factor = _whole_multiplier(t, data, prev) if prev is not None else None
        if (
            prev is None
            or factor is None
            or m.vague
            or prev.percent
            or m.start != m.num_start
            or m.kind not in ("digits", "words")
            or m.multiplied != 1.0
            or m.value <= 0
            or m.value >= factor
            or m.value != int(m.value)
            or prev.end != prev.num_end
            or not t.gap_is_space(prev.num_end, m.num_start)
            or (m.plain and data.year_range[0] <= m.value <= data.year_range[1])
        ):
            out.append(m)
            continue
        out[-1] = replace(
            prev,
            end=m.end,
            num_end=m.num_end,
            value=prev.value + m.value,
            qualifier=prev.qualifier if prev.qualifier != "exact" else m.qualifier,
            percent=m.percent,
            currency=prev.currency or m.currency,
            plain=False,
        )
    return out


def _whole_multiplier(t: TextView, data: NumberData, m: Mention) -> float | None:
    if m.vague or m.kind not in ("digits", "words"):
        return None
    last = _last_word(t, m)
    factor = data.multipliers.get(last)
    if factor is None or len(last) < 4 or m.value % factor:
        # abbreviations ("M", "k") take no tail; only whole multiples do
        # (« 1,5 million 200 », « 1,5 million et demi » are no numbers)
        return None
    return factor


def _first_word(t: TextView, m: Mention) -> str:
    return t.items[t.index_at(m.start)].text


def _last_word(t: TextView, m: Mention) -> str:
    return t.items[t.index_at(m.num_end) - 1].text
