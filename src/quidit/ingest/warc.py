"""WARC and WARC.gz archives: every HTML response record becomes a page.

Common Crawl News ships WARC files of HTTP responses.  Each ``response``
(or ``resource``) record whose payload is HTML becomes a :class:`PageItem`
whose id comes from its target URI; other records (requests, metadata,
images, redirects, errors) are not articles and are passed over.
warcio undoes chunked transfer and gzip/deflate/brotli content encodings.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from quidit.ingest.ids import content_id, url_id
from quidit.ingest.items import PageItem
from quidit.records import Failure

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def looks_like_warc(head: bytes) -> bool:
    return head.startswith((b"WARC/", b"\x1f\x8b"))


def _mime(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _read_up_to(stream: IO[bytes], n: int) -> bytes:
    """Up to ``n`` bytes (one read() may return fewer before the end)."""
    parts: list[bytes] = []
    got = 0
    while got < n:
        part = stream.read(n - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _html_record(record: ArcWarcRecord) -> bool:
    if record.rec_type == "response":
        if record.http_headers is None:
            return False  # a non-HTTP response (DNS, whois …)
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False  # redirects and errors are not articles
        return _mime(record.http_headers.get_header("Content-Type")) in HTML_TYPES
    if record.rec_type == "resource":
        return _mime(record.rec_headers.get_header("Content-Type")) in HTML_TYPES
    return False


def read_warc_stream(
    stream: IO[bytes], source: str, max_bytes: int, size: int | None = None
) -> Iterator[PageItem | Failure]:
    """Pages of the archive in ``stream``; ``size`` (bytes), when known,
    lets a cut inside a record's first bytes be told from the end."""
    # Imported here: warcio (~9 MB) only for the runs that read archives.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offset = end = 0
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            if not _html_record(record):
                offset = records.get_record_offset()  # reads the record to its end
                end = offset + records.get_record_length()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    reason = "truncated record: the archive ends inside it"
                    yield Failure(source=f"{source}@{offset}", reason=reason)
                    return
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or None
            data = _read_up_to(record.content_stream(), max_bytes + 1)
            truncated = len(data) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0
            offset = records.get_record_offset()  # reads the record to its end
            end = offset + records.get_record_length()
            where = f"{source}@{offset}"
            id = url_id(uri) if uri else content_id(data)
            if len(data) > max_bytes:
                yield Failure(source=where, reason=f"page larger than {max_bytes} bytes", id=id)
                continue
            if truncated:
                yield Failure(
                    source=where, reason="truncated record: the archive ends inside it", id=id
                )
                return
            meta = {"source": where}
            for key, header in (("warc_record_id", "WARC-Record-ID"), ("warc_date", "WARC-Date")):
                value = record.rec_headers.get_header(header)
                if value:
                    meta[key] = value
            yield PageItem(id=id, source=where, data=data, url=uri, meta=meta)
        # Uncompressed records end in a blank line (\r\n\r\n) that the
        # record's length leaves out; anything beyond it is a cut record.
        if size is not None and size - end > len(b"\r\n\r\n"):
            reason = f"truncated record: {size - end} bytes after the last whole record"
            yield Failure(source=f"{source}@{end}", reason=reason)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        # A truncated or corrupt archive: what came before stands.
        yield Failure(source=f"{source}@{offset}", reason=f"corrupt archive: {exc}")


def read_warc_file(path: Path, max_bytes: int) -> Iterator[PageItem | Failure]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        # warcio reads anything as records (and prints warnings about it).
        if not looks_like_warc(stream.read(5)):
            yield Failure(source=str(path), reason="not a WARC archive (no WARC/ header)")
            return
        stream.seek(0)
        size = os.fstat(stream.fileno()).st_size
        yield from read_warc_stream(stream, str(path), max_bytes, size)
