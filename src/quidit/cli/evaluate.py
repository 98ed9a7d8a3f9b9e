"""``quidit eval``: score analyses against gold records (``spec/scoring.md``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from quidit.cli import app
from quidit.errors import UsageError
from quidit.options import Options
from quidit.records import Analysis, Article, Failure

if TYPE_CHECKING:
    from quidit.evaluate import Report, SpeakerBy


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


def _globs(spec: str | None) -> list[str]:
    return [g.strip() for g in (spec or "").split(",") if g.strip()]


def select(records: list[Analysis], ids: str | None, exclude: str | None) -> list[Analysis]:
    """The records whose id matches one of ``ids`` (all when none) and none of ``exclude``."""
    keep, drop = _globs(ids), _globs(exclude)
    return [
        r
        for r in records
        if (not keep or any(fnmatch(r.id, g) for g in keep))
        and not any(fnmatch(r.id, g) for g in drop)
    ]


def predict(gold: list[Analysis], options: Options) -> Iterator[Analysis | Failure]:
    """Run the engine on the gold texts, keeping their ids (as ``quidit analyze``
    does for JSON Lines input with id, text, title, url and lang)."""
    from quidit.service import Analyzer  # loads spaCy: only when needed

    articles = (
        Article(id=g.id, text=g.text, title=g.title, url=g.url, lang=g.lang or None) for g in gold
    )
    return Analyzer(options).analyze_many(articles)


def conflict_gold(gold_path: Path, given: Path | None) -> dict[str, list[tuple[str, str]]] | None:
    """Gold conflict pairs: the file given, else ``conflicts.jsonl`` beside
    the gold file, else none (conflicts are then not scored)."""
    from quidit.evaluate import read_conflict_pairs

    path = given if given is not None else gold_path.parent / "conflicts.jsonl"
    if given is None and not path.is_file():
        return None
    try:
        return read_conflict_pairs(path.read_text(encoding="utf-8").splitlines())
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise UsageError(f"{path}: not a conflicts file ({exc!r})") from None


def evaluate(
    gold: list[Analysis],
    pred_path: Path | None,
    options: Options,
    conflicts: dict[str, list[tuple[str, str]]] | None = None,
    speaker_by: SpeakerBy = "name",
) -> Report:
    from quidit.evaluate import score

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
    report = score(predicted, gold, conflicts, speaker_by)
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
    ids: Annotated[
        str | None,
        typer.Option(help="Score only these ids: comma-separated globs ('fra-*,frb-*')."),
    ] = None,
    exclude: Annotated[
        str | None,
        typer.Option(help="Leave out these ids: comma-separated globs ('fre-2[1-9]')."),
    ] = None,
    conflicts: Annotated[
        Path | None,
        typer.Option(
            "--conflicts",
            help="Gold conflict pairs (JSON Lines: article, claims); "
            "default: conflicts.jsonl beside the gold file, if there is one.",
        ),
    ] = None,
    speaker_by: Annotated[
        str,
        typer.Option(
            "--speaker-by",
            help="Judge speakers by canonical name (rule 4) or by mention span "
            "(right when it overlaps the gold mention: gold without coreference).",
        ),
    ] = "name",
) -> None:
    """Score predictions against gold: quote, speaker, end-to-end, claim and conflict figures."""
    from quidit.evaluate import SPEAKER_BY
    from quidit.evaluate.report import error_listing, render, to_json

    if speaker_by not in SPEAKER_BY:
        raise UsageError(
            f"unknown --speaker-by {speaker_by!r}; valid choices: {', '.join(SPEAKER_BY)}"
        )
    gold_records = select(read_records(gold), ids, exclude)
    if not gold_records:
        raise UsageError(
            f"{gold} holds no gold records" + (" of those ids" if ids or exclude else "")
        )
    pairs = conflict_gold(gold, conflicts)
    options = Options(model=model, fast=fast)
    report = evaluate(gold_records, pred, options, pairs, speaker_by)  # type: ignore[arg-type]
    if errors:
        sys.stdout.write(error_listing(report))
        sys.stdout.flush()
    if as_json:
        print(json.dumps(to_json(report), ensure_ascii=False))
    else:
        Console().print(render(report))
