"""The one service function: articles in, analysis records out.

The CLI, the web API, batch workers and Spark all analyse through
:class:`Analyzer`, so an article gives the same record whichever face asked.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from quidit.component import QuiditComponent
from quidit.errors import InputError, QuiditError
from quidit.lang import LanguageData, available_languages, detect_language, get_language
from quidit.nlp.pipeline import load_pipeline, model_for, parse_many
from quidit.options import Options
from quidit.records import Analysis, Article, Failure, Ledger
from quidit.timing import Timings


@dataclass(frozen=True, slots=True)
class _Prepared:
    article: Article
    language: LanguageData
    warnings: tuple[str, ...]


def check_text(text: str) -> None:
    """Refuse texts no analysis can make sense of (raises InputError)."""
    if not text.strip():
        raise InputError("empty text")
    if "\x00" in text:
        raise InputError("binary data, not text (NUL bytes)")


#: Below this share of a language's function words among a text's words, a
#: text detected as that language may well be in another one (Italian and
#: Spanish prose share a few words with the French list and get detected as
#: French).  French news prose runs at 20–33 % for the French list (dev set,
#: samples), English at 35–45 % for the English list; Italian and Spanish
#: prose at 6–10 % for the French list.  12 % is ingest/language.py's
#: "clearly this language" density too.
MIN_STOPWORD_DENSITY = 0.12
#: Shorter texts are not judged: French headlines swing from 0 to 50 %.
MIN_WORDS_TO_JUDGE = 50
#: The head of the text read, as for detection (constant time on 5 MB texts).
_JUDGED_CHARS = 5_000
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def language_doubt(text: str, language: LanguageData) -> str | None:
    """A warning when a text detected as ``language`` reads poorly as it."""
    words = [w.lower() for w in _WORD.findall(text[:_JUDGED_CHARS])]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return None
    density = sum(1 for w in words if w in language.stopwords) / len(words)
    if density >= MIN_STOPWORD_DENSITY:
        return None
    return (
        f"text may not be {language.name}: only {density:.0%} of its words are "
        f"{language.name} function words (prose has {MIN_STOPWORD_DENSITY:.0%} or more); "
        f"analysed as {language.name}"
    )


class Analyzer:
    """Loads each language's pipeline once and analyses articles with it."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        #: Seconds spent loading, parsing and extracting (``--profile``).
        self.timings = Timings()
        if self.options.lang != "auto":
            get_language(self.options.lang)  # a bad code fails here, with the choices

    def pipeline(self, language: LanguageData) -> Language:
        model = model_for(language, self.options.model, self.options.fast)
        with self.timings.stage("load"):
            nlp = load_pipeline(model)
            if "quidit" not in nlp.pipe_names:
                nlp.add_pipe("quidit", config={"lang": language.code})
        return nlp

    def prepare(self, article: Article) -> _Prepared:
        check_text(article.text)
        warnings: list[str] = []
        code = article.lang or (None if self.options.lang == "auto" else self.options.lang)
        if code is None:
            detected, _share = detect_language(article.text)
            if detected is None:
                code = "fr"
                warnings.append("language could not be detected; analysed as French")
            else:
                code = detected
                doubt = language_doubt(article.text, available_languages()[detected])
                if doubt:
                    warnings.append(doubt)
        languages = available_languages()
        if code not in languages:
            raise InputError(
                f"language {code!r} is not supported (supported: {', '.join(sorted(languages))})"
            )
        return _Prepared(article, languages[code], tuple(warnings))

    def analyze(self, article: Article) -> Analysis:
        """Analyse one article; raises InputError for a bad one."""
        result = next(self.analyze_many([article]))
        if isinstance(result, Failure):
            raise InputError(result.reason)
        return result

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Analysis | Failure]:
        """Analyse a stream in order; a bad article becomes a Failure, never an exception."""
        batch: list[Article] = []
        size = self.options.batch_size
        for article in articles:
            batch.append(article)
            if len(batch) >= size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, articles: list[Article]) -> Iterator[Analysis | Failure]:
        results: list[Analysis | Failure | None] = [None] * len(articles)
        groups: dict[str, list[tuple[int, _Prepared]]] = defaultdict(list)
        for i, article in enumerate(articles):
            try:
                prepared = self.prepare(article)
            except QuiditError as exc:
                results[i] = Failure(
                    source=article.url or article.id, reason=str(exc), id=article.id
                )
                continue
            groups[prepared.language.code].append((i, prepared))
        for items in groups.values():
            language = items[0][1].language
            try:
                nlp = self.pipeline(language)
            except QuiditError as exc:
                for i, prepared in items:
                    results[i] = Failure(
                        source=prepared.article.url or prepared.article.id,
                        reason=str(exc),
                        id=prepared.article.id,
                    )
                continue
            component = nlp.get_pipe("quidit")
            assert isinstance(component, QuiditComponent)
            docs = parse_many(
                nlp,
                (p.article.text for _, p in items),
                max_chars=self.options.max_chunk_chars,
                batch_size=self.options.batch_size,
                disable=["quidit"],
            )
            clock = time.perf_counter
            for i, prepared in items:
                started = clock()
                doc = next(docs)
                parsed = clock()
                ledger: Ledger = component(doc)._.quidit
                results[i] = _record(prepared, ledger)
                self.timings.add("parse", parsed - started)
                self.timings.add("extract", clock() - parsed)
        for result in results:
            assert result is not None
            yield result


def _record(prepared: _Prepared, ledger: Ledger) -> Analysis:
    article = prepared.article
    return Analysis(
        id=article.id,
        lang=prepared.language.code,
        text=article.text,
        title=article.title if article.title is not None else _headline(article.text),
        url=article.url,
        entities=ledger.entities,
        quotes=ledger.quotes,
        claims=ledger.claims,
        conflicts=ledger.conflicts,
        warnings=prepared.warnings + ledger.warnings,
        meta=article.meta,
    )


def _headline(text: str) -> str | None:
    """The first line, when the text opens with a headline-like line."""
    first = text.lstrip().split("\n", 1)[0].strip()
    # 200 characters: longer first lines are body paragraphs, not headlines
    # (French news headlines run 60–120 characters).
    return first if 0 < len(first) <= 200 and "\n" in text.strip() else None


def analyze_text(text: str, *, id: str = "text", options: Options | None = None) -> Analysis:
    """Analyse one text with a fresh Analyzer (pipelines are cached per process)."""
    return Analyzer(options).analyze(Article(id=id, text=text))
