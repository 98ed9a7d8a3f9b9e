"""Reading inputs into Articles.  Each reader yields ``Article`` or ``Failure``
(or a page still to extract, finished by :func:`resolve`); a bad input never
raises out of a reader.

Kinds: text files (:mod:`.text`), HTML files (:mod:`.html`), URLs
(:mod:`.url`), WARC archives (:mod:`.warc`), JSON Lines and CSV
(:mod:`.tabular`), directories and standard input (:mod:`.sources`).
"""

from quidit.ingest.html import extract_html
from quidit.ingest.ids import content_id, text_hash, url_id
from quidit.ingest.items import Item, PageItem, UrlItem
from quidit.ingest.sources import iter_items, read_sources, resolve

__all__ = [
    "Item",
    "PageItem",
    "UrlItem",
    "content_id",
    "extract_html",
    "iter_items",
    "read_sources",
    "resolve",
    "text_hash",
    "url_id",
]
