"""How workers start (issue 15): a fork server that loaded the pipeline once,
or spawn; the same output either way and with one process; the fallback
logged; the CLI starting without the stacks it does not need; --profile."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from quidit.options import Options
from quidit.records import Analysis
from quidit.run import run_batch
from quidit.run import workers as workers_module
from quidit.run.profile import STAGES, render
from quidit.run.runner import Summary
from quidit.run.workers import default_factory, start_method, uses_pipeline
from quidit.timing import Timings
from test_batch import FakeAnalyzer, sentences, write_jsonl


@pytest.mark.parametrize(
    ("requested", "platform", "methods", "expected", "reason"),
    [
        ("auto", "linux", ["fork", "spawn", "forkserver"], "forkserver", None),
        ("forkserver", "linux", ["fork", "spawn", "forkserver"], "forkserver", None),
        ("spawn", "linux", ["fork", "spawn", "forkserver"], "spawn", None),
        ("auto", "darwin", ["spawn", "fork", "forkserver"], "spawn", "unsafe on macOS"),
        # Asked for explicitly, the fork server is used on macOS too.
        ("forkserver", "darwin", ["spawn", "fork", "forkserver"], "forkserver", None),
        ("auto", "win32", ["spawn"], "spawn", "cannot fork"),
        ("forkserver", "win32", ["spawn"], "spawn", "cannot fork"),
    ],
)
def test_start_method_choice(
    monkeypatch: pytest.MonkeyPatch,
    requested: str,
    platform: str,
    methods: list[str],
    expected: str,
    reason: str | None,
) -> None:
    monkeypatch.setattr(workers_module, "platform", lambda: platform)
    monkeypatch.setattr(workers_module.multiprocessing, "get_all_start_methods", lambda: methods)
    method, why = start_method(requested)
    assert method == expected
    if reason is None:
        assert why is None
    else:
        assert why is not None and reason in why


def test_unknown_start_method_is_refused() -> None:
    with pytest.raises(Exception, match="start method"):
        Options(start_method="fork-and-hope")


def test_only_real_analyzers_are_preloaded() -> None:
    from quidit.service import Analyzer

    class Wrapper:  # as quidit.store.sink.StoringFactory wraps the real one
        def __init__(self, factory: object) -> None:
            self.factory = factory

    assert uses_pipeline(default_factory)
    assert uses_pipeline(Analyzer)
    assert uses_pipeline(Wrapper(default_factory))
    assert not uses_pipeline(FakeAnalyzer)
    assert not uses_pipeline(Wrapper(FakeAnalyzer))


def _run(path: str, out: Path, **options: object) -> Summary:
    opts = Options(**options)  # type: ignore[arg-type]
    return run_batch([path], opts, output=out, analyzer_factory=FakeAnalyzer)


def test_same_output_with_one_process_and_either_start_method(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", sentences(40))
    one = _run(path, tmp_path / "one.jsonl", jobs=1)
    server = _run(path, tmp_path / "server.jsonl", jobs=2, start_method="forkserver")
    spawned = _run(path, tmp_path / "spawn.jsonl", jobs=2, start_method="spawn")
    assert (one.start_method, server.start_method, spawned.start_method) == (
        None,
        "forkserver",
        "spawn",
    )
    reference = (tmp_path / "one.jsonl").read_bytes()
    assert reference.count(b"\n") == 40
    assert (tmp_path / "server.jsonl").read_bytes() == reference
    assert (tmp_path / "spawn.jsonl").read_bytes() == reference


def test_fork_server_is_stopped_after_the_run(tmp_path: Path) -> None:
    from multiprocessing import forkserver

    path = write_jsonl(tmp_path / "in.jsonl", sentences(10))
    _run(path, tmp_path / "out.jsonl", jobs=2, start_method="forkserver")
    # It holds a whole model in a real run: it must not outlive the run.
    assert forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]


def test_the_fallback_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(workers_module, "platform", lambda: "darwin")
    path = write_jsonl(tmp_path / "in.jsonl", sentences(10))
    with caplog.at_level(logging.WARNING, logger="quidit.run"):
        summary = _run(path, tmp_path / "out.jsonl", jobs=2)
    assert summary.start_method == "spawn"
    assert any("'spawn'" in r.getMessage() and "macOS" in r.getMessage() for r in caplog.records)


def test_no_fallback_message_where_forking_is_safe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(workers_module, "platform", lambda: "linux")
    path = write_jsonl(tmp_path / "in.jsonl", sentences(10))
    with caplog.at_level(logging.WARNING, logger="quidit.run"):
        _run(path, tmp_path / "out.jsonl", jobs=2)
    assert not [r for r in caplog.records if "spawn" in r.getMessage()]


def test_the_cli_starts_without_the_stacks_analyze_does_not_need() -> None:
    heavy = ("spacy", "sqlalchemy", "alembic", "trafilatura", "pyarrow", "pyspark", "fastapi")
    heavy += ("uvicorn", "httpx", "lxml", "warcio")
    code = (
        "import sys, quidit.cli, quidit.run; "
        f"print(','.join(m for m in {heavy!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == ""


def test_serve_default_store_is_the_store_default() -> None:
    from quidit.cli.serve import DEFAULT_URL as cli_default
    from quidit.store import DEFAULT_URL

    assert cli_default == DEFAULT_URL


def test_profile_lists_every_stage() -> None:
    summary = Summary(analysed=4, jobs=2, start_method="forkserver")
    summary.timings = Timings(load_shared=3.0, load=0.01, parse=0.8, extract=0.2, write=0.05)
    text = render(summary, startup=0.4, wall=4.5)
    assert "start-up" in text and "0.40 s" in text
    assert "fork server" in text and "3.00 s" in text
    for _, label in STAGES:
        assert label.split(" (")[0] in text
    assert "250.0 ms" in text  # (0.8 + 0.2) s over 4 articles
    assert "summed over 2 workers (forkserver)" in text


# -- with the French model --


def _articles(n: int) -> list[dict[str, str]]:
    people = ("Odile Brassac", "Lucien Ferrand", "Inès Valcourt", "Gaspard Morlaix")
    records = []
    for i in range(n):
        who = people[i % len(people)]
        text = (
            f"« Le pont de Valmorin rouvrira dans {i + 2} semaines », a déclaré {who}, "
            f"maire de la commune. Selon la préfecture, {100 + i} riverains ont été relogés.\n\n"
            f"{who} a précisé que les travaux coûteraient {i + 3} millions d'euros."
        )
        records.append({"id": f"v{i:03d}", "text": text})
    return records


@pytest.mark.slow
def test_real_pipeline_same_output_and_loaded_once(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", _articles(12))

    def go(name: str, **options: object) -> Summary:
        opts = Options(lang="fr", **options)  # type: ignore[arg-type]
        return run_batch([path], opts, output=tmp_path / f"{name}.jsonl")

    one = go("one", jobs=1)
    server = go("server", jobs=2, start_method="forkserver")
    spawned = go("spawn", jobs=2, start_method="spawn")
    reference = (tmp_path / "one.jsonl").read_bytes()
    records = [Analysis.from_dict(json.loads(line)) for line in reference.splitlines()]
    assert len(records) == 12 and all(r.quotes for r in records)
    assert (tmp_path / "server.jsonl").read_bytes() == reference
    assert (tmp_path / "spawn.jsonl").read_bytes() == reference
    # Loaded once, in the fork server: the workers found it there.
    assert server.timings["load_shared"] > 0.5
    assert server.timings.get("load", 0.0) < 0.5 * server.timings["load_shared"]
    # Spawned workers each load their own.
    assert "load_shared" not in spawned.timings or not spawned.timings["load_shared"]
    assert spawned.timings["load"] > 0.5
    for summary in (one, server, spawned):
        assert summary.timings["parse"] > 0 and summary.timings["extract"] > 0


def test_every_language_has_a_warm_up_text() -> None:
    from quidit.lang import available_languages
    from quidit.run.preload import WARM_UP_TEXTS

    assert set(available_languages()) <= set(WARM_UP_TEXTS)


@pytest.mark.slow
def test_the_french_warm_up_text_runs_the_whole_engine(analyzer) -> None:  # type: ignore[no-untyped-def]
    from quidit.records import Article
    from quidit.run.preload import WARM_UP_TEXTS

    # The fork server analyses it before forking so that what a first
    # article sets up (caches, tables) is shared: it must reach every stage.
    result = analyzer.analyze(Article(id="w", text=WARM_UP_TEXTS["fr"], lang="fr"))
    assert len(result.quotes) >= 2 and result.claims
    assert all(q.speaker is not None for q in result.quotes)


def test_workers_hand_back_ready_records(monkeypatch: pytest.MonkeyPatch) -> None:
    from quidit.output.jsonl import Line, dumps
    from quidit.records import Article, Failure
    from test_batch import FAIL

    monkeypatch.setattr(workers_module, "_analyzer", FakeAnalyzer(Options()))
    texts = ["« Nous partirons », a dit Hugo Marsan.", f"Rien ici. {FAIL}", "« Oui » et « non »."]
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    lines, _ = workers_module._analyze_task(articles, True)
    objects, _ = workers_module._analyze_task(articles, False)
    assert len(lines) == len(objects) == len(articles)
    for line, obj in zip(lines, objects, strict=True):
        if isinstance(obj, Failure):
            assert line == obj  # failures go back as they are
        else:
            assert isinstance(obj, Analysis) and isinstance(line, Line)
            assert (line.text, line.quotes) == (dumps(obj), len(obj.quotes))
