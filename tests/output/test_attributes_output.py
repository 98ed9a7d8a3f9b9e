"""CSV and Parquet carry who each source is (kind, anonymous, gender, evidence)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from quidit.output.csv import CsvWriter
from quidit.output.parquet import read_parquet, write_parquet
from store.test_stats import RECORDS


def test_parquet_round_trip_keeps_the_attributes(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    write_parquet(RECORDS, path)
    back = list(read_parquet(path))
    assert [r.entities for r in back] == [r.entities for r in RECORDS]
    # A record written before the attributes existed reads back without them.
    old = replace(RECORDS[0], entities=tuple(replace(e, kind=None) for e in RECORDS[0].entities))
    write_parquet([old], path)
    assert next(iter(read_parquet(path))).entities[0].kind is None


def test_csv_rows_name_the_speakers_gender_and_kind() -> None:
    out = io.StringIO()
    CsvWriter(out).write(RECORDS[0])
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["speaker_gender"] for r in rows] == ["female", "male", "female", "unknown"]
    assert rows[0]["speaker_gender_evidence"] == "Mme Vasseur"
    assert [r["speaker_anonymous"] for r in rows][-1] == "true"
    assert {r["speaker_kind"] for r in rows} == {"person"}
