"""Who each source is: kind, anonymous, gender and its evidence on the
entities of each article, and kind and gender on corpus entities
(issue 14).

Revision ID: 0002_entity_attributes
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_entity_attributes"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article_entities") as batch:
        batch.add_column(sa.Column("kind", sa.String(16)))
        batch.add_column(sa.Column("anonymous", sa.Boolean))
        batch.add_column(sa.Column("gender", sa.String(8)))
        batch.add_column(sa.Column("gender_evidence", sa.Text))
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("kind", sa.String(16)))
        batch.add_column(sa.Column("anonymous", sa.Boolean))
        batch.add_column(sa.Column("gender", sa.String(8)))
        batch.add_column(sa.Column("gender_evidence", sa.Text))
    op.create_index("ix_entities_kind_gender", "entities", ["kind", "gender"])


def downgrade() -> None:
    op.drop_index("ix_entities_kind_gender", "entities")
    for table in ("entities", "article_entities"):
        with op.batch_alter_table(table) as batch:
            for column in ("gender_evidence", "gender", "anonymous", "kind"):
                batch.drop_column(column)
