"""Pydantic models of the JSON API: the only place pydantic is used.

They mirror the store's query results (``quidit.store.queries``) and read
them by attribute, so the JSON twin of a page serialises exactly the
objects the page renders.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class SpanOut(_Out):
    start: int = Field(description="Offset of the first character (code points).")
    end: int = Field(description="Offset past the last character.")
    text: str


class ArticleOut(_Out):
    id: str
    title: str | None
    url: str | None
    site: str | None
    date: str | None = Field(description="ISO date (YYYY-MM-DD) when the page gave one.")
    lang: str
    author: str | None
    quote_count: int
    claim_count: int


class QuoteOut(_Out):
    id: str = Field(description="The quote's id within its article (q1, q2 …).")
    type: Literal["direct", "indirect", "mixed"] | str
    content: SpanOut
    cue: SpanOut | None
    speaker: str | None = Field(description="Canonical speaker name in the article.")
    speaker_id: int | None = Field(description="Corpus speaker id (/api/speakers/{id}).")
    local_entity: str | None = Field(description="The speaker's entity id in the article.")
    mention: SpanOut | None
    confidence: float | None
    article: str
    article_title: str | None
    date: str | None


class ClaimOut(_Out):
    id: str
    quote: str | None
    value: float
    qualifier: str
    unit: str | None
    span: SpanOut
    source: str | None
    speaker_id: int | None
    article: str
    article_title: str | None
    date: str | None
    scope: dict[str, Any] | None = Field(
        default=None,
        description="What the claim counts: family, place, event, group, part_of, superseded.",
    )


class ConflictOut(_Out):
    id: int
    local_id: str | None
    scope: Literal["article", "corpus"] | str
    family: str | None
    ratio: float | None
    a: ClaimOut
    b: ClaimOut
    shared: dict[str, Any] | None = Field(
        default=None, description="Why the claims compare: the scope they share."
    )


Kind = Literal["person", "organisation", "government", "media", "document", "group"]
Gender = Literal["female", "male", "unknown"]


class ArticleEntityOut(_Out):
    """An entity of the analysis record (``spec/output-format.md``), plus its corpus id."""

    id: str
    name: str
    type: str | None
    aliases: list[str]
    kind: Kind | None = Field(default=None, description="Kind of source.")
    anonymous: bool = Field(default=False, description="The text withholds who the source is.")
    gender: Gender | None = Field(default=None, description="Persons only; else null.")
    gender_evidence: str | None = Field(
        default=None, description="The words that decided the gender, 'first name: X', or 'none'."
    )
    speaker_id: int | None = Field(default=None, description="Corpus speaker id.")


class RecordSpeakerOut(_Out):
    name: str | None
    entity: str | None = Field(description="The entity's id in the article (e1 …).")
    mention: SpanOut | None


class RecordQuoteOut(_Out):
    id: str
    type: str
    content: SpanOut
    cue: SpanOut | None
    speaker: RecordSpeakerOut
    confidence: float | None = None


class RecordClaimOut(_Out):
    id: str
    quote: str | None
    value: float
    qualifier: str
    unit: str | None
    span: SpanOut
    source: str | None


class RecordConflictOut(_Out):
    id: str
    family: str | None
    claims: list[str]
    ratio: float | None


class ArticleDetailOut(_Out):
    """The analysis record ``quidit analyze`` writes for this article (the
    same shape), with the article's page fields under ``article``, each
    entity's corpus ``speaker_id``, and conflicts with other articles."""

    id: str
    lang: str
    title: str | None
    url: str | None
    text: str
    entities: list[ArticleEntityOut]
    quotes: list[RecordQuoteOut]
    claims: list[RecordClaimOut]
    conflicts: list[RecordConflictOut]
    warnings: list[str] = []
    meta: dict[str, Any] = {}
    article: ArticleOut
    corpus_conflicts: list[ConflictOut] = []


class SpeakerOut(_Out):
    id: int
    name: str
    type: str | None
    quote_count: int
    article_count: int
    kind: Kind | None = None
    gender: Gender | None = None
    gender_evidence: str | None = None


class MonthCountOut(_Out):
    month: str = Field(description="YYYY-MM, or 'undated'.")
    count: int


class _Paged(_Out):
    total: int
    limit: int = Field(description="Items per page (capped at 100).")
    offset: int
    next_offset: int | None
    prev_offset: int | None


class ArticlePage(_Paged):
    items: list[ArticleOut]


class SpeakerPage(_Paged):
    items: list[SpeakerOut]


class QuotePage(_Paged):
    items: list[QuoteOut]


class ClaimPage(_Paged):
    items: list[ClaimOut]


class ConflictPage(_Paged):
    items: list[ConflictOut]


class SpeakerDetailOut(_Out):
    speaker: SpeakerOut
    aliases: list[str]
    timeline: list[MonthCountOut]
    quotes: QuotePage


class OverviewOut(_Out):
    articles: int
    speakers: int
    quotes: int
    claims: int
    conflicts: int
    top_speakers: list[SpeakerOut]
    recent: list[ArticleOut]


class AnalyzeIn(BaseModel):
    """Text to analyse, or a URL to fetch and analyse (one of the two)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, min_length=1)
    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://")
    id: str | None = Field(default=None, max_length=512)
    title: str | None = Field(default=None, max_length=2048)
    lang: str | None = Field(default=None, max_length=16)


class AnalyzeOut(_Out):
    id: str
    status: Literal["added", "replaced", "unchanged"]
    quotes: int
    claims: int
    href: str = Field(description="The stored article in the API.")


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    """The one shape of every error the server returns."""

    error: ErrorBody
