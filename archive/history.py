"""A dossier's history: the one place its events are written, and where they are read back.

Functions take the session of a transaction the `Catalog` opened, so an event is written in
the same transaction as the change it records.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoso.archive.models import Event
from hoso.archive.records import EventView
from hoso.archive.views import event_view

__all__ = ["add_event", "events"]

# PostgreSQL refuses text longer than its column (String(128) for both, archive/models.py);
# a subject names a file or a path, whose start says enough.
_SUBJECT_CHARS = 128
_ACTOR_CHARS = 128


def add_event(
    s: Session, code: str, kind: str, subject: str, detail: dict[str, object], *, actor: str = ""
) -> None:
    s.add(Event(dossier_code=code, at=datetime.now(UTC), actor=actor[:_ACTOR_CHARS], kind=kind,
                subject=subject[:_SUBJECT_CHARS], detail=detail))


def events(s: Session, code: str, *, limit: int) -> list[EventView]:
    """Everything recorded about the dossier, oldest first."""
    rows = s.scalars(select(Event).where(Event.dossier_code == code)
                     .order_by(Event.id).limit(limit))
    return [event_view(e) for e in rows]
