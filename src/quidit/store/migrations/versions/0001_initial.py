"""Initial schema: runs, articles, entities and aliases, quotes per speaker
and month, quotes, claims, conflicts, and full-text search over article
and quote text.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Full-text search.  SQLite: FTS5 tables that mirror the text columns,
# kept in step by triggers; ``remove_diacritics 2`` makes "elue" find
# "élue".  PostgreSQL: GIN indexes over the 'simple' text-search
# configuration (no stemming, so a search finds the words typed).
SQLITE_FTS = [
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='pk',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END""",
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
]

POSTGRES_FTS = [
    """CREATE INDEX ix_articles_fts ON articles USING gin (
        to_tsvector('simple', coalesce(title, '') || ' ' || text))""",
    "CREATE INDEX ix_quotes_fts ON quotes USING gin (to_tsvector('simple', text))",
]


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("command", sa.String(255)),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("replaced", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(512), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("site", sa.String(255)),
        sa.Column("date", sa.String(10)),
        sa.Column("lang", sa.String(16), nullable=False),
        sa.Column("author", sa.String(512)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("quote_count", sa.Integer, nullable=False),
        sa.Column("claim_count", sa.Integer, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("stored_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_articles_date", "articles", ["date", "pk"])
    op.create_index("ix_articles_site", "articles", ["site", "date"])
    op.create_index("ix_articles_lang", "articles", ["lang", "date"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(512), nullable=False, unique=True),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("type", sa.String(32)),
        sa.Column("quote_count", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
    )
    op.create_index("ix_entities_quote_count", "entities", ["quote_count", "id"])
    op.create_table(
        "speaker_months",
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("quotes", sa.Integer, nullable=False),
    )
    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("key", sa.String(512), nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("linkable", sa.Boolean, nullable=False),
        sa.UniqueConstraint("entity_id", "key", name="uq_aliases_entity_key"),
    )
    op.create_index("ix_aliases_key", "aliases", ["key"])
    op.create_table(
        "article_entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("local_id", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("type", sa.String(32)),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_index("ix_article_entities_article_pk", "article_entities", ["article_pk"])
    op.create_index("ix_article_entities_entity_id", "article_entities", ["entity_id"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("local_id", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("cue_text", sa.Text),
        sa.Column("speaker_name", sa.String(512)),
        sa.Column("speaker_local", sa.String(64)),
        sa.Column("mention_start", sa.Integer),
        sa.Column("mention_end", sa.Integer),
        sa.Column("mention_text", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("date", sa.String(10)),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_pk", "start_char"])
    op.create_index("ix_quotes_entity_date", "quotes", ["entity_id", "date", "id"])
    op.create_index("ix_quotes_type", "quotes", ["type", "id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("local_id", sa.String(64), nullable=False),
        sa.Column("quote_local", sa.String(64)),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(128)),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.String(512)),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
    )
    op.create_index("ix_claims_article", "claims", ["article_pk", "start_char"])
    op.create_index("ix_claims_entity", "claims", ["entity_id", "id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(1100), nullable=False, unique=True),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("family", sa.String(128)),
        sa.Column("ratio", sa.Float),
        sa.Column("claim_a", sa.Integer, sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("claim_b", sa.Integer, sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("local_id", sa.String(64)),
        sa.Column("entity_a", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("entity_b", sa.Integer, sa.ForeignKey("entities.id")),
    )
    op.create_index("ix_conflicts_claim_a", "conflicts", ["claim_a"])
    op.create_index("ix_conflicts_entity_a", "conflicts", ["entity_a", "id"])
    op.create_index("ix_conflicts_entity_b", "conflicts", ["entity_b", "id"])
    op.create_index("ix_conflicts_claim_b", "conflicts", ["claim_b"])
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_FTS, "postgresql": POSTGRES_FTS}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS quotes_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in (
        "conflicts",
        "claims",
        "quotes",
        "article_entities",
        "aliases",
        "speaker_months",
        "entities",
        "articles",
        "runs",
    ):
        op.drop_table(table)
