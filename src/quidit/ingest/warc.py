"""WARC and WARC.gz archives: every HTML response record becomes a page.

Common Crawl News ships WARC files of HTTP responses.  Each ``response``
(or ``resource``) record whose payload is HTML becomes a :class:`PageItem`
whose id comes from its target URI; other records (requests, metadata,
images, redirects, errors) are not articles and are passed over.
warcio undoes chunked transfer and gzip/deflate/brotli content encodings.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from quidit.ingest.ids import content_id, url_id
from quidit.ingest.items import PageItem
from quidit.records import Failure

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def looks_like_warc(head: bytes) -> bool:
    return head.startswith((b"WARC/", b"\x1f\x8b"))


def _mime(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def read_warc_stream(
    stream: IO[bytes], source: str, max_bytes: int
) -> Iterator[PageItem | Failure]:
    offset = 0
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        for record in records:
            offset = records.get_record_offset()
            where = f"{source}@{offset}"
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or None
            if record.rec_type == "response":
                if record.http_headers is None:
                    continue  # a non-HTTP response (DNS, whois …)
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue  # redirects and errors are not articles
                mime = _mime(record.http_headers.get_header("Content-Type"))
            else:
                mime = _mime(record.rec_headers.get_header("Content-Type"))
            if mime not in HTML_TYPES:
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Failure(
                    source=where,
                    reason=f"page larger than {max_bytes} bytes",
                    id=url_id(uri) if uri else None,
                )
                continue
            meta = {"source": where}
            for key, header in (
                ("warc_record_id", "WARC-Record-ID"),
                ("warc_date", "WARC-Date"),
            ):
                value = record.rec_headers.get_header(header)
                if value:
                    meta[key] = value
            yield PageItem(
                id=url_id(uri) if uri else content_id(data),
                source=where,
                data=data,
                url=uri,
                meta=meta,
            )
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
        yield from read_warc_stream(stream, str(path), max_bytes)
