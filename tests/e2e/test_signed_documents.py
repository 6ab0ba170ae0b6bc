"""Signed document PDFs, as a user meets them: after `hoso demo` every document PDF that
`hoso get` writes carries a PAdES signature covering the whole file, intact and chaining to
the development CA `hoso demo` made; `hoso verify` reports a document PDF whose bytes were
changed, even when the change was covered up in the store and the catalog."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

from hoso_cli import CODE, Hoso
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from hoso.archive import open_store


def test_every_document_pdf_from_the_demo_is_signed_over_the_whole_file(
        tmp_path: Path, scans: dict[str, Path]) -> None:
    hoso = _demo(tmp_path, scans)
    out = tmp_path / "out"
    got = hoso.run("get", CODE, "--out", str(out))
    assert got.returncode == 0, got.stderr
    documents = sorted((out / "documents").glob("*.pdf"))
    assert documents
    trust = ValidationContext(trust_roots=[
        load_cert_from_pemder(str(tmp_path / "home" / "keys" / "ca.pem"))])
    for path in documents:
        [signature] = PdfFileReader(io.BytesIO(path.read_bytes())).embedded_signatures
        status = validate_pdf_signature(signature, trust)
        assert status.intact and status.valid and status.trusted, (path, status.summary())
        assert status.coverage is SignatureCoverageLevel.ENTIRE_FILE, path
        assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES


def test_verify_reports_a_document_pdf_changed_and_covered_up(
        tmp_path: Path, scans: dict[str, Path]) -> None:
    hoso = _demo(tmp_path, scans)
    clean = hoso.run("verify", CODE, "--json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    signatures = [i for i in json.loads(clean.stdout)["reports"][0]["items"]
                  if i["kind"] == "signature"]
    assert signatures and all(i["ok"] for i in signatures)

    # One byte of a signed document changed, stored under its new hash, the catalog's row
    # pointed at it: every hash agrees again, only the signature can tell.
    home = tmp_path / "home"
    store = open_store(f"file://{home / 'store'}")
    with sqlite3.connect(home / "catalog.db") as db:
        doc_id, sha = db.execute("SELECT id, pdf_sha256 FROM documents").fetchone()
        data = bytearray(store.read_bytes(sha))
        data[len(data) // 3] ^= 0x01
        altered = store.put_bytes(bytes(data)).sha256
        db.execute("UPDATE documents SET pdf_sha256 = ? WHERE id = ?", (altered, doc_id))
    result = hoso.run("verify", CODE, "--json")
    assert result.returncode == 70
    failed = [i for i in json.loads(result.stdout)["reports"][0]["items"] if not i["ok"]]
    assert [(i["kind"], i["subject"]) for i in failed] == [("signature", doc_id)]
    assert "altered" in failed[0]["problem"]


def _demo(tmp_path: Path, scans: dict[str, Path]) -> Hoso:
    folder = tmp_path / "samples" / CODE
    folder.mkdir(parents=True)
    (folder / "dossier.json").write_text(json.dumps({
        "code": CODE, "procedure": "1.004227", "received_at": "2024-12-02T08:30:00+07:00"}))
    for scan in scans.values():
        shutil.copy(scan, folder / scan.name)
    hoso = Hoso(tmp_path / "home")
    result = hoso.run("demo", "--samples", str(tmp_path / "samples"))
    assert result.returncode == 0, result.stderr
    return hoso
