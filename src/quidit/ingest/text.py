"""Plain text files: the whole file is the article."""

from __future__ import annotations

from pathlib import Path

from quidit.ingest.ids import content_id
from quidit.records import Article, Failure

TEXT_SUFFIXES = frozenset({".txt", ".text"})


def decode(data: bytes, source: str) -> str | Failure:
    if b"\x00" in data[:8192]:
        return Failure(source=source, reason="binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Failure(source=source, reason=f"not UTF-8 text (byte {exc.start}: {exc.reason})")
    return text[1:] if text.startswith("\ufeff") else text


def text_article(data: bytes, source: str) -> Article | Failure:
    text = decode(data, source)
    if isinstance(text, Failure):
        return text
    if not text.strip():
        return Failure(source=source, reason="empty file", id=content_id(text))
    return Article(id=content_id(text), text=text, meta={"source": source})


def read_text_file(path: Path, max_bytes: int) -> Article | Failure:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Failure(source=str(path), reason=f"file larger than {max_bytes} bytes ({size})")
        data = path.read_bytes()
    except OSError as exc:
        return Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
    return text_article(data, str(path))
