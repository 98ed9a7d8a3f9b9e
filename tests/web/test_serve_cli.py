"""``quidit serve``, ``quidit demo`` and ``quidit analyze --db`` as a user runs them."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from quidit.store import open_store
from store.builders import FLOOD, C, E, Q, Rec, build

QUIDIT = str(Path(sys.executable).parent / "quidit")
SAMPLES = sorted((Path(__file__).resolve().parents[2] / "src" / "quidit" / "samples").glob("*.txt"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_address(proc: subprocess.Popen[str], seconds: float) -> tuple[str, list[str]]:
    """Read the command's output until it prints the web view's address."""
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                break
            continue
        lines.append(line)
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if found:
            return found.group(1), lines
    raise AssertionError(f"no address printed; output: {''.join(lines)}")


def get_when_up(url: str) -> httpx.Response:
    deadline = time.monotonic() + 30
    while True:
        try:
            return httpx.get(url, headers={"accept": "text/html"}, timeout=10)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_prints_its_loopback_address_and_serves(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        store.save(build(FLOOD))
    port = free_port()
    proc = subprocess.Popen(
        [QUIDIT, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        address, _ = wait_for_address(proc, 60)
        assert address == f"http://127.0.0.1:{port}/"
        page = get_when_up(address + f"articles/{FLOOD.id}")
        assert page.status_code == 200 and "Odile Carrasco" in page.text
        off = httpx.post(address + "api/analyze", json={"text": "« Oui »"})
        assert off.status_code == 403 and off.json()["error"]["code"] == "disabled"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "mysql://u@h/db"], "valid choices: postgresql, sqlite"),
        (["--port", "0"], "port must be between"),
        (["--rate", "-1"], "rate must be 0 or more"),
    ],
)
def test_serve_refuses_bad_arguments_in_one_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    if "--db" not in args:
        args += ["--db", str(tmp_path / "x.db")]
    done = subprocess.run([QUIDIT, "serve", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0


def test_serve_says_when_the_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [QUIDIT, "serve", "--db", str(tmp_path / "x.db"), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2 and "pass another --port" in done.stderr


@pytest.mark.slow
def test_demo_analyses_the_samples_and_serves_them(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [QUIDIT, "demo", "--db", str(tmp_path / "demo.db"), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        address, lines = wait_for_address(proc, 300)
        assert f"{len(SAMPLES)} sample articles analysed" in "".join(lines)
        overview = get_when_up(address).text
        assert "Who gets quoted" in overview
        articles = httpx.get(address + "api/articles", params={"limit": 100}).json()
        assert articles["total"] == len(SAMPLES)
        titles = " ".join(a["title"] or "" for a in articles["items"])
        for sample in SAMPLES:
            headline = sample.read_text(encoding="utf-8").split("\n", 1)[0]
            assert headline.split(" : ")[0] in titles, sample.name
        stats = httpx.get(address + "api/stats").json()
        assert len(stats["by_site"]) >= 4 and stats["total"]["anonymous_quotes"] > 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
def test_analyze_db_stores_every_record_as_it_goes(tmp_path: Path) -> None:
    out, db = tmp_path / "out.jsonl", tmp_path / "a.db"
    cmd = [QUIDIT, "analyze", *map(str, SAMPLES), "-o", str(out), "--db", str(db), "-j", "1"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with open_store(str(db)) as store:
        assert store.overview().articles == len(records) == len(SAMPLES)
        for r in records:
            stored = store.get_article(r["id"])
            assert stored is not None and len(stored.quotes) == len(r["quotes"])
    # Again: nothing changes.
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    with open_store(str(db)) as store:
        assert store.overview().articles == len(SAMPLES)


def _vernay(aid: str, who: str, words: str, value: int, day: str) -> Rec:
    text = (
        f"Crue à Vernay-sur-Lys : {words} morts dans la vallée de la Lauze\n\n"
        f"À Vernay-sur-Lys, dans la vallée de la Lauze, {who} affirme que "
        f"{words} personnes sont mortes."
    )
    return Rec(
        id=aid,
        text=text,
        entities=[E(who)],
        quotes=[Q(f"{words} personnes sont mortes", who, "affirme", who, type="indirect")],
        claims=[C(0, words, value, "mort")],
        meta={"date": day},
    )


@pytest.mark.parametrize(("day", "found"), [("2024-03-15", 1), ("2024-05-30", 0)])
def test_conflicts_across_articles_are_found_and_stored(
    tmp_path: Path, day: str, found: int
) -> None:
    from quidit.cli.demo import store_corpus_conflicts

    a = build(_vernay("vernay-a", "Odile Carrasco", "trois", 3, "2024-03-14"))
    b = build(_vernay("vernay-b", "Bastien Ferrandou", "cinq", 5, day))
    with open_store(str(tmp_path / "c.db")) as store:
        store.save_many([a, b])
        assert store_corpus_conflicts(store, [a, b]) == found
        assert store_corpus_conflicts(store, [a, b]) == 0  # stored once
        page = store.list_conflicts(scope="corpus")
        assert page.total == found
        if found:
            k = page.items[0]
            assert {k.a.article, k.b.article} == {"vernay-a", "vernay-b"}
            assert {k.a.source, k.b.source} == {"Odile Carrasco", "Bastien Ferrandou"}
