"""The entity a speaker mention resolves to, and the small word helpers
the resolver shares with the modules around it."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from quidit.extract.spans import token_at
from quidit.lang import SyntaxData
from quidit.records import Quote


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    # Cached: the same few hundred names and words are folded again and
    # again while mentions are compared (cProfile on the English dev set).
    s = unicodedata.normalize("NFD", s.lower().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Cluster:
    id: str
    kind: str
    names: list[str] = field(default_factory=list)  # full proper names (persons)
    descriptions: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)  # description head nouns
    #: Adjectives set after those head nouns (« le président tchadien »).
    qualifiers: set[str] = field(default_factory=set)
    #: Roles a title gives (« Me » a lawyer): the bare noun only, since the
    #: title says nothing of a qualified role (« l'avocat général »).
    titled: set[str] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    #: Aliases the text declares (« surnommé le Sorcier »), not mere mentions.
    declared: list[str] = field(default_factory=list)
    #: A medium's title (« Le Soir » for « le quotidien Le Soir »): its name.
    title: str = ""
    gender: str = ""
    #: The gender a person's first name gives (lists of first names), kept
    #: apart from ``gender``: the text's own words outrank it.
    name_gender: str = ""
    number: str = ""
    last: int = -1  # offset of the latest mention
    seen_at: list[int] = field(default_factory=list)  # every mention's offset, sorted

    def see(self, offset: int) -> None:
        insort(self.seen_at, offset)

    def last_before(self, offset: int) -> int | None:
        """The latest mention before ``offset``, if any."""
        k = bisect_left(self.seen_at, offset)
        return self.seen_at[k - 1] if k else None

    @property
    def name(self) -> str:
        if self.names:
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        if self.title:
            return self.title
        if self.descriptions:
            return max(self.descriptions, key=len)
        return self.aliases[0] if self.aliases else "?"

    def add_alias(self, text: str) -> None:
        text = " ".join(text.split())
        if text and text not in self.aliases:
            self.aliases.append(text)


def head_word(description: str) -> str:
    words = [w for w in re.findall(r"[\w-]+", description.lower()) if len(w) > 2]
    return words[0] if words else ""


def cue_gender(doc: Doc, quote: Quote, syntax: SyntaxData) -> str:
    """« s'est félicitée »: the participle agrees with its subject."""
    if quote.cue is None or not syntax.agreeing_auxiliaries:
        return ""
    tok: Token | None = token_at(doc, quote.cue.end - 1)
    if tok is None:
        return ""
    if tok.morph.get("VerbForm", []) == ["Part"] and any(
        c.lower_ in syntax.agreeing_auxiliaries for c in tok.children
    ):
        g = tok.morph.get("Gender", [])
        return g[0] if g else ""
    return ""


def adjunct_words(adjuncts: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """Each adjunct cue as its folded words (« d'après » → d, apres)."""
    return [
        tuple(w for a in adjunct for w in re.findall(r"\w+", fold(a).replace("'", " ")))
        for adjunct in adjuncts
    ]


def is_adjunct(cue: str, adjuncts: list[tuple[str, ...]]) -> bool:
    """The cue is an attribution adjunct (« selon », « d'après »), not a
    verb that shares its first letters (« a déclaré » is no « à »);
    ``adjuncts`` as ``adjunct_words`` gives them."""
    words = tuple(re.findall(r"\w+", fold(cue).replace("'", " ")))
    return any(parts and words[: len(parts)] == parts for parts in adjuncts)


def unelide(word: str, elisions: tuple[str, ...]) -> str:
    """« l’Olde » → « Olde »: an elided article glued to a name."""
    for e in elisions:
        if word.startswith(e) and len(word) > len(e):
            return word[len(e) :]
    return word


def noun_gender(tok: Token, endings: dict[str, str]) -> list[str]:
    """The tagger's gender of a word, else, for a noun, the one its ending
    tells (« l'agence »: the elided article shows none)."""
    gender = tok.morph.get("Gender", [])
    if gender or tok.pos_ != "NOUN":
        return gender
    for ending in sorted(endings, key=len, reverse=True):
        if tok.lower_.endswith(ending):
            return [endings[ending]]
    return []
