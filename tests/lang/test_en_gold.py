"""The English dev set and its builder (scripts/build_gold.py).

The builder must turn compact files into exact offsets and refuse anything
it cannot place for sure; the English gold must stay what its compact files
build, valid against the schema, and cover what issue 6 asks for.
"""

from __future__ import annotations

import collections
import copy
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EN_DIR = ROOT / "data" / "dev-en"
EN_GOLD = EN_DIR / "dev-en.jsonl"
FR_COMPACT = SHARED / "data" / "dev" / "compact"
FR_GOLD = SHARED / "data" / "dev" / "dev.jsonl"
SCHEMA = SHARED / "spec" / "analysis.schema.json"


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gold", ROOT / "scripts" / "build_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bg = _load_builder()


@pytest.fixture(scope="module")
def en_gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in EN_GOLD.read_text("utf-8").splitlines() if line]


# -- the builder ---------------------------------------------------------------


def test_builder_reproduces_the_french_gold() -> None:
    """The same builder, in the mode that mirrors how the French compact
    files were built, gives the French dev.jsonl byte for byte."""
    if not FR_GOLD.exists():
        pytest.skip(f"French dev set not found at {FR_COMPACT}")
    records = bg.build(sorted(FR_COMPACT.glob("*.json")), lenient=True)
    expected = FR_GOLD.read_text("utf-8").splitlines(keepends=True)
    built = bg.dumps(records).splitlines(keepends=True)
    # dev.jsonl opens with the seed page, which has no compact file.
    assert built == expected[1:]


def test_english_gold_is_what_its_compact_files_build() -> None:
    records = bg.build(sorted((EN_DIR / "compact").glob("*.json")))
    assert bg.dumps(records) == EN_GOLD.read_text("utf-8")
    if SCHEMA.exists():
        bg.validate(records, SCHEMA)


def test_check_mode_reports_drift(tmp_path: Path) -> None:
    stale = tmp_path / "dev-en.jsonl"
    stale.write_text(EN_GOLD.read_text("utf-8").replace("en-01", "en-00", 1), "utf-8")
    assert bg.main([str(EN_DIR / "compact"), "-o", str(stale), "--check"]) == 1
    fresh = tmp_path / "fresh.jsonl"
    assert bg.main([str(EN_DIR / "compact"), "-o", str(fresh)]) == 0
    assert bg.main([str(EN_DIR / "compact"), "-o", str(fresh), "--check"]) == 0


TEXT = "Dam row\n\n“We will not move,” said Ana Ruiz. Ruiz said the dam was unsafe. Ruiz left."


def _compact(**quote: Any) -> dict[str, Any]:
    base = {
        "type": "direct",
        "content": "We will not move",
        "cue": "said",
        "mention": "Ana Ruiz",
        "speaker": "Ana Ruiz",
    }
    base.update(quote)
    return {
        "id": "t",
        "lang": "en",
        "title": "Dam row",
        "url": None,
        "text": TEXT,
        "entities": [{"name": "Ana Ruiz", "type": "PER", "aliases": ["Ruiz"]}],
        "quotes": [base],
        "claims": [],
    }


def test_a_good_compact_record_builds_exact_offsets() -> None:
    record = bg.build_record(_compact(cue_ctx="said Ana"))
    q = record["quotes"][0]
    for key in ("content",):
        span = q[key]
        assert TEXT[span["start"] : span["end"]] == span["text"]
    assert q["cue"]["text"] == "said" and TEXT[q["cue"]["start"] :].startswith("said Ana")
    at = TEXT.index("Ana Ruiz")
    assert q["speaker"] == {
        "name": "Ana Ruiz",
        "entity": "e1",
        "mention": {"start": at, "end": at + 8, "text": "Ana Ruiz"},
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"content": "We will never move"}, "not found"),
        ({}, "occurs 2 times"),  # "said" twice, no context
        ({"cue_ctx": "Ruiz shouted"}, "is not inside its context"),
        ({"cue_ctx": "said Ana", "mention": "Ruiz", "mention_ctx": "Ruiz"}, "found 3 times"),
        ({"cue_ctx": "said Ana", "mention": "Ruiz"}, "occurs 3 times"),
        ({"cue_ctx": "said Ana", "speaker": "Ana"}, "not an entity"),
        ({"cue_ctx": "said Ana", "type": "quoted"}, "type"),
        ({"cue_ctx": "said Ana", "content": "the dam was unsafe"}, "between quotation marks"),
        ({"cue_ctx": "said Ana", "type": "mixed"}, "quoted fragment"),
        ({"cue": "will not"}, "cue overlaps"),
    ],
)
def test_builder_fails_loudly(change: dict[str, Any], message: str) -> None:
    compact = _compact()
    compact["quotes"][0].update(change)
    with pytest.raises(bg.GoldError, match=re.escape(message)):
        bg.build_record(compact)


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ({"text": "dam", "quote": 1}, "not found"),  # outside the quote's content
        ({"text": "We", "quote": 2}, "out of range"),
        ({"text": "We", "quote": 1, "qualifier": "roughly"}, "qualifier"),
    ],
)
def test_claims_must_sit_in_their_quote(claim: dict[str, Any], message: str) -> None:
    compact = _compact(cue_ctx="said Ana")
    compact["claims"] = [{"value": 1, "qualifier": "exact", "unit": "x", **claim}]
    with pytest.raises(bg.GoldError, match=re.escape(message)):
        bg.build_record(compact)


def test_unclosed_quote_must_end_its_paragraph() -> None:
    compact = _compact(cue_ctx="said Ana")
    opened = "“We will not move.\n\n“Never.”"
    compact["text"] = compact["text"].replace("“We will not move,”", opened)
    compact["quotes"][0].update({"content": "We will not move.", "unclosed": True})
    assert bg.build_record(compact)["quotes"][0]["content"]["text"] == "We will not move."
    compact["quotes"][0]["content"] = "We will not"
    with pytest.raises(bg.GoldError, match="end its paragraph"):
        bg.build_record(copy.deepcopy(compact))


# -- the English gold ------------------------------------------------------------


def test_passages_are_what_the_issue_asks(en_gold: list[dict[str, Any]]) -> None:
    assert len(en_gold) >= 12
    for r in en_gold:
        assert r["lang"] == "en"
        assert 900 <= len(r["text"]) <= 1500, r["id"]
        assert r["text"].split("\n", 1)[0] == r["title"]
        names = {e["name"] for e in r["entities"]}
        contents = {q["id"]: q["content"] for q in r["quotes"]}
        speakers = {q["id"]: q["speaker"]["name"] for q in r["quotes"]}
        for q in r["quotes"]:
            assert q["speaker"]["name"] in names
        for c in r["claims"]:
            span, content = c["span"], contents[c["quote"]]
            assert content["start"] <= span["start"] < span["end"] <= content["end"]
            assert c["source"] == speakers[c["quote"]]


def _count(en_gold: list[dict[str, Any]], test: Any) -> int:
    return sum(1 for r in en_gold for q in r["quotes"] if test(r, q))


def test_every_phenomenon_is_there_at_least_twice(en_gold: list[dict[str, Any]]) -> None:
    def cue(q: dict[str, Any]) -> str:
        return (q["cue"] or {}).get("text", "").lower()

    def mention(q: dict[str, Any]) -> str:
        return ((q["speaker"]["mention"] or {}).get("text") or "").lower()

    def opener(r: dict[str, Any], q: dict[str, Any]) -> str:
        return r["text"][: q["content"]["start"]].rstrip()[-1:]

    def after(r: dict[str, Any], q: dict[str, Any], n: int = 1) -> str:
        return r["text"][q["content"]["end"] :][:n]

    checks = {
        "curly “ ”": lambda r, q: q["type"] == "direct" and opener(r, q) == "“",
        "straight quotes": lambda r, q: q["type"] == "direct" and opener(r, q) == '"',
        "’ inside a direct quote": lambda r, q: (
            q["type"] == "direct" and "’" in q["content"]["text"]
        ),
        "according to": lambda r, q: cue(q) == "according to",
        "told": lambda r, q: cue(q).startswith("told"),
        "added": lambda r, q: cue(q) in {"added", "adding"},
        "mixed": lambda r, q: q["type"] == "mixed",
        "he": lambda r, q: mention(q) == "he",
        "she": lambda r, q: mention(q) == "she",
        "they": lambda r, q: mention(q) == "they",
        "honorific": lambda r, q: mention(q).split(" ")[0] in {"mr", "ms", "mr.", "ms.", "dr."},
        "spokesman/spokeswoman": lambda r, q: mention(q) in {"the spokesman", "the spokeswoman"},
        "no cue, speaker from context": lambda r, q: (
            q["cue"] is None and q["speaker"]["mention"] is None
        ),
        "paragraph left open": lambda r, q: q["type"] == "direct" and after(r, q) == "\n",
        "infinitive or gerund": lambda r, q: (
            q["content"]["text"].split(" ")[0] in {"to", "having", "taking", "ever"}
        ),
        "headline": lambda r, q: q["content"]["start"] < len(r["title"]),
    }
    counts = {name: _count(en_gold, test) for name, test in checks.items()}
    assert all(n >= 2 for n in counts.values()), counts


def test_claims_cover_words_digits_ranges_and_qualifiers(en_gold: list[dict[str, Any]]) -> None:
    claims = [c for r in en_gold for c in r["claims"]]
    qualifiers = collections.Counter(c["qualifier"] for c in claims)
    assert set(qualifiers) == {"exact", "more_than", "at_least", "less_than", "at_most", "about"}
    assert all(n >= 2 for n in qualifiers.values())
    spans = [c["span"]["text"] for c in claims]
    assert sum(1 for s in spans if re.fullmatch(r"[A-Za-z -]+", s)) >= 2  # in words
    assert sum(1 for s in spans if "million" in s) >= 2
    assert sum(1 for s in spans if s.startswith("between")) >= 2  # ranges


def test_readme_counts_match_the_gold(en_gold: list[dict[str, Any]]) -> None:
    readme = (EN_DIR / "README.md").read_text("utf-8")
    types = collections.Counter(q["type"] for r in en_gold for q in r["quotes"])
    n_claims = sum(len(r["claims"]) for r in en_gold)
    row = (
        f"| {sum(types.values())} | {types['direct']} | {types['indirect']} "
        f"| {types['mixed']} | {n_claims} |"
    )
    squeezed = re.sub(r" +", " ", readme)
    assert row in squeezed, row
