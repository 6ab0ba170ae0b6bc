"""An auditor's integrity check rehashes every stored file of a dossier and says plainly
which one no longer matches its recorded SHA-256; each check is in the history."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from api_live import CODE, Live


def _blob_path(live: Live, sha256: str) -> Path:
    root = Path(live.settings.store_url.removeprefix("file://"))
    return next(root.glob(f"**/{sha256}"))


def test_integrity_check_finds_an_altered_file(live: Live, digitised: dict[str, Any]) -> None:
    with live.client("auditor") as auditor:
        clean = auditor.post(f"/api/dossiers/{CODE}/integrity").json()
        assert clean["ok"] is True and clean["failed"] == 0
        kinds = {item["kind"] for item in clean["items"]}
        assert {"original", "page_text", "page_pdf", "document_pdf", "document_text"} <= kinds
        hocr = next(i for i in clean["items"] if i["kind"] == "page_hocr")
        stored = _blob_path(live, hocr["sha256"])
        original = stored.read_bytes()
        try:
            stored.write_bytes(original.replace(b"ocr", b"OCR", 1) + b" ")
            tampered = auditor.post(f"/api/dossiers/{CODE}/integrity").json()
        finally:
            stored.write_bytes(original)
        events = auditor.get(f"/api/dossiers/{CODE}/history").json()
    assert tampered["ok"] is False and tampered["failed"] == 1
    assert [i["subject"] for i in tampered["items"] if not i["ok"]] == [hocr["subject"]]
    checks = [e for e in events if e["kind"] == "integrity_checked"]
    assert checks[-1]["actor"] == "auditor"
    assert checks[-1]["detail"]["failed"] == [hocr["sha256"]]


def test_altered_text_is_never_served(live: Live, digitised: dict[str, Any]) -> None:
    document = digitised["files"][0]["documents"][0]
    with live.client("officer") as officer:
        text_sha = officer.get(document["text_url"]).headers["etag"].strip('"')
        stored = _blob_path(live, text_sha)
        original = stored.read_bytes()
        try:
            stored.write_bytes(b"altered " + original)
            answer = officer.get(document["text_url"])
        finally:
            stored.write_bytes(original)
    assert answer.status_code == 500
    assert answer.json()["error"] == "IntegrityError"


def _catalog_db(live: Live) -> Path:
    return Path(live.settings.catalog_url.removeprefix("sqlite:///"))


def test_the_check_is_a_post(live: Live, digitised: dict[str, Any]) -> None:
    with live.client("auditor") as auditor:
        assert auditor.get(f"/api/dossiers/{CODE}/integrity").status_code == 405


def test_an_original_is_served_whole_in_ranges_and_not_again(
        live: Live, digitised: dict[str, Any]) -> None:
    url = digitised["files"][0]["original_url"]
    with live.client("officer") as officer:
        whole = officer.get(url)
        etag = whole.headers["etag"]
        part = officer.get(url, headers={"Range": "bytes=10-19"})
        beyond = officer.get(url, headers={"Range": f"bytes={len(whole.content) + 5}-"})
        again = officer.get(url, headers={"If-None-Match": etag})
    sha = hashlib.sha256(whole.content).hexdigest()
    assert whole.status_code == 200 and etag == f'"{sha}"'
    assert whole.headers["repr-digest"] == (
        f"sha-256=:{base64.b64encode(bytes.fromhex(sha)).decode()}:")
    assert part.status_code == 206 and part.content == whole.content[10:20]
    assert part.headers["content-range"] == f"bytes 10-19/{len(whole.content)}"
    assert beyond.status_code == 416
    assert again.status_code == 304 and again.content == b""


def test_an_altered_original_is_refused_recorded_and_shown(
        live: Live, digitised: dict[str, Any]) -> None:
    file = digitised["files"][0]
    with live.client("officer") as officer:
        sha = officer.get(file["original_url"]).headers["etag"].strip('"')
        stored = _blob_path(live, sha)
        original = stored.read_bytes()
        try:
            stored.write_bytes(original[:100] + bytes([original[100] ^ 1]) + original[101:])
            answer = officer.get(file["original_url"])
            with live.client("auditor") as auditor:
                report = auditor.post(f"/api/dossiers/{CODE}/integrity").json()
                events = auditor.get(f"/api/dossiers/{CODE}/history").json()
        finally:
            stored.write_bytes(original)
    assert answer.status_code == 500 and answer.json()["error"] == "IntegrityError"
    assert original not in answer.content
    failures = [e for e in events if e["kind"] == "integrity_failed"]
    assert failures[-1]["subject"] == file["file_id"] and failures[-1]["actor"] == "officer"
    [bad] = [i for i in report["items"] if not i["ok"]]
    assert (bad["kind"], bad["sha256"]) == ("original", sha)
    assert bad["found"] == hashlib.sha256(
        original[:100] + bytes([original[100] ^ 1]) + original[101:]).hexdigest()


def test_an_edited_history_event_fails_the_check(live: Live, digitised: dict[str, Any]
                                                 ) -> None:
    with live.client("auditor") as auditor:
        assert auditor.post(f"/api/dossiers/{CODE}/integrity").json()["ok"] is True
        with sqlite3.connect(_catalog_db(live)) as db:
            row_id, actor = db.execute(
                "SELECT id, actor FROM events WHERE dossier_code = ? AND kind = 'file_stored'",
                (CODE,)).fetchone()
            db.execute("UPDATE events SET actor = 'ai đó' WHERE id = ?", (row_id,))
        try:
            report = auditor.post(f"/api/dossiers/{CODE}/integrity").json()
        finally:
            with sqlite3.connect(_catalog_db(live)) as db:
                db.execute("UPDATE events SET actor = ? WHERE id = ?", (actor, row_id))
        healed = auditor.post(f"/api/dossiers/{CODE}/integrity").json()
    [bad] = [i for i in report["items"] if not i["ok"]]
    assert (bad["kind"], bad["subject"], bad["problem"]) == (
        "history", f"{CODE}: row {row_id}", "content altered")
    assert healed["ok"] is True
