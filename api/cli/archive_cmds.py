"""`hoso ingest`, `hoso status`, `hoso get`, `hoso requeue`, `hoso sweep`: a dossier in, its
state, its files; orphan blobs out."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from hoso.api.cli.output import echo_json, progress
from hoso.api.cli.render import print_intake, print_status
from hoso.archive.export import export_dossier
from hoso.errors import ConfigError, InputError, NotFound
from hoso.ids import check_dossier_code
from hoso.ingest import collect_files
from hoso.ingest.intake import IntakeReport, Upload
from hoso.records import DossierInfo, IndexedPage, PageState
from hoso.settings import Settings
from hoso.workers.context import Context, build_context
from hoso.workers.dispatch import Dispatcher, Intake, dispatching, requeue_dossier, take_in

__all__ = ["commands", "ingest_and_digitise"]

WAIT_HELP = ("Wait until digitised (default: wait where this command does the work, with "
             "the embedded broker; not with Redis, where `hoso worker`s do it).")


def _checked_code(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    # InvalidValue, not click's BadParameter: the one handler in main gives it exit 64.
    return check_dossier_code(value)


dossier_code_argument = click.argument("dossier_code", callback=_checked_code)


def _received_at(value: str | None) -> datetime | None:
    # Not given: now for a new dossier (the catalog's default), unchanged for an existing one.
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--received-at {value!r} is not an ISO date or time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def ingest_and_digitise(intakes: Sequence[Intake], ctx: Context, dispatcher: Dispatcher, *,
                        wait: bool, actor: str, title: str) -> list[IntakeReport]:
    """Take the dossiers in (receive, submit, wait if asked), with a progress bar while waiting."""
    if not wait:
        return take_in(intakes, ctx, dispatcher, actor=actor)
    with progress(title) as bar:
        return take_in(intakes, ctx, dispatcher, actor=actor, wait=True, on_progress=bar.update)


@click.command()
@dossier_code_argument
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--procedure", default="", help="Procedure code, e.g. 1.004227.")
@click.option("--desk", default="", help="Intake desk that received the papers.")
@click.option("--operator", default="", help="Who scanned the papers.")
@click.option("--applicant-name", default="", help="The citizen's name.")
@click.option("--applicant-id", default="", help="The citizen's ID number (CCCD/CMND).")
@click.option("--received-at", default=None, help="ISO date/time received (default: now).")
@click.option("--update", is_flag=True,
              help="Change the particulars of an existing dossier to those given (recorded "
                   "in its history); without it, particulars that differ are refused.")
@click.option("--wait/--no-wait", default=None, help=WAIT_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def ingest(settings: Settings, dossier_code: str, files: tuple[Path, ...], procedure: str,
           desk: str, operator: str, applicant_name: str, applicant_id: str,
           received_at: str | None, update: bool, wait: bool | None, as_json: bool) -> None:
    """Take the papers of one dossier: files or folders of PDF, TIFF, JPEG, PNG."""
    info = DossierInfo(code=dossier_code, procedure=procedure, desk=desk, operator=operator,
                       applicant_name=applicant_name, applicant_id=applicant_id,
                       received_at=_received_at(received_at))
    uploads = tuple(Upload(p, p.name) for p in collect_files(list(files)))
    with dispatching(settings) as (ctx, dispatcher):
        if update:
            _update(info, ctx, actor=operator or "cli")
        wait = dispatcher.works_here if wait is None else wait
        [report] = ingest_and_digitise([Intake(info, uploads)], ctx, dispatcher, wait=wait,
                                       actor=operator or "cli", title=f"digitising {dossier_code}")
        status = ctx.catalog.status(dossier_code)
    if as_json:
        echo_json({"intake": report, "status": status, "digitised": status.digitised})
    else:
        print_intake(report)
        print_status(status)
    sys.exit(_exit_code(report, wait and not status.digitised))


def _update(info: DossierInfo, ctx: Context, *, actor: str) -> None:
    from hoso.workers.pipeline import update_dossier

    try:
        changes = update_dossier(info, ctx, actor=actor)
    except NotFound:
        return  # a new dossier: created with these particulars by the intake
    for change in changes:
        click.echo(f"{info.code}: {change.name} {change.before!r} -> {change.after!r}", err=True)


def _exit_code(report: IntakeReport, incomplete: bool) -> int:
    if report.rejected:
        return InputError.exit_code
    return 1 if incomplete else 0


@click.command()
@dossier_code_argument
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def status(settings: Settings, dossier_code: str, as_json: bool) -> None:
    """Show each document and page of a dossier and its state."""
    from hoso.api.cli.procedure_cmds import print_components
    from hoso.api.procedures import completeness_json

    ctx = build_context(settings)
    try:
        result = ctx.catalog.status(dossier_code)
        if as_json:
            components = completeness_json(ctx.catalog.procedures.completeness(dossier_code))
            echo_json({"status": result, "digitised": result.digitised,
                       "components": components})
        else:
            print_status(result)
            print_components(ctx.catalog, dossier_code)
    finally:
        ctx.close()


@click.command()
@dossier_code_argument
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder to write into (default: ./DOSSIER_CODE); it must not exist or "
                   "be empty.")
@click.option("--force", is_flag=True,
              help="Replace the folder if it holds files (once the new one is complete).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def get(settings: Settings, dossier_code: str, out_dir: Path | None, force: bool,
        as_json: bool) -> None:
    """Write back a dossier's originals, searchable PDFs and text, checked by SHA-256."""
    out_dir = out_dir or Path(dossier_code)
    ctx = build_context(settings)
    try:
        written = export_dossier(dossier_code, out_dir, store=ctx.store, catalog=ctx.catalog,
                                 force=force)
        ctx.catalog.record_event(dossier_code, "dossier_exported", str(out_dir),
                                 {"files": len(written)}, actor="cli")
    finally:
        ctx.close()
    if as_json:
        echo_json({"dossier": dossier_code, "out": out_dir, "files": written})
        return
    for f in written:
        click.echo(f"{f.sha256}  {out_dir / f.path}")
    click.echo(f"{len(written)} files written to {out_dir} (list in {out_dir / 'SHA256SUMS'})",
               err=True)


@click.command()
@dossier_code_argument
@click.option("--wait/--no-wait", default=None, help=WAIT_HELP)
@click.pass_obj
def requeue(settings: Settings, dossier_code: str, wait: bool | None) -> None:
    """Queue a dossier's failed pages (and failed document assembly) again."""
    with dispatching(settings) as (ctx, dispatcher):
        ids = requeue_dossier(dossier_code, ctx, dispatcher, actor="cli")
        wait = dispatcher.works_here if wait is None else wait
        if wait:
            with progress(f"digitising {dossier_code}") as bar:
                dispatcher.wait([dossier_code], bar.update)
        result = ctx.catalog.status(dossier_code)
    click.echo(f"{len(ids)} pages queued again; {result.count(PageState.FAILED)} failed now")


@click.command()
@click.pass_obj
def reindex(settings: Settings) -> None:
    """Rebuild the search index from the catalog and the object store alone."""
    from hoso.workers.pipeline import file_records

    ctx = build_context(settings)
    try:
        files = ctx.catalog.assembled_files()
        counted = [0]

        def records() -> Iterator[IndexedPage]:
            with progress("reindexing") as bar:
                for done, file_id in enumerate(files, start=1):
                    batch = file_records(file_id, ctx)
                    counted[0] += len(batch)
                    yield from batch
                    bar.update(done, len(files))

        built = ctx.index.rebuild(records())
    finally:
        ctx.close()
    click.echo(f"{counted[0]} pages of {len(files)} files indexed again into {built}")


@click.command()
@click.option("--grace-hours", default=24.0, show_default=True, type=click.FloatRange(min=1),
              help="Keep blobs written more recently than this (intakes in progress).")
@click.pass_obj
def sweep(settings: Settings, grace_hours: float) -> None:
    """Remove stored blobs that no record points to, older than the grace period."""
    from hoso.archive.sweep import sweep_orphans

    ctx = build_context(settings)
    try:
        cutoff = datetime.now(UTC) - timedelta(hours=grace_hours)
        report = sweep_orphans(ctx.store, ctx.catalog, cutoff=cutoff)
    finally:
        ctx.close()
    click.echo(f"{len(report.removed)} orphan blobs removed of {report.blobs} in the store")


commands: list[click.Command] = [ingest, status, get, requeue, reindex, sweep]
