"""The figures a one-stop centre is measured on, counted from the catalog alone.

For each dossier received in the period (Vietnam days) at the desk asked:

    complete                     every required component present or reused
    digitised before processing  complete, at a time no later than the first officer's
                                 action (an event by an account with the officer role, or a
                                 paper decided, or a document's type corrected); a component
                                 is present from when its document's last page was read,
                                 reused from when it was attached
    result digitised             a paper of kind result recorded
    reused                       at least one component reused
    pages needing review         its pages flagged needs-review
    pages saved                  the pages of the papers it reused (not scanned again)

Then summed by desk and month (of receipt, Vietnam time), and in total. Each kind of row is
read once for all the dossiers asked (`_Rows`), then matched in memory with the same rule as
the intake page (archive/completeness.py): a year of a busy desk in a few queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from hoso.archive.completeness import DocumentSlot, match_components, statuses
from hoso.archive.models import (
    ComponentAssignment,
    Document,
    Dossier,
    Event,
    Page,
    PaperReuse,
    User,
)
from hoso.archive.models import Paper as PaperRow
from hoso.archive.procedure_catalogue import VIETNAM, all_versions, version_kept
from hoso.archive.procedure_records import (
    ComponentState,
    ComponentStatus,
    DeskMonth,
    DossierFigures,
    Figures,
    FiguresQuery,
    PaperKind,
    ProcedureVersion,
)

__all__ = ["PROCESSING_EVENTS", "figures", "sum_figures"]

#: Events that are an officer processing the dossier whoever records them.
PROCESSING_EVENTS = ("paper_approved", "paper_rejected", "type_corrected")


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _selected(query: FiguresQuery) -> Select[tuple[str]]:
    stmt = select(Dossier.code)
    if query.date_from:
        start = datetime.combine(query.date_from, time(), VIETNAM).astimezone(UTC)
        stmt = stmt.where(Dossier.received_at >= start)
    if query.date_to:
        end = datetime.combine(query.date_to + timedelta(days=1), time(), VIETNAM)
        stmt = stmt.where(Dossier.received_at < end.astimezone(UTC))
    if query.desk:
        stmt = stmt.where(Dossier.desk == query.desk)
    return stmt


@dataclass
class _Rows:
    """What the figures need of the dossiers asked, each kind read in one query."""

    documents: dict[str, list[DocumentSlot]] = field(default_factory=lambda: defaultdict(list))
    read_at: dict[str, datetime] = field(default_factory=dict)  # document -> last page read
    reused_at: dict[str, dict[str, datetime]] = field(
        default_factory=lambda: defaultdict(dict))  # dossier -> component -> when
    pages_saved: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    results: set[str] = field(default_factory=set)
    review: dict[str, int] = field(default_factory=dict)
    started: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def read(cls, s: Session, chosen: Select[tuple[str]]) -> _Rows:
        rows = cls()
        assigned: dict[str, str] = {
            d: c for d, c in s.execute(select(ComponentAssignment.document_id,
                                              ComponentAssignment.component_code)
                                       .where(ComponentAssignment.dossier_code.in_(chosen)))}
        for code, doc_id, doc_type in s.execute(
                select(Document.dossier_code, Document.id,
                       func.coalesce(Document.corrected_type, Document.doc_type))
                .where(Document.dossier_code.in_(chosen)).order_by(Document.id)):
            rows.documents[code].append(DocumentSlot(doc_id, doc_type, assigned.get(doc_id)))
        rows.read_at = {d: at for d, at in s.execute(
            select(Page.document_id, func.max(Page.updated_at))
            .where(Page.dossier_code.in_(chosen), Page.document_id.is_not(None))
            .group_by(Page.document_id)) if at is not None}
        for code, component, at, pages in s.execute(
                select(PaperReuse.dossier_code, PaperReuse.component_code, PaperReuse.reused_at,
                       PaperRow.pages).join(PaperRow, PaperRow.id == PaperReuse.paper_id)
                .where(PaperReuse.dossier_code.in_(chosen))):
            rows.reused_at[code][component] = at
            rows.pages_saved[code] += pages
        rows.results = set(s.scalars(select(PaperRow.dossier_code).where(
            PaperRow.dossier_code.in_(chosen), PaperRow.kind == PaperKind.RESULT.value)))
        rows.review = dict(s.execute(  # type: ignore[arg-type]
            select(Page.dossier_code, func.count()).where(
                Page.dossier_code.in_(chosen), Page.needs_review.is_(True))
            .group_by(Page.dossier_code)).all())
        officers = select(User.username).where(User.role == "officer")
        rows.started = dict(s.execute(  # type: ignore[arg-type]
            select(Event.dossier_code, func.min(Event.at)).where(
                Event.dossier_code.in_(chosen),
                or_(Event.kind.in_(PROCESSING_EVENTS), Event.actor.in_(officers)))
            .group_by(Event.dossier_code)).all())
        return rows


def _completed_at(components: tuple[ComponentStatus, ...], rows: _Rows, code: str
                  ) -> datetime | None:
    """When the last required component became present or reused; None if one never did."""
    moments: list[datetime | None] = []
    for c in components:
        if not c.component.required:
            continue
        if c.state is ComponentState.PRESENT:
            read = [_aware(rows.read_at.get(d)) for d in c.document_ids]
            moments.append(min((t for t in read if t is not None), default=None))
        elif c.state is ComponentState.REUSED:
            moments.append(_aware(rows.reused_at[code].get(c.component.code)))
        else:
            return None
    return max((m for m in moments if m is not None),
               default=datetime.min.replace(tzinfo=UTC))


def _dossier_figures(row: Dossier, versions: Mapping[str, tuple[ProcedureVersion, ...]],
                     rows: _Rows
                     ) -> DossierFigures:
    version = version_kept(versions.get(row.procedure, ()), row.procedure_version,
                           row.received_at) if row.procedure else None
    components: tuple[ComponentStatus, ...] = ()
    if version is not None:
        matched = match_components(version.components, rows.documents[row.code])
        reused = {c: ("", "") for c in rows.reused_at[row.code]}
        components = statuses(version.components, matched, reused)
    required = [c for c in components if c.component.required]
    filled = [c for c in required if c.state is not ComponentState.MISSING]
    complete = version is not None and len(filled) == len(required)
    completed = _completed_at(components, rows, row.code) if complete else None
    started = _aware(rows.started.get(row.code))
    received = (_aware(row.received_at) or datetime.now(UTC)).astimezone(VIETNAM)
    return DossierFigures(
        code=row.code, desk=row.desk, month=received.strftime("%Y-%m"),
        has_procedure=version is not None, complete=complete,
        components_share=len(filled) / len(required) if required else float(complete),
        digitised_before_processing=completed is not None
        and (started is None or completed <= started),
        result_digitised=row.code in rows.results,
        reused=any(c.state is ComponentState.REUSED for c in components),
        pages_needing_review=int(rows.review.get(row.code, 0)),
        pages_saved=rows.pages_saved.get(row.code, 0))


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
    chosen = _selected(query)
    dossiers = s.scalars(select(Dossier).where(Dossier.code.in_(chosen))
                         .order_by(Dossier.received_at, Dossier.code))
    rows = _Rows.read(s, chosen)
    versions = all_versions(s)
    each = [_dossier_figures(d, versions, rows) for d in dossiers]
    groups: dict[tuple[str, str], list[DossierFigures]] = defaultdict(list)
    for f in each:
        groups[(f.desk, f.month)].append(f)
    by_group = tuple(sum_figures(desk, month, fs) for (desk, month), fs in sorted(groups.items()))
    return Figures(query=query, total=sum_figures("", "", each), rows=by_group)
