"""Language data, one package per language (``quidit.lang.fr`` …).

A language package exposes ``LANGUAGE``, a :class:`LanguageData` built from
its data modules.  The registry finds every package under ``quidit.lang``
by itself, and :func:`register` adds one from outside, so a new language is
one new folder and nothing else.  Nothing here imports engine code.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from quidit.errors import UsageError


@dataclass(frozen=True)
class LanguageData:
    code: str
    name: str
    #: spaCy pipeline loaded by default, and the faster, smaller one.
    default_model: str
    fast_model: str | None
    #: One line telling a user how to install ``default_model``.
    install_hint: str
    #: Frequent function words, for language detection.
    stopwords: frozenset[str]
    #: Quotation marks: opening mark → closing mark.
    quote_pairs: Mapping[str, str]
    #: Verbs of saying and thinking, by lower-cased surface form → lemma.
    speech_verb_forms: Mapping[str, str] = field(default_factory=dict)
    #: Lemmas whose noun-phrase object is reported content (annoncer …).
    np_content_lemmas: frozenset[str] = frozenset()
    #: Lemmas that introduce content only with a que-clause, an infinitive or
    #: a quoted passage, never with a bare noun phrase (saluer, dénoncer …).
    weak_lemmas: frozenset[str] = frozenset()
    #: Multi-word cues that work as one verb (faire savoir, faire état de …):
    #: first word's lemma → tuple of following lower-cased words.
    multiword_cues: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Attribution adjuncts (selon, d'après, according to …), as lower-cased
    #: word sequences.
    adjunct_cues: tuple[tuple[str, ...], ...] = ()
    #: Subject pronouns → (gender, number); gender "" when either.
    pronouns: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: Honorifics and titles dropped when comparing names (M., général …).
    titles: frozenset[str] = frozenset()
    #: Words of a description that are articles or determiners.
    determiners: frozenset[str] = frozenset()
    #: Anything else a language module wants the engine to see.
    extra: Mapping[str, Any] = field(default_factory=dict)


_REGISTERED: dict[str, LanguageData] = {}


def register(language: LanguageData) -> None:
    """Make a language known without it living under ``quidit.lang``."""
    _REGISTERED[language.code] = language
    available_languages.cache_clear()


@cache
def available_languages() -> dict[str, LanguageData]:
    found: dict[str, LanguageData] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        language = getattr(module, "LANGUAGE", None)
        if isinstance(language, LanguageData):
            found[language.code] = language
    found.update(_REGISTERED)
    return found


def get_language(code: str) -> LanguageData:
    languages = available_languages()
    try:
        return languages[code]
    except KeyError:
        raise UsageError.choice("language", code, languages) from None


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

#: Below this many stopword hits a text tells us nothing about its language;
#: a 20-word French sentence already holds 6–10 of them, so 3 keeps headlines
#: and short passages detectable while refusing digits-only noise.
MIN_STOPWORD_HITS = 3

#: Only the head of a text is read for detection: 5,000 characters hold
#: ~800 words, far more than the stopword vote needs, and keep detection
#: constant-time on 5 MB inputs.
DETECT_CHARS = 5_000


def detect_language(text: str) -> tuple[str | None, float]:
    """Guess the language by stopword share; ``(None, 0.0)`` when unsure.

    Returns the best code and its share of all stopword hits (0–1).
    """
    words = [w.lower() for w in _WORD.findall(text[:DETECT_CHARS])]
    best: str | None = None
    best_hits = 0
    total = 0
    for code, language in available_languages().items():
        hits = sum(1 for w in words if w in language.stopwords)
        total += hits
        if hits > best_hits:
            best, best_hits = code, hits
    if best is None or best_hits < MIN_STOPWORD_HITS:
        return None, 0.0
    return best, best_hits / total
