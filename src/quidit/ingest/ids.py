"""Stable article ids: from a URL, else from a hash of the content.

An id depends only on the article itself, never on the run, so a resumed
run gives every article the id the first run gave it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Hex digits kept from SHA-1: 16 (64 bits) keep the chance of any clash in
#: a corpus of 100 million articles below 1 in 3,000 (birthday bound).
HASH_CHARS = 16

#: Query parameters that only track the reader and never change the page
#: (Google Analytics' utm_* convention, Facebook's and Google Ads' click ids).
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|xtor)$", re.IGNORECASE)

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:HASH_CHARS]


def content_id(text: str | bytes) -> str:
    """A stable id for an article without one: a hash of its content."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return "sha1-" + _sha1(data)


def normalize_url(url: str) -> str:
    """The URL with case, default port, fragment and tracking parameters removed."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in pairs if not TRACKING_PARAMS.match(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def url_id(url: str) -> str:
    """The id of the article at ``url`` (the same for every spelling of it)."""
    return "url-" + _sha1(normalize_url(url).encode("utf-8", "surrogatepass"))


def text_hash(text: str) -> str:
    """What makes two articles "the same content": their words, whatever the spacing."""
    return _sha1(" ".join(text.split()).encode("utf-8", "surrogatepass"))


class IdAssigner:
    """Makes ids unique within one stream: the n-th repeat of ``x`` becomes ``x~n``.

    Repeats happen when one URL is captured twice or an export repeats an id.
    The suffix depends only on the order of the inputs, so the same inputs
    in the same order get the same ids on every run.  Memory: one counter
    entry per distinct id (about 100 bytes each).
    """

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def __call__(self, id: str) -> str:
        self._seen[id] += 1
        n = self._seen[id]
        return id if n == 1 else f"{id}~{n}"
