"""The store's tables (SQLAlchemy 2 declarative models).

Rows keep every offset of the analysis record, so an article's record can
be rebuilt exactly and its quotes highlighted in place.  Counts that pages
show on every request (quotes per speaker, per article) are kept on the
rows, updated by the writer in the same transaction, so no page has to
count a million quotes.  The Alembic migration in ``migrations/versions``
creates the same schema; ``tests/store`` checks that they agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Run(Base):
    """One writer session (``quidit analyze --db``, ``quidit demo`` …)."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[str] = mapped_column(String(32))
    command: Mapped[str | None] = mapped_column(String(255))
    added: Mapped[int] = mapped_column(Integer, default=0)
    replaced: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)


class ArticleRow(Base):
    __tablename__ = "articles"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The analysis record's ``id``: what makes a write idempotent.
    key: Mapped[str] = mapped_column(String(512), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(String(255))
    #: ISO date (YYYY-MM-DD) when the page gave one; sorts as text.
    date: Mapped[str | None] = mapped_column(String(10))
    lang: Mapped[str] = mapped_column(String(16))
    author: Mapped[str | None] = mapped_column(String(512))
    text: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: SHA-256 of the record's JSON: an identical record is not written again.
    digest: Mapped[str] = mapped_column(String(64))
    quote_count: Mapped[int] = mapped_column(Integer, default=0)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    stored_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_articles_date", "date", "pk"),
        Index("ix_articles_site", "site", "date"),
        Index("ix_articles_lang", "lang", "date"),
    )


class EntityRow(Base):
    """A source across the corpus: one row per normalised canonical name."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(512))
    type: Mapped[str | None] = mapped_column(String(32))
    quote_count: Mapped[int] = mapped_column(Integer, default=0)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Who the source is, from its articles (``extract/attributes.py``): the
    #: first kind stored, and the first female or male gender any article
    #: decided (with that article's evidence), else unknown.
    kind: Mapped[str | None] = mapped_column(String(16))
    anonymous: Mapped[bool | None] = mapped_column(Boolean)
    gender: Mapped[str | None] = mapped_column(String(8))
    gender_evidence: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_entities_quote_count", "quote_count", "id"),
        Index("ix_entities_kind_gender", "kind", "gender"),
    )


class SpeakerMonthRow(Base):
    """Quotes per speaker and month, kept by the writer: the speaker page's
    chart reads a few rows instead of grouping every quote of a speaker
    quoted 100,000 times."""

    __tablename__ = "speaker_months"

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    #: YYYY-MM, or "undated".
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    quotes: Mapped[int] = mapped_column(Integer, default=0)


class AliasRow(Base):
    """A name an article used for a corpus entity."""

    __tablename__ = "aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"))
    key: Mapped[str] = mapped_column(String(512))
    name: Mapped[str] = mapped_column(String(512))
    #: A proper name (not a description or pronoun): may link articles.
    linkable: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("entity_id", "key", name="uq_aliases_entity_key"),
        Index("ix_aliases_key", "key"),
    )


class ArticleEntityRow(Base):
    """An entity as one article lists it (its local id, e.g. ``e1``)."""

    __tablename__ = "article_entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk"), index=True)
    local_id: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    name: Mapped[str] = mapped_column(String(512))
    type: Mapped[str | None] = mapped_column(String(32))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str | None] = mapped_column(String(16))
    anonymous: Mapped[bool | None] = mapped_column(Boolean)
    gender: Mapped[str | None] = mapped_column(String(8))
    gender_evidence: Mapped[str | None] = mapped_column(Text)


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk"))
    local_id: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(16))
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    cue_text: Mapped[str | None] = mapped_column(Text)
    speaker_name: Mapped[str | None] = mapped_column(String(512))
    speaker_local: Mapped[str | None] = mapped_column(String(64))
    mention_start: Mapped[int | None] = mapped_column(Integer)
    mention_end: Mapped[int | None] = mapped_column(Integer)
    mention_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float | None] = mapped_column(Float)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    #: The article's date, copied so a speaker's quotes sort by date from
    #: one index, without a join over every quote of theirs.
    date: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (
        Index("ix_quotes_article", "article_pk", "start_char"),
        Index("ix_quotes_entity_date", "entity_id", "date", "id"),
        Index("ix_quotes_type", "type", "id"),
    )


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk"))
    local_id: Mapped[str] = mapped_column(String(64))
    quote_local: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(String(128))
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(512))
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    #: The claim's scope (records.ClaimScope as JSON; migration 0003).
    scope: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_claims_article", "article_pk", "start_char"),
        Index("ix_claims_entity", "entity_id", "id"),
    )


class ConflictRow(Base):
    """Two claims that cannot both hold, within one article or across two."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Identity of the pair, so storing a conflict twice adds one row.
    key: Mapped[str] = mapped_column(String(1100), unique=True)
    scope: Mapped[str] = mapped_column(String(16))
    family: Mapped[str | None] = mapped_column(String(128))
    ratio: Mapped[float | None] = mapped_column(Float)
    claim_a: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    claim_b: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    local_id: Mapped[str | None] = mapped_column(String(64))
    #: The two sides' speakers, copied from the claims so a speaker's
    #: conflicts come from two index ranges, not from all their claims.
    entity_a: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    entity_b: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    #: Why the pair compares: the scope both claims share (JSON; migration 0003).
    shared: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_conflicts_entity_a", "entity_a", "id"),
        Index("ix_conflicts_entity_b", "entity_b", "id"),
    )
