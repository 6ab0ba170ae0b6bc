"""The rescan loop: an operator replaces a page with a rescan, discards one scanned by
mistake, keeps a warned one as it is, or puts a file's pages in another order.

Nothing is deleted: a replaced or discarded page is set aside (`disposition`), with its
artefacts, so the archive still holds and `hoso verify` still checks everything ever
received; the history says who did what. Each change holds the dossier (so two operators
acting on one page at once are served one after the other: the second finds the page already
set aside) and is idempotent: the same rescan, discard or check again changes nothing.
A change to a file's pages un-assembles it: its documents are built again once it settles.

Functions take the session of a transaction the `Catalog` opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoso.archive import dossiers, views
from hoso.archive.history import add_event
from hoso.archive.models import Page, SourceFile
from hoso.errors import Conflict, InvalidValue, NotFound
from hoso.ids import FileId
from hoso.records import BlobRef, PageState, SourceInfo

__all__ = ["DISCARDED", "SUPERSEDED", "check_page", "discard_page", "reorder_pages",
           "replace_page"]

SUPERSEDED = "superseded"
DISCARDED = "discarded"


def _now() -> datetime:
    return datetime.now(UTC)


def replace_page(s: Session, page_id: str, source: SourceInfo, blob: BlobRef, *,
                 actor: str) -> str:
    """Set the page aside for a rescan (one page, already stored) that takes its place;
    returns the new page's id (the same one when this rescan was recorded already)."""
    page = _held_page(s, page_id)
    if page.disposition == SUPERSEDED:
        successor = s.get(Page, page.replaced_by or "")
        if successor is not None and successor.source_sha256 == blob.sha256:
            return successor.id
        raise Conflict(f"page {page_id} was already replaced by {page.replaced_by}",
                       hint="reload the dossier and act on the page that replaced it")
    _check_in_use(page)
    slot = int(s.scalar(select(func.max(Page.index_in_file))
                        .where(Page.file_id == page.file_id)) or 0) + 1
    new_id = str(FileId.parse(page.file_id).page(slot + 1))
    s.add(Page(
        id=new_id, dossier_code=page.dossier_code, file_id=page.file_id, index_in_file=slot,
        position=_position(page), state=PageState.QUEUED.value, attempts=0, warnings=[],
        updated_at=_now(), disposition="", source_sha256=blob.sha256,
        source_filename=source.filename, source_media_type=source.media_type,
        source_index=0))
    page.disposition, page.replaced_by, page.updated_at = SUPERSEDED, new_id, _now()
    _unassemble(s, page.file_id)
    add_event(s, page.dossier_code, "page_replaced", page_id, {
        "by": new_id, "filename": source.filename, "sha256": blob.sha256, "size": blob.size},
        actor=actor)
    return new_id


def discard_page(s: Session, page_id: str, *, actor: str) -> bool:
    """Set aside a page scanned by mistake; False if it was already."""
    page = _held_page(s, page_id)
    if page.disposition == DISCARDED:
        return False
    _check_in_use(page)
    page.disposition, page.updated_at = DISCARDED, _now()
    _unassemble(s, page.file_id)
    add_event(s, page.dossier_code, "page_discarded", page_id, {}, actor=actor)
    return True


def check_page(s: Session, page_id: str, *, actor: str) -> bool:
    """Keep a warned page as it is (its warnings no longer ask for a rescan); False if it
    was kept already."""
    page = _held_page(s, page_id)
    _check_in_use(page)
    if page.checked_by:
        return False
    page.checked_by, page.updated_at = actor, _now()
    add_event(s, page.dossier_code, "page_checked", page_id, {}, actor=actor)
    return True


def reorder_pages(s: Session, file_id: str, order: Sequence[str], *, actor: str) -> bool:
    """Put the file's pages in use in `order` (every one of them, once); False if that is
    their order already."""
    source = s.get(SourceFile, file_id)
    if source is None:
        raise NotFound(f"no file {file_id!r} in the catalog")
    dossiers.hold_dossier(s, source.dossier_code)
    rows = list(s.scalars(select(Page).where(Page.file_id == file_id, Page.disposition == "")
                          .order_by(*views.page_order())
                          .execution_options(populate_existing=True)))
    current = [p.id for p in rows]
    if sorted(order) != sorted(current) or len(set(order)) != len(order):
        raise InvalidValue(f"the new order of file {file_id} must name each of its pages in "
                           f"use once: {', '.join(current)}")
    if list(order) == current:
        return False
    by_id = {p.id: p for p in rows}
    for position, page_id in enumerate(order):
        by_id[page_id].position = position
    _unassemble(s, file_id)
    add_event(s, source.dossier_code, "pages_reordered", file_id, {"order": list(order)},
              actor=actor)
    return True


def _held_page(s: Session, page_id: str) -> Page:
    """The page, read again after its dossier is held against other writers."""
    code = s.scalar(select(Page.dossier_code).where(Page.id == page_id))
    if code is None:
        raise NotFound(f"no page {page_id!r} in the catalog")
    dossiers.hold_dossier(s, code)
    page = s.scalar(select(Page).where(Page.id == page_id)
                    .execution_options(populate_existing=True))
    assert page is not None  # pages are never deleted
    return page


def _check_in_use(page: Page) -> None:
    if page.disposition == SUPERSEDED:
        raise Conflict(f"page {page.id} was replaced by {page.replaced_by}",
                       hint="reload the dossier and act on the page that replaced it")
    if page.disposition == DISCARDED:
        raise Conflict(f"page {page.id} was discarded", hint="reload the dossier")


def _position(page: Page) -> int:
    return page.index_in_file if page.position is None else page.position


def _unassemble(s: Session, file_id: str) -> None:
    """The file's documents must be built again from its pages in use."""
    source = s.get(SourceFile, file_id)
    if source is not None:
        source.assembled, source.assembly_error, source.assembly_attempts = False, None, 0
