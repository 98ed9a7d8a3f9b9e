"""Conflicts between numeric claims (``spec/annotation-guidelines.md`` §5).

Two claims conflict when they come from different sources, count the same
family of thing about the same counted group, and their values cannot both
hold given their qualifiers.  "The same counted group" is read from the text
around each claim (:class:`ClaimFacts`):

- the side counted: civilians against fighters ("12 civils tués" and "34
  assaillants tués" are different counts);
- restricting modifiers: "aucun nouveau cas" is not the total of cases;
- rates: "300 euros par exploitation" is not the total fund;
- parts: "dont cinq enfants" is a part of another count;
- the scale: a percentage never compares with a count, euros never with dollars.

Everything here reads only the claim and its article's text, so the same
facts serve conflicts across articles (:mod:`quidit.extract.corpus`).
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from quidit.extract.numbers_text import Item, items_of, iter_items, normalise
from quidit.extract.scope import (
    STRICT_EVENTS,
    Scope,
    event_key,
    events_compatible,
    families_of,
    place_key,
    places_compatible,
    read_scopes,
)
from quidit.extract.spans import text_of
from quidit.lang import LanguageData, ScopeWords
from quidit.records import Claim, Conflict

#: "environ 1 200", "près de 90": taken as ±10 %.  Agencies round to two
#: significant figures, so a figure "about" N stands for N ± 5–10 %; the
#: wider bound keeps rounding differences from showing as conflicts.
ABOUT_TOLERANCE = 0.10

#: "une vingtaine", "une centaine": ±25 %, since "une vingtaine" is used
#: for anything from about 15 to 25.
APPROXIMATE_NOUN_TOLERANCE = 0.25

#: Words read after a claim for its counted group, modifiers and rate; a
#: French noun phrase with a relative clause ("plus de 70 de ce qu'elle
#: appelle des nationalistes") holds 7.
CONTEXT_ITEMS = 8

#: Within one article, each statement is compared with the next this many
#: of its family: a news article holds a handful per family, and the bound
#: keeps a 5 MB text full of figures from a quadratic search.
MAX_COMPARED = 200

_STOP_PUNCT = set(",;:.!?()[]")
_ARTICLES = {"le", "la", "les", "l", "the", "un", "une", "des", "de", "du", "d"}


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    """What a claim measures, read from its text; not serialised."""

    claim: Claim
    #: Family key ("killed"), or the unit itself when it has no family.
    family: str | None
    #: "count", "percent", or "money:<currency>".
    scale: str
    #: The side counted ("civilian", "fighters"), when the text names it.
    group: str | None
    modifiers: frozenset[str]
    #: "par exploitation" → "exploitation".
    rate: str | None
    #: "dont cinq enfants": part of another count.
    subset: bool
    low: float
    high: float
    low_open: bool
    high_open: bool
    source_key: str | None
    #: (kind, key) of the place and of the event, when the text gives them.
    place: tuple[str, str] | None = None
    event: tuple[str, str] | None = None
    #: « un précédent bilan »: never in conflict.
    superseded: bool = False
    #: Places and events other claims of the same family give in the same
    #: article: an unknown scope is compatible only when these do not compete.
    rival_places: frozenset[tuple[str, str]] = frozenset()
    rival_events: frozenset[tuple[str, str]] = frozenset()
    rival_groups: frozenset[str] = frozenset()
    #: The article breaks this family's counts into parts (« dont … »).
    family_has_parts: bool = False
    #: The scope as the text words it, for the conflict record.
    place_text: str | None = None
    event_text: str | None = None


def source_key(name: str | None) -> str | None:
    """A source name compared loosely: case, accents, articles and punctuation."""
    if not name:
        return None
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(ch if ch.isalnum() else " " for ch in s if not unicodedata.combining(ch))
    words = [w for w in s.split() if w not in _ARTICLES]
    return " ".join(words) or None


def interval(value: float, qualifier: str, tolerance: float) -> tuple[float, float, bool, bool]:
    """The values a claim allows: (low, high, low open, high open)."""
    inf = math.inf
    if qualifier == "more_than":
        return value, inf, True, False
    if qualifier == "at_least":
        return value, inf, False, False
    if qualifier == "less_than":
        return -inf, value, False, True
    if qualifier == "at_most":
        return -inf, value, False, False
    if qualifier == "about":
        spread = abs(value) * tolerance
        return value - spread, value + spread, False, False
    return value, value, False, False


def disjoint(a: ClaimFacts, b: ClaimFacts) -> bool:
    """True when no value satisfies both claims."""
    for x, y in ((a, b), (b, a)):
        if x.high < y.low or (x.high == y.low and (x.high_open or y.low_open)):
            return True
    return False


def ratio(a: float, b: float) -> float | None:
    lo, hi = sorted((abs(a), abs(b)))
    if lo == 0:
        return None
    return hi / lo


def describe(
    claim: Claim,
    text: str | None,
    language: LanguageData | None,
    scope: Scope | None = None,
) -> ClaimFacts:
    """The facts of one claim from its unit and the text around it.

    ``scope``: the claim's scope as :func:`quidit.extract.scope.read_scopes`
    read it among its article's claims; else the scope the claim carries,
    else read from the text around this claim alone.
    """
    units = language.units if language else None
    numbers = language.numbers if language else None
    unit = claim.unit
    family: str | None = None
    if unit:
        family = (units.families.get(unit) if units else None) or unit
    span_norm = normalise(claim.span.text)
    percent = bool(numbers) and any(
        span_norm.rstrip().endswith(p) for p in (numbers.percent_words if numbers else ())
    )
    if percent:
        scale = "percent"
    elif units and family in units.currency_families:
        scale = f"money:{unit}"
    else:
        scale = "count"
    group = rate = None
    modifiers: frozenset[str] = frozenset()
    subset = False
    approximate = False
    if text is not None and language is not None and numbers is not None:
        span_items = items_of(span_norm)
        approximate = any(i.text in numbers.approximate_nouns for i in span_items)
        after = _items_after(text, claim.span.end, language)
        group, modifiers, rate = _read_after(after, language)
        before = items_of(normalise(text[max(0, claim.span.start - 40) : claim.span.start]))
        subset = any(i.text in numbers.subset_markers for i in before[-2:])
        if is_change(claim.span.text, before, language.units.scope):
            modifiers = modifiers | {CHANGE}
        if group is None:
            group = _group_of_items(span_items, language)
    place = event = None
    place_text = event_text = None
    superseded = False
    if language is not None:
        words = language.units.scope
        if scope is None and claim.scope is None and text is not None:
            scope = read_scopes([claim], text, language)[0]
        if scope is not None:
            if scope.place is not None:
                place = (scope.place.kind, scope.place.key)
                place_text = text[scope.place.start : scope.place.end] if text else None
            if scope.event is not None:
                event = (scope.event.kind, scope.event.key)
                event_text = text[scope.event.start : scope.event.end] if text else None
            subset, superseded = scope.part_of, scope.superseded
            group = scope.group or group
        elif claim.scope is not None:
            place_text, event_text = claim.scope.place, claim.scope.event
            place, event = place_key(place_text, words), event_key(event_text, words)
            subset, superseded = claim.scope.part_of, claim.scope.superseded
            group = claim.scope.group or group
    tolerance = APPROXIMATE_NOUN_TOLERANCE if approximate else ABOUT_TOLERANCE
    low, high, low_open, high_open = interval(claim.value, claim.qualifier, tolerance)
    return ClaimFacts(
        claim=claim,
        family=family,
        scale=scale,
        group=group,
        modifiers=modifiers,
        rate=rate,
        subset=subset,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        source_key=source_key(claim.source),
        place=place,
        event=event,
        superseded=superseded,
        place_text=place_text,
        event_text=event_text,
    )


#: The modifier of a figure that measures a change (« une hausse de 3 % »,
#: « -2,6 % sur le trimestre »): it never meets a level (« à 9,6 % »).
CHANGE = "change"

#: How far back from « de » a word of change stands: « une hausse de »,
#: « a reculé de », « en hausse de » (the word itself and one before it).
CHANGE_WINDOW = 2


def is_change(span_text: str, before: Sequence[Item], words: ScopeWords) -> bool:
    """A signed figure (« +3 % », « -2,6 % ») or one after a word of change
    and « de » (« une baisse de 0,3 point »)."""
    head = span_text.lstrip()
    if head[:1] in "+-−" and head[1:2].isdigit():
        return True
    if not before or before[-1].text not in ("de", "d'"):
        return False
    return any(i.text in words.change_words for i in before[-1 - CHANGE_WINDOW : -1])


def _items_after(text: str, end: int, language: LanguageData) -> list[Item]:
    # 200 characters hold the CONTEXT_ITEMS words comfortably.
    window = normalise(text[end : end + 200])
    out: list[Item] = []
    for item in iter_items(window):
        if item.text in _STOP_PUNCT or item.text in language.numbers.clause_words:
            break
        out.append(item)
        if len(out) >= CONTEXT_ITEMS:
            break
    return out


def _base_forms(word: str, language: LanguageData) -> list[str]:
    forms = [word]
    for suffix in language.numbers.plural_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)])
    return forms


def _group_of_items(items: Sequence[Item], language: LanguageData) -> str | None:
    for item in items:
        for form in _base_forms(item.text, language):
            group = language.units.groups.get(form)
            if group:
                return group
    return None


def _read_after(
    items: list[Item], language: LanguageData
) -> tuple[str | None, frozenset[str], str | None]:
    numbers = language.numbers
    group = _group_of_items(items, language)
    modifiers = set()
    rate = None
    for k, item in enumerate(items):
        for form in _base_forms(item.text, language):
            if form in numbers.restrictive_modifiers:
                modifiers.add(form)
                break
        if rate is None and item.text in numbers.rate_markers:
            nxt = items[k + 1].text if k + 1 < len(items) else ""
            if item.text == "par":
                # "par exploitation" is a rate; "par les frappes" an agent.
                if nxt and nxt not in language.determiners and nxt[0].isalpha():
                    rate = _base_forms(nxt, language)[-1]
            else:
                rate = "each"
    return group, frozenset(modifiers), rate


def same_thing(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether two claims count the same thing (family, scale, group …)
    about the same scope (:func:`same_scope`)."""
    if a.family is None or a.family != b.family or a.scale != b.scale:
        return False
    if a.modifiers != b.modifiers or a.rate != b.rate:
        return False
    if a.group and b.group and a.group != b.group:
        return False
    # One side's group unknown: the same, unless its article counts other
    # groups, or breaks its totals into parts (then a count with no group
    # is a total, and a group's count is a part: « 103 morts, dont 95
    # assaillants » and « 8 soldats »).
    for x, y in ((a, b), (b, a)):
        if (
            x.group
            and not y.group
            and (y.family_has_parts or any(g != x.group for g in y.rival_groups))
        ):
            return False
    if a.subset != b.subset:
        return False  # a part « dont … » is not the total
    return same_scope(a, b)


def _known_fits(
    known: tuple[str, str],
    rivals: frozenset[tuple[str, str]],
    fits: Callable[[tuple[str, str], tuple[str, str]], bool],
) -> bool:
    """An unknown scope against a known one: compatible only when the
    unknown side's article gives no competing scope (issue 12)."""
    return all(fits(known, r) for r in rivals)


def same_scope(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Guidelines §5.3–4: same place, same event or period, neither superseded."""
    if a.superseded or b.superseded:
        return False
    for x, y, fits, rx, ry in (
        (a.place, b.place, places_compatible, a.rival_places, b.rival_places),
        (a.event, b.event, events_compatible, a.rival_events, b.rival_events),
    ):
        if x is not None and y is not None:
            if not fits(x, y):
                return False
        elif x is not None:
            if x[0] in STRICT_EVENTS or not _known_fits(x, ry, fits):
                return False
        elif y is not None and (y[0] in STRICT_EVENTS or not _known_fits(y, rx, fits)):
            return False
    return True


def shared_scope(a: ClaimFacts, b: ClaimFacts) -> dict[str, object]:
    """Why two claims compare: what they share, for the conflict record."""
    out: dict[str, object] = {"family": a.family}
    place = a.place_text or b.place_text
    if place:
        out["place"] = place
    event = a.event_text or b.event_text
    if event:
        out["event"] = event
    group = a.group or b.group
    if group:
        out["group"] = group
    if a.subset and b.subset:
        out["part_of"] = True
    return out


def in_conflict(a: ClaimFacts, b: ClaimFacts) -> bool:
    if a.source_key is None or b.source_key is None or a.source_key == b.source_key:
        return False
    return same_thing(a, b) and disjoint(a, b)


def with_rivals(facts: Sequence[ClaimFacts]) -> list[ClaimFacts]:
    """Each claim with the places and events the other claims of its family
    give in the same article."""
    places: dict[object, set[tuple[str, str]]] = defaultdict(set)
    events: dict[object, set[tuple[str, str]]] = defaultdict(set)
    groups: dict[object, set[str]] = defaultdict(set)
    parted = {f.family for f in facts if f.subset}
    for f in facts:
        if f.group is not None:
            groups[f.family].add(f.group)
        if f.place is not None:
            places[f.family].add(f.place)
        # An earlier event or a running total is set apart by the text: it
        # does not make the story's own date uncertain.
        if f.event is not None and f.event[0] not in STRICT_EVENTS:
            events[f.family].add(f.event)
    return [
        replace(
            f,
            rival_places=frozenset(places.get(f.family, ())),
            rival_events=frozenset(events.get(f.family, ())),
            rival_groups=frozenset(groups.get(f.family, ())),
            family_has_parts=f.family in parted,
        )
        for f in facts
    ]


def describe_all(
    claims: Sequence[Claim], text: str | None, language: LanguageData | None
) -> list[ClaimFacts]:
    """The facts of one article's claims, scopes read together."""
    scopes: list[Scope | None] = [None] * len(claims)
    if text is not None and language is not None:
        scopes = list(read_scopes(claims, text, language))
    facts = [describe(c, text, language, s) for c, s in zip(claims, scopes, strict=True)]
    if language is not None:
        for k, family in enumerate(families_of(claims, text, language)):
            if family is not None and family != facts[k].family:
                facts[k] = replace(facts[k], family=family)
    return with_rivals(facts)


def find_conflicts(
    claims: Sequence[Claim],
    doc: Doc | str | None = None,
    language: LanguageData | None = None,
) -> list[Conflict]:
    """Conflicts within one article, ids k1, k2 …; ``doc`` (or its text)
    gives the context each claim is read in."""
    text = text_of(doc) if isinstance(doc, Doc) else doc
    facts = describe_all(claims, text, language)
    # Each pair of claims is its own conflict, as the gold lists them
    # (../shared/data/real-fr/README.md: a figure repeated in the body
    # gives its own pairs).
    buckets: dict[tuple[str, str], list[ClaimFacts]] = defaultdict(list)
    for f in facts:
        if f.family is not None:
            buckets[(f.family, f.scale)].append(f)
    pairs: list[tuple[ClaimFacts, ClaimFacts]] = []
    for group in buckets.values():
        group.sort(key=lambda f: f.claim.span.start)
        for i, a in enumerate(group):
            for b in group[i + 1 : i + 1 + MAX_COMPARED]:
                if in_conflict(a, b):
                    first, second = sorted((a, b), key=lambda f: f.claim.span.start)
                    pairs.append((first, second))
    pairs.sort(key=lambda p: (p[0].claim.span.start, p[1].claim.span.start))
    return [
        Conflict(
            id=f"k{n}",
            family=a.family,
            claims=(a.claim.id, b.claim.id),
            ratio=ratio(a.claim.value, b.claim.value),
            scope=shared_scope(a, b),
        )
        for n, (a, b) in enumerate(pairs, 1)
    ]
