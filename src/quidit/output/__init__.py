"""Writers of analysis records, one module per format.

``quidit.output.parquet`` (pyarrow) is imported on use, not here, so that
commands which write no Parquet do not pay for loading Arrow.
"""

from quidit.output.csv import CsvWriter
from quidit.output.jsonl import JsonlWriter
from quidit.output.table import render_table

__all__ = ["CsvWriter", "JsonlWriter", "render_table"]
