"""What the store's queries return: plain frozen dataclasses that pages
render and the API serialises (``quidit.api.schemas`` mirrors them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from quidit.records import Analysis, Claim, ClaimScope, Conflict, Entity, Quote, Span, Speaker

T = TypeVar("T")

#: Items per page when the caller does not say, and the most it may ask.
#: 100 rows keep a page under ~100 KB of HTML and its query in one index
#: range; callers asking more get 100.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
#: Deepest offset served: an offset costs a scan of the rows it skips, and
#: past 10,000 a narrower filter finds things faster than paging does.
MAX_OFFSET = 10_000
#: Words of a text search that are used (a longer query narrows nothing).
MAX_TERMS = 8
QUOTE_TYPES = ("direct", "indirect", "mixed")


def clamp(limit: int | None, offset: int | None) -> tuple[int, int]:
    lim = DEFAULT_LIMIT if limit is None else max(1, min(int(limit), MAX_LIMIT))
    off = 0 if offset is None else max(0, min(int(offset), MAX_OFFSET))
    return lim, off


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        nxt = self.offset + self.limit
        return nxt if nxt < self.total and nxt <= MAX_OFFSET else None

    @property
    def prev_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str | None
    url: str | None
    site: str | None
    date: str | None
    lang: str
    author: str | None
    quote_count: int
    claim_count: int


@dataclass(frozen=True, slots=True)
class SpanView:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: str
    type: str
    content: SpanView
    cue: SpanView | None
    speaker: str | None
    speaker_id: int | None
    local_entity: str | None
    mention: SpanView | None
    confidence: float | None
    article: str
    article_title: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: str
    quote: str | None
    value: float
    qualifier: str
    unit: str | None
    span: SpanView
    source: str | None
    speaker_id: int | None
    article: str
    article_title: str | None
    date: str | None
    #: The claim's scope (family, place, event, group, part_of, superseded).
    scope: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: int
    local_id: str | None
    scope: str
    family: str | None
    ratio: float | None
    a: ClaimView
    b: ClaimView
    #: Why the pair compares: the scope both claims share.
    shared: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ArticleEntityView:
    id: str
    name: str
    type: str | None
    aliases: list[str]
    speaker_id: int | None
    kind: str | None = None
    anonymous: bool | None = None
    gender: str | None = None
    gender_evidence: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    article: ArticleSummary
    text: str
    meta: dict[str, Any]
    warnings: list[str]
    entities: list[ArticleEntityView]
    quotes: list[QuoteView]
    claims: list[ClaimView]
    conflicts: list[ConflictView]


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    id: int
    name: str
    type: str | None
    quote_count: int
    article_count: int
    kind: str | None = None
    gender: str | None = None
    gender_evidence: str | None = None


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str
    count: int


@dataclass(frozen=True, slots=True)
class SpeakerDetail:
    speaker: SpeakerSummary
    aliases: list[str]
    timeline: list[MonthCount]
    quotes: Page[QuoteView]


@dataclass(frozen=True, slots=True)
class Overview:
    articles: int
    speakers: int
    quotes: int
    claims: int
    conflicts: int
    top_speakers: list[SpeakerSummary] = field(default_factory=list)
    recent: list[ArticleSummary] = field(default_factory=list)


def to_analysis(detail: ArticleDetail) -> Analysis:
    """The analysis record a stored article was written from."""
    art = detail.article

    def span(s: SpanView | None) -> Span | None:
        return Span(s.start, s.end, s.text) if s else None

    return Analysis(
        id=art.id,
        lang=art.lang,
        text=detail.text,
        title=art.title,
        url=art.url,
        entities=tuple(
            Entity(
                e.id,
                e.name,
                e.type,
                tuple(e.aliases),
                kind=e.kind,
                anonymous=bool(e.anonymous),
                gender=e.gender,
                gender_evidence=e.gender_evidence,
            )
            for e in detail.entities
            if not e.id.startswith("name:")
        ),
        quotes=tuple(
            Quote(
                id=q.id,
                type=q.type,
                content=Span(q.content.start, q.content.end, q.content.text),
                cue=span(q.cue),
                speaker=Speaker(q.speaker, q.local_entity, span(q.mention)),
                confidence=q.confidence,
            )
            for q in detail.quotes
        ),
        claims=tuple(
            Claim(
                c.id,
                c.quote,
                c.value,
                c.qualifier,
                c.unit,
                Span(c.span.start, c.span.end, c.span.text),
                c.source,
                ClaimScope.from_dict(c.scope),
            )
            for c in detail.claims
        ),
        conflicts=tuple(
            Conflict(k.local_id, k.family, (k.a.id, k.b.id), k.ratio, k.shared)
            for k in detail.conflicts
            if k.scope == "article" and k.local_id is not None
        ),
        warnings=tuple(detail.warnings),
        meta=detail.meta,
    )
