"""The batch runner with a stand-in analyzer (no model): output, errors file,
duplicates, resume after every kind of crash, worker processes, formats."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from quidit.ingest import content_id
from quidit.options import Options
from quidit.records import Analysis, Article, Failure, Quote, Span, Speaker
from quidit.run import run_batch
from quidit.run.journal import run_paths

#: Words in a text that make the stand-in analyzer misbehave.
FAIL, CRASH, BUG, STOP = "ÉCHEC", "PLANTAGE", "ANOMALIE", "INTERRUPTION"


class FakeAnalyzer:
    """Finds one quote per « … » pair; deterministic, instant, picklable."""

    calls: list[str] = []  # noqa: RUF012 (read by the tests, in this process)

    def __init__(self, options: Options) -> None:
        self.options = options

    def analyze_many(self, articles: Sequence[Article]) -> Iterator[Analysis | Failure]:
        for article in articles:
            FakeAnalyzer.calls.append(article.id)
            if CRASH in article.text:
                os._exit(3)  # a worker dying (out of memory, segfault)
            if BUG in article.text:
                raise RuntimeError("engine bug")
            if STOP in article.text:
                raise KeyboardInterrupt
            if FAIL in article.text or not article.text.strip():
                yield Failure(source=article.id, reason="refused by the test", id=article.id)
                continue
            yield Analysis(
                id=article.id,
                lang="fr",
                text=article.text,
                title=article.title,
                url=article.url,
                quotes=tuple(_quotes(article.text)),
                meta=article.meta,
            )


def _quotes(text: str) -> Iterator[Quote]:
    start = text.find("«")
    n = 0
    while start != -1:
        end = text.find("»", start)
        if end == -1:
            return
        n += 1
        yield Quote(
            id=f"q{n}",
            type="direct",
            content=Span.of(text, start + 1, end),
            cue=None,
            speaker=Speaker(name="Hugo Marsan"),
        )
        start = text.find("«", end)


def sentences(n: int, *, extra: dict[int, str] | None = None) -> list[dict[str, str]]:
    extra = extra or {}
    records = []
    for i in range(n):
        text = f"« Phrase numéro {i} », a dit Hugo Marsan. {extra.get(i, '')}".strip()
        records.append({"id": f"a{i:03d}", "text": text})
    return records


def write_jsonl(path: Path, records: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return str(path)


def run(sources: list[str], out: Path | None, fmt: str = "jsonl", **options: object):
    FakeAnalyzer.calls.clear()
    opts = Options(**{"jobs": 1, **options})  # type: ignore[arg-type]
    return run_batch(sources, opts, output=out, fmt=fmt, analyzer_factory=FakeAnalyzer)


def journal(out: Path, fmt: str = "jsonl") -> list[dict]:
    return [json.loads(line) for line in run_paths(out, fmt).progress.read_text().splitlines()]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    records = sentences(30, extra={4: FAIL, 9: BUG})
    records[12] = {"id": "dup", "text": records[3]["text"]}  # same content as a003
    records[20] = {"id": "empty", "text": "   "}
    return [write_jsonl(tmp_path / "in.jsonl", records), str(tmp_path / "missing.txt")]


def test_output_errors_file_and_journal(tmp_path: Path, inputs: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    summary = run(inputs, out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert (summary.analysed, summary.failed, summary.duplicates) == (26, 4, 1)
    assert len(records) == 26
    # a004 refused, a009 raised in the engine, the empty record, the missing file
    assert [e["id"] for e in errors] == ["a004", "a009", "empty", None]
    assert "internal error: RuntimeError: engine bug" in errors[1]["reason"]
    assert "record has no 'text'" in errors[2]["reason"]
    assert errors[3] == {"id": None, "source": inputs[1], "reason": "no such file or directory"}
    by_id = {r["id"]: r for r in records}
    assert by_id["a000"]["quotes"][0]["content"]["text"] == " Phrase numéro 0 "
    assert by_id["a000"]["meta"]["source"].endswith("in.jsonl:1")
    statuses = {e["id"]: e["status"] for e in journal(out)}
    assert statuses["dup"] == "duplicate"
    assert statuses["a004"] == "failed"
    assert statuses["!" + inputs[1]] == "failed"
    assert list(statuses.values()).count("ok") == 26


def test_engine_errors_cost_one_article(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    path = write_jsonl(tmp_path / "in.jsonl", sentences(10, extra={5: BUG}))
    summary = run([path], out)
    assert (summary.analysed, summary.failed) == (9, 1)
    (error,) = (
        json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()
    )
    assert error["id"] == "a005"
    assert "internal error: RuntimeError: engine bug" in error["reason"]


def test_duplicates_are_analysed_once(tmp_path: Path) -> None:
    records = sentences(5)
    copies = [{"id": f"copy{i}", "text": r["text"] + "\n"} for i, r in enumerate(records)]
    path = write_jsonl(tmp_path / "in.jsonl", records + copies)
    summary = run([path, path], tmp_path / "out.jsonl")
    assert summary.analysed == 5
    assert summary.duplicates == 15  # 5 spacing variants + 10 repeats of the file
    assert sorted(FakeAnalyzer.calls) == [r["id"] for r in records]
    dups = [e for e in journal(tmp_path / "out.jsonl") if e["status"] == "duplicate"]
    assert {e["of"] for e in dups} == {r["id"] for r in records}
    # The file's second reading repeats every id: they get ~2 suffixes.
    assert "a000~2" in {e["id"] for e in dups}


# -- resume --


def crash(out: Path, fmt: str, keep: int, torn: str) -> None:
    """Leave the files as a crash after ``keep`` journaled articles would.

    ``torn``: which file also holds half a line (the article being written
    when the process died), or "unjournaled": a whole record written, its
    journal line not.
    """
    paths = run_paths(out, fmt)
    lines = paths.progress.read_bytes().splitlines(keepends=True)
    entry = json.loads(lines[keep - 1])
    next_entry = json.loads(lines[keep])
    paths.progress.write_bytes(b"".join(lines[:keep]))
    data = paths.data.read_bytes()
    errors = paths.errors.read_bytes()
    paths.data.write_bytes(data[: entry["out"]])
    paths.errors.write_bytes(errors[: entry["err"]])
    if torn == "output":
        with paths.data.open("ab") as f:
            f.write(data[entry["out"] : next_entry["out"]][:-7])
    elif torn == "errors":
        with paths.errors.open("ab") as f:
            f.write(b'{"id": "a0')
    elif torn == "journal":
        with paths.progress.open("ab") as f:
            f.write(lines[keep][:-5])
    elif torn == "unjournaled":
        with paths.data.open("ab") as f:
            f.write(data[entry["out"] : next_entry["out"]])
    elif torn == "power cut":
        # The journal reached the disk, the last records it lists did not.
        paths.progress.write_bytes(b"".join(lines[: keep + 3]))


@pytest.mark.parametrize(
    "torn", ["none", "output", "errors", "journal", "unjournaled", "power cut"]
)
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_after_a_crash_equals_an_uninterrupted_run(
    tmp_path: Path, inputs: list[str], torn: str, fmt: str
) -> None:
    whole = tmp_path / f"whole.{fmt}"
    run(inputs, whole, fmt)
    out = tmp_path / f"out.{fmt}"
    run(inputs, out, fmt)
    crash(out, fmt, keep=11, torn=torn)
    summary = run(inputs, out, fmt, resume=True)
    assert summary.skipped == 11
    assert out.read_bytes() == whole.read_bytes()
    assert (tmp_path / "out.errors.jsonl").read_bytes() == (
        tmp_path / "whole.errors.jsonl"
    ).read_bytes()
    # Nothing the first run finished was analysed again.
    done_before = {e["id"] for e in journal(whole, fmt)[:11]}
    assert not done_before & set(FakeAnalyzer.calls)
    assert [e["id"] for e in journal(out, fmt)] == [e["id"] for e in journal(whole, fmt)]


def test_resume_of_a_finished_run_does_nothing(tmp_path: Path, inputs: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    first = run(inputs, out)
    before = out.read_bytes()
    again = run(inputs, out, resume=True)
    assert FakeAnalyzer.calls == []
    assert out.read_bytes() == before
    assert again.skipped == first.analysed + first.failed + first.duplicates
    assert again.total_failed == 4  # the earlier run's failures still count


def test_resume_picks_up_new_inputs(tmp_path: Path, inputs: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    run(inputs, out)
    extra = write_jsonl(tmp_path / "more.jsonl", [{"id": "new", "text": "« Nouveau », dit-il."}])
    summary = run([*inputs, extra], out, resume=True)
    assert FakeAnalyzer.calls == ["new"]
    assert summary.analysed == 1
    assert json.loads(out.read_text().splitlines()[-1])["id"] == "new"


def test_without_resume_the_output_starts_afresh(tmp_path: Path, inputs: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    run(inputs, out)
    run(inputs[:1], out)
    assert len(out.read_text().splitlines()) == 26


def test_interrupted_run_then_resume(tmp_path: Path) -> None:
    records = sentences(20, extra={13: STOP})
    path = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    summary = run([path], out)
    assert summary.interrupted
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert written == [r["id"] for r in records[: len(written)]]  # a prefix, in order
    # The stop is gone (a transient cause): resuming finishes the rest.
    records[13]["text"] = records[13]["text"].replace(STOP, "")
    write_jsonl(tmp_path / "in.jsonl", records)
    summary = run([path], out, resume=True)
    assert not summary.interrupted
    final = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert final == [r["id"] for r in records]


# -- formats --


def test_csv_has_one_row_per_quote(tmp_path: Path) -> None:
    import csv

    records = [
        {"id": "two", "text": "« Un », dit-il. « Deux », ajoute-t-il."},
        {"id": "none", "text": "Aucune citation ici."},
    ]
    out = tmp_path / "out.csv"
    run([write_jsonl(tmp_path / "in.jsonl", records)], out, "csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["article_id"], r["quote_id"], r["content"]) for r in rows] == [
        ("two", "q1", " Un "),
        ("two", "q2", " Deux "),
    ]
    text = records[0]["text"]
    for r in rows:
        assert text[int(r["content_start"]) : int(r["content_end"])] == r["content"]
    assert rows[0]["speaker"] == "Hugo Marsan"
    assert rows[0]["cue"] == ""


@pytest.mark.parametrize(
    "stage", ["spool", "converted, spool left", "tmp written", "finalized, then more inputs"]
)
def test_parquet_output_and_resume(tmp_path: Path, inputs: list[str], stage: str) -> None:
    from quidit.output.parquet import read_parquet

    expected = tmp_path / "whole.jsonl"
    run(inputs, expected)
    want = [json.loads(line) for line in expected.read_text().splitlines()]
    out = tmp_path / "out.parquet"
    paths = run_paths(out, "parquet")
    if stage == "finalized, then more inputs":
        run(inputs[:1], out, "parquet")  # a finished run over the first input only
        run(inputs, out, "parquet", resume=True)
    else:
        run(inputs, out, "parquet")
        # Rebuild the state a crash at this stage leaves.
        spool = [a.to_dict() for a in read_parquet(out)]
        if stage == "spool":
            out.unlink()
            crash_lines = spool[:7]
        else:
            crash_lines = spool
        paths.data.write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in crash_lines)
        )
        if stage == "tmp written":
            out.replace(paths.tmp)  # type: ignore[arg-type]
            paths.data.unlink()
        elif stage == "spool":
            entries = journal(out, "parquet")
            keep = next(i for i, e in enumerate(entries) if e["out"] > paths.data.stat().st_size)
            paths.progress.write_text("".join(json.dumps(e) + "\n" for e in entries[:keep]))
        run(inputs, out, "parquet", resume=True)
    got = [a.to_dict() for a in read_parquet(out)]
    assert got == want
    assert not paths.data.exists()
    assert paths.tmp is not None and not paths.tmp.exists()


def test_stdout_output_and_failures_in_the_summary(
    tmp_path: Path, inputs: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    summary = run(inputs, None)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 26
    assert json.loads(lines[0])["id"] == "a000"
    assert {f.reason for f in summary.failures} >= {"no such file or directory"}


def test_resume_needs_an_output_file(inputs: list[str]) -> None:
    from quidit.errors import UsageError

    with pytest.raises(UsageError, match="--resume needs an output file"):
        run(inputs, None, resume=True)


# -- worker processes --


def test_workers_give_the_same_output_as_one_process(tmp_path: Path, inputs: list[str]) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run(inputs, one)
    summary = run(inputs, two, jobs=2)
    assert summary.jobs == 2
    assert two.read_bytes() == one.read_bytes()
    assert (tmp_path / "two.errors.jsonl").read_bytes() == (
        tmp_path / "one.errors.jsonl"
    ).read_bytes()


def test_a_dying_worker_costs_only_its_article(tmp_path: Path) -> None:
    records = sentences(40, extra={17: CRASH})
    path = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    summary = run([path], out, jobs=2)
    assert (summary.analysed, summary.failed) == (39, 1)
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert written == [r["id"] for r in records if r["id"] != "a017"]
    (error,) = (
        json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()
    )
    assert error["id"] == "a017"
    assert "worker process died" in error["reason"]


def test_html_pages_are_extracted_in_the_workers(tmp_path: Path) -> None:
    from ingest.pages import article_page  # tests/ingest/pages.py

    (tmp_path / "pages").mkdir()
    for i in range(6):
        page = article_page(title=f"Titre {i}", canonical=f"https://news.example/{i}")
        (tmp_path / "pages" / f"p{i}.html").write_text(page)
    out = tmp_path / "out.jsonl"
    summary = run([str(tmp_path / "pages")], out, jobs=2)
    assert summary.analysed == 6
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["title"] for r in records] == [f"Titre {i}" for i in range(6)]
    assert all(r["meta"]["author"] == "Claire Fontenelle" for r in records)
    assert records[0]["id"] == content_id((tmp_path / "pages" / "p0.html").read_bytes())


def test_resume_refuses_an_output_without_journal(tmp_path: Path, inputs: list[str]) -> None:
    from quidit.errors import UsageError

    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "written by something else"}\n')
    with pytest.raises(UsageError, match="has no journal"):
        run(inputs, out, resume=True)
    assert out.read_text() == '{"id": "written by something else"}\n'


def test_resume_with_nothing_to_resume_starts(tmp_path: Path, inputs: list[str]) -> None:
    summary = run(inputs, tmp_path / "out.jsonl", resume=True)
    assert summary.analysed == 26
