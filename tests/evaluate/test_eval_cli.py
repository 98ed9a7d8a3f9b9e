"""``quidit eval`` on hand-built record files, and once on the dev set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quidit.cli import app

TEXT = (
    "« Le marché couvert ouvrira en mai », a annoncé Irène Caudal. "
    "Selon la chambre de commerce, 120 emplois seront créés."
)


def _record(id: str, text: str, quotes: list[tuple[str, str | None]]) -> dict:
    out = []
    for n, (content, name) in enumerate(quotes, 1):
        start = text.index(content)
        out.append(
            {
                "id": f"q{n}",
                "type": "direct",
                "content": {"start": start, "end": start + len(content), "text": content},
                "cue": None,
                "speaker": {"name": name, "entity": None, "mention": None},
            }
        )
    return {"id": id, "lang": "fr", "text": text, "entities": [], "quotes": out, "claims": []}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = _write(
        tmp_path / "gold.jsonl",
        [
            _record(
                "m1",
                TEXT,
                [
                    ("Le marché couvert ouvrira en mai", "Irène Caudal"),
                    ("120 emplois seront créés", "la chambre de commerce"),
                ],
            ),
            _record("m2", TEXT, [("Le marché couvert ouvrira en mai", "Irène Caudal")]),
        ],
    )
    pred = _write(
        tmp_path / "pred.jsonl",
        [_record("m1", TEXT, [("Le marché couvert ouvrira en mai", "Mme Caudal")])],
    )
    return gold, pred


def test_json_is_the_last_line(files) -> None:
    gold, pred = files
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    # 1 right of 1 predicted; 3 gold quotes (m2 has no prediction).
    assert (data["e2e_p"], data["e2e_r"], data["e2e_f1"]) == (1.0, 0.333, 0.5)
    assert data["counts"]["quotes_gold"] == 3
    assert data["per_article"]["m2"]["quotes_predicted"] == 0
    assert data["articles"] == 2


def test_table_shows_totals_and_each_article(files) -> None:
    gold, pred = files
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    for expected in ("e2e_f1", "speaker_accuracy", "claim_f1", "per article", "m1", "m2 (none)"):
        assert expected in result.stdout
    assert "0.500" in result.stdout


def test_errors_lists_missed_quotes(files) -> None:
    gold, pred = files
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--errors", "--json"])
    lines = result.stdout.strip().splitlines()
    assert "## m1" in lines and "## m2" in lines
    assert any(line.startswith("missed") and "120 emplois" in line for line in lines)
    json.loads(lines[-1])


@pytest.mark.parametrize(
    ("flags", "articles"),
    [
        (["--ids", "m1"], ["m1"]),
        (["--ids", "m*"], ["m1", "m2"]),
        (["--exclude", "m2"], ["m1"]),
        (["--ids", "m*", "--exclude", "*2"], ["m1"]),
    ],
)
def test_ids_and_exclude_choose_the_records_scored(files, flags, articles) -> None:
    gold, pred = files
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--json", *flags])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert sorted(data["per_article"]) == articles


def test_ids_that_match_nothing_are_a_usage_error(files) -> None:
    gold, pred = files
    result = _run_main("eval", str(gold), "--pred", str(pred), "--ids", "zz-*")
    assert result.returncode == 2
    assert "no gold records of those ids" in result.stderr


def _run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from quidit.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bad_inputs_get_one_line_errors(tmp_path: Path, files) -> None:
    gold, _ = files
    other = _write(tmp_path / "other.jsonl", [_record("m1", TEXT + " Fin.", [])])
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": "a"}\n{not json\n', "utf-8")
    cases = [
        (["eval", str(gold), "--pred", str(other)], "predicted text differs from gold text"),
        (["eval", str(broken)], "broken.jsonl:2: invalid JSON"),
        (["eval", str(tmp_path / "nope.jsonl")], "cannot read"),
    ]
    for args, message in cases:
        result = _run_main(*args)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("quidit: error:") and message in line


@pytest.mark.slow
def test_eval_runs_the_engine_on_gold_texts(dev_gold: list[dict], tmp_path: Path) -> None:
    gold = _write(tmp_path / "dev.jsonl", dev_gold)
    result = CliRunner().invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["articles"] == 15
    assert data["counts"]["quotes_gold"] == 112
    assert "not scored" not in result.stderr  # ids were kept
    for name in ("e2e_f1", "quote_f1@0.3", "quote_f1@0.8", "speaker_accuracy", "claim_f1"):
        assert name in data


K_TEXT = "Selon le syndicat, 9 000 marcheurs ; selon la mairie, 4 000 ; selon le journal, 5 000."


def _k_record(conflicts: list[list[str]]) -> dict:
    claims = []
    for n, (span, value, source) in enumerate(
        (
            ("9 000", 9000, "le syndicat"),
            ("4 000", 4000, "la mairie"),
            ("5 000", 5000, "le journal"),
        ),
        1,
    ):
        start = K_TEXT.index(span)
        claims.append(
            {
                "id": f"c{n}",
                "quote": None,
                "value": value,
                "qualifier": "exact",
                "unit": "marcheur",
                "span": {"start": start, "end": start + len(span), "text": span},
                "source": source,
            }
        )
    return {
        "id": "k1",
        "lang": "fr",
        "text": K_TEXT,
        "entities": [],
        "quotes": [],
        "claims": claims,
        "conflicts": [
            {"id": f"k{n}", "family": "demonstrators", "claims": c, "ratio": None}
            for n, c in enumerate(conflicts, 1)
        ],
    }


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("option", (0.5, 1.0)),  # --conflicts FILE
        ("beside", (0.5, 1.0)),  # conflicts.jsonl next to the gold file
        ("none", (None, None)),  # no gold pairs: not scored
    ],
)
def test_conflict_figures(tmp_path: Path, where: str, expected: tuple) -> None:
    gold = _write(tmp_path / "gold.jsonl", [_k_record([])])
    pred = _write(tmp_path / "pred.jsonl", [_k_record([["c1", "c2"], ["c2", "c3"]])])
    pairs = '{"article": "k1", "claims": ["c1", "c2"], "family": "demonstrators"}\n'
    args = ["eval", str(gold), "--pred", str(pred), "--json"]
    if where == "option":
        other = tmp_path / "pairs.jsonl"
        other.write_text(pairs, "utf-8")
        args += ["--conflicts", str(other)]
    elif where == "beside":
        (tmp_path / "conflicts.jsonl").write_text(pairs, "utf-8")
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert (out["conflict_p"], out["conflict_r"]) == expected


def test_speaker_by_mention(tmp_path: Path) -> None:
    text = "Le maire a dit que le pont rouvrira. Il a ajouté que le péage restera."
    content = "le pont rouvrira"
    start = text.index(content)

    def record(mention: str) -> dict:
        m = text.index(mention)
        quote = {
            "id": "q1",
            "type": "indirect",
            "content": {"start": start, "end": start + len(content), "text": content},
            "cue": None,
            "speaker": {
                "name": mention,
                "entity": None,
                "mention": {"start": m, "end": m + len(mention), "text": mention},
            },
        }
        return {"id": "m1", "lang": "fr", "text": text, "quotes": [quote], "claims": []}

    gold = _write(tmp_path / "gold.jsonl", [record("Le maire")])
    pred = _write(tmp_path / "pred.jsonl", [record("maire")])
    wrong = _write(tmp_path / "wrong.jsonl", [record("Il")])
    for path, by, e2e in ((pred, "mention", 1.0), (wrong, "mention", 0.0), (pred, "name", 1.0)):
        args = ["eval", str(gold), "--pred", str(path), "--speaker-by", by, "--json"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout.strip().splitlines()[-1])["e2e_f1"] == e2e
    result = _run_main("eval", str(gold), "--pred", str(pred), "--speaker-by", "entity")
    assert result.returncode == 2
    assert "valid choices: name, mention" in result.stderr
