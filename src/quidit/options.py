"""One options object, built once (from CLI flags or by library callers)."""

from __future__ import annotations

from dataclasses import dataclass

from quidit.errors import UsageError

OUTPUT_FORMATS = ("jsonl", "table", "csv", "parquet")


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
    #: Worker processes for batches.
    jobs: int = 1
    #: Longest piece of text handed to spaCy at once.  Texts beyond it are
    #: cut at paragraph or sentence ends and the parses merged, so offsets stay
    #: exact and the parser's memory stays bounded (spaCy's own ``max_length``
    #: guard is 1,000,000 characters; a tenth of it keeps the parser's peak
    #: memory for one piece near 100 MB).
    max_chunk_chars: int = 100_000

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise UsageError(f"batch size must be at least 1, got {self.batch_size}")
        if self.jobs < 1:
            raise UsageError(f"jobs must be at least 1, got {self.jobs}")
        if self.max_chunk_chars < 1_000:
            raise UsageError(f"max_chunk_chars must be at least 1000, got {self.max_chunk_chars}")
