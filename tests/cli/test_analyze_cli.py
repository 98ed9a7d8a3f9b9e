"""``quidit analyze`` over mixed inputs: formats, errors file, exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.pages import ARTICLE_SENTENCES, FURNITURE, article_page, write_warc
from quidit.cli import app
from quidit.run import format_for

QUIDIT = [sys.executable, "-c", "from quidit.cli import main; main()"]


@pytest.mark.parametrize(
    ("fmt", "output", "terminal", "expected"),
    [
        (None, "out.jsonl", False, "jsonl"),
        (None, "out.csv", True, "csv"),
        (None, "out.parquet", False, "parquet"),
        (None, "out.PARQUET", False, "parquet"),
        (None, "out.unknown", False, "jsonl"),
        (None, None, True, "table"),
        (None, None, False, "jsonl"),
        ("csv", "out.jsonl", False, "csv"),  # --format wins over the extension
    ],
)
def test_format_for(fmt: str | None, output: str | None, terminal: bool, expected: str) -> None:
    path = Path(output) if output else None
    assert format_for(fmt, path, terminal=terminal) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "unknown format 'xml'; valid choices: csv, jsonl, parquet, table"),
        (["--resume"], "--resume needs an output file"),
        (["--format", "parquet"], "Parquet needs an output file"),
        (["--jobs", "0"], "jobs must be at least 1"),
        (["--text-column", ""], "--text-column must name a column"),
    ],
)
def test_usage_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    done = subprocess.run(
        [*QUIDIT, "analyze", str(tmp_path / "a.txt"), *args], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.strip() == f"quidit: error: {message}" or message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with an HTML page, a WARC, JSON Lines, CSV and a text file."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.html").write_text(article_page(), encoding="utf-8")
    other = article_page(
        canonical=None,
        title="Les chauffeurs de bus en grève",
        sentences=(
            "Les chauffeurs du réseau de Morvelle ont cessé le travail lundi matin.",
            "« Nous voulons des horaires humains », a déclaré Lucien Ferrand, délégué syndical.",
        ),
    )
    write_warc(
        root / "crawl.warc.gz",
        [("response", "https://news.example/greve", other.encode(), "200 OK", "text/html")],
        gz=True,
    )
    (root / "export.jsonl").write_text(
        json.dumps(
            {
                "id": "j1",
                "text": "« Le budget sera tenu », a assuré Rosalie Quintal, adjointe aux finances.",
            },
            ensure_ascii=False,
        )
        + "\n"
        + json.dumps({"id": "j2", "text": "The council will meet again on Monday, the mayor said."})
        + "\n",
        encoding="utf-8",
    )
    (root / "rows.csv").write_text(
        'id,corps\nc1,"Selon la préfecture, la route restera fermée jusqu\'à lundi."\n',
        encoding="utf-8",
    )
    (root / "empty.txt").write_text("", encoding="utf-8")
    return root


@pytest.mark.slow
def test_mixed_folder_to_every_format(analyzer, schema, mixed: Path, tmp_path: Path) -> None:
    import jsonschema

    from quidit.output.parquet import read_parquet

    runner = CliRunner()
    base = ["analyze", str(mixed), "--jobs", "1", "--text-column", "corps"]

    result = runner.invoke(app, [*base, "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1, result.output  # the empty file failed
    assert "failures listed in" in result.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    by_source = {r["meta"]["source"].rsplit("/", 1)[-1]: r for r in records}
    # One record per article: the CSV's text column is "corps"; the JSON
    # Lines file has no "corps" column but has "text" … which is not the
    # column asked for, so its records fail.
    assert set(by_source) == {"page.html", "crawl.warc.gz@0", "rows.csv:2"}
    for record in records:
        jsonschema.validate(record, schema)
        for q in record["quotes"]:
            for span in filter(None, [q["content"], q["cue"], q["speaker"]["mention"]]):
                assert record["text"][span["start"] : span["end"]] == span["text"]
    page = by_source["page.html"]
    assert page["title"] == "Le pont de Valmorin rouvrira en mars"
    assert page["meta"]["author"] == "Claire Fontenelle"
    assert page["meta"]["site_name"] == "Le Courrier du Lac"
    assert ARTICLE_SENTENCES[0] in page["text"]
    assert not any(f[:25] in page["text"] for f in FURNITURE.values())
    assert by_source["crawl.warc.gz@0"]["url"] == "https://news.example/greve"
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    reasons = sorted(e["reason"] for e in errors)
    assert len(errors) == 3
    assert reasons[0] == "empty file"
    assert all("record has no 'corps'" in r for r in reasons[1:])

    # CSV: one row per quote, offsets into each record's text.
    result = runner.invoke(app, [*base, "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 1
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert len(rows) == sum(len(r["quotes"]) for r in records)
    texts = {r["id"]: r["text"] for r in records}
    for row in rows:
        text = texts[row["article_id"]]
        assert text[int(row["content_start"]) : int(row["content_end"])] == row["content"]

    # Parquet: the same records.
    result = runner.invoke(app, [*base, "-o", str(tmp_path / "out.parquet")])
    assert result.exit_code == 1
    assert [a.to_dict() for a in read_parquet(tmp_path / "out.parquet")] == records


@pytest.mark.slow
def test_languages_per_article(analyzer, mixed: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["analyze", str(mixed / "export.jsonl"), "--jobs", "1", "-o", str(tmp_path / "o.jsonl")],
    )
    assert result.exit_code == 0, result.output
    langs = [json.loads(line)["lang"] for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert langs == ["fr", "en"]


def test_progress_bar_when_asked(mixed: Path, tmp_path: Path) -> None:
    # Only failures here (no model needed): the bar still counts them.
    result = CliRunner().invoke(
        app,
        ["analyze", str(mixed / "empty.txt"), "-o", str(tmp_path / "o.jsonl"), "--progress"],
    )
    assert result.exit_code == 1
    assert "analysing" in result.stderr
    assert "1 failed" in result.stderr
