"""Batches: many inputs in, one output, on all cores, resumable.

:func:`run_batch` is what ``quidit analyze`` runs; :mod:`.journal` keeps
the run's files consistent across interruptions; :mod:`.workers` holds the
worker processes; :mod:`.progress` reports.
"""

from quidit.run.runner import FORMATS, Summary, format_for, run_batch, summary_line

__all__ = ["FORMATS", "Summary", "format_for", "run_batch", "summary_line"]
