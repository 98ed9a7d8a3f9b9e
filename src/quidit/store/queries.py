"""Read queries: what every page and its JSON twin show.

Each query returns plain frozen dataclasses; the web pages render them and
the API turns the same objects into JSON, so a page and its twin cannot
disagree.  Every list is paginated with capped limits, and each query is
a fixed number of statements (no query per row).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
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
from quidit.store.names import normalize_name
from quidit.store.views import (
    MAX_LIMIT,
    MAX_TERMS,
    ArticleDetail,
    ArticleEntityView,
    ArticleSummary,
    ClaimView,
    ConflictView,
    MonthCount,
    Overview,
    Page,
    QuoteView,
    SpanView,
    SpeakerDetail,
    SpeakerSummary,
    clamp,
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


_ARTICLE_COLS = (
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


def _article(row: Any) -> ArticleSummary:
    return ArticleSummary(*row[:9])


def _span(start: int | None, end: int | None, txt: str | None) -> SpanView | None:
    if start is None or end is None:
        return None
    return SpanView(start, end, txt or "")


_QUOTE_COLS = (
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


def _quote(r: Any) -> QuoteView:
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


def _claim_cols(c: Any, a: Any) -> tuple[Any, ...]:
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


def _claim(r: Any) -> ClaimView:
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
        *_claim_cols(_CA, _AA),
        *_claim_cols(_CB, _AB),
        ConflictRow.shared,
    )
    .join(_CA, _CA.id == ConflictRow.claim_a)
    .join(_AA, _AA.pk == _CA.article_pk)
    .join(_CB, _CB.id == ConflictRow.claim_b)
    .join(_AB, _AB.pk == _CB.article_pk)
    .order_by(ConflictRow.id.desc())
)
_ARTICLE_CLAIM_IDS = select(ClaimRow.id).where(ClaimRow.article_pk == bindparam("pk"))
_ARTICLE_CONFLICTS = _CONFLICTS.where(
    or_(
        ConflictRow.claim_a.in_(_ARTICLE_CLAIM_IDS),
        ConflictRow.claim_b.in_(_ARTICLE_CLAIM_IDS),
    )
).limit(MAX_LIMIT)
_ARTICLE = select(
    *_ARTICLE_COLS, ArticleRow.pk, ArticleRow.text, ArticleRow.meta, ArticleRow.warnings
).where(ArticleRow.key == bindparam("key"))
_ARTICLE_ENTITIES = (
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
_ARTICLE_QUOTES = (
    select(*_QUOTE_COLS)
    .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
    .where(QuoteRow.article_pk == bindparam("pk"))
    .order_by(QuoteRow.id)
)
_ARTICLE_CLAIMS = (
    select(*_claim_cols(ClaimRow, ArticleRow))
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
_SPEAKER = select(*_SPEAKER_COLS).where(EntityRow.id == bindparam("sid"))
_SPEAKER_ALIASES = (
    select(AliasRow.name)
    .where(AliasRow.entity_id == bindparam("sid"))
    .order_by(AliasRow.name)
    .limit(MAX_LIMIT)
)
_SPEAKER_TIMELINE = (
    select(SpeakerMonthRow.month, SpeakerMonthRow.quotes)
    .where(SpeakerMonthRow.entity_id == bindparam("sid"), SpeakerMonthRow.quotes > 0)
    .order_by(SpeakerMonthRow.month)
)
_SPEAKER_QUOTES = (
    select(*_QUOTE_COLS)
    .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
    .where(QuoteRow.entity_id == bindparam("sid"))
    .order_by(QuoteRow.date.desc(), QuoteRow.id.desc())
    .limit(bindparam("lim"))
    .offset(bindparam("off"))
)


_CONFLICTS_BY_ID = _CONFLICTS.where(ConflictRow.id.in_(bindparam("ids", expanding=True)))
_SIDES = (
    select(ConflictRow.id)
    .where(ConflictRow.entity_a == bindparam("sid"))
    .order_by(ConflictRow.id.desc())
    .limit(bindparam("lim")),
    select(ConflictRow.id)
    .where(ConflictRow.entity_b == bindparam("sid"))
    .order_by(ConflictRow.id.desc())
    .limit(bindparam("lim")),
)


def _conflict(r: Any) -> ConflictView:
    return ConflictView(
        r[0], r[1], r[2], r[3], r[4], _claim(r[5:19]), _claim(r[19:33]), _json_or_none(r[33])
    )


class Queries:
    """Read side of :class:`quidit.store.Store` (mixed in)."""

    engine: Engine

    # -- helpers ----------------------------------------------------------------

    def _fts(self, conn: Connection, table: str, words: list[str]) -> Any:
        """A condition "this row matches every word", per dialect."""
        if conn.dialect.name == "postgresql":
            config: Any = literal_column("'simple'")
            query = func.plainto_tsquery(config, " ".join(words))
            if table == "articles":
                # Literals, not bound values: the expression must read exactly
                # like the GIN index's (migration 0001) for the index to serve.
                title = func.coalesce(ArticleRow.title, literal_column("''"))
                doc = func.to_tsvector(
                    config, title.op("||")(literal_column("' '")).op("||")(ArticleRow.text)
                )
            else:
                doc = func.to_tsvector(config, QuoteRow.text)
            return doc.op("@@")(query)
        # FTS5 query: each word quoted, so no word is read as syntax.
        match = " ".join(f'"{w}"' for w in words)
        sub = (
            text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :match")
            .bindparams(match=match)
            .columns(rowid=Integer)
        )
        column = ArticleRow.pk if table == "articles" else QuoteRow.id
        return column.in_(sub)

    def _fts_only(
        self, conn: Connection, table: str, words: list[str], limit: int, offset: int
    ) -> tuple[list[int], int]:
        """SQLite, a search by words alone: page and count straight from the
        FTS index, newest rows first (five to twenty times faster than
        probing the table with every match, bench/web_latency.py)."""
        match = {"match": " ".join(f'"{w}"' for w in words)}
        where = f"FROM {table}_fts WHERE {table}_fts MATCH :match"
        total = conn.execute(text(f"SELECT count(*) {where}"), match).scalar_one()
        page = conn.execute(
            text(f"SELECT rowid {where} ORDER BY rowid DESC LIMIT :lim OFFSET :off"),
            {**match, "lim": limit, "off": offset},
        ).scalars()
        return [int(i) for i in page], int(total)

    def _count(self, conn: Connection, stmt: Any) -> int:
        return int(
            conn.execute(
                select(func.count()).select_from(stmt.order_by(None).subquery())
            ).scalar_one()
        )

    def _ids(
        self, conn: Connection, ids: Any, limit: int, offset: int, count: Any = None
    ) -> tuple[list[int], int]:
        """One page of row ids from a narrow statement (no joins, no wide
        columns), and how many rows match in all; pages then fetch their
        columns for these ids only."""
        total = self._count(conn, ids if count is None else count)
        page = [int(r) for r in conn.execute(ids.limit(limit).offset(offset)).scalars()]
        return page, total

    def _page(self, conn: Connection, stmt: Any, limit: int, offset: int) -> tuple[list[Any], int]:
        total = conn.execute(
            select(func.count()).select_from(stmt.order_by(None).subquery())
        ).scalar_one()
        rows = conn.execute(stmt.limit(limit).offset(offset)).all()
        return list(rows), int(total)

    def _conflicts(
        self, conn: Connection, where: Any, limit: int, offset: int
    ) -> tuple[list[ConflictView], int]:
        ids = select(ConflictRow.id).order_by(ConflictRow.id.desc())
        if where is not None:
            ids = ids.where(where)
        page, total = self._ids(conn, ids, limit, offset)
        return self._conflicts_by_id(conn, page), total

    def _conflicts_by_id(self, conn: Connection, ids: list[int]) -> list[ConflictView]:
        if not ids:
            return []
        return [_conflict(r) for r in conn.execute(_CONFLICTS_BY_ID, {"ids": ids})]

    # -- articles ---------------------------------------------------------------

    def list_articles(
        self,
        *,
        q: str | None = None,
        site: str | None = None,
        lang: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Page[ArticleSummary]:
        limit, offset = clamp(limit, offset)
        with self.engine.connect() as conn:
            stmt = select(*_ARTICLE_COLS)
            for condition in article_conditions(site, lang, date_from, date_to):
                stmt = stmt.where(condition)
            words = search_terms(q)
            if words:
                stmt = stmt.where(self._fts(conn, "articles", words))
            order = (ArticleRow.date.desc(), ArticleRow.pk.desc())
            ids = stmt.with_only_columns(ArticleRow.pk).order_by(*order)
            page, total = self._ids(conn, ids, limit, offset)
            rows: Any = (
                conn.execute(select(*_ARTICLE_COLS).where(ArticleRow.pk.in_(page)).order_by(*order))
                if page
                else []
            )
            items = [_article(r) for r in rows]
        return Page(items, total, limit, offset)

    def get_article(self, article_id: str) -> ArticleDetail | None:
        with self.engine.connect() as conn:
            row = conn.execute(_ARTICLE, {"key": article_id}).first()
            if row is None:
                return None
            ids = {"pk": row[9]}
            entities = [
                ArticleEntityView(r[0], r[1], r[2], list(r[3] or []), r[4], *r[5:9])
                for r in conn.execute(_ARTICLE_ENTITIES, ids)
            ]
            quotes = [_quote(r) for r in conn.execute(_ARTICLE_QUOTES, ids)]
            claims = [_claim(r) for r in conn.execute(_ARTICLE_CLAIMS, ids)]
            conflicts = [_conflict(r) for r in conn.execute(_ARTICLE_CONFLICTS, ids)]
        return ArticleDetail(
            article=_article(row),
            text=row[10],
            meta=dict(row[11] or {}),
            warnings=list(row[12] or []),
            entities=entities,
            quotes=quotes,
            claims=claims,
            conflicts=conflicts,
        )

    # -- speakers ---------------------------------------------------------------

    def list_speakers(
        self, *, q: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> Page[SpeakerSummary]:
        limit, offset = clamp(limit, offset)
        with self.engine.connect() as conn:
            stmt = select(
                EntityRow.id,
                EntityRow.name,
                EntityRow.type,
                EntityRow.quote_count,
                EntityRow.article_count,
            ).where(EntityRow.quote_count > 0)
            key = normalize_name(q or "")
            if key:
                # A name matches on the start of any word of it or of an alias:
                # "ferr" finds Bastien Ferrandou.
                by_alias = select(AliasRow.entity_id).where(
                    AliasRow.key.startswith(key, autoescape=True)
                )
                stmt = stmt.where(
                    or_(
                        EntityRow.key.startswith(key, autoescape=True),
                        EntityRow.key.contains(" " + key, autoescape=True),
                        EntityRow.id.in_(by_alias),
                    )
                )
            stmt = stmt.order_by(EntityRow.quote_count.desc(), EntityRow.id)
            rows, total = self._page(conn, stmt, limit, offset)
        return Page([SpeakerSummary(*r) for r in rows], total, limit, offset)

    def find_speaker(self, name: str) -> int | None:
        """The corpus entity a name or alias stands for, if exactly one."""
        key = normalize_name(name)
        with self.engine.connect() as conn:
            eid = conn.execute(select(EntityRow.id).where(EntityRow.key == key)).scalar()
            if eid is not None:
                return int(eid)
            ids = (
                conn.execute(
                    select(AliasRow.entity_id).where(AliasRow.key == key).distinct().limit(2)
                )
                .scalars()
                .all()
            )
        return int(ids[0]) if len(ids) == 1 else None

    def get_speaker(
        self, speaker_id: int, *, limit: int | None = None, offset: int | None = None
    ) -> SpeakerDetail | None:
        limit, offset = clamp(limit, offset)
        sid = {"sid": speaker_id}
        with self.engine.connect() as conn:
            row = conn.execute(_SPEAKER, sid).first()
            if row is None:
                return None
            aliases = list(conn.execute(_SPEAKER_ALIASES, sid).scalars())
            timeline = [MonthCount(m, int(n)) for m, n in conn.execute(_SPEAKER_TIMELINE, sid)]
            rows = conn.execute(_SPEAKER_QUOTES, {**sid, "lim": limit, "off": offset}).all()
        summary = SpeakerSummary(*row)
        quotes = Page([_quote(r) for r in rows], summary.quote_count, limit, offset)
        return SpeakerDetail(summary, aliases, timeline, quotes)

    # -- quotes, claims, conflicts ----------------------------------------------

    def search_quotes(
        self,
        *,
        q: str | None = None,
        speaker: int | None = None,
        type: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Page[QuoteView]:
        limit, offset = clamp(limit, offset)
        with self.engine.connect() as conn:
            ids = select(QuoteRow.id).order_by(QuoteRow.id.desc())
            if speaker is not None:
                ids = ids.where(QuoteRow.entity_id == speaker)
            if type:
                ids = ids.where(QuoteRow.type == type)
            words = search_terms(q)
            if words and speaker is None and not type and conn.dialect.name == "sqlite":
                page, total = self._fts_only(conn, "quotes", words, limit, offset)
            else:
                if words:
                    ids = ids.where(self._fts(conn, "quotes", words))
                page, total = self._ids(conn, ids, limit, offset)
            rows: Any = (
                conn.execute(
                    select(*_QUOTE_COLS)
                    .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
                    .where(QuoteRow.id.in_(page))
                    .order_by(QuoteRow.id.desc())
                )
                if page
                else []
            )
            items = [_quote(r) for r in rows]
        return Page(items, total, limit, offset)

    def list_claims(
        self,
        *,
        speaker: int | None = None,
        unit: str | None = None,
        article: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Page[ClaimView]:
        limit, offset = clamp(limit, offset)
        with self.engine.connect() as conn:
            stmt = select(*_claim_cols(ClaimRow, ArticleRow)).join(
                ArticleRow, ArticleRow.pk == ClaimRow.article_pk
            )
            if speaker is not None:
                stmt = stmt.where(ClaimRow.entity_id == speaker)
            if unit:
                stmt = stmt.where(ClaimRow.unit == unit)
            if article:
                stmt = stmt.where(ArticleRow.key == article)
            stmt = stmt.order_by(ClaimRow.id.desc())
            rows, total = self._page(conn, stmt, limit, offset)
        return Page([_claim(r) for r in rows], total, limit, offset)

    def list_conflicts(
        self,
        *,
        scope: str | None = None,
        speaker: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Page[ConflictView]:
        limit, offset = clamp(limit, offset)
        conds = []
        if scope:
            conds.append(ConflictRow.scope == scope)
        with self.engine.connect() as conn:
            if speaker is None:
                items, total = self._conflicts(conn, and_(*conds) if conds else None, limit, offset)
                return Page(items, total, limit, offset)
            page = self._speaker_conflict_ids(conn, speaker, conds, limit, offset)
            sides = [ConflictRow.entity_a == speaker, ConflictRow.entity_b == speaker]
            both = and_(*sides)
            total = sum(
                self._count(conn, select(ConflictRow.id).where(w, *conds))
                for w in (sides[0], and_(sides[1], ~both))
            )
            items = self._conflicts_by_id(conn, page)
        return Page(items, total, limit, offset)

    def _speaker_conflict_ids(
        self, conn: Connection, speaker: int, conds: list[Any], limit: int, offset: int
    ) -> list[int]:
        """A speaker's conflicts, newest first: the two sides are two index
        ranges, and the page is the newest of each side's newest
        ``offset + limit``."""
        found: set[int] = set()
        for side in _SIDES:
            stmt = side.where(*conds) if conds else side
            found.update(conn.execute(stmt, {"sid": speaker, "lim": offset + limit}).scalars())
        return sorted(found, reverse=True)[offset : offset + limit]

    def speaker_conflicts(self, speaker: int, limit: int = 10) -> list[ConflictView]:
        """A speaker's latest conflicts, without counting them all."""
        limit, _ = clamp(limit, 0)
        with self.engine.connect() as conn:
            return self._conflicts_by_id(
                conn, self._speaker_conflict_ids(conn, speaker, [], limit, 0)
            )

    def overview(self, top: int = 10) -> Overview:
        with self.engine.connect() as conn:

            def count(model: Any, *where: Any) -> int:
                return int(
                    conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one()
                )

            top_rows = conn.execute(
                select(
                    EntityRow.id,
                    EntityRow.name,
                    EntityRow.type,
                    EntityRow.quote_count,
                    EntityRow.article_count,
                )
                .where(EntityRow.quote_count > 0)
                .order_by(EntityRow.quote_count.desc(), EntityRow.id)
                .limit(top)
            ).all()
            recent = conn.execute(
                select(*_ARTICLE_COLS)
                .order_by(ArticleRow.date.desc(), ArticleRow.pk.desc())
                .limit(top)
            ).all()
            return Overview(
                articles=count(ArticleRow),
                speakers=count(EntityRow, EntityRow.quote_count > 0),
                quotes=count(QuoteRow),
                claims=count(ClaimRow),
                conflicts=count(ConflictRow),
                top_speakers=[SpeakerSummary(*r) for r in top_rows],
                recent=[_article(r) for r in recent],
            )

    def sites(self, limit: int = MAX_LIMIT) -> list[str]:
        with self.engine.connect() as conn:
            return [
                str(s)
                for s in conn.execute(
                    select(ArticleRow.site)
                    .where(ArticleRow.site.is_not(None))
                    .distinct()
                    .order_by(ArticleRow.site)
                    .limit(limit)
                ).scalars()
            ]
