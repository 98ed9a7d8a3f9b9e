"""Cross-article conflict search at scale: 100,000 generated claims.

Generates a corpus shaped like agency copy — events (a place, two actors,
a date), 5–30 articles per event a few days apart, several sources per
article giving counts of a few families with honest spread and a share of
wild figures — and times ``find_corpus_conflicts`` on it, on one core.
Target (issue 7): under 10 s for 100,000 claims.

    .venv/bin/python bench/conflicts.py [--claims 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import time

from quidit.extract.conflicts import describe
from quidit.extract.corpus import ClaimRef, SearchOptions, find_corpus_conflicts
from quidit.lang import get_language
from quidit.records import Claim, Span

#: Units drawn for generated claims, as the French data names them.
UNITS = (
    "tué",
    "mort",
    "blessé",
    "disparu",
    "manifestant",
    "gréviste",
    "euro",
    "poste",
    "cas",
    "foyer",
)
QUALIFIERS = ("exact", "exact", "exact", "more_than", "at_least", "less_than", "about")


def generate(n_claims: int, seed: int) -> list[ClaimRef]:
    """Events, each with a few units; per unit two or three sources each
    giving their own figure, which the event's articles repeat."""
    rng = random.Random(seed)
    language = get_language("fr")
    places = [f"lieu{i}" for i in range(4000)]
    actors = [f"acteur{i}" for i in range(3000)]
    sources = [f"Source {i}" for i in range(800)]
    refs: list[ClaimRef] = []
    article = 0
    day0 = 738_000
    while len(refs) < n_claims:
        names = frozenset({rng.choice(places), rng.choice(actors), rng.choice(actors)})
        day = day0 + rng.randrange(730)
        versions: list[tuple[str, float, str, str]] = []
        for unit in rng.sample(UNITS, rng.randrange(1, 4)):
            true = rng.randrange(1, 5000)
            for _ in range(rng.randrange(1, 4)):
                # Most figures are near the truth; one in four is far off.
                spread = rng.uniform(0.9, 1.1) if rng.random() > 0.25 else rng.uniform(0.05, 20)
                value = float(max(1, round(true * spread)))
                versions.append((unit, value, rng.choice(QUALIFIERS), rng.choice(sources)))
        for _ in range(rng.randrange(1, 31)):
            article += 1
            aid = f"a{article}"
            aday = day + rng.randrange(0, 5)
            extra = frozenset({rng.choice(places)})
            for k in range(rng.randrange(1, 9)):
                unit, value, qualifier, source = rng.choice(versions)
                claim = Claim(
                    id=f"c{k + 1}",
                    quote=f"q{k + 1}",
                    value=value,
                    qualifier=qualifier,
                    unit=unit,
                    span=Span(0, 0, ""),
                    source=source,
                )
                refs.append(ClaimRef(aid, describe(claim, None, language), "", aday, names | extra))
                if len(refs) >= n_claims:
                    return refs
    return refs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--window", type=int, default=7)
    args = parser.parse_args()
    t0 = time.perf_counter()
    refs = generate(args.claims, args.seed)
    t1 = time.perf_counter()
    c1 = time.process_time()
    found = find_corpus_conflicts(refs, SearchOptions(window_days=args.window))
    c2 = time.process_time()
    t2 = time.perf_counter()
    articles = len({r.article for r in refs})
    print(f"generated {len(refs):,} claims in {articles:,} articles ({t1 - t0:.1f} s)")
    print(
        f"conflict search: {t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU on one core for "
        f"{len(refs):,} claims (target < 10 s); {len(found):,} conflicts across articles"
    )


if __name__ == "__main__":
    main()
