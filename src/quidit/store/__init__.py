"""The corpus store: analysis records in SQLite (default) or PostgreSQL.

    from quidit.store import open_store
    with open_store("sqlite:///corpus.db") as store:
        store.save(analysis)            # idempotent by article id
        store.get_article("seed-belgorod")

Migrations (Alembic, shipped in ``migrations/``) are applied on open.
"""

from quidit.store.connect import DEFAULT_URL, database_url
from quidit.store.names import is_name_like, normalize_name
from quidit.store.store import ClaimRef, CorpusConflict, SaveResult, Store, open_store
from quidit.store.views import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    ArticleDetail,
    ArticleSummary,
    ClaimView,
    ConflictView,
    Overview,
    Page,
    QuoteView,
    SpeakerDetail,
    SpeakerSummary,
    to_analysis,
)

__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_URL",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "ArticleDetail",
    "ArticleSummary",
    "ClaimRef",
    "ClaimView",
    "ConflictView",
    "CorpusConflict",
    "Overview",
    "Page",
    "QuoteView",
    "SaveResult",
    "SpeakerDetail",
    "SpeakerSummary",
    "Store",
    "database_url",
    "is_name_like",
    "normalize_name",
    "open_store",
    "to_analysis",
]
