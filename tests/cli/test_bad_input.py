"""Bad input never stops a run and never shows a traceback (issue 2, item 7).

Each bad input gets a one-line failure reason on stderr or a warning stored
in its record; in a run over many files the good ones are analysed all the
same, and the exit code and closing summary say which failed and why.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from quidit.cli import app

GOOD = (
    "Le maire de Valbrune, Anselme Caradec, a annoncé lundi que la passerelle "
    "rouvrirait en juin. « Les travaux sont presque finis », a-t-il précisé.\n"
)


def run(*args: str, stdin: bytes | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"uncaught {result.exception!r}"
    )
    assert "Traceback" not in result.output + result.stderr
    return result


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def assert_exact(record: dict[str, Any], text: str) -> None:
    assert record["text"] == text
    for q in record["quotes"]:
        spans = [q["content"], q["cue"], q["speaker"]["mention"]]
        for span in filter(None, spans):
            assert text[span["start"] : span["end"]] == span["text"]
    for c in record["claims"]:
        assert text[c["span"]["start"] : c["span"]["end"]] == c["span"]["text"]


# -- refused at reading: no model needed ------------------------------------

BAD_FILES = [
    ("empty.txt", b"", r"empty"),
    ("blank.txt", b" \n\t\n\xc2\xa0\n", r"empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", r"binary"),
    ("latin1.txt", "Le préfet a déclaré que la route était fermée.".encode("latin-1"), r"utf-?8"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES)
def test_bad_file_gets_a_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(data)
    result = run("analyze", str(path), "--format", "jsonl")
    assert result.exit_code == 1
    assert records(result) == []
    failed = [line for line in result.stderr.splitlines() if name in line]
    assert len(failed) == 1, result.stderr
    assert re.search(reason, failed[0], re.IGNORECASE), failed[0]
    assert re.search(r"\b0 analysed, 1 failed", result.stderr), result.stderr


def test_bad_jsonl_lines_fail_alone(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_text('{"id": "a", "text": ""}\n{broken\n{"id": "c", "title": "no text"}\n', "utf-8")
    result = run("analyze", str(src), "--format", "jsonl")
    assert result.exit_code == 1
    assert records(result) == []
    # One reason per bad line; the lines are told apart.
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in failed] == ["1", "2", "3"]
    assert re.search(r"\b0 analysed, 3 failed", result.stderr)


# -- analysed, with a warning or as-is: loads the model ---------------------

# Languages quidit has no data for (English has: it is analysed as English).
# Italian shares enough function words with French to be detected as French,
# Dutch with English; their records carry a warning.
NOT_FRENCH = [
    "Il sindaco di Valbrune ha detto lunedì che il ponte sarebbe stato riaperto a giugno, "
    "dopo tre mesi di lavori. Secondo la prefettura, più di trecento abitanti sono stati "
    "evacuati durante la notte e il livello del fiume continua a salire. «Abbiamo aperto due "
    "palestre e nessuno ha dormito fuori», ha dichiarato il sindaco, aggiungendo che i danni "
    "superano il milione di euro e che la regione pagherà una parte dei lavori.",
    "De burgemeester van Valbrune zei maandag dat de brug in juni weer opengaat. Volgens de "
    "prefectuur zijn in de nacht meer dan driehonderd inwoners geëvacueerd en het water van "
    "de rivier blijft stijgen. De schade wordt nog onderzocht door de verzekeraars en de "
    "provincie, die morgen een nieuwe vergadering houdt over de dijken en de kosten.",
    "Der Bürgermeister sagte am Montag, die Brücke werde im Juni wieder geöffnet.",
    "12 34 56 78 90 — 3,14 % — 2 718 281",
]
LANGUAGE_WARNING = r"language|may not be|french"


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FRENCH)
def test_text_that_is_not_french_is_flagged(tmp_path: Path, text: str) -> None:
    path = tmp_path / "foreign.txt"
    path.write_text(text, "utf-8")
    result = run("analyze", str(path), "--format", "jsonl")
    if result.exit_code == 1:  # refused, with its reason
        assert re.search(LANGUAGE_WARNING, result.stderr, re.IGNORECASE), result.stderr
        return
    assert result.exit_code == 0
    [record] = records(result)
    assert any(re.search(LANGUAGE_WARNING, w, re.IGNORECASE) for w in record["warnings"])
    assert_exact(record, text)


FRENCH_LONG = (
    "Le maire de Valbrune, Anselme Caradec, a annoncé lundi que la passerelle rouvrirait en "
    "juin, après trois mois de travaux. Selon la préfecture, plus de trois cents habitants "
    "ont été évacués dans la nuit et le niveau de la rivière continue de monter. « Nous avons "
    "ouvert deux gymnases et personne n’a dormi dehors », a-t-il déclaré, en ajoutant que les "
    "dégâts dépassaient le million d’euros et que la région paierait une partie des travaux.\n"
)


@pytest.mark.parametrize(
    ("text", "doubt"),
    [(FRENCH_LONG, False), (GOOD, False), (NOT_FRENCH[0], True), (NOT_FRENCH[0][:120], False)],
)
def test_language_doubt(text: str, doubt: bool) -> None:
    from quidit.lang import get_language
    from quidit.service import language_doubt

    # A short text is never judged: headlines swing too much.
    assert (language_doubt(text, get_language("fr")) is not None) is doubt


@pytest.mark.slow
def test_french_text_gets_no_language_warning(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH_LONG, "utf-8")
    [record] = records(run("analyze", str(path), "--format", "jsonl"))
    warnings = record.get("warnings", [])
    assert not any(re.search(LANGUAGE_WARNING, w, re.IGNORECASE) for w in warnings)
    assert_exact(record, FRENCH_LONG)


UNBALANCED = [
    "Le maire a déclaré : « Nous rouvrirons la passerelle. Puis il est parti.\n",
    "La préfète ajoute » que tout va bien « sans fin » « encore.\n",
    'Il a dit “oui, a-t-il lancé. Elle a répondu "non.\n',
    "« « « » » » » » « “ ” ” ‹ › ›\n",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", UNBALANCED)
def test_unbalanced_quotation_marks(tmp_path: Path, text: str) -> None:
    path = tmp_path / "marks.txt"
    path.write_text(text, "utf-8")
    result = run("analyze", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [record] = records(result)
    assert_exact(record, text)


@pytest.mark.slow
def test_a_two_thousand_word_sentence(tmp_path: Path) -> None:
    words = "le conseil dit que la route et le pont de Valbrune resteront fermés".split()
    text = "Selon la mairie, " + " ".join(words[i % len(words)] for i in range(2000)) + ".\n"
    path = tmp_path / "long-sentence.txt"
    path.write_text(text, "utf-8")
    result = run("analyze", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [record] = records(result)
    assert_exact(record, text)


@pytest.mark.slow
def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    files = []
    for name, data in [
        ("a-good.txt", GOOD.encode()),
        ("b-empty.txt", b""),
        ("c-binary.txt", b"\x00\x01\x02binary\x00"),
        ("d-good.txt", GOOD.replace("juin", "juillet").encode()),
        ("e-latin1.txt", "Élu déçu".encode("latin-1")),
    ]:
        (tmp_path / name).write_bytes(data)
        files.append(str(tmp_path / name))
    files.append(str(tmp_path / "g-missing.txt"))
    result = run("analyze", *files, "--format", "jsonl")
    assert result.exit_code == 1
    texts = [r["text"] for r in records(result)]
    assert texts == [GOOD, GOOD.replace("juin", "juillet")]
    err = result.stderr
    for name, reason in [
        ("b-empty.txt", r"empty"),
        ("c-binary.txt", r"binary"),
        ("e-latin1.txt", r"utf-?8"),
        ("g-missing.txt", r"no such file|not found|does not exist"),
    ]:
        [line] = [line for line in err.splitlines() if name in line]
        assert re.search(reason, line, re.IGNORECASE), line
    assert not any("a-good" in line or "d-good" in line for line in err.splitlines())
    assert re.search(r"\b2 analysed, 4 failed", err), err


#: The 5 MB test runs only when the engine is fast enough for it to finish
#: inside pytest's timeout (900 s, pyproject.toml).  Two probes, on 1/50 and
#: 1/12.5 of the text, give the growth of the analysis time with length (the
#: engine's cost can grow faster than the text: a quadratic step hides under
#: parsing time in small texts); the 5 MB time is extrapolated with that
#: growth.  Times are CPU seconds of this process, since other processes
#: share the 2 cores; 450 leaves room for them and for the CLI's reading
#: and writing within the 900.
BIG = 5_000_000
PROBES = (100_000, 400_000)
BUDGET_CPU_SECONDS = 450


@pytest.mark.slow
def test_a_five_megabyte_text(tmp_path: Path, analyzer) -> None:
    import math

    from quidit.records import Article

    para = (
        "Le conseil de Brévannes a voté mardi un plan de rénovation des écoles. "
        "«\u00a0Nous tiendrons le calendrier\u00a0», a assuré l’adjointe Maëlle Ostrowski. "
        "Selon l’opposition, 2,4 millions d’euros manquent encore au budget.\n\n"
    )
    text = (para * (BIG // len(para) + 1))[:BIG]
    analyzer.analyze(Article(id="warm-up", text=para))
    seconds = []
    for size in PROBES:
        started = time.process_time()
        analyzer.analyze(Article(id=f"probe-{size}", text=text[:size]))
        seconds.append(max(time.process_time() - started, 1e-3))
    growth = max(1.0, math.log(seconds[1] / seconds[0]) / math.log(PROBES[1] / PROBES[0]))
    estimate = seconds[1] * (BIG / PROBES[1]) ** growth
    if estimate > BUDGET_CPU_SECONDS:
        pytest.xfail(
            f"engine too slow for 5 MB: {PROBES[0]:,} and {PROBES[1]:,} characters took "
            f"{seconds[0]:.1f} and {seconds[1]:.1f} CPU s (time grows as length^{growth:.2f}), "
            f"so 5 MB would take about {estimate / 60:.0f} min"
        )
    path = tmp_path / "big.txt"
    path.write_text(text, "utf-8")
    out = tmp_path / "big.jsonl"
    result = run("analyze", str(path), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    [record] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(record["quotes"]) > 1000
    assert_exact(record, text)
