"""`hoso retention due | approve | dispose`: what the archive may stop keeping, an auditor's
approval, and the disposal (archive/retention.py, archive/disposal.py)."""

from __future__ import annotations

from datetime import date

import click

from hoso.api.cli.output import echo_json, to_jsonable
from hoso.api.procedures import today
from hoso.archive.retention import DueDocument, due_dossiers
from hoso.errors import AccessDenied, Conflict, InvalidValue
from hoso.ids import check_dossier_code
from hoso.settings import Settings
from hoso.workers.context import build_context

__all__ = ["commands"]

AUDITOR = "auditor"


def _day(value: str | None) -> date:
    if not value:
        return today()  # the day in Vietnam, as the periods are counted
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(f"--on {value!r} is not a date", hint="YYYY-MM-DD") from None


@click.group("retention")
def retention() -> None:
    """Retention periods: what is due, approval of disposal, disposal."""


@retention.command("due")
@click.option("--on", "on", default=None, help="The day to judge by (default today), "
                                                "YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def due_cmd(settings: Settings, on: str | None, as_json: bool) -> None:
    """Dossiers every document of which has passed its retention period."""
    day = _day(on)
    ctx = build_context(settings)
    try:
        due = due_dossiers(ctx.catalog.retained_documents(), day)
    finally:
        ctx.close()
    if as_json:
        echo_json({"on": day, "dossiers": [
            {"code": code, "documents": [_due_json(i) for i in items]}
            for code, items in due.items()]})
        return
    for code, items in due.items():
        last = max(i.kept_until for i in items)
        click.echo(f"{code}  {len(items)} documents, kept until {last:%d/%m/%Y}")
        for item in items:  # where each period came from: the procedure or the type
            click.echo(f"  {item.document_id}  {item.rule.label} until "
                       f"{item.kept_until:%d/%m/%Y}, {item.source}")
    click.echo(f"{len(due)} dossiers due on {day:%d/%m/%Y}", err=True)


def _due_json(item: DueDocument) -> dict[str, object]:
    return {**to_jsonable(item), "source": item.source}


@retention.command("approve")
@click.argument("dossier_code")
@click.option("--by", "auditor", required=True, help="The auditor's account name.")
@click.option("--on", "on", default=None, help="The day judged by (default today).")
@click.pass_obj
def approve_cmd(settings: Settings, dossier_code: str, auditor: str, on: str | None) -> None:
    """Record an auditor's approval of disposing of a dossier whose retention has ended."""
    code, day = check_dossier_code(dossier_code), _day(on)
    ctx = build_context(settings)
    try:
        user = ctx.catalog.accounts.find_user(auditor)
        if user is None or not user.active or user.role != AUDITOR:
            raise AccessDenied(f"{auditor!r} is not an active auditor account",
                               hint="hoso user add NAME --role auditor")
        due = due_dossiers(ctx.catalog.retained_documents(), day).get(code)
        if not due:
            raise Conflict(f"dossier {code!r} is not due for disposal on {day:%d/%m/%Y}",
                           hint="hoso retention due --on DATE lists those that are")
        ctx.catalog.approve_disposal(code, {
            "on": day.isoformat(),
            "documents": [{"id": d.document_id, "type": d.doc_type,
                           "kept_until": d.kept_until.isoformat(), "source": d.source}
                          for d in due]},
            auditor=auditor)
    finally:
        ctx.close()
    click.echo(f"{code}: disposal approved by {auditor} ({len(due)} documents)")


@retention.command("dispose")
@click.argument("dossier_code")
@click.option("--by", "actor", required=True, help="Who disposes of it.")
@click.pass_obj
def dispose_cmd(settings: Settings, dossier_code: str, actor: str) -> None:
    """Dispose of a dossier whose disposal an auditor approved: its records go (its history
    stays), its blobs are left to `hoso sweep`; its pages leave the search index."""
    code = check_dossier_code(dossier_code)
    ctx = build_context(settings)
    try:
        blobs = ctx.catalog.dispose_dossier(code, actor=actor)
        ctx.index.delete_dossier(code)
    finally:
        ctx.close()
    click.echo(f"{code}: disposed of; {len(blobs)} stored objects left to `hoso sweep`")


commands: list[click.Command] = [retention]
