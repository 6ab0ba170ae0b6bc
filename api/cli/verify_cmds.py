"""`hoso verify`: prove a dossier (or the whole archive) complete and unaltered.

The same check as the API's and the audit page's (api/integrity.py): every stored object
against its SHA-256, the history's hash chain and its checkpoint; with `--all`, every dossier
and the access log's chain. Exit 0 only when all of it holds, else 70 with what is wrong.
"""

from __future__ import annotations

import click

from hoso.api.cli.output import echo_json
from hoso.api.integrity import IntegrityItem, IntegrityReport, check_access_log, check_dossier
from hoso.errors import ConfigError, IntegrityError
from hoso.settings import Settings
from hoso.workers.context import Context, build_context

__all__ = ["commands"]


@click.command()
@click.argument("dossier_code", required=False)
@click.option("--all", "every", is_flag=True, help="Every dossier, and the access log.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def verify(settings: Settings, dossier_code: str | None, every: bool, as_json: bool) -> None:
    """Check stored objects against their SHA-256, and the history's hash chain."""
    if bool(dossier_code) == every:
        raise ConfigError("name one dossier, or --all")
    ctx = build_context(settings)
    try:
        reports = check_reports(ctx, [dossier_code] if dossier_code else None)
    finally:
        ctx.close()
    if as_json:
        echo_json({"ok": all(r.ok for r in reports), "reports": reports})
    else:
        for report in reports:
            print_report(report)
    failed = [i for r in reports for i in r.failed]
    if failed:
        raise IntegrityError(f"{len(failed)} of {sum(len(r.items) for r in reports)} checks "
                             f"failed", hint="see the list above")


def check_reports(ctx: Context, codes: list[str] | None) -> list[IntegrityReport]:
    """The named dossiers' reports, or every dossier's and the access log's."""
    every = codes is None
    reports = [check_dossier(code, store=ctx.store, catalog=ctx.catalog, actor="cli",
                             trust_roots=ctx.trust_roots)
               for code in (ctx.catalog.dossier_codes() if every else codes or [])]
    if every:
        reports.append(check_access_log(store=ctx.store, catalog=ctx.catalog))
    return reports


def print_report(report: IntegrityReport) -> None:
    name = report.dossier_code or "access log"
    verdict = "intact" if report.ok else f"NOT INTACT ({len(report.failed)} failed)"
    click.echo(f"{name}: {verdict}, {len(report.items)} checked")
    for item in report.failed:
        click.echo(f"  {_failure(item)}")


def _failure(item: IntegrityItem) -> str:
    return (f"{item.kind} {item.subject}: {item.problem}; expected {item.sha256}, "
            f"found {item.found}")


commands: list[click.Command] = [verify]
