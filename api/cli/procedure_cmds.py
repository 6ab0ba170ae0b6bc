"""`hoso procedures`, `hoso assign`, `hoso paper`, `hoso reuse`, `hoso report`,
`hoso exchange`: the procedure catalogue, which component each document fills, digitised
papers and their approval, reuse of earlier papers, the figures, the exchange record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TypeVar

import click

from hoso.api.cli.archive_cmds import dossier_code_argument
from hoso.api.cli.output import echo_json
from hoso.api.i18n import gettext
from hoso.api.procedures import (
    COMPONENT_STATES,
    PAPER_STATES,
    exchange,
    figures_json,
    missing_text,
    paper_json,
    proposal_json,
    today,
)
from hoso.archive import Catalog
from hoso.archive.procedure_data import load_procedures, procedure_json
from hoso.archive.procedure_records import FiguresQuery, Paper, PaperIn, PaperKind, PaperState
from hoso.errors import ConfigError
from hoso.settings import Settings
from hoso.workers.context import build_context

__all__ = ["commands"]

T = TypeVar("T")
json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
by_option = click.option("--by", "actor", default="cli", help="Who does it (recorded).")


@contextmanager
def _catalog(settings: Settings) -> Iterator[Catalog]:
    ctx = build_context(settings)
    try:
        yield ctx.catalog
    finally:
        ctx.close()


def _with_catalog(settings: Settings, work: Callable[[Catalog], T]) -> T:
    with _catalog(settings) as catalog:
        return work(catalog)


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option} {value!r} is not a date YYYY-MM-DD") from None


# -- hoso procedures ----------------------------------------------------------------------

@click.group()
def procedures() -> None:
    """The procedure catalogue: components and results of each procedure, by version."""


@procedures.command("import")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@by_option
@click.pass_obj
def import_(settings: Settings, file: Path, actor: str) -> None:
    """Import procedures from a JSON file (as archive/procedures.json); versions already held
    are kept, a held version with other content is refused."""
    found = load_procedures(file)
    new = _with_catalog(settings, lambda c: c.procedures.import_procedures(found, actor=actor))
    click.echo(f"{len(found)} procedures read from {file}: {new} new versions")


@procedures.command("list")
@json_option
@click.pass_obj
def list_(settings: Settings, as_json: bool) -> None:
    """Every procedure with its versions."""
    found = _with_catalog(settings, lambda c: c.procedures.procedures())
    if as_json:
        echo_json({"procedures": [procedure_json(p) for p in found]})
        return
    for p in found:
        current = p.version_on(today())
        click.echo(f"{p.code:<10} {p.name}  ({p.field}, version "
                   f"{current.version if current else '-'} of {len(p.versions)})")


@procedures.command("show")
@click.argument("code")
@json_option
@click.pass_obj
def show(settings: Settings, code: str, as_json: bool) -> None:
    """One procedure: each version's components and results."""
    p = _with_catalog(settings, lambda c: c.procedures.procedure(code))
    if as_json:
        echo_json(procedure_json(p))
        return
    click.echo(f"{p.code} {p.name} ({p.field}, cấp {p.level})")
    for v in p.versions:
        until = v.effective_to.isoformat() if v.effective_to else "now"
        click.echo(f"\nversion {v.version}: {v.effective_from.isoformat()} to {until}  {v.basis}")
        for c in v.components:
            need = "required" if c.required else "optional"
            click.echo(f"  {c.code:<8} {c.name} [{need}, {c.form}, "
                       f"{', '.join(c.doc_types)}; keep {c.retention}]")
        for c in v.results:
            click.echo(f"  {c.code:<8} result: {c.name} [{', '.join(c.doc_types)}]")


# -- which component a document fills -----------------------------------------------------

@click.command()
@click.argument("document_id")
@click.argument("component")
@by_option
@click.pass_obj
def assign(settings: Settings, document_id: str, component: str, actor: str) -> None:
    """Say which component of its procedure a document fills (COMPONENT `-` for none)."""
    code = "" if component == "-" else component
    _with_catalog(settings, lambda c: c.procedures.assign_component(document_id, code,
                                                                    actor=actor))
    click.echo(f"{document_id}: {component}")


def print_components(catalog: Catalog, code: str) -> None:
    """The dossier's components, each present, reused or missing (for `hoso status`)."""
    state = catalog.procedures.completeness(code)
    if state.procedure is None or state.version is None:
        return
    click.echo(f"\n{state.procedure.code} {state.procedure.name} (version "
               f"{state.version.version})")
    for c in state.components:
        need = "" if c.component.required else " (optional)"
        where = ", ".join(c.document_ids) or (f"{c.reused_paper} from {c.reused_from}"
                                              if c.reused_paper else "")
        click.echo(f"  {gettext(COMPONENT_STATES[c.state]):<12} {c.component.code:<8} "
                   f"{c.component.name}{need}  {where}")
    click.echo(f"  {missing_text(state) or gettext('Every required component is there.')}")


# -- hoso paper ---------------------------------------------------------------------------

@click.group()
def paper() -> None:
    """Digitised papers (giấy tờ số hóa): record, approve, reject, hand over, list."""


@paper.command("add")
@dossier_code_argument
@click.option("--component", required=True, help="Component (or result) code, e.g. TKKS.")
@click.option("--document", "document_id", default="",
              help="The document (default: the one filling the component).")
@click.option("--result", is_flag=True, help="The paper is the dossier's result.")
@click.option("--number", default="", help="Số, ký hiệu, e.g. 123/QĐ-UBND.")
@click.option("--issued", default=None, help="Issue date, YYYY-MM-DD.")
@click.option("--issuer", default="", help="Issuing body.")
@click.option("--signer", default="", help="Who signed it.")
@click.option("--summary", default="", help="What it says, in a line.")
@click.option("--valid-until", default=None, help="Valid until, YYYY-MM-DD (default: for ever).")
@click.option("--scope", default="", help="Valid within a scope instead of until a date.")
@by_option
@json_option
@click.pass_obj
def add(settings: Settings, dossier_code: str, component: str, document_id: str, result: bool,
        number: str, issued: str | None, issuer: str, signer: str, summary: str,
        valid_until: str | None, scope: str, actor: str, as_json: bool) -> None:
    """Record a paper of a dossier; it waits for an officer's approval."""
    given = PaperIn(component, document_id=document_id,
                    kind=PaperKind.RESULT if result else PaperKind.COMPONENT, number=number,
                    issued_on=_day(issued, "--issued"), issuer=issuer, signer=signer,
                    summary=summary, valid_until=_day(valid_until, "--valid-until"),
                    valid_scope=scope)
    made = _with_catalog(settings, lambda c: c.procedures.record_paper(dossier_code, given,
                                                                       actor=actor))
    _print_paper(made, as_json)


def _print_paper(p: Paper, as_json: bool) -> None:
    if as_json:
        echo_json(paper_json(p))
        return
    reason = f" ({p.reason})" if p.reason else ""
    click.echo(f"{p.code}  {p.component_name}  {gettext(PAPER_STATES[p.state])}{reason}")


def _decide(settings: Settings, code: str, state: PaperState, reason: str, actor: str,
            as_json: bool) -> None:
    decided = _with_catalog(settings, lambda c: c.procedures.decide_paper(
        code, state, reason=reason, actor=actor))
    _print_paper(decided, as_json)


@paper.command()
@click.argument("paper_code")
@by_option
@json_option
@click.pass_obj
def approve(settings: Settings, paper_code: str, actor: str, as_json: bool) -> None:
    """An officer approves the paper: it may then be reused."""
    _decide(settings, paper_code, PaperState.APPROVED, "", actor, as_json)


@paper.command()
@click.argument("paper_code")
@click.option("--reason", required=True, help="Why (the operator reads it).")
@by_option
@json_option
@click.pass_obj
def reject(settings: Settings, paper_code: str, reason: str, actor: str, as_json: bool) -> None:
    """An officer rejects the paper, with the reason."""
    _decide(settings, paper_code, PaperState.REJECTED, reason, actor, as_json)


@paper.command()
@click.argument("paper_code")
@by_option
@json_option
@click.pass_obj
def handover(settings: Settings, paper_code: str, actor: str, as_json: bool) -> None:
    """The result was handed to the citizen: it is shown to them from now on."""
    done = _with_catalog(settings, lambda c: c.procedures.hand_over(paper_code, actor=actor))
    _print_paper(done, as_json)


@paper.command("list")
@dossier_code_argument
@json_option
@click.pass_obj
def list_papers(settings: Settings, dossier_code: str, as_json: bool) -> None:
    """The dossier's digitised papers."""
    found = _with_catalog(settings, lambda c: c.procedures.papers(dossier_code))
    if as_json:
        echo_json({"papers": [paper_json(p) for p in found]})
        return
    for p in found:
        _print_paper(p, False)


# -- hoso reuse ---------------------------------------------------------------------------

@click.command()
@dossier_code_argument
@click.argument("component", required=False)
@click.argument("paper_code", required=False)
@by_option
@json_option
@click.pass_obj
def reuse(settings: Settings, dossier_code: str, component: str | None,
          paper_code: str | None, actor: str, as_json: bool) -> None:
    """List the applicant's earlier papers that fill a missing component; with COMPONENT and
    PAPER_CODE, attach that paper instead of scanning it again."""
    if component and paper_code:
        used = _with_catalog(settings, lambda c: c.procedures.reuse(
            dossier_code, component, paper_code, actor=actor, today=today()))
        click.echo(f"{dossier_code} {component}: reuses {used.code} from {used.dossier_code}")
        return
    if component:
        raise click.UsageError("give both COMPONENT and PAPER_CODE to attach a paper")
    found = _with_catalog(settings, lambda c: c.procedures.proposals(dossier_code,
                                                                      today=today()))
    if as_json:
        echo_json({"proposals": [proposal_json(p) for p in found]})
        return
    if not found:
        click.echo("no earlier paper fills a missing component")
    for p in found:
        click.echo(f"{p.component.code:<8} {p.component.name}: {p.paper.code} "
                   f"(dossier {p.paper.dossier_code}, {p.paper.pages} page(s))")


# -- hoso report, hoso exchange -----------------------------------------------------------

@click.command()
@click.option("--from", "date_from", default=None, help="First day received, YYYY-MM-DD.")
@click.option("--to", "date_to", default=None, help="Last day received, YYYY-MM-DD.")
@click.option("--desk", default="", help="One intake desk only.")
@click.option("--exchange", "exchange_code", default=None,
              help="Print this dossier's exchange record instead.")
@json_option
@click.pass_obj
def report(settings: Settings, date_from: str | None, date_to: str | None, desk: str,
           exchange_code: str | None, as_json: bool) -> None:
    """Dossiers received, digitised before processing, results digitised, reuse, pages to
    review and pages not scanned again thanks to reuse: by desk and month."""
    if exchange_code:
        echo_json(_with_catalog(settings, lambda c: exchange(c, exchange_code)))
        return
    query = FiguresQuery(_day(date_from, "--from"), _day(date_to, "--to"), desk)
    got = _with_catalog(settings, lambda c: c.procedures.figures(query))
    if as_json:
        echo_json(figures_json(got))
        return
    click.echo(f"{'desk':<34} {'month':<8} {'recv':>5} {'before%':>8} {'result%':>8} "
               f"{'reuse%':>7} {'review':>7} {'saved':>6}")
    for row in (*got.rows, got.total):
        shares = row.shares
        click.echo(f"{(row.desk or 'total')[:34]:<34} {row.month:<8} {row.received:>5} "
                   f"{shares['digitised_before_processing']:>8.0%} "
                   f"{shares['results_digitised']:>8.0%} {shares['reused']:>7.0%} "
                   f"{row.pages_needing_review:>7} {row.pages_saved:>6}")


@click.command("exchange")
@dossier_code_argument
@click.pass_obj
def exchange_(settings: Settings, dossier_code: str) -> None:
    """The dossier's submitted papers as the national portal's sync record (JSON)."""
    echo_json(_with_catalog(settings, lambda c: exchange(c, dossier_code)))


commands: list[click.Command] = [procedures, assign, paper, reuse, report, exchange_]
