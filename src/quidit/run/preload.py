"""Imported by the fork server (see :mod:`quidit.run.workers`): loads the
spaCy pipeline once, before any worker is forked from it.

The run's options arrive in the environment (``QUIDIT_PRELOAD``, set by the parent
before it starts the server), since the fork server is a fresh interpreter
that imports this module by name.  Every worker, and every replacement of a
worker, is then a fork of this process: the model's weights, vocabulary and
the engine's language data are shared copy-on-write instead of loaded again.

After loading, ``gc.freeze()`` moves every object alive into the
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

#: Set to 1 to skip ``gc.freeze()`` (to measure what it saves).
NO_FREEZE_ENV = "QUIDIT_NO_GC_FREEZE"

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
        warm_up(Analyzer(options), options)
    except Exception as exc:  # the workers load it themselves, and say why
        error = f"{type(exc).__name__}: {exc}"
        return
    load_seconds = time.perf_counter() - started
    gc.collect()
    if os.environ.get(NO_FREEZE_ENV) != "1":
        gc.freeze()


_preload()
