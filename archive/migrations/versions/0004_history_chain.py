"""hash chains over the history and the access log

Revision ID: 0004
Revises: 0003

Every row of `events` and `access_log` gets `prev_hash` and `hash`
(`SHA-256(prev_hash + canonical JSON of the row)`, archive/chain.py), and `chain_heads` keeps
the last link of each chain: one per dossier (`history:{code}`) and `access_log`. The rows
already stored are chained here, in id order. The hash is written out, not imported, so that
this migration keeps meaning what it meant when later code changes; it must stay the same as
archive/chain.py's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_GENESIS = "0" * 64
_CHAINED = ("events", "access_log")


def upgrade() -> None:
    for table in _CHAINED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False,
                                       server_default=""))
            batch.add_column(sa.Column("hash", sa.String(64), nullable=False,
                                       server_default=""))
    heads = op.create_table(
        "chain_heads",
        sa.Column("chain", sa.String(96), primary_key=True),
        sa.Column("length", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    conn = op.get_bind()
    _chain_events(conn, heads)
    _chain_access_log(conn, heads)


def downgrade() -> None:
    op.drop_table("chain_heads")
    for table in _CHAINED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("hash")
            batch.drop_column("prev_hash")


def _chain_events(conn: sa.Connection, heads: sa.Table) -> None:
    events = _table(conn, "events")
    rows = conn.execute(sa.select(events).order_by(events.c.id)).mappings().all()
    by_dossier: dict[str, list[sa.RowMapping]] = {}
    for row in rows:
        by_dossier.setdefault(row["dossier_code"], []).append(row)
    for code, chain_rows in by_dossier.items():
        contents = ({"dossier": r["dossier_code"], "at": _utc_text(r["at"]),
                     "actor": r["actor"], "kind": r["kind"], "subject": r["subject"],
                     "detail": r["detail"] or {}} for r in chain_rows)
        _write_chain(conn, events, heads, f"history:{code}",
                     [r["id"] for r in chain_rows], contents)


def _chain_access_log(conn: sa.Connection, heads: sa.Table) -> None:
    log = _table(conn, "access_log")
    rows = conn.execute(sa.select(log).order_by(log.c.id)).mappings().all()
    if not rows:
        return
    contents = ({"at": _utc_text(r["at"]), "actor": r["actor"], "action": r["action"],
                 "subject": r["subject"], "detail": r["detail"] or {}} for r in rows)
    _write_chain(conn, log, heads, "access_log", [r["id"] for r in rows], contents)


def _write_chain(conn: sa.Connection, table: sa.Table, heads: sa.Table, chain: str,
                 ids: list[int], contents: Iterable[dict[str, object]]) -> None:
    prev = _GENESIS
    for row_id, content in zip(ids, contents, strict=True):
        link = _link_hash(prev, content)
        conn.execute(table.update().where(table.c.id == row_id)
                     .values(prev_hash=prev, hash=link))
        prev = link
    conn.execute(heads.insert().values(chain=chain, length=len(ids), hash=prev))


def _table(conn: sa.Connection, name: str) -> sa.Table:
    return sa.Table(name, sa.MetaData(),
                    sa.Column("at", sa.DateTime(timezone=True)),
                    sa.Column("detail", sa.JSON), autoload_with=conn)


def _utc_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _link_hash(prev_hash: str, content: dict[str, object]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()
