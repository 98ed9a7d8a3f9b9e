"""The PySpark job: ``quidit analyze`` over a corpus on a Spark cluster.

    spark-submit --master yarn --archives quidit-env.tar.gz#env \\
        --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import quidit.spark.job as j; print(j.__file__)')" \\
        s3a://bucket/cc-news/2026/*.warc.gz -o s3a://bucket/quidit/2026

(``quidit spark …`` takes the same arguments; see docs/scale.md.)

The stages, each a ``mapPartitions`` over the functions of
:mod:`quidit.spark.worker`::

    read (JSON Lines, WARC, Parquet) ─► skip ids already in the output ─►
    extract main text ─► drop repeated ids and repeated texts ─►
    analyse (one spaCy pipeline per worker) ─► OUT/analyses + OUT/errors

``OUT/analyses`` is a Parquet dataset of
:data:`~quidit.output.arrow_schema.ANALYSIS_SCHEMA` (the schema of
``quidit analyze --format parquet``), appended to by each run;
``OUT/errors`` holds this run's failed articles with their reasons
(:data:`~quidit.output.arrow_schema.ERROR_SCHEMA`).  A re-run skips every
article whose id is already in ``OUT/analyses`` and every article whose text
is already there under another id, and tries the failed ones again.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pyspark import AccumulatorParam, StorageLevel
from pyspark.errors import AnalysisException
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

from quidit.errors import UsageError
from quidit.ingest.tabular import JSONL_SUFFIXES
from quidit.ingest.warc import is_warc_name
from quidit.options import Options
from quidit.output.arrow_schema import ANALYSIS_SCHEMA, ERROR_SCHEMA
from quidit.spark import worker
from quidit.spark.schema import spark_schema

INPUT_FORMATS = ("auto", "jsonl", "warc", "parquet")

#: Partitions per core for the extraction and analysis stages.  Four keep
#: both cores busy to the end when partitions differ in length (the last
#: wave is a quarter of the work), while each partition still holds
#: hundreds of articles, so the per-task cost (~10 ms) stays negligible.
PARTITIONS_PER_CORE = 4

_PATH = "__quidit_path"
_START = "__quidit_start"

_ITEM_TYPES: dict[str, T.DataType] = {
    "raw": T.BinaryType(),
    "offset": T.LongType(),
    "seq": T.LongType(),
}
_ITEM_SCHEMA = T.StructType(
    [T.StructField(name, _ITEM_TYPES.get(name, T.StringType())) for name in worker.ITEM_FIELDS]
)

#: Input order (see worker.ITEM_FIELDS).
_ORDER = ("origin", "offset", "seq")

_OUT_SCHEMA = T.StructType(
    [
        T.StructField("status", T.StringType(), False),
        T.StructField("analysis", spark_schema(ANALYSIS_SCHEMA), False),
        T.StructField("error", spark_schema(ERROR_SCHEMA), False),
    ]
)


@dataclass(frozen=True)
class SparkJob:
    """What one run reads, where it writes, and how it analyses."""

    inputs: tuple[str, ...]
    #: A directory on any Hadoop-compatible file system (file:, hdfs:, s3a: …).
    output: str
    input_format: str = "auto"
    options: Options = field(default_factory=lambda: Options(jobs=1))
    #: Partitions of the extraction and analysis stages; default: cores x 4.
    partitions: int | None = None

    def __post_init__(self) -> None:
        if not self.inputs:
            raise UsageError("no input: name at least one file, directory or glob")
        if self.input_format not in INPUT_FORMATS:
            raise UsageError.choice("input format", self.input_format, INPUT_FORMATS)
        if self.partitions is not None and self.partitions < 1:
            raise UsageError(f"partitions must be at least 1, got {self.partitions}")
        for path in self.inputs:
            input_kind(path, self.input_format)  # fails early on an unknown kind

    @property
    def analyses_path(self) -> str:
        return self.output.rstrip("/") + "/analyses"

    @property
    def errors_path(self) -> str:
        return self.output.rstrip("/") + "/errors"


@dataclass
class SparkSummary:
    analysed: int = 0
    failed: int = 0
    #: Articles whose id an earlier run already wrote.
    skipped: int = 0
    #: Articles whose text came earlier (in this input or an earlier run).
    duplicates: int = 0
    seconds: float = 0.0
    partitions: int = 0
    #: Largest peak resident memory of one Python worker (its spaCy pipeline
    #: included), in MB.
    worker_peak_rss_mb: float = 0.0
    analyses_path: str = ""
    errors_path: str = ""

    def line(self) -> str:
        parts = [f"{self.analysed} analysed", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicates skipped")
        return ", ".join(parts) + f" in {self.seconds:.1f} s"


def input_kind(path: str, input_format: str = "auto") -> str:
    """jsonl, warc or parquet: the given format, else what the name says."""
    if input_format != "auto":
        return input_format
    name = path.lower().rstrip("/")
    if is_warc_name(name):
        return "warc"
    if name.endswith((*JSONL_SUFFIXES, ".json", ".json.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    raise UsageError(
        f"cannot tell the format of {path!r} from its name; "
        f"add --input-format (choices: {', '.join(INPUT_FORMATS[1:])})"
    )


class _Max(AccumulatorParam[float]):
    def zero(self, value: float) -> float:
        return 0.0

    def addInPlace(self, value1: float, value2: float) -> float:
        return max(value1, value2)


def _load(spark: SparkSession, kind: str, path: str) -> DataFrame:
    """One input argument as Spark reads it, with each row's file and split start."""
    reader = spark.read.option("recursiveFileLookup", "true")
    file = F.col("_metadata.file_path").alias(_PATH)
    start = F.col("_metadata.file_block_start").alias(_START)
    try:
        if kind == "jsonl":
            return reader.text(path).select("value", file, start)
        if kind == "parquet":
            return reader.parquet(path).select("*", file, start)
        return reader.format("binaryFile").load(path).select("path", "content")
    except AnalysisException as exc:  # a missing path, a file that is not Parquet …
        raise UsageError(f"cannot read {path!r}: {str(exc).splitlines()[0]}") from None


def _partition_reader(kind: str, options: Options) -> Any:
    """The worker function that turns a partition of :func:`_load` rows into item rows."""
    if kind == "jsonl":

        def read_lines(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
            lines = ((row[0], row[1], row[2]) for row in rows)
            return worker.read_jsonl_lines(lines, options)

        return read_lines
    if kind == "parquet":

        def read_table(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
            records = (row.asDict(recursive=True) for row in rows)
            return worker.read_records(records, options, _PATH, _START)

        return read_table

    def read_warc(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        files = ((row[0], bytes(row[1])) for row in rows)
        return worker.read_warc_files(files, options)

    return read_warc


def _read(spark: SparkSession, kind: str, path: str, index: int, options: Options) -> DataFrame:
    """Item rows of one input argument; ``origin`` leads with the argument's
    index, so rows sort in the order the inputs were named, then by file."""
    loaded = _load(spark, kind, path)
    rows = spark.createDataFrame(
        loaded.rdd.mapPartitions(_partition_reader(kind, options)), _ITEM_SCHEMA
    )
    origin = F.concat(F.lpad(F.lit(str(index)), 9, "0"), F.lit(" "), F.col("origin"))
    return rows.withColumn("origin", origin)


def path_exists(spark: SparkSession, path: str) -> bool:
    """Whether ``path`` exists, asked of Hadoop's file system for its scheme."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return bool(fs.exists(hpath))


def _done(spark: SparkSession, job: SparkJob) -> DataFrame | None:
    """(id, hash) of every article an earlier run wrote, or None on a first run."""
    if not path_exists(spark, job.analyses_path):
        return None
    # The schema is given, not inferred, so a directory that a killed run
    # left without a committed file reads as empty instead of failing.
    written = spark.read.schema(spark_schema(ANALYSIS_SCHEMA)).parquet(job.analyses_path)

    def hashes(rows: Iterable[Any]) -> Iterator[tuple[str, str]]:
        from quidit.ingest import text_hash

        return ((row[0], text_hash(row[1])) for row in rows)

    schema = T.StructType(
        [T.StructField("_done_id", T.StringType()), T.StructField("_done_hash", T.StringType())]
    )
    return spark.createDataFrame(written.select("id", "text").rdd.mapPartitions(hashes), schema)


def _mark(df: DataFrame, condition: Any, status: str) -> DataFrame:
    todo = F.col("status") == worker.TODO
    return df.withColumn(
        "status", F.when(todo & condition, F.lit(status)).otherwise(F.col("status"))
    )


def _number_repeats(df: DataFrame, by: str, rows: Any) -> DataFrame:
    """Number the ``rows`` of each ``by`` value 1, 2 … in input order (others: 1)."""
    group = F.when(rows, F.concat(F.lit("v:"), F.col(by))).otherwise(
        F.concat(F.lit("k:"), F.col("key"))
    )
    return df.withColumn("_n", F.row_number().over(Window.partitionBy(group).orderBy(*_ORDER)))


def _rename_repeated_ids(df: DataFrame) -> DataFrame:
    """The n-th row with an id gets ``id~n``, as quidit.ingest.ids.IdAssigner does."""
    df = _number_repeats(df, "id", F.col("id").isNotNull())
    renamed = F.concat(F.col("id"), F.lit("~"), F.col("_n").cast("string"))
    repeat = F.col("_n") > 1
    df = df.withColumn("id", F.when(repeat, renamed).otherwise(F.col("id")))
    todo = F.col("status") == worker.TODO
    return df.withColumn("key", F.when(repeat & todo, F.col("id")).otherwise(F.col("key"))).drop(
        "_n"
    )


def _mark_repeated_texts(df: DataFrame) -> DataFrame:
    """Every article whose text came earlier in the input is a duplicate."""
    df = _number_repeats(df, "hash", F.col("status") == worker.TODO)
    return _mark(df, F.col("_n") > 1, worker.DUPLICATE).drop("_n")


def _drop_payload(df: DataFrame) -> DataFrame:
    """Rows that will not be analysed need not carry their text any further."""
    todo = F.col("status") == worker.TODO
    for column in ("text", "html", "raw"):
        df = df.withColumn(column, F.when(todo, F.col(column)))
    return df


def run(spark: SparkSession, job: SparkJob) -> SparkSummary:
    """Run the job on ``spark``; returns what it did."""
    started = time.monotonic()
    sc = spark.sparkContext
    options = job.options
    n = job.partitions or sc.defaultParallelism * PARTITIONS_PER_CORE

    items: DataFrame | None = None
    for index, path in enumerate(job.inputs):
        read = _read(spark, input_kind(path, job.input_format), path, index, options)
        items = read if items is None else items.unionByName(read)
    assert items is not None
    items = _rename_repeated_ids(items)

    done = _done(spark, job)
    if done is not None:
        ids = done.select("_done_id").distinct()
        items = items.join(ids, items["id"] == ids["_done_id"], "left")
        items = _drop_payload(_mark(items, F.col("_done_id").isNotNull(), worker.SKIPPED))
        items = items.drop("_done_id")

    # Extract main text, then keep each text once (its first in input order).
    resolved_rdd = items.repartition(n).rdd.mapPartitions(
        lambda rows: worker.resolve_rows(rows, options)
    )
    resolved = spark.createDataFrame(resolved_rdd, _ITEM_SCHEMA)
    resolved = _mark_repeated_texts(resolved)
    if done is not None:
        hashes = done.select("_done_hash").distinct()
        resolved = resolved.join(hashes, resolved["hash"] == hashes["_done_hash"], "left")
        resolved = _mark(resolved, F.col("_done_hash").isNotNull(), worker.DUPLICATE)
        resolved = resolved.drop("_done_hash")
    resolved = _drop_payload(resolved).select(*worker.ITEM_FIELDS)

    peak = sc.accumulator(0.0, _Max())

    def analyze(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        yield from worker.analyze_rows(rows, options)
        peak.add(worker.peak_rss_mb())

    out = spark.createDataFrame(resolved.repartition(n).rdd.mapPartitions(analyze), _OUT_SCHEMA)
    out = out.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        status = F.col("status")
        (
            out.filter(status == worker.OK)
            .select("analysis.*")
            .write.mode("append")
            .option("compression", "zstd")
            .parquet(job.analyses_path)
        )
        (
            out.filter(status == worker.ERROR)
            .select("error.*")
            .write.mode("overwrite")
            .option("compression", "zstd")
            .parquet(job.errors_path)
        )
        counts = {row["status"]: row["count"] for row in out.groupBy("status").count().collect()}
    finally:
        out.unpersist()
    return SparkSummary(
        analysed=counts.get(worker.OK, 0),
        failed=counts.get(worker.ERROR, 0),
        skipped=counts.get(worker.SKIPPED, 0),
        duplicates=counts.get(worker.DUPLICATE, 0),
        seconds=time.monotonic() - started,
        partitions=n,
        worker_peak_rss_mb=peak.value,
        analyses_path=job.analyses_path,
        errors_path=job.errors_path,
    )


def session(master: str | None = None, conf: Sequence[tuple[str, str]] = ()) -> SparkSession:
    """A SparkSession: the one spark-submit set up, else a new one (local by default)."""
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    if not under_submit and (master is None or master.startswith("local")):
        # Local workers must run this interpreter (the one quidit and its
        # model are installed in), not whatever "python3" is on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("quidit")
    if master:
        builder = builder.master(master)
    for key, value in conf:
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def main(argv: Sequence[str] | None = None) -> None:
    """spark-submit entry point: the arguments of ``quidit spark``."""
    from quidit.cli import main as cli_main

    sys.argv = ["quidit", "spark", *(sys.argv[1:] if argv is None else argv)]
    cli_main()


if __name__ == "__main__":
    main()
