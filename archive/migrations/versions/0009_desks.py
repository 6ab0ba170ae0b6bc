"""intake desks as a managed list

Revision ID: 0009
Revises: 0007

Operators' desks were free text, so a typo made a new desk (and split the search facets).
They are now chosen from `desks`, which administrators keep. The desks already in use, by
users or dossiers, start the list.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    desks = op.create_table(
        "desks",
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    conn = op.get_bind()
    users = sa.table("users", sa.column("desk", sa.String))
    dossiers = sa.table("dossiers", sa.column("desk", sa.String))
    in_use = sa.union(sa.select(users.c.desk), sa.select(dossiers.c.desk))
    names = sorted({name.strip() for name in conn.execute(in_use).scalars() if name and name.strip()})
    now = sa.func.now()
    if names:
        conn.execute(desks.insert(), [{"name": name, "created_at": now} for name in names])


def downgrade() -> None:
    op.drop_table("desks")
