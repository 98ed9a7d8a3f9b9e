"""What runs inside Spark's Python workers: read, resolve and analyse rows.

Nothing here imports PySpark, so every function can be tested on plain
Python iterables.  The job (:mod:`quidit.spark.job`) hands these functions
to ``mapPartitions``; rows travel between stages as plain tuples in the
field order of :data:`ITEM_FIELDS` and :data:`OUT_FIELDS`.

One spaCy pipeline per worker process: :func:`shared_analyzer` creates a
module-level :class:`~quidit.service.Analyzer` the first time a partition
needs one, and PySpark reuses its Python workers from task to task
(``spark.python.worker.reuse``, on by default), so the model loads once per
worker, not per partition and never per row.
"""

from __future__ import annotations

import io
import json
import resource
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from quidit.ingest import resolve, text_hash
from quidit.ingest.items import PageItem
from quidit.ingest.tabular import record_item
from quidit.ingest.warc import read_warc_stream
from quidit.options import Options
from quidit.output.arrow_schema import ANALYSIS_SCHEMA, analysis_to_row, failure_to_row
from quidit.records import Analysis, Article, Failure

#: One input record on its way to analysis.
#: ``key`` is unique per input record (the id, or a position for failures
#: that have none); ``status`` is todo, failed, skipped (done by an earlier
#: run) or duplicate; ``html`` / ``raw`` hold a page not yet extracted (text
#: or bytes, as the reader found it); ``meta`` is JSON; ``hash`` is the
#: text's :func:`~quidit.ingest.text_hash` once the text is known;
#: ``origin``, ``offset``, ``seq`` (file, start of the file split, position
#: within the partition) sort rows in input order, as ``quidit analyze``
#: reads them, so repeats are settled the way it settles them.
ITEM_FIELDS = (
    "key",
    "status",
    "id",
    "text",
    "html",
    "raw",
    "title",
    "url",
    "lang",
    "meta",
    "source",
    "reason",
    "hash",
    "origin",
    "offset",
    "seq",
)

#: One analysed row: status (ok, error, skipped, duplicate), the analysis
#: row and the error row.  Rows of another status carry placeholders so
#: both structs can be declared non-null, which keeps the strict nullability
#: of the Arrow schema when the job selects ``analysis.*`` for the output.
OUT_FIELDS = ("status", "analysis", "error")

TODO, FAILED, SKIPPED, DUPLICATE = "todo", "failed", "skipped", "duplicate"
OK, ERROR = "ok", "error"

#: Articles a worker analyses before its pipeline is loaded afresh.  spaCy's
#: string store grows with every new word and is never trimmed; the batch
#: runner replaces its workers after 4,000 articles for the same reason
#: (quidit.run.workers.TASKS_PER_WORKER x CHUNK), where the growth reached
#: ~100 MB and a reload (2–5 s) costs about 1 % of the worker's time.
RELOAD_EVERY = 4_000


def _placeholder_analysis() -> tuple[Any, ...]:
    row = analysis_to_row(Analysis(id="", lang="", text=""))
    return tuple(row[name] for name in ANALYSIS_SCHEMA.names)


PLACEHOLDER_ANALYSIS = _placeholder_analysis()
PLACEHOLDER_ERROR = (None, "", "")


# -- rows --------------------------------------------------------------------


def _meta_json(meta: Mapping[str, Any]) -> str | None:
    return json.dumps(dict(meta), ensure_ascii=False, sort_keys=True) if meta else None


Position = tuple[str, int, int]


def item_row(item: Article | PageItem | Failure, key: str, position: Position) -> tuple[Any, ...]:
    """The :data:`ITEM_FIELDS` tuple of what a reader yielded."""
    if isinstance(item, Failure):
        return (key, FAILED, item.id, None, None, None, None, None, None, None,
                item.source, item.reason, None, *position)  # fmt: skip
    if isinstance(item, Article):
        return (key, TODO, item.id, item.text, None, None, item.title, item.url, item.lang,
                _meta_json(item.meta), str(item.meta.get("source") or item.id), None,
                text_hash(item.text), *position)  # fmt: skip
    html = item.data if isinstance(item.data, str) else None
    raw = item.data if isinstance(item.data, bytes) else None
    return (key, TODO, item.id, None, html, raw, item.title, item.url, item.lang,
            _meta_json(item.meta), item.source, None, None, *position)  # fmt: skip


def _field(row: Any, name: str) -> Any:
    """A field of a Spark ``Row`` or of a plain :data:`ITEM_FIELDS` tuple."""
    if hasattr(row, "__fields__"):
        return row[name]
    return row[ITEM_FIELDS.index(name)]


def _meta(row: Any) -> dict[str, Any]:
    meta = _field(row, "meta")
    return json.loads(meta) if meta else {}


def _keyed(
    items: Iterable[tuple[Article | PageItem | Failure, str, int]],
) -> Iterator[tuple[Any, ...]]:
    # ``seq`` counts rows within the partition: rows of one file split come
    # in file order, so (origin, offset, seq) sorts them as the file has them.
    # A failure's key is that position (it may have no id).
    for seq, (item, origin, offset) in enumerate(items):
        position = (origin, offset, seq)
        if item.id is not None and not isinstance(item, Failure):
            key = item.id
        else:
            key = f"\x00{origin}@{offset}#{seq}"
        yield item_row(item, key, position)


# -- stage 1: read -------------------------------------------------------------


def _line_source(path: str, start: int, n: int) -> str:
    """``path:line`` as quidit analyze writes it; past a file's first split
    (files over 128 MB) the line is counted from the split's byte offset."""
    return f"{path}:{n}" if start == 0 else f"{path}@{start}:+{n}"


def read_jsonl_lines(
    lines: Iterable[tuple[str, str, int]], options: Options
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``(line, file path, split start)`` from a text read of JSON Lines files.

    Records are read by the same rule as ``quidit analyze``
    (:func:`quidit.ingest.tabular.record_item`: id column, else the URL's
    id, else a content hash), so an article gets the same id either way.
    """

    def items() -> Iterator[tuple[Article | PageItem | Failure, str, int]]:
        split: tuple[str, int] | None = None
        n = 0
        for line, path, start in lines:
            # Lines of one file split arrive together and in order.
            n = n + 1 if split == (path, start) else 1
            split = (path, start)
            if not line.strip():
                continue
            where = _line_source(path, start, n)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Failure(source=where, reason=f"invalid JSON: {exc.msg}"), path, start
                continue
            if not isinstance(record, dict):
                yield Failure(source=where, reason="not a JSON object"), path, start
                continue
            yield record_item(record, where, options), path, start

    return _keyed(items())


def read_records(
    records: Iterable[Mapping[str, Any]], options: Options, path_field: str, start_field: str
) -> Iterator[tuple[Any, ...]]:
    """Rows of a table input (Parquet): one record per row, columns as in JSON Lines."""

    def items() -> Iterator[tuple[Article | PageItem | Failure, str, int]]:
        for record in records:
            path, start = str(record[path_field]), int(record[start_field])
            fields = {k: v for k, v in record.items() if k not in (path_field, start_field)}
            yield record_item(fields, path, options), path, start

    return _keyed(items())


def read_warc_files(
    files: Iterable[tuple[str, bytes]], options: Options
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``(path, content)``: every HTML response in each WARC file."""

    def items() -> Iterator[tuple[Article | PageItem | Failure, str, int]]:
        for path, content in files:
            for item in read_warc_stream(io.BytesIO(content), path, options.max_page_bytes):
                yield item, path, 0

    return _keyed(items())


# -- stage 2: resolve (extract main text) ------------------------------------


def resolve_rows(rows: Iterable[Any], options: Options) -> Iterator[tuple[Any, ...]]:
    """Extract the main text of pages; articles and failures pass unchanged."""
    for row in rows:
        status = _field(row, "status")
        html, raw = _field(row, "html"), _field(row, "raw")
        if status != TODO or (html is None and raw is None):
            yield tuple(_field(row, name) for name in ITEM_FIELDS)
            continue
        page = PageItem(
            id=_field(row, "id"),
            source=_field(row, "source"),
            data=html if html is not None else bytes(raw),
            url=_field(row, "url"),
            title=_field(row, "title"),
            lang=_field(row, "lang"),
            meta=_meta(row),
        )
        position = (_field(row, "origin"), _field(row, "offset"), _field(row, "seq"))
        yield item_row(resolve(page, options), _field(row, "key"), position)


# -- stage 3: analyse ----------------------------------------------------------

_analyzer: Any = None
_analyzer_options: Options | None = None
_analysed_since_load = 0


def shared_analyzer(options: Options) -> Any:
    """This worker's Analyzer, created on first use (one spaCy pipeline per process)."""
    global _analyzer, _analyzer_options, _analysed_since_load
    if _analyzer is None or _analyzer_options != options or _analysed_since_load >= RELOAD_EVERY:
        from quidit.nlp.pipeline import load_pipeline
        from quidit.service import Analyzer

        if _analyzer is not None:
            load_pipeline.cache_clear()  # a fresh pipeline, with a fresh string store
        _analyzer, _analyzer_options, _analysed_since_load = Analyzer(options), options, 0
    return _analyzer


def article_of(row: Any) -> Article:
    return Article(
        id=_field(row, "id"),
        text=_field(row, "text"),
        title=_field(row, "title"),
        url=_field(row, "url"),
        lang=_field(row, "lang"),
        meta=_meta(row),
    )


def out_row(result: Analysis | Failure) -> tuple[Any, ...]:
    """The :data:`OUT_FIELDS` tuple of one result."""
    if isinstance(result, Failure):
        error = failure_to_row(result)
        return (ERROR, PLACEHOLDER_ANALYSIS, (error["id"], error["source"], error["reason"]))
    row = analysis_to_row(result)
    return (OK, tuple(row[name] for name in ANALYSIS_SCHEMA.names), PLACEHOLDER_ERROR)


def _passed(row: Any) -> tuple[Any, ...]:
    status = _field(row, "status")
    if status == FAILED:
        return out_row(
            Failure(
                source=_field(row, "source"), reason=_field(row, "reason"), id=_field(row, "id")
            )
        )
    # Skipped and duplicate rows are only counted.
    return (status, PLACEHOLDER_ANALYSIS, (_field(row, "id"), _field(row, "source"), status))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyze_rows(rows: Iterable[Any], options: Options) -> Iterator[tuple[Any, ...]]:
    """Analyse the rows still to do, one ``nlp.pipe`` batch at a time."""
    global _analysed_since_load
    from quidit.run.workers import analyze_safely

    waiting: list[Any] = []

    def todo() -> Iterator[Article]:
        for row in rows:
            if _field(row, "status") == TODO:
                yield article_of(row)
            else:
                waiting.append(row)

    for chunk in _chunks(todo(), options.batch_size):
        analyzer = shared_analyzer(options)
        results: Sequence[Analysis | Failure] = analyze_safely(analyzer, chunk)
        _analysed_since_load += len(chunk)
        for result in results:
            yield out_row(result)
        while waiting:
            yield _passed(waiting.pop())
    for row in waiting:
        yield _passed(row)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
