"""pages set aside, reordered or checked; documents' field corrections and notes

Revision ID: 0007
Revises: 0006

The rescan loop (archive/rescans.py): a page replaced by a rescan or discarded is never
deleted, it is set aside (`disposition` = superseded or discarded, `replaced_by` naming its
successor); a rescan keeps its own original (`source_*`, since it is not a page of the file's
original); `position` orders a file's pages once an operator has reordered them (null: the
order of the original, `index_in_file`); `checked_by` says who kept a warned page as it is.
Officers' work on documents (archive/officers.py): `field_corrections` (kept across
re-assembly, like a corrected type) and `notes`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

def _page_columns() -> tuple[sa.Column[object], ...]:
    return (
        sa.Column("position", sa.Integer, nullable=True),
        sa.Column("disposition", sa.String(16), nullable=False, server_default=""),
        sa.Column("replaced_by", sa.String(100), nullable=True),
        sa.Column("checked_by", sa.String(128), nullable=True),
        sa.Column("source_sha256", sa.String(64), nullable=True),
        sa.Column("source_filename", sa.String(512), nullable=True),
        sa.Column("source_media_type", sa.String(64), nullable=True),
        sa.Column("source_index", sa.Integer, nullable=True),
    )


def upgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        for column in _page_columns():
            batch.add_column(column)
    op.create_table(
        "field_corrections",
        sa.Column("document_id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("dossier_code", sa.String(64), nullable=False, index=True),
        sa.Column("value", sa.String(256), nullable=False),
        sa.Column("corrected_by", sa.String(128), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(100), nullable=False, index=True),
        sa.Column("dossier_code", sa.String(64), nullable=False, index=True),
        sa.Column("author", sa.String(128), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("notes")
    op.drop_table("field_corrections")
    with op.batch_alter_table("pages") as batch:
        for column in reversed(_page_columns()):
            batch.drop_column(column.name)
