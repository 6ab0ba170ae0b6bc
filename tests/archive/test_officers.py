"""Officers' work in the catalog, on SQLite and PostgreSQL: fields corrected (kept across
re-assembly, in the history, two officers at once), notes, a document's history, the list."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from hoso.archive import Catalog
from hoso.archive.records import AssembledDocument, DocumentListQuery, PageArtefacts
from hoso.errors import InvalidValue
from hoso.records import BlobRef, DossierInfo, Field, SourceInfo


def _dossier(catalog: Catalog, code: str, applicant: str, day: int, doc_type: str) -> str:
    catalog.record_dossier(DossierInfo(code, procedure="1.004227", desk="UBND phường Bến Nghé",
                                       applicant_name=applicant,
                                       received_at=datetime(2024, 12, day, tzinfo=UTC)),
                           actor="nv.lan")
    file_id, pages = catalog.add_file(code, SourceInfo("a.pdf", "application/pdf", 2),
                                      BlobRef(f"{day:02x}" * 32, 10), actor="nv.lan")
    for n, page in enumerate(pages):
        key = f"{day + n:02x}" * 32
        catalog.finish_page(page, PageArtefacts(key, key, key, key, 90.0, False))
    _assemble(catalog, file_id, doc_type)
    return f"{file_id}/d01"


def _assemble(catalog: Catalog, file_id: str, doc_type: str) -> None:
    doc = AssembledDocument((0, 1), doc_type, 0.8, False,
                            (Field("id_number", "001203004567"), Field("name", "NGUYEN VAN A")),
                            "cd" * 32, "ef" * 32)
    catalog.replace_documents(file_id, [doc])
    catalog.mark_assembled(file_id)


def test_a_corrected_field_is_shown_kept_and_recorded(catalog: Catalog) -> None:
    doc = _dossier(catalog, "HS-0001", "Nguyễn Văn A", 2, "giay_khai_sinh")
    change = catalog.correct_field(doc, "name", "NGUYỄN VĂN AN", actor="cb.hoa")
    assert change is not None and (change.before, change.after) == ("NGUYEN VAN A",
                                                                     "NGUYỄN VĂN AN")
    assert catalog.correct_field(doc, "name", "NGUYỄN VĂN AN", actor="cb.hoa") is None
    catalog.correct_field(doc, "birth_date", "2019-02-14", actor="cb.hoa")
    _assemble(catalog, doc.rsplit("/", 1)[0], "giay_khai_sinh")  # read again: kept
    [document] = catalog.status("HS-0001").files[0].documents
    values = {f.name: f.value for f in document.fields}
    assert values == {"id_number": "001203004567", "name": "NGUYỄN VĂN AN",
                      "birth_date": "2019-02-14"}
    assert set(document.corrected_fields) == {"name", "birth_date"}
    kinds = [e.kind for e in catalog.document_history(doc)]
    assert kinds.count("field_corrected") == 2
    with pytest.raises(InvalidValue):
        catalog.correct_field(doc, "name", "  ", actor="cb.hoa")


def test_two_officers_correcting_at_once(catalog: Catalog) -> None:
    doc = _dossier(catalog, "HS-0002", "Trần Thị B", 3, "to_khai")
    start = threading.Barrier(4)
    errors: list[Exception] = []

    def correct(n: int) -> None:
        start.wait()
        try:
            catalog.correct_field(doc, "name", f"TRẦN THỊ B{n}", actor=f"cb.{n}")
            catalog.add_note(doc, f"ghi chú {n}", actor=f"cb.{n}")
        except Exception as exc:  # noqa: BLE001 - collected, then asserted empty
            errors.append(exc)

    threads = [threading.Thread(target=correct, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(catalog.notes(doc)) == 4
    history = catalog.document_history(doc)
    assert [e.kind for e in history].count("field_corrected") == 4
    assert catalog.check_history("HS-0002").intact


def test_the_document_list_filters_and_sorts(catalog: Catalog) -> None:
    _dossier(catalog, "HS-0003", "Bùi Văn C", 4, "giay_khai_sinh")
    _dossier(catalog, "HS-0004", "An Thị D", 5, "to_khai")
    rows, total = catalog.list_documents(DocumentListQuery())
    assert total == 2 and [r.dossier_code for r in rows] == ["HS-0004", "HS-0003"]
    assert rows[0].pages == 2 and rows[0].first_page_id == "HS-0004/f01/p001"
    rows, _ = catalog.list_documents(DocumentListQuery(sort="applicant_name",
                                                       descending=False))
    assert [r.applicant_name for r in rows] == ["An Thị D", "Bùi Văn C"]
    rows, total = catalog.list_documents(DocumentListQuery(doc_type="to_khai"))
    assert total == 1 and rows[0].doc_type == "to_khai"
    catalog.correct_type(rows[0].document_id, "giay_khai_sinh", actor="cb.hoa")
    assert catalog.list_documents(DocumentListQuery(doc_type="giay_khai_sinh"))[1] == 2
    assert catalog.applicant_names(["HS-0003", "KHAC"]) == {"HS-0003": "Bùi Văn C"}
