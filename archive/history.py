"""A dossier's history: the one place its events are written, and where they are read back.

Functions take the session of a transaction the `Catalog` opened, so an event is written in
the same transaction as the change it records. Each event is a link of its dossier's hash
chain (archive/chain.py), so an event edited or removed afterwards shows.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoso.archive.chain import (
    ChainLink,
    ChainState,
    event_content,
    history_chain,
    next_link,
    walk_chain,
)
from hoso.archive.models import ChainHead, Event
from hoso.archive.records import EventView
from hoso.archive.views import event_view

__all__ = ["add_event", "check_history", "events"]

# PostgreSQL refuses text longer than its column (String(128) for both, archive/models.py);
# a subject names a file or a path, whose start says enough.
_SUBJECT_CHARS = 128
_ACTOR_CHARS = 128


def add_event(
    s: Session, code: str, kind: str, subject: str, detail: dict[str, object], *, actor: str = "",
    at: datetime | None = None,
) -> None:
    """Append to the dossier's chain; `at` is given only when an archival package's history
    is replayed (archive/restore.py), otherwise it is now."""
    row = Event(dossier_code=code, at=at or datetime.now(UTC), actor=actor[:_ACTOR_CHARS],
                kind=kind,
                subject=subject[:_SUBJECT_CHARS], detail=detail)
    row.prev_hash, row.hash = next_link(s, history_chain(code), _content(row))
    s.add(row)


def check_history(s: Session, code: str) -> ChainState:
    """The dossier's chain recomputed from its stored events."""
    chain = history_chain(code)
    rows = s.scalars(select(Event).where(Event.dossier_code == code).order_by(Event.id))
    links = (ChainLink(r.id, r.prev_hash, r.hash, _content(r)) for r in rows)
    return walk_chain(chain, links, s.get(ChainHead, chain))


def _content(row: Event) -> dict[str, object]:
    return event_content(row.dossier_code, row.at, row.actor, row.kind, row.subject,
                         row.detail or {})


def events(s: Session, code: str, *, limit: int) -> list[EventView]:
    """Everything recorded about the dossier, oldest first."""
    rows = s.scalars(select(Event).where(Event.dossier_code == code)
                     .order_by(Event.id).limit(limit))
    return [event_view(e) for e in rows]
