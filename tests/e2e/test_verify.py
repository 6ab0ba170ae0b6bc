"""`hoso verify` from a fresh HOSO_HOME: intact after intake; exit 70 naming the row after one
history event is altered with sqlite3, and naming the object after one stored byte is."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hoso_cli import CODE, Hoso


def _flip_one_byte(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[:64] + bytes([data[64] ^ 0x01]) + data[65:])
    return data


def test_verify_passes_then_fails_on_an_altered_row_and_an_altered_byte(
        tmp_path: Path, scans: dict[str, Path]) -> None:
    hoso = Hoso(tmp_path / "home")
    taken = hoso.run("ingest", CODE, str(scans["birth"]), "--operator", "nv.lan")
    assert taken.returncode == 0, taken.stderr
    clean = hoso.run("verify", CODE)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert f"{CODE}: intact" in clean.stdout

    with sqlite3.connect(tmp_path / "home" / "catalog.db") as db:
        row_id, detail = db.execute("SELECT id, detail FROM events WHERE kind = 'file_stored'"
                                    ).fetchone()
        db.execute("UPDATE events SET detail = ? WHERE id = ?",
                   (detail.replace('"pages": 1', '"pages": 2'), row_id))
    edited = hoso.run("verify", CODE)
    assert edited.returncode == 70
    assert f"history {CODE}: row {row_id}: content altered" in edited.stdout
    with sqlite3.connect(tmp_path / "home" / "catalog.db") as db:
        db.execute("UPDATE events SET detail = ? WHERE id = ?", (detail, row_id))
    assert hoso.run("verify", CODE).returncode == 0

    sha = hoso.json("status", CODE)["status"]["files"][0]["sha256"]
    stored = next((tmp_path / "home" / "store").glob(f"*/*/{sha}"))
    _flip_one_byte(stored)
    altered = hoso.run("verify", "--all", "--json")
    assert altered.returncode == 70
    report = json.loads(altered.stdout)
    bad = [i for r in report["reports"] for i in r["items"] if not i["ok"]]
    assert [(i["kind"], i["sha256"]) for i in bad] == [("original", sha)]
    assert bad[0]["found"] not in ("", sha)
    assert [r["dossier_code"] for r in report["reports"]] == [CODE, ""]
