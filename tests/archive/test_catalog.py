"""The catalog contract, on SQLite and PostgreSQL: intake, page states, documents, recovery."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hoso.archive import Catalog
from hoso.archive.records import AssembledDocument, PageArtefacts
from hoso.errors import NotFound
from hoso.records import BlobRef, DossierInfo, Field, PageState, SourceInfo

CODE = "000.00.19.H12-241202-0001"
SHA = "ab" * 32


def _dossier(catalog: Catalog, pages: int = 3) -> list[str]:
    info = DossierInfo(CODE, procedure="1.004227", desk="UBND phường Bến Nghé",
                       received_at=datetime(2024, 12, 2, 1, 30, tzinfo=UTC))
    catalog.record_dossier(info, actor="nv.lan")
    _, page_ids = catalog.add_file(CODE, SourceInfo("hồ sơ.pdf", "application/pdf", pages),
                                   BlobRef(SHA, 1234), actor="nv.lan")
    return page_ids


def _artefacts(n: int) -> PageArtefacts:
    key = f"{n:02x}" * 32
    return PageArtefacts(key, key, key, key, confidence=90.0, needs_review=False)


def test_a_new_dossier_has_every_page_queued(catalog: Catalog) -> None:
    page_ids = _dossier(catalog)
    status = catalog.status(CODE)
    assert [p.page_id for p in status.pages] == page_ids
    assert all(p.state is PageState.QUEUED for p in status.pages)
    assert status.info.desk == "UBND phường Bến Nghé"
    assert status.files[0].filename == "hồ sơ.pdf"
    assert not status.digitised
    assert catalog.unfinished() == (page_ids, [])
    assert catalog.unfinished(CODE) == (page_ids, [])
    assert catalog.unfinished("KHAC-0001") == ([], [])


def test_digitised_only_when_every_page_done_and_file_assembled(catalog: Catalog) -> None:
    page_ids = _dossier(catalog, pages=2)
    catalog.finish_page(page_ids[0], _artefacts(1))
    assert catalog.unfinished() == ([page_ids[1]], [])
    catalog.finish_page(page_ids[1], _artefacts(2))
    assert catalog.unfinished() == ([], [f"{CODE}/f01"])
    doc = AssembledDocument((0, 1), "to_khai", 0.9, False,
                            (Field("id_number", "001203004567"),), "cd" * 32, "ef" * 32)
    ids = catalog.replace_documents(f"{CODE}/f01", [doc])
    assert not catalog.status(CODE).digitised
    catalog.mark_assembled(f"{CODE}/f01")
    status = catalog.status(CODE)
    assert status.digitised
    assert ids == [f"{CODE}/f01/d01"]
    assert status.files[0].documents[0].page_ids == tuple(page_ids)
    assert status.files[0].documents[0].fields[0].value == "001203004567"
    assert catalog.unfinished() == ([], [])


def test_assembling_again_replaces_the_documents(catalog: Catalog) -> None:
    page_ids = _dossier(catalog, pages=2)
    for n, pid in enumerate(page_ids):
        catalog.finish_page(pid, _artefacts(n))
    one = AssembledDocument((0, 1), "khac", 0.5, True, (), "cd" * 32, "ef" * 32)
    two = [AssembledDocument((0,), "don_de_nghi", 0.9, False, (), "cd" * 32, "ef" * 32),
           AssembledDocument((1,), "can_cuoc", 0.9, False, (), "cd" * 32, "ef" * 32)]
    catalog.replace_documents(f"{CODE}/f01", [one])
    catalog.replace_documents(f"{CODE}/f01", two)
    docs = catalog.status(CODE).files[0].documents
    assert [d.doc_type for d in docs] == ["don_de_nghi", "can_cuoc"]
    assert [d.page_ids for d in docs] == [(page_ids[0],), (page_ids[1],)]


def test_a_failed_page_keeps_its_reason_and_can_be_queued_again(catalog: Catalog) -> None:
    page_ids = _dossier(catalog, pages=2)
    catalog.finish_page(page_ids[0], _artefacts(1))
    catalog.fail_page(page_ids[1], "hồ sơ.pdf page 2: tesseract timed out")
    status = catalog.status(CODE)
    assert status.pages[1].state is PageState.FAILED
    assert status.pages[1].error == "hồ sơ.pdf page 2: tesseract timed out"
    assert catalog.requeue_failed(CODE, actor="officer") == [page_ids[1]]
    assert catalog.unfinished() == ([page_ids[1]], [])


def test_a_done_page_is_never_failed_afterwards(catalog: Catalog) -> None:
    page_ids = _dossier(catalog, pages=1)
    catalog.finish_page(page_ids[0], _artefacts(1))
    catalog.fail_page(page_ids[0], "late duplicate message")
    assert catalog.status(CODE).pages[0].state is PageState.DONE


def test_the_same_file_is_found_by_its_hash(catalog: Catalog) -> None:
    _dossier(catalog)
    assert catalog.find_file(CODE, SHA) == f"{CODE}/f01"
    assert catalog.find_file(CODE, "00" * 32) is None
    assert SHA in catalog.referenced_blobs()


def test_unknown_dossier_is_not_found(catalog: Catalog) -> None:
    with pytest.raises(NotFound, match="no dossier"):
        catalog.status("000.00.00.X00-000000-9999")


def test_metadata_given_later_fills_in_what_was_missing(catalog: Catalog) -> None:
    _dossier(catalog)
    catalog.record_dossier(DossierInfo(CODE, applicant_id="001203004567"), actor="nv.lan")
    info = catalog.dossier(CODE)
    assert info.applicant_id == "001203004567"
    assert info.procedure == "1.004227"


def test_a_failed_assembly_stops_retrying_until_requeued(catalog: Catalog) -> None:
    page_ids = _dossier(catalog, pages=1)
    catalog.finish_page(page_ids[0], _artefacts(1))
    assert catalog.unfinished() == ([], [f"{CODE}/f01"])
    catalog.fail_assembly(f"{CODE}/f01", "classifier model missing")
    assert catalog.unfinished() == ([], [])
    status = catalog.status(CODE)
    assert status.files[0].assembly_error == "classifier model missing"
    assert not status.digitised
    catalog.requeue_failed(CODE, actor="officer")
    assert catalog.unfinished() == ([], [f"{CODE}/f01"])


def test_processes_opening_a_new_catalog_together_all_succeed(tmp_path: Path) -> None:
    # `hoso status` polled while `hoso ingest` creates the catalog: both must open it.
    code = f"from archive import open_catalog; open_catalog('sqlite:///{tmp_path}/c.db').close()"
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
             for _ in range(6)]
    assert [p.wait(timeout=120) for p in procs] == [0] * 6, [p.stderr.read() for p in procs]
