"""`hoso search`: find pages by their words (diacritics optional) and their dossier's metadata."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import click

from hoso.errors import NotFound
from hoso.indexer import open_index
from hoso.indexer.results import DossierHits, group_hits, results_document
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery, SearchResults
from hoso.settings import Settings

__all__ = ["commands", "search"]

NO_PAGES = "no pages indexed yet"
_DATE = click.DateTime(formats=["%Y-%m-%d"])


@click.command("search")
@click.argument("query", required=False, default="")
@click.option("--type", "doc_type", metavar="T", help="Only documents of this type.")
@click.option("--procedure", metavar="P", help="Only dossiers of this procedure code.")
@click.option("--desk", metavar="D", help="Only dossiers received at this desk.")
@click.option("--from", "date_from", type=_DATE, help="Received on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", type=_DATE, help="Received on or before (YYYY-MM-DD).")
@click.option("--id", "id_number", metavar="NUMBER", help="Pages whose ID number is exactly this.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def search(
    query: str,
    doc_type: str | None,
    procedure: str | None,
    desk: str | None,
    date_from: datetime | None,
    date_to: datetime | None,
    id_number: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Search indexed pages. `giay khai sinh` finds `Giấy khai sinh`; "quotes" make a phrase,
    -word excludes. With no QUERY, the filters alone select, newest first."""
    settings: Settings = click.get_current_context().obj
    search_query = SearchQuery(
        text=query,
        doc_type=doc_type,
        procedure=procedure,
        desk=desk,
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
        fields=(("id_number", id_number),) if id_number else (),
        limit=limit,
    )
    results = run_search(settings.index_url, search_query)
    if as_json:
        _print_json(results)
    elif results is None:
        click.echo(NO_PAGES)
    else:
        _print_text(results, styled=sys.stdout.isatty())


def run_search(index_url: str, query: SearchQuery) -> SearchResults | None:
    """The results, or None when nothing was ever indexed (no index file is made for a read)."""
    try:
        index = open_index(index_url, create=False)
    except NotFound:
        return None
    with index:
        if index.count() == 0:
            return None
        return index.search(query)


def _print_json(results: SearchResults | None) -> None:
    document = results_document(results or SearchResults(total=0, hits=()))
    if results is None:
        document["message"] = NO_PAGES
    click.echo(json.dumps(document, ensure_ascii=False, indent=2))


def _print_text(results: SearchResults, *, styled: bool) -> None:
    mark = (HIGHLIGHT_START, HIGHLIGHT_END)
    for group in group_hits(results.hits):
        _print_dossier(group, styled)
        for document in group.documents:
            kind = _style(f"({document.doc_type})", styled, dim=True)
            click.echo(f"  {_style(document.document_id, styled, fg='cyan')}  {kind}")
            for hit in document.hits:
                snippet = _marked(hit.snippet_with(*mark), styled)
                click.echo(f"    p.{hit.page_no}  {snippet}")
    shown = f" (showing {len(results.hits)})" if len(results.hits) < results.total else ""
    more = "" if results.total_exact else "more than "
    click.echo(f"{more}{results.total} page{'s' if results.total != 1 else ''} match{shown}")
    for facet in results.facets:
        if facet.counts:
            counts = ", ".join(f"{value} {count}" for value, count in facet.counts)
            click.echo(f"  {facet.name}: {counts}")


def _print_dossier(group: DossierHits, styled: bool) -> None:
    first = group.first
    about = [first.procedure, first.desk]
    if first.received_at:
        about.append(first.received_at.date().isoformat())
    details = " · ".join(part for part in about if part)
    code = _style(group.dossier_code, styled, bold=True)
    click.echo(f"{code}  ({details})" if details else code)


def _style(text: str, styled: bool, **style: object) -> str:
    return click.style(text, **style) if styled else text  # type: ignore[arg-type]


def _marked(snippet: str, styled: bool) -> str:
    if not styled:
        return snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")
    pieces = snippet.split(HIGHLIGHT_START)
    out = [pieces[0]]
    for piece in pieces[1:]:
        matched, _, rest = piece.partition(HIGHLIGHT_END)
        out += [click.style(matched, fg="yellow", bold=True), rest]
    return "".join(out)


commands: list[click.Command] = [search]
