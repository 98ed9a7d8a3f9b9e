"""One options object, built once (from CLI flags or by library callers)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from quidit.errors import UsageError

OUTPUT_FORMATS = ("jsonl", "table", "csv", "parquet")
#: How worker processes start (see quidit.run.workers): "auto" takes
#: "forkserver" where forking is safe (Linux), else "spawn".
START_METHODS = ("auto", "forkserver", "spawn")


def all_cores() -> int:
    """CPU cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity mask
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Options:
    #: "auto" detects each article's language; otherwise a registered code.
    lang: str = "auto"
    #: A spaCy pipeline name; ``None`` takes the language's default.
    model: str | None = None
    #: Prefer the language's small pipeline (faster, less accurate).
    fast: bool = False
    #: Texts per ``nlp.pipe`` batch.  spaCy's own default for CPU pipelines
    #: is 256 *documents*; news articles are long, and 64 kept peak memory
    #: well under 1 GB in bench/throughput.py while staying within 2 % of the
    #: best batch size measured there.
    batch_size: int = 64
    #: Worker processes for batches (one Analyzer, one model load, each);
    #: 1 analyses in the calling process.
    jobs: int = field(default_factory=all_cores)
    #: Longest piece of text handed to spaCy at once.  Texts beyond it are
    #: cut at paragraph or sentence ends and the parses merged, so offsets stay
    #: exact and the parser's memory stays bounded (spaCy's own ``max_length``
    #: guard is 1,000,000 characters; a tenth of it keeps the parser's peak
    #: memory for one piece near 100 MB).
    max_chunk_chars: int = 100_000
    #: How worker processes start: "forkserver" (one process loads the
    #: pipeline, every worker is forked from it and shares its memory),
    #: "spawn" (each worker loads its own), "auto" (forkserver on Linux).
    start_method: str = "auto"
    #: Time the run's stages (load, parse, extraction, writing) and report them.
    profile: bool = False

    # -- batches and inputs (``quidit analyze``, ``quidit.run``) --
    #: Continue an interrupted run: skip the articles its output already holds.
    resume: bool = False
    #: Fetch URLs on private, loopback and link-local networks too.
    allow_private: bool = False
    #: Column names in JSON Lines and CSV inputs.
    text_column: str = "text"
    html_column: str = "html"
    id_column: str = "id"
    url_column: str = "url"
    title_column: str = "title"
    lang_column: str = "lang"
    #: Seconds a URL may take in all (connect, every redirect, the body).
    #: 20 s: news pages arrive in well under 5 s; slower servers are stuck.
    fetch_timeout: float = 20.0
    #: Largest page or archive record read, in bytes.  10 MB: French news
    #: pages weigh 50 KB–2 MB of HTML; anything bigger is not an article.
    max_page_bytes: int = 10_000_000
    #: Redirects followed per URL (browsers allow 20; news links need 1–3).
    max_redirects: int = 5

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise UsageError(f"batch size must be at least 1, got {self.batch_size}")
        if self.jobs < 1:
            raise UsageError(f"jobs must be at least 1, got {self.jobs}")
        if self.start_method not in START_METHODS:
            raise UsageError.choice("start method", self.start_method, START_METHODS)
        if self.max_chunk_chars < 1_000:
            raise UsageError(f"max_chunk_chars must be at least 1000, got {self.max_chunk_chars}")
        for name in ("text", "html", "id", "url", "title", "lang"):
            if not getattr(self, f"{name}_column"):
                raise UsageError(f"--{name}-column must name a column, got an empty name")
        if not self.fetch_timeout > 0:
            raise UsageError(f"fetch timeout must be positive, got {self.fetch_timeout}")
        if self.max_page_bytes < 1_000:
            raise UsageError(f"max page bytes must be at least 1000, got {self.max_page_bytes}")
        if not 0 <= self.max_redirects <= 30:
            raise UsageError(f"max redirects must be between 0 and 30, got {self.max_redirects}")
