"""Dossiers' particulars: created once, however many intakes race; never changed by accident.

Functions take the session of a transaction the `Catalog` opened.

Two intakes of a new code at the same moment both insert "if absent" (one row wins, the other
finds it); an intake that gives particulars other than those recorded is refused
(`DossierMismatch`), and only `update_dossier` changes them, recording old → new in history.
Writers that depend on a dossier's current state (numbering its files) hold it first with
`hold_dossier`, so they run one after another however many processes take files in.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hoso.archive.history import add_event
from hoso.archive.models import Dossier
from hoso.archive.procedure_catalogue import pin_version
from hoso.archive.views import dossier_info
from hoso.errors import DossierMismatch, NotFound
from hoso.records import DossierInfo, FieldChange

__all__ = ["COMPARED", "differences", "hold_dossier", "open_dossier", "update_dossier"]

#: The particulars an intake may not change by giving others (the operator who scanned is not
#: one: a second batch may well be scanned by someone else).
COMPARED = ("procedure", "desk", "applicant_name", "applicant_id", "received_at")


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(moment: datetime | None) -> datetime | None:
    """SQLite keeps a time's digits and drops its offset: the catalog keeps UTC only."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _text(value: str | datetime | None) -> str:
    if isinstance(value, datetime):
        return (_utc(value) or value).isoformat()
    return value or ""


def differences(recorded: DossierInfo, given: DossierInfo, *, missing_too: bool
                ) -> tuple[FieldChange, ...]:
    """Each particular given that differs from the recorded one; one recorded as empty counts
    only with `missing_too` (filling it in is then a change, not a clash)."""
    found = []
    for name in COMPARED:
        before, after = _text(getattr(recorded, name)), _text(getattr(given, name))
        if after and after != before and (before or missing_too):
            found.append(FieldChange(name, before, after))
    return tuple(found)


def hold_dossier(s: Session, code: str) -> Dossier | None:
    """The dossier's row, held against other writers until the transaction ends."""
    if s.get_bind().dialect.name == "sqlite":
        # SQLite locks the whole database for a write, and pysqlite begins a transaction only
        # at the first write: a write that changes nothing takes the lock now (waiting for it
        # as long as the busy timeout allows), so every read after it sees the latest commit.
        s.execute(update(Dossier).where(Dossier.code == code).values(code=Dossier.code)
                  .execution_options(synchronize_session=False))
    return s.scalar(select(Dossier).where(Dossier.code == code)
                    .with_for_update(key_share=True).execution_options(populate_existing=True))


def _insert_if_absent(s: Session, info: DossierInfo) -> bool:
    """Create the dossier unless it exists (as one statement: no race); True if created."""
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    values = {
        "code": info.code, "procedure": info.procedure, "desk": info.desk,
        "operator": info.operator, "applicant_name": info.applicant_name,
        "applicant_id": info.applicant_id, "received_at": _utc(info.received_at) or _now(),
        "created_at": _now(),
    }
    inserted = dialect.insert(Dossier).values(**values).on_conflict_do_nothing()
    return s.scalar(inserted.returning(Dossier.code)) is not None


def open_dossier(s: Session, info: DossierInfo, *, actor: str, fill_missing: bool = True
                 ) -> tuple[bool, tuple[FieldChange, ...]]:
    """Create the dossier, or check the particulars given against the recorded ones.

    Returns (created, particulars filled in). Particulars that differ raise DossierMismatch;
    ones recorded empty are filled in (recorded in history), or, without `fill_missing`,
    refused too."""
    if _insert_if_absent(s, info):
        add_event(s, info.code, "dossier_created", info.code, {}, actor=actor)
        _pin_version(s, info.code)
        return True, ()
    row = hold_dossier(s, info.code)
    assert row is not None  # inserted by someone else just now, never deleted
    recorded = dossier_info(row)
    clashes = differences(recorded, info, missing_too=not fill_missing)
    if clashes:
        raise DossierMismatch(info.code, clashes)
    filled = differences(recorded, info, missing_too=True)
    _apply(s, row, info, filled, actor=actor)
    return False, filled


def update_dossier(s: Session, info: DossierInfo, *, actor: str) -> tuple[FieldChange, ...]:
    """Change the particulars given (the empty ones stay); returns what changed."""
    row = hold_dossier(s, info.code)
    if row is None:
        raise NotFound(f"no dossier {info.code!r}", hint="check the code on the receipt")
    changes = differences(dossier_info(row), info, missing_too=True)
    _apply(s, row, info, changes, actor=actor)
    return changes


def _apply(s: Session, row: Dossier, info: DossierInfo, changes: tuple[FieldChange, ...], *,
           actor: str) -> None:
    if not changes:
        return
    for change in changes:
        value = getattr(info, change.name)
        setattr(row, change.name, _utc(value) if change.name == "received_at" else value)
    add_event(s, row.code, "dossier_updated", row.code,
              {c.name: {"from": c.before, "to": c.after} for c in changes}, actor=actor)
    if any(c.name in ("procedure", "received_at") for c in changes):
        pin_version(s, row)


def _pin_version(s: Session, code: str) -> None:
    row = s.get(Dossier, code)
    if row is not None:
        pin_version(s, row)
