"""The output contract: ``quidit analyze`` writes JSON Lines valid against
``spec/analysis.schema.json``, with exact offsets, the input text unchanged
and the input ids kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from quidit.cli import app

NBSP = "\u00a0"
NNBSP = "\u202f"

# Invented places and people.
ARTICLE_CHEVRONS = (
    f"Crue de la Sorne : « La digue a tenu{NBSP}», assure le maire de Valbrune\n\n"
    "Le niveau de la Sorne a atteint 4,20 mètres jeudi matin à Valbrune. "
    "Selon la préfecture, plus de 300 habitants ont été évacués dans la nuit.\n\n"
    f"«{NBSP}Nous avons ouvert deux gymnases et personne n’a dormi dehors{NBSP}», "
    "a déclaré le maire, Anselme Caradec. Il a ajouté que les dégâts dépassaient "
    "1,5 million d’euros.\n\n"
    "L’association des riverains affirme pour sa part qu’au moins 420 foyers ont été "
    f"touchés. «{NNBSP}On nous a prévenus trop tard{NNBSP}», regrette sa présidente, "
    "Odile Ferrandi.\n"
)
ARTICLE_CURLY_CRLF = (
    "Grève au port de Lorvenec\r\n\r\n"
    "Les dockers du port de Lorvenec ont cessé le travail lundi. "
    "“Nous réclamons 150 embauches, pas des promesses”, a lancé leur porte-parole, "
    "Yann Le Goarnic.\r\n\r\n"
    'La direction estime que "seuls 40 postes" sont nécessaires. '
    "D’après le syndicat, 85 % des salariés ont suivi le mouvement.\r\n"
)


def spans_of(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every span of a record, named by where it sits."""
    out = []
    for q in record.get("quotes", []):
        out.append((f"{q.get('id')}.content", q["content"]))
        if q.get("cue"):
            out.append((f"{q.get('id')}.cue", q["cue"]))
        mention = (q.get("speaker") or {}).get("mention")
        if mention:
            out.append((f"{q.get('id')}.mention", mention))
    for c in record.get("claims", []):
        if c.get("span"):
            out.append((f"{c.get('id')}.span", c["span"]))
    return out


def offset_errors(record: dict[str, Any]) -> list[str]:
    text = record["text"]
    errors = []
    for where, span in spans_of(record):
        start, end = span["start"], span["end"]
        if not (0 <= start <= end <= len(text)) or text[start:end] != span["text"]:
            errors.append(f"{where}: [{start}:{end}] {span['text']!r}")
    return errors


def check(record: dict[str, Any], schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema).validate(record)
    assert offset_errors(record) == []
    ids = [q["id"] for q in record["quotes"]] + [c["id"] for c in record["claims"]]
    assert len(ids) == len(set(ids)), "quote and claim ids are unique"
    quote_ids = {q["id"] for q in record["quotes"]}
    assert all(c["quote"] in quote_ids for c in record["claims"] if c["quote"])
    entity_ids = {e["id"] for e in record["entities"]}
    assert all(
        q["speaker"]["entity"] in entity_ids for q in record["quotes"] if q["speaker"]["entity"]
    )


def test_the_checker_catches_bad_offsets(schema) -> None:
    text = "Il a dit « oui »."
    good = {
        "id": "x",
        "lang": "fr",
        "text": text,
        "entities": [],
        "quotes": [
            {
                "id": "q1",
                "type": "direct",
                "content": {"start": 11, "end": 14, "text": "oui"},
                "cue": {"start": 5, "end": 8, "text": "dit"},
                "speaker": {"name": None, "entity": None, "mention": None},
            }
        ],
        "claims": [],
    }
    check(good, schema)
    shifted = json.loads(json.dumps(good))
    shifted["quotes"][0]["cue"]["start"] = 4
    assert offset_errors(shifted) == ["q1.cue: [4:8] 'dit'"]
    wrong_type = json.loads(json.dumps(good))
    wrong_type["quotes"][0]["type"] = "reported"
    with pytest.raises(jsonschema.ValidationError):
        check(wrong_type, schema)


def _records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.slow
def test_text_files_give_valid_exact_records(tmp_path: Path, schema) -> None:
    inputs = {"crue-sorne": ARTICLE_CHEVRONS, "greve-lorvenec": ARTICLE_CURLY_CRLF}
    paths = []
    for name, text in inputs.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(str(path))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["analyze", *paths, "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = _records(out.read_text(encoding="utf-8"))
    assert len(records) == len(inputs)
    assert len({r["id"] for r in records}) == len(records)  # ingest names text files
    spans = 0
    for record, text in zip(records, inputs.values(), strict=True):
        check(record, schema)
        assert record["text"] == text  # character for character, CRLF and NBSP kept
        assert record["lang"] == "fr"
        spans += len(spans_of(record))
    print(f"{spans} spans checked")


@pytest.mark.slow
def test_jsonl_input_keeps_ids(tmp_path: Path, schema) -> None:
    items = [
        {"id": "article-7", "text": ARTICLE_CHEVRONS},
        {"id": "42", "text": ARTICLE_CURLY_CRLF, "url": "https://example.org/greve"},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    # No -o: records go to standard output (not a terminal here, so JSON Lines).
    result = CliRunner().invoke(app, ["analyze", str(src)])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert [r["id"] for r in records] == ["article-7", "42"]
    assert records[1]["url"] == "https://example.org/greve"
    for record, item in zip(records, items, strict=True):
        check(record, schema)
        assert record["text"] == item["text"]


PROJECT_SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "analysis.schema.json"


@pytest.mark.slow
def test_scoped_records_valid_against_both_schemas(tmp_path: Path, schema) -> None:
    """Issue 12: claim and conflict scopes are added fields; a record is
    valid against the shared schema and against the project's extended copy,
    which holds the shared one's required fields."""
    from quidit.records import SCHEMA_VERSION

    project = json.loads(PROJECT_SCHEMA.read_text(encoding="utf-8"))
    assert set(schema["required"]) <= set(project["required"])
    src = tmp_path / "greve.txt"
    src.write_text(
        "À Vannes, 9 000 personnes ont défilé mardi selon les syndicats, "
        "contre 3 100 selon la police.\n",
        "utf-8",
    )
    result = CliRunner().invoke(app, ["analyze", str(src)])
    assert result.exit_code == 0, result.output
    (record,) = _records(result.stdout)
    check(record, schema)
    check(record, project)
    assert record["schema_version"] == SCHEMA_VERSION
    assert record["claims"] and all("scope" in c for c in record["claims"])
    assert [k["scope"].get("place") for k in record["conflicts"]] == ["À Vannes"]
    bad = json.loads(json.dumps(record))
    bad["claims"][0]["scope"]["part_of"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        check(bad, project)
