"""Media named with their type noun: « le quotidien Le Soir », « l'hebdomadaire
« Jeune Afrique » », « la chaîne Vallée TV ».  The finders often stop the
mention at the type noun, and the canonical name of such a source is the
title (guidelines §2: the fullest proper name the article gives it; the type
noun is a description).  Helpers of ``speaker_assign`` and ``speakers``."""

from __future__ import annotations

import re

from quidit.extract.clusters import Cluster, fold

#: A title after the type noun: in quotation marks, or capitalised words
#: joined by the particles and articles of French titles (« L'Écho de
#: Valmont », « Le Courrier du Nord »), up to six words.
_TITLE = re.compile(
    r"[ \u00a0]*(?:[«“\"][ \u00a0]*(?P<quoted>[^«»“”\"\n]{2,40}?)[ \u00a0]*[»”\"]"
    r"|(?P<bare>(?:L['’]|La |Le |Les )?[A-ZÀ-Þ0-9][\w’'.-]*"
    r"(?:[ \u00a0](?:(?:de|du|des|d['’]|la|le|les|et)[ \u00a0]?)?[A-ZÀ-Þ0-9][\w’'.-]*){0,5}))"
)
#: Words that open a complement of the type noun, not a title.
_LINKS = frozenset("de du des d la le les l à au aux en".split())
#: Titles run to six words (« Le Journal de Saône-et-Loire »); more words
#: in quotation marks after a type noun are a quote.
_MOST_WORDS = 6
#: The type noun at the end of a mention, with an optional adjective
#: (« le quotidien national »).
_TYPE_END = re.compile(r"(?:^|\s|['’])(?P<noun>[\w-]+)(?:\s+[a-zéèêàâîôûç-]+)?\s*$")


def _type_noun(mention: str, nouns: frozenset[str]) -> bool:
    m = _TYPE_END.search(mention)
    if m is None:
        return False
    words = re.findall(r"[\w-]+", mention.lower())
    # The noun, or the noun and one adjective after it.
    return bool(words) and (words[-1] in nouns or (len(words) > 1 and words[-2] in nouns))


def titled_end(text: str, start: int, end: int, nouns: frozenset[str]) -> int:
    """The end of a mention that stops at a media type noun, taken on over
    the title after it (``end`` where none follows)."""
    if not _type_noun(text[start:end], nouns):
        return end
    m = _TITLE.match(text, end)
    if m is None:
        return end
    return m.end()


def title_of(mention: str, nouns: frozenset[str]) -> str | None:
    """« le quotidien Le Soir » → « Le Soir »; ``None`` where the mention is
    no type noun followed by a title."""
    words = list(re.finditer(r"[\w-]+", mention))
    for k, w in enumerate(words[:3]):
        if w.group().lower() not in nouns:
            continue
        rest = words[k + 1 :]
        # An adjective of the noun (« le quotidien national L'Union »), not
        # a complement (« le journal de 20 heures »).
        if rest and rest[0].group()[:1].islower() and rest[0].group() not in _LINKS:
            rest = rest[1:]
        if not rest:
            return None
        at = rest[0].start()
        # « L'Union »: the elided article belongs to the title.
        if mention[at - 2 : at] in {"L'", "L’"}:
            at -= 2
        title = mention[at:].strip(' «»“”"\u00a0')
        return title if title[:1].isupper() and len(title.split()) <= _MOST_WORDS else None
    return None


def medium_named(clusters: list[Cluster], title: str) -> Cluster | None:
    """The medium of the article with that title."""
    key = fold(title)
    return next((c for c in clusters if c.title and fold(c.title) == key), None)
