"""The record of a dossier's submitted papers that the provincial dossier software forwards to
the national portal: for each component handed in or reused, its code (MaThanhPhanHoSo),
whether it was digitised (DuocSoHoa), reused (DuocTaiSuDung) or taken from the national
repository (DuocLayTuKhoDMQG: never, hoso has no link to it), and its file.

Built from what the catalog holds (`exchange_record`), a pure function of its records, so
that the CLI (`hoso exchange`) and the API (`GET /api/dossiers/{code}/exchange`) agree.
Results are in it only once handed over: until then they stay hidden from the citizen.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from hoso.archive.procedure_records import Completeness, ComponentState, Paper
from hoso.archive.records import DocumentStatus, DossierStatus

__all__ = ["exchange_record"]


def _file(doc: DocumentStatus | None, paper: Paper | None) -> dict[str, object]:
    return {
        "MaGiayToSoHoa": paper.code if paper else "",
        "MaTaiLieu": doc.document_id if doc else (paper.document_id if paper else ""),
        "DuongDan": f"/api/documents/{quote(doc.document_id, safe='/')}/pdf" if doc else "",
        "SHA256": (doc.pdf_sha256 or "") if doc else "",
    }


def exchange_record(status: DossierStatus, state: Completeness, papers: Sequence[Paper],
                    reused: Sequence[Paper]) -> dict[str, object]:
    """`papers`: the dossier's own; `reused`: the earlier papers its components reuse."""
    docs = {d.document_id: d for f in status.files for d in f.documents}
    own = {(p.component_code, p.document_id): p for p in papers}
    earlier = {p.code: p for p in reused}
    items: list[dict[str, object]] = []
    for c in state.components:
        if c.state is ComponentState.MISSING:
            continue
        is_reused = c.state is ComponentState.REUSED
        files = ([_file(None, earlier.get(c.reused_paper))] if is_reused else
                 [_file(docs.get(d), own.get((c.component.code, d))) for d in c.document_ids])
        items.append({
            "MaThanhPhanHoSo": c.component.code, "TenThanhPhanHoSo": c.component.name,
            "DuocSoHoa": True, "DuocTaiSuDung": is_reused, "DuocLayTuKhoDMQG": False,
            "HoSoGoc": c.reused_from, "TepDinhKem": files,
        })
    results = [{"MaKetQua": p.component_code, "TenKetQua": p.component_name,
                "DuocSoHoa": True, "TepDinhKem": [_file(docs.get(p.document_id), p)]}
               for p in state.results if p.visible_to_citizen]
    return {
        "MaHoSo": status.info.code,
        "MaTTHC": state.procedure.code if state.procedure else status.info.procedure,
        "PhienBanTTHC": state.version.version if state.version else None,
        "ThanhPhanHoSo": items,
        "KetQua": results,
    }
