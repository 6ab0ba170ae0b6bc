"""`hoso demo` on a folder of sample dossiers: each digitised, reported and searched; then\n`hoso status --json` and `hoso report --json` show its procedure's components and figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hoso_cli import CODE, Hoso


def test_demo_digitises_reports_and_searches(tmp_path: Path, scans: dict[str, Path]) -> None:
    folder = tmp_path / "samples" / CODE
    folder.mkdir(parents=True)
    (folder / "dossier.json").write_text(json.dumps({
        "code": CODE, "procedure": "1.004227", "applicant_id": "079162288641",
        "received_at": "2024-12-02T08:30:00+07:00"}))
    shutil.copy(scans["birth"], folder / scans["birth"].name)

    hoso = Hoso(tmp_path / "home")
    result = hoso.run("demo", "--samples", str(tmp_path / "samples"))
    assert result.returncode == 0, result.stderr
    assert "1 dossiers, 1 pages: 1 digitised" in result.stdout
    assert f"{CODE}  digitised" in result.stdout
    assert "search 'giay khai sinh': 1 pages" in result.stdout
    # The sample's procedure, as in force the day it was received: what is still missing.
    assert "Còn thiếu: Tờ khai đăng ký lại khai sinh" in result.stdout
    status = hoso.json("status", CODE)["components"]
    assert status["procedure_name"] == "Đăng ký lại khai sinh" and status["version"] == 1
    states = {c["code"]: c["state"] for c in status["components"] if c["required"]}
    assert states == {"TKKS": "missing", "BSGKS": "present", "CCCD": "missing"}
    report = hoso.json("report")["total"]
    assert (report["received"], report["complete"], report["reused"]) == (1, 0, 0)
    assert set(report["shares"]) == {"digitised_before_processing", "results_digitised",
                                     "reused", "complete"}
