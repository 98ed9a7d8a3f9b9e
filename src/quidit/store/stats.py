"""Who gets quoted: shares by gender, kinds of source, anonymous sources.

One computation, :func:`compute`, over quote facts read either from a
ledger (:func:`facts_from_records`) or from the store
(:func:`store_facts`, with the filters of the articles list), so the
terminal, the JSON API and the web pages show the same figures.

Conventions:
- a quote counts for a gender when its speaker is a person; shares of
  women are taken over quotes (or people) whose gender is female or male,
  as the Radar de Parité and the Gender Gap Tracker do, and the unknown
  ones are counted beside them;
- a person is one corpus speaker (the store's linking; in a ledger, one
  normalised name), whose gender is the first female or male any of its
  articles decided (in the store, any stored article, also outside the
  filter), else unknown.  An anonymous source is never one person
  across articles: « une source sécuritaire » of two articles may be two;
- the share of anonymous sources is over attributed quotes (quotes whose
  speaker the engine found).
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, select

from quidit.records import ENTITY_KINDS, Analysis
from quidit.store.models import ArticleEntityRow, ArticleRow, EntityRow, QuoteRow
from quidit.store.names import normalize_name
from quidit.store.queries import article_conditions

GENDER_KEYS = ("female", "male", "unknown")
#: People listed per gender among the most quoted.
TOP = 10


class QuoteFact(NamedTuple):
    article: str
    site: str | None
    date: str | None
    #: Who: a corpus id or a normalised name; None when the quote has no speaker.
    person: str | None
    name: str | None
    kind: str | None
    anonymous: bool
    gender: str | None
    speaker_id: int | None = None


@dataclass
class Breakdown:
    """The figures of one slice: everything, one site or one month."""

    label: str
    quotes: int = 0
    attributed: int = 0
    anonymous_quotes: int = 0
    quotes_by_gender: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GENDER_KEYS, 0))
    people_by_gender: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GENDER_KEYS, 0))
    quotes_by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENTITY_KINDS, 0))

    @staticmethod
    def _share(counts: dict[str, int]) -> float | None:
        known = counts["female"] + counts["male"]
        return round(counts["female"] / known, 4) if known else None

    @property
    def women_share_quotes(self) -> float | None:
        return self._share(self.quotes_by_gender)

    @property
    def women_share_people(self) -> float | None:
        return self._share(self.people_by_gender)

    @property
    def anonymous_share(self) -> float | None:
        return round(self.anonymous_quotes / self.attributed, 4) if self.attributed else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "quotes": self.quotes,
            "attributed": self.attributed,
            "quotes_by_gender": dict(self.quotes_by_gender),
            "women_share_quotes": self.women_share_quotes,
            "people_by_gender": dict(self.people_by_gender),
            "women_share_people": self.women_share_people,
            "quotes_by_kind": dict(self.quotes_by_kind),
            "anonymous_quotes": self.anonymous_quotes,
            "anonymous_share": self.anonymous_share,
        }


@dataclass(frozen=True, slots=True)
class TopPerson:
    name: str
    quotes: int
    gender: str
    speaker_id: int | None = None


@dataclass
class Stats:
    total: Breakdown
    by_site: list[Breakdown]
    by_month: list[Breakdown]
    top_people: dict[str, list[TopPerson]]
    filters: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "filters": {k: v for k, v in self.filters.items() if v not in (None, "")},
            "total": self.total.to_dict(),
            "by_site": [b.to_dict() for b in self.by_site],
            "by_month": [b.to_dict() for b in self.by_month],
            "top_people": {
                g: [
                    {"name": p.name, "quotes": p.quotes, "speaker_id": p.speaker_id} for p in people
                ]
                for g, people in self.top_people.items()
            },
        }

    def rows(self) -> Iterator[dict[str, Any]]:
        """Flat rows for CSV: the total, then each site, then each month."""
        for scope, items in (
            ("total", [self.total]),
            ("site", self.by_site),
            ("month", self.by_month),
        ):
            for b in items:
                yield {
                    "scope": scope,
                    "label": b.label,
                    "quotes": b.quotes,
                    "attributed": b.attributed,
                    **{f"quotes_{g}": b.quotes_by_gender[g] for g in GENDER_KEYS},
                    "women_share_quotes": b.women_share_quotes,
                    **{f"people_{g}": b.people_by_gender[g] for g in GENDER_KEYS},
                    "women_share_people": b.women_share_people,
                    **{f"quotes_{k}": b.quotes_by_kind[k] for k in ENTITY_KINDS},
                    "anonymous_quotes": b.anonymous_quotes,
                    "anonymous_share": b.anonymous_share,
                }

    def to_csv(self) -> str:
        out = io.StringIO()
        rows = list(self.rows())
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()


def month_of(date: str | None) -> str:
    return date[:7] if date and len(date) >= 7 else "undated"


def compute(facts: Iterable[QuoteFact], top: int = TOP, **filters: Any) -> Stats:
    items = list(facts)
    # A person's gender: the first decided one over all their quotes.
    gender_of: dict[str, str] = {}
    for f in items:
        if f.person is None or f.kind != "person":
            continue
        g = f.gender if f.gender in ("female", "male") else "unknown"
        if gender_of.get(f.person, "unknown") == "unknown":
            gender_of[f.person] = g
    total = Breakdown("all")
    sites: dict[str, Breakdown] = {}
    months: dict[str, Breakdown] = {}
    people: dict[int, set[str]] = defaultdict(set)
    quoted: Counter[str] = Counter()
    names: dict[str, tuple[str, int | None]] = {}
    for f in items:
        site = f.site or "(no site)"
        month = month_of(f.date)
        slices = (
            total,
            sites.setdefault(site, Breakdown(site)),
            months.setdefault(month, Breakdown(month)),
        )
        for b in slices:
            b.quotes += 1
            if f.kind is None and f.person is None:
                continue
            b.attributed += 1
            if f.kind in b.quotes_by_kind:
                b.quotes_by_kind[f.kind] += 1
            if f.anonymous:
                b.anonymous_quotes += 1
            if f.kind == "person" and f.person is not None:
                g = gender_of.get(f.person, "unknown")
                b.quotes_by_gender[g] += 1
                people[id(b)].add(f.person)
        if f.kind == "person" and f.person is not None and not f.anonymous:
            quoted[f.person] += 1
            names.setdefault(f.person, (f.name or f.person, f.speaker_id))
    for b in (total, *sites.values(), *months.values()):
        for person in people[id(b)]:
            b.people_by_gender[gender_of.get(person, "unknown")] += 1
    top_people: dict[str, list[TopPerson]] = {g: [] for g in GENDER_KEYS}
    for person, n in sorted(quoted.items(), key=lambda kv: (-kv[1], names[kv[0]][0])):
        g = gender_of.get(person, "unknown")
        if len(top_people[g]) < top:
            name, sid = names[person]
            top_people[g].append(TopPerson(name, n, g, sid))
    return Stats(
        total=total,
        by_site=sorted(sites.values(), key=lambda b: (-b.quotes, b.label)),
        by_month=sorted(months.values(), key=lambda b: b.label),
        top_people=top_people,
        filters=filters,
    )


def facts_from_records(records: Iterable[Analysis]) -> Iterator[QuoteFact]:
    """Quote facts of analysis records (a ledger)."""
    from quidit.store.store import page_fields

    for a in records:
        fields = page_fields(a)
        entities = {e.id: e for e in a.entities}
        for q in a.quotes:
            e = entities.get(q.speaker.entity or "")
            if e is None:
                name = q.speaker.name
                yield QuoteFact(a.id, fields["site"], fields["date"], None, name, None, False, None)
                continue
            person = f"{a.id}#{e.id}" if e.anonymous else normalize_name(e.name) or e.name
            yield QuoteFact(
                a.id, fields["site"], fields["date"], person, e.name, e.kind, e.anonymous, e.gender
            )


def store_facts(
    conn: Connection,
    *,
    site: str | None = None,
    lang: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    article_filter: Any = None,
) -> Iterator[QuoteFact]:
    """Quote facts of the stored articles that pass the articles list's filters."""
    stmt = (
        select(
            ArticleRow.key,
            ArticleRow.site,
            ArticleRow.date,
            QuoteRow.entity_id,
            QuoteRow.speaker_name,
            EntityRow.name,
            ArticleEntityRow.local_id,
            ArticleEntityRow.kind,
            ArticleEntityRow.anonymous,
            ArticleEntityRow.gender,
            EntityRow.gender,
        )
        .select_from(QuoteRow)
        .join(ArticleRow, ArticleRow.pk == QuoteRow.article_pk)
        .outerjoin(
            ArticleEntityRow,
            and_(
                ArticleEntityRow.article_pk == QuoteRow.article_pk,
                ArticleEntityRow.local_id == QuoteRow.speaker_local,
            ),
        )
        .outerjoin(EntityRow, EntityRow.id == QuoteRow.entity_id)
    )
    for condition in article_conditions(site, lang, date_from, date_to):
        stmt = stmt.where(condition)
    if article_filter is not None:
        stmt = stmt.where(article_filter)
    rows = conn.execute(stmt.order_by(ArticleRow.pk, QuoteRow.id))
    for key, site_, date, eid, speaker, corpus_name, local, kind, anonymous, gender, known in rows:
        if eid is None and local is None:
            yield QuoteFact(key, site_, date, None, speaker, None, False, None)
            continue
        anonymous = bool(anonymous)
        person = f"{key}#{local}" if anonymous or eid is None else f"id:{eid}"
        # The corpus entity's gender holds what any of its articles decided,
        # also those outside the filter.
        if not anonymous and known in ("female", "male"):
            gender = known
        yield QuoteFact(
            key,
            site_,
            date,
            person,
            corpus_name or speaker,
            kind,
            anonymous,
            gender,
            None if anonymous else eid,
        )


def corpus_stats(
    store: Any,
    *,
    q: str | None = None,
    site: str | None = None,
    lang: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    top: int = TOP,
) -> Stats:
    """Statistics over the stored articles the articles list would show for
    the same filters (``Store.list_articles``)."""
    from quidit.store.queries import search_terms

    with store.engine.connect() as conn:
        words = search_terms(q)
        where = store._fts(conn, "articles", words) if words else None
        facts = list(
            store_facts(
                conn,
                site=site,
                lang=lang,
                date_from=date_from,
                date_to=date_to,
                article_filter=where,
            )
        )
    return compute(facts, top=top, q=q, site=site, lang=lang, date_from=date_from, date_to=date_to)
