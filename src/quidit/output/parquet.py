"""Parquet: one row per article, quotes and claims nested.

The row is :data:`quidit.output.arrow_schema.ANALYSIS_SCHEMA` (the schema
``quidit spark`` writes too): the JSON record's fields as columns, with
``entities``, ``quotes``, ``claims`` and ``conflicts`` as lists of structs
and ``meta`` (page metadata) as a JSON string.  Flatten with e.g. DuckDB's
``unnest(quotes)`` or pandas' ``explode``.

Parquet files cannot be appended to, so the batch runner writes records to
a JSON Lines spool and :func:`write_parquet` converts it at the end,
``rows_per_group`` records at a time (constant memory).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from quidit.output.arrow_schema import ANALYSIS_SCHEMA, analyses_table, analysis_from_row
from quidit.records import Analysis

#: Records per row group.  Arrow's own default is 1 M rows; articles are
#: ~10 KB with their text, so 1,000 keeps a group (and the writer's buffer)
#: near 10 MB, and readers can still skip groups.
ROWS_PER_GROUP = 1_000


def _batches(analyses: Iterable[Analysis], size: int) -> Iterator[list[Analysis]]:
    batch: list[Analysis] = []
    for a in analyses:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(
    analyses: Iterable[Analysis],
    path: Path,
    *,
    prepend: Path | None = None,
    rows_per_group: int = ROWS_PER_GROUP,
) -> int:
    """Write ``analyses`` to ``path`` (after the rows of the Parquet file ``prepend``).

    Returns the number of rows written.
    """
    rows = 0
    with pq.ParquetWriter(path, ANALYSIS_SCHEMA, compression="zstd") as writer:
        if prepend is not None:
            for batch in pq.ParquetFile(prepend).iter_batches(batch_size=rows_per_group):
                writer.write_table(pa.Table.from_batches([batch]).cast(ANALYSIS_SCHEMA))
                rows += batch.num_rows
        for group in _batches(analyses, rows_per_group):
            writer.write_table(analyses_table(group))
            rows += len(group)
    return rows


def read_parquet(path: Path) -> Iterator[Analysis]:
    """The records of a file written by :func:`write_parquet`."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=ROWS_PER_GROUP):
        for row in batch.to_pylist():
            yield analysis_from_row(row)


def spooled(path: Path) -> Iterator[Analysis]:
    """The records of a JSON Lines spool (complete lines only)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.endswith("\n"):
                yield Analysis.from_dict(json.loads(line))
