"""`hoso watch`: digitise a scanner's output folder as files arrive (ingest/watch.py says
when a file is complete and where it goes afterwards; the intake is `take_in`, as for
`hoso ingest` and uploads)."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path

import click

from hoso.errors import HosoError, InputError, InvalidValue
from hoso.ingest.intake import Upload
from hoso.ingest.watch import Arrival, FolderWatch, move_aside
from hoso.records import DossierInfo
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Intake, dispatching, take_in
from hoso.workers.stacks import StackIntake, take_in_stack

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
    taken = take_in_stack(Upload(arrival.path, arrival.path.name), ctx, dispatcher, desk=desk,
                          actor=actor)
    refused = [r for t in taken for r in t.report.rejected]
    if refused:
        _refuse(folder, arrival, "; ".join(r.reason for r in refused))
        return []
    move_aside(folder, arrival)
    _print_parts(str(arrival.relative), taken)
    return [t.part.sheet.dossier_code for t in taken]


def _print_parts(name: str, taken: list[StackIntake]) -> None:
    for t in taken:
        pages = t.part.pages
        click.echo(f"{name} pages {pages[0] + 1}-{pages[-1] + 1} -> "
                   f"{t.part.sheet.dossier_code}: {len(t.report.page_ids)} pages")


def _refuse(folder: Path, arrival: Arrival, reason: str) -> None:
    dest = move_aside(folder, arrival, reason=reason)
    click.secho(f"{arrival.relative}: refused: {reason} (moved to {dest})", fg="red",
                err=True)


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--desk", default="", help="Intake desk of new dossiers.")
@click.option("--operator", default="", help="Who scanned the stack.")
@click.option("--wait/--no-wait", default=None,
              help="Wait until digitised (default: where this command does the work).")
@click.pass_obj
def stack(settings: Settings, files: tuple[Path, ...], desk: str, operator: str,
          wait: bool | None) -> None:
    """Take stacks scanned in one go, each dossier behind its QR cover sheet: split at the
    sheets, each part into its dossier. A stack whose first page is no cover is refused."""
    codes: list[str] = []
    refused = False
    with dispatching(settings) as (ctx, dispatcher):
        for path in files:
            try:
                taken = take_in_stack(Upload(path, path.name), ctx, dispatcher, desk=desk,
                                      actor=operator or "cli")
            except InputError as exc:
                click.secho(f"refused {exc}", fg="red", err=True)
                refused = True
                continue
            for t in taken:
                for r in t.report.rejected:
                    click.secho(f"refused {r.filename}: {r.reason}", fg="red", err=True)
                    refused = True
            _print_parts(path.name, taken)
            codes += [t.part.sheet.dossier_code for t in taken]
        if codes and (dispatcher.works_here if wait is None else wait):
            dispatcher.wait(sorted(set(codes)))
    sys.exit(InputError.exit_code if refused else 0)


commands = [watch, stack]
