"""HTML pages → Articles: main text and page metadata via trafilatura.

The analysed text is trafilatura's plain-text rendering of the main content
(one paragraph a line), minus prompt lines (:mod:`quidit.ingest.boilerplate`);
every offset in the record refers to it.  Title, author, date, site name,
URL and the declared language go into ``Article.meta`` / ``Article.title``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quidit.ingest.boilerplate import drop_prompts, prune_furniture
from quidit.ingest.ids import content_id
from quidit.ingest.items import PageItem
from quidit.ingest.language import declared_language, page_language
from quidit.records import Article, Failure

if TYPE_CHECKING:
    from trafilatura.settings import Document

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

#: Extracted text shorter than this is a menu or a caption, not an article:
#: the shortest news brief is a sentence, 60–150 characters.
MIN_TEXT_CHARS = 40

#: Bytes read to decide whether a file or stream is HTML.
SNIFF_BYTES = 1024

_HTML_OPENINGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<?xml", b"<!--")


def looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:SNIFF_BYTES].lower()
    return start.startswith(_HTML_OPENINGS) or (start.startswith(b"<") and b"<p" in start)


def read_html_file(path: Path, max_bytes: int) -> PageItem | Failure:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Failure(source=str(path), reason=f"page larger than {max_bytes} bytes ({size})")
        data = path.read_bytes()
    except OSError as exc:
        return Failure(source=str(path), reason=f"cannot read: {exc.strerror or exc}")
    return PageItem(id=content_id(data), source=str(path), data=data, meta={"source": str(path)})


#: Longest author line kept.  Bylines with several names stay under 80
#: characters; longer "authors" are an author card's prose trafilatura took
#: for a byline.
MAX_AUTHOR_CHARS = 100

_QUOTE_MARKS = frozenset('«»“”"')


def _author(value: str | None) -> str | None:
    if not value or len(value) > MAX_AUTHOR_CHARS or _QUOTE_MARKS.intersection(value):
        return None
    return value


def _meta(doc: Document, declared: str | None, extra: Mapping[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = dict(extra)
    for key, value in (
        ("author", _author(doc.author)),
        ("date", doc.date),
        ("site_name", doc.sitename),
        ("hostname", doc.hostname),
        ("description", doc.description),
        ("categories", doc.categories),
        ("tags", doc.tags),
        ("page_url", doc.url),
        ("page_lang", declared),
    ):
        if value:
            meta[key] = list(value) if isinstance(value, list) else value
    return meta


def extract_page(item: PageItem) -> Article | Failure:
    """The main text and metadata of one page; a Failure when it has none."""
    # Imported here: reading text and JSON Lines never needs trafilatura (~0.5 s).
    import trafilatura
    from trafilatura.settings import Document

    fail_id = item.id
    try:
        tree = trafilatura.load_html(item.data)
    except Exception as exc:  # lxml raises many types on broken markup
        return Failure(source=item.source, reason=f"cannot parse HTML: {exc}", id=fail_id)
    if tree is None:
        return Failure(source=item.source, reason="not an HTML page (cannot parse it)", id=fail_id)
    declared = declared_language(tree)
    meta_doc = trafilatura.extract_metadata(tree, default_url=item.url)
    prune_furniture(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=item.url,
        with_metadata=False,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    if not isinstance(doc, Document) or not doc.text:
        return Failure(source=item.source, reason="no article text found in the page", id=fail_id)
    text = drop_prompts(doc.text).strip()
    if len(text) < MIN_TEXT_CHARS:
        reason = f"no article text found in the page ({len(text)} characters)"
        return Failure(source=item.source, reason=reason, id=fail_id)
    lang = item.lang or page_language(text, declared)
    return Article(
        id=item.id,
        text=text,
        title=item.title or meta_doc.title or None,
        url=item.url or meta_doc.url or None,
        lang=lang,
        meta=_meta(meta_doc, declared, item.meta),
    )


def extract_html(
    data: bytes | str, *, id: str | None = None, url: str | None = None, source: str = "<html>"
) -> Article | Failure:
    """One page's Article, for library callers with HTML in hand."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    item_id = id or content_id(raw)
    meta = {"source": source}
    return extract_page(PageItem(id=item_id, source=source, data=data, url=url, meta=meta))
