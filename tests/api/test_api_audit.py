"""An auditor's integrity check rehashes every stored file of a dossier and says plainly
which one no longer matches its recorded SHA-256; each check is in the history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from api_live import CODE, Live


def _blob_path(live: Live, sha256: str) -> Path:
    root = Path(live.settings.store_url.removeprefix("file://"))
    return next(root.glob(f"**/{sha256}"))


def test_integrity_check_finds_an_altered_file(live: Live, digitised: dict[str, Any]) -> None:
    with live.client("auditor") as auditor:
        clean = auditor.get(f"/api/dossiers/{CODE}/integrity").json()
        assert clean["ok"] is True and clean["failed"] == 0
        kinds = {item["kind"] for item in clean["items"]}
        assert {"original", "page_text", "page_pdf", "document_pdf", "document_text"} <= kinds
        hocr = next(i for i in clean["items"] if i["kind"] == "page_hocr")
        stored = _blob_path(live, hocr["sha256"])
        original = stored.read_bytes()
        try:
            stored.write_bytes(original.replace(b"ocr", b"OCR", 1) + b" ")
            tampered = auditor.get(f"/api/dossiers/{CODE}/integrity").json()
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
