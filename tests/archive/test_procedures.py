"""Procedures, completeness, digitised papers, reuse and figures, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from hoso.archive import Catalog
from hoso.archive.procedure_data import load_procedures, procedure_json, shipped_procedures
from hoso.archive.procedure_records import (
    ComponentState,
    FiguresQuery,
    PaperIn,
    PaperKind,
    PaperState,
)
from hoso.archive.records import AssembledDocument, PageArtefacts
from hoso.errors import Conflict, InvalidValue
from hoso.records import BlobRef, DossierInfo, Field, SourceInfo

OWNER = "079162288641"
BIRTH = "1.001193"  # Đăng ký khai sinh
RESIDENCE_AGAIN = "1.004227"  # Đăng ký lại khai sinh: wants a copy of the birth certificate
TODAY = date(2026, 12, 3)


def _dossier(catalog: Catalog, code: str, procedure: str, doc_types: list[str], *,
             owner: str = OWNER, received: datetime | None = None, review: bool = False
             ) -> list[str]:
    """A digitised dossier holding one single-page document of each type given."""
    info = DossierInfo(code, procedure=procedure, desk="UBND phường Bến Nghé",
                       applicant_name="Lê Thị Thu Linh", applicant_id=owner,
                       received_at=received or datetime(2025, 9, 1, 2, tzinfo=UTC))
    catalog.record_dossier(info, actor="nv.lan")
    if not doc_types:
        return []
    file_id, page_ids = catalog.add_file(
        code, SourceInfo("scan.pdf", "application/pdf", len(doc_types)),
        BlobRef(f"{len(code):02x}" * 32, 10), actor="nv.lan")
    for n, pid in enumerate(page_ids):
        key = f"{n + 1:02x}" * 32
        catalog.finish_page(pid, PageArtefacts(key, key, key, key, 90.0, review))
    docs = [AssembledDocument((n,), t, 0.9, False, (), "cd" * 32, "ef" * 32)
            for n, t in enumerate(doc_types)]
    ids = catalog.replace_documents(file_id, docs)
    catalog.mark_assembled(file_id)
    return ids


def _by_code(catalog: Catalog, code: str) -> dict[str, ComponentState]:
    return {c.component.code: c.state for c in catalog.procedures.completeness(code).components}


def test_the_shipped_catalogue_is_there_with_versions_by_date(catalog: Catalog) -> None:
    procedures = {p.code: p for p in catalog.procedures.procedures()}
    assert len(procedures) >= 15
    birth = procedures[BIRTH]
    assert birth.name == "Đăng ký khai sinh"
    assert birth.version_on(date(2025, 6, 30)).version == 1  # type: ignore[union-attr]
    new = birth.version_on(date(2025, 7, 1))
    assert new is not None and "118/2025" in new.basis
    # A dossier received in 2024 keeps the version of its day.
    _dossier(catalog, "HS-2024", BIRTH, [], received=datetime(2024, 12, 2, 1, tzinfo=UTC))
    assert catalog.procedures.completeness("HS-2024").version.version == 1  # type: ignore[union-attr]


def test_importing_again_changes_nothing_and_a_changed_version_is_refused(
        catalog: Catalog, tmp_path: Path) -> None:
    shipped = shipped_procedures()
    assert catalog.procedures.import_procedures(shipped, actor="admin") == 0
    birth = next(p for p in shipped if p.code == BIRTH)
    first = birth.versions[0]
    renamed = replace(first, components=(replace(first.components[0], name="Tờ khai mới"),
                                         *first.components[1:]))
    with pytest.raises(Conflict, match="new version"):
        catalog.procedures.import_procedures([replace(birth, versions=(renamed,))],
                                             actor="admin")
    bad = tmp_path / "bad.json"
    data = {"procedures": [procedure_json(birth)]}
    data["procedures"][0]["versions"][0]["components"][0]["doc_types"] = ["giay_ma"]
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidValue, match=r"bad\.json: procedure 1 \(1\.001193\).*giay_ma"):
        load_procedures(bad)


def test_a_new_version_ends_the_one_before(catalog: Catalog) -> None:
    birth = catalog.procedures.procedure(BIRTH)
    latest = birth.versions[-1]
    fewer = replace(latest, effective_from=date(2026, 1, 1), components=latest.components[:2])
    made = catalog.procedures.add_version(BIRTH, fewer, actor="admin")
    assert made.version == latest.version + 1
    again = catalog.procedures.procedure(BIRTH)
    assert again.versions[-2].effective_to == date(2025, 12, 31)
    assert again.version_on(date(2026, 2, 1)).components == latest.components[:2]  # type: ignore[union-attr]


def test_a_missing_component_is_missing_and_an_assignment_fills_it(catalog: Catalog) -> None:
    ids = _dossier(catalog, "HS-1", BIRTH, ["to_khai", "khac", "quyet_dinh"])
    state = catalog.procedures.completeness("HS-1")
    assert _by_code(catalog, "HS-1") == {"TKKS": ComponentState.PRESENT,
                                         "GCS": ComponentState.PRESENT,
                                         "CCCD": ComponentState.MISSING,
                                         "UQ": ComponentState.MISSING}
    # From 1 July 2025 the ID card copy is optional for civil status: nothing required missing.
    assert state.complete and state.unmatched == (ids[2],)
    catalog.procedures.assign_component(ids[2], "UQ", actor="nv.lan")
    assert _by_code(catalog, "HS-1")["UQ"] is ComponentState.PRESENT
    catalog.procedures.assign_component(ids[0], "", actor="nv.lan")
    state = catalog.procedures.completeness("HS-1")
    assert [c.name for c in state.missing] == ["Tờ khai đăng ký khai sinh"]
    kinds = [e.kind for e in catalog.history("HS-1")]
    assert kinds.count("component_assigned") == 2


def _approved_birth_certificate(catalog: Catalog, code: str = "HS-OLD", *,
                                valid_until: date | None = None) -> str:
    [doc] = _dossier(catalog, code, RESIDENCE_AGAIN, ["giay_khai_sinh"],
                     received=datetime(2025, 8, 1, tzinfo=UTC))
    paper = catalog.procedures.record_paper(
        code, PaperIn("BSGKS", document_id=doc, number="123/2020", issuer="UBND phường 1",
                      valid_until=valid_until), actor="nv.lan")
    catalog.procedures.decide_paper(paper.code, PaperState.APPROVED, actor="cb.hung")
    return paper.code


def test_a_paper_is_coded_decided_and_its_history_kept(catalog: Catalog) -> None:
    code = _approved_birth_certificate(catalog)
    assert code == f"{OWNER}.{RESIDENCE_AGAIN}.BSGKS.01"
    with pytest.raises(InvalidValue, match="reason"):
        catalog.procedures.decide_paper(code, PaperState.REJECTED, actor="cb.hung")
    rejected = catalog.procedures.decide_paper(code, PaperState.REJECTED,
                                               reason="Ảnh mờ", actor="cb.hung")
    assert (rejected.state, rejected.reason, rejected.decided_by) == (
        PaperState.REJECTED, "Ảnh mờ", "cb.hung")
    events = [(e.kind, e.subject) for e in catalog.history("HS-OLD")]
    assert ("paper_recorded", code) in events and ("paper_approved", code) in events
    assert ("paper_rejected", code) in events
    assert catalog.check_history("HS-OLD").intact


def test_racing_recorders_get_different_numbers(catalog: Catalog) -> None:
    docs = {f"HS-R{n}": _dossier(catalog, f"HS-R{n}", RESIDENCE_AGAIN, ["giay_khai_sinh"])[0]
            for n in range(8)}

    def record(code: str) -> str:
        return catalog.procedures.record_paper(code, PaperIn("BSGKS", document_id=docs[code]),
                                               actor="nv.lan").code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(record, docs))
    assert sorted(c.rsplit(".", 1)[1] for c in codes) == [f"{n:02d}" for n in range(1, 9)]
    # The same document recorded again is the same paper.
    assert record("HS-R0") == codes[0]


def test_the_earlier_approved_paper_is_proposed_and_reused(catalog: Catalog) -> None:
    paper = _approved_birth_certificate(catalog)
    _dossier(catalog, "HS-NEW", RESIDENCE_AGAIN, ["to_khai"],
             received=datetime(2025, 9, 2, tzinfo=UTC))
    missing = [c.code for c in catalog.procedures.completeness("HS-NEW").missing]
    assert missing == ["BSGKS"]
    [proposal] = catalog.procedures.proposals("HS-NEW", today=TODAY)
    assert (proposal.component.code, proposal.paper.code) == ("BSGKS", paper)
    catalog.procedures.reuse("HS-NEW", "BSGKS", paper, actor="nv.lan", today=TODAY)
    status = catalog.procedures.completeness("HS-NEW")
    reused = next(c for c in status.components if c.component.code == "BSGKS")
    assert (reused.state, reused.reused_paper, reused.reused_from) == (
        ComponentState.REUSED, paper, "HS-OLD")
    assert status.complete and status.reused
    assert ("paper_reused", paper) in [(e.kind, e.subject) for e in catalog.history("HS-NEW")]
    figures = catalog.procedures.figures(FiguresQuery())
    assert (figures.total.received, figures.total.reused, figures.total.pages_saved) == (2, 1, 1)
    # HS-OLD lacks its declaration form; HS-NEW is complete before any officer acted.
    assert figures.total.digitised_before_processing == 1


def test_rejected_expired_and_unreleased_papers_are_not_proposed(catalog: Catalog) -> None:
    rejected = _approved_birth_certificate(catalog, "HS-A")
    catalog.procedures.decide_paper(rejected, PaperState.REJECTED, reason="Sai tên",
                                    actor="cb.hung")
    _approved_birth_certificate(catalog, "HS-B", valid_until=TODAY - timedelta(days=1))
    [doc] = _dossier(catalog, "HS-C", BIRTH, ["giay_khai_sinh"])
    result = catalog.procedures.record_paper(
        "HS-C", PaperIn("KQGKS", document_id=doc, kind=PaperKind.RESULT), actor="cb.hung")
    catalog.procedures.decide_paper(result.code, PaperState.APPROVED, actor="cb.hung")
    _dossier(catalog, "HS-NEW", RESIDENCE_AGAIN, ["to_khai"])
    assert catalog.procedures.proposals("HS-NEW", today=TODAY) == []
    with pytest.raises(InvalidValue, match="cannot fill"):
        catalog.procedures.reuse("HS-NEW", "BSGKS", rejected, actor="nv.lan", today=TODAY)
    # Handed over, the issued birth certificate may be reused.
    catalog.procedures.hand_over(result.code, actor="cb.hung")
    [proposal] = catalog.procedures.proposals("HS-NEW", today=TODAY)
    assert proposal.paper.code == result.code


def test_racing_reuses_of_one_component_keep_one(catalog: Catalog) -> None:
    first = _approved_birth_certificate(catalog, "HS-A")
    second = _approved_birth_certificate(catalog, "HS-B")
    _dossier(catalog, "HS-NEW", RESIDENCE_AGAIN, ["to_khai"])

    def attach(paper: str) -> str:
        try:
            catalog.procedures.reuse("HS-NEW", "BSGKS", paper, actor="nv.lan", today=TODAY)
            return "ok"
        except Conflict:
            return "conflict"

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(attach, [first, second, first, second]))
    assert outcomes.count("conflict") == 2
    assert [e.kind for e in catalog.history("HS-NEW")].count("paper_reused") == 1


def test_figures_by_desk_and_month(catalog: Catalog) -> None:
    _dossier(catalog, "HS-1", BIRTH, ["to_khai", "khac"], review=True,
             received=datetime(2025, 8, 31, 18, tzinfo=UTC))  # 1 September in Vietnam
    _dossier(catalog, "HS-2", RESIDENCE_AGAIN, ["to_khai"],
             received=datetime(2025, 10, 5, tzinfo=UTC))
    got = catalog.procedures.figures(FiguresQuery())
    assert [(r.month, r.received, r.complete) for r in got.rows] == [
        ("2025-09", 1, 1), ("2025-10", 1, 0)]
    assert got.total.pages_needing_review == 2
    assert got.total.digitised_before_processing == 1
    september = catalog.procedures.figures(FiguresQuery(date_from=date(2025, 9, 1),
                                                        date_to=date(2025, 9, 30)))
    assert september.total.received == 1
    assert catalog.procedures.figures(FiguresQuery(desk="khác")).total.received == 0


def test_a_result_stays_out_of_the_exchange_record_until_handed_over(catalog: Catalog) -> None:
    from hoso.api.procedures import exchange

    form, birth = _dossier(catalog, "HS-1", BIRTH, ["to_khai", "giay_khai_sinh"])
    result = catalog.procedures.record_paper(
        "HS-1", PaperIn("KQGKS", document_id=birth, kind=PaperKind.RESULT), actor="cb.hung")
    assert catalog.procedures.completeness("HS-1").results[0].code == result.code
    record = exchange(catalog, "HS-1")
    assert record["KetQua"] == []
    [declaration] = [i for i in record["ThanhPhanHoSo"] if i["MaThanhPhanHoSo"] == "TKKS"]
    assert declaration["DuocSoHoa"] and not declaration["DuocTaiSuDung"]
    assert declaration["TepDinhKem"][0]["MaTaiLieu"] == form
    catalog.procedures.hand_over(result.code, actor="cb.hung")
    assert [r["MaKetQua"] for r in exchange(catalog, "HS-1")["KetQua"]] == ["KQGKS"]
    figures = catalog.procedures.figures(FiguresQuery())
    assert figures.total.results_digitised == 1


def test_racing_records_of_one_document_and_racing_decisions_agree(catalog: Catalog) -> None:
    [doc] = _dossier(catalog, "HS-1", RESIDENCE_AGAIN, ["giay_khai_sinh"])
    with ThreadPoolExecutor(6) as pool:
        codes = set(pool.map(lambda _: catalog.procedures.record_paper(
            "HS-1", PaperIn("BSGKS", document_id=doc), actor="nv.lan").code, range(6)))
    assert len(codes) == 1
    [code] = codes

    def decide(n: int) -> PaperState:
        state = PaperState.APPROVED if n % 2 else PaperState.REJECTED
        return catalog.procedures.decide_paper(code, state, reason="" if n % 2 else "Mờ",
                                               actor=f"cb{n}").state

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(decide, range(6)))
    history = [e for e in catalog.history("HS-1") if e.subject == code]
    assert [e.kind for e in history].count("paper_recorded") == 1
    decisions = [e for e in history if e.kind in ("paper_approved", "paper_rejected")]
    # Each decision recorded saw the state the one before it left: no change is lost.
    assert all(later.detail["from"] == earlier.kind.removeprefix("paper_")
               for earlier, later in pairwise(decisions))
    final = catalog.procedures.paper(code).state
    assert decisions[-1].kind == f"paper_{final.value}"
    assert catalog.check_history("HS-1").intact


def test_without_a_typed_id_the_id_card_read_names_the_applicant(catalog: Catalog) -> None:
    paper = _approved_birth_certificate(catalog)
    info = DossierInfo("HS-NEW", procedure=RESIDENCE_AGAIN, desk="UBND phường Bến Nghé",
                       received_at=datetime(2025, 9, 2, tzinfo=UTC))
    catalog.record_dossier(info, actor="nv.lan")
    file_id, [page] = catalog.add_file("HS-NEW", SourceInfo("cccd.png", "image/png", 1),
                                       BlobRef("ab" * 32, 10), actor="nv.lan")
    catalog.finish_page(page, PageArtefacts(*["01" * 32] * 4, 90.0, False))
    card = AssembledDocument((0,), "can_cuoc", 0.9, False,
                             (Field("id_number", "079 162 288 641"),), "cd" * 32, "ef" * 32)
    catalog.replace_documents(file_id, [card])
    assert catalog.procedures.proposals("HS-NEW", today=TODAY)[0].paper.code == paper


def test_a_rejected_result_is_not_handed_over(catalog: Catalog) -> None:
    from hoso.api.procedures import exchange

    _, birth = _dossier(catalog, "HS-1", BIRTH, ["to_khai", "giay_khai_sinh"])
    result = catalog.procedures.record_paper(
        "HS-1", PaperIn("KQGKS", document_id=birth, kind=PaperKind.RESULT), actor="cb.hung")
    catalog.procedures.decide_paper(result.code, PaperState.REJECTED, reason="Sai ngày sinh",
                                    actor="cb.hoa")
    with pytest.raises(Conflict, match="rejected"):
        catalog.procedures.hand_over(result.code, actor="cb.hung")
    assert exchange(catalog, "HS-1")["KetQua"] == []
    assert "result_handed_over" not in [e.kind for e in catalog.history("HS-1")]
