"""What readers yield: finished articles, failures, and pages still to be
extracted or fetched.

Reading is cheap and runs in one process; extraction (trafilatura) and
fetching are the heavy part, so readers hand them on as :class:`PageItem`
and :class:`UrlItem` and :func:`quidit.ingest.resolve` finishes them,
in whichever process the batch runner chooses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quidit.records import Article, Failure


@dataclass(frozen=True, slots=True)
class PageItem:
    """An HTML page whose main text is still to be extracted."""

    id: str
    source: str
    data: bytes | str
    #: Where the page came from (WARC target, fetched URL, a url column).
    url: str | None = None
    #: A title given beside the page (a title column); else the page's own.
    title: str | None = None
    #: A language given beside the page (a lang column); else detected.
    lang: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class UrlItem:
    """A web address to fetch, then extract."""

    id: str
    url: str
    source: str


Item = Article | Failure | PageItem | UrlItem


def item_source(item: Item) -> str:
    if isinstance(item, Failure):
        return item.source
    if isinstance(item, Article):
        return str(item.meta.get("source") or item.url or item.id)
    if isinstance(item, UrlItem):
        return item.url
    return item.source
