"""The read side's building blocks: search conditions, the fixed SQL
statements every query runs (bound by parameter, built once at import) and
the functions that turn their rows into the views of :mod:`quidit.store.views`.
:mod:`quidit.store.queries` puts them together, one method per page."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import (
    bindparam,
    or_,
    select,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from quidit.store.models import (
    AliasRow,
    ArticleEntityRow,
    ArticleRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    QuoteRow,
    SpeakerMonthRow,
)
from quidit.store.views import (
    MAX_LIMIT,
    MAX_TERMS,
    ArticleSummary,
    ClaimView,
    ConflictView,
    QuoteView,
    SpanView,
)

_WORD = re.compile(r"\w+")


def article_conditions(
    site: str | None, lang: str | None, date_from: str | None, date_to: str | None
) -> list[ColumnElement[bool]]:
    """The articles filter (site, language, date range) as WHERE conditions:
    the one reading of it for the articles list and the statistics."""
    conditions: list[ColumnElement[bool]] = []
    if site:
        conditions.append(ArticleRow.site == site)
    if lang:
        conditions.append(ArticleRow.lang == lang)
    if date_from:
        conditions.append(ArticleRow.date >= date_from)
    if date_to:
        conditions.append(ArticleRow.date <= date_to)
    return conditions


def search_terms(q: str | None) -> list[str]:
    """The words of a search, as plain word tokens (no query syntax)."""
    return _WORD.findall(q or "")[:MAX_TERMS]


ARTICLE_COLS = (
    ArticleRow.key,
    ArticleRow.title,
    ArticleRow.url,
    ArticleRow.site,
    ArticleRow.date,
    ArticleRow.lang,
    ArticleRow.author,
    ArticleRow.quote_count,
    ArticleRow.claim_count,
)


def row_article(row: Any) -> ArticleSummary:
    return ArticleSummary(*row[:9])


def _span(start: int | None, end: int | None, txt: str | None) -> SpanView | None:
    if start is None or end is None:
        return None
    return SpanView(start, end, txt or "")


QUOTE_COLS = (
    QuoteRow.local_id,
    QuoteRow.type,
    QuoteRow.start_char,
    QuoteRow.end_char,
    QuoteRow.text,
    QuoteRow.cue_start,
    QuoteRow.cue_end,
    QuoteRow.cue_text,
    QuoteRow.speaker_name,
    QuoteRow.entity_id,
    QuoteRow.speaker_local,
    QuoteRow.mention_start,
    QuoteRow.mention_end,
    QuoteRow.mention_text,
    QuoteRow.confidence,
    ArticleRow.key,
    ArticleRow.title,
    QuoteRow.date,
)


def row_quote(r: Any) -> QuoteView:
    return QuoteView(
        id=r[0],
        type=r[1],
        content=SpanView(r[2], r[3], r[4]),
        cue=_span(r[5], r[6], r[7]),
        speaker=r[8],
        speaker_id=r[9],
        local_entity=r[10],
        mention=_span(r[11], r[12], r[13]),
        confidence=r[14],
        article=r[15],
        article_title=r[16],
        date=r[17],
    )


def claim_cols(c: Any, a: Any) -> tuple[Any, ...]:
    return (
        c.local_id,
        c.quote_local,
        c.value,
        c.qualifier,
        c.unit,
        c.start_char,
        c.end_char,
        c.text,
        c.source,
        c.entity_id,
        a.key,
        a.title,
        a.date,
        c.scope,
    )


def row_claim(r: Any) -> ClaimView:
    return ClaimView(
        id=r[0],
        quote=r[1],
        value=r[2],
        qualifier=r[3],
        unit=r[4],
        span=SpanView(r[5], r[6], r[7]),
        source=r[8],
        speaker_id=r[9],
        article=r[10],
        article_title=r[11],
        date=r[12],
        scope=_json_or_none(r[13]),
    )


def _json_or_none(raw: str | None) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


# Statements of the hot pages, built once: building a SQLAlchemy statement
# (aliases, columns) costs more than running it on an indexed lookup, so
# the article and speaker pages reuse these with bound parameters.
_CA, _CB = aliased(ClaimRow), aliased(ClaimRow)
_AA, _AB = aliased(ArticleRow), aliased(ArticleRow)
_CONFLICTS = (
    select(
        ConflictRow.id,
        ConflictRow.local_id,
        ConflictRow.scope,
        ConflictRow.family,
        ConflictRow.ratio,
        *claim_cols(_CA, _AA),
        *claim_cols(_CB, _AB),
        ConflictRow.shared,
    )
    .join(_CA, _CA.id == ConflictRow.claim_a)
    .join(_AA, _AA.pk == _CA.article_pk)
    .join(_CB, _CB.id == ConflictRow.claim_b)
    .join(_AB, _AB.pk == _CB.article_pk)
    .order_by(ConflictRow.id.desc())
)
_ARTICLE_CLAIM_IDS = select(ClaimRow.id).where(ClaimRow.article_pk == bindparam("pk"))
ARTICLE_CONFLICTS = _CONFLICTS.where(
    or_(
        ConflictRow.claim_a.in_(_ARTICLE_CLAIM_IDS),
        ConflictRow.claim_b.in_(_ARTICLE_CLAIM_IDS),
    )
).limit(MAX_LIMIT)
ARTICLE = select(
    *ARTICLE_COLS, ArticleRow.pk, ArticleRow.text, ArticleRow.meta, ArticleRow.warnings
).where(ArticleRow.key == bindparam("key"))
ARTICLE_ENTITIES = (
    select(
        ArticleEntityRow.local_id,
        ArticleEntityRow.name,
        ArticleEntityRow.type,
        ArticleEntityRow.aliases,
        ArticleEntityRow.entity_id,
        ArticleEntityRow.kind,
        ArticleEntityRow.anonymous,
        ArticleEntityRow.gender,
        ArticleEntityRow.gender_evidence,
    )
    .where(ArticleEntityRow.article_pk == bindparam("pk"))
    .order_by(ArticleEntityRow.id)
)
ARTICLE_QUOTES = (
    select(*QUOTE_COLS)
    .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
    .where(QuoteRow.article_pk == bindparam("pk"))
    .order_by(QuoteRow.id)
)
ARTICLE_CLAIMS = (
    select(*claim_cols(ClaimRow, ArticleRow))
    .join(ArticleRow, ArticleRow.pk == ClaimRow.article_pk)
    .where(ClaimRow.article_pk == bindparam("pk"))
    .order_by(ClaimRow.id)
)
_SPEAKER_COLS = (
    EntityRow.id,
    EntityRow.name,
    EntityRow.type,
    EntityRow.quote_count,
    EntityRow.article_count,
    EntityRow.kind,
    EntityRow.gender,
    EntityRow.gender_evidence,
)
SPEAKER = select(*_SPEAKER_COLS).where(EntityRow.id == bindparam("sid"))
SPEAKER_ALIASES = (
    select(AliasRow.name)
    .where(AliasRow.entity_id == bindparam("sid"))
    .order_by(AliasRow.name)
    .limit(MAX_LIMIT)
)
SPEAKER_TIMELINE = (
    select(SpeakerMonthRow.month, SpeakerMonthRow.quotes)
    .where(SpeakerMonthRow.entity_id == bindparam("sid"), SpeakerMonthRow.quotes > 0)
    .order_by(SpeakerMonthRow.month)
)
SPEAKER_QUOTES = (
    select(*QUOTE_COLS)
    .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
    .where(QuoteRow.entity_id == bindparam("sid"))
    .order_by(QuoteRow.date.desc(), QuoteRow.id.desc())
    .limit(bindparam("lim"))
    .offset(bindparam("off"))
)


CONFLICTS_BY_ID = _CONFLICTS.where(ConflictRow.id.in_(bindparam("ids", expanding=True)))
SIDES = (
    select(ConflictRow.id)
    .where(ConflictRow.entity_a == bindparam("sid"))
    .order_by(ConflictRow.id.desc())
    .limit(bindparam("lim")),
    select(ConflictRow.id)
    .where(ConflictRow.entity_b == bindparam("sid"))
    .order_by(ConflictRow.id.desc())
    .limit(bindparam("lim")),
)


def row_conflict(r: Any) -> ConflictView:
    return ConflictView(
        r[0], r[1], r[2], r[3], r[4], row_claim(r[5:19]), row_claim(r[19:33]), _json_or_none(r[33])
    )
