"""Place and event phrases in a stretch of an article (issue 12).

The finders :mod:`quidit.extract.scope` attaches to figures: places
(« à Toulouse », « dans toute la France », « dans la capitale », a city in
parentheses) and events (a day, a date, a round, a running total « depuis
… », a stretch of time, an earlier event).  Pure text functions on the
article and its normalised copy (:func:`quidit.extract.numbers_text.normalise`,
same length); every word comes from the language's
:class:`~quidit.lang.ScopeWords`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quidit.extract.numbers_text import items_of, normalise
from quidit.lang import ScopeWords

_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}))*"
_PAREN_PLACE = re.compile(rf"\(\s*({_NAME})\s*\)")


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    #: city, area, national, capital (places); day, date, round, earlier (events).
    kind: str
    key: str
    text: str


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alts})(?![\w])")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """One language's scope patterns, compiled once."""

    prep: re.Pattern[str] | None
    coordinated: re.Pattern[str] | None
    coordinated_name: re.Pattern[str] | None
    date: re.Pattern[str] | None
    day: re.Pattern[str] | None
    since: re.Pattern[str] | None
    earlier: re.Pattern[str] | None


_LEADING_NAME = re.compile(rf"\s*({_NAME})")
_TAIL_WORDS = re.compile(r"(?:\s+[\w'’-]+){0,3}")


@cache
def _patterns(words: ScopeWords) -> _Patterns:
    preps = sorted(words.place_prepositions | words.area_prepositions, key=len, reverse=True)
    alts = "|".join(re.escape(v) for p in preps for v in (p, p[:1].upper() + p[1:]))
    months = "|".join(sorted(words.months, key=len, reverse=True))
    days = "|".join(sorted(words.weekdays, key=len, reverse=True))
    since = "|".join(re.escape(w) for w in words.since_words)
    earlier = "|".join(
        re.escape(w) for w in sorted(words.earlier_event_words, key=len, reverse=True)
    )
    return _Patterns(
        # « qu'à Rouen » and « du côté d'Avignon » are places too.
        prep=re.compile(rf"(?:(?<![\w'’])|(?<=qu')|(?<=qu’))({alts})(?:(?<=['’])|\s+)({_NAME})")
        if alts
        else None,
        coordinated=re.compile(rf"(?:\s+et\s+(?:{alts})\s+{_NAME})+") if alts else None,
        coordinated_name=re.compile(rf"(?:{alts})\s+({_NAME})") if alts else None,
        date=re.compile(rf"(?<![\w])(\d{{1,2}})(?:er)?[\s-]+({months})(?![\w])")
        if months
        else None,
        day=re.compile(rf"(?<![\w])({days})(?![\w])") if days else None,
        since=re.compile(rf"(?<![\w'])(?:{since})(?![\w])((?:\s+[\w'’-]+){{1,4}})")
        if since
        else None,
        earlier=re.compile(rf"(?<![\w'])(?:{earlier})(?![\w])") if earlier else None,
    )


def find_places(
    text: str, norm: str, start: int, end: int, words: ScopeWords, parens: bool
) -> list[Phrase]:
    found: list[Phrase] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or y <= a for x, y in taken)

    def add(p: Phrase) -> None:
        found.append(p)
        taken.append((p.start, p.end))

    segment = norm[start:end]
    for phrases, kind in (
        (words.national_phrases, "national"),
        (words.capital_phrases, "capital"),
    ):
        pattern = phrase_pattern(tuple(phrases))
        if pattern is None:
            continue
        for m in pattern.finditer(segment):
            a, b = start + m.start(), start + m.end()
            if free(a, b):
                add(Phrase(a, b, kind, kind, text[a:b]))
    whole = phrase_pattern(tuple(words.whole_phrases))
    if whole is not None:
        for m in whole.finditer(segment):
            a, b = start + m.start(), start + m.end()
            name = _LEADING_NAME.match(text, b, end)
            if name and free(a, b):
                e = name.end()
                add(Phrase(a, e, "area", normalise(name.group(1)), text[a:e]))
    pats = _patterns(words)
    if pats.prep is not None:
        for m in pats.prep.finditer(text, start, end):
            prep = m.group(1)
            a, b = m.start(), m.end()
            if prep != prep.lower() and a not in (start, start + 1):
                continue  # « A » mid-sentence is the verb « a »
            if prep == "a" or not free(a, b):
                continue
            if _after_telling(text, a, words):
                continue  # « explique-t-il à Ouest-France »: the addressee
            place = m.group(2)
            if place.isupper() and len(place) > 1:
                continue  # an acronym: an organisation, not a place
            if normalise(place) in words.months or normalise(place) in words.weekdays:
                continue
            kind = "area" if normalise(prep) in words.area_prepositions else "city"
            key = normalise(place)
            # « en Turquie et en Syrie »: one place of two countries.
            more = pats.coordinated.match(text, b, end) if pats.coordinated else None
            if more and pats.coordinated_name:
                names = pats.coordinated_name.findall(more.group())
                key = "+".join(sorted([key, *(normalise(n) for n in names)]))
                b = more.end()
            add(Phrase(a, b, kind, key, text[a:b]))
    if parens:
        for m in _PAREN_PLACE.finditer(text, start, end):
            inner = m.group(1)
            if (inner.isupper() and len(inner) > 1) or not free(m.start(), m.end()):
                continue
            add(Phrase(m.start(), m.end(), "city", normalise(inner), text[m.start() : m.end()]))
    found.sort(key=lambda p: p.start)
    return found


def _after_telling(text: str, a: int, words: ScopeWords) -> bool:
    """Whether the word before offset ``a`` is a verb of telling or its
    inverted clitic, so that « à X » there names the one spoken to."""
    before = text[max(0, a - 40) : a].lower().split()
    if not before or not words.addressee_after:
        return False
    last = before[-1]
    # « explique-t-il », « a-t-elle » : the clitic is the word's tail.
    dash = last.find("-")
    return last in words.addressee_after or (dash > 0 and last[dash:] in words.addressee_after)


def find_events(
    norm: str, start: int, end: int, words: ScopeWords, time_words: frozenset[str] = frozenset()
) -> list[Phrase]:
    segment = norm[start:end]
    found: list[Phrase] = []
    pats = _patterns(words)
    if pats.date is not None:
        for m in pats.date.finditer(norm, start, end):
            a, b = m.start(), m.end()
            found.append(Phrase(a, b, "date", f"{int(m.group(1))} {m.group(2)}", norm[a:b]))
    if pats.day is not None:
        for m in pats.day.finditer(norm, start, end):
            a, b = m.start(), m.end()
            found.append(Phrase(a, b, "day", m.group(1), norm[a:b]))
    rounds = phrase_pattern(tuple(words.round_phrases))
    if rounds is not None:
        for m in rounds.finditer(segment):
            a, b = start + m.start(), start + m.end()
            key = "1" if m.group().startswith(("premier", "1")) else "2"
            found.append(Phrase(a, b, "round", key, norm[a:b]))
    if words.year_prepositions:
        years = "|".join(re.escape(w) for w in sorted(words.year_prepositions))
        for m in re.finditer(rf"(?<![\w'])(?:{years})\s+((?:19|20)\d\d)(?![\w])", segment):
            a, b = start + m.start(), start + m.end()
            found.append(Phrase(a, b, "year", m.group(1), norm[a:b]))
    if pats.since is not None:
        for m in pats.since.finditer(norm, start, end):
            a, b = m.start(), m.end()
            found.append(Phrase(a, b, "since", " ".join(m.group(1).split()), norm[a:b]))
    periods = phrase_pattern(tuple(words.period_phrases))
    if periods is not None:
        for m in periods.finditer(segment):
            a = start + m.start()
            tail = _TAIL_WORDS.match(norm, start + m.end(), end)
            b = tail.end() if tail else start + m.end()
            if not set(norm[a:b].split()) & time_words and not m.group().startswith("en "):
                continue  # « pendant les manifestations »: not a stretch of time
            found.append(Phrase(a, b, "period", " ".join(norm[a:b].split()), norm[a:b]))
    if pats.earlier is not None:
        for m in pats.earlier.finditer(norm, start, end):
            a, b = m.start(), m.end()
            lone = " " not in m.group()
            if lone and not _near_event_noun(segment, a - start, b - start, words):
                continue  # « le dernier bilan » is the latest toll, not an earlier event
            found.append(Phrase(a, b, "earlier", "earlier", norm[a:b]))
    if words.statement_time_words:
        found = [
            p
            for p in found
            if p.kind not in ("day", "date") or not _statement_time(norm, p.start, words)
        ]
    found.sort(key=lambda p: p.start)
    # One phrase per stretch: « le 14 décembre » is a date, not also a day.
    out: list[Phrase] = []
    for p in found:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out


#: Determiners between a participle of saying and its day (« publié ce lundi »).
_TIME_DETERMINERS = frozenset({"ce", "le", "la", "cette"})


def _statement_time(norm: str, start: int, words: ScopeWords) -> bool:
    """The day or date at ``start`` follows a word of speaking or
    publishing: it dates the statement, not the event counted."""
    before = [i.text for i in items_of(norm[max(0, start - 40) : start])][-2:]
    if before and before[-1] in _TIME_DETERMINERS:
        before = before[:-1]
    return bool(before) and before[-1] in words.statement_time_words


def _near_event_noun(segment: str, a: int, b: int, words: ScopeWords) -> bool:
    before = items_of(segment[max(0, a - 30) : a])[-2:]
    after = items_of(segment[b : b + 30])[:2]
    return any(i.text in words.event_nouns for i in (*before, *after))
