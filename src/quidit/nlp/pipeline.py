"""spaCy pipelines: which to load, and how to parse long texts in pieces.

quidit reads tokens, sentences, the dependency parse, morphology, lemmas and
named entities, so every component of the stock French and English
pipelines stays on.  Long texts are cut into pieces no longer than
``max_chars`` at paragraph (else sentence, else word) boundaries; the pieces
are parsed with ``nlp.pipe`` and joined again with ``Doc.from_docs``, so the
joined Doc's text is the input text to the character and every offset stays
exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import pairwise

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quidit.nlp.models import model_for, require_model
from quidit.nlp.regex_cache import compiled_regex_cache

#: Bumped whenever a component here changes how a text is parsed, so that
#: caches of parses (``bench/real_fr.py``) keyed on it know theirs are stale.
PARSE_REVISION = 2

#: Parts of speech a sentence never ends on: a determiner or a preposition
#: always has its noun after it.
_NEVER_LAST = frozenset({"DET", "ADP"})


@Language.component("quidit_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: news paragraphs and headlines never run
    on into the next line, but the parser sometimes joins them.

    And no sentence ends on a determiner or a preposition: after a line
    break the parser sometimes cuts « La » off from « secrétaire d'État … »
    and the subject of the whole sentence is lost. The tagger runs before
    this component, so the parts of speech are known; a preset
    ``is_sent_start = False`` is a constraint the parser keeps.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text and not token.is_space:
            token.is_sent_start = True
        elif prev.pos_ in _NEVER_LAST and not (token.is_space or token.is_punct):
            token.is_sent_start = False
    return doc


@cache
def load_pipeline(model: str, *, exclude: tuple[str, ...] = ()) -> Language:
    """Load an installed spaCy pipeline once per process."""
    require_model(model)
    # Most of the French pipeline's load is one regex compile (regex_cache).
    with compiled_regex_cache():
        nlp = spacy.load(model, exclude=list(exclude))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("quidit_paragraphs", before="parser")
    # Texts are cut into pieces well below this; the guard only has to let
    # the joined Doc pass through the quidit component.
    nlp.max_length = 10**9
    return nlp


_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…»”\"]\s+")

__all__ = ["load_pipeline", "model_for", "parse", "parse_many", "require_model", "split_points"]


def split_points(text: str, max_chars: int) -> list[int]:
    """Offsets where ``text`` is cut so that no piece exceeds ``max_chars``.

    Each cut falls just after whitespace, so every piece but the last ends
    with whitespace and the tokenizer sees the same token boundaries as it
    would in the whole text.
    """
    cuts: list[int] = []
    start = 0
    n = len(text)
    while n - start > max_chars:
        window_end = start + max_chars
        cut = _last_boundary(text, start, window_end)
        cuts.append(cut)
        start = cut
    return cuts


def _last_boundary(text: str, start: int, end: int) -> int:
    # Prefer a paragraph break in the second half of the window, then a
    # sentence end, then any whitespace; a window with none is cut hard.
    half = start + (end - start) // 2
    for pattern in (_PARAGRAPH, _SENTENCE_END):
        last = None
        for m in pattern.finditer(text, half, end):
            last = m
        if last is not None:
            return last.end()
    ws = max(text.rfind(" ", half, end), text.rfind("\n", half, end))
    if ws > start:
        return ws + 1
    return end


def _pieces(text: str, max_chars: int) -> list[str]:
    bounds = [0, *split_points(text, max_chars), len(text)]
    return [text[a:b] for a, b in pairwise(bounds)]


def parse(
    nlp: Language, text: str, *, max_chars: int = 100_000, disable: Iterable[str] = ()
) -> Doc:
    """Parse ``text`` of any length; ``doc.text == text`` always holds."""
    return next(parse_many(nlp, [text], max_chars=max_chars, disable=disable))


def parse_many(
    nlp: Language,
    texts: Iterable[str],
    *,
    max_chars: int = 100_000,
    batch_size: int = 64,
    disable: Iterable[str] = (),
) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``, splitting long ones."""
    disable = list(disable)

    def pieces() -> Iterator[tuple[int, int, str]]:
        for i, text in enumerate(texts):
            parts = _pieces(text, max_chars) if len(text) > max_chars else [text]
            for j, part in enumerate(parts):
                yield i, len(parts) - 1 - j, part

    # Pieces flow through nlp.pipe with their (text index, pieces left)
    # as context, so one long text never holds back the batch.
    pending: list[Doc] = []
    stream = nlp.pipe(
        ((part, (i, left)) for i, left, part in pieces()),
        as_tuples=True,
        batch_size=batch_size,
        disable=disable,
    )
    for doc, (_, left) in stream:
        pending.append(doc)
        if left == 0:
            yield (
                pending[0] if len(pending) == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            )
            pending = []
