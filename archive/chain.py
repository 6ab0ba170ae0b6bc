"""Hash chains over the history and the access log: an edited, removed or inserted row shows.

Each row stores `prev_hash` (the hash of the row before it in its chain, `GENESIS` for the
first) and `hash = SHA-256(prev_hash + canonical JSON of the row's content)`. Canonical means
sorted keys, no spaces, UTF-8, and times in UTC as `2024-12-02T01:30:00.000000Z`, so SQLite
and PostgreSQL compute the same hash from the same row. This format is what revision 0004
chained the existing rows with: changing it breaks every chain already stored.

Chains: one per dossier for its history (`history:{code}`), so appends to different dossiers
never wait for each other, and one for the access log (`access_log`). Each chain's last link
is kept in `chain_heads`; an append locks that row first (`take_head`), so two transactions
appending to the same chain at once are serialised instead of both linking to the same row.
The head also tells how long the chain is, so removing its last rows shows; the object
store's checkpoints (api/integrity.py) catch someone who also rewrote the head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hoso.archive.models import ChainHead

__all__ = [
    "ACCESS_LOG",
    "GENESIS",
    "ChainBreak",
    "ChainLink",
    "ChainState",
    "access_content",
    "event_content",
    "history_chain",
    "link_hash",
    "next_link",
    "utc_text",
    "walk_chain",
]

GENESIS = "0" * 64
ACCESS_LOG = "access_log"


def history_chain(dossier_code: str) -> str:
    return f"history:{dossier_code}"


def utc_text(moment: datetime) -> str:
    """A time as the hash reads it. SQLite gives back naive datetimes: they were written UTC."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_content(dossier_code: str, at: datetime, actor: str, kind: str, subject: str,
                  detail: Mapping[str, object]) -> dict[str, object]:
    return {"dossier": dossier_code, "at": utc_text(at), "actor": actor, "kind": kind,
            "subject": subject, "detail": dict(detail)}


def access_content(at: datetime, actor: str, action: str, subject: str,
                   detail: Mapping[str, object]) -> dict[str, object]:
    return {"at": utc_text(at), "actor": actor, "action": action, "subject": subject,
            "detail": dict(detail)}


def link_hash(prev_hash: str, content: Mapping[str, object]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def next_link(s: Session, chain: str, content: Mapping[str, object]) -> tuple[str, str]:
    """(prev_hash, hash) for a row appended to `chain` in this transaction, the head moved on.

    The caller writes the row in the same transaction, so the head and the row commit together.
    """
    head = take_head(s, chain)
    link = link_hash(head.hash, content)
    prev, head.hash, head.length = head.hash, link, head.length + 1
    return prev, link


def take_head(s: Session, chain: str) -> ChainHead:
    """The chain's head row, locked until the transaction ends; made if the chain is new.

    PostgreSQL: the upsert waits for a concurrent one making the same head, then
    SELECT … FOR UPDATE holds the row. SQLite (pysqlite opens a transaction at the first
    write, not at BEGIN): the upsert is a write, so it takes the database's write lock, as
    BEGIN IMMEDIATE would, before the head is read; no other writer can slip in between.
    """
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    s.execute(dialect.insert(ChainHead).values(chain=chain, length=0, hash=GENESIS)
              .on_conflict_do_nothing(index_elements=["chain"]))
    return s.execute(select(ChainHead).where(ChainHead.chain == chain).with_for_update()
                     .execution_options(populate_existing=True)).scalar_one()


@dataclass(frozen=True)
class ChainLink:
    """One stored row of a chain: its id, the hashes it stores, and its content."""

    row_id: int
    prev_hash: str
    hash: str
    content: Mapping[str, object]


@dataclass(frozen=True)
class ChainBreak:
    """Where a chain does not hold: `row_id` (0 for the head), what, expected vs found."""

    row_id: int
    problem: str
    expected: str
    found: str


@dataclass(frozen=True)
class ChainState:
    """A chain as recomputed from its rows: each row's stored hash in order, what the head
    row says, and every place it breaks (none: intact as far as the catalog shows)."""

    chain: str
    hashes: tuple[str, ...]
    head_length: int
    head_hash: str
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


def walk_chain(chain: str, links: Iterable[ChainLink], head: ChainHead | None) -> ChainState:
    """Recompute every link, in order, and compare the end with the head row."""
    prev, hashes, breaks = GENESIS, [], []
    for link in links:
        if link.prev_hash != prev:
            breaks.append(ChainBreak(link.row_id, "does not follow the row before it",
                                     prev, link.prev_hash))
        recomputed = link_hash(link.prev_hash, link.content)
        if recomputed != link.hash:
            breaks.append(ChainBreak(link.row_id, "content altered", link.hash, recomputed))
        hashes.append(link.hash)
        prev = link.hash
    length, last = (head.length, head.hash) if head else (0, GENESIS)
    if (length, last) != (len(hashes), prev):
        breaks.append(ChainBreak(0, "rows missing at the end (the head says otherwise)",
                                 f"{length} rows ending {last}", f"{len(hashes)} rows ending {prev}"))
    return ChainState(chain, tuple(hashes), length, last, tuple(breaks))
