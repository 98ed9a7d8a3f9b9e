"""Numbers in running text, with their qualifiers, as character spans.

A pure text function, language-neutral: every word it reacts to comes from
the language's :class:`~quidit.lang.NumberData`, and number words are read
by ``text_to_num`` (``text2num``).  It finds digits with the language's
separators (``1 280 000``, ``1.280.000``, ``5,2 %``), multipliers
(``2,3 millions``), number words (``vingt-trois``), approximate nouns
(``une centaine``), zero determiners (``aucun``), "one" where it answers
"how many" (``l'un d'eux``), qualifiers (``plus de``, ``au moins`` …) and
ranges (``entre 40 et 50`` → two mentions).  Dates, times, durations,
years, ordinals, references (``page 12``) and numbers inside names
(``G7``, ``Covid-19``) are dropped (the tests live in
:mod:`quidit.extract.numbers_filter`).

Offsets index the original text: matching runs on a copy of the same
length (lower case, one kind of apostrophe and space).
"""

from __future__ import annotations

import gc
import itertools
import re
from dataclasses import dataclass, replace

from quidit.extract.numbers_filter import excluded_before, is_claim
from quidit.extract.numbers_forms import (
    and_a_half,
    approximate_multiples,
    compounds,
    dot_decimals,
    halves,
)
from quidit.extract.numbers_ranges import ranges
from quidit.extract.numbers_text import (
    Item,
    TextView,
    digit_value,
    patterns,
    word_value,
)
from quidit.lang import NumberData

#: Longest run of number words read as one number ("deux cent trente-quatre
#: mille cinq cent douze" has 7); longer runs are split by text2num's own
#: failures.
MAX_WORD_RUN = 10

#: Five pairs of digits ("01 23 45 67 89"): a telephone number, no figure.
_PHONE = re.compile(r"(?<![\d,.])\d{2}(?:[ .-]\d{2}){4}(?![\d,])")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Mention:
    """One number found in the text."""

    #: The claim span: qualifier + number (+ multiplier, %).
    start: int
    end: int
    #: The number itself (no qualifier).
    num_start: int
    num_end: int
    value: float
    qualifier: str = "exact"
    percent: bool = False
    #: Unit named by a currency sign next to the number ("€" → "euro").
    currency: str | None = None
    #: The number carries a multiplier word (millions) and may stand for money.
    multiplied: float = 1.0
    #: "des centaines": a quantity with no value, kept as context only.
    vague: bool = False
    #: Written as "aucun" / "l'un d'eux" / "une centaine" / digits / words.
    kind: str = "digits"
    #: "neuf" may be the adjective "new": the parse decides.
    ambiguous: bool = False
    #: "lower" or "upper" bound of a range.
    bound: str | None = None
    #: Written without separators (a candidate year: "2021").
    plain: bool = False


def find_numbers(text: str, data: NumberData) -> list[Mention]:
    """Every number of ``text`` that may be a claim, and vague quantities."""
    if not data.text2num_lang:
        return []
    # Millions of small objects for a long text: the cyclic collector would
    # rescan them again and again; none of them forms a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _find(text, data)
    finally:
        if collecting:
            gc.enable()


def _find(text: str, data: NumberData) -> list[Mention]:
    t = TextView(text)
    pats = patterns(data)
    found: list[Mention] = []
    taken = _Taken(len(text))
    found += halves(t, data, taken)
    found += dot_decimals(t, data, taken)
    found += _fractions(t, data, taken)
    found += _approximate(t, data, taken)
    found += _digits(t, data, pats, taken)
    found += _words(t, data, taken)
    found += _zeros_and_ones(t, data, pats, taken)
    found.sort(key=lambda m: m.num_start)
    found = [_extend(t, data, pats, m) for m in found]
    found = _outermost(found)
    found = compounds(t, data, found)
    found = and_a_half(t, data, found)
    found = approximate_multiples(t, data, found)
    found = ranges(t, data, found)
    keep = [m.vague or is_claim(t, data, m) for m in found]
    for k, m in enumerate(found):
        # A range stands or falls with its upper bound ("de 3 à 5 jours",
        # "entre 2016 et 2021"), unless its own left side rules it out.
        if m.bound == "lower" and k + 1 < len(found):
            keep[k] = keep[k + 1] and not excluded_before(t, data, m)
    return [m for m, ok in zip(found, keep, strict=True) if ok]


def _outermost(found: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one ("cent" in "3 pour cent")."""
    out: list[Mention] = []
    reach = -1
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        if m.end <= reach:
            continue
        out.append(m)
        reach = max(reach, m.end)
    out.sort(key=lambda m: m.num_start)
    return out


class _Taken:
    """Character positions already read as part of a number."""

    def __init__(self, size: int) -> None:
        self.marks = bytearray(size)

    def add(self, a: int, b: int) -> None:
        self.marks[a:b] = b"\x01" * (b - a)

    def overlaps(self, a: int, b: int) -> bool:
        return any(self.marks[a:b])


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def _digits(t: TextView, data: NumberData, pats: dict[str, object], taken: _Taken) -> list[Mention]:
    out: list[Mention] = []
    norm = t.norm
    phones = [(p.start(), p.end()) for p in _PHONE.finditer(norm)]
    pattern = pats["digits"]
    assert isinstance(pattern, re.Pattern)
    for m in pattern.finditer(norm):
        a, b = m.start(), m.end()
        raw = m.group()
        # A trailing separator before a non-digit is not part of the number.
        if taken.overlaps(a, b):
            continue
        prev = norm[a - 1] if a else ""
        prev2 = norm[a - 2] if a > 1 else ""
        nxt = norm[b] if b < len(norm) else ""
        nxt2 = norm[b + 1] if b + 1 < len(norm) else ""
        if prev.isalpha() or prev == "_":
            continue  # G7, A320
        if prev and prev in "-–" and (prev2.isalpha() or prev2.isdigit()):
            continue  # Covid-19, 3-1
        if prev in "/:" and prev2.isdigit():
            continue  # 12/05, 14:30
        if prev in ".," and prev2.isdigit():
            continue  # 1,2,3
        if nxt in ".,:/-–" and nxt2.isdigit():
            continue  # 1,2,3 / 3-1 / 14:30 / 12/05
        if nxt in "-–" and nxt2.isalpha():
            continue  # le 11-Septembre
        if _overlaps(phones, a, b):
            continue
        glued = _LETTERS.match(norm, b)
        if glued:
            suffix = glued.group()
            if suffix in data.ordinal_suffixes or any(
                suffix.startswith(s) and suffix[len(s) :].isdigit() for s in data.time_suffixes
            ):
                continue
            if suffix in data.time_suffixes:
                continue
            if suffix not in data.glued_units and suffix not in data.multipliers:
                continue  # 4G, 320neo
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            continue  # 007, phone numbers
        value = digit_value(raw, data)
        if value is None:
            continue
        start = a
        if prev and prev in "+-−" and (a < 2 or prev2 in " (\n"):
            start = a - 1
            if prev != "+":
                value = -value
        plain = raw.isdigit()
        currency = None
        if (prev and prev in data.currency_symbols) or (
            prev == " " and prev2 and prev2 in data.currency_symbols
        ):
            currency = data.currency_symbols.get(prev) or data.currency_symbols.get(prev2)
            # A sign written before the figure is part of its wording ("£1.28 million").
            start = a - 1 if prev in data.currency_symbols else a - 2
        out.append(
            Mention(start, b, start, b, value, kind="digits", currency=currency, plain=plain)
        )
    return out


def _words(t: TextView, data: NumberData, taken: _Taken) -> list[Mention]:
    out: list[Mention] = []
    lang = data.text2num_lang
    items = t.items
    i = 0
    n = len(items)

    def is_num(word: str) -> bool:
        if word in data.multipliers and len(word) < 3:
            return False  # abbreviations ("m", "k") only after digits
        if word in data.not_number_words:
            return False
        return word_value(word, lang) is not None

    while i < n:
        it = items[i]
        if not is_num(it.text) or taken.overlaps(it.start, it.end):
            i += 1
            continue
        run = [it]
        j = i + 1
        while j < n and len(run) < MAX_WORD_RUN:
            cur = items[j]
            if not t.gap_is_space(run[-1].end, cur.start):
                break
            if cur.text == "et" and j + 1 < n and items[j + 1].text in ("un", "une", "onze"):
                run.append(cur)
                j += 1
                continue
            if not is_num(cur.text):
                break
            run.append(cur)
            j += 1
        k = 0
        while k < len(run):
            # Longest prefix text2num reads.
            for stop in range(len(run), k, -1):
                words = [r.text for r in run[k:stop]]
                if words[-1] == "et":
                    continue
                value = word_value(" ".join(words), lang)
                if value is None:
                    continue
                first = words[0]
                only_mult = all(w in data.multipliers and w != "mille" for w in words)
                lone_one = words == [first] and first in data.one_words
                if only_mult or lone_one:
                    break  # "des millions", "un": handled elsewhere
                ambiguous = len(words) == 1 and first in data.ambiguous_words
                out.append(
                    Mention(
                        run[k].start,
                        run[stop - 1].end,
                        run[k].start,
                        run[stop - 1].end,
                        value,
                        kind="words",
                        ambiguous=ambiguous,
                    )
                )
                k = stop - 1
                break
            k += 1
        i = j
    return out


def _fractions(t: TextView, data: NumberData, taken: _Taken) -> list[Mention]:
    """ "deux tiers" (2/3), "trois quarts", "un quart des élèves"; a bare
    "un tiers" with no « de » after it is a third party, no figure."""
    out: list[Mention] = []
    items = t.items
    for idx, it in enumerate(items):
        denominator = data.fraction_nouns.get(it.text)
        if denominator is None or idx == 0:
            continue
        prev = items[idx - 1]
        if not t.gap_is_space(prev.end, it.start):
            continue
        numerator = word_value(prev.text, data.text2num_lang) if prev.text.isalpha() else None
        if numerator is None and prev.text.isdigit():
            numerator = float(prev.text)
        if numerator is None and prev.text in data.one_words:
            numerator = 1.0
        article = numerator is None and prev.text in data.fraction_articles
        if article:
            numerator = 1.0  # « la moitié des salariés », « le tiers des élus »
        if numerator is None or numerator <= 0:
            continue
        nxt = items[idx + 1].text if idx + 1 < len(items) else ""
        after = items[idx + 2].text if idx + 2 < len(items) else ""
        if article and nxt == "de" and after in data.fraction_de_followers:
            pass  # « la moitié de la population »; « le quart de finale » stays out
        elif numerator == 1.0 and (nxt not in data.partitive_words or nxt == "de"):
            continue  # « un tiers de confiance »: a third party; « un tiers des votants »
        value = numerator / denominator
        out.append(Mention(prev.start, it.end, prev.start, it.end, value, kind="fraction"))
        taken.add(prev.start, it.end)
    return out


def _approximate(t: TextView, data: NumberData, taken: _Taken) -> list[Mention]:
    """ "une vingtaine" (about 20), "deux centaines", "des centaines" (vague)."""
    out: list[Mention] = []
    items = t.items
    lang = data.text2num_lang
    for idx, it in enumerate(items):
        word = it.text
        approx = data.approximate_nouns.get(word)
        mult = data.multipliers.get(word) if len(word) > 2 else None
        if approx is None and mult is None:
            continue
        j = idx - 1
        if j >= 0 and items[j].text in data.approximate_adjectives:
            j -= 1
        # « une « quinzaine » de morts »: a mixed quote may open on the noun;
        # the figure itself then starts at the noun, inside the quote.
        marked = j >= 0 and items[j].text in _MARKS
        while j >= 0 and items[j].text in _MARKS:
            j -= 1
        num_start = it.start if marked else None
        prev = items[j] if j >= 0 else None
        if prev is None or not all(
            t.gap_is_space(x.end, y.start) for x, y in itertools.pairwise(items[j : idx + 1])
        ):
            if approx is not None:
                out.append(
                    Mention(it.start, it.end, it.start, it.end, approx, vague=True, kind="approx")
                )
            continue
        if approx is not None and prev.text in data.one_words:
            first = prev.start if num_start is None else num_start
            out.append(Mention(prev.start, it.end, first, it.end, approx, "about", kind="approx"))
            taken.add(prev.start, it.end)
        elif prev.text in data.vague_quantifiers:
            value = approx if approx is not None else mult
            assert value is not None
            out.append(
                Mention(prev.start, it.end, prev.start, it.end, value, vague=True, kind="approx")
            )
            taken.add(prev.start, it.end)
        elif approx is not None:
            number = word_value(prev.text, lang) if prev.text.isalpha() else None
            if number is None and prev.text.isdigit():
                number = float(prev.text)
            if number is not None and prev.text not in data.one_words:
                out.append(
                    Mention(
                        prev.start,
                        it.end,
                        prev.start,
                        it.end,
                        number * approx,
                        "about",
                        kind="approx",
                    )
                )
                taken.add(prev.start, it.end)
            else:
                out.append(
                    Mention(it.start, it.end, it.start, it.end, approx, vague=True, kind="approx")
                )
    return out


def _zeros_and_ones(
    t: TextView, data: NumberData, pats: dict[str, object], taken: _Taken
) -> list[Mention]:
    out: list[Mention] = []
    items = t.items
    one_phrases = pats["one"]
    assert isinstance(one_phrases, tuple)
    for idx, it in enumerate(items):
        word = it.text
        if word not in data.zero_words and word not in data.one_words:
            continue
        if taken.overlaps(it.start, it.end):
            continue
        prev = items[idx - 1].text if idx else ""
        nxt_idx = idx + 1
        while nxt_idx < len(items) and items[nxt_idx].text in data.restrictive_modifiers:
            nxt_idx += 1
        nxt = items[nxt_idx].text if nxt_idx < len(items) else ""
        if word in data.zero_words:
            if prev in data.zero_idiom_before or nxt in data.zero_idiom_nouns:
                continue
            if not nxt or not nxt[0].isalpha():
                continue
            out.append(Mention(it.start, it.end, it.start, it.end, 0.0, kind="zero"))
            continue
        # "l'un d'eux": the phrase may start one item before "un".
        for phrase in one_phrases:
            for offset in range(len(phrase)):
                lo = idx - offset
                if lo < 0:
                    continue
                seq = tuple(x.text for x in items[lo : lo + len(phrase)])
                if seq == phrase:
                    out.append(Mention(it.start, it.end, it.start, it.end, 1.0, kind="one"))
                    break
            else:
                continue
            break
        else:
            if word in data.one_words and (
                nxt in data.one_count_nouns or _after_count(items, idx, data)
            ):
                out.append(Mention(it.start, it.end, it.start, it.end, 1.0, kind="one"))
            elif word in data.one_words and _hedged_one(t, pats, idx):
                # « pas moins d'une tonne », « au moins un blessé »: a hedge
                # makes « un » a quantity, never an article.
                out.append(Mention(it.start, it.end, it.start, it.end, 1.0, kind="one"))
    return out


def _after_count(items: list[Item], idx: int, data: NumberData) -> bool:
    """« 53 soldats et un civil », « 54 morts, dont un civil »: « un » right
    after a link word that follows a count in digits and its noun (a
    comma may stand before the link)."""
    k = idx - 1
    if k < 2 or items[k].text not in data.one_after_count:
        return False
    # « quatre morts, dont une fillette »: a part named with « un » after a
    # count in words is an article (guidelines §4); only a coordinated « un »
    # answers how many there
    partitive = items[k].text in data.subset_markers
    k -= 1
    if items[k].text == ",":
        k -= 1
    # the noun, and one word after it (« deux soldats togolais et un
    # burkinabè »); the count in digits or in words (« trois blessés et un mort »)
    for words in (1, 2):
        if k - words < 0:
            return False
        if not all(items[j].text.isalpha() for j in range(k - words + 1, k + 1)):
            return False
        count = items[k - words].text
        if count[:1].isdigit():
            return not (len(count) == 4 and count.isdigit())
        if count.isalpha() and count not in data.one_words and not partitive:
            value = word_value(count, data.text2num_lang)
            if value is not None and value >= 2:
                return True
    return False


def _hedged_one(t: TextView, pats: dict[str, object], idx: int) -> bool:
    """« un » after a qualifier (« plus d'un », « au moins une »), with a
    noun after it that is no proportion's (« plus d'un élève sur deux »)."""
    before = pats["before"]
    assert isinstance(before, dict)
    if t.match_before(t.items[idx].start, before) is None:
        return False
    after = [i.text for i in t.items[idx + 1 : idx + 4]]
    return bool(after) and after[0][:1].isalpha() and "sur" not in after[1:3]


#: Quotation marks a qualifier may stand behind: a mixed quote often quotes
#: just the hedge (« la croissance atteindra « au moins » 2,3 % »).
_MARKS = frozenset('«»"“”')


def _over_marks(norm: str, offset: int, step: int) -> int:
    """``offset`` moved over spaces and at least one quotation mark, in the
    direction of ``step``; ``offset`` itself where no mark stands there."""
    i, seen = offset, False
    while True:
        j = i - 1 if step < 0 else i
        if not 0 <= j < len(norm) or not (norm[j].isspace() or norm[j] in _MARKS):
            break
        seen = seen or norm[j] in _MARKS
        i += step
    return i if seen else offset


def _extend(t: TextView, data: NumberData, pats: dict[str, object], m: Mention) -> Mention:
    """Add multiplier, percent, currency sign and qualifiers around a number."""
    if m.vague:
        return m
    end = m.end
    value = m.value
    multiplied = 1.0
    currency = m.currency
    percent = False
    nxt = t.after(end, 2)
    if nxt and m.kind == "digits" and t.gap_is_space(end, nxt[0].start):
        word = nxt[0].text
        factor = data.multipliers.get(word)
        if factor is not None:
            glued_sign = nxt[1].text if len(nxt) > 1 and nxt[1].start == nxt[0].end else ""
            if len(word) > 2 or glued_sign in data.currency_symbols:
                value *= factor
                multiplied = factor
                end = nxt[0].end
                if glued_sign in data.currency_symbols and len(word) <= 3:
                    currency = data.currency_symbols[glued_sign]
                    end = nxt[1].end
    pct = pats["percent"]
    assert isinstance(pct, dict)
    pend = t.match_after(end, pct)
    if pend is not None:
        percent = True
        end = pend
    nxt = t.after(end, 1)
    if not currency and nxt and t.gap_is_space(end, nxt[0].start):
        currency = data.currency_symbols.get(nxt[0].text)
    num_end = end
    qualifier = m.qualifier
    start = m.start
    qb = pats["before"]
    assert isinstance(qb, dict)
    qstart, before = t.match_before(start, qb), start
    if qstart is None and (past := _over_marks(t.norm, start, -1)) != start:
        # « "au moins" 2,3 % »: a mixed quote's fragment holding the hedge
        qstart, before = t.match_before(past, qb), past
    if qstart is not None:
        phrase = tuple(i.text for i in t.items[t.index_at(qstart) : t.index_at(before)])
        before_map = pats["before_map"]
        assert isinstance(before_map, dict)
        qualifier = before_map[phrase]
        start = qstart
    else:
        qa = pats["after"]
        assert isinstance(qa, dict)
        qend, after = t.match_after(end, qa), end
        if qend is None and (past := _over_marks(t.norm, end, 1)) != end:
            qend, after = t.match_after(past, qa), past  # « 2,3 % "au moins" »
        if qend is not None:
            phrase = tuple(i.text for i in t.items[t.index_at(after) : t.index_at(qend)])
            after_map = pats["after_map"]
            assert isinstance(after_map, dict)
            qualifier = after_map[phrase]
            end = qend
    return replace(
        m,
        start=start,
        end=end,
        num_end=num_end,
        value=value,
        qualifier=qualifier,
        percent=percent,
        currency=currency,
        multiplied=multiplied,
    )
