"""The ``quidit`` command: a thin shell over the library.

Each sub-command lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import sys

import typer

from quidit.errors import QuiditError

app = typer.Typer(
    name="quidit",
    help="Who says what: quotes, speakers and numeric claims in news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Sub-commands register themselves on import.
from quidit.cli import analyze as _analyze  # noqa: E402,F401
from quidit.cli import conflicts as _conflicts  # noqa: E402,F401
from quidit.cli import demo as _demo  # noqa: E402,F401
from quidit.cli import evaluate as _evaluate  # noqa: E402,F401
from quidit.cli import serve as _serve  # noqa: E402,F401
from quidit.cli import spark as _spark  # noqa: E402,F401
from quidit.cli import stats as _stats  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except QuiditError as exc:
        # Tier 2/3 errors: one line, no traceback.
        print(f"quidit: error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
