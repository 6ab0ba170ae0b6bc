"""signed document PDFs, and the signatures of incoming PDFs

Revision ID: 0006
Revises: 0005

`signed_pdfs` maps a document PDF as merged to the signed one stored for it, so re-assembly
reuses a signature instead of making a new one. `files.signatures` keeps what checking an
incoming PDF's own signatures found (signer, time, validity).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_pdfs",
        sa.Column("unsigned_sha256", sa.String(64), primary_key=True),
        sa.Column("signed_sha256", sa.String(64), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("files") as batch:
        batch.add_column(sa.Column("signatures", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("files") as batch:
        batch.drop_column("signatures")
    op.drop_table("signed_pdfs")
