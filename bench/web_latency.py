"""Latency of the web view over a large store.

Stores N generated articles' records (default 100,000; records are built
directly, no spaCy), starts ``quidit serve`` on 127.0.0.1 in its own
process, sends a fixed number of requests per page from a few concurrent
clients (loopback only, bounded in count), and prints p50/p95 latency of
the article, speaker and search pages.

Target (issue 4): p95 under 200 ms for the article and speaker pages on
SQLite.

    .venv/bin/python bench/web_latency.py                 # 100,000 articles
    .venv/bin/python bench/web_latency.py --articles 5000 --requests 100
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx

from quidit.records import Analysis, Claim, Conflict, Entity, Quote, Span, Speaker
from quidit.store import open_store

FIRST = """Anne Bruno Camille Denis Élise Fabien Gaëlle Hugo Inès Jules Karine Louis Maëlle
Nadia Olivier Pauline Quentin Rémi Sophie Thierry Ugo Valérie William Xavier Yasmine Zoé
Agnès Basile Cécile Damien Estelle Florent Gisèle Hervé Isabelle Jérôme Laure Marc Noémie
Pascal""".split()
LAST = """Arnaud Besson Carrasco Delorme Ferrandou Garnier Hennequin Iribarne Jacquet Kerbrat
Lannuzel Marchal Noblet Ozanne Perrin Quéré Roussel Sabatier Tessier Urvoy Vasseur Wagner
Yvinec Zeller Aubert Boyer Chauvin Duval Estève Fabre Guérin Hamon Imbert Joly Lemaire Moreau
Nicolas Olivier Picard Renaud Simon Thomas Vidal Blanc Caron Dumas Faure Gaillard Leroy Marie
Rey Roux Petit Girard Bonnet Dupuis Lambert Fontaine Rousseau""".split()
WORDS = """le la les un une des port ville conseil budget crue digue marins bateau syndicat
préfecture maire ministre projet travaux école hôpital route pont gare usine emplois salariés
grève accord contrat prix impôts dette eau forêt incendie récolte tempête élection vote
campagne réforme loi retraite santé médecins patients police enquête tribunal procès juge
témoin victime habitants quartier commune région pays frontière armée soldats attaque bilan
morts blessés disparus secours recherches alerte météo pluie vent neige chaleur sécheresse
nous avons fait tout ce qui était possible jamais toujours encore demain hier aujourd'hui
rien personne chacun ensemble contre pour avec sans depuis pendant avant après vraiment
très assez trop peu beaucoup bien mal mieux pire grand petit nouveau ancien premier dernier
""".split()
CUES = ["a déclaré", "affirme", "a ajouté", "estime", "assure", "a expliqué", "dit", "précise"]
SITES = [f"journal-{i:02d}.example" for i in range(50)]
UNITS = ["mort", "blessé", "disparu", "manifestant", "emploi"]


def speakers() -> list[str]:
    rng = random.Random(7)
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    return names[:2000]


class _Text:
    """Text built piece by piece, giving each piece's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def put(self, piece: str) -> tuple[int, int]:
        self.parts.append(piece)
        begin = self.pos
        self.pos += len(piece)
        return begin, self.pos


def generate(n: int, seed: int = 1) -> Iterator[Analysis]:
    """N articles, 4–9 quotes each, speakers Zipf-distributed (a few are
    quoted everywhere, most rarely), dated over three years."""
    rng = random.Random(seed)
    people = speakers()
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(people))]
    cum = list(itertools.accumulate(weights))
    start = date(2022, 1, 1)
    for i in range(n):
        chosen = rng.choices(people, cum_weights=cum, k=rng.randint(2, 4))
        cast = list(dict.fromkeys(chosen))
        out = _Text()
        put = out.put
        title = " ".join(rng.choices(WORDS, k=8)).capitalize()
        put(title + "\n\n")
        quotes: list[Quote] = []
        claims: list[Claim] = []
        for k in range(rng.randint(4, 9)):
            who = rng.choice(cast)
            eid = f"e{cast.index(who) + 1}"
            words = rng.choices(WORDS, k=rng.randint(6, 18))
            number = rng.randint(2, 500)
            with_claim = rng.random() < 0.3
            if with_claim:
                words.insert(2, str(number))
                words.insert(3, rng.choice(UNITS))
            content = " ".join(words)
            cue = rng.choice(CUES)
            q = f"q{k + 1}"
            if rng.random() < 0.5:
                put("« ")
                cs, ce = put(content)
                put(" », ")
                us, ue = put(cue)
                put(" ")
                ms, me = put(who)
                put(". ")
                qtype = "direct"
            else:
                ms, me = put(who)
                put(" ")
                us, ue = put(cue)
                put(" que ")
                cs, ce = put(content)
                put(". ")
                qtype = "indirect"
            if k % 3 == 2:
                put("\n\n")
            quotes.append(
                Quote(
                    q,
                    qtype,
                    Span(cs, ce, content),
                    Span(us, ue, cue),
                    Speaker(who, eid, Span(ms, me, who)),
                    round(rng.uniform(0.5, 1.0), 2),
                )
            )
            if with_claim:
                offset = cs + content.index(str(number))
                claims.append(
                    Claim(
                        f"c{len(claims) + 1}",
                        q,
                        float(number),
                        "exact",
                        words[3],
                        Span(offset, offset + len(str(number)), str(number)),
                        who,
                    )
                )
        text = "".join(out.parts)
        conflicts = []
        if len(claims) >= 2 and claims[0].source != claims[1].source:
            a, b = claims[0], claims[1]
            conflicts.append(
                Conflict("k1", a.unit, (a.id, b.id), max(a.value, b.value) / min(a.value, b.value))
            )
        yield Analysis(
            id=f"gen-{i:06d}",
            lang="fr",
            text=text,
            title=title,
            url=f"https://{SITES[i % len(SITES)]}/a/{i}",
            entities=tuple(
                Entity(f"e{j + 1}", n_, "PER", (n_.split()[-1],)) for j, n_ in enumerate(cast)
            ),
            quotes=tuple(quotes),
            claims=tuple(claims),
            conflicts=tuple(conflicts),
            meta={
                "sitename": SITES[i % len(SITES)],
                "date": (start + timedelta(days=rng.randrange(1095))).isoformat(),
            },
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def load(base: str, paths: list[str], clients: int) -> list[float]:
    """GET every path once, from ``clients`` threads; latencies in ms."""
    times: list[float] = []
    lock = threading.Lock()
    todo = iter(paths)
    errors: list[str] = []

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                with lock:
                    path = next(todo, None)
                if path is None:
                    return
                t0 = time.perf_counter()
                r = client.get(path, headers={"accept": "text/html"})
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    times.append(ms)
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {path}")

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(f"{len(errors)} requests failed, e.g. {errors[:3]}")
    return times


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per page kind")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients")
    ap.add_argument("--db", help="SQLite file to (re)use; default: a temp file, removed after")
    args = ap.parse_args()

    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="quidit-bench-"))
        db = tmp / "bench.sqlite3"
    url = f"sqlite:///{db}"
    try:
        with open_store(url, command="bench/web_latency.py") as store:
            have = store.overview(top=1).articles
            if have < args.articles:
                t0 = time.perf_counter()
                result = store.save_many(generate(args.articles), batch_size=1000)
                secs = time.perf_counter() - t0
                print(
                    f"stored {result.added + result.replaced} articles in {secs:.0f} s "
                    f"({(result.added + result.replaced) / secs:.0f} articles/s)"
                )
            o = store.overview(top=1)
            print(
                f"store: {o.articles} articles, {o.speakers} speakers, {o.quotes} quotes, "
                f"{o.claims} claims, {o.conflicts} conflicts; {db.stat().st_size / 1e6:.0f} MB"
            )
            speaker_ids = [s.id for s in store.list_speakers(limit=100).items]
            speaker_ids += [s.id for s in store.list_speakers(limit=100, offset=1000).items]
            top_quotes = store.list_speakers(limit=1).items[0].quote_count

        port = free_port()
        quidit = Path(sys.executable).parent / "quidit"
        server = subprocess.Popen(
            [
                str(quidit),
                "serve",
                "--db",
                url,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--rate",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(base + "/api/overview", timeout=5)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("server did not start") from None
                    time.sleep(0.2)
            rng = random.Random(3)
            n = args.articles
            kinds = {
                "article": [f"/articles/gen-{rng.randrange(n):06d}" for _ in range(args.requests)],
                "speaker": [f"/speakers/{rng.choice(speaker_ids)}" for _ in range(args.requests)],
                "search": [
                    f"/search?q={rng.choice(WORDS)}+{rng.choice(WORDS)}"
                    for _ in range(args.requests)
                ],
            }
            load(base, [p for ps in kinds.values() for p in ps[:20]], args.clients)  # warm-up
            print(
                f"{args.requests} requests per page, {args.clients} concurrent clients, "
                f"127.0.0.1 (speaker pages: top 100 and ranks 1000–1100; top speaker has "
                f"{top_quotes} quotes)"
            )
            print(f"{'page':<8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target")
            for kind, paths in kinds.items():
                times = load(base, paths, args.clients)
                p95 = percentile(times, 95)
                target = (
                    "p95 < 200 ms: " + ("met" if p95 < 200 else "NOT met")
                    if kind != "search"
                    else "-"
                )
                p50, top = statistics.median(times), max(times)
                print(f"{kind:<8} {p50:8.1f} {p95:8.1f} {top:8.1f}  {target}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
