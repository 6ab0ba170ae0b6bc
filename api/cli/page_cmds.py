"""`hoso page`: the rescan loop at the command line (workers/rescans.py, as the API's and the
web pages'): replace a page with a rescan, discard it, keep it as checked, reorder a file."""

from __future__ import annotations

from pathlib import Path

import click

from hoso.api.cli.output import progress
from hoso.ids import FileId, PageId
from hoso.ingest.intake import Upload
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, dispatching
from hoso.workers.rescans import discard_page, keep_page, reorder_file, rescan_page

__all__ = ["commands"]

WAIT_HELP = ("Wait until the dossier is digitised again (default: where this command does "
             "the work, with the embedded broker).")


@click.group()
def page() -> None:
    """Replace, discard, keep or reorder a dossier's pages (ids as `hoso status` shows)."""


def _wait(ctx: Context, dispatcher: Dispatcher, code: str, wait: bool | None) -> None:
    if dispatcher.works_here if wait is None else wait:
        with progress(f"digitising {code}") as bar:
            dispatcher.wait([code], bar.update)


@page.command()
@click.argument("page_id")
@click.argument("scan", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--wait/--no-wait", default=None, help=WAIT_HELP)
@click.pass_obj
def rescan(settings: Settings, page_id: str, scan: Path, wait: bool | None) -> None:
    """Replace PAGE_ID with SCAN, a rescan of it (one page); the old page stays archived."""
    code = PageId.parse(page_id).dossier
    with dispatching(settings) as (ctx, dispatcher):
        new_id = rescan_page(page_id, Upload(scan, scan.name), ctx, dispatcher, actor="cli")
        _wait(ctx, dispatcher, code, wait)
    click.echo(f"{page_id} replaced by {new_id}")


@page.command()
@click.argument("page_id")
@click.option("--wait/--no-wait", default=None, help=WAIT_HELP)
@click.pass_obj
def discard(settings: Settings, page_id: str, wait: bool | None) -> None:
    """Set aside PAGE_ID, scanned by mistake (it stays archived, out of the documents)."""
    code = PageId.parse(page_id).dossier
    with dispatching(settings) as (ctx, dispatcher):
        changed = discard_page(page_id, ctx, dispatcher, actor="cli")
        _wait(ctx, dispatcher, code, wait)
    click.echo(f"{page_id} discarded" if changed else f"{page_id} was discarded already")


@page.command()
@click.argument("page_id")
@click.pass_obj
def keep(settings: Settings, page_id: str) -> None:
    """Keep PAGE_ID as it is, although it was warned about."""
    with dispatching(settings) as (ctx, _):
        changed = keep_page(page_id, ctx, actor="cli")
    click.echo(f"{page_id} kept as checked" if changed else f"{page_id} was kept already")


@page.command()
@click.argument("file_id")
@click.argument("page_ids", nargs=-1, required=True)
@click.option("--wait/--no-wait", default=None, help=WAIT_HELP)
@click.pass_obj
def order(settings: Settings, file_id: str, page_ids: tuple[str, ...], wait: bool | None
          ) -> None:
    """Put FILE_ID's pages in the order of PAGE_IDS (every page in use, once)."""
    code = FileId.parse(file_id).dossier
    with dispatching(settings) as (ctx, dispatcher):
        changed = reorder_file(file_id, page_ids, ctx, dispatcher, actor="cli")
        _wait(ctx, dispatcher, code, wait)
    click.echo(f"{file_id} reordered" if changed else f"{file_id} was in that order already")


commands = [page]
