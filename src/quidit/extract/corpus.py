"""Conflicts across articles: the same count about the same event, from
different sources, that cannot both hold.

Pure functions over analysis records (no parsing, no store).  Each claim is
described once (:func:`quidit.extract.conflicts.describe`) and given an
*event key*: the names its article shares with others — places and actors
written with a capital in the headline and in the claim's paragraph — and
the article's date.  Claims are indexed by (family, scale, name); only
claims in one bucket, within the date window, are compared, and each claim
meets at most ``max_candidates`` others per bucket, so the search grows
with the number of claims, not with its square.

A pair is a conflict when the two claims come from different articles and
different sources, share at least ``min_shared`` names, count the same
thing and cannot both hold.  Family keys are language-neutral, so an
English "more than 70 killed" meets a French "deux morts".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from quidit.extract.conflicts import (
    ClaimFacts,
    describe_all,
    find_conflicts,
    in_conflict,
    ratio,
    shared_scope,
)
from quidit.lang import LanguageData
from quidit.records import Analysis, Claim, Span

#: Default date window: agency copy on one event spreads over a few days
#: (first report, toll updates, follow-ups); a week keeps them together
#: while a later event in the same place falls outside.
WINDOW_DAYS = 7

#: Two shared names (a place and an actor, or two places) make the same
#: event; one shared country name alone links unrelated events.
MIN_SHARED = 2

#: Comparisons per claim and bucket: a bound on work when a name and a
#: family are very common (every "killed" count about one war).
MAX_CANDIDATES = 50

#: Names found in more than this share of articles are too common to
#: identify an event ("France" in a French corpus) …
MAX_NAME_SHARE = 0.05
#: … once the corpus has this many articles (below it, shares mean little).
MIN_ARTICLES_FOR_SHARE = 40

#: Characters of paragraph around a claim read for names, when the text has
#: no blank-line paragraphs.
PARAGRAPH_CHARS = 600

_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]+))*")
_DATE_KEYS = ("date", "published", "date_published", "datePublished", "published_at")


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """One claim of the corpus, with what the search needs about it."""

    article: str
    facts: ClaimFacts
    wording: str
    #: Days since 0001-01-01 of the article's date; None when unknown.
    day: int | None
    names: frozenset[str]


@dataclass(frozen=True, slots=True)
class Side:
    article: str
    claim: str
    source: str | None
    value: float
    qualifier: str
    unit: str | None
    span: Span
    wording: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "claim": self.claim,
            "source": self.source,
            "value": int(self.value) if float(self.value).is_integer() else self.value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "span": self.span.to_dict(),
            "wording": self.wording,
        }


@dataclass(frozen=True, slots=True)
class CorpusConflict:
    id: str
    #: "within" one article, or "across" two.
    scope: str
    family: str | None
    ratio: float | None
    sides: tuple[Side, Side]
    #: Names the two articles share (empty within an article).
    shared: tuple[str, ...] = ()
    #: Claims repeating each side's figure (same source, same value).
    support: tuple[int, int] = (1, 1)
    #: Why the two claims compare: the scope they share (family, place,
    #: event, group), as :func:`quidit.extract.conflicts.shared_scope` says.
    why: Mapping[str, Any] | None = field(default=None, hash=False)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "scope": self.scope,
            "family": self.family,
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "shared": list(self.shared),
            "support": list(self.support),
            "sides": [s.to_dict() for s in self.sides],
        }
        if self.why is not None:
            d["why"] = dict(self.why)
        return d


@dataclass(frozen=True, slots=True)
class SearchOptions:
    window_days: int = WINDOW_DAYS
    min_shared: int = MIN_SHARED
    max_candidates: int = MAX_CANDIDATES
    max_name_share: float = MAX_NAME_SHARE

    def __post_init__(self) -> None:
        from quidit.errors import UsageError

        if self.window_days < 0:
            raise UsageError(f"window must be 0 days or more, got {self.window_days}")
        if self.min_shared < 1:
            raise UsageError(f"min-shared must be at least 1, got {self.min_shared}")
        if self.max_candidates < 1:
            raise UsageError(f"max-candidates must be at least 1, got {self.max_candidates}")


def fold(name: str) -> str:
    """A name compared loosely: lower case, no accents, single spaces."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'").lower())
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).split())


def article_day(analysis: Analysis) -> int | None:
    """The article's date from its metadata (ISO ``YYYY-MM-DD…``), as a day number."""
    for key in _DATE_KEYS:
        raw = analysis.meta.get(key) if analysis.meta else None
        if isinstance(raw, str) and len(raw) >= 10:
            try:
                return date.fromisoformat(raw[:10]).toordinal()
            except ValueError:
                continue
    return None


def names_in(text: str, language: LanguageData | None) -> set[str]:
    """Capitalised names of a passage, without sentence-initial function words."""
    skip: set[str] = set()
    if language is not None:
        skip = {fold(w) for w in language.stopwords | language.determiners | language.titles}
        skip |= {fold(w) for w in language.numbers.months}
    out: set[str] = set()
    for m in _NAME.finditer(text):
        words = m.group().split()
        # Drop leading function words ("Selon Moscou" → "Moscou").
        while words and fold(words[0]) in skip:
            words.pop(0)
        if not words:
            continue
        name = fold(" ".join(words))
        if len(name) >= 3:
            out.add(name)
    return out


def _paragraph(text: str, start: int, end: int) -> str:
    a = text.rfind("\n\n", 0, start)
    b = text.find("\n\n", end)
    a = 0 if a < 0 else a
    b = len(text) if b < 0 else b
    if b - a > 2 * PARAGRAPH_CHARS:
        a, b = max(a, start - PARAGRAPH_CHARS), min(b, end + PARAGRAPH_CHARS)
    return text[a:b]


def article_refs(
    analysis: Analysis, language: LanguageData | None, *, wording_chars: int = 300
) -> list[ClaimRef]:
    """The claims of one analysis record, ready for the corpus search."""
    text = analysis.text
    quotes = {q.id: q for q in analysis.quotes}
    day = article_day(analysis)
    head = names_in(analysis.title or text[:200], language)
    refs: list[ClaimRef] = []
    for claim, facts in zip(
        analysis.claims, describe_all(analysis.claims, text, language), strict=True
    ):
        quote = quotes.get(claim.quote or "")
        wording = (
            quote.content.text if quote else _paragraph(text, claim.span.start, claim.span.end)
        )
        wording = " ".join(wording.split())[:wording_chars]
        names = head | names_in(_paragraph(text, claim.span.start, claim.span.end), language)
        if claim.source:
            names.discard(fold(claim.source))  # the source is a side, not the event
        refs.append(ClaimRef(analysis.id, facts, wording, day, frozenset(names)))
    return refs


def _side(ref: ClaimRef) -> Side:
    c: Claim = ref.facts.claim
    return Side(ref.article, c.id, c.source, c.value, c.qualifier, c.unit, c.span, ref.wording)


def statement_key(f: ClaimFacts) -> tuple[object, ...]:
    """Claims with one key are one statement: a source giving one figure,
    however many articles repeat it."""
    c = f.claim
    return (
        f.source_key,
        f.family,
        f.scale,
        c.value,
        c.qualifier,
        f.group,
        f.modifiers,
        f.rate,
        f.subset,
    )


@dataclass(slots=True)
class _Statement:
    key: tuple[object, ...]
    members: list[int]  # ref indices, by day


def find_corpus_conflicts(
    refs: Sequence[ClaimRef], options: SearchOptions | None = None
) -> list[CorpusConflict]:
    """Conflicts between claims of different articles about the same event.

    One row per pair of conflicting statements (source + figure), shown
    through its closest pair of claims; ``support`` counts the claims that
    repeat each side.
    """
    opts = options or SearchOptions()
    articles: dict[str, set[str]] = defaultdict(set)
    for r in refs:
        articles[r.article] |= r.names
    share: Counter[str] = Counter(n for names in articles.values() for n in names)
    common: set[str] = set()
    if len(articles) >= MIN_ARTICLES_FOR_SHARE:
        limit = opts.max_name_share * len(articles)
        common = {n for n, k in share.items() if k > limit}
    names = [r.names - common if common else r.names for r in refs]
    keys = [statement_key(r.facts) for r in refs]

    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        f = r.facts
        if f.family is None or f.source_key is None:
            continue
        for name in names[i]:
            buckets[(f.family, f.scale, name)].append(i)

    def day(i: int) -> int:
        d = refs[i].day
        return -(10**9) if d is None else d

    reported: dict[tuple[object, object], tuple[int, int, tuple[str, ...], int, int]] = {}
    for members in buckets.values():
        if len(members) < 2:
            continue
        grouped: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for i in members:
            grouped[keys[i]].append(i)
        if len(grouped) < 2:
            continue
        statements = [_Statement(k, sorted(v, key=day)) for k, v in grouped.items()]
        statements.sort(key=lambda s: day(s.members[0]))
        for pos, a in enumerate(statements):
            fa = refs[a.members[0]].facts
            last_a = refs[a.members[-1]].day
            checked = 0
            for b in statements[pos + 1 :]:
                first_b = refs[b.members[0]].day
                if (
                    last_a is not None
                    and first_b is not None
                    and first_b - last_a > opts.window_days
                ):
                    break
                if checked >= opts.max_candidates:
                    break
                checked += 1
                pair_key = (a.key, b.key) if repr(a.key) <= repr(b.key) else (b.key, a.key)
                if pair_key in reported:
                    continue
                fb = refs[b.members[0]].facts
                if fa.source_key == fb.source_key or not in_conflict(fa, fb):
                    continue
                pair = _closest_pair(a.members, b.members, refs, names, opts)
                if pair is not None:
                    i, j, shared = pair
                    reported[pair_key] = (i, j, shared, len(a.members), len(b.members))

    rows = sorted(
        reported.values(),
        key=lambda t: (refs[t[0]].article, refs[t[0]].facts.claim.span.start, refs[t[1]].article),
    )
    out: list[CorpusConflict] = []
    for n, (i, j, shared, sa, sb) in enumerate(rows, 1):
        ra, rb = refs[i], refs[j]
        out.append(
            CorpusConflict(
                id=f"x{n}",
                scope="across",
                family=ra.facts.family,
                ratio=ratio(ra.facts.claim.value, rb.facts.claim.value),
                sides=(_side(ra), _side(rb)),
                shared=shared,
                support=(sa, sb),
                why=shared_scope(ra.facts, rb.facts),
            )
        )
    return out


def _closest_pair(
    left: list[int],
    right: list[int],
    refs: Sequence[ClaimRef],
    names: list[frozenset[str]],
    opts: SearchOptions,
) -> tuple[int, int, tuple[str, ...]] | None:
    """Two claims, one per statement, from different articles, within the
    window and sharing enough names; the closest in time, after at most
    ``max_candidates`` tries."""
    best: tuple[int, int, int, tuple[str, ...]] | None = None
    tries = 0
    for i in left:
        for j in right:
            if tries >= opts.max_candidates:
                break
            tries += 1
            a, b = refs[i], refs[j]
            if a.article == b.article:
                continue
            gap = 0 if a.day is None or b.day is None else abs(a.day - b.day)
            if gap > opts.window_days:
                continue
            common = names[i] & names[j]
            if len(common) < opts.min_shared:
                continue
            if best is None or gap < best[0]:
                best = (gap, i, j, tuple(sorted(common)))
                if gap == 0:
                    break
    if best is None:
        return None
    _, i, j, shared = best
    if refs[i].article > refs[j].article:
        i, j = j, i
    return i, j, shared


def within_conflicts(
    analysis: Analysis, language: LanguageData | None, refs: Sequence[ClaimRef] | None = None
) -> list[CorpusConflict]:
    """The article's own conflicts (as recorded, or found now), as corpus rows."""
    conflicts = list(analysis.conflicts) or find_conflicts(analysis.claims, analysis.text, language)
    by_id = {r.facts.claim.id: r for r in refs or article_refs(analysis, language)}
    out: list[CorpusConflict] = []
    for k in conflicts:
        if len(k.claims) != 2 or not all(c in by_id for c in k.claims):
            continue
        a, b = (by_id[c] for c in k.claims)
        out.append(
            CorpusConflict(
                id=f"{analysis.id}:{k.id}",
                scope="within",
                family=k.family,
                ratio=k.ratio,
                sides=(_side(a), _side(b)),
                why=k.scope if k.scope is not None else shared_scope(a.facts, b.facts),
            )
        )
    return out


def corpus_conflicts(
    analyses: Iterable[Analysis],
    language_for: Callable[[str], LanguageData | None],
    options: SearchOptions | None = None,
    *,
    within: bool = True,
    across: bool = True,
) -> tuple[list[CorpusConflict], int, int]:
    """All conflicts of a corpus; also returns (articles, claims) counted."""
    refs: list[ClaimRef] = []
    rows: list[CorpusConflict] = []
    n_articles = 0
    for analysis in analyses:
        n_articles += 1
        language = language_for(analysis.lang)
        own = article_refs(analysis, language)
        refs.extend(own)
        if within:
            rows.extend(within_conflicts(analysis, language, own))
    if across:
        rows.extend(find_corpus_conflicts(refs, options))
    return rows, n_articles, len(refs)
