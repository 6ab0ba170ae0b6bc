"""How long `hoso report` (and the dashboard) takes to count a year of a desk's dossiers.

Fills a new catalog with N dossiers (SQLite, or PostgreSQL with --catalog-url), each with a
procedure, three single-page documents, a few papers and reuses, spread over twelve months and
four desks, as the intake desk's records would be; then times `catalog.procedures.figures`
over everything and over one month.

    python bench/report_figures.py --dossiers 2000
    python bench/report_figures.py --dossiers 2000 --catalog-url postgresql://...
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from hoso.archive import Catalog, open_catalog
from hoso.archive.procedure_records import FiguresQuery, PaperIn, PaperState
from hoso.archive.records import AssembledDocument, PageArtefacts
from hoso.records import BlobRef, DossierInfo, SourceInfo

PROCEDURE = "1.004227"  # Đăng ký lại khai sinh
TYPES = ("to_khai", "giay_khai_sinh", "can_cuoc")
DESKS = ("UBND phường Bến Nghé", "UBND phường Đa Kao", "UBND phường Cầu Kho", "UBND quận 1")


def _fill(catalog: Catalog, n: int) -> None:
    start = datetime(2025, 1, 1, 2, tzinfo=UTC)
    for i in range(n):
        code = f"BENCH-{i:06d}"
        owner = f"{79000000000 + i % (n // 2 or 1):012d}"  # every citizen comes twice
        info = DossierInfo(code, procedure=PROCEDURE, desk=DESKS[i % len(DESKS)],
                           applicant_id=owner,
                           received_at=start + timedelta(minutes=i * 525600 // n))
        catalog.record_dossier(info, actor="bench")
        kinds = TYPES if i < n // 2 else TYPES[:1]  # the second visit brings only the form
        file_id, pages = catalog.add_file(code, SourceInfo("scan.pdf", "application/pdf",
                                                           len(kinds)),
                                          BlobRef(f"{i:064x}", 1), actor="bench")
        for p in pages:
            catalog.finish_page(p, PageArtefacts(*["ab" * 32] * 4, 90.0, i % 7 == 0))
        docs = catalog.replace_documents(file_id, [
            AssembledDocument((k,), t, 0.9, False, (), "cd" * 32, "ef" * 32)
            for k, t in enumerate(kinds)])
        catalog.mark_assembled(file_id)
        if i < n // 2:
            paper = catalog.procedures.record_paper(code, PaperIn("BSGKS", docs[1]),
                                                    actor="bench")
            catalog.procedures.decide_paper(paper.code, PaperState.APPROVED, actor="officer")
        else:
            earlier = catalog.procedures.proposals(code, today=date(2026, 1, 1))
            if earlier:
                catalog.procedures.reuse(code, "BSGKS", earlier[0].paper.code, actor="bench",
                                         today=date(2026, 1, 1))


def _time(catalog: Catalog, query: FiguresQuery) -> tuple[float, int]:
    began = time.perf_counter()
    got = catalog.procedures.figures(query)
    return time.perf_counter() - began, got.total.received


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=2000)
    parser.add_argument("--catalog-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.catalog_url or f"sqlite:///{tmp}/catalog.db"
        catalog = open_catalog(url)
        began = time.perf_counter()
        _fill(catalog, args.dossiers)
        print(f"filled {args.dossiers} dossiers in {time.perf_counter() - began:.1f} s")
        for label, query in (("year", FiguresQuery()),
                             ("month", FiguresQuery(date(2025, 6, 1), date(2025, 6, 30))),
                             ("one desk", FiguresQuery(desk=DESKS[0]))):
            seconds, counted = _time(catalog, query)
            print(f"figures over {label}: {counted} dossiers in {seconds:.2f} s")
        catalog.close()
    print("command: python " + " ".join(sys.argv))


if __name__ == "__main__":
    main()
