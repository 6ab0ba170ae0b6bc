"""Pages' states: what a worker needs, attempts, results, failures, and what is left to do.

Functions take the session of a transaction the `Catalog` opened.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hoso.archive import views
from hoso.archive.history import add_event
from hoso.archive.models import Page, SourceFile
from hoso.archive.records import PageArtefacts, PageStatus, PageTask
from hoso.errors import NotFound
from hoso.records import PageState

__all__ = [
    "count_attempt",
    "fail_page",
    "file_pages",
    "finish_page",
    "page_counts",
    "page_task",
    "pages_queued",
    "requeue_failed",
    "unfinished",
]


def _now() -> datetime:
    return datetime.now(UTC)


def page_task(s: Session, page_id: str) -> PageTask:
    row = s.execute(
        select(Page, SourceFile).join(SourceFile, Page.file_id == SourceFile.id)
        .where(Page.id == page_id)
    ).first()
    if row is None:
        raise NotFound(f"no page {page_id!r} in the catalog")
    page, source = row
    if page.source_sha256:  # a rescan: its picture is in its own original
        return PageTask(
            page_id=page.id, dossier_code=page.dossier_code, file_id=source.id,
            filename=page.source_filename or source.filename,
            media_type=page.source_media_type or source.media_type,
            source_sha256=page.source_sha256, index_in_file=page.source_index or 0,
            state=PageState(page.state), attempts=page.attempts,
            active=not page.disposition)
    return PageTask(
        page_id=page.id, dossier_code=page.dossier_code, file_id=source.id,
        filename=source.filename, media_type=source.media_type,
        source_sha256=source.sha256, index_in_file=page.index_in_file,
        state=PageState(page.state), attempts=page.attempts, active=not page.disposition,
    )


def count_attempt(s: Session, page_id: str) -> int:
    s.execute(update(Page).where(Page.id == page_id)
              .values(attempts=Page.attempts + 1, updated_at=_now()))
    return int(s.scalar(select(Page.attempts).where(Page.id == page_id)) or 0)


def finish_page(s: Session, page_id: str, result: PageArtefacts) -> None:
    s.execute(update(Page).where(Page.id == page_id).values(
        state=PageState.DONE.value, error=None, ocr_sha256=result.ocr_sha256,
        text_sha256=result.text_sha256, pdf_sha256=result.pdf_sha256,
        hocr_sha256=result.hocr_sha256, confidence=result.confidence,
        needs_review=result.needs_review, warnings=[w.to_json() for w in result.warnings],
        updated_at=_now(),
    ))


def fail_page(s: Session, page_id: str, reason: str) -> None:
    """Record why the page failed; a page already done stays done (a late duplicate)."""
    page = s.get(Page, page_id)
    if page is None or page.state == PageState.DONE.value:
        return
    page.state, page.error, page.updated_at = PageState.FAILED.value, reason, _now()
    add_event(s, page.dossier_code, "page_failed", page_id, {"reason": reason}, actor="worker")


def requeue_failed(s: Session, dossier_code: str, *, actor: str) -> list[str]:
    """Put a dossier's failed pages back in the queue, and let files whose assembly failed
    be assembled again; returns the pages' ids."""
    ids = list(s.scalars(select(Page.id).where(
        Page.dossier_code == dossier_code, Page.state == PageState.FAILED.value,
        Page.disposition == "")))
    s.execute(update(Page).where(Page.id.in_(ids)).values(
        state=PageState.QUEUED.value, error=None, attempts=0, updated_at=_now()))
    s.execute(update(SourceFile).where(
        SourceFile.id.in_(select(Page.file_id).where(Page.id.in_(ids)))
    ).values(assembled=False))
    s.execute(update(SourceFile).where(
        SourceFile.dossier_code == dossier_code, SourceFile.assembly_error.is_not(None)
    ).values(assembly_error=None, assembly_attempts=0))
    if ids:
        add_event(s, dossier_code, "pages_requeued", dossier_code, {"pages": ids}, actor=actor)
    return ids


def file_pages(s: Session, file_id: str) -> list[PageStatus]:
    """The file's pages in use, in order (pages set aside are left out)."""
    rows = s.scalars(select(Page).where(Page.file_id == file_id, Page.disposition == "")
                     .order_by(*views.page_order()))
    return [views.page_status(p) for p in rows]


def page_counts(s: Session) -> dict[PageState, int]:
    """How many pages are in each state, over the whole archive (metrics)."""
    rows = s.execute(select(Page.state, func.count()).group_by(Page.state)).all()
    counts = dict.fromkeys(PageState, 0)
    counts.update({PageState(state): int(n) for state, n in rows})
    return counts


def pages_queued(s: Session, file_id: str) -> int:
    """How many of the file's pages are still to be read."""
    return int(s.scalar(select(func.count()).select_from(Page).where(
        Page.file_id == file_id, Page.state == PageState.QUEUED.value,
        Page.disposition == "")) or 0)


def unfinished(s: Session, dossier_code: str | None = None) -> tuple[list[str], list[str]]:
    """Pages still queued, and files whose pages are all settled but not yet assembled
    (nor failed to assemble): the whole archive's, or one dossier's."""
    # A page set aside (replaced, discarded) is never read, even if it was still queued.
    queued = select(Page.id).where(Page.state == PageState.QUEUED.value, Page.disposition == "")
    files = select(SourceFile.id).where(
        SourceFile.assembled.is_(False), SourceFile.assembly_error.is_(None),
        SourceFile.id.not_in(select(Page.file_id).where(
            Page.state == PageState.QUEUED.value, Page.disposition == "")))
    if dossier_code is not None:
        queued = queued.where(Page.dossier_code == dossier_code)
        files = files.where(SourceFile.dossier_code == dossier_code)
    return (list(s.scalars(queued.order_by(Page.id))),
            list(s.scalars(files.order_by(SourceFile.id))))
