"""Writers of analysis records, one module per format."""

from quidit.output.jsonl import JsonlWriter
from quidit.output.table import render_table

__all__ = ["JsonlWriter", "render_table"]
