"""procedures, their versions and components; digitised papers, their reuse (archive.models)

Revision ID: 0005
Revises: 0004

Each dossier gets `procedure_version`: the version of its procedure in force when it was
received. The procedures themselves are not written here: hoso imports its shipped catalogue
when it finds none (archive/procedures.py), and admins import theirs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossiers") as batch:
        batch.add_column(sa.Column("procedure_version", sa.Integer(), nullable=True))
    op.create_table(
        "procedures",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=512), nullable=False),
        sa.Column("field", sa.String(length=256), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "procedure_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("procedure_code", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["procedure_code"], ["procedures.code"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("procedure_code", "version"),
    )
    op.create_index("ix_procedure_versions_procedure_code", "procedure_versions",
                    ["procedure_code"])
    op.create_table(
        "component_assignments",
        sa.Column("document_id", sa.String(length=100), nullable=False),
        sa.Column("dossier_code", sa.String(length=64), nullable=False),
        sa.Column("component_code", sa.String(length=32), nullable=False),
        sa.Column("assigned_by", sa.String(length=128), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["dossier_code"], ["dossiers.code"]),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.create_index("ix_component_assignments_dossier_code", "component_assignments",
                    ["dossier_code"])
    _create_papers()
    op.create_table(
        "paper_counters",
        sa.Column("prefix", sa.String(length=160), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix"),
    )
    op.create_table(
        "paper_reuses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("dossier_code", sa.String(length=64), nullable=False),
        sa.Column("component_code", sa.String(length=32), nullable=False),
        sa.Column("paper_id", sa.Integer(), nullable=False),
        sa.Column("reused_by", sa.String(length=128), nullable=False),
        sa.Column("reused_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["dossier_code"], ["dossiers.code"]),
        sa.ForeignKeyConstraint(["paper_id"], ["papers.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_code", "component_code"),
    )
    op.create_index("ix_paper_reuses_dossier_code", "paper_reuses", ["dossier_code"])
    op.create_index("ix_paper_reuses_paper_id", "paper_reuses", ["paper_id"])


def _create_papers() -> None:
    text = [sa.Column(name, sa.String(length=length), nullable=False) for name, length in (
        ("owner_name", 256), ("procedure_code", 32), ("component_name", 512), ("kind", 16),
        ("document_id", 100), ("number", 128), ("issuer", 256), ("signer", 256),
        ("valid_scope", 256), ("digitised_by", 128), ("decided_by", 128))]
    op.create_table(
        "papers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=160), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("dossier_code", sa.String(length=64), nullable=False),
        sa.Column("component_code", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        *text,
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("digitised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["dossier_code"], ["dossiers.code"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    for column in ("owner_id", "dossier_code", "component_code", "state"):
        op.create_index(f"ix_papers_{column}", "papers", [column])


def downgrade() -> None:
    for table in ("paper_reuses", "paper_counters", "papers", "component_assignments",
                  "procedure_versions", "procedures"):
        op.drop_table(table)
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_column("procedure_version")
