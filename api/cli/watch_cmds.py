"""`hoso watch`: digitise a scanner's output folder as files arrive (ingest/watch.py says
when a file is complete and where it goes afterwards; the intake is `take_in`, as for
`hoso ingest` and uploads)."""

from __future__ import annotations

import logging
import signal
import tempfile
import threading
from pathlib import Path

import click

from hoso.errors import HosoError, InputError, InvalidValue
from hoso.ingest.cover import split_at_covers
from hoso.ingest.inspect import inspect_file
from hoso.ingest.intake import Upload
from hoso.ingest.watch import Arrival, FolderWatch, move_aside
from hoso.records import DossierInfo
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Intake, dispatching, take_in

__all__ = ["commands"]

log = logging.getLogger("hoso.watch")


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--dossier", "dossier_code", default=None,
              help="The dossier every file of FOLDER is for.")
@click.option("--dossier-from-subfolder", is_flag=True,
              help="Each subfolder of FOLDER is named by the code of the dossier its files "
                   "are for.")
@click.option("--covers", is_flag=True,
              help="Each file is a stack of dossiers, each behind its QR cover sheet (printed "
                   "from the intake page): split at the sheets, each part to its dossier.")
@click.option("--desk", default="", help="Intake desk of new dossiers.")
@click.option("--operator", default="", help="Who scans (recorded as the actor).")
@click.option("--interval", default=2.0, show_default=True, type=click.FloatRange(0.05, 600),
              help="Seconds between two looks at the folder; a file is taken once unchanged "
                   "over two of them.")
@click.option("--once", is_flag=True,
              help="Take what is complete now (two looks), wait until digitised, and stop.")
@click.pass_obj
def watch(settings: Settings, folder: Path, dossier_code: str | None,
          dossier_from_subfolder: bool, covers: bool, desk: str, operator: str,
          interval: float, once: bool) -> None:
    """Digitise files arriving in FOLDER (a scanner's output): each is taken once complete,
    then moved to FOLDER/.done/, or to FOLDER/.error/ with a reason file if refused."""
    watcher = FolderWatch(folder, dossier=dossier_code, from_subfolder=dossier_from_subfolder,
                          from_covers=covers)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with dispatching(settings) as (ctx, dispatcher):
        dispatcher.start()
        click.echo(f"watching {folder} (every {interval:g} s; Ctrl-C to stop)", err=True)
        codes: set[str] = set()
        try:
            for round_no in range(2 if once else 1_000_000_000):
                for arrival in watcher.arrivals():
                    codes.update(_take(arrival, folder, desk, operator or "watch", ctx,
                                       dispatcher))
                    watcher.forget(arrival.path)
                if stop.wait(interval) or (once and round_no == 1):
                    break
        except KeyboardInterrupt:
            pass
        if once and codes:
            dispatcher.wait(sorted(codes))


def _take(arrival: Arrival, folder: Path, desk: str, actor: str, ctx: Context,
          dispatcher: Dispatcher) -> list[str]:
    """Take one complete file in; the dossiers it went to (none if it was moved to .error)."""
    if arrival.problem:
        _refuse(folder, arrival, arrival.problem)
        return []
    try:
        if arrival.dossier_code is None:
            return _take_stack(arrival, folder, desk, actor, ctx, dispatcher)
        info = DossierInfo(code=arrival.dossier_code, desk=desk, operator=actor)
        [report] = take_in([Intake(info, (Upload(arrival.path, arrival.path.name),))],
                           ctx, dispatcher, actor=actor)
    except (InputError, InvalidValue) as exc:
        _refuse(folder, arrival, str(exc))
        return []
    except HosoError as exc:
        if exc.http_status in (409,):  # a clash that trying again will not change
            _refuse(folder, arrival, str(exc))
        else:
            click.echo(f"{arrival.relative}: {exc}; will try again", err=True)
        return []
    if report.rejected:
        _refuse(folder, arrival, report.rejected[0].reason)
        return []
    move_aside(folder, arrival)
    note = " (already stored)" if report.accepted[0].already_stored else ""
    click.echo(f"{arrival.relative} -> {arrival.dossier_code}: "
               f"{len(report.page_ids)} pages{note}")
    return [arrival.dossier_code]


def _take_stack(arrival: Arrival, folder: Path, desk: str, actor: str, ctx: Context,
                dispatcher: Dispatcher) -> list[str]:
    """Split a stack at its cover sheets and take each part into its dossier."""
    source = inspect_file(arrival.path, arrival.path.name, ctx.limits, dpi=ctx.ocr.dpi)
    with tempfile.TemporaryDirectory(prefix="hoso-stack-") as tmp:
        parts = split_at_covers(arrival.path, source.filename, source.media_type,
                                source.page_count, Path(tmp), timeout_s=ctx.ocr.timeout_s)
        if not parts:
            _refuse(folder, arrival, "its first page is no hoso cover sheet: print one from "
                                     "the dossier's intake page and scan it on top")
            return []
        intakes = [Intake(DossierInfo(code=p.sheet.dossier_code, desk=desk, operator=actor),
                          (Upload(p.path, p.path.name),)) for p in parts]
        reports = take_in(intakes, ctx, dispatcher, actor=actor)
    refused = [r for report in reports for r in report.rejected]
    if refused:
        _refuse(folder, arrival, "; ".join(r.reason for r in refused))
        return []
    move_aside(folder, arrival)
    for part, report in zip(parts, reports, strict=True):
        click.echo(f"{arrival.relative} pages {part.pages[0] + 1}-{part.pages[-1] + 1} -> "
                   f"{part.sheet.dossier_code}: {len(report.page_ids)} pages")
    return [p.sheet.dossier_code for p in parts]


def _refuse(folder: Path, arrival: Arrival, reason: str) -> None:
    dest = move_aside(folder, arrival, reason=reason)
    click.secho(f"{arrival.relative}: refused: {reason} (moved to {dest})", fg="red",
                err=True)


commands = [watch]
