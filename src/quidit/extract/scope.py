"""What a numeric claim is about beyond its unit: its scope (issue 12).

Guidelines §5, condition 3: two claims conflict only about the same thing,
"the same event, the same place and scope (one city's count is not the
national count), the same period, the same group … a part « dont … » is not
the total", and (condition 4) a toll the text calls earlier does not
conflict with the later one.  This module reads, for every claim:

- ``place``: « à Toulouse », « au Havre », « en Bretagne », « dans toute la
  France », « sur l'ensemble du territoire », « dans la capitale », or a
  city in parentheses right after the figure;
- ``event``: a day (« mardi »), a date (« le 28 juin »), a round (« le
  premier tour »), or an earlier event (« la précédente manifestation »,
  « il y a trois mois »);
- ``group``: the side counted (civilians, fighters …), from the counted noun;
- ``part_of``: « dont 112 000 à Paris », « parmi eux trois enfants »;
- ``superseded``: « un précédent bilan », or « un bilan provisoire » where
  the article also gives a later toll.

It reads only the claims and the article's text (no parse), so the same
reading serves one article (:mod:`quidit.extract.conflicts`) and a corpus
(:mod:`quidit.extract.corpus`).

Which figure a place or date belongs to: a phrase right after a figure,
with no punctuation between (« 782 000 dans toute la France », « 130 000
manifestants à Marseille »), is that figure's; otherwise a phrase belongs
to the next figure of its sentence (« À Rennes, les syndicats ont compté
15 000 … »).  A figure with none takes that of the figure before it in its
sentence: elliptical pairs share their scope (« À Lyon, 9 000 selon X,
contre 4 000 selon Y »).  The phrases themselves are found by
:mod:`quidit.extract.scope_phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from quidit.extract.counted import base_forms, families_of, group_in, group_of, words_after
from quidit.extract.numbers_text import items_of, normalise
from quidit.extract.scope_phrases import Phrase, find_events, find_places, phrase_pattern
from quidit.lang import LanguageData, ScopeWords
from quidit.records import Claim, ClaimScope

__all__ = [
    "STRICT_EVENTS",
    "Phrase",
    "Scope",
    "base_forms",
    "event_key",
    "events_compatible",
    "families_of",
    "group_in",
    "group_of",
    "place_key",
    "places_compatible",
    "read_scopes",
    "words_after",
]

#: A phrase is a figure's when it follows the figure within this many
#: characters ("130 000 manifestants à Marseille": 16); a longer gap holds
#: another phrase of its own.
AFTER_FIGURE = 45

#: A scene-setting phrase reaches the next figure of its sentence within
#: this many characters (« À Rennes, les syndicats ont dénombré 15 000 »: 35;
#: a long French news sentence runs to about 200).
BEFORE_FIGURE = 160

#: Words read back from a figure for « dont » / « parmi » (« dont près de
#: 40 »: 3; « Parmi ces personnes, 401 »: 4; « parmi les victimes
#: recensées, 12 »: 5), with no clause word between.
PART_WINDOW = 5
#: What joins the parts of a list after « dont »: the first part's noun
#: phrase (« 2 248 membres des forces gouvernementales »: 4 words, 5 at
#: most), then « et » or a comma (« dont 12 enfants et 9 femmes »).
_PART_LIST_GAP = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s*){0,5}(?:,|et\s)\s*")
#: What joins the two bounds of a range: « 500 000 à 650 000 », « 40-50 ».
_RANGE_GAP = re.compile(r"\s*(?:à|et|-|–)\s*")
#: « un groupe composé d'une centaine »: the sub-group noun stands at most
#: four words before the figure.
SUBGROUP_WINDOW = 4

_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=\S)|\n+")
_GAP_STOP = re.compile(r"[,;:()\[\]«»\"“”]")


@dataclass(frozen=True, slots=True)
class Scope:
    """What one claim is about, as its text says it."""

    place: Phrase | None = None
    event: Phrase | None = None
    group: str | None = None
    part_of: bool = False
    superseded: bool = False


def place_key(place: str | None, words: ScopeWords) -> tuple[str, str] | None:
    """(kind, key) of a place phrase as stored on a claim."""
    if not place:
        return None
    found = find_places(place, normalise(place), 0, len(place), words, parens=True)
    if not found:
        return ("city", normalise(place).strip())
    return (found[0].kind, found[0].key)


def event_key(event: str | None, words: ScopeWords) -> tuple[str, str] | None:
    if not event:
        return None
    norm = normalise(event)
    if any(p in norm for p in words.forecast_phrases):
        return ("forecast", "forecast")
    found = find_events(norm, 0, len(event), words)
    if not found:
        return ("day", normalise(event).strip())
    return (found[0].kind, found[0].key)


def places_compatible(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two known places: the same city, or the country and its whole
    territory; « la capitale » is any one city (not the country)."""
    (ka, va), (kb, vb) = a, b
    if ka == kb and va == vb:
        return True
    wide = {"area", "national"}
    if ka in wide and kb in wide:
        return ka != kb or va == vb
    if "capital" in (ka, kb):
        return {ka, kb} <= {"capital", "city"}
    return False


#: Event kinds that set a count apart from the story's own event: an
#: earlier one, a running total « depuis … », a count over a stretch of time.
STRICT_EVENTS = frozenset({"earlier", "since", "period", "forecast"})


def events_compatible(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if a[0] in STRICT_EVENTS or b[0] in STRICT_EVENTS:
        return a == b
    if a[0] == b[0]:
        return a[1] == b[1]
    return True  # a day and a date may name the same march


# -- reading the text --------------------------------------------------------


def read_scopes(claims: Sequence[Claim], text: str, language: LanguageData) -> list[Scope]:
    """The scope of each claim of one article, in the order given.

    The engine asks twice per article (for the claims' records and for
    their conflicts): the last answer is kept.
    """
    key = (
        language.code,
        tuple((c.span.start, c.span.end, c.source, c.unit) for c in claims),
        text,
    )
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last is not None and last[0] == key:
        return list(last[1])
    scopes = _read_scopes(claims, text, language)
    _last = (key, tuple(scopes))
    return scopes


_last: tuple[tuple[object, ...], tuple[Scope, ...]] | None = None


def _read_scopes(claims: Sequence[Claim], text: str, language: LanguageData) -> list[Scope]:
    words = language.units.scope
    norm = normalise(text)
    later_anywhere = any(p in norm for p in words.later_phrases)
    order = sorted(range(len(claims)), key=lambda i: claims[i].span.start)
    bounds = _sentences(text)
    by_sentence: dict[int, list[int]] = {}
    for i in order:
        by_sentence.setdefault(_sentence_of(bounds, claims[i].span.start), []).append(i)
    scopes: list[Scope] = [Scope()] * len(claims)
    for s, members in by_sentence.items():
        s_start, s_end = bounds[s]
        spans = [(claims[i].span.start, claims[i].span.end) for i in members]
        places = _attach(
            find_places(text, norm, s_start, s_end, words, parens=True),
            spans,
            text,
            norm,
            words,
            sentence_scope=True,
        )
        found_events = find_events(norm, s_start, s_end, words, language.numbers.time_words)
        events = _attach(found_events, spans, text, norm, words)
        for k, i in enumerate(members):
            c = claims[i]
            seg_start = spans[k - 1][1] if k else s_start
            seg_end = spans[k + 1][0] if k + 1 < len(spans) else s_end
            segment = norm[seg_start:seg_end]
            source = normalise(c.source or "")
            superseded = any(p in segment or p in source for p in words.superseded_phrases)
            if not superseded and later_anywhere:
                provisional = any(p in segment for p in words.provisional_phrases)
                latest = any(p in segment for p in words.later_phrases)
                superseded = provisional and not latest
            event = events[k]
            if event is None or event.kind not in STRICT_EVENTS:
                # « Lors de son dernier cortège, le 14 décembre, … 15 000 »,
                # « l'armée avait fait état de 24 morts »: an earlier event
                # or statement, whatever its date.
                earlier = _earlier_before(found_events, s_start, c.span.start, norm, words)
                # A forecast for a year stays that year's (« table sur 2 %
                # en 2026 » and « 3 % en 2027 » are two forecasts).
                dated = event is not None and event.kind == "year"
                event = (
                    earlier
                    or _pluperfect(norm, s_start, seg_start, c.span.start, words)
                    or (None if dated else _forecast(norm, seg_start, c.span.start, words))
                    or event
                )
            if k and _RANGE_GAP.fullmatch(norm, spans[k - 1][1], c.span.start):
                # « de 500 000 à 650 000 »: the range's upper bound shares
                # the lower bound's earlier event or forecast.
                prior = scopes[members[k - 1]].event
                if prior is not None and prior.kind in STRICT_EVENTS:
                    event = prior
            if event is None or event.kind not in STRICT_EVENTS:
                # « plus de 1 200 tués, massacrés depuis 2014 »: a running
                # total anywhere in the figure's own stretch of sentence.
                running = [
                    p
                    for p in found_events
                    if p.kind in ("since", "period") and seg_start <= p.start < seg_end
                ]
                event = running[0] if running else event
            group = group_of(c, text, language)
            if group is None and any(p in segment for p in words.total_phrases):
                group = "all"  # « le bilan total (civils et militaires) »
            part_of = (
                _part_of(norm, c.span.start, seg_start, language)
                or _excludes(norm, c.span.end, seg_end, words)
                or _partitive(norm, c.span.start, c.span.end, language)
            )
            if (
                not part_of
                and k
                and scopes[members[k - 1]].part_of
                and _PART_LIST_GAP.fullmatch(norm, spans[k - 1][1], c.span.start)
            ):
                part_of = True  # « dont 7 372 enfants et 4 920 femmes »
            place = places[k]
            if place is None:
                place = _place_before(text, norm, bounds, s, words)
            scopes[i] = Scope(
                place=place,
                event=event,
                group=group,
                part_of=part_of,
                superseded=superseded,
            )
    return scopes


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SENTENCE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _sentence_of(bounds: list[tuple[int, int]], offset: int) -> int:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if bounds[mid][0] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _gap_clear(text: str, norm: str, a: int, b: int, words: ScopeWords) -> bool:
    gap = norm[a:b]
    return not _GAP_STOP.search(text[a:b]) and not any(w in gap for w in words.clause_breaks)


def _attach(
    phrases: list[Phrase],
    figures: list[tuple[int, int]],
    text: str,
    norm: str,
    words: ScopeWords,
    sentence_scope: bool = False,
) -> list[Phrase | None]:
    """Each figure's phrase (see the module notes), or None; with
    ``sentence_scope`` (places), a phrase closing the sentence that no
    figure took is its clause's."""
    owner: list[Phrase | None] = [None] * len(figures)
    forward: list[Phrase] = []
    for p in phrases:
        prev = max((k for k, f in enumerate(figures) if f[1] <= p.start), default=None)
        if prev is not None:
            gap_start = figures[prev][1]
            paren = text[p.start] == "(" and not text[gap_start : p.start].strip()
            if paren or (
                p.start - gap_start <= AFTER_FIGURE
                and _gap_clear(text, norm, gap_start, p.start, words)
            ):
                if owner[prev] is None:
                    owner[prev] = p
                continue
        forward.append(p)
    # Nearest first: « dans la capitale, le chiffre national est de 179 000 ».
    for p in reversed(forward):
        if text[p.start] == "(":
            continue  # a city in parentheses names the figure before it, never the next
        nxt = min((k for k, f in enumerate(figures) if f[0] >= p.end), default=None)
        if nxt is None or owner[nxt] is not None:
            continue
        gap = norm[p.end : figures[nxt][0]]
        if figures[nxt][0] - p.end <= BEFORE_FIGURE and not any(
            w in gap for w in words.clause_breaks
        ):
            owner[nxt] = p
    for k in range(len(figures) - 2, -1, -1):
        # « 34 700 fonctionnaires et 13 100 cheminots à Paris »: a phrase
        # after coordinated figures is both figures'.
        if owner[k] is None and owner[k + 1] is not None:
            a, b = figures[k][1], figures[k + 1][0]
            if " et " in f" {norm[a:b]} " and _gap_clear(text, norm, a, b, words):
                owner[k] = owner[k + 1]
    for k in range(1, len(figures)):
        if owner[k] is None and owner[k - 1] is not None:
            gap = norm[figures[k - 1][1] : figures[k][0]]
            if not any(w in gap for w in words.clause_breaks):
                owner[k] = owner[k - 1]
    # « De 20 000 (selon X) à 45 000 marcheurs (selon Y) étaient samedi dans
    # toute la Norvège »: a phrase after the sentence's last
    # figure that no figure took is the scope of its clause's figures.
    if figures and sentence_scope:
        taken = {id(o) for o in owner if o is not None}
        tail = [p for p in phrases if p.start >= figures[-1][1] and id(p) not in taken]
        if tail:
            for k in range(len(figures)):
                gap = norm[figures[k][1] : tail[0].start]
                if owner[k] is None and not any(w in gap for w in words.clause_breaks):
                    owner[k] = tail[0]
    return owner


def _earlier_before(
    events: list[Phrase], s_start: int, figure: int, norm: str, words: ScopeWords
) -> Phrase | None:
    """An earlier-event phrase before the figure in its sentence, with no
    clause break between."""
    for p in reversed(events):
        if p.kind == "earlier" and s_start <= p.start < figure:
            if any(w in norm[p.end : figure] for w in words.clause_breaks):
                return None
            return p
    return None


def _pluperfect(
    norm: str, s_start: int, seg_start: int, figure: int, words: ScopeWords
) -> Phrase | None:
    """« l'armée avait fait état de 24 morts »: an earlier statement."""
    pattern = phrase_pattern(tuple(sorted(words.pluperfect_auxiliaries)))
    if pattern is None:
        return None
    for m in pattern.finditer(norm, seg_start, figure):
        if norm[max(0, m.start() - 2) : m.start()] == "y ":
            continue  # « il y avait 300 personnes »: the imperfect of « il y a »
        if _reported_clause(norm, s_start, m.start(), words):
            # « X a rapporté que les forces avaient tué 31 personnes »: the
            # reported clause's tense agreement after a past reporting verb.
            continue
        return Phrase(m.start(), m.end(), "earlier", "earlier", norm[m.start() : m.end()])
    return None


def _reported_clause(norm: str, start: int, end: int, words: ScopeWords) -> bool:
    """A complementiser « que » (not « alors que ») stands in ``[start, end)``."""
    for q in _complementiser(words).finditer(norm, start, end):
        before = norm[max(start, q.start() - 12) : q.start()].split()
        if not before or before[-1] not in words.not_complementiser_before:
            return True
    return False


@lru_cache(maxsize=8)
def _complementiser(words: ScopeWords) -> re.Pattern[str]:
    alts = "|".join(re.escape(c) for c in words.complementisers) or r"(?!)"
    return re.compile(rf"(?<![\w'])(?:{alts})")


def _forecast(norm: str, seg_start: int, figure: int, words: ScopeWords) -> Phrase | None:
    """« elles tablaient sur 500 000 personnes »: what was expected, set
    apart from any count actually made."""
    pattern = phrase_pattern(words.forecast_phrases)
    if pattern is None:
        return None
    for m in pattern.finditer(norm, seg_start, figure):
        return Phrase(m.start(), m.end(), "forecast", "forecast", norm[m.start() : m.end()])
    return None


def _part_of(norm: str, start: int, seg_start: int, language: LanguageData) -> bool:
    before = items_of(norm[max(seg_start, start - 40) : start])
    markers = language.numbers.subset_markers
    for i in reversed(before[-PART_WINDOW:]):
        if i.text in markers:
            return True
        if i.text in language.numbers.clause_words:
            break  # « dont le chauffeur, et 20 blessés »: another count
    # « un noyau de cent personnes », « un groupe composé d'une centaine »
    sub = language.units.scope.subgroup_nouns
    return any(i.text in sub for i in before[-SUBGROUP_WINDOW:])


def _partitive(norm: str, start: int, end: int, language: LanguageData) -> bool:
    """« cinq des dix blessés », « trois d'entre eux »: a part of a group
    the text names after the figure.  A percentage « 53 % des Français » is
    a share of the whole, not a part."""
    if norm[start:end].rstrip().endswith(language.numbers.percent_words):
        return False
    words = language.units.scope
    after = norm[end : end + 12].lstrip()
    return any(
        after.startswith(p) and (p.endswith("'") or after[len(p) : len(p) + 1] in (" ", ""))
        for p in words.partitive_after
    )


#: « 130 000 personnes, sans comptabiliser Paris »: the exclusion follows
#: the figure and its noun within 60 characters.
EXCLUSION_WINDOW = 60


def _excludes(norm: str, end: int, seg_end: int, words: ScopeWords) -> bool:
    pattern = phrase_pattern(words.exclusion_phrases)
    if pattern is None:
        return False
    return pattern.search(norm, end, min(seg_end, end + EXCLUSION_WINDOW)) is not None


def _place_before(
    text: str, norm: str, bounds: list[tuple[int, int]], s: int, words: ScopeWords
) -> Phrase | None:
    """A count with no place in its sentence is about the one place the
    earlier sentences of its paragraph give figures for (« Selon X, 9 000
    personnes ont défilé à Lyon. Pour la préfecture, ils étaient 4 000 »).
    Only sentences with a figure: « la Fête à Gaspard » in a title-like
    sentence is no place of a count."""
    s_start = bounds[s][0]
    para_start = text.rfind("\n", 0, s_start) + 1
    found: list[Phrase] = []
    for j in range(s - 1, -1, -1):
        a, b = bounds[j]
        if b <= para_start or a < para_start:
            break
        if any(ch.isdigit() for ch in text[a:b]):
            found += find_places(text, norm, a, b, words, parens=False)
    # Several places before: the paragraph gives competing scopes, and an
    # unknown one stays unknown (issue 12).
    if len({(p.kind, p.key) for p in found}) != 1:
        return None
    return found[0]


def with_scopes(claims: Sequence[Claim], text: str, language: LanguageData) -> list[Claim]:
    """The claims with their scope read from the text (:mod:`quidit.extract.scope`)."""
    out = []
    scopes = read_scopes(claims, text, language)
    for c, s, family in zip(claims, scopes, families_of(claims, text, language), strict=True):
        scope = ClaimScope(
            family=family,
            place=text[s.place.start : s.place.end] if s.place else None,
            event=text[s.event.start : s.event.end] if s.event else None,
            group=s.group,
            part_of=s.part_of,
            superseded=s.superseded,
        )
        out.append(replace(c, scope=scope))
    return out
