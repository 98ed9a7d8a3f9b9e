"""Writing analysis records into a store (opening one: :func:`open_store`,
over :mod:`quidit.store.connect`).

Writes are idempotent by article id: a record identical to the stored one
(same SHA-256 of its JSON) changes nothing; a different record for the
same id replaces the old one whole.  Records are written in batches, each
in one transaction, with one multi-row INSERT per table, so a bulk load
costs a few statements per batch rather than per quote.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    delete,
    insert,
    or_,
    select,
    update,
)

from quidit.records import Analysis, Entity
from quidit.store.connect import DEFAULT_URL, make_engine, migrate
from quidit.store.linking import Linker, chunks, dialect_insert, local_entities, speaker_local
from quidit.store.models import (
    ArticleEntityRow,
    ArticleRow,
    ClaimRow,
    ConflictRow,
    EntityRow,
    QuoteRow,
    Run,
    SpeakerMonthRow,
)
from quidit.store.names import normalize_name
from quidit.store.queries import Queries

#: Records per transaction.  500 articles (~7,500 quote rows) keeps each
#: transaction's memory small while amortising commits; bench/web_latency.py
#: loads 100,000 articles at this size.
BATCH = 500


@dataclass(frozen=True, slots=True)
class SaveResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0

    def __add__(self, other: SaveResult) -> SaveResult:
        return SaveResult(
            self.added + other.added,
            self.replaced + other.replaced,
            self.unchanged + other.unchanged,
        )


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """One side of a conflict: an article id and a claim id in it."""

    article: str
    claim: str


@dataclass(frozen=True, slots=True)
class CorpusConflict:
    """A conflict between claims of two articles (or of one)."""

    a: ClaimRef
    b: ClaimRef
    family: str | None = None
    ratio: float | None = None


def open_store(url: str | None = None, *, command: str | None = None) -> Store:
    """Open (and create or migrate) the store at ``url``: a SQLAlchemy URL
    (``sqlite:///file.db``, ``postgresql://user@host/db``) or a file path."""
    engine = make_engine(url or DEFAULT_URL)
    migrate(engine)
    return Store(engine, command=command)


def _version() -> str:
    try:
        return version("quidit")
    except PackageNotFoundError:
        return "unknown"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def page_fields(analysis: Analysis) -> dict[str, str | None]:
    """Site, date and author from the page metadata ingest attached."""
    meta = analysis.meta or {}
    site = meta.get("site") or meta.get("sitename") or meta.get("hostname")
    if not site and analysis.url:
        site = urlsplit(analysis.url).hostname
    raw_date = str(meta.get("date") or meta.get("published") or "")
    found = _ISO_DATE.match(raw_date.strip())
    author = meta.get("author")
    return {
        "site": str(site)[:255] if site else None,
        "date": found.group(0) if found else None,
        "author": str(author)[:512] if author else None,
    }


def digest(analysis: Analysis) -> str:
    blob = json.dumps(analysis.to_dict(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class Store(Queries):
    """A corpus of analysis records in a database."""

    def __init__(self, engine: Engine, *, command: str | None = None) -> None:
        self.engine = engine
        self.command = command
        self._run_id: int | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._run_id is not None:
            with self.engine.begin() as conn:
                conn.execute(update(Run).where(Run.id == self._run_id).values(finished_at=_now()))
            self._run_id = None
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------

    def save(self, analysis: Analysis) -> str:
        """Store one record; returns "added", "replaced" or "unchanged"."""
        result = self.save_many([analysis])
        if result.added:
            return "added"
        return "replaced" if result.replaced else "unchanged"

    def save_many(self, analyses: Iterable[Analysis], batch_size: int = BATCH) -> SaveResult:
        total = SaveResult()
        batch: list[Analysis] = []
        for analysis in analyses:
            batch.append(analysis)
            if len(batch) >= batch_size:
                total += self._save_batch(batch)
                batch = []
        if batch:
            total += self._save_batch(batch)
        return total

    def _run(self, conn: Connection) -> int:
        if self._run_id is None:
            self._run_id = conn.execute(
                dialect_insert(conn, Run)
                .values(
                    started_at=_now(),
                    version=_version(),
                    command=(self.command or "")[:255] or None,
                    added=0,
                    replaced=0,
                    unchanged=0,
                )
                .returning(Run.id)
            ).scalar_one()
        return self._run_id

    def _save_batch(self, batch: list[Analysis]) -> SaveResult:
        # The last record of an id in a batch wins, as it would one by one.
        records = list({a.id: a for a in batch}.values())
        digests = {a.id: digest(a) for a in records}
        with self.engine.begin() as conn:
            run_id = self._run(conn)
            stored: dict[str, tuple[int, str]] = {}
            for part in chunks([a.id for a in records]):
                for pk, key, dig in conn.execute(
                    select(ArticleRow.pk, ArticleRow.key, ArticleRow.digest).where(
                        ArticleRow.key.in_(part)
                    )
                ):
                    stored[key] = (pk, dig)
            fresh = [a for a in records if stored.get(a.id, (0, ""))[1] != digests[a.id]]
            stale = [stored[a.id][0] for a in fresh if a.id in stored]
            if stale:
                self._delete(conn, stale)
            if fresh:
                self._insert(conn, fresh, digests, run_id)
            result = SaveResult(
                added=len(fresh) - len(stale),
                replaced=len(stale),
                unchanged=len(records) - len(fresh) + (len(batch) - len(records)),
            )
            conn.execute(
                update(Run)
                .where(Run.id == run_id)
                .values(
                    added=Run.added + result.added,
                    replaced=Run.replaced + result.replaced,
                    unchanged=Run.unchanged + result.unchanged,
                )
            )
        return result

    def _delete(self, conn: Connection, pks: list[int]) -> None:
        """Remove articles and everything of theirs, and take their quotes
        off their speakers' counts."""
        for part in chunks(pks):
            found: list[Any] = list(
                conn.execute(
                    select(QuoteRow.entity_id, QuoteRow.article_pk, QuoteRow.date).where(
                        QuoteRow.article_pk.in_(part), QuoteRow.entity_id.is_not(None)
                    )
                )
            )
            rows = [(eid, apk) for eid, apk, _ in found]
            quotes = Counter(eid for eid, _ in rows)
            articles = Counter(eid for eid, _ in set(rows))
            _add_months(conn, Counter((eid, _month(d)) for eid, _, d in found), -1)
            if quotes:
                conn.execute(
                    update(EntityRow)
                    .where(EntityRow.id == _bind("eid"))
                    .values(
                        quote_count=EntityRow.quote_count - _bind("nq"),
                        article_count=EntityRow.article_count - _bind("na"),
                    ),
                    [{"eid": e, "nq": n, "na": articles[e]} for e, n in quotes.items()],
                )
            claim_ids = select(ClaimRow.id).where(ClaimRow.article_pk.in_(part))
            conn.execute(
                delete(ConflictRow).where(
                    or_(ConflictRow.claim_a.in_(claim_ids), ConflictRow.claim_b.in_(claim_ids))
                )
            )
            for model in (ClaimRow, QuoteRow, ArticleEntityRow):
                conn.execute(delete(model).where(model.article_pk.in_(part)))
            conn.execute(delete(ArticleRow).where(ArticleRow.pk.in_(part)))

    def _insert(
        self, conn: Connection, records: list[Analysis], digests: dict[str, str], run_id: int
    ) -> None:
        now = _now()
        locals_by_article = [local_entities(a) for a in records]
        keys = [
            k for ls in locals_by_article for loc in ls.values() for k in (loc.key, *loc.link_keys)
        ]
        linker = Linker(conn, keys)
        corpus_ids = [
            {lid: linker.link(loc) for lid, loc in ls.items()} for ls in locals_by_article
        ]
        linker.flush()

        fields = [page_fields(a) for a in records]
        article_rows = [
            {
                "key": a.id,
                "url": a.url,
                "title": a.title,
                "site": f["site"],
                "date": f["date"],
                "lang": a.lang,
                "author": f["author"],
                "text": a.text,
                "meta": dict(a.meta),
                "warnings": list(a.warnings),
                "digest": digests[a.id],
                "quote_count": len(a.quotes),
                "claim_count": len(a.claims),
                "run_id": run_id,
                "stored_at": now,
            }
            for a, f in zip(records, fields, strict=True)
        ]
        pks = list(
            conn.execute(
                insert(ArticleRow).returning(ArticleRow.pk, sort_by_parameter_order=True),
                article_rows,
            ).scalars()
        )

        entity_rows: list[dict[str, Any]] = []
        quote_rows: list[dict[str, Any]] = []
        claim_rows: list[dict[str, Any]] = []
        quotes_per: Counter[int] = Counter()
        articles_per: Counter[int] = Counter()
        attributes_of: dict[int, list[Entity]] = {}
        for a, pk, f, ls, ids in zip(
            records, pks, fields, locals_by_article, corpus_ids, strict=True
        ):
            listed = {e.id: e for e in a.entities}
            for lid, loc in ls.items():
                e = listed.get(lid)
                entity_rows.append(
                    {
                        "article_pk": pk,
                        "local_id": lid[:64],
                        "entity_id": ids[lid],
                        "name": loc.name[:512],
                        "type": loc.type,
                        "aliases": list(loc.aliases),
                        **entity_attributes(e),
                    }
                )
                if e is not None and e.kind is not None and ids[lid] is not None:
                    attributes_of.setdefault(ids[lid], []).append(e)
            quote_entity: dict[str, int | None] = {}
            for q in a.quotes:
                local = speaker_local(q.speaker.entity, q.speaker.name, ls)
                eid = ids.get(local) if local else None
                quote_entity[q.id] = eid
                if eid is not None:
                    quotes_per[eid] += 1
                m = q.speaker.mention
                quote_rows.append(
                    {
                        "article_pk": pk,
                        "local_id": q.id,
                        "type": q.type,
                        "start_char": q.content.start,
                        "end_char": q.content.end,
                        "text": q.content.text,
                        "cue_start": q.cue.start if q.cue else None,
                        "cue_end": q.cue.end if q.cue else None,
                        "cue_text": q.cue.text if q.cue else None,
                        "speaker_name": q.speaker.name,
                        "speaker_local": q.speaker.entity,
                        "mention_start": m.start if m else None,
                        "mention_end": m.end if m else None,
                        "mention_text": m.text if m else None,
                        "confidence": q.confidence,
                        "entity_id": eid,
                        "date": f["date"],
                    }
                )
            for eid in {e for e in quote_entity.values() if e is not None}:
                articles_per[eid] += 1
            by_name = {loc.key: ids[lid] for lid, loc in ls.items()}
            for c in a.claims:
                eid = quote_entity.get(c.quote or "")
                if eid is None and c.source:
                    eid = by_name.get(normalize_name(c.source))
                claim_rows.append(
                    {
                        "article_pk": pk,
                        "local_id": c.id,
                        "quote_local": c.quote,
                        "value": c.value,
                        "qualifier": c.qualifier,
                        "unit": c.unit,
                        "start_char": c.span.start,
                        "end_char": c.span.end,
                        "text": c.span.text,
                        "source": c.source,
                        "entity_id": eid,
                        "scope": json.dumps(c.scope.to_dict(), ensure_ascii=False)
                        if c.scope is not None
                        else None,
                    }
                )
        if entity_rows:
            conn.execute(insert(ArticleEntityRow), entity_rows)
        _merge_attributes(conn, attributes_of)
        if quote_rows:
            conn.execute(insert(QuoteRow), quote_rows)
        claim_ids: dict[tuple[int, str], tuple[int, int | None]] = {}
        if claim_rows:
            returned = conn.execute(
                insert(ClaimRow).returning(ClaimRow.id, sort_by_parameter_order=True),
                claim_rows,
            ).scalars()
            for row, cid in zip(claim_rows, returned, strict=True):
                claim_ids[(row["article_pk"], row["local_id"])] = (cid, row["entity_id"])
        conflict_rows = []
        for a, pk in zip(records, pks, strict=True):
            for k in a.conflicts:
                if len(k.claims) != 2:
                    continue
                ca = claim_ids.get((pk, k.claims[0]))
                cb = claim_ids.get((pk, k.claims[1]))
                if ca is None or cb is None:
                    continue
                conflict_rows.append(
                    {
                        "key": _pair_key(ClaimRef(a.id, k.claims[0]), ClaimRef(a.id, k.claims[1])),
                        "scope": "article",
                        "family": k.family,
                        "ratio": k.ratio,
                        "claim_a": ca[0],
                        "claim_b": cb[0],
                        "local_id": k.id,
                        "entity_a": ca[1],
                        "entity_b": cb[1],
                        "shared": json.dumps(dict(k.scope), ensure_ascii=False)
                        if k.scope is not None
                        else None,
                    }
                )
        if conflict_rows:
            stmt = dialect_insert(conn, ConflictRow).on_conflict_do_nothing(index_elements=["key"])
            conn.execute(stmt, conflict_rows)
        _add_months(
            conn,
            Counter(
                (r["entity_id"], _month(r["date"]))
                for r in quote_rows
                if r["entity_id"] is not None
            ),
            +1,
        )
        if quotes_per:
            conn.execute(
                update(EntityRow)
                .where(EntityRow.id == _bind("eid"))
                .values(
                    quote_count=EntityRow.quote_count + _bind("nq"),
                    article_count=EntityRow.article_count + _bind("na"),
                ),
                [{"eid": e, "nq": n, "na": articles_per[e]} for e, n in quotes_per.items()],
            )

    def save_corpus_conflicts(self, conflicts: Iterable[CorpusConflict]) -> int:
        """Store conflicts between claims of different articles; returns how
        many were new.  Sides naming an article or claim not stored are
        skipped (the article may not have been saved yet)."""
        items = list(conflicts)
        if not items:
            return 0
        added = 0
        with self.engine.begin() as conn:
            refs = {r for k in items for r in (k.a, k.b)}
            ids: dict[ClaimRef, tuple[int, int | None]] = {}
            wanted = sorted({r.article for r in refs})
            for part in chunks(wanted):
                for cid, akey, local, eid in conn.execute(
                    select(ClaimRow.id, ArticleRow.key, ClaimRow.local_id, ClaimRow.entity_id)
                    .join(ArticleRow, ArticleRow.pk == ClaimRow.article_pk)
                    .where(ArticleRow.key.in_(part))
                ):
                    ref = ClaimRef(akey, local)
                    if ref in refs:
                        ids[ref] = (cid, eid)
            rows = [
                {
                    "key": _pair_key(k.a, k.b),
                    "scope": "article" if k.a.article == k.b.article else "corpus",
                    "family": k.family,
                    "ratio": k.ratio,
                    "claim_a": ids[k.a][0],
                    "claim_b": ids[k.b][0],
                    "local_id": None,
                    "entity_a": ids[k.a][1],
                    "entity_b": ids[k.b][1],
                }
                for k in items
                if k.a in ids and k.b in ids
            ]
            stmt = (
                dialect_insert(conn, ConflictRow)
                .on_conflict_do_nothing(index_elements=["key"])
                .returning(ConflictRow.id)
            )
            for row in rows:
                added += len(conn.execute(stmt, row).all())
        return added


def entity_attributes(e: Entity | None) -> dict[str, Any]:
    """The attribute columns of an article's entity (None where unknown)."""
    if e is None or e.kind is None:
        return {"kind": None, "anonymous": None, "gender": None, "gender_evidence": None}
    return {
        "kind": e.kind,
        "anonymous": e.anonymous,
        "gender": e.gender,
        "gender_evidence": e.gender_evidence,
    }


def _merge_attributes(conn: Connection, found: dict[int, list[Entity]]) -> None:
    """Corpus entities take the first kind stored and the first decided gender.

    An article that decided female or male outranks one that said unknown;
    two articles that decided differently leave the first answer, whose
    evidence the entity keeps for a reader to check.
    """
    if not found:
        return
    current = {
        r[0]: r
        for part in chunks(list(found))
        for r in conn.execute(
            select(EntityRow.id, EntityRow.kind, EntityRow.gender).where(EntityRow.id.in_(part))
        )
    }
    updates = []
    for eid, entities in found.items():
        _, kind, gender = current.get(eid, (eid, None, None))
        new: dict[str, Any] = {}
        if kind is None:
            first = entities[0]
            new.update(kind=first.kind, anonymous=first.anonymous)
            kind = first.kind
        if kind == "person" and gender in (None, "unknown"):
            decided = next((e for e in entities if e.gender in ("female", "male")), None)
            pick = decided or (entities[0] if gender is None else None)
            if pick is not None and pick.kind == "person":
                new.update(gender=pick.gender, gender_evidence=pick.gender_evidence)
        if new:
            updates.append((eid, new))
    for eid, values in updates:
        conn.execute(update(EntityRow).where(EntityRow.id == eid).values(**values))


def _month(day: str | None) -> str:
    return day[:7] if day else "undated"


def _add_months(conn: Connection, counts: Counter[tuple[int, str]], sign: int) -> None:
    """Add (or with sign -1, take off) quotes per speaker and month."""
    if not counts:
        return
    stmt = dialect_insert(conn, SpeakerMonthRow)
    stmt = stmt.on_conflict_do_update(
        index_elements=["entity_id", "month"],
        set_={"quotes": SpeakerMonthRow.quotes + stmt.excluded.quotes},
    )
    conn.execute(
        stmt, [{"entity_id": e, "month": m, "quotes": sign * n} for (e, m), n in counts.items()]
    )


def _pair_key(a: ClaimRef, b: ClaimRef) -> str:
    first, second = sorted([(a.article, a.claim), (b.article, b.claim)])
    return json.dumps([list(first), list(second)], ensure_ascii=False)[:1100]


def _bind(name: str) -> Any:
    return bindparam(name)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
