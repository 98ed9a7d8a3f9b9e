"""``quidit spark``: the analysis of ``quidit analyze`` as a PySpark job.

Locally it starts Spark itself (``--master local[N]``); under
``spark-submit`` (entry point ``quidit/spark/job.py``) it runs in the
session spark-submit set up, on whatever cluster that is.
"""

from __future__ import annotations

import importlib.util
from typing import Annotated

import typer
from rich.console import Console

from quidit.cli import app
from quidit.errors import UsageError
from quidit.options import Options

#: Texts per nlp.pipe batch on executors.  bench/scale.py --batch-sizes on
#: 700-token articles: the same tokens per CPU-second from 8 to 64 (within
#: the +-10 % noise of a shared machine), while a worker's peak memory grows
#: ~9 MB per text in the batch (580-680 MB at 8-16, 1.3 GB at 64); executor
#: memory is per core, so the small batch is the better trade.  Parses do
#: not depend on the batch size (checked token by token).
BATCH_SIZE = 16


def _conf_pairs(conf: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for item in conf:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--conf takes KEY=VALUE (a Spark setting), got {item!r}")
        pairs.append((key.strip(), value))
    return pairs


@app.command()
def spark(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSON Lines, WARC or Parquet files, directories or globs, on any "
            "Hadoop-compatible file system (file:, hdfs:, s3a: …)."
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="Output directory: OUTPUT/analyses (Parquet, appended) and OUTPUT/errors.",
        ),
    ],
    input_format: Annotated[
        str,
        typer.Option(help="jsonl, warc or parquet; auto: by each input's name."),
    ] = "auto",
    master: Annotated[
        str | None,
        typer.Option(
            help="Spark master (local[2], yarn, spark://…); default: spark-submit's, else local[*]."
        ),
    ] = None,
    conf: Annotated[
        list[str] | None,
        typer.Option("--conf", help="A Spark setting KEY=VALUE (repeatable)."),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(help="Partitions of the analysis stage (default: 4 per core)."),
    ] = None,
    lang: Annotated[str, typer.Option(help="Language code, or 'auto' to detect per article.")] = (
        "auto"
    ),
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to use instead of the default.")
    ] = None,
    fast: Annotated[bool, typer.Option(help="Use the language's small pipeline.")] = False,
    batch_size: Annotated[int, typer.Option(help="Texts per spaCy batch.")] = BATCH_SIZE,
    text_column: Annotated[str, typer.Option(help="JSON Lines / Parquet column with text.")] = (
        "text"
    ),
    html_column: Annotated[str, typer.Option(help="JSON Lines / Parquet column with HTML.")] = (
        "html"
    ),
    id_column: Annotated[str, typer.Option(help="JSON Lines / Parquet column with ids.")] = "id",
    url_column: Annotated[str, typer.Option(help="JSON Lines / Parquet column with URLs.")] = (
        "url"
    ),
    title_column: Annotated[
        str, typer.Option(help="JSON Lines / Parquet column with titles.")
    ] = "title",
    lang_column: Annotated[
        str, typer.Option(help="JSON Lines / Parquet column with language codes.")
    ] = "lang",
) -> None:
    """Analyse a corpus on Apache Spark; write Parquet like analyze --format parquet."""
    if importlib.util.find_spec("pyspark") is None:
        raise UsageError("quidit spark needs PySpark: pip install 'quidit[spark]'")
    from quidit.spark.job import SparkJob, run, session

    options = Options(
        lang=lang,
        model=model,
        fast=fast,
        batch_size=batch_size,
        jobs=1,
        text_column=text_column,
        html_column=html_column,
        id_column=id_column,
        url_column=url_column,
        title_column=title_column,
        lang_column=lang_column,
    )
    job = SparkJob(
        inputs=tuple(inputs),
        output=output,
        input_format=input_format,
        options=options,
        partitions=partitions,
    )
    spark_session = session(master, _conf_pairs(conf or []))
    summary = run(spark_session, job)
    err = Console(stderr=True)
    err.print(summary.line(), highlight=False)
    err.print(
        f"records: {summary.analyses_path}  errors: {summary.errors_path}  "
        f"(peak memory per Python worker: {summary.worker_peak_rss_mb:.0f} MB)",
        highlight=False,
    )
    if summary.failed:
        raise typer.Exit(1)
