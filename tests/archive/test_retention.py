"""Retention: what is due (a procedure component's period before the document type's),
disposal only under an auditor's standing approval (SQLite and PostgreSQL, with racing
disposals), and object-lock retention on the real MinIO."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoso.api.cli.main import cli
from hoso.archive import Catalog, open_catalog, open_store
from hoso.archive.procedure_data import parse_procedures
from hoso.archive.records import AssembledDocument, PageArtefacts, RetainedDocument
from hoso.archive.retention import (
    RetentionRule,
    due_dossiers,
    retain_original,
    rule_for,
    rule_for_type,
)
from hoso.errors import BackendError, Conflict
from hoso.records import BlobRef, DossierInfo, SourceInfo
from hoso.settings import Settings

CODE = "000.00.19.H12-100501-0001"
RECEIVED = datetime(2010, 5, 1, 2, 0, tzinfo=UTC)


# A procedure whose list keeps the declaration (tờ khai) 5 years, where the type's own
# default (a one-stop dossier's paper) is 10; it does not list birth certificates.
PROCEDURE = "9.000001"
FIVE_YEARS = {"procedures": [{"code": PROCEDURE, "name": "Xác nhận thử", "versions": [{
    "version": 1, "effective_from": "2000-01-01", "effective_to": None, "basis": "thử",
    "components": [{"code": "TK", "name": "Tờ khai xác nhận", "doc_types": ["to_khai"],
                    "retention": 5},
                   {"code": "HD", "name": "Hợp đồng", "doc_types": ["hop_dong"],
                    "retention": "vĩnh viễn"}]}]}]}


def _dossier(catalog: Catalog, doc_type: str = "to_khai", *, code: str = CODE,
             procedure: str = "", more: tuple[str, ...] = ()) -> None:
    catalog.record_dossier(DossierInfo(code, procedure=procedure, received_at=RECEIVED),
                           actor="nv.lan")
    types = (doc_type, *more)
    file_id, pages = catalog.add_file(code, SourceInfo("tờ khai.pdf", "application/pdf",
                                                       len(types)),
                                      BlobRef("ab" * 32, 10), actor="nv.lan")
    for page in pages:
        catalog.finish_page(page, PageArtefacts(*["cd" * 32] * 4, confidence=100.0,
                                                needs_review=False))
    catalog.replace_documents(file_id, [AssembledDocument(
        (n,), t, 0.9, False, (), "ef" * 32, "12" * 32) for n, t in enumerate(types)])
    catalog.mark_assembled(file_id)


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


def test_a_component_of_the_procedure_sets_the_period_before_the_type(catalog: Catalog
                                                                       ) -> None:
    catalog.procedures.import_procedures(parse_procedures(FIVE_YEARS, source="test"),
                                         actor="admin")
    listed, unlisted = "000.00.19.H12-100501-0002", "000.00.19.H12-100501-0003"
    _dossier(catalog, procedure=PROCEDURE)  # its tờ khai fills TK: 5 years
    _dossier(catalog, code=listed, procedure=PROCEDURE, more=("giay_khai_sinh",))
    _dossier(catalog, code=unlisted)  # no procedure: the type's 10 years
    kept = catalog.retained_documents()
    assert [d.component.code if d.component else None for d in kept] == [
        "TK", "TK", None, None]  # a birth certificate the list does not name: its type
    assert [rule_for(d) for d in catalog.retained_documents(unlisted)] == [
        rule_for_type("to_khai")]
    assert list(due_dossiers(kept, date(2015, 4, 30))) == []
    [due] = due_dossiers(kept, date(2015, 5, 1)).values()
    assert [(d.dossier_code, d.rule.years, d.source) for d in due] == [
        (CODE, 5, "component TK (Tờ khai xác nhận)")]
    later = due_dossiers(kept, date(2020, 5, 1))  # the birth certificate is kept for good
    assert [(d.dossier_code, d.source) for items in later.values() for d in items] == [
        (CODE, "component TK (Tờ khai xác nhận)"),
        (unlisted, "document type to_khai (hồ sơ một cửa)")]


def test_a_component_kept_for_good_holds_the_dossier(catalog: Catalog) -> None:
    """A contract's type keeps it 20 years; the procedure's list says for good."""
    catalog.procedures.import_procedures(parse_procedures(FIVE_YEARS, source="test"),
                                         actor="admin")
    _dossier(catalog, "hop_dong", procedure=PROCEDURE)
    [doc] = catalog.retained_documents(CODE)
    assert rule_for(doc) == RetentionRule(None, "Hợp đồng", "HD")
    assert due_dossiers([doc], date(2100, 1, 1)) == {}


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
    assert retain_original(store, ref.sha256, [rule_for_type("hop_dong")], received)
    with pytest.raises(BackendError):
        store.delete(ref.sha256)
    client = store.client  # type: ignore[attr-defined]
    key = f"originals/{ref.sha256[:2]}/{ref.sha256}"
    kept = client.get_object_retention(bucket, key)
    assert kept.mode == "GOVERNANCE" and kept.retain_until_date > datetime.now(UTC)
    birth = tmp_path / "giấy khai sinh.pdf"
    birth.write_bytes(b"%PDF-1.4 a birth certificate, kept for good")
    held = store.put_file(birth)
    assert retain_original(store, held.sha256, [rule_for_type("giay_khai_sinh")], received)
    assert client.is_object_legal_hold_enabled(bucket, f"originals/{held.sha256[:2]}/"
                                                       f"{held.sha256}")


def test_a_store_without_object_lock_keeps_nothing_itself(tmp_path: Path) -> None:
    store = open_store(f"file://{tmp_path / 'store'}")
    ref = store.put_bytes(b"original")
    assert not retain_original(store, ref.sha256, [rule_for_type("hop_dong")], RECEIVED)


def test_an_original_is_locked_for_its_components_period(minio_url: str, tmp_path: Path
                                                         ) -> None:
    """A tờ khai whose component says 5 years is locked 5 years, not its type's 10."""
    bucket = f"hoso-keep-{uuid.uuid4().hex[:10]}"
    store = open_store(f"{minio_url.rstrip('/')}/{bucket}?lock=governance")
    catalog = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    try:
        catalog.procedures.import_procedures(parse_procedures(FIVE_YEARS, source="test"),
                                             actor="admin")
        _dossier(catalog, procedure=PROCEDURE)
        rules = [rule_for(d) for d in catalog.retained_documents(CODE)]
    finally:
        catalog.close()
    original = tmp_path / "tờ khai.pdf"
    original.write_bytes(b"%PDF-1.4 a declaration, kept 5 years")
    ref = store.put_file(original)
    received = datetime.now(UTC) - timedelta(days=365)
    assert retain_original(store, ref.sha256, rules, received)
    client = store.client  # type: ignore[attr-defined]
    kept = client.get_object_retention(bucket, f"originals/{ref.sha256[:2]}/{ref.sha256}")
    assert kept.retain_until_date.year == received.year + 5


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_due_names_the_component_or_the_type(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOSO_HOME", str(tmp_path))
    catalog = open_catalog(Settings.from_env().catalog_url)
    other = "000.00.19.H12-100501-0009"
    try:
        catalog.procedures.import_procedures(parse_procedures(FIVE_YEARS, source="test"),
                                             actor="admin")
        _dossier(catalog, procedure=PROCEDURE)
        _dossier(catalog, code=other)
    finally:
        catalog.close()
    early = _run("retention", "due", "--on", "2015-05-01")
    assert f"{CODE}/f01/d01  5 năm until 01/05/2015, component TK (Tờ khai xác nhận)" in early
    assert other not in early
    later = json.loads(_run("retention", "due", "--on", "2020-05-01", "--json"))
    sources = {d["document_id"]: (d["source"], d["rule"]["component"])
               for dossier in later["dossiers"] for d in dossier["documents"]}
    assert sources == {f"{CODE}/f01/d01": ("component TK (Tờ khai xác nhận)", "TK"),
                       f"{other}/f01/d01": ("document type to_khai (hồ sơ một cửa)", None)}
