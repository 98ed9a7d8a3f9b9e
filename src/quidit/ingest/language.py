"""Which language a page is in: what it declares, checked against its words.

Pages declare a language (``<html lang="fr-FR">``, ``og:locale`` …), but
templates often declare the site's default whatever the article's language.
The declaration is trusted unless the text reads clearly as another
language quidit knows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml only for the runs that read HTML
    from lxml.html import HtmlElement

from quidit.lang import available_languages, detect_language

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][A-Za-z0-9]+)*$")

#: Share of a text's words that are stopwords of a language, above which the
#: text is taken to be in that language whatever the page declares.  French
#: news prose runs at 25–35 % for the French list; English prose at under 3 %
#: for it (measured on tests/ingest fixtures and bench/gen_pages.py output).
#: 12 % sits well between the two.
CLEAR_DENSITY = 0.12

#: Words read for the density: the same head of text detect_language reads.
_DENSITY_CHARS = 5_000


def normalize_tag(tag: str | None) -> str | None:
    """``"fr-FR"``, ``"fr_FR"``, ``"FR"`` → ``"fr"``; anything else → None."""
    if not tag:
        return None
    m = _TAG.match(tag.strip())
    return m.group(1).lower() if m else None


def declared_language(tree: HtmlElement) -> str | None:
    """The page's own language tag, raw (``fr-FR``), or None."""
    root = tree.getroottree().getroot()
    for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        value = root.get(attr)
        if value and value.strip():
            return value.strip()
    for xpath in (
        '//meta[translate(@http-equiv,"CONTENT-LANGUAGE","content-language")="content-language"]/@content',
        '//meta[@property="og:locale"]/@content',
        '//meta[@name="language"]/@content',
    ):
        values = root.xpath(xpath)
        if values and str(values[0]).strip():
            return str(values[0]).strip().split(",")[0]
    return None


def stopword_density(text: str, code: str) -> float:
    language = available_languages().get(code)
    words = [w.lower() for w in _WORD.findall(text[:_DENSITY_CHARS])]
    if language is None or not words:
        return 0.0
    return sum(1 for w in words if w in language.stopwords) / len(words)


def page_language(text: str, declared: str | None) -> str | None:
    """The language to analyse a page's text in; None lets the Analyzer detect it.

    An unsupported declared language is returned as is, so the Analyzer skips
    the article with that reason, unless the text clearly reads otherwise.
    """
    code = normalize_tag(declared)
    if code is None:
        return None
    detected, _share = detect_language(text)
    if detected is None or detected == code:
        return code
    if stopword_density(text, detected) >= CLEAR_DENSITY:
        return detected
    return code
