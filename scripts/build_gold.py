"""Build gold analysis records from compact annotation files.

A compact file (``data/dev-en/compact/en-NN.json``) names every span by its
text instead of its offsets: the builder finds each one in the article and
writes the record of ``spec/output-format.md`` with exact offsets.  A span
that is not found, or that occurs more than once where no context says
which occurrence is meant, stops the build with the file and the field
named: a gold file with a guessed offset is worse than none.

Compact shape (the same as the French ``dev/compact/dev-NN.json``)::

    {"id", "lang", "title", "url", "text",
     "entities": [{"name", "type", "aliases"}],
     "quotes": [{"type", "content", "cue", "mention", "speaker",
                 "content_ctx"?, "cue_ctx"?, "mention_ctx"?, "unclosed"?}],
     "claims": [{"text", "value", "qualifier", "unit", "quote", "ctx"?}]}

* ``content``, ``cue`` and ``mention`` are searched in the whole text.  A
  ``*_ctx`` string is a longer stretch of the text, itself unique, that
  holds the span exactly once.
* ``"unclosed": true`` marks a direct quote whose paragraph ends with no
  closing mark because the quotation goes on in the next paragraph (the
  English convention); its content runs to the end of the paragraph.
* ``speaker`` is the canonical name; it must be the name of an entity,
  or null for a quote whose source cannot be told.
* A claim's ``quote`` is the 1-based number of its quote; its ``text`` is
  searched inside that quote's content (``ctx`` narrows it further).

Usage::

    python scripts/build_gold.py                 # build data/dev-en/dev-en.jsonl
    python scripts/build_gold.py --check         # fail if the built file differs
    python scripts/build_gold.py a.json -o out.jsonl --schema spec/analysis.schema.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_COMPACT = ROOT / "data" / "dev-en" / "compact"
DEFAULT_OUT = ROOT / "data" / "dev-en" / "dev-en.jsonl"
DEFAULT_SCHEMA = ROOT.parent / "shared" / "spec" / "analysis.schema.json"

QUOTE_TYPES = ("direct", "indirect", "mixed")
QUALIFIERS = ("exact", "more_than", "at_least", "less_than", "at_most", "about")
#: Every quotation mark the annotation guidelines name (§1), opening and
#: closing; used to check that a direct quote sits between marks and that
#: a mixed one holds some.
QUOTE_MARKS = '«»“”"‹›‘’„'
#: Spaces French copy puts inside chevrons (NBSP, narrow NBSP).
INNER_SPACES = " \u00a0\u202f"


class GoldError(ValueError):
    """A compact file that cannot be turned into exact offsets."""


def _occurrences(haystack: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    end = len(haystack) if end is None else end
    found = []
    i = haystack.find(needle, start, end)
    while i != -1:
        found.append(i)
        i = haystack.find(needle, i + 1, end)
    return found


def locate(
    text: str,
    needle: str,
    ctx: str | None,
    where: str,
    *,
    lo: int = 0,
    hi: int | None = None,
    near: int | None = None,
) -> tuple[int, int]:
    """Offsets of ``needle`` in ``text[lo:hi]``: unique there, or unique in ``ctx``.

    ``near`` is for the lenient mode only: an ambiguous span is then taken
    at the occurrence nearest that offset (or the first one when ``near``
    is -1) instead of failing.
    """
    hi = len(text) if hi is None else hi
    if not needle:
        raise GoldError(f"{where}: empty span")
    if ctx is not None:
        if needle not in ctx:
            raise GoldError(f"{where}: {needle!r} is not inside its context {ctx!r}")
        ctx_hits = [i for i in _occurrences(text, ctx, lo, hi) if i + len(ctx) <= hi]
        if len(ctx_hits) != 1:
            raise GoldError(f"{where}: context {ctx!r} found {len(ctx_hits)} times, need once")
        inner = _occurrences(ctx, needle)
        if len(inner) != 1:
            raise GoldError(f"{where}: {needle!r} occurs {len(inner)} times in context {ctx!r}")
        start = ctx_hits[0] + inner[0]
        return start, start + len(needle)
    hits = [i for i in _occurrences(text, needle, lo, hi) if i + len(needle) <= hi]
    if not hits:
        raise GoldError(f"{where}: {needle!r} not found")
    if len(hits) > 1 and near is not None:
        best = hits[0] if near < 0 else min(hits, key=lambda i: abs(i - near))
        return best, best + len(needle)
    if len(hits) > 1:
        raise GoldError(
            f"{where}: {needle!r} occurs {len(hits)} times (at {hits}); add a context to choose"
        )
    return hits[0], hits[0] + len(needle)


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _check_marks(
    text: str, kind: str, start: int, end: int, where: str, *, unclosed: bool = False
) -> None:
    content = text[start:end]
    if kind == "direct":
        before = text[:start].rstrip(INNER_SPACES)
        if unclosed:
            if not before or before[-1] not in QUOTE_MARKS:
                raise GoldError(f"{where}: a direct quote must follow a quotation mark")
            if not text[end:].startswith("\n"):
                raise GoldError(f"{where}: an unclosed quote must end its paragraph")
            return
        # English copy puts the comma inside the marks ("…today," she said);
        # the content leaves it out, so it may stand before the closing mark.
        after = text[end:].lstrip(INNER_SPACES).lstrip(",;:").lstrip(INNER_SPACES)
        if not before or before[-1] not in QUOTE_MARKS or not after or after[0] not in QUOTE_MARKS:
            raise GoldError(f"{where}: a direct quote must sit between quotation marks")
    elif kind == "mixed" and not any(c in QUOTE_MARKS for c in content.replace("’", "")):
        # ’ is also the apostrophe, so it cannot prove a quoted fragment.
        raise GoldError(f"{where}: a mixed quote must hold a quoted fragment")


def build_record(compact: dict[str, Any], *, lenient: bool = False) -> dict[str, Any]:
    """One gold record from one compact annotation.

    ``lenient`` reproduces how the French compact files were built (an
    ambiguous content is its first occurrence, an ambiguous cue or mention
    the occurrence nearest the content, and unclosed quotation marks pass);
    it exists to check this builder against the French gold, never for new
    annotations.
    """
    rid = compact.get("id") or "?"
    text: str = compact["text"]
    title = compact.get("title")
    if title is not None and text.split("\n", 1)[0] != title:
        raise GoldError(f"{rid}: title is not the first line of the text")

    entities = []
    entity_ids: dict[str, str] = {}
    for n, ent in enumerate(compact.get("entities", []), 1):
        if ent["name"] in entity_ids:
            raise GoldError(f"{rid}: entity {ent['name']!r} listed twice")
        entity_ids[ent["name"]] = f"e{n}"
        entities.append(
            {
                "id": f"e{n}",
                "name": ent["name"],
                "type": ent.get("type"),
                "aliases": list(ent.get("aliases", [])),
            }
        )

    quotes = []
    content_spans: list[tuple[int, int]] = []
    speakers: list[str | None] = []
    for n, q in enumerate(compact["quotes"], 1):
        where = f"{rid} quote {n}"
        kind = q["type"]
        if kind not in QUOTE_TYPES:
            raise GoldError(f"{where}: type {kind!r} not in {QUOTE_TYPES}")
        c_start, c_end = locate(
            text,
            q["content"],
            q.get("content_ctx"),
            f"{where} content",
            near=-1 if lenient else None,
        )
        if not lenient:
            _check_marks(text, kind, c_start, c_end, where, unclosed=bool(q.get("unclosed")))
        near = c_start if lenient else None
        cue = None
        if q.get("cue") is not None:
            cue_span = locate(text, q["cue"], q.get("cue_ctx"), f"{where} cue", near=near)
            if _overlaps(cue_span, (c_start, c_end)):
                raise GoldError(f"{where}: cue overlaps the content")
            cue = _span(text, *cue_span)
        mention = None
        if q.get("mention") is not None:
            m_span = locate(text, q["mention"], q.get("mention_ctx"), f"{where} mention", near=near)
            if _overlaps(m_span, (c_start, c_end)):
                raise GoldError(f"{where}: mention overlaps the content")
            mention = _span(text, *m_span)
        name = q.get("speaker")
        if name is not None and name not in entity_ids:
            raise GoldError(f"{where}: speaker {name!r} is not an entity name")
        if name is None and mention is not None:
            raise GoldError(f"{where}: a mention without a speaker name")
        quotes.append(
            {
                "id": f"q{n}",
                "type": kind,
                "content": _span(text, c_start, c_end),
                "cue": cue,
                "speaker": {
                    "name": name,
                    "entity": entity_ids.get(name) if name is not None else None,
                    "mention": mention,
                },
            }
        )
        content_spans.append((c_start, c_end))
        speakers.append(name)

    claims = []
    for n, c in enumerate(compact.get("claims", []), 1):
        where = f"{rid} claim {n}"
        qn = c["quote"]
        if not isinstance(qn, int) or not 1 <= qn <= len(quotes):
            raise GoldError(f"{where}: quote number {qn!r} out of range")
        if c["qualifier"] not in QUALIFIERS:
            raise GoldError(f"{where}: qualifier {c['qualifier']!r} not in {QUALIFIERS}")
        if not isinstance(c["value"], int | float) or isinstance(c["value"], bool):
            raise GoldError(f"{where}: value must be a number")
        lo, hi = content_spans[qn - 1]
        start, end = locate(text, c["text"], c.get("ctx"), where, lo=lo, hi=hi)
        claims.append(
            {
                "id": f"c{n}",
                "quote": f"q{qn}",
                "value": c["value"],
                "qualifier": c["qualifier"],
                "unit": c.get("unit"),
                "span": _span(text, start, end),
                "source": speakers[qn - 1],
            }
        )

    return {
        "id": compact["id"],
        "lang": compact["lang"],
        "title": title,
        "url": compact.get("url"),
        "text": text,
        "entities": entities,
        "quotes": quotes,
        "claims": claims,
    }


def validate(records: Iterable[dict[str, Any]], schema_path: Path) -> None:
    """Check every record against the analysis JSON Schema."""
    import jsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for record in records:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        if errors:
            first = errors[0]
            path = "/".join(str(p) for p in first.path)
            raise GoldError(f"{record['id']}: schema: {first.message} at {path}")
        for q in record["quotes"]:
            for key in ("content", "cue"):
                span = q[key]
                if span and record["text"][span["start"] : span["end"]] != span["text"]:
                    raise GoldError(f"{record['id']} {q['id']}: {key} offsets do not match")


def build(paths: Iterable[Path], *, lenient: bool = False) -> list[dict[str, Any]]:
    records = []
    for path in paths:
        try:
            compact = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}: not JSON: {exc}") from None
        try:
            records.append(build_record(compact, lenient=lenient))
        except KeyError as exc:
            raise GoldError(f"{path}: missing field {exc}") from None
        except GoldError as exc:
            raise GoldError(f"{path.name}: {exc}") from None
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise GoldError(f"duplicate record ids: {ids}")
    return records


def dumps(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("compact", nargs="*", type=Path, help="compact files or folders")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA)
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args(argv)
    inputs: list[Path] = args.compact or [DEFAULT_COMPACT]
    paths: list[Path] = []
    for p in inputs:
        paths.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    try:
        records = build(paths)
        if args.schema.exists():
            validate(records, args.schema)
        else:
            print(f"warning: schema {args.schema} not found; not validated", file=sys.stderr)
    except GoldError as exc:
        print(f"build_gold: {exc}", file=sys.stderr)
        return 1
    out = dumps(records)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != out:
            print(f"build_gold: {args.out} is out of date; rebuild it", file=sys.stderr)
            return 1
        print(f"{args.out}: up to date ({len(records)} records)")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(out, encoding="utf-8")
    n_quotes = sum(len(r["quotes"]) for r in records)
    n_claims = sum(len(r["claims"]) for r in records)
    print(f"{args.out}: {len(records)} records, {n_quotes} quotes, {n_claims} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
