"""Build the first-name table that backs ``gender-guesser`` where it knows no name.

    .venv/bin/python scripts/build_first_names.py    # -> src/quidit/lang/first-names.tsv.gz

Source: ``nomquamgender`` 0.1.4 (PyPI, MIT licence; Van Buskirk, Clauset and
Larremore, "An open-source cultural consensus approach to name-based gender
classification", 2023): 721,739 names, each with the number of the name lists
(sources) it was found in, its number of occurrences and its share of women,
p(gf).  Its data file is read as it ships (the package's own code, which
needs pandas, is not imported).  The table derived from it carries that
data under the package's MIT licence, « Copyright (c) 2022 Ian Van
Buskirk ».

``gender-guesser`` (Jörg Michael's list, ~45,000 names) stays first: the
table keeps only names it does not know (``unknown``), so every name it
marks as going either way (``andy``, ``mostly_*``: « Camille »,
« Dominique ») stays undecided.  A name enters when it is

- **unambiguous**: p(gf) ≤ 0.1 or ≥ 0.9, the package's own default
  threshold for classifying a name (``NBGC(threshold=0.1)``);
- **common**: found in 3 name lists or more and 50 times or more, so that a
  rare spelling or a surname that slipped into one list does not decide
  (« Mankeur », 1 list and 1 occurrence, stays out);
- **a word**: letters, with inner hyphens or apostrophes only; not a
  « Saint-… » compound, which news writes for places (« Saint-Louis »)
  far more than for people.

The table is small (~28,000 names, gzip with no time stamp, sorted: the
same package gives the same bytes) and is read once per process; the
package is a development dependency only.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import json
import re
from pathlib import Path

import gender_guesser.detector as guesser

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "quidit" / "lang" / "first-names.tsv.gz"

#: The package's default threshold on 0.5 - |0.5 - p(gf)|.
THRESHOLD = 0.1
MIN_LISTS = 3
MIN_COUNT = 50
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _name_data() -> dict[str, list]:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install nomquamgender==0.1.4 (a development dependency)")
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    with path.open(encoding="utf-8") as f:
        data: dict[str, list] = json.load(f)
    return data


def build() -> list[tuple[str, str]]:
    detector = guesser.Detector(case_sensitive=False)
    rows = []
    for name, (lists, count, p_female, *_rest) in _name_data().items():
        if lists < MIN_LISTS or count < MIN_COUNT or not _WORD.fullmatch(name):
            continue
        if name.startswith(("saint-", "sainte-")):
            continue
        if THRESHOLD < p_female < 1 - THRESHOLD:
            continue
        if detector.get_gender(name) != "unknown":
            continue
        rows.append((name, "female" if p_female >= 1 - THRESHOLD else "male"))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build()
    text = "".join(f"{name}\t{gender}\n" for name, gender in rows)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    args.output.write_bytes(buf.getvalue())
    print(f"{len(rows)} names -> {args.output} ({len(buf.getvalue())} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
