"""The disk cache of compiled regexes: same matches, served from disk, safe."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quidit.nlp import regex_cache
from quidit.nlp.regex_cache import compiled_regex_cache

pytestmark = pytest.mark.skipif(not regex_cache.enabled(), reason="needs CPython's _sre")

# Shapes like the French tokenizer's: anchored alternatives over big
# case-insensitive classes, named and numbered groups, bytes too.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?iu)^(?:anti[-‐][a-zà-ÿ]+|(?P<pre>r?é?entr)['’][a-zà-ÿ]+)$", 0),
    (r"(\d+)\s*(?:morts?|blessés?)", re.IGNORECASE),
    (r"« ([^»]*) »", 0),
    (rb"^[\x00-\x7f]+(?P<tail>z)?$", 0),
]


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes]:
    re.purge()  # re's own per-process cache would hide the disk cache
    return re.compile(pattern, flags)


@pytest.fixture
def record_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "RECORD_AFTER", 0.0)


@pytest.mark.usefixtures("record_all")
@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_read_back_matches_like_a_fresh_compile(
    tmp_path: Path, pattern: str | bytes, flags: int
) -> None:
    store = tmp_path / "regex.json"
    with compiled_regex_cache(store):
        first = _fresh(pattern, flags)
    assert store.exists()
    with compiled_regex_cache(store):
        again = _fresh(pattern, flags)
    plain = _fresh(pattern, flags)
    assert again.pattern == plain.pattern
    assert again.flags == plain.flags
    assert again.groupindex == plain.groupindex
    assert again.groups == plain.groups == first.groups
    samples: list[str] | list[bytes] = (
        ["anti-vax", "Entr’ouvrir", "3 morts", "« oui »", "x"]
        if isinstance(pattern, str)
        else [b"abc", b"abz", b"\xff"]
    )
    for sample in samples:
        got, want = again.search(sample), plain.search(sample)  # type: ignore[arg-type]
        assert (got and got.groups()) == (want and want.groups())


@pytest.mark.usefixtures("record_all")
def test_the_second_load_reads_the_program_from_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "regex.json"
    with compiled_regex_cache(store):
        _fresh(PATTERNS[0][0], 0)
    parsed: list[object] = []
    real_parse = regex_cache._parser.parse
    monkeypatch.setattr(regex_cache._parser, "parse", lambda *a: parsed.append(a) or real_parse(*a))
    with compiled_regex_cache(store):
        _fresh(PATTERNS[0][0], 0)
    assert parsed == []
    _fresh(PATTERNS[0][0], 0)  # outside the window: compiled as usual
    assert len(parsed) == 1


def test_fast_patterns_are_not_kept(tmp_path: Path) -> None:
    store = tmp_path / "regex.json"
    with compiled_regex_cache(store):
        _fresh(r"abc+", 0)
    assert not store.exists()


@pytest.mark.usefixtures("record_all")
@pytest.mark.parametrize(
    "damage",
    [
        "not json at all",
        json.dumps({"tag": "another-python", "entries": {}}),
        "{}",
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_rewritten(tmp_path: Path, damage: str) -> None:
    store = tmp_path / "regex.json"
    store.write_text(damage, encoding="utf-8")
    with compiled_regex_cache(store):
        compiled = _fresh(r"(a|b)+c", 0)
    assert compiled.fullmatch("abac")
    assert json.loads(store.read_text(encoding="utf-8"))["tag"] == regex_cache._TAG


@pytest.mark.usefixtures("record_all")
def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    store = tmp_path / "regex.json"
    with compiled_regex_cache(store):
        _fresh(r"(x)(y)?", 0)
    data = json.loads(store.read_text(encoding="utf-8"))
    for entry in data["entries"].values():
        entry["code"] = [999999]
    store.write_text(json.dumps(data), encoding="utf-8")
    with compiled_regex_cache(store):
        compiled = _fresh(r"(x)(y)?", 0)
    assert compiled.match("xy")
    assert compiled.match("xy").groups() == ("x", "y")  # type: ignore[union-attr]


@pytest.mark.usefixtures("record_all")
def test_an_unwritable_place_costs_nothing_but_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with compiled_regex_cache(blocker / "sub" / "regex.json"):
        assert _fresh(r"d+e", 0).match("dde")


def test_turned_off_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIDIT_REGEX_CACHE", "0")
    monkeypatch.setattr(regex_cache, "RECORD_AFTER", 0.0)
    store = tmp_path / "regex.json"
    with compiled_regex_cache(store):
        _fresh(r"(q)+", 0)
    assert not store.exists()


def test_the_compiler_is_restored_after_an_error(tmp_path: Path) -> None:
    original = regex_cache._compiler.compile
    with pytest.raises(RuntimeError), compiled_regex_cache(tmp_path / "regex.json"):
        raise RuntimeError("load failed")
    assert regex_cache._compiler.compile is original


@settings(max_examples=60, deadline=None)
@given(
    alternatives=st.lists(st.text(alphabet="abcéÉ-’", min_size=1, max_size=4), min_size=1),
    subject=st.text(alphabet="abcéÉ-’x", max_size=8),
)
def test_any_alternation_matches_the_same_after_the_round_trip(
    alternatives: list[str], subject: str
) -> None:
    pattern = "(?i)^(?:" + "|".join(re.escape(a) for a in alternatives) + ")+$"
    program = regex_cache._program(pattern, 0)
    rebuilt = regex_cache._build(pattern, json.loads(json.dumps(program)))
    assert bool(rebuilt.match(subject)) == bool(re.compile(pattern).match(subject))
