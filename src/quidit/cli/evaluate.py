"""``quidit eval``: score analyses against gold records (``spec/scoring.md``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from quidit.cli import app
from quidit.errors import UsageError
from quidit.evaluate import SPEAKER_BY, Report, SpeakerBy, score
from quidit.evaluate.report import error_listing, render, to_json
from quidit.options import Options
from quidit.records import Analysis, Article, Failure


def read_records(path: Path) -> list[Analysis]:
    """Analysis records from a JSON Lines file; a bad line is a usage error."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text ({exc.reason})") from None
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(Analysis.from_dict(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{n}: invalid JSON: {exc.msg}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise UsageError(f"{path}:{n}: not an analysis record ({exc!r})") from None
    return records


def predict(gold: list[Analysis], options: Options) -> Iterator[Analysis | Failure]:
    """Run the engine on the gold texts, keeping their ids (as ``quidit analyze``
    does for JSON Lines input with id, text, title, url and lang)."""
    from quidit.service import Analyzer  # loads spaCy: only when needed

    articles = (
        Article(id=g.id, text=g.text, title=g.title, url=g.url, lang=g.lang or None) for g in gold
    )
    return Analyzer(options).analyze_many(articles)


def evaluate(
    gold: list[Analysis],
    pred_path: Path | None,
    options: Options,
    speaker_by: SpeakerBy = "name",
) -> Report:
    err = Console(stderr=True, soft_wrap=True)
    if pred_path is not None:
        predicted = read_records(pred_path)
    else:
        predicted = []
        for result in predict(gold, options):
            if isinstance(result, Failure):
                # Scored as predicting nothing, as the spec says of a missing record.
                err.print(
                    f"[red]failed[/red] {escape(str(result.id))}: {escape(result.reason)}",
                    highlight=False,
                )
            else:
                predicted.append(result)
    report = score(predicted, gold, speaker_by)
    if report.unscored:
        err.print(
            f"[yellow]not scored[/yellow] (no gold record): {escape(', '.join(report.unscored))}",
            highlight=False,
        )
    return report


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold analysis records (JSON Lines).")],
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred", "-p", help="Predicted records; default: run the engine on gold texts."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object, on the last line of stdout.")
    ] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed and spurious quotes and wrong verdicts.")
    ] = False,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to use instead of the default.")
    ] = None,
    fast: Annotated[bool, typer.Option(help="Use the language's small pipeline.")] = False,
    speaker_by: Annotated[
        str,
        typer.Option(
            "--speaker-by",
            help="Judge speakers by canonical name (rule 4) or by mention span "
            "(right when it overlaps the gold mention: gold without coreference).",
        ),
    ] = "name",
) -> None:
    """Score predictions against gold: quote, speaker, end-to-end and claim figures."""
    if speaker_by not in SPEAKER_BY:
        raise UsageError(
            f"unknown --speaker-by {speaker_by!r}; valid choices: {', '.join(SPEAKER_BY)}"
        )
    gold_records = read_records(gold)
    if not gold_records:
        raise UsageError(f"{gold} holds no gold records")
    options = Options(model=model, fast=fast)
    report = evaluate(gold_records, pred, options, speaker_by)  # type: ignore[arg-type]
    if errors:
        sys.stdout.write(error_listing(report))
        sys.stdout.flush()
    if as_json:
        print(json.dumps(to_json(report), ensure_ascii=False))
    else:
        Console().print(render(report))
