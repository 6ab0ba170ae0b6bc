"""officers' saved views

Revision ID: 0010
Revises: 0009

A search or document list kept under a name, per user (archive/saved_views.py). The
primary key (username, name) is what makes saving a name again replace it, race-safe.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_views",
        sa.Column("username", sa.String(128), primary_key=True),
        sa.Column("name", sa.String(120), primary_key=True),
        sa.Column("page", sa.String(32), nullable=False),
        sa.Column("query", sa.Text(), nullable=False, server_default=""),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("saved_views")
