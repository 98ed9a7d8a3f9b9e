"""Dispatch each named source to the reader for its kind.

A source is a file, a directory (walked recursively: each folder's files in
name order, then its subfolders; hidden ones skipped), an
``http(s)://`` URL or ``-`` (standard input).  Files are read by their
extension (``.html``, ``.warc.gz``, ``.jsonl``, ``.csv`` …); a named file
with any other extension is sniffed (HTML, WARC, JSON Lines, else text).
Directories yield only files with a known extension, so a saved page's
``_files/`` folder of scripts and images is passed over.

:func:`iter_items` streams items with pages still to extract (for the batch
runner); :func:`read_sources` finishes them in this process.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from quidit.ingest.html import HTML_SUFFIXES, extract_page, looks_like_html, read_html_file
from quidit.ingest.ids import IdAssigner, content_id, url_id
from quidit.ingest.items import Item, PageItem, UrlItem
from quidit.ingest.tabular import (
    CSV_SUFFIXES,
    JSONL_SUFFIXES,
    read_csv_file,
    read_jsonl,
    read_jsonl_file,
)
from quidit.ingest.text import TEXT_SUFFIXES, decode, read_text_file, text_article
from quidit.ingest.url import FetchError, FetchSettings, is_url, shared_fetcher
from quidit.ingest.warc import is_warc_name, looks_like_warc, read_warc_file, read_warc_stream
from quidit.options import Options
from quidit.records import Article, Failure

#: Bytes of standard input or of an unknown file looked at to tell its kind.
SNIFF_BYTES = 4096


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if is_warc_name(name):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(CSV_SUFFIXES):
        return "csv"
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return None


def _sniff(head: bytes) -> str:
    if looks_like_warc(head):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "jsonl"
    if looks_like_html(head):
        return "html"
    return "text"


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                path = Path(dirpath, name)
                if _kind(path) is not None:
                    yield path


def _read_file(path: Path, kind: str | None, options: Options) -> Iterator[Item]:
    if kind is None:
        try:
            with path.open("rb") as f:
                kind = _sniff(f.read(SNIFF_BYTES))
        except OSError as exc:
            yield Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
            return
    if kind == "warc":
        yield from read_warc_file(path, options.max_page_bytes)
    elif kind == "jsonl":
        yield from read_jsonl_file(path, options)
    elif kind == "csv":
        yield from read_csv_file(path, options)
    elif kind == "html":
        yield read_html_file(path, options.max_page_bytes)
    else:
        yield read_text_file(path, options.max_page_bytes)


def _read_stdin(stream: IO[bytes], options: Options) -> Iterator[Item]:
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[type-var]
    kind = _sniff(buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES])
    source = "<stdin>"
    if kind == "warc":
        if not looks_like_warc(buffered.peek(5)[:5]):
            yield Failure(source=source, reason="not a WARC archive (no WARC/ header)")
            return
        yield from read_warc_stream(buffered, source, options.max_page_bytes)
    elif kind == "jsonl":
        lines = io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="strict")
        try:
            yield from read_jsonl(lines, source, options)
        except UnicodeDecodeError as exc:
            yield Failure(source=source, reason=f"not UTF-8 text ({exc.reason})")
    else:
        data = buffered.read(options.max_page_bytes + 1)
        if len(data) > options.max_page_bytes:
            yield Failure(source=source, reason=f"input larger than {options.max_page_bytes} bytes")
        elif kind == "html":
            yield PageItem(id=content_id(data), source=source, data=data, meta={"source": source})
        else:
            yield text_article(data, source)


def _raw_items(sources: Iterable[str], options: Options) -> Iterator[Item]:
    for source in sources:
        if source == "-":
            yield from _read_stdin(sys.stdin.buffer, options)
        elif is_url(source):
            yield UrlItem(id=url_id(source), url=source, source=source)
        else:
            path = Path(source)
            if path.is_dir():
                for file in _walk(path):
                    yield from _read_file(file, _kind(file), options)
            elif path.exists():
                yield from _read_file(path, _kind(path), options)
            else:
                yield Failure(source=source, reason="no such file or directory")


def source_bound(sources: Iterable[str]) -> int | None:
    """How many articles the sources hold at most, when each holds one; else None.

    URLs and HTML or text files hold one article; directories, archives,
    exports and standard input hold any number.
    """
    n = 0
    for source in sources:
        if source == "-":
            return None
        if not is_url(source):
            path = Path(source)
            if path.is_dir() or _kind(path) in ("warc", "jsonl", "csv"):
                return None
            if _kind(path) is None and path.is_file():
                try:
                    with path.open("rb") as f:
                        if _sniff(f.read(SNIFF_BYTES)) in ("warc", "jsonl"):
                            return None
                except OSError:
                    pass
        n += 1
    return n


def iter_items(sources: Iterable[str], options: Options | None = None) -> Iterator[Item]:
    """Every input item, with an id unique within the stream, pages not yet extracted."""
    options = options or Options()
    unique = IdAssigner()
    for item in _raw_items(sources, options):
        if item.id is not None:
            new_id = unique(item.id)
            if new_id != item.id:
                item = dataclasses.replace(item, id=new_id)
        yield item


def fetch_settings(options: Options) -> FetchSettings:
    return FetchSettings(
        timeout=options.fetch_timeout,
        max_bytes=options.max_page_bytes,
        max_redirects=options.max_redirects,
        allow_private=options.allow_private,
    )


def resolve(item: Item, options: Options | None = None) -> Article | Failure:
    """Finish an item: extract a page's main text, fetch a URL first.  Never raises."""
    if isinstance(item, Article | Failure):
        return item
    options = options or Options()
    try:
        if isinstance(item, UrlItem):
            try:
                fetched = shared_fetcher(fetch_settings(options)).fetch(item.url)
            except FetchError as exc:
                return Failure(source=item.url, reason=str(exc), id=item.id)
            meta = {"source": item.url}
            if fetched.url != item.url:
                meta["fetched_url"] = fetched.url
            if fetched.content_type == "text/plain":
                text = decode(fetched.body, item.url)
                if isinstance(text, Failure):
                    return dataclasses.replace(text, id=item.id)
                if not text.strip():
                    return Failure(source=item.url, reason="empty page", id=item.id)
                return Article(id=item.id, text=text, url=item.url, meta=meta)
            data: bytes | str = fetched.body
            if fetched.charset:
                # An unknown charset name leaves the bytes for trafilatura to guess.
                with contextlib.suppress(LookupError):
                    data = fetched.body.decode(fetched.charset, errors="replace")
            item = PageItem(id=item.id, source=item.url, data=data, url=item.url, meta=meta)
        return extract_page(item)
    except Exception as exc:  # a reader bug must cost one article, not the batch
        reason = f"cannot extract: {type(exc).__name__}: {exc}"
        return Failure(source=item.source, reason=reason, id=item.id)


def read_sources(
    sources: Iterable[str], options: Options | None = None
) -> Iterator[Article | Failure]:
    """Articles (or Failures) from files, directories, URLs and ``-`` (stdin), in order."""
    options = options or Options()
    for item in iter_items(sources, options):
        yield resolve(item, options)


__all__ = ["content_id", "decode", "iter_items", "read_sources", "resolve", "source_bound"]
