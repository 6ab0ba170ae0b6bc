"""Procedures end to end, as people and the provincial software use them: a dossier missing
a required component shows it missing on the CLI, the API and the intake page; the same
citizen's earlier approved paper is proposed (a rejected one and an expired one are not),
reused at the desk and counted by `hoso report`; an officer approves papers with a button;
the dashboard and the admins' procedure editor work. Screenshots in test-artifacts/web/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from api_live import DESK_A, PASSWORD, Live, wait_until_settled
from api_scans import write_scan

OWNER = "079303001234"
PROCEDURE = "1.004227"  # Đăng ký lại khai sinh: wants a copy of the birth certificate
NEW, OLD, REJECTED, EXPIRED = (f"000.00.19.H12-251001-09{n}" for n in ("01", "02", "03", "04"))
MISSING = "Còn thiếu: Bản sao Giấy khai sinh hoặc giấy tờ chứng minh nội dung khai sinh"


def _hoso(live: Live, *args: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSO_")}
    done = subprocess.run([sys.executable, "-m", "hoso.api.cli", *args, "--json"],
                          env={**env, "HOSO_HOME": str(live.settings.home)},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def _take_in(live: Live, code: str, scan: Path, received: str) -> None:
    with live.client("op_a") as client:
        made = client.post("/api/dossiers", json={
            "code": code, "procedure": PROCEDURE, "applicant_name": "Võ Thị Mai",
            "applicant_id": OWNER, "received_at": received})
        assert made.status_code == 201, made.text
        sent = client.put(f"/api/dossiers/{code}/files/{scan.name}", content=scan.read_bytes())
        assert sent.status_code == 201, sent.text


def _record(live: Live, code: str, **extra: object) -> str:
    with live.client("op_a") as client:
        answer = client.post(f"/api/dossiers/{code}/papers",
                             json={"component": "BSGKS", **extra})
    assert answer.status_code == 201, answer.text
    assert answer.json()["state"] == "waiting"
    return str(answer.json()["code"])


@pytest.fixture(scope="module")
def papers(live: Live, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Three earlier dossiers of the citizen with a birth certificate each (approved later in
    the browser, rejected, expired), and a new one holding only the declaration form."""
    folder = tmp_path_factory.mktemp("procedure-scans")
    birth, form = folder / "giay-khai-sinh.png", folder / "to-khai.png"
    write_scan(birth, "giay_khai_sinh", 41)
    write_scan(form, "to_khai", 42)
    for n, code in enumerate((OLD, REJECTED, EXPIRED), start=1):
        _take_in(live, code, birth, f"2025-08-0{n}T09:00:00+07:00")
    _take_in(live, NEW, form, "2025-10-01T09:00:00+07:00")
    with live.client("officer") as client:
        for code in (OLD, REJECTED, EXPIRED, NEW):
            assert wait_until_settled(client, code)["digitised"]
    made = {"old": _record(live, OLD), "rejected": _record(live, REJECTED),
            "expired": _record(live, EXPIRED,
                               valid_until=(date.today() - timedelta(days=1)).isoformat())}
    with live.client("officer") as client:
        refused = client.post(f"/api/papers/{made['rejected']}/decision",
                              json={"state": "rejected", "reason": "Sai họ tên"})
        assert refused.json()["state"] == "rejected"
        assert client.post(f"/api/papers/{made['expired']}/decision",
                           json={"state": "approved"}).json()["state"] == "approved"
    return made


def _sign_in(page: Any, live: Live, username: str) -> None:
    page.goto(f"{live.url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _snap(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def _missing_everywhere(live: Live) -> None:
    status = _hoso(live, "status", NEW)
    assert status["components"]["missing"] == ["BSGKS"]
    assert status["components"]["missing_text"] == MISSING
    states = {c["code"]: c["state"] for c in status["components"]["components"]}
    assert states["TKKS"] == "present" and states["BSGKS"] == "missing"
    with live.client("op_a") as client:
        api = client.get(f"/api/dossiers/{NEW}").json()
    assert api["components"]["missing"] == ["BSGKS"]


@pytest.mark.timeout(900)
def test_missing_proposed_reused_and_counted(chromium: Any, live: Live,
                                             papers: dict[str, str], artifacts: Path) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 1200}, locale="vi-VN")
    page = context.new_page()
    _sign_in(page, live, "officer")
    page.goto(f"{live.url}/papers")
    row = page.locator("tr", has_text=papers["old"])
    _snap(page, artifacts, "p1-papers-waiting")
    row.locator("button:has-text('Duyệt')").click()
    page.wait_for_url(f"{live.url}/papers")
    assert papers["old"] not in page.inner_text("main")
    page.click("button:has-text('Đăng xuất')")

    _missing_everywhere(live)
    _sign_in(page, live, "op_a")
    page.goto(f"{live.url}/intake/{NEW}")
    assert page.inner_text("#missing") == MISSING
    proposals = page.inner_text("#proposals")
    assert papers["old"] in proposals
    assert papers["rejected"] not in proposals and papers["expired"] not in proposals
    _snap(page, artifacts, "p2-intake-missing-and-proposal")
    page.locator("#proposals button:has-text('Dùng lại')").click()
    page.wait_for_selector("tr.state-reused[data-component='BSGKS']")
    assert page.inner_text("#missing") == "Đủ các thành phần bắt buộc."
    assert OLD in page.inner_text("tr[data-component='BSGKS']")
    _snap(page, artifacts, "p3-intake-reused")
    page.click("button:has-text('Đăng xuất')")

    status = _hoso(live, "status", NEW)["components"]
    reused = next(c for c in status["components"] if c["code"] == "BSGKS")
    assert (reused["state"], reused["reused_paper"], reused["reused_from"]) == (
        "reused", papers["old"], OLD)
    report = _hoso(live, "report", "--from", "2025-10-01", "--to", "2025-10-31")
    assert report["total"]["received"] >= 1 and report["total"]["reused"] == 1
    assert report["total"]["pages_saved"] == 1
    with live.client("officer") as client:
        record = client.get(f"/api/dossiers/{NEW}/exchange").json()
    item = next(i for i in record["ThanhPhanHoSo"] if i["MaThanhPhanHoSo"] == "BSGKS")
    assert (item["DuocSoHoa"], item["DuocTaiSuDung"], item["DuocLayTuKhoDMQG"]) == (
        True, True, False)
    assert item["TepDinhKem"][0]["MaGiayToSoHoa"] == papers["old"]

    _sign_in(page, live, "officer")
    page.goto(f"{live.url}/dashboard?tu=2025-10-01&den=2025-10-31")
    assert DESK_A in page.inner_text("#by-desk")
    assert page.locator("#totals svg.bar").count() == 3
    _snap(page, artifacts, "p4-dashboard")
    context.close()


@pytest.mark.timeout(300)
def test_an_admin_publishes_a_new_version(chromium: Any, live: Live, artifacts: Path) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 1200}, locale="vi-VN")
    page = context.new_page()
    _sign_in(page, live, "admin")
    page.goto(f"{live.url}/admin/procedures")
    assert "Đăng ký khai sinh" in page.inner_text("main")
    _snap(page, artifacts, "p5-admin-procedures")
    page.click("a:has-text('Chứng thực chữ ký trong giấy tờ, văn bản')")
    with live.client("admin") as client:
        before = len(client.get("/api/procedures/2.000908").json()["versions"])
    page.fill("input[name=effective_from]", "2026-01-01")
    page.fill("input[name=c1_code]", "")  # the ID card is no longer asked for
    page.click("button:has-text('Lưu phiên bản mới')")
    page.wait_for_selector(f"h2:has-text('Phiên bản {before + 1}')")
    _snap(page, artifacts, "p6-admin-new-version")
    context.close()
    with live.client("admin") as client:
        latest = client.get("/api/procedures/2.000908").json()["versions"][-1]
    assert [c["code"] for c in latest["components"]] == ["VB"]
    assert latest["effective_from"] == "2026-01-01"
