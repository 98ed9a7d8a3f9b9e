"""Which numbers found in the text are claims.

A number :func:`quidit.extract.numbers.find_numbers` reads may still be a
date, a time, a duration, a year, a reference (``page 12``), a number in a
name (``Cap 2027``), a ratio (``9 sur 10``) or an age written after a name;
these tests tell them from counts.  Like the finder they are pure text
functions, every word coming from the language's
:class:`~quidit.lang.NumberData`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quidit.extract.numbers_text import TextView, word_value
from quidit.lang import NumberData

if TYPE_CHECKING:
    from quidit.extract.numbers import Mention


def excluded_before(t: TextView, data: NumberData, m: Mention) -> bool:
    """A reference ("page 12"), a year after a month, or a number in a name."""
    before = t.before(m.start, 1)
    word_before = before[-1].text if before else ""
    if word_before in data.not_claim_before or word_before in data.months:
        return True
    two = t.before(m.start, 2)
    if word_before in data.time_words and len(two) == 2 and two[0].text.isdigit():
        return True  # the minutes of "18 h 45"
    if m.kind == "digits" and m.start == m.num_start and before:
        idx = t.index_at(m.num_start) - 1
        prev_item = t.items[idx]
        raw_prev = t.text[prev_item.start : prev_item.end]
        if (
            raw_prev[:1].isupper()
            and raw_prev.isalpha()
            and t.gap_is_space(prev_item.end, m.start)
            and not t.sentence_initial(idx)
            and not _place_before_count(t, data, m, idx)
        ):
            return True  # "Airbus A 320", "Cap 2027", "Ligue 1"
    return False


def _place_before_count(t: TextView, data: NumberData, m: Mention, name_idx: int) -> bool:
    """« Au Soudan 103 personnes », « en Syrie 300 morts »: the capitalised
    word is a place after its preposition, and a plural noun counted follows
    the figure (« en Ligue 2 depuis » keeps the name)."""
    if name_idx < 1 or t.items[name_idx - 1].text not in data.place_prepositions:
        return False
    if m.value is None or m.value < 2:
        return False
    after = t.after(m.end, 1)
    if not after:
        return False
    word = after[0].text
    return (
        word.isalpha()
        and len(word) > 2
        and word[-1] in "sx"
        and word not in data.plural_function_words
        and t.text[after[0].start : after[0].start + 1].islower()
    )


#: Ages written bare after a name ("Graham Tolley, 58, had …") stay under this.
MAX_AGE = 120


def _apposed_age(t: TextView, m: Mention) -> bool:
    """ "Jeanne Moreau, 45, a déclaré" / "Paul Ardent (61)": an age, no count."""
    if m.kind != "digits" or not m.plain or m.start != m.num_start or m.end != m.num_end:
        return False
    if m.value > MAX_AGE or m.percent or m.currency:
        return False
    i = t.index_at(m.start)
    if i < 2 or i + 1 >= len(t.items):
        return False
    before, name, after = t.items[i - 1].text, t.items[i - 2], t.items[i + 1].text
    pairs = {",": ",", "(": ")"}
    if pairs.get(before) != after and not (before == "," and after in ").;"):
        return False
    return t.text[name.start : name.start + 1].isupper() and name.text.isalpha()


def _locating_distance(t: TextView, data: NumberData, m: Mention) -> bool:
    """« à 40 kilomètres à l'est de Lyon », « à une trentaine de km de … »:
    a distance that says where a place lies, no measure claimed."""
    if not data.distance_units:
        return False
    before = t.before(m.start, 1)
    if not before or before[-1].text not in data.locating_before:
        return False
    after = [i.text for i in t.after(m.end, 3)]
    if after and after[0] in data.partitive_words and m.kind == "approx":
        after = after[1:]  # « une trentaine de kilomètres de »
    return len(after) > 1 and after[0] in data.distance_units and after[1] in data.locating_after


def _is_number_word(text: str, data: NumberData) -> bool:
    return text.isdigit() or word_value(text, data.text2num_lang) is not None


#: Proportions are written « N sur M » with a small or a round denominator
#: (« un sur cinq », « neuf sur dix », « un sur 1 000 »): up to ten, or a
#: power of ten.  A larger figure with its own noun after it is a count of
#: its own (« 21 décès sur 640 victimes »).
MAX_SMALL_DENOMINATOR = 10
_ROUND_DENOMINATORS = frozenset({10.0, 100.0, 1000.0})


def _denominator(value: float | None, next_word: str) -> bool:
    """Whether a figure after « sur » is a proportion's denominator."""
    if value is None:
        return False
    return (
        not next_word[:1].isalpha()
        or value <= MAX_SMALL_DENOMINATOR
        or value in _ROUND_DENOMINATORS
    )


def is_claim(t: TextView, data: NumberData, m: Mention) -> bool:
    """False for dates, times, durations, years, references, names and ratios."""
    if excluded_before(t, data, m):
        return False
    after = t.after(m.end, 3)
    word_after = after[0].text if after else ""
    if word_after in data.partitive_words and (
        m.kind in ("approx", "fraction") or m.multiplied != 1.0
    ):
        word_after = after[1].text if len(after) > 1 else ""
    if m.percent or m.currency:
        return True
    if word_after in data.time_words or word_after in data.months:
        return False
    if word_after in data.time_adjectives and len(after) > 1 and after[1].text in data.time_words:
        return False  # « les deux premières années »
    if (
        word_after == data.times_word
        and len(after) > 1
        and after[1].text in data.times_comparatives
    ):
        return True  # « six fois plus nombreux »: a ratio claimed; « trois fois » alone is none
    if word_after in data.not_claim_after:
        return False
    if word_after in data.ratio_words and len(after) > 1 and _is_number_word(after[1].text, data):
        return False
    if (
        word_after in {joiner for _, joiner in data.range_patterns}
        and len(after) > 2
        and _is_number_word(after[1].text, data)
        and after[2].text in data.months
    ):
        return False  # "les 20 et 21 mars"
    before = t.before(m.start, 4)
    if (
        before
        and before[-1].text in data.ratio_words
        and any(_is_number_word(b.text, data) for b in before[:-1])
        and _denominator(m.value, word_after)
    ):
        return False
    if (
        m.kind == "words"
        and len(before) >= 2
        and (before[-2].text, before[-1].text) in data.totality_before
    ):
        return False  # « tous les deux »: both of them (« tous les deux ans » is a time)
    if _locating_distance(t, data, m):
        return False
    words_before = [b.text for b in before]
    if words_before and words_before[-1] in data.negation_gap:
        words_before = words_before[:-1]
    if words_before and words_before[-1] in data.negation_before:
        return False  # « et non à zéro », « et non 40 comme annoncé »
    if _apposed_age(t, m):
        return False
    if m.ambiguous and not word_after[:1].isalpha():
        return False  # "un bâtiment neuf."
    if m.kind == "digits" and m.plain and (m.qualifier == "exact" or m.bound):
        lo, hi = data.year_range
        if m.num_end - m.num_start == 4 and lo <= m.value <= hi:
            word_before = before[-1].text if before else ""
            if word_before in data.year_words:
                return False
            counted = (
                word_after[:1].isalpha()
                and word_after not in data.year_followers
                and not word_after.endswith("'")  # "1905 s'appliquait": an elided pronoun
            )
            if not counted:
                return False
    return True


#: « , presque huit fois plus »: at most two words between the comma and
#: the factor (a hedge, « soit »).
_GLOSS_LEAD = re.compile(r",\s*(?:\w+\s+){0,2}$")


def gloss_factor(text: str, data: NumberData, m: Mention) -> bool:
    """A factor (« huit fois plus ») set after a comma: in reported speech
    it is the writer's gloss on the figure before it."""
    times = data.times_word
    after = text[m.end : m.end + len(times) + 2].split()
    if not times or not after or after[0].lower() != times:
        return False
    return bool(_GLOSS_LEAD.search(text, max(0, m.start - 30), m.start))
