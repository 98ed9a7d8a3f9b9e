"""Claim scope and conflict shared scope (issue 12): what each claim counts
beyond its unit, and why two claims compare.

Both are JSON text (``records.ClaimScope.to_dict()`` and
``records.Conflict.scope``), nullable: rows stored before this revision
have no scope, which readers show as unknown.

Revision ID: 0003_claim_scope
Revises: 0002_entity_attributes
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_claim_scope"
down_revision = "0002_entity_attributes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claims", sa.Column("scope", sa.Text, nullable=True))
    op.add_column("conflicts", sa.Column("shared", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("shared")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("scope")
