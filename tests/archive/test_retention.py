"""Retention: what is due, disposal only under an auditor's standing approval (SQLite and
PostgreSQL, with racing disposals), and object-lock retention on the real MinIO."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hoso.archive import Catalog, open_catalog, open_store
from hoso.archive.records import AssembledDocument, PageArtefacts, RetainedDocument
from hoso.archive.retention import due_dossiers, retain_original, rule_for_type
from hoso.errors import BackendError, Conflict
from hoso.records import BlobRef, DossierInfo, SourceInfo

CODE = "000.00.19.H12-100501-0001"
RECEIVED = datetime(2010, 5, 1, 2, 0, tzinfo=UTC)


def _dossier(catalog: Catalog, doc_type: str = "to_khai") -> None:
    catalog.record_dossier(DossierInfo(CODE, received_at=RECEIVED), actor="nv.lan")
    _, [page] = catalog.add_file(CODE, SourceInfo("tờ khai.pdf", "application/pdf", 1),
                                 BlobRef("ab" * 32, 10), actor="nv.lan")
    catalog.finish_page(page, PageArtefacts(*["cd" * 32] * 4, confidence=100.0,
                                            needs_review=False))
    catalog.replace_documents(f"{CODE}/f01", [AssembledDocument(
        (0,), doc_type, 0.9, False, (), "ef" * 32, "12" * 32)])
    catalog.mark_assembled(f"{CODE}/f01")


def test_a_dossier_is_due_when_every_document_is() -> None:
    kept = [RetainedDocument("A/f01/d01", "A", "to_khai", RECEIVED),
            RetainedDocument("B/f01/d01", "B", "to_khai", RECEIVED),
            RetainedDocument("B/f01/d02", "B", "giay_khai_sinh", RECEIVED),
            RetainedDocument("C/f01/d01", "C", "hop_dong", RECEIVED)]
    assert rule_for_type("giay_khai_sinh").years is None  # civil status: for good
    assert list(due_dossiers(kept, date(2020, 4, 30))) == []
    assert list(due_dossiers(kept, date(2020, 5, 1))) == ["A"]
    assert list(due_dossiers(kept, date(2030, 5, 1))) == ["A", "C"]


def test_a_period_ends_on_the_anniversary_of_the_day_received_in_vietnam() -> None:
    # 05:00 on 02/05/2010 at the desk is still 01/05 in UTC: not due a day early.
    early = datetime(2010, 5, 1, 22, 0, tzinfo=UTC)
    kept = [RetainedDocument("A/f01/d01", "A", "to_khai", early)]
    assert list(due_dossiers(kept, date(2020, 5, 1))) == []
    [item] = due_dossiers(kept, date(2020, 5, 2))["A"]
    assert item.kept_until == date(2020, 5, 2)


def test_disposal_needs_an_approval_given_after_the_last_change(catalog: Catalog) -> None:
    _dossier(catalog)
    with pytest.raises(Conflict, match="no recorded approval"):
        catalog.dispose_dossier(CODE, actor="nv.lan")
    catalog.approve_disposal(CODE, {"on": "2026-12-03"}, auditor="kiem.toan")
    catalog.correct_type(f"{CODE}/f01/d01", "don_de_nghi", actor="cb.hung")
    with pytest.raises(Conflict, match="changed after"):
        catalog.dispose_dossier(CODE, actor="nv.lan")
    assert catalog.status(CODE).files  # nothing removed


@pytest.mark.parametrize("change", ["rescan", "discard", "field"])
def test_a_page_rescanned_or_corrected_after_approval_voids_it(catalog: Catalog,
                                                              change: str) -> None:
    _dossier(catalog)
    catalog.approve_disposal(CODE, {"on": "2026-12-03"}, auditor="kiem.toan")
    page_id = f"{CODE}/f01/p001"
    if change == "rescan":  # content the auditor never saw would go with the rest
        catalog.replace_page(page_id, SourceInfo("quét lại.png", "image/png", 1),
                             BlobRef("ba" * 32, 5), actor="nv.lan")
    elif change == "discard":
        catalog.discard_page(page_id, actor="nv.lan")
    else:
        catalog.correct_field(f"{CODE}/f01/d01", "so", "12/UBND", actor="cb.hung")
    with pytest.raises(Conflict, match="changed after"):
        catalog.dispose_dossier(CODE, actor="nv.lan")
    assert catalog.status(CODE).files  # nothing removed


def test_a_disposed_dossier_keeps_its_history_whole(catalog: Catalog) -> None:
    _dossier(catalog)
    catalog.approve_disposal(CODE, {"on": "2026-12-03"}, auditor="kiem.toan")
    blobs = catalog.dispose_dossier(CODE, actor="nv.lan")
    assert blobs == sorted({"ab" * 32, "cd" * 32, "ef" * 32, "12" * 32})
    assert catalog.status(CODE).files == ()
    assert "ab" * 32 not in catalog.referenced_blobs()  # the sweep may take the bytes
    history = catalog.history(CODE)
    assert [e.kind for e in history][-2:] == ["disposal_approved", "dossier_disposed"]
    assert history[-1].detail["approved_by"] == "kiem.toan"
    assert catalog.check_history(CODE).intact


def test_two_disposals_at_once_dispose_once(database_url: str) -> None:
    catalogs = [open_catalog(database_url) for _ in range(3)]
    catalog, racers = catalogs[0], catalogs[1:]
    _dossier(catalog)
    catalog.approve_disposal(CODE, {"on": "2026-12-03"}, auditor="kiem.toan")

    def dispose(other: Catalog) -> str:
        try:
            other.dispose_dossier(CODE, actor="nv.lan")
            return "disposed"
        except Conflict:
            return "refused"

    try:
        with ThreadPoolExecutor(2) as pool:
            outcomes = sorted(pool.map(dispose, racers))
        assert outcomes == ["disposed", "refused"]
        assert [e.kind for e in catalog.history(CODE)].count("dossier_disposed") == 1
        assert catalog.check_history(CODE).intact
    finally:
        for opened in catalogs:
            opened.close()


def test_an_original_is_locked_as_long_as_its_documents_are_kept(minio_url: str,
                                                                 tmp_path: Path) -> None:
    bucket = f"hoso-keep-{uuid.uuid4().hex[:10]}"
    store = open_store(f"{minio_url.rstrip('/')}/{bucket}?lock=governance")
    original = tmp_path / "hợp đồng.pdf"
    original.write_bytes(b"%PDF-1.4 a contract, kept 20 years")
    ref = store.put_file(original)
    store.delete(ref.sha256)  # no retention configured for every original: deletable
    ref = store.put_file(original)
    received = datetime.now(UTC) - timedelta(days=365 * 20 - 2)  # two days left of 20 years
    assert retain_original(store, ref.sha256, ["hop_dong"], received)
    with pytest.raises(BackendError):
        store.delete(ref.sha256)
    client = store.client  # type: ignore[attr-defined]
    key = f"originals/{ref.sha256[:2]}/{ref.sha256}"
    kept = client.get_object_retention(bucket, key)
    assert kept.mode == "GOVERNANCE" and kept.retain_until_date > datetime.now(UTC)
    birth = tmp_path / "giấy khai sinh.pdf"
    birth.write_bytes(b"%PDF-1.4 a birth certificate, kept for good")
    held = store.put_file(birth)
    assert retain_original(store, held.sha256, ["giay_khai_sinh"], received)
    assert client.is_object_legal_hold_enabled(bucket, f"originals/{held.sha256[:2]}/"
                                                       f"{held.sha256}")


def test_a_store_without_object_lock_keeps_nothing_itself(tmp_path: Path) -> None:
    store = open_store(f"file://{tmp_path / 'store'}")
    ref = store.put_bytes(b"original")
    assert not retain_original(store, ref.sha256, ["hop_dong"], RECEIVED)
