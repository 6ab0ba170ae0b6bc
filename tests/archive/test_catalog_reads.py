"""Reads across dossiers and officers' corrections, through the catalog, on SQLite and
PostgreSQL: what the API, `hoso lookup`, the integrity check and `hoso train` are given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hoso.archive import Catalog
from hoso.archive.records import AssembledDocument, PageArtefacts
from hoso.archive.reuse import correct_type, lookup
from hoso.errors import InputError, NotFound
from hoso.records import BlobRef, DossierInfo, Field, PageState, SourceInfo

CODE = "000.00.19.H12-241202-0001"
FILE = f"{CODE}/f01"
CITIZEN = "001203004567"


def _digitised(catalog: Catalog) -> list[str]:
    """A dossier whose one file holds a birth certificate (two pages) naming the citizen."""
    catalog.record_dossier(DossierInfo(CODE, applicant_name="Lê Thị Hồng",
                                       received_at=datetime(2024, 12, 2, 1, 30, tzinfo=UTC)),
                           actor="nv.lan")
    _, page_ids = catalog.add_file(CODE, SourceInfo("khai sinh.pdf", "application/pdf", 2),
                                   BlobRef("0a" * 32, 2048), actor="nv.lan")
    for n, page_id in enumerate(page_ids):
        key = f"{n + 1:02x}" * 32
        catalog.finish_page(page_id, PageArtefacts(key, key, key, key, 91.0, False))
    fields = (Field("id_number", CITIZEN), Field("name", "Lê Thị Hồng"),
              Field("birth_date", "1990-05-17"), Field("doc_number", "123/2024/TLKS"),
              Field("issue_date", "2024-11-30"))
    catalog.replace_documents(FILE, [AssembledDocument((0, 1), "giay_khai_sinh", 0.92, False,
                                                       fields, "cd" * 32, "ef" * 32)])
    catalog.mark_assembled(FILE)
    return page_ids


def test_a_citizens_documents_are_found_by_id_by_name_and_birth_date_or_by_number(
    catalog: Catalog,
) -> None:
    page_ids = _digitised(catalog)
    by_id = lookup(catalog, id_number="001 203 004 567")
    assert [(h.document_id, h.matched_on) for h in by_id] == [(f"{FILE}/d01", "id_number")]
    assert by_id[0].first_page_id == page_ids[0]
    assert (by_id[0].doc_number, by_id[0].issue_date) == ("123/2024/TLKS", "2024-11-30")
    assert lookup(catalog, name="lê thị hồng", birth_date="1990-05-17")[0].dossier_code == CODE
    assert lookup(catalog, doc_number="123/2024/TLKS")[0].doc_type == "giay_khai_sinh"
    assert lookup(catalog, id_number="079999999999") == []
    with pytest.raises(InputError, match="give --id"):
        lookup(catalog, name="Lê Thị Hồng")  # a name alone is too loose
    assert [d.code for d in catalog.citizen_dossiers(CITIZEN)] == [CODE]


def test_a_correction_is_kept_across_assembly_recorded_and_given_to_training(
    catalog: Catalog,
) -> None:
    _digitised(catalog)
    correct_type(catalog, f"{FILE}/d01", "to_khai", actor="cb.hung")
    catalog.replace_documents(FILE, [AssembledDocument((0, 1), "giay_khai_sinh", 0.92, False,
                                                       (), "cd" * 32, "ef" * 32)])
    assert catalog.document_ref(f"{FILE}/d01").doc_type == "to_khai"
    corrected = [e for e in catalog.history(CODE) if e.kind == "type_corrected"]
    assert [(e.actor, e.subject, e.detail) for e in corrected] == [
        ("cb.hung", f"{FILE}/d01", {"from": "giay_khai_sinh", "to": "to_khai"})]
    assert [(c.text_sha256, c.doc_type) for c in catalog.corrections()] == [("ef" * 32, "to_khai")]
    with pytest.raises(NotFound, match="no document"):
        catalog.correct_type(f"{FILE}/d09", "to_khai", actor="cb.hung")


def test_refs_and_blobs_say_where_everything_is(catalog: Catalog) -> None:
    page_ids = _digitised(catalog)
    page = catalog.page_ref(page_ids[1])
    assert (page.document_id, page.page_no, page.state) == (f"{FILE}/d01", 2, PageState.DONE)
    assert catalog.document_ref(f"{FILE}/d01").pdf_sha256 == "cd" * 32
    blobs = catalog.dossier_blobs(CODE)
    assert blobs[0].kind == "original" and blobs[0].owner == "khai sinh.pdf"
    assert {b.kind for b in blobs} == {"original", "page_ocr", "page_text", "page_pdf",
                                       "page_hocr", "document_pdf", "document_text"}
    summary = catalog.list_dossiers()[0]
    assert (summary.code, summary.pages, summary.pages_done, summary.pages_failed) == (
        CODE, 2, 2, 0)


@pytest.mark.parametrize("read", ["history", "dossier_blobs"])
def test_reads_of_an_unknown_dossier_are_not_found(catalog: Catalog, read: str) -> None:
    with pytest.raises(NotFound, match="no dossier"):
        getattr(catalog, read)("000.00.00.X00-000000-9999")
    with pytest.raises(NotFound, match="no page"):
        catalog.page_ref(f"{FILE}/p001")
