"""Imported by the fork server (see :mod:`quidit.run.workers`): loads the
spaCy pipeline once, before any worker is forked from it.

The run's options arrive in the environment (``QUIDIT_PRELOAD``, set by the parent
before it starts the server), since the fork server is a fresh interpreter
that imports this module by name.  Every worker, and every replacement of a
worker, is then a fork of this process: the model's weights, vocabulary and
the engine's language data are shared copy-on-write instead of loaded again.

After loading, the server analyses one short invented text
(:data:`WARM_UP_TEXTS`).  Much of what the first article costs is set up
once and kept (spaCy's and the engine's lazily built tables and caches,
the language detector, Python objects created on first use): done in each
worker, that is one private copy per worker; done here, it is shared.  The
allocators' free memory is then handed back (``malloc_trim``), so that a
worker's new objects land in fresh pages rather than in free holes of
pages the server still holds, each such page a copy for the worker and
one more for the server once both workers have written it.  Measured on
bench/gen_pages.py articles, two workers over 48 articles each: a worker's
private memory 65 → 23 MB after its tasks (peak 90 → 48 MB), the server's
72 → 21 MB; the analysis' output does not change (the server's parse only
adds to caches and the string store, which hold no state a result reads).

Then ``gc.freeze()`` moves every object alive into the
collector's permanent generation.  Without it, each collection in a worker
walks (and writes the header of) every object inherited from the server,
which copies the pages that hold them: bench/ingest.py measures the
workers' private memory with and without it (``QUIDIT_NO_GC_FREEZE=1``).

Nothing here may raise: the fork server would die with it, and the run
would fail to start instead of falling back to loading in each worker.
"""

from __future__ import annotations

import gc
import json
import os
import time
from typing import Any

#: Set to 1 to skip ``gc.freeze()`` (to measure what it saves).
NO_FREEZE_ENV = "QUIDIT_NO_GC_FREEZE"
#: Set to 1 to skip the warm-up analysis and ``malloc_trim`` (to measure what they save).
NO_WARM_UP_ENV = "QUIDIT_NO_WARM_UP"

#: One short invented text per language, analysed once before the first
#: fork.  A quote, a cue, a speaker with a title, a source and a number, so
#: that every stage of the engine runs at least once.
WARM_UP_TEXTS = {
    "fr": (
        "« Nous ne fermerons pas l'école », a déclaré mardi Lucie Ferrand, maire de "
        "Valbrune. Selon la préfecture, 1 200 élèves sont concernés. Le recteur a "
        "affirmé que la décision était « provisoire »."
    ),
    "en": (
        '"We will not close the school," Mayor Lucy Fern of Valbrook said on Tuesday. '
        "About 1,200 pupils are affected, according to the county. The superintendent "
        'said the decision was "temporary".'
    ),
}

#: Seconds the load took in the server (0.0: nothing preloaded).
load_seconds = 0.0
#: Why nothing was preloaded, if so.
error: str | None = None


def _preload() -> None:
    global load_seconds, error
    from quidit.run.workers import PRELOAD_ENV

    spec = os.environ.get(PRELOAD_ENV)
    if not spec:
        return
    started = time.perf_counter()
    try:
        from quidit.options import Options
        from quidit.run.workers import warm_up
        from quidit.service import Analyzer

        options = Options(**json.loads(spec))
        analyzer = Analyzer(options)
        warm_up(analyzer, options)
    except Exception as exc:  # the workers load it themselves, and say why
        error = f"{type(exc).__name__}: {exc}"
        return
    load_seconds = time.perf_counter() - started
    warm = os.environ.get(NO_WARM_UP_ENV) != "1"
    if warm:
        _analyse_once(analyzer, options)
    gc.collect()
    if warm:
        from quidit.run.workers import release_memory

        release_memory()
    if os.environ.get(NO_FREEZE_ENV) != "1":
        gc.freeze()


def _analyse_once(analyzer: Any, options: Any) -> None:
    """Analyse the warm-up text of the loaded language (result discarded)."""
    from quidit.records import Article

    code = options.lang if options.lang != "auto" else "fr"
    text = WARM_UP_TEXTS.get(code)
    if text is None:
        return
    # With "auto", the text goes through language detection like any article.
    article = Article(id="warm-up", text=text, lang=None if options.lang == "auto" else code)
    try:
        list(analyzer.analyze_many([article]))
    except Exception:  # a warm-up only: the workers analyse (and report) for real
        return


_preload()
