"""Corpus keys for names: one key per person or body across articles.

Articles name a source many ways ("M. Kapustin", "le général Kapustin",
"KAPUSTIN"); the store links them by a normalised key.  These are pure
functions over strings, with their own small word lists: the store is
language-agnostic and never imports the language packages (see
``spec/architecture.md``).
"""

from __future__ import annotations

import re
import unicodedata


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Honorifics and ranks dropped before comparing names, French and English.
#: Kept to words that only ever precede a name; role nouns that can stand
#: alone ("le ministre") are not titles here, so "le ministre" never links
#: two different ministers.
TITLES = _word_set(
    """
    m mr mme mrs ms mlle mlles mm me maitre dr docteur pr professeur prof monsieur madame
    mademoiselle sir dame lord lady general colonel capitaine commandant lieutenant sergent
    amiral marechal captain commander sergeant admiral president presidente senateur
    senatrice depute deputee prefet prefete abbe pere soeur saint sainte
    """
)

#: Leading articles dropped ("La Russie" and "Russie" are one source).
ARTICLES = frozenset(["le", "la", "les", "l", "the"])

#: Pronouns open sentences capitalised ("Il affirme …") but name no one.
PRONOUNS = _word_set(
    """
    il elle ils elles on nous vous je tu lui eux celui-ci celle-ci he she it they we you i
    """
)

#: Words that may stay lower-case inside a proper name ("Corps des
#: Volontaires de Russie", "Ursula von der Leyen").
PARTICLES = _word_set(
    """
    de du des d la le les l et en sur sous aux au von van der den da di del y of the and
    """
)

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "\u00a0": " "})
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(name: str) -> list[str]:
    """The name's words, with elided articles ("l'armée") split off."""
    return _WORD.findall(name.translate(_APOSTROPHES))


def _drop_leading(words: list[str]) -> list[str]:
    """Drop leading articles and titles, but never the last word."""
    i = 0
    while i < len(words) - 1:
        w = strip_accents(words[i]).casefold().rstrip(".")
        if w in ARTICLES or w in TITLES:
            i += 1
            continue
        break
    return words[i:]


def normalize_name(name: str) -> str:
    """The corpus key of a name: case, accents, articles and titles removed.

    >>> normalize_name("Le général Denis KAPUSTIN")
    'denis kapustin'
    >>> normalize_name("L’armée russe") == normalize_name("armée russe")
    True
    """
    words = _drop_leading(_words(name))
    return " ".join(strip_accents(w).casefold() for w in words)


def is_name_like(alias: str) -> bool:
    """True for an alias that names one source (a proper name), so that it
    may link articles; false for descriptions and pronouns.

    Every word left after titles must be capitalised, except particles:
    "Corps des Volontaires de Russie" and "White Rex" are names, "le chef
    de la milice" and "il" are not.
    """
    words = _drop_leading(_words(alias))
    if not words or (len(words) == 1 and words[0].casefold() in PRONOUNS):
        return False
    capitalised = 0
    for w in words:
        if w[0].isupper():
            capitalised += 1
        elif strip_accents(w).casefold() not in PARTICLES:
            return False
    return capitalised > 0
