"""Ranges of numbers (« entre 40 et 50 », « 5 à 6 milliards »): two
mentions, the lower bound ``at_least`` and the upper ``at_most``
(annotation guidelines §4).  Split from :mod:`quidit.extract.numbers`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quidit.extract.numbers_text import TextView, word_value
from quidit.lang import NumberData

if TYPE_CHECKING:
    from quidit.extract.numbers import Mention


def ranges(t: TextView, data: NumberData, found: list[Mention]) -> list[Mention]:
    """ "entre 40 et 50" → at_least 40, at_most 50."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.vague or b.vague or a.bound or a.qualifier != "exact" or b.qualifier != "exact":
            continue
        between = [i.text for i in t.items[t.index_at(a.end) : t.index_at(b.start)]]
        if len(between) != 1:
            continue
        prev_items = t.before(a.start, 2)
        prev = prev_items[-1].text if prev_items else ""
        prev2 = prev_items[-2].text if len(prev_items) > 1 else ""
        start = a.start
        matched = False
        if prev in data.change_words or prev2 in data.change_words:
            continue  # "passé de 3 à 5": a change, two exact figures
        for opener, joiner in data.range_patterns:
            if between[0] != joiner:
                continue
            if opener:
                if prev != opener:
                    continue
                start = prev_items[-1].start
            matched = True
            break
        if not matched:
            continue
        lo_value = a.value
        lo_percent = a.percent or b.percent
        factor = b.multiplied if b.multiplied != 1.0 else _word_scale(t, data, b)
        if factor == 1.0 and a.kind == "digits" == b.kind:
            factor = _thousands_scale(t, a, b)
        # « 5 à 6 milliards », « trois à quatre cents », « deux à trois millions »
        if a.multiplied == 1.0 and 1.0 != factor > a.value and a.value * factor <= b.value:
            lo_value = a.value * factor
        if lo_value >= b.value:
            continue
        out[k] = replace(
            a,
            start=start,
            value=lo_value,
            percent=lo_percent,
            multiplied=b.multiplied if lo_value != a.value else a.multiplied,
            qualifier="at_least",
            bound="lower",
            currency=a.currency or b.currency,
        )
        out[k + 1] = replace(b, qualifier="at_most", bound="upper")
    return out


#: Number words that scale the words before them (« quatre cents »,
#: « trois millions »): a range's lower bound written bare shares them.
_SCALES = frozenset({100.0, 1000.0, 1e6, 1e9})


def _word_scale(t: TextView, data: NumberData, m: Mention) -> float:
    """The scale word a number written in words ends with, or 1."""
    if m.kind != "words":
        return 1.0
    first, last = t.index_at(m.num_start), t.index_at(m.num_end) - 1
    if last <= first:
        return 1.0  # « cent » alone scales nothing
    value = word_value(t.items[last].text, data.text2num_lang)
    return value if value in _SCALES else 1.0


#: « 9 à 10.000 personnes », « entre 400 et 600.000 »: copy drops the
#: thousands of a range's lower bound when the upper one carries them.  The
#: bounds of such a range stay within one order of magnitude (the real
#: pairs seen run 1.1 to 1.5 apart); a wider gap (« de 2 à 50.000 euros »)
#: is read as written.
_THOUSANDS_SPREAD = 10.0
_GROUPED_ZEROS = re.compile(r"\d[ .\u00a0\u202f]000$")


def _thousands_scale(t: TextView, a: Mention, b: Mention) -> float:
    """1000 where a bare small lower bound shares the upper bound's
    thousands (written with a separator and ending on « 000 »), else 1."""
    lo = t.text[a.num_start : a.num_end]
    hi = t.text[b.num_start : b.num_end]
    if not lo.isdigit() or len(lo) > 3 or not _GROUPED_ZEROS.search(hi):
        return 1.0
    scaled = a.value * 1000.0
    return 1000.0 if scaled <= b.value < scaled * _THOUSANDS_SPREAD else 1.0
