"""Procedures and their versions in the catalog: imported, listed, read, edited as new
versions; and the version each dossier keeps.

Functions take the session of a transaction `Catalog.procedures` opened. A version once
written never changes (dossiers point to it): importing the same version again is a no-op,
importing it with other content is refused (`Conflict`), and an admin's edit is a new version.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hoso.archive.models import Dossier, ProcedureRow, ProcedureVersionRow
from hoso.archive.procedure_data import component_json, parse_component
from hoso.archive.procedure_records import Procedure, ProcedureVersion
from hoso.errors import Conflict, InvalidValue, NotFound

__all__ = [
    "add_version",
    "all_versions",
    "count_procedures",
    "dossier_version",
    "import_procedure",
    "pin_version",
    "procedure",
    "procedures",
    "received_day",
    "version_kept",
]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def _now() -> datetime:
    return datetime.now(UTC)


def received_day(moment: datetime | None) -> date:
    """The day, in Vietnam, a dossier was received (which version of its procedure holds)."""
    if moment is None:
        return datetime.now(VIETNAM).date()
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(VIETNAM).date()


def _version(row: ProcedureVersionRow) -> ProcedureVersion:
    return ProcedureVersion(
        version=row.version, effective_from=row.effective_from, effective_to=row.effective_to,
        basis=row.basis, components=tuple(parse_component(c) for c in row.components or ()),
        results=tuple(parse_component(c, result=True) for c in row.results or ()))


def _procedure(s: Session, row: ProcedureRow) -> Procedure:
    versions = s.scalars(select(ProcedureVersionRow)
                         .where(ProcedureVersionRow.procedure_code == row.code)
                         .order_by(ProcedureVersionRow.version))
    return Procedure(code=row.code, name=row.name, field=row.field, level=row.level,
                     versions=tuple(_version(v) for v in versions))


def all_versions(s: Session) -> dict[str, tuple[ProcedureVersion, ...]]:
    """Every procedure's versions, in order, by procedure code (one query: the figures)."""
    found: dict[str, list[ProcedureVersion]] = {}
    for row in s.scalars(select(ProcedureVersionRow).order_by(
            ProcedureVersionRow.procedure_code, ProcedureVersionRow.version)):
        found.setdefault(row.procedure_code, []).append(_version(row))
    return {code: tuple(versions) for code, versions in found.items()}


def version_kept(versions: tuple[ProcedureVersion, ...], pinned: int | None,
                 received_at: datetime | None) -> ProcedureVersion | None:
    """The version a dossier keeps: the one pinned, or the one in force the day received."""
    if pinned is None:
        day = received_day(received_at)
        live = [v for v in versions if v.in_force(day)]
        return max(live, key=lambda v: v.version) if live else None
    return next((v for v in versions if v.version == pinned), None)


def count_procedures(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(ProcedureRow)) or 0)


def procedures(s: Session) -> list[Procedure]:
    rows = s.scalars(select(ProcedureRow).order_by(ProcedureRow.code))
    return [_procedure(s, r) for r in rows]


def procedure(s: Session, code: str) -> Procedure:
    row = s.get(ProcedureRow, code)
    if row is None:
        raise NotFound(f"no procedure {code!r} in the catalogue",
                       hint="`hoso procedures list` shows them")
    return _procedure(s, row)


def _insert_ignoring(s: Session, table: type, values: dict[str, object], key: str) -> bool:
    """Insert unless the key exists, as one statement (racing imports); True if inserted."""
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    insert = dialect.insert(table).values(**values).on_conflict_do_nothing()
    # RETURNING, not rowcount: psycopg reports -1 for a conflict skipped.
    return s.scalar(insert.returning(getattr(table, key))) is not None


def _version_values(code: str, v: ProcedureVersion, actor: str) -> dict[str, object]:
    return {"procedure_code": code, "version": v.version, "effective_from": v.effective_from,
            "effective_to": v.effective_to, "basis": v.basis,
            "components": [component_json(c) for c in v.components],
            "results": [component_json(c, result=True) for c in v.results],
            "created_by": actor, "created_at": _now()}


def import_procedure(s: Session, p: Procedure, *, actor: str) -> int:
    """Write the procedure's versions not yet held; returns how many were new. A version held
    with other content is refused: versions dossiers point to never change."""
    _insert_ignoring(s, ProcedureRow, {"code": p.code, "name": p.name, "field": p.field,
                                       "level": p.level}, "code")
    row = s.get(ProcedureRow, p.code)
    assert row is not None
    row.name, row.field, row.level = p.name, p.field, p.level
    new = 0
    for v in p.versions:
        if _insert_ignoring(s, ProcedureVersionRow, _version_values(p.code, v, actor), "id"):
            new += 1
            continue
        held = s.scalar(select(ProcedureVersionRow).where(
            ProcedureVersionRow.procedure_code == p.code,
            ProcedureVersionRow.version == v.version))
        if held is not None and _version(held) != v:
            raise Conflict(f"version {v.version} of procedure {p.code} differs from the one "
                           "already recorded", hint="publish the change as a new version")
    return new


def add_version(s: Session, code: str, version: ProcedureVersion, *, actor: str
                ) -> ProcedureVersion:
    """An admin's edit: the next version number, in force from `effective_from`; the version
    in force before it ends the day before."""
    proc = procedure(s, code)
    latest = max((v.version for v in proc.versions), default=0)
    if proc.versions and version.effective_from <= max(v.effective_from for v in proc.versions):
        raise InvalidValue(f"a new version of {code} must start after the latest one's start")
    made = ProcedureVersion(latest + 1, version.effective_from, version.effective_to,
                            version.basis, version.components, version.results)
    for row in s.scalars(select(ProcedureVersionRow).where(
            ProcedureVersionRow.procedure_code == code,
            ProcedureVersionRow.effective_to.is_(None))):
        row.effective_to = date.fromordinal(version.effective_from.toordinal() - 1)
    # Two admins saving at once: the unique (procedure, version) refuses the second (409).
    s.add(ProcedureVersionRow(**_version_values(code, made, actor)))
    s.flush()
    return made


def _version_on(s: Session, code: str, day: date) -> int | None:
    return s.scalar(select(ProcedureVersionRow.version).where(
        ProcedureVersionRow.procedure_code == code,
        ProcedureVersionRow.effective_from <= day,
        (ProcedureVersionRow.effective_to.is_(None)) | (ProcedureVersionRow.effective_to >= day),
    ).order_by(ProcedureVersionRow.version.desc()).limit(1))


def pin_version(s: Session, row: Dossier) -> None:
    """Record on the dossier the version of its procedure in force the day it was received
    (none while the procedure is unknown). Called where its particulars are written, so that
    a version published later does not change what an earlier dossier needed."""
    row.procedure_version = (_version_on(s, row.procedure, received_day(row.received_at))
                             if row.procedure else None)


def dossier_version(s: Session, row: Dossier) -> tuple[Procedure | None, ProcedureVersion | None]:
    """The dossier's procedure and the version it keeps (for a dossier recorded before its
    procedure was imported: the version in force the day it was received)."""
    if not row.procedure or s.get(ProcedureRow, row.procedure) is None:
        return None, None
    proc = procedure(s, row.procedure)
    number = row.procedure_version or _version_on(s, row.procedure,
                                                  received_day(row.received_at))
    return proc, next((v for v in proc.versions if v.version == number), None)
