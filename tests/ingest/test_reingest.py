"""Taking more files into an existing dossier never changes its particulars by accident:
other particulars are refused, naming each; `--update` changes them, recorded in history."""

from __future__ import annotations

from pathlib import Path

from hoso_cli import CODE, Hoso
from inputs import scan

from hoso.archive import open_catalog


def _png(path: Path, seed: int) -> str:
    scan(width=300, height=400, seed=seed).save(path, "PNG")
    return str(path)


def _history(hoso: Hoso) -> list[tuple[str, dict[str, object]]]:
    catalog = open_catalog(f"sqlite:///{hoso.home / 'catalog.db'}")
    try:
        return [(e.kind, e.detail) for e in catalog.history(CODE)]
    finally:
        catalog.close()


def test_other_particulars_are_refused_and_changed_only_on_purpose(tmp_path: Path) -> None:
    hoso = Hoso(tmp_path / "home")
    first = hoso.run("ingest", CODE, _png(tmp_path / "x.png", 1), "--desk", "D1",
                     "--received-at", "2024-12-02T08:30:00+07:00", "--no-wait")
    assert first.returncode == 0, first.stderr
    clash = hoso.run("ingest", CODE, _png(tmp_path / "y.png", 2), "--desk", "D2",
                     "--received-at", "2024-12-03T09:00:00+07:00", "--no-wait")
    assert clash.returncode == 65
    assert "desk is 'D1', given 'D2'" in clash.stderr
    assert "received_at is '2024-12-02T01:30:00+00:00', given '2024-12-03T02:00:00+00:00'" \
        in clash.stderr
    assert "--update" in clash.stderr
    status = hoso.json("status", CODE)["status"]
    assert status["info"]["desk"] == "D1" and len(status["files"]) == 1

    plain = hoso.run("ingest", CODE, _png(tmp_path / "z.png", 3), "--no-wait")
    same = hoso.run("ingest", CODE, _png(tmp_path / "w.png", 4), "--desk", "D1", "--no-wait")
    assert (plain.returncode, same.returncode) == (0, 0), plain.stderr + same.stderr
    assert len(hoso.json("status", CODE)["status"]["files"]) == 3

    moved = hoso.run("ingest", CODE, str(tmp_path / "y.png"), "--desk", "D2", "--update",
                     "--no-wait")
    assert moved.returncode == 0, moved.stderr
    assert hoso.json("status", CODE)["status"]["info"]["desk"] == "D2"
    updates = [detail for kind, detail in _history(hoso) if kind == "dossier_updated"]
    assert updates == [{"desk": {"from": "D1", "to": "D2"}}]
