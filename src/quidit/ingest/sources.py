"""Dispatch each named source to the reader for its kind."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from quidit.records import Article, Failure


def content_id(text: str) -> str:
    """A stable id for an article without one: a hash of its content."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def decode(data: bytes, source: str) -> str | Failure:
    if b"\x00" in data[:8192]:
        return Failure(source=source, reason="binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Failure(source=source, reason=f"not UTF-8 text (byte {exc.start}: {exc.reason})")
    return text[1:] if text.startswith("\ufeff") else text


def read_text_file(path: Path) -> Iterator[Article | Failure]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
        return
    text = decode(data, str(path))
    if isinstance(text, Failure):
        yield text
        return
    if not text.strip():
        yield Failure(source=str(path), reason="empty file", id=path.stem)
        return
    yield Article(id=path.stem, text=text, meta={"source": str(path)})


def read_jsonl(lines: Iterable[str], source: str) -> Iterator[Article | Failure]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source=where, reason=f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Failure(source=where, reason="record has no 'text' string")
            continue
        text = record["text"]
        yield Article(
            id=str(record.get("id") or content_id(text)),
            text=text,
            title=record.get("title"),
            url=record.get("url"),
            lang=record.get("lang") if isinstance(record.get("lang"), str) else None,
            meta={"source": where},
        )


def read_jsonl_file(path: Path) -> Iterator[Article | Failure]:
    try:
        handle = path.open(encoding="utf-8", errors="strict")
    except OSError as exc:
        yield Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            yield from read_jsonl(handle, str(path))
        except UnicodeDecodeError as exc:
            yield Failure(source=str(path), reason=f"not UTF-8 text ({exc.reason})")


def read_sources(sources: Iterable[str]) -> Iterator[Article | Failure]:
    """Articles from files (text, JSON Lines) and ``-`` (standard input)."""
    for source in sources:
        if source == "-":
            data = sys.stdin.buffer.read()
            text = decode(data, "<stdin>")
            if isinstance(text, Failure):
                yield text
            elif text.lstrip().startswith("{"):
                yield from read_jsonl(text.splitlines(), "<stdin>")
            else:
                yield Article(id=content_id(text), text=text, meta={"source": "<stdin>"})
            continue
        path = Path(source)
        if not path.exists():
            yield Failure(source=source, reason="no such file")
        elif path.is_dir():
            yield Failure(source=source, reason="is a directory")
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            yield from read_jsonl_file(path)
        else:
            yield from read_text_file(path)
