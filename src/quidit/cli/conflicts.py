"""``quidit conflicts``: numeric claims that disagree, within and across articles."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from quidit.cli import app
from quidit.errors import UsageError
from quidit.lang import LanguageData, available_languages
from quidit.options import Options
from quidit.records import Analysis, Article, Failure

if TYPE_CHECKING:
    # Imported in the command: the engine (spaCy) is not needed to start the CLI.
    from quidit.extract.corpus import CorpusConflict

SCOPES = ("all", "within", "across")


def _open(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def is_analysis_file(path: Path) -> bool:
    """True when the file holds analysis records (``quidit analyze`` output)."""
    if not path.is_file():
        return False
    try:
        with _open(path) as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and "claims" in record and "text" in record
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, EOFError):
        return False
    return False


def read_analyses(path: Path, failures: list[Failure]) -> Iterator[Analysis]:
    with _open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield Analysis.from_dict(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                failures.append(
                    Failure(source=f"{path}:{n}", reason=f"not an analysis record ({exc})")
                )


def _analyses(sources: list[str], options: Options, failures: list[Failure]) -> Iterator[Analysis]:
    raw: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and is_analysis_file(path):
            yield from read_analyses(path, failures)
        else:
            raw.append(source)
    if raw:
        from quidit.ingest import read_sources
        from quidit.service import Analyzer  # loads spaCy only when raw articles come in

        def articles() -> Iterator[Article]:
            for item in read_sources(raw):
                if isinstance(item, Failure):
                    failures.append(item)
                else:
                    yield item

        for result in Analyzer(options).analyze_many(articles()):
            if isinstance(result, Failure):
                failures.append(result)
            else:
                yield result


def _language_for(code: str) -> LanguageData | None:
    return available_languages().get(code)


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def render(rows: list[CorpusConflict]) -> Table:
    table = Table(title=f"{len(rows)} conflicting figures", expand=True, show_lines=True)
    for col in ("#", "family", "ratio", "one side", "other side"):
        table.add_column(col, ratio=3 if "side" in col else None)
    for row in rows:
        cells = []
        for s in row.sides:
            cells.append(
                f"[bold cyan]{s.source or '—'}[/bold cyan]: [bold]{s.span.text}[/bold]"
                f" ({s.unit or '?'})\n[dim]{s.article} {s.claim} @{s.span.start}[/dim]\n"
                f"« {_clip(s.wording, 140)} »"
            )
        ratio = "—" if row.ratio is None else f"{row.ratio:.3g}"
        why = row.why or {}
        scope = "".join(
            f"\n[dim]{key}: {why[key] if why[key] is not True else 'yes'}[/dim]"
            for key in ("place", "event", "group", "part_of")
            if why.get(key)
        )
        table.add_row(row.id, (row.family or "—") + scope, ratio, *cells)
    return table


@app.command("conflicts")
def conflicts_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Analysis JSON Lines (quidit analyze output) and/or articles to analyse."
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the conflicts here as JSON.")
    ] = None,
    scope: Annotated[
        str, typer.Option(help="all, within (one article) or across articles.")
    ] = "all",
    window: Annotated[int, typer.Option(help="Days between two articles on one event.")] = 7,
    min_shared: Annotated[
        int, typer.Option(help="Names (places, actors) two articles must share.")
    ] = 2,
    max_candidates: Annotated[
        int, typer.Option(help="Comparisons per claim and index bucket.")
    ] = 50,
    lang: Annotated[str, typer.Option(help="Language of raw articles, or 'auto'.")] = "auto",
    quiet: Annotated[
        bool, typer.Option(help="No table; only the JSON file and a summary.")
    ] = False,
) -> None:
    """List numeric claims that cannot both hold: the same count, different sources."""
    from quidit.extract.corpus import SearchOptions, corpus_conflicts

    if scope not in SCOPES:
        raise UsageError.choice("scope", scope, SCOPES)
    search = SearchOptions(window_days=window, min_shared=min_shared, max_candidates=max_candidates)
    options = Options(lang=lang)
    failures: list[Failure] = []
    rows, n_articles, n_claims = corpus_conflicts(
        _analyses(sources, options, failures),
        _language_for,
        search,
        within=scope in ("all", "within"),
        across=scope in ("all", "across"),
    )
    out = Console()
    err = Console(stderr=True)
    if not quiet:
        out.print(render(rows))
    if output is not None:
        payload = {
            "articles": n_articles,
            "claims": n_claims,
            "options": {
                "scope": scope,
                "window_days": window,
                "min_shared": min_shared,
                "max_candidates": max_candidates,
            },
            "conflicts": [r.to_dict() for r in rows],
        }
        output.write_text(
            json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for f in failures:
        err.print(f"[red]failed[/red] {f.source}: {f.reason}", highlight=False)
    err.print(
        f"{n_articles} articles, {n_claims} claims, {len(rows)} conflicts"
        + (f", {len(failures)} failed" if failures else ""),
        highlight=False,
    )
    if failures and not n_articles:
        raise typer.Exit(1)
    sys.stdout.flush()
