"""How intake reports and dossier states read on a terminal."""

from __future__ import annotations

import click

from hoso.api.labels import warning_text
from hoso.archive.records import DossierStatus, FileStatus, PageStatus
from hoso.ingest.intake import IntakeReport
from hoso.records import PageState

__all__ = ["print_intake", "print_status"]

_STATE_COLOURS = {PageState.DONE: "green", PageState.QUEUED: "yellow", PageState.FAILED: "red"}


def print_intake(report: IntakeReport) -> None:
    for f in report.accepted:
        note = " (already stored)" if f.already_stored else ""
        click.echo(f"stored   {f.filename}: {len(f.page_ids)} pages, sha256 {f.sha256[:16]}…{note}")
    for r in report.rejected:
        click.secho(f"rejected {r.filename}: {r.reason}", fg="red", err=True)


def _page_line(page: PageStatus, label: str) -> str:
    state = click.style(page.state.value, fg=_STATE_COLOURS[page.state])
    parts = [f"    {label}  {state}"]
    if page.confidence is not None:
        parts.append(f"confidence {page.confidence:.0f}")
    if page.needs_review:
        parts.append(click.style("needs review", fg="yellow"))
    parts.extend(warning_text(w) for w in page.warnings)
    if page.error:
        parts.append(click.style(page.error, fg="red"))
    if page.checked_by:
        parts.append(f"kept by {page.checked_by}")
    parts.append(click.style(f"[{page.page_id}]", dim=True))  # what `hoso page` takes
    return "  ".join(parts)


def _print_file(source: FileStatus) -> None:
    click.echo(f"  {source.filename}  ({source.media_type}, {len(source.pages)} pages)")
    by_id = {p.page_id: p for p in source.pages}
    placed: set[str] = set()
    for doc in source.documents:
        review = click.style("  needs review", fg="yellow") if doc.needs_review else ""
        fixed = "  (corrected)" if doc.corrected else ""
        click.echo(f"   document {doc.document_id}: {doc.doc_type} "
                   f"({doc.confidence:.0%}){fixed}{review}")
        for field in doc.fields:
            click.echo(f"      {field.name} = {field.value}")
        for number, page_id in enumerate(doc.page_ids, start=1):
            click.echo(_page_line(by_id[page_id], f"page {number}"))
            placed.add(page_id)
    if source.assembly_error:
        click.secho(f"   documents not built: {source.assembly_error}", fg="red")
    for page in source.pages:
        if page.page_id not in placed:
            click.echo(_page_line(page, f"scan page {page.position + 1}"))
    for page in source.set_aside:
        what = (f"replaced by {page.replaced_by}" if page.disposition == "superseded"
                else "discarded")
        click.secho(f"    set aside [{page.page_id}]: {what} (kept in the archive)", dim=True)


def print_status(status: DossierStatus) -> None:
    info = status.info
    click.secho(f"dossier {info.code}", bold=True)
    for name, value in (("procedure", info.procedure), ("desk", info.desk),
                        ("applicant", info.applicant_name), ("applicant id", info.applicant_id),
                        ("received", info.received_at)):
        if value:
            click.echo(f"  {name}: {value}")
    for source in status.files:
        _print_file(source)
    for event in status.rejected:
        click.secho(f"  rejected {event.subject}: {event.detail.get('reason')}", fg="red")
    done, total = status.count(PageState.DONE), len(status.pages)
    failed = status.count(PageState.FAILED)
    verdict = "digitised" if status.digitised else "not digitised yet"
    colour = "green" if status.digitised else ("red" if failed else "yellow")
    click.secho(f"{verdict}: {done}/{total} pages done, {failed} failed", fg=colour, bold=True)
