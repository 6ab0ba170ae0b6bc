"""The rescan loop's sequences, shared by `hoso page`, the API and the web pages.

    rescan_page    check and store the rescan → the page set aside, the rescan queued in its
                   place (archive/rescans.py) → its file assembled again once it is read
    discard_page   the page set aside → its file assembled again without it
    keep_page      the page kept as it is (its warnings no longer ask for a rescan)
    reorder_file   the file's pages put in another order → its file assembled again

Each is idempotent (the catalog's part is), so a request sent twice does what one does.
"""

from __future__ import annotations

from collections.abc import Sequence

from hoso.errors import InputError
from hoso.ids import FileId, PageId
from hoso.ingest.intake import Upload, store_file
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Work, unfinished_work

__all__ = ["discard_page", "keep_page", "reorder_file", "rescan_page"]


def rescan_page(page_id: str, upload: Upload, ctx: Context, dispatcher: Dispatcher, *,
                actor: str) -> str:
    """Replace the page with a one-page rescan; returns the id of the page now in its place."""
    PageId.parse(page_id)
    stored = store_file(upload, store=ctx.store, limits=ctx.limits, dpi=ctx.ocr.dpi)
    if stored.source.page_count != 1:
        # Kept in the store until the sweep: nothing records it.
        raise InputError(stored.filename, f"a rescan replaces one page, and this file holds "
                                          f"{stored.source.page_count}")
    new_id = ctx.catalog.replace_page(page_id, stored.source, stored.blob, actor=actor)
    dispatcher.submit(Work(pages=(new_id,)))
    return new_id


def discard_page(page_id: str, ctx: Context, dispatcher: Dispatcher, *, actor: str) -> bool:
    """Set aside a page scanned by mistake; False if it was already."""
    changed = ctx.catalog.discard_page(page_id, actor=actor)
    dispatcher.submit(unfinished_work(ctx.catalog, PageId.parse(page_id).dossier))
    return changed


def keep_page(page_id: str, ctx: Context, *, actor: str) -> bool:
    """Keep a warned page as it is; False if it was kept already."""
    return ctx.catalog.check_page(page_id, actor=actor)


def reorder_file(file_id: str, order: Sequence[str], ctx: Context, dispatcher: Dispatcher, *,
                 actor: str) -> bool:
    """Put the file's pages in use in `order`; False if that is their order already."""
    changed = ctx.catalog.reorder_pages(file_id, order, actor=actor)
    dispatcher.submit(unfinished_work(ctx.catalog, FileId.parse(file_id).dossier))
    return changed
