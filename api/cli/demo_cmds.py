"""`hoso demo`: the bundled sample dossiers, digitised in-process, then a few searches."""

from __future__ import annotations

import json
import time
from datetime import datetime
from importlib import resources
from pathlib import Path

import click

from hoso.api.cli.archive_cmds import ingest_and_digitise
from hoso.archive.records import DossierStatus
from hoso.ingest import collect_files
from hoso.ingest.intake import Upload
from hoso.records import DossierInfo, PageState, SearchQuery
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.dispatch import Intake, dispatching

__all__ = ["DEMO_SEARCHES", "SAMPLES_DIR", "commands"]

# Shipped as package data, so the demo runs from an installed wheel in any folder.
SAMPLES_DIR = Path(str(resources.files("hoso.samples")))
# Typed the way officers type: without tone marks; and once with them.
DEMO_SEARCHES = ("giay khai sinh", "dang ky", "Quyết định", "can cuoc cong dan")


def _load_dossier(folder: Path) -> Intake:
    meta = json.loads((folder / "dossier.json").read_text(encoding="utf-8"))
    received = datetime.fromisoformat(meta.pop("received_at"))
    info = DossierInfo(received_at=received, **meta)
    scans = [p for p in collect_files([folder]) if p.name != "dossier.json"]
    return Intake(info, tuple(Upload(p, p.name) for p in scans))


def _report(statuses: list[DossierStatus], seconds: float) -> None:
    pages = [p for s in statuses for p in s.pages]
    done = sum(p.state is PageState.DONE for p in pages)
    click.secho(f"\n{len(statuses)} dossiers, {len(pages)} pages: {done} digitised "
                f"in {seconds:.1f} s ({done / seconds if seconds else 0:.2f} pages/s)", bold=True)
    for status in statuses:
        verdict = "digitised" if status.digitised else "NOT digitised"
        click.echo(f"  {status.info.code}  {verdict}")
        for source in status.files:
            for doc in source.documents:
                review = "  needs review" if doc.needs_review else ""
                click.echo(f"    {source.filename}: {doc.doc_type} ({doc.confidence:.0%}), "
                           f"{len(doc.page_ids)} page(s){review}")
            for page in source.pages:
                if page.state is PageState.FAILED:
                    click.secho(f"    {source.filename} page {page.index_in_file + 1}: "
                                f"{page.error}", fg="red")


def _components(ctx: Context, codes: list[str]) -> None:
    """Each dossier against its procedure's list: what the desk would still ask for."""
    from hoso.api.i18n import gettext
    from hoso.api.procedures import missing_text

    click.secho("\ncomponents of each procedure", bold=True)
    for code in codes:
        state = ctx.catalog.procedures.completeness(code)
        if state.procedure is None:
            click.echo(f"  {code}  no known procedure")
            continue
        verdict = missing_text(state) or gettext("Every required component is there.")
        click.echo(f"  {code}  {state.procedure.code} {state.procedure.name}: {verdict}")


def _searches(ctx: Context) -> None:
    for text in DEMO_SEARCHES:
        results = ctx.index.search(SearchQuery(text=text, limit=3))
        click.secho(f"\nsearch {text!r}: {results.total} pages", bold=True)
        for hit in results.hits:
            snippet = hit.snippet_with("[", "]").replace("\n", " ")
            click.echo(f"  {hit.dossier_code} {hit.doc_type} page {hit.page_no}: {snippet}")


@click.command()
@click.option("--samples", type=click.Path(path_type=Path, exists=True), default=SAMPLES_DIR,
              show_default=True, help="Folder of sample dossiers (one sub-folder each).")
@click.pass_obj
def demo(settings: Settings, samples: Path) -> None:
    """Digitise the bundled sample scans, report, and run a few searches."""
    intakes = [_load_dossier(p) for p in sorted(samples.iterdir()) if (p / "dossier.json").is_file()]
    codes = [i.info.code for i in intakes]
    with dispatching(settings) as (ctx, dispatcher):
        started = time.perf_counter()
        reports = ingest_and_digitise(intakes, ctx, dispatcher, wait=True, actor="demo",
                                      title="digitising samples")
        seconds = time.perf_counter() - started
        for rejected in (r for report in reports for r in report.rejected):
            click.secho(f"rejected {rejected.filename}: {rejected.reason}", fg="red")
        _report([ctx.catalog.status(c) for c in codes], seconds)
        _components(ctx, codes)
        _searches(ctx)
    click.echo(f"\ndata in {settings.home}; try: hoso status {codes[0]}, hoso report")


commands: list[click.Command] = [demo]
