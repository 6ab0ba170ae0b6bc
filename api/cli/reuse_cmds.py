"""`hoso lookup` and `hoso correct`: find what is already archived; fix a document's type."""

from __future__ import annotations

import click

from hoso.api.cli.output import echo_json
from hoso.archive.reuse import lookup as find_documents
from hoso.doctypes import doc_type_name
from hoso.settings import Settings
from hoso.workers.context import build_context
from hoso.workers.pipeline import correct_document_type

__all__ = ["commands"]


@click.command()
@click.option("--id", "id_number", default="", help="Citizen ID number (CCCD or CMND).")
@click.option("--name", default="", help="Full name (with --birth-date).")
@click.option("--birth-date", default="", help="Date of birth, YYYY-MM-DD (with --name).")
@click.option("--doc-number", default="", help="Document number, e.g. 123/QĐ-UBND.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def lookup(settings: Settings, id_number: str, name: str, birth_date: str, doc_number: str,
           as_json: bool) -> None:
    """Every archived document about a person or with a number, newest first."""
    ctx = build_context(settings)
    try:
        hits = find_documents(ctx.catalog, id_number=id_number, name=name,
                              birth_date=birth_date, doc_number=doc_number)
    finally:
        ctx.close()
    if as_json:
        echo_json({"documents": hits})
        return
    if not hits:
        click.echo("nothing archived matches")
    for hit in hits:
        received = hit.received_at.date().isoformat() if hit.received_at else "?"
        extra = "  ".join(x for x in (hit.doc_number and f"số {hit.doc_number}",
                                      hit.issue_date and f"ngày {hit.issue_date}") if x)
        click.echo(f"{received}  {hit.dossier_code}  {doc_type_name(hit.doc_type)}  {extra}")
        click.echo(f"    {hit.document_id}  page {hit.first_page_id or '-'}")


@click.command()
@click.argument("document_id")
@click.argument("doc_type")
@click.option("--by", "actor", default="cli", help="Who corrects it.")
@click.pass_obj
def correct(settings: Settings, document_id: str, doc_type: str, actor: str) -> None:
    """Set a document's type (DOC_TYPE: a label such as giay_khai_sinh)."""
    ctx = build_context(settings)
    try:
        correct_document_type(document_id, doc_type, actor=actor, ctx=ctx)
    finally:
        ctx.close()
    click.echo(f"{document_id}: {doc_type} ({doc_type_name(doc_type)})")


commands: list[click.Command] = [lookup, correct]
