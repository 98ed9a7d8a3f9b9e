"""Store writes and reads, against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import func, inspect, select, text

from quidit.errors import UsageError
from quidit.records import Analysis
from quidit.store import ClaimRef, CorpusConflict, Store, database_url, open_store, to_analysis
from quidit.store.models import Base, EntityRow, QuoteRow, Run, SpeakerMonthRow
from quidit.store.store import migrate, page_fields

from .builders import FLOOD, FOLLOW_UP, XSS, E, Q, Rec, build

TABLES = ("articles", "entities", "aliases", "article_entities", "quotes", "claims", "conflicts")


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_gold_records_round_trip(store: Store, dev_gold: list[dict]) -> None:
    records = [Analysis.from_dict(d) for d in dev_gold]
    assert store.save_many(records).added == len(records)
    for record in records:
        detail = store.get_article(record.id)
        assert detail is not None
        assert to_analysis(detail).to_dict() == record.to_dict()
    assert store.get_article("no-such-article") is None


def test_saving_the_same_article_twice_changes_nothing(store: Store) -> None:
    record = build(FLOOD)
    assert store.save(record) == "added"
    before = counts(store)
    assert store.save(record) == "unchanged"
    assert store.save_many([record, record]).unchanged == 2
    assert counts(store) == before
    assert before["articles"] == 1 and before["quotes"] == 4 and before["conflicts"] == 1
    speaker = store.find_speaker("Odile Carrasco")
    assert speaker is not None
    detail = store.get_speaker(speaker)
    assert detail is not None and detail.speaker.quote_count == 2


def test_a_changed_record_replaces_the_old_one(store: Store) -> None:
    record = build(FLOOD)
    store.save(record)
    fewer = dataclasses.replace(record, quotes=record.quotes[:1], claims=(), conflicts=())
    assert store.save(fewer) == "replaced"
    assert counts(store)["quotes"] == 1
    assert counts(store)["conflicts"] == 0
    ferrandou = store.find_speaker("Bastien Ferrandou")
    carrasco = store.find_speaker("Odile Carrasco")
    assert carrasco is not None and ferrandou is not None
    assert store.get_speaker(carrasco).speaker.quote_count == 1  # type: ignore[union-attr]
    assert store.get_speaker(ferrandou).speaker.quote_count == 0  # type: ignore[union-attr]
    # A speaker with no quote left drops out of the speaker list.
    names = [s.name for s in store.list_speakers().items]
    assert "Bastien Ferrandou" not in names


def test_speakers_are_linked_across_articles(store: Store) -> None:
    store.save_many([build(FLOOD), build(FOLLOW_UP)])
    carrasco = store.find_speaker("mme odile carrasco")
    assert carrasco is not None
    detail = store.get_speaker(carrasco)
    assert detail is not None
    assert detail.speaker.quote_count == 3
    assert detail.speaker.article_count == 2
    assert {q.article for q in detail.quotes.items} == {FLOOD.id, FOLLOW_UP.id}
    # Quotes come newest first (the follow-up is dated later).
    assert detail.quotes.items[0].article == FOLLOW_UP.id
    assert [m.month for m in detail.timeline] == ["2024-03", "2024-04"]
    assert "Carrasco" in detail.aliases


def test_aliases_link_but_shared_or_descriptive_ones_do_not(store: Store) -> None:
    a = Rec(
        id="a",
        text="« Nous gagnerons », lance Paul Vidal, dit le Faucon.",
        entities=[E("Paul Vidal", ["le Faucon", "Le Faucon Noir"])],
        quotes=[Q("Nous gagnerons", "Paul Vidal", "lance", "Paul Vidal")],
    )
    b = Rec(
        id="b",
        text="« Rien n’est fini », prévient le Faucon Noir.",
        entities=[E("Le Faucon Noir")],
        quotes=[Q("Rien n’est fini", "Le Faucon Noir", "prévient", "le Faucon Noir")],
    )
    # A description ("le chef du parti") never links two people.
    c = Rec(
        id="c",
        text="« Non », répond Léa Morin, le chef du parti.",
        entities=[E("Léa Morin", ["le chef du parti"])],
        quotes=[Q("Non", "Léa Morin", "répond", "Léa Morin")],
    )
    d = Rec(
        id="d",
        text="« Oui », dit le chef du parti.",
        entities=[E("le chef du parti")],
        quotes=[Q("Oui", "le chef du parti", "dit", "le chef du parti")],
    )
    store.save_many([build(r) for r in (a, b, c, d)])
    vidal = store.find_speaker("Paul Vidal")
    assert vidal is not None and store.find_speaker("Faucon Noir") == vidal
    assert store.get_speaker(vidal).speaker.quote_count == 2  # type: ignore[union-attr]
    morin = store.find_speaker("Léa Morin")
    chef = store.find_speaker("le chef du parti")
    assert morin is not None and chef is not None and morin != chef


def test_a_shared_surname_does_not_merge_two_people(store: Store) -> None:
    anne = Rec(
        id="anne",
        text="« Oui », dit Anne Garnier.",
        entities=[E("Anne Garnier", ["Garnier", "Mme Garnier"])],
        quotes=[Q("Oui", "Anne Garnier", "dit", "Anne Garnier")],
    )
    bruno = Rec(
        id="bruno",
        text="« Non », dit Bruno Garnier.",
        entities=[E("Bruno Garnier", ["Garnier"])],
        quotes=[Q("Non", "Bruno Garnier", "dit", "Bruno Garnier")],
    )
    surname = Rec(
        id="garnier",
        text="« Peut-être », dit Garnier.",
        entities=[E("Garnier")],
        quotes=[Q("Peut-être", "Garnier", "dit", "Garnier")],
    )
    store.save_many([build(anne), build(bruno)])
    store.save(build(surname))
    ids = {store.find_speaker(n) for n in ("Anne Garnier", "Bruno Garnier")}
    assert len(ids) == 2 and None not in ids
    # "Garnier" alone could be either: it stays its own speaker.
    names = {s.name for s in store.list_speakers().items}
    assert names == {"Anne Garnier", "Bruno Garnier", "Garnier"}


def test_quotes_with_a_name_but_no_entity_get_a_corpus_speaker(store: Store) -> None:
    rec = dataclasses.replace(
        build(FLOOD), entities=(), id="no-entities"
    )  # speakers named, entities list empty
    store.save(rec)
    sid = store.find_speaker("Bastien Ferrandou")
    assert sid is not None
    assert store.get_speaker(sid).speaker.quote_count == 2  # type: ignore[union-attr]


def test_conflicts_within_and_across_articles(store: Store) -> None:
    store.save_many([build(FLOOD), build(FOLLOW_UP)])
    within = store.list_conflicts(scope="article")
    assert within.total == 1
    k = within.items[0]
    assert {k.a.source, k.b.source} == {"Odile Carrasco", "Bastien Ferrandou"}
    assert k.a.article == k.b.article == FLOOD.id
    across = CorpusConflict(ClaimRef(FLOOD.id, "c1"), ClaimRef(FOLLOW_UP.id, "c1"), "killed", 2.0)
    missing = CorpusConflict(ClaimRef(FLOOD.id, "c1"), ClaimRef("not-stored", "c1"), "killed", 2.0)
    assert store.save_corpus_conflicts([across, missing]) == 1
    assert store.save_corpus_conflicts([across]) == 0  # idempotent
    corpus = store.list_conflicts(scope="corpus")
    assert corpus.total == 1
    sides = {(corpus.items[0].a.article, corpus.items[0].a.span.text)} | {
        (corpus.items[0].b.article, corpus.items[0].b.span.text)
    }
    assert sides == {(FLOOD.id, "trois"), (FOLLOW_UP.id, "Six")}
    # The article page sees both conflicts its claims are in.
    detail = store.get_article(FLOOD.id)
    assert detail is not None and len(detail.conflicts) == 2
    carrasco = store.find_speaker("Odile Carrasco")
    assert store.list_conflicts(speaker=carrasco).total == 2


def test_article_filters_and_text_search(store: Store) -> None:
    store.save_many([build(FLOOD), build(FOLLOW_UP), build(XSS)])
    assert {a.id for a in store.list_articles(site="Gazette du Lys").items} == {FOLLOW_UP.id}
    assert store.list_articles(lang="en").total == 0
    assert {a.id for a in store.list_articles(date_from="2024-04-01").items} == {
        FOLLOW_UP.id,
        XSS.id,
    }
    assert {a.id for a in store.list_articles(date_to="2024-03-31").items} == {FLOOD.id}
    assert {a.id for a in store.list_articles(q="digue").items} == {FLOOD.id, FOLLOW_UP.id}
    assert {a.id for a in store.list_articles(q="digue bilan").items} == {FOLLOW_UP.id}
    assert store.list_articles(q="introuvable").total == 0
    # newest first
    assert [a.id for a in store.list_articles().items] == [XSS.id, FOLLOW_UP.id, FLOOD.id]


@pytest.mark.parametrize(
    "q",
    [
        "'; DROP TABLE articles; --",
        '" OR 1=1 --',
        "NEAR(digue cédé) AND *",
        "title:digue",
        "%_\\",
    ],
)
def test_hostile_search_strings_are_plain_words(store: Store, q: str) -> None:
    store.save(build(FLOOD))
    store.list_articles(q=q)
    store.search_quotes(q=q)
    store.list_speakers(q=q)
    assert counts(store)["articles"] == 1


def test_quote_search_by_words_speaker_and_type(store: Store) -> None:
    store.save_many([build(FLOOD), build(FOLLOW_UP)])
    assert {q.content.text for q in store.search_quotes(q="digue").items} == {
        "La digue a cédé à l’aube"
    }
    ferrandou = store.find_speaker("Ferrandou")
    assert ferrandou is not None
    assert store.search_quotes(speaker=ferrandou).total == 3
    assert store.search_quotes(speaker=ferrandou, type="direct").total == 1
    assert store.search_quotes(type="mixed").total == 1
    # Words alone (read straight from the index on SQLite) and words with a
    # filter (matched in the table) agree.
    for word in ("digue", "a", "ont"):
        alone = store.search_quotes(q=word).items
        both = store.search_quotes(q=word, speaker=ferrandou).items
        mine = [(q.article, q.id) for q in alone if q.speaker_id == ferrandou]
        assert [(q.article, q.id) for q in both] == mine
        assert store.search_quotes(q=word).total == len(alone)
    assert store.search_quotes(q="digue ferrandou").total == 0  # names are not quote words
    assert store.list_claims(unit="mort").total == 3
    assert store.list_claims(article=FOLLOW_UP.id).total == 1


def test_accents_do_not_matter_in_sqlite_search(tmp_path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.save(build(FLOOD))
        assert store.search_quotes(q="evacue").total == 1
        assert store.list_articles(q="PREFECTURE").total == 1


def test_limits_are_capped(store: Store) -> None:
    store.save_many([dataclasses.replace(build(FLOOD), id=f"a{i}") for i in range(3)])
    page = store.list_articles(limit=10_000, offset=-5)
    assert page.limit == 100 and page.offset == 0 and page.total == 3
    page = store.list_articles(limit=2)
    assert len(page.items) == 2 and page.next_offset == 2
    assert store.list_articles(limit=2, offset=2).next_offset is None
    assert store.list_articles(limit=0).limit == 1


def test_runs_are_recorded(store_url: str) -> None:
    with open_store(store_url, command="quidit analyze x.txt") as store:
        store.save(build(FLOOD))
        store.save(build(FLOOD))
        store.save(build(FOLLOW_UP))
    with open_store(store_url) as store, store.engine.connect() as conn:
        run = conn.execute(select(Run)).one()
    assert (run.added, run.unchanged, run.replaced) == (2, 1, 0)
    assert run.finished_at is not None and run.command == "quidit analyze x.txt"


def test_migrations_match_the_models(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrate(store.engine)  # a second run is a no-op
    with store.engine.connect() as conn:
        # Full-text search objects live in the migration only (SQL per dialect).
        ctx = MigrationContext.configure(
            conn, opts={"include_name": lambda name, *_: "_fts" not in (name or "")}
        )
        diff = compare_metadata(ctx, Base.metadata)
        names = set(inspect(conn).get_table_names())
    assert diff == []
    assert set(TABLES) | {"runs", "alembic_version"} <= names


def test_speaker_counts_match_the_quotes(store: Store, dev_gold: list[dict]) -> None:
    store.save_many([Analysis.from_dict(d) for d in dev_gold])
    store.save_many([build(FLOOD), build(FOLLOW_UP)])
    flood = build(FLOOD)
    # A replaced record takes its old quotes off the counts.
    store.save(dataclasses.replace(flood, quotes=flood.quotes[2:], claims=(), conflicts=()))
    month = func.coalesce(func.substr(QuoteRow.date, 1, 7), "undated")
    with store.engine.connect() as conn:
        real = dict(
            conn.execute(
                select(QuoteRow.entity_id, func.count())
                .where(QuoteRow.entity_id.is_not(None))
                .group_by(QuoteRow.entity_id)
            ).all()
        )
        kept = dict(conn.execute(select(EntityRow.id, EntityRow.quote_count)).all())
        real_months = {
            (e, m): n
            for e, m, n in conn.execute(
                select(QuoteRow.entity_id, month, func.count())
                .where(QuoteRow.entity_id.is_not(None))
                .group_by(QuoteRow.entity_id, month)
            )
        }
        kept_months = {
            (e, m): n
            for e, m, n in conn.execute(
                select(SpeakerMonthRow.entity_id, SpeakerMonthRow.month, SpeakerMonthRow.quotes)
            )
            if n
        }
    assert real == {k: v for k, v in kept.items() if v}
    assert real_months == kept_months
    assert ("2024-03" in {m for _, m in kept_months}) and ("undated" in {m for _, m in kept_months})


def test_a_speakers_conflicts_page_through(store: Store) -> None:
    records = []
    for i in range(5):
        rec = dataclasses.replace(FLOOD, id=f"crue-{i}")
        records.append(build(rec))
    store.save_many(records)
    carrasco = store.find_speaker("Odile Carrasco")
    first = store.list_conflicts(speaker=carrasco, limit=2)
    assert first.total == 5 and len(first.items) == 2
    seen = [k.id for k in first.items]
    seen += [k.id for k in store.list_conflicts(speaker=carrasco, limit=2, offset=2).items]
    seen += [k.id for k in store.list_conflicts(speaker=carrasco, limit=2, offset=4).items]
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == 5
    assert store.list_conflicts(speaker=store.find_speaker("Bastien Ferrandou")).total == 5
    assert [k.id for k in store.speaker_conflicts(carrasco, 3)] == seen[:3]


@pytest.mark.parametrize(
    ("meta", "url", "expected"),
    [
        (
            {"sitename": "Le Courrier", "date": "2024-03-14T08:00"},
            None,
            ("Le Courrier", "2024-03-14"),
        ),
        ({"hostname": "x.example", "date": "14/03/2024"}, None, ("x.example", None)),
        ({}, "https://www.journal.example/a/b", ("www.journal.example", None)),
        ({"date": "2024-3-4"}, None, (None, None)),
        ({}, None, (None, None)),
    ],
)
def test_page_fields(meta: dict, url: str | None, expected: tuple) -> None:
    rec = Analysis(id="x", lang="fr", text="t", url=url, meta=meta)
    f = page_fields(rec)
    assert (f["site"], f["date"]) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("corpus.db", "sqlite:///corpus.db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u:p@h:5/db", "postgresql+psycopg://u:p@h:5/db"),
    ],
)
def test_database_url(given: str, expected: str) -> None:
    assert database_url(given) == expected


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "oracle://x", "://"])
def test_database_url_refuses_other_databases(bad: str) -> None:
    with pytest.raises(UsageError):
        database_url(bad)


def test_stored_text_is_kept_verbatim(store: Store) -> None:
    record = build(XSS)
    store.save(record)
    detail = store.get_article(record.id)
    assert detail is not None
    assert detail.text == record.text and detail.article.title == record.title
    assert json.dumps(to_analysis(detail).to_dict()) == json.dumps(record.to_dict())


def test_claim_scope_and_conflict_shared_scope_are_stored(store: Store) -> None:
    """Issue 12: the scope of each claim and the scope a conflict's claims
    share come back from the store (migration 0002_claim_scope)."""
    from dataclasses import replace

    from quidit.records import ClaimScope

    record = build(FLOOD)
    scope = ClaimScope(family="killed", place="à Vernay-sur-Lys", event="mardi")
    claims = tuple(replace(c, scope=scope) for c in record.claims)
    conflicts = tuple(
        replace(k, scope={"family": "killed", "place": "à Vernay-sur-Lys"})
        for k in record.conflicts
    )
    store.save(replace(record, claims=claims, conflicts=conflicts))
    detail = store.get_article(FLOOD.id)
    assert detail is not None
    assert all(c.scope == scope.to_dict() for c in detail.claims)
    (k,) = store.list_conflicts(scope="article").items
    assert k.shared == {"family": "killed", "place": "à Vernay-sur-Lys"}
    # Records from elsewhere, with no scope, read back as unknown.
    store.save(build(FOLLOW_UP))
    other = store.get_article(FOLLOW_UP.id)
    assert other is not None and all(c.scope is None for c in other.claims)
