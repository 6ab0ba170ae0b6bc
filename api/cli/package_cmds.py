"""`hoso export` and `hoso import`: dossiers as archival packages (E-ARK CSIP in BagIt bags,
archive/package.py) and back."""

from __future__ import annotations

from pathlib import Path

import click

from hoso.api.cli.output import echo_json
from hoso.archive.checkpoints import checkpoint_history
from hoso.archive.package import export_package
from hoso.archive.package_import import import_package
from hoso.archive.package_records import PackageReport
from hoso.errors import InvalidValue
from hoso.ids import check_dossier_code
from hoso.settings import Settings
from hoso.workers.context import Context, build_context
from hoso.workers.pipeline import reindex_dossier

__all__ = ["commands"]


@click.command("export")
@click.argument("dossier_code", required=False)
@click.option("--all", "every", is_flag=True, help="Every dossier, one package each.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True,
              help="Folder to write the packages into (one folder per dossier, named by "
                   "its code).")
@click.option("--force", is_flag=True, help="Replace a package already in --out.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def export_cmd(settings: Settings, dossier_code: str | None, every: bool, out_dir: Path,
               force: bool, as_json: bool) -> None:
    """Write archival packages (E-ARK CSIP, BagIt, SHA-256) of one dossier or of all."""
    if every == bool(dossier_code):
        raise InvalidValue("give one dossier code or --all", hint="hoso export CODE --out DIR")
    ctx = build_context(settings)
    try:
        codes = ctx.catalog.dossier_codes() if every else [check_dossier_code(dossier_code or "")]
        reports = [_export(code, out_dir, force, ctx) for code in codes]
    finally:
        ctx.close()
    if as_json:
        echo_json({"out": out_dir, "packages": reports})
        return
    for report in reports:
        click.echo(f"{report.dossier}: {report.path} ({report.files} files, "
                   f"{report.events} events)")
    click.echo(f"{len(reports)} packages written to {out_dir}", err=True)


def _export(code: str, out_dir: Path, force: bool, ctx: Context) -> PackageReport:
    report = export_package(code, out_dir, store=ctx.store, catalog=ctx.catalog, force=force)
    ctx.catalog.record_event(code, "package_exported", report.path,
                             {"files": report.files, "history_head": report.history_head},
                             actor="cli")
    return report


@click.command("import")
@click.argument("package", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def import_cmd(settings: Settings, package: Path, as_json: bool) -> None:
    """Restore a dossier from a package written by `hoso export` (its bag validated first)."""
    ctx = build_context(settings)
    try:
        report = import_package(package, store=ctx.store, catalog=ctx.catalog, actor="cli")
        reindex_dossier(report.dossier, ctx)
        checkpoint_history(report.dossier, store=ctx.store, catalog=ctx.catalog)
    finally:
        ctx.close()
    if as_json:
        echo_json({"import": report})
        return
    history = ("history restored link for link" if report.history_matches
               else "history replayed, but its chain does not end on the package's head")
    click.echo(f"{report.dossier}: {report.files} files, {report.pages} pages, "
               f"{report.events} events; {history}")


commands: list[click.Command] = [export_cmd, import_cmd]
