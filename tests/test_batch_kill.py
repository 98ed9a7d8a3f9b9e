"""The real command, killed mid-run (SIGKILL, then Ctrl-C) and resumed: the
final output equals that of an uninterrupted run, byte for byte.

Loads the French model in worker processes: slow, and kept to one test.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.pages import write_warc  # tests/ingest/pages.py

ROOT = Path(__file__).resolve().parents[1]
PAGES = 60
QUIDIT = [sys.executable, "-c", "from quidit.cli import main; main()"]


def _generator():  # bench/gen_pages.py, the benchmark's own page generator
    spec = importlib.util.spec_from_file_location("gen_pages", ROOT / "bench" / "gen_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mixed_corpus(root: Path) -> int:
    """HTML pages, a WARC, JSON Lines and CSV in one folder.

    Returns the number of distinct articles (the export repeats one page and
    holds one broken line).
    """
    gen = _generator()
    (root / "pages").mkdir(parents=True)
    # Sixty pages: enough that a resumed run is still going when Ctrl-C
    # arrives (with twenty, a run with warm workers could finish first).
    gen.generate(root / "pages", PAGES, seed=3)
    pages = [gen.page(100 + i, 3).encode() for i in range(6)]
    responses = [
        ("response", f"https://news.example/w{i}", page, "200 OK", "text/html")
        for i, page in enumerate(pages)
    ]
    write_warc(root / "crawl.warc.gz", responses, gz=True)
    with (root / "export.jsonl").open("w", encoding="utf-8") as f:
        for i in range(6):
            f.write(json.dumps({"id": f"j{i}", "html": gen.page(200 + i, 3)}) + "\n")
        f.write(json.dumps({"id": "copy", "html": gen.page(0, 3)}) + "\n")  # = pages/page-0
        f.write("{broken json\n")
    with (root / "rows.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        for i in range(3):
            w.writerow([f"c{i}", f"« Le marché de Sarcenay rouvre samedi {i} », a dit le maire."])
    return PAGES + 6 + 6 + 3


def start(corpus: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*QUIDIT, "analyze", str(corpus), "-o", str(out), "--jobs", "2", *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, like a job in a shell
    )


def wait_for_progress(proc: subprocess.Popen[bytes], progress: Path, lines: int) -> int:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        n = len(progress.read_bytes().splitlines()) if progress.exists() else 0
        if n >= lines:
            return n
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        time.sleep(0.02)
    raise AssertionError("the run made no progress in 5 minutes")


def group_gone(pgid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_kill_and_ctrl_c_then_resume_equal_an_uninterrupted_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    articles = mixed_corpus(corpus)

    whole = tmp_path / "whole.jsonl"
    done = subprocess.run(
        [*QUIDIT, "analyze", str(corpus), "-o", str(whole), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 1, done.stderr  # the broken JSON line is a failure
    records = [json.loads(line) for line in whole.read_text().splitlines()]
    # One record per article: the copy of page-0 is a duplicate, analysed once.
    assert len(records) == articles
    assert len({r["id"] for r in records}) == len(records)
    errors = (tmp_path / "whole.errors.jsonl").read_text().splitlines()
    assert [json.loads(e)["reason"] for e in errors] == ["invalid JSON: Expecting property name "
                                                          "enclosed in double quotes"]  # fmt: skip
    assert "1 duplicates skipped" in done.stderr

    # 1. kill -9 mid-run, leaving half a record at the end of the output.
    out = tmp_path / "out.jsonl"
    progress = tmp_path / "out.progress.jsonl"
    proc = start(corpus, out)
    seen = wait_for_progress(proc, progress, 8)
    proc.kill()
    proc.wait()
    assert group_gone(proc.pid), "worker processes outlived their killed parent"
    assert seen < articles
    with out.open("ab") as f:
        f.write(b'{"id": "torn-by-the-kill", "lang": "f')

    # 2. Resume, and stop that with Ctrl-C (SIGINT to the whole group).
    proc = start(corpus, out, "--resume")
    # Stop it as soon as it has written anything new: the sooner the signal,
    # the surer the run is still busy when it lands.
    wait_for_progress(proc, progress, seen + 1)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr.decode()
    assert b"--resume" in stderr
    assert group_gone(proc.pid)

    # 3. Resume to the end.
    final = subprocess.run(
        [*QUIDIT, "analyze", str(corpus), "-o", str(out), "--jobs", "2", "--resume"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert final.returncode == 1, final.stderr  # still the one broken line, from the first run
    assert "already done" in final.stderr
    assert out.read_bytes() == whole.read_bytes()
    assert (tmp_path / "out.errors.jsonl").read_bytes() == (
        tmp_path / "whole.errors.jsonl"
    ).read_bytes()
