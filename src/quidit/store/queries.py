"""Read queries: what every page and its JSON twin show.

Each query returns plain frozen dataclasses; the web pages render them and
the API turns the same objects into JSON, so a page and its twin cannot
disagree.  Every list is paginated with capped limits, and each query is
a fixed number of statements (no query per row).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    and_,
    func,
    literal_column,
    or_,
    select,
    text,
)

from quidit.store.models import (
    AliasRow,
    ArticleRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    QuoteRow,
)
from quidit.store.names import normalize_name
from quidit.store.statements import (
    ARTICLE,
    ARTICLE_CLAIMS,
    ARTICLE_COLS,
    ARTICLE_CONFLICTS,
    ARTICLE_ENTITIES,
    ARTICLE_QUOTES,
    CONFLICTS_BY_ID,
    QUOTE_COLS,
    SIDES,
    SPEAKER,
    SPEAKER_ALIASES,
    SPEAKER_QUOTES,
    SPEAKER_TIMELINE,
    article_conditions,
    claim_cols,
    row_article,
    row_claim,
    row_conflict,
    row_quote,
    search_terms,
)
from quidit.store.views import (
    MAX_LIMIT,
    ArticleDetail,
    ArticleEntityView,
    ArticleSummary,
    ClaimView,
    ConflictView,
    MonthCount,
    Overview,
    Page,
    QuoteView,
    SpeakerDetail,
    SpeakerSummary,
    clamp,
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
        return [row_conflict(r) for r in conn.execute(CONFLICTS_BY_ID, {"ids": ids})]

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
            stmt = select(*ARTICLE_COLS)
            for condition in article_conditions(site, lang, date_from, date_to):
                stmt = stmt.where(condition)
            words = search_terms(q)
            if words:
                stmt = stmt.where(self._fts(conn, "articles", words))
            order = (ArticleRow.date.desc(), ArticleRow.pk.desc())
            ids = stmt.with_only_columns(ArticleRow.pk).order_by(*order)
            page, total = self._ids(conn, ids, limit, offset)
            rows: Any = (
                conn.execute(select(*ARTICLE_COLS).where(ArticleRow.pk.in_(page)).order_by(*order))
                if page
                else []
            )
            items = [row_article(r) for r in rows]
        return Page(items, total, limit, offset)

    def get_article(self, article_id: str) -> ArticleDetail | None:
        with self.engine.connect() as conn:
            row = conn.execute(ARTICLE, {"key": article_id}).first()
            if row is None:
                return None
            ids = {"pk": row[9]}
            entities = [
                ArticleEntityView(r[0], r[1], r[2], list(r[3] or []), r[4], *r[5:9])
                for r in conn.execute(ARTICLE_ENTITIES, ids)
            ]
            quotes = [row_quote(r) for r in conn.execute(ARTICLE_QUOTES, ids)]
            claims = [row_claim(r) for r in conn.execute(ARTICLE_CLAIMS, ids)]
            conflicts = [row_conflict(r) for r in conn.execute(ARTICLE_CONFLICTS, ids)]
        return ArticleDetail(
            article=row_article(row),
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
            row = conn.execute(SPEAKER, sid).first()
            if row is None:
                return None
            aliases = list(conn.execute(SPEAKER_ALIASES, sid).scalars())
            timeline = [MonthCount(m, int(n)) for m, n in conn.execute(SPEAKER_TIMELINE, sid)]
            rows = conn.execute(SPEAKER_QUOTES, {**sid, "lim": limit, "off": offset}).all()
        summary = SpeakerSummary(*row)
        quotes = Page([row_quote(r) for r in rows], summary.quote_count, limit, offset)
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
                    select(*QUOTE_COLS)
                    .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
                    .where(QuoteRow.id.in_(page))
                    .order_by(QuoteRow.id.desc())
                )
                if page
                else []
            )
            items = [row_quote(r) for r in rows]
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
            stmt = select(*claim_cols(ClaimRow, ArticleRow)).join(
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
        return Page([row_claim(r) for r in rows], total, limit, offset)

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
        for side in SIDES:
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
                select(*ARTICLE_COLS)
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
                recent=[row_article(r) for r in recent],
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
