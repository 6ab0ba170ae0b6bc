"""`hoso demo` on a folder of sample dossiers: each digitised, reported and searched."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hoso_cli import CODE, Hoso


def test_demo_digitises_reports_and_searches(tmp_path: Path, scans: dict[str, Path]) -> None:
    folder = tmp_path / "samples" / CODE
    folder.mkdir(parents=True)
    (folder / "dossier.json").write_text(json.dumps({
        "code": CODE, "procedure": "1.004227", "received_at": "2024-12-02T08:30:00+07:00"}))
    shutil.copy(scans["birth"], folder / scans["birth"].name)

    result = Hoso(tmp_path / "home").run("demo", "--samples", str(tmp_path / "samples"))
    assert result.returncode == 0, result.stderr
    assert "1 dossiers, 1 pages: 1 digitised" in result.stdout
    assert f"{CODE}  digitised" in result.stdout
    assert "search 'giay khai sinh': 1 pages" in result.stdout
