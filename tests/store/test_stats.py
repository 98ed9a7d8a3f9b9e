"""Who-gets-quoted statistics: one computation for ledgers and the store."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quidit.cli import app
from quidit.records import Analysis, Entity, Quote, Span, Speaker
from quidit.store import open_store
from quidit.store.stats import compute, corpus_stats, facts_from_records

TEXT = "« Un » dit Anne. « Deux » dit Paul. « Trois » dit Anne. « Quatre » dit une source."


def _record(id_: str, site: str, date: str, anne_gender: str = "female") -> Analysis:
    people = [
        Entity("e1", "Anne Vasseur", "PER", (), "person", False, anne_gender, "Mme Vasseur"),
        Entity("e2", "Paul Mercier", "PER", (), "person", False, "male", "first name: Paul"),
        Entity("e3", "une source", None, (), "person", True, "unknown", "none"),
    ]
    speakers = ["e1", "e2", "e1", "e3"]
    quotes = tuple(
        Quote(f"q{i + 1}", "direct", Span(0, 1, "«"), None, Speaker(people[int(e[1]) - 1].name, e))
        for i, e in enumerate(speakers)
    )
    return Analysis(
        id=id_,
        lang="fr",
        text=TEXT,
        entities=tuple(people),
        quotes=quotes,
        meta={"site": site, "date": date},
    )


RECORDS = [
    _record("a1", "Le Courrier", "2026-09-02"),
    _record("a2", "La Gazette", "2026-10-05", anne_gender="unknown"),
]


def test_shares_by_gender_kind_and_anonymous() -> None:
    st = compute(facts_from_records(RECORDS))
    t = st.total
    assert t.quotes == 8
    # Anne is female everywhere: one article decided it.
    assert t.quotes_by_gender == {"female": 4, "male": 2, "unknown": 2}
    assert t.women_share_quotes == pytest.approx(4 / 6, abs=1e-4)
    # Two anonymous sources (never one person across articles), Anne, Paul.
    assert t.people_by_gender == {"female": 1, "male": 1, "unknown": 2}
    assert t.anonymous_share == pytest.approx(2 / 8)
    assert t.quotes_by_kind["person"] == 8
    assert [b.label for b in st.by_site] == ["La Gazette", "Le Courrier"]
    assert [b.label for b in st.by_month] == ["2026-09", "2026-10"]
    assert [p.name for p in st.top_people["female"]] == ["Anne Vasseur"]
    assert st.top_people["unknown"] == []  # anonymous sources are nobody's top


def test_store_and_ledger_give_the_same_figures(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.save_many(RECORDS)
        from_store = corpus_stats(store).to_dict()
        one_site = corpus_stats(store, site="Le Courrier").to_dict()
    from_ledger = compute(facts_from_records(RECORDS)).to_dict()
    assert from_store["total"] == from_ledger["total"]
    assert one_site["total"]["quotes"] == 4


def test_cli_on_a_ledger_writes_csv_and_json(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_text(
        "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in RECORDS),
        encoding="utf-8",
    )
    runner = CliRunner()
    r = runner.invoke(app, ["stats", str(ledger), "-o", str(tmp_path / "s.csv")])
    assert r.exit_code == 0, r.output
    assert "Who gets quoted" in r.output
    header, total = (tmp_path / "s.csv").read_text(encoding="utf-8").splitlines()[:2]
    assert header.startswith("scope,label,quotes") and total.startswith("total,all,8,")
    r = runner.invoke(app, ["stats", str(ledger), "--quiet", "-o", str(tmp_path / "s.json")])
    assert json.loads((tmp_path / "s.json").read_text())["total"]["anonymous_quotes"] == 2


def test_record_round_trip_keeps_the_attributes() -> None:
    e = RECORDS[0].entities[0]
    assert Entity.from_dict(e.to_dict()) == e
    assert "kind" not in replace(e, kind=None).to_dict()  # older records stay as they were
