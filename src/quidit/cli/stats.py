"""``quidit stats``: who gets quoted, from a ledger or from the store.

quidit stats ledger.jsonl                 # a table on the terminal
quidit stats --db sqlite:///corpus.db --site "Le Courrier" -o stats.csv
quidit stats ledger.jsonl -o stats.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from quidit.cli import app
from quidit.cli.conflicts import read_analyses
from quidit.errors import UsageError
from quidit.records import Failure

if TYPE_CHECKING:  # the store stack loads only when the command runs
    from quidit.store.stats import Breakdown, Stats


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{100 * share:.1f} %"


def render(stats: Stats) -> list[Table]:
    from quidit.store.stats import GENDER_KEYS

    slices = Table(title="Who gets quoted", show_lines=False)
    for col in ("", "quotes", "women (quotes)", "women (people)", "F / M / ? people", "anonymous"):
        slices.add_column(col, justify="left" if not col else "right")

    def add(b: Breakdown, style: str | None = None) -> None:
        people = b.people_by_gender
        slices.add_row(
            b.label,
            str(b.quotes),
            _pct(b.women_share_quotes),
            _pct(b.women_share_people),
            f"{people['female']} / {people['male']} / {people['unknown']}",
            _pct(b.anonymous_share),
            style=style,
        )

    add(stats.total, "bold")
    for b in stats.by_site:
        add(b)
    for b in stats.by_month:
        add(b, "dim")
    kinds = Table(title="Quotes by kind of source")
    kinds.add_column("kind")
    kinds.add_column("quotes", justify="right")
    for kind, n in stats.total.quotes_by_kind.items():
        kinds.add_row(kind, str(n))
    kinds.add_row("anonymous", str(stats.total.anonymous_quotes), style="italic")
    top = Table(title="Most quoted people")
    for g in GENDER_KEYS:
        top.add_column(g)
    rows = max((len(v) for v in stats.top_people.values()), default=0)
    for i in range(rows):
        top.add_row(
            *(
                f"{p[i].name} ({p[i].quotes})" if i < len(p) else ""
                for p in (stats.top_people[g] for g in GENDER_KEYS)
            )
        )
    return [slices, kinds, top]


@app.command("stats")
def stats_command(
    ledgers: Annotated[
        list[Path] | None,
        typer.Argument(help="Analysis JSON Lines (quidit analyze output); or give --db."),
    ] = None,
    db: Annotated[
        str | None, typer.Option(help="A store (sqlite:///corpus.db, postgresql://…).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the figures: .csv or .json.")
    ] = None,
    site: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    lang: Annotated[str | None, typer.Option(help="Only this language.")] = None,
    date_from: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    q: Annotated[str | None, typer.Option(help="Articles holding all these words (--db).")] = None,
    top: Annotated[int, typer.Option(help="People listed per gender.")] = 10,
    quiet: Annotated[bool, typer.Option(help="No table; only the file.")] = False,
) -> None:
    """Share of women among the people quoted, kinds of source, anonymous sources."""
    if output is not None and output.suffix not in (".csv", ".json"):
        raise UsageError(f"-o must end in .csv or .json, not {output.name!r}")
    if bool(ledgers) == bool(db):
        raise UsageError("give analysis files or --db, one of the two")
    from quidit.store.stats import compute, facts_from_records

    failures: list[Failure] = []
    if db:
        from quidit.store import open_store
        from quidit.store.stats import corpus_stats

        with open_store(db, command="quidit stats") as store:
            stats = corpus_stats(
                store, q=q, site=site, lang=lang, date_from=date_from, date_to=date_to, top=top
            )
    else:
        from quidit.store.store import page_fields

        records = [a for path in ledgers or [] for a in read_analyses(path, failures)]

        def keep(a: object) -> bool:
            f = page_fields(a)  # type: ignore[arg-type]
            return (
                (not site or f["site"] == site)
                and (not lang or getattr(a, "lang", None) == lang)
                and (not date_from or (f["date"] or "") >= date_from)
                and (not date_to or (f["date"] or "9999") <= date_to)
            )

        stats = compute(
            facts_from_records(a for a in records if keep(a)),
            top=top,
            site=site,
            lang=lang,
            date_from=date_from,
            date_to=date_to,
        )
    if not quiet:
        out = Console()
        for table in render(stats):
            out.print(table)
    if output is not None:
        if output.suffix == ".csv":
            output.write_text(stats.to_csv(), encoding="utf-8")
        else:
            output.write_text(
                json.dumps(stats.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    err = Console(stderr=True)
    for f in failures:
        err.print(f"[red]failed[/red] {f.source}: {f.reason}", highlight=False)
    if failures and not stats.total.quotes:
        raise typer.Exit(1)
