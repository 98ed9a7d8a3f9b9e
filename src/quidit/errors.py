"""Errors in tiers.

* ``InputError``: one article is bad (empty, binary, unsupported language …).
  Batches record it as a ``Failure`` with its reason and go on.
* ``UsageError``: an argument is bad.  Its message names the valid choices;
  the CLI prints it as a one-line fix.
* ``ModelNotFound``: a spaCy pipeline is not installed; the message says how
  to install it.
"""

from __future__ import annotations

from collections.abc import Iterable


class QuiditError(Exception):
    """Base of every error quidit raises on purpose."""


class InputError(QuiditError):
    """One article cannot be analysed; the reason is the message."""


class UsageError(QuiditError, ValueError):
    """A bad argument."""

    @classmethod
    def choice(cls, what: str, got: object, valid: Iterable[str]) -> UsageError:
        return cls(f"unknown {what} {got!r}; valid choices: {', '.join(sorted(valid))}")


class ModelNotFound(QuiditError):
    """A spaCy pipeline that is not installed."""
