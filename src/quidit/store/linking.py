"""Linking article entities to corpus speakers, inside a write transaction.

Each article names its sources with local ids (``e1`` …); the store keeps
one corpus entity per person or body across articles.  How names link is
in :class:`Linker`'s docstring; the keys come from ``names.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from quidit.records import Analysis
from quidit.store.models import AliasRow, EntityRow
from quidit.store.names import is_name_like, normalize_name

#: Bound parameters per IN list: SQLite allows 32,766, PostgreSQL 65,535.
IN_CHUNK = 900


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def dialect_insert(conn: Connection, model: Any) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


@dataclass(slots=True)
class Local:
    """An entity as one article has it, before corpus linking."""

    name: str
    type: str | None
    aliases: tuple[str, ...]
    key: str
    link_keys: tuple[str, ...]


def local_entities(analysis: Analysis) -> dict[str, Local]:
    """The article's entities by local id, plus one per speaker that is
    named but not listed (keyed ``name:<name>``)."""
    out: dict[str, Local] = {}
    for e in analysis.entities:
        out[e.id] = _make_local(e.name, e.type, e.aliases)
    for q in analysis.quotes:
        sp = q.speaker
        if sp.name and (sp.entity is None or sp.entity not in out):
            out.setdefault(f"name:{sp.name}", _make_local(sp.name, None, ()))
    return {k: v for k, v in out.items() if v.key}


def _make_local(name: str, type_: str | None, aliases: Sequence[str]) -> Local:
    key = normalize_name(name)
    # Aliases that only shorten the name ("Garnier" for "Anne Garnier") never
    # link it to another entity: Bruno Garnier's surname is also Anne's.  Other
    # names (a pseudonym, a full name for a surname) may.
    words = set(key.split())
    links = [
        k
        for k in (normalize_name(a) for a in aliases if is_name_like(a))
        if not set(k.split()) <= words
    ]
    return Local(
        name=name,
        type=type_,
        aliases=tuple(aliases),
        key=key,
        link_keys=tuple(k for k in dict.fromkeys(links) if k and k != key),
    )


def speaker_local(
    q_entity: str | None, q_name: str | None, locals_: dict[str, Local]
) -> str | None:
    if q_entity and q_entity in locals_:
        return q_entity
    if q_name and f"name:{q_name}" in locals_:
        return f"name:{q_name}"
    return None


class Linker:
    """Links article entities to corpus entities within one transaction.

    A canonical name links to the entity with that key; failing that, to the
    one entity that has it as a proper-name alias; failing that, the
    entity's own proper-name aliases are tried the same way.  An alias two
    entities share ("Kapustin" for two brothers) links nothing.
    """

    def __init__(self, conn: Connection, keys: Iterable[str]) -> None:
        self.conn = conn
        wanted = sorted(set(keys))
        self.by_key: dict[str, int] = {}
        self.by_alias: dict[str, set[int]] = defaultdict(set)
        for part in chunks(wanted):
            for eid, key in conn.execute(
                select(EntityRow.id, EntityRow.key).where(EntityRow.key.in_(part))
            ):
                self.by_key[key] = eid
            for eid, key in conn.execute(
                select(AliasRow.entity_id, AliasRow.key).where(
                    AliasRow.key.in_(part), AliasRow.linkable.is_(True)
                )
            ):
                self.by_alias[key].add(eid)
        self.new_aliases: dict[tuple[int, str], dict[str, Any]] = {}

    def _find(self, key: str) -> int | None:
        if key in self.by_key:
            return self.by_key[key]
        ids = self.by_alias.get(key)
        return next(iter(ids)) if ids and len(ids) == 1 else None

    def link(self, local: Local) -> int:
        eid = self._find(local.key)
        for k in local.link_keys:
            if eid is not None:
                break
            eid = self._find(k)
        if eid is None:
            eid = self._create(local)
        self._alias(eid, local.name, linkable=is_name_like(local.name))
        for a in local.aliases:
            self._alias(eid, a, linkable=is_name_like(a))
        return eid

    def _create(self, local: Local) -> int:
        table = EntityRow.__table__
        stmt = dialect_insert(self.conn, table).values(
            key=local.key, name=local.name, type=local.type, quote_count=0, article_count=0
        )
        self.conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
        eid = self.conn.execute(select(EntityRow.id).where(EntityRow.key == local.key)).scalar_one()
        self.by_key[local.key] = eid
        return eid

    def _alias(self, eid: int, name: str, *, linkable: bool) -> None:
        key = normalize_name(name)
        if not key or (eid, key) in self.new_aliases:
            return
        self.new_aliases[(eid, key)] = {
            "entity_id": eid,
            "key": key,
            "name": name[:512],
            "linkable": linkable,
        }
        if linkable:
            self.by_alias[key].add(eid)

    def flush(self) -> None:
        if not self.new_aliases:
            return
        stmt = dialect_insert(self.conn, AliasRow).on_conflict_do_nothing(
            index_elements=["entity_id", "key"]
        )
        self.conn.execute(stmt, list(self.new_aliases.values()))
