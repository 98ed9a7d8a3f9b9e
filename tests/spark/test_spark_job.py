"""quidit spark in Spark local mode (local[2]) against the single-machine run.

One SparkSession for the module and two runs in all (a JVM starts slowly):
a first run over a mixed corpus (JSON Lines + WARC), compared record by
record with ``quidit analyze``'s batch runner over the same files; then a
re-run with one more input (Parquet), which must analyse only what is new.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from quidit.errors import UsageError
from quidit.options import Options
from quidit.output.arrow_schema import ANALYSIS_SCHEMA, ERROR_SCHEMA, analysis_from_row
from quidit.run import run_batch

from .corpus import BRIDGE, MARKET, ROAD, write_jsonl, write_warc

pytestmark = [pytest.mark.spark, pytest.mark.slow]

pyspark = pytest.importorskip("pyspark")

from quidit.spark.job import SparkJob, SparkSummary, run, session  # noqa: E402

OPTIONS = Options(jobs=1)


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    spark = session(
        "local[2]",
        [
            ("spark.ui.enabled", "false"),
            # Few rows: no need for 200 shuffle partitions.
            ("spark.sql.shuffle.partitions", "4"),
        ],
    )
    yield spark
    spark.stop()


def _source(meta: dict[str, Any]) -> dict[str, Any]:
    # Spark names files by URI (file:/tmp/…), quidit analyze by path (/tmp/…).
    meta = dict(meta)
    if isinstance(meta.get("source"), str):
        meta["source"] = meta["source"].removeprefix("file:")
    return meta


def records(table: pa.Table) -> dict[str, dict[str, Any]]:
    out = {}
    for row in table.to_pylist():
        d = analysis_from_row(row).to_dict()
        d["meta"] = _source(d.get("meta", {}))
        assert d["id"] not in out, f"id {d['id']} written twice"
        out[d["id"]] = d
    return out


@dataclass
class FirstRun:
    summary: SparkSummary
    job: SparkJob
    analyses: pa.Table
    errors: pa.Table
    single: pa.Table
    single_errors: list[dict[str, Any]]
    inputs: tuple[str, ...]


@pytest.fixture(scope="module")
def first_run(spark: Any, analyzer: Any, tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    tmp = tmp_path_factory.mktemp("spark")
    inputs = (str(write_jsonl(tmp / "news.jsonl")), str(write_warc(tmp / "crawl.warc.gz")))
    job = SparkJob(inputs=inputs, output=str(tmp / "out"), options=OPTIONS, partitions=3)
    summary = run(spark, job)
    single_path, errors_path = tmp / "single.parquet", tmp / "single.errors.jsonl"
    run_batch(
        list(inputs),
        OPTIONS,
        output=single_path,
        fmt="parquet",
        errors=errors_path,
        analyzer_factory=lambda options: analyzer,
    )
    return FirstRun(
        summary=summary,
        job=job,
        analyses=ds.dataset(job.analyses_path).to_table(),
        errors=ds.dataset(job.errors_path).to_table(),
        single=pq.read_table(single_path),
        single_errors=[json.loads(line) for line in errors_path.read_text().splitlines()],
        inputs=inputs,
    )


def test_spark_writes_the_schema_of_format_parquet(first_run: FirstRun) -> None:
    assert first_run.analyses.schema.equals(ANALYSIS_SCHEMA)
    assert first_run.single.schema.equals(ANALYSIS_SCHEMA)
    assert first_run.errors.schema.equals(ERROR_SCHEMA)


def test_spark_records_equal_the_single_machine_records(first_run: FirstRun) -> None:
    spark_records, single_records = records(first_run.analyses), records(first_run.single)
    # 4 JSON Lines articles (a-2 repeated → a-2~2; copy-of-1 repeats a-1's
    # text and is dropped) and the article page of the WARC.
    assert len(spark_records) == 5
    assert {"a-1", "a-2", "a-2~2", "a-3"} <= set(spark_records)
    assert "copy-of-1" not in spark_records
    assert sorted(spark_records) == sorted(single_records)
    for id, record in spark_records.items():
        assert record == single_records[id], id
    page = next(r for id, r in spark_records.items() if id.startswith("url-"))
    assert BRIDGE in page["text"]
    assert first_run.summary.analysed == 5
    assert first_run.summary.duplicates == 1


def test_failed_articles_are_in_the_error_table_with_their_reasons(first_run: FirstRun) -> None:
    errors = [
        (e["id"], e["source"].removeprefix("file:"), e["reason"])
        for e in first_run.errors.to_pylist()
    ]
    single = [(e["id"], e["source"], e["reason"]) for e in first_run.single_errors]
    assert sorted(errors, key=str) == sorted(single, key=str)
    reasons = sorted(reason.split(":")[0].split(" (")[0] for _, _, reason in errors)
    assert reasons == [
        "invalid JSON",
        "no article text found in the page",
        "record has no 'text' or 'html' text",
    ]
    assert first_run.summary.failed == 3


def test_a_rerun_analyses_only_what_is_new(spark: Any, first_run: FirstRun) -> None:
    before = records(first_run.analyses)
    extra = Path(first_run.job.output).parent / "more.parquet"
    pq.write_table(
        pa.Table.from_pylist(
            [
                {"id": "m-1", "text": MARKET},
                # a-3 came earlier in this input (news.jsonl), so this one is
                # a-3~2, as quidit analyze names it, and its text is done.
                {"id": "a-3", "text": ROAD},
                {"id": "road-again", "text": ROAD},  # a done text under a new id
            ]
        ),
        extra,
    )
    job = SparkJob(
        inputs=(*first_run.inputs, str(extra)),
        output=first_run.job.output,
        options=OPTIONS,
        partitions=3,
    )
    summary = run(spark, job)
    after = records(ds.dataset(job.analyses_path).to_table())  # raises on an id written twice
    assert sorted(set(after) - set(before)) == ["m-1"]
    assert all(after[id] == record for id, record in before.items())
    assert summary.analysed == 1
    assert summary.skipped == 5  # the ids the first run wrote
    assert summary.duplicates == 3  # copy-of-1, a-3~2 and road-again
    # Failed articles are tried again, so the error table lists them once more.
    assert summary.failed == 3
    assert ds.dataset(job.errors_path).to_table().num_rows == 3


@pytest.mark.parametrize("name", ["missing.jsonl", "missing.warc.gz", "missing.parquet"])
def test_a_missing_input_is_a_usage_error(spark: Any, tmp_path: Path, name: str) -> None:
    job = SparkJob(inputs=(str(tmp_path / name),), output=str(tmp_path / "out"), options=OPTIONS)
    with pytest.raises(UsageError, match=f"cannot read .*{name}"):
        run(spark, job)
    assert not (tmp_path / "out").exists()
