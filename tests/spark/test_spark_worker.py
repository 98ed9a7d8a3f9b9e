"""The Spark job's worker functions and argument checks, without a JVM or a model."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from quidit.cli import app
from quidit.errors import UsageError
from quidit.options import Options
from quidit.output.arrow_schema import ANALYSIS_SCHEMA, analysis_from_row
from quidit.records import Analysis, Article, Failure, Quote, Span, Speaker
from quidit.spark import worker
from quidit.spark.job import SparkJob, input_kind
from quidit.spark.schema import spark_schema, spark_type

from .corpus import ARTICLE_PAGE, BUDGET, EMPTY_PAGE, STRIKE

OPTIONS = Options(jobs=1)
F = worker.ITEM_FIELDS


def field(row: tuple[Any, ...], name: str) -> Any:
    return row[F.index(name)]


def read(lines: list[str], path: str = "file:/c/in.jsonl", start: int = 0) -> list[tuple]:
    return list(worker.read_jsonl_lines(((line, path, start) for line in lines), OPTIONS))


# -- reading -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "status", "reason"),
    [
        (json.dumps({"id": "x", "text": BUDGET}), worker.TODO, None),
        (json.dumps({"id": "x", "html": ARTICLE_PAGE}), worker.TODO, None),
        ("{not json", worker.FAILED, "invalid JSON"),
        ("[1, 2]", worker.FAILED, "not a JSON object"),
        (json.dumps({"id": "x", "body": BUDGET}), worker.FAILED, "record has no 'text'"),
    ],
)
def test_each_line_becomes_an_article_a_page_or_a_failure(
    line: str, status: str, reason: str | None
) -> None:
    (row,) = read([line])
    assert field(row, "status") == status
    if reason is None:
        assert field(row, "reason") is None
        assert field(row, "key") == field(row, "id") == "x"
    else:
        assert field(row, "reason").startswith(reason)


def test_lines_are_numbered_like_quidit_analyze_counting_blank_ones() -> None:
    rows = read([json.dumps({"id": "a", "text": BUDGET}), "", "{bad"])
    assert [field(r, "source") for r in rows] == ["file:/c/in.jsonl:1", "file:/c/in.jsonl:3"]
    assert json.loads(field(rows[0], "meta"))["source"] == "file:/c/in.jsonl:1"


def test_a_later_file_split_names_lines_from_its_byte_offset() -> None:
    (row,) = read(["{bad"], start=134_217_728)
    assert field(row, "source") == "file:/c/in.jsonl@134217728:+1"


def test_failures_without_id_get_distinct_keys_that_are_not_ids() -> None:
    rows = read(["{bad", "{worse", json.dumps({"id": "ok", "text": STRIKE})])
    keys = [field(r, "key") for r in rows]
    assert len(set(keys)) == 3
    assert keys[2] == "ok" and all(k.startswith("\x00") for k in keys[:2])


def test_rows_keep_input_order_within_a_partition() -> None:
    rows = read([json.dumps({"id": f"i{n}", "text": STRIKE}) for n in range(3)])
    assert [(field(r, "origin"), field(r, "seq")) for r in rows] == [
        ("file:/c/in.jsonl", 0),
        ("file:/c/in.jsonl", 1),
        ("file:/c/in.jsonl", 2),
    ]


def test_table_records_read_like_json_lines() -> None:
    records = [
        {"id": "p1", "text": STRIKE, "section": "social", "__p": "file:/t.parquet", "__s": 0},
        {"id": "p2", "text": None, "__p": "file:/t.parquet", "__s": 0},
    ]
    rows = list(worker.read_records(records, OPTIONS, "__p", "__s"))
    assert [field(r, "status") for r in rows] == [worker.TODO, worker.FAILED]
    assert json.loads(field(rows[0], "meta")) == {"source": "file:/t.parquet", "section": "social"}


# -- resolving -----------------------------------------------------------------


def test_pages_get_their_main_text_and_articles_pass_unchanged() -> None:
    lines = [
        json.dumps({"id": "page", "html": ARTICLE_PAGE, "url": "https://v.example/p"}),
        json.dumps({"id": "empty", "html": EMPTY_PAGE}),
        json.dumps({"id": "text", "text": STRIKE}),
    ]
    page, empty, text = worker.resolve_rows(read(lines), OPTIONS)
    assert field(page, "status") == worker.TODO
    assert "Saint-Aubert-la-Rivière" in field(page, "text")
    assert "Accueil" not in field(page, "text")
    assert field(page, "html") is None and field(page, "hash")
    assert field(empty, "status") == worker.FAILED
    assert field(empty, "reason").startswith("no article text found")
    assert field(text, "text") == STRIKE


# -- analysing (with a stand-in analyzer: no model) -----------------------------


class FakeAnalyzer:
    """One quote per article; raises on a text containing BOOM."""

    def analyze_many(self, articles: Iterable[Article]) -> Iterable[Analysis | Failure]:
        for a in articles:
            if "BOOM" in a.text:
                raise RuntimeError("engine bug")
            quote = Quote(
                id="q1",
                type="direct",
                content=Span.of(a.text, 0, 5),
                cue=None,
                speaker=Speaker(name="X"),
            )
            yield Analysis(id=a.id, lang="fr", text=a.text, quotes=(quote,))


@pytest.fixture
def fake_analyzer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "shared_analyzer", lambda options: FakeAnalyzer())


def test_analyze_rows_gives_one_out_row_per_row(fake_analyzer: None) -> None:
    rows = read(
        [
            json.dumps({"id": "good", "text": BUDGET}),
            "{bad",
            json.dumps({"id": "bug", "text": "BOOM " + STRIKE}),
            json.dumps({"id": "good2", "text": STRIKE}),
        ]
    )
    skipped = (*rows[3][:1], worker.SKIPPED, *rows[3][2:])
    out = list(worker.analyze_rows([*rows, skipped], Options(jobs=1, batch_size=2)))
    by_status: dict[str, list[tuple]] = {}
    for status, analysis, error in out:
        by_status.setdefault(status, []).append((analysis, error))
    assert sorted(by_status) == [worker.ERROR, worker.OK, worker.SKIPPED]
    ok_ids = sorted(a[0] for a, _ in by_status[worker.OK])
    assert ok_ids == ["good", "good2"]
    errors = {e[0]: e[2] for _, e in by_status[worker.ERROR]}
    assert errors["bug"] == "internal error: RuntimeError: engine bug"
    assert errors[None].startswith("invalid JSON")


def test_an_out_row_reads_back_as_the_same_analysis() -> None:
    analysis = Analysis(
        id="r", lang="fr", text=BUDGET, title="T", meta={"source": "x:1", "author": "A"}
    )
    status, row, error = worker.out_row(analysis)
    assert status == worker.OK and error == worker.PLACEHOLDER_ERROR
    back = analysis_from_row(dict(zip(ANALYSIS_SCHEMA.names, row, strict=True)))
    assert back == analysis


@pytest.fixture
def fresh_worker(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A worker with no Analyzer yet; records pipeline cache clears instead of doing them."""
    monkeypatch.setattr(worker, "_analyzer", None)
    monkeypatch.setattr(worker, "_analyzer_options", None)
    monkeypatch.setattr(worker, "_analysed_since_load", 0)
    cleared: list[str] = []

    class Loader:
        @staticmethod
        def cache_clear() -> None:
            cleared.append("cleared")

    monkeypatch.setattr("quidit.nlp.pipeline.load_pipeline", Loader)
    return cleared


def test_one_analyzer_per_worker_until_the_options_change(fresh_worker: list[str]) -> None:
    first = worker.shared_analyzer(OPTIONS)
    assert worker.shared_analyzer(Options(jobs=1)) is first
    other = worker.shared_analyzer(Options(jobs=1, fast=True))
    assert other is not first and other.options.fast


def test_the_analyzer_is_renewed_after_reload_every_articles(
    fresh_worker: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = worker.shared_analyzer(OPTIONS)
    monkeypatch.setattr(worker, "_analysed_since_load", worker.RELOAD_EVERY - 1)
    assert worker.shared_analyzer(OPTIONS) is first
    monkeypatch.setattr(worker, "_analysed_since_load", worker.RELOAD_EVERY)
    assert worker.shared_analyzer(OPTIONS) is not first
    assert worker._analysed_since_load == 0
    assert fresh_worker == ["cleared"]  # a fresh pipeline, not the cached one


# -- arguments and schema --------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("s3a://bucket/cc-news/2026/*.warc.gz", "warc"),
        ("hdfs:///corpus/part-0001.warc", "warc"),
        ("/data/export.jsonl", "jsonl"),
        ("/data/export.ndjson.gz", "jsonl"),
        ("file:/data/table.parquet", "parquet"),
        ("/data/some-directory/", None),
        ("/data/notes.txt", None),
    ],
)
def test_input_kind_from_the_name(path: str, kind: str | None) -> None:
    if kind is None:
        with pytest.raises(UsageError, match="--input-format"):
            input_kind(path)
    else:
        assert input_kind(path) == kind
    assert input_kind(path, "parquet") == "parquet"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"input_format": "csv"}, "valid choices: auto, jsonl, parquet, warc"),
        ({"partitions": 0}, "partitions must be at least 1"),
        ({"inputs": ()}, "no input"),
    ],
)
def test_bad_job_arguments_name_the_fix(kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"inputs": ("/d/in.jsonl",), "output": "/d/out", **kwargs}
    with pytest.raises(UsageError, match=message):
        SparkJob(**args)


def test_output_tables_sit_side_by_side() -> None:
    job = SparkJob(inputs=("a.jsonl",), output="s3a://b/out/")
    assert (job.analyses_path, job.errors_path) == ("s3a://b/out/analyses", "s3a://b/out/errors")


def test_spark_schema_keeps_the_arrow_nullability() -> None:
    schema = spark_schema(ANALYSIS_SCHEMA)
    fields = {f.name: f for f in schema.fields}
    assert not fields["id"].nullable and fields["title"].nullable
    quotes = fields["quotes"].dataType
    assert not quotes.containsNull
    quote_fields = {f.name: f.nullable for f in quotes.elementType.fields}
    assert quote_fields["cue"] and not quote_fields["content"]
    with pytest.raises(TypeError, match="no Spark type"):
        spark_type(pa.timestamp("s"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in.jsonl", "-o", "out", "--input-format", "csv"], "valid choices"),
        (["in.txt", "-o", "out"], "add --input-format"),
        (["in.jsonl", "-o", "out", "--conf", "novalue"], "--conf takes KEY=VALUE"),
    ],
)
def test_cli_refuses_bad_arguments_before_starting_spark(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["spark", *args])
    assert result.exit_code != 0
    assert isinstance(result.exception, UsageError)
    assert message in str(result.exception)
