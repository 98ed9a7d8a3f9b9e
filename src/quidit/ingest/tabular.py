"""JSON Lines and CSV exports: one article a record, text or HTML in a column.

Column names come from :class:`~quidit.options.Options` (``--text-column``,
``--html-column``, ``--id-column``, ``--url-column``, ``--title-column``,
``--lang-column``).  A record with text is an Article; one with only HTML is
a page to extract.  Other scalar fields are kept in ``meta``.  The id is the
id column, else the URL's id, else a hash of the content.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from quidit.ingest.ids import content_id, url_id
from quidit.ingest.items import PageItem
from quidit.options import Options
from quidit.records import Article, Failure

RecordItem = Article | PageItem | Failure

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")

#: Largest CSV field: the csv module's default (128 KB) is below the length
#: of long articles with their HTML; 64 MB is beyond any page quidit reads
#: (Options.max_page_bytes defaults to 10 MB) while still refusing garbage.
CSV_FIELD_LIMIT = 64 * 1024 * 1024


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def record_item(record: Mapping[str, Any], where: str, options: Options) -> RecordItem:
    """One record (a JSON object or a CSV row) → an Article or a page to extract."""
    o = options
    text = record.get(o.text_column)
    html = record.get(o.html_column)
    if not isinstance(text, str) or not text.strip():
        text = None
    if not isinstance(html, str) or not html.strip():
        html = None
    url = _str(record.get(o.url_column))
    given_id = _str(record.get(o.id_column))
    if text is None and html is None:
        return Failure(
            source=where,
            reason=f"record has no {o.text_column!r} or {o.html_column!r} text"
            " (set --text-column or --html-column)",
            id=given_id or (url_id(url) if url else None),
        )
    content = text if text is not None else html
    assert content is not None
    id = given_id or (url_id(url) if url else content_id(content))
    used = {o.text_column, o.html_column, o.id_column, o.url_column, o.title_column, o.lang_column}
    meta: dict[str, Any] = {"source": where}
    for key, value in record.items():
        if not isinstance(key, str) or key in used or key == "source" or value in (None, ""):
            continue
        scalar = isinstance(value, str | int | float | bool)
        if scalar or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            meta[key] = value
        elif key == "meta" and isinstance(value, dict):
            meta.update({k: v for k, v in value.items() if k != "source"})
    title = _str(record.get(o.title_column))
    lang = _str(record.get(o.lang_column))
    if text is not None:
        return Article(id=id, text=text, title=title, url=url, lang=lang, meta=meta)
    assert html is not None
    return PageItem(id=id, source=where, data=html, url=url, title=title, lang=lang, meta=meta)


def read_jsonl(
    lines: Iterable[str], source: str, options: Options | None = None
) -> Iterator[RecordItem]:
    options = options or Options()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source=where, reason=f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield Failure(source=where, reason="not a JSON object")
            continue
        yield record_item(record, where, options)


def _open_text(path: Path) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def read_jsonl_file(path: Path, options: Options) -> Iterator[RecordItem]:
    try:
        handle = _open_text(path)
    except OSError as exc:
        yield Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from read_jsonl(handle, str(path), options)
        except UnicodeDecodeError as exc:
            yield Failure(source=str(path), reason=f"not UTF-8 text ({exc.reason})")
        except (OSError, EOFError) as exc:  # a truncated .gz
            yield Failure(source=str(path), reason=f"cannot read: {exc}")


def _delimiter(header: str, name: str) -> str:
    if ".tsv" in name.lower():
        return "\t"
    # The header line decides: ";" is Excel's separator in French locales.
    return max((",", ";", "\t"), key=header.count)


def read_csv(handle: IO[str], source: str, options: Options) -> Iterator[RecordItem]:
    csv.field_size_limit(min(CSV_FIELD_LIMIT, sys.maxsize))
    header = handle.readline()
    if not header.strip():
        yield Failure(source=source, reason="empty CSV file")
        return
    delimiter = _delimiter(header, source)
    columns = next(csv.reader([header], delimiter=delimiter))
    if options.text_column not in columns and options.html_column not in columns:
        yield Failure(
            source=source,
            reason=f"no {options.text_column!r} or {options.html_column!r} column "
            f"(columns: {', '.join(columns)}); set --text-column or --html-column",
        )
        return
    reader = csv.DictReader(handle, fieldnames=columns, delimiter=delimiter)
    try:
        for row in reader:
            # The header is line 1; a row's line is where it ends.
            yield record_item(row, f"{source}:{reader.line_num + 1}", options)
    except csv.Error as exc:
        yield Failure(source=f"{source}:{reader.line_num + 1}", reason=f"invalid CSV: {exc}")


def read_csv_file(path: Path, options: Options) -> Iterator[RecordItem]:
    try:
        handle = _open_text(path)
    except OSError as exc:
        yield Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from read_csv(handle, str(path), options)
        except UnicodeDecodeError as exc:
            yield Failure(source=str(path), reason=f"not UTF-8 text ({exc.reason})")
        except (OSError, EOFError) as exc:
            yield Failure(source=str(path), reason=f"cannot read: {exc}")
