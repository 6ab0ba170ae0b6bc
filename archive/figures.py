"""The figures a one-stop centre is measured on, counted from the catalog alone.

For each dossier received in the period (Vietnam days) at the desk asked:

    complete                     every required component present or reused
    digitised before processing  complete, at a time no later than the first officer's
                                 action (an event by an account with the officer role, or a
                                 paper decided or a result recorded); a component is present
                                 from when its document's last page was read, reused from
                                 when it was attached
    result digitised             a paper of kind result recorded
    reused                       at least one component reused
    pages needing review         its pages flagged needs-review
    pages saved                  the pages of the papers it reused (not scanned again)

Then summed by desk and month (of receipt, Vietnam time), and in total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoso.archive.completeness import completeness
from hoso.archive.models import Dossier, Event, Page, PaperReuse, User
from hoso.archive.models import Paper as PaperRow
from hoso.archive.procedure_catalogue import VIETNAM
from hoso.archive.procedure_records import (
    Completeness,
    ComponentState,
    DeskMonth,
    DossierFigures,
    Figures,
    FiguresQuery,
)

__all__ = ["PROCESSING_EVENTS", "dossier_figures", "figures", "sum_figures"]

#: Events that are an officer processing the dossier whoever records them.
PROCESSING_EVENTS = ("paper_approved", "paper_rejected", "type_corrected")


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _dossiers(s: Session, query: FiguresQuery) -> list[Dossier]:
    stmt = select(Dossier).order_by(Dossier.received_at, Dossier.code)
    if query.date_from:
        start = datetime.combine(query.date_from, time(), VIETNAM).astimezone(UTC)
        stmt = stmt.where(Dossier.received_at >= start)
    if query.date_to:
        end = datetime.combine(query.date_to + timedelta(days=1), time(), VIETNAM)
        stmt = stmt.where(Dossier.received_at < end.astimezone(UTC))
    if query.desk:
        stmt = stmt.where(Dossier.desk == query.desk)
    return list(s.scalars(stmt))


def _read_at(s: Session, document_ids: Iterable[str]) -> datetime | None:
    """When the last page of these documents was read (the earliest document's)."""
    times = [_aware(s.scalar(select(func.max(Page.updated_at)).where(Page.document_id == d)))
             for d in document_ids]
    found = [t for t in times if t is not None]
    return min(found) if found else None


def _completed_at(s: Session, state: Completeness) -> datetime | None:
    """When the last required component became present or reused; None if it never did."""
    reused_at = {r.component_code: _aware(r.reused_at) for r in s.scalars(
        select(PaperReuse).where(PaperReuse.dossier_code == state.dossier_code))}
    moments = []
    for c in state.components:
        if not c.component.required:
            continue
        if c.state is ComponentState.PRESENT:
            moments.append(_read_at(s, c.document_ids))
        elif c.state is ComponentState.REUSED:
            moments.append(reused_at.get(c.component.code))
        else:
            return None
    known = [m for m in moments if m is not None]
    return max(known) if known else datetime.min.replace(tzinfo=UTC)


def _processing_started(s: Session, code: str, officers: set[str]) -> datetime | None:
    rows = s.execute(select(Event.at, Event.actor, Event.kind)
                     .where(Event.dossier_code == code).order_by(Event.id))
    return next((_aware(at) for at, actor, kind in rows
                 if actor in officers or kind in PROCESSING_EVENTS), None)


def dossier_figures(s: Session, row: Dossier, officers: set[str]) -> DossierFigures:
    state = completeness(s, row.code)
    required = [c for c in state.components if c.component.required]
    filled = [c for c in required if c.state is not ComponentState.MISSING]
    completed = _completed_at(s, state) if state.complete else None
    started = _processing_started(s, row.code, officers)
    received = (_aware(row.received_at) or datetime.now(UTC)).astimezone(VIETNAM)
    saved = s.scalar(select(func.coalesce(func.sum(PaperRow.pages), 0))
                     .join(PaperReuse, PaperReuse.paper_id == PaperRow.id)
                     .where(PaperReuse.dossier_code == row.code))
    review = s.scalar(select(func.count()).select_from(Page)
                      .where(Page.dossier_code == row.code, Page.needs_review.is_(True)))
    return DossierFigures(
        code=row.code, desk=row.desk, month=received.strftime("%Y-%m"),
        has_procedure=state.version is not None, complete=state.complete,
        components_share=len(filled) / len(required) if required else float(state.complete),
        digitised_before_processing=completed is not None
        and (started is None or completed <= started),
        result_digitised=bool(state.results), reused=state.reused,
        pages_needing_review=int(review or 0), pages_saved=int(saved or 0))


def sum_figures(desk: str, month: str, rows: list[DossierFigures]) -> DeskMonth:
    return DeskMonth(
        desk=desk, month=month, received=len(rows),
        with_procedure=sum(r.has_procedure for r in rows),
        complete=sum(r.complete for r in rows),
        digitised_before_processing=sum(r.digitised_before_processing for r in rows),
        results_digitised=sum(r.result_digitised for r in rows),
        reused=sum(r.reused for r in rows),
        pages_needing_review=sum(r.pages_needing_review for r in rows),
        pages_saved=sum(r.pages_saved for r in rows))


def figures(s: Session, query: FiguresQuery) -> Figures:
    officers = set(s.scalars(select(User.username).where(User.role == "officer")))
    each = [dossier_figures(s, row, officers) for row in _dossiers(s, query)]
    groups: dict[tuple[str, str], list[DossierFigures]] = defaultdict(list)
    for f in each:
        groups[(f.desk, f.month)].append(f)
    rows = tuple(sum_figures(desk, month, fs) for (desk, month), fs in sorted(groups.items()))
    return Figures(query=query, total=sum_figures("", "", each), rows=rows)
