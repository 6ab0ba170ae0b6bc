"""The web pages over plain HTTP: who may open which page, forms that refuse bad input in
Vietnamese, and the administrator's page. The browser flow is in test_web_flow."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from api_live import PASSWORD, Live


@contextmanager
def _signed_in(live: Live, username: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=30.0) as client:
        answer = client.post("/login", data={"username": username, "password": PASSWORD})
        assert answer.status_code == 303, answer.text
        yield client


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert found, html
    return found.group(1)


@pytest.fixture()
def operator(live: Live) -> Iterator[httpx.Client]:
    with _signed_in(live, "op_a") as client:
        yield client


@pytest.mark.parametrize("path", ["/", "/intake", "/search?q=x", "/audit", "/admin"])
def test_anonymous_visitors_are_sent_to_sign_in(live: Live, path: str) -> None:
    with httpx.Client(base_url=live.url) as client:
        answer = client.get(path)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")


@pytest.mark.parametrize(("who", "path"), [
    ("op_a", "/search"), ("op_a", "/admin"), ("officer", "/intake"), ("auditor", "/admin"),
    ("admin", "/search"), ("op_b", "/audit"),
])
def test_pages_of_other_roles_are_refused_in_vietnamese(live: Live, who: str,
                                                        path: str) -> None:
    with _signed_in(live, who) as client:
        answer = client.get(path)
    assert answer.status_code == 403
    assert "Không được phép" in answer.text


@pytest.mark.parametrize(("who", "home"), [("op_a", "/intake"), ("officer", "/search"),
                                           ("auditor", "/audit"), ("admin", "/admin")])
def test_each_role_lands_on_its_own_page(live: Live, who: str, home: str) -> None:
    with _signed_in(live, who) as client:
        assert client.get("/").headers["location"] == home
        assert client.get(home).status_code == 200


def test_new_dossier_form_needs_its_csrf_token(operator: httpx.Client) -> None:
    answer = operator.post("/intake", data={"code": "WEB-0001"})
    assert answer.status_code == 403
    token = _csrf(operator.get("/intake").text)
    made = operator.post("/intake", data={"code": "WEB-0001", "csrf": token})
    assert made.status_code == 303 and made.headers["location"] == "/intake/WEB-0001"
    assert "Kéo tệp quét vào đây" in operator.get("/intake/WEB-0001").text


@pytest.mark.parametrize(("field", "value", "says"), [
    ("code", "mã có dấu cách", "Mã hồ sơ gồm 1–64 ký tự"),
    ("code", "..", "không bắt đầu bằng dấu chấm"),
    ("applicant_id", "12345", "Số định danh phải có 12 chữ số"),
])
def test_new_dossier_form_explains_what_is_wrong(operator: httpx.Client, field: str,
                                                 value: str, says: str) -> None:
    token = _csrf(operator.get("/intake").text)
    form = {"code": "WEB-0002", "csrf": token, field: value}
    answer = operator.post("/intake", data=form)
    assert answer.status_code == 422
    assert says in answer.text


def test_other_desks_dossier_is_refused(live: Live, operator: httpx.Client) -> None:
    token = _csrf(operator.get("/intake").text)
    operator.post("/intake", data={"code": "WEB-0003", "csrf": token})
    with _signed_in(live, "op_b") as other:
        assert other.get("/intake/WEB-0003").status_code == 403
        assert other.get("/dossiers/WEB-0003").status_code == 403


def test_unknown_dossier_and_page_say_not_found(live: Live) -> None:
    with _signed_in(live, "officer") as client:
        for path in ("/dossiers/KHONG-CO", "/no/such/page"):
            answer = client.get(path)
            assert answer.status_code == 404 and "Không tìm thấy" in answer.text


def test_admin_adds_a_user_and_sees_a_new_token_once(live: Live) -> None:
    with _signed_in(live, "admin") as admin:
        token = _csrf(admin.get("/admin").text)
        admin.post("/admin/desks", data={"name": "UBND xã Thuận Hưng", "csrf": token})
        added = admin.post("/admin/users", data={
            "username": "nv.moi", "password": PASSWORD, "role": "operator",
            "desk": "UBND xã Thuận Hưng", "display_name": "Trần Văn Mới", "csrf": token})
        assert added.status_code == 303
        page = admin.post("/admin/tokens", data={"username": "nv.moi", "name": "ki-ốt",
                                                 "csrf": token})
        secret = re.search(r'id="new-token">(hoso_[^<]+)<', page.text)
        assert page.status_code == 201 and secret
        assert secret.group(1) not in admin.get("/admin").text
    with httpx.Client(base_url=live.url,
                      headers={"Authorization": f"Bearer {secret.group(1)}"}) as machine:
        assert machine.get("/api/me").json()["desk"] == "UBND xã Thuận Hưng"


@pytest.mark.parametrize(("who", "path"), [
    ("op_a", "/intake/{}"), ("officer", "/dossiers/{}"), ("auditor", "/audit/{}")])
def test_a_bad_code_in_the_address_is_explained_in_vietnamese(live: Live, who: str,
                                                               path: str) -> None:
    with _signed_in(live, who) as client:
        answer = client.get(path.format("m%C3%A3%20sai"))  # "mã sai"
    assert answer.status_code == 422
    assert "Mã hồ sơ gồm 1–64 ký tự" in answer.text and "<html" in answer.text


def test_new_dossier_form_never_changes_an_existing_one(operator: httpx.Client) -> None:
    token = _csrf(operator.get("/intake").text)
    first = {"code": "WEB-0004", "csrf": token, "applicant_name": "Trần Văn Bình"}
    assert operator.post("/intake", data=first).status_code == 303
    answer = operator.post("/intake", data={**first, "applicant_name": "Trần Văn An"})
    assert answer.status_code == 409
    text = html.unescape(answer.text)
    assert "Hồ sơ WEB-0004 đã có, với thông tin khác" in text
    assert "Họ tên người nộp: đã có “Trần Văn Bình”, vừa nhập “Trần Văn An”" in text
    assert "Trần Văn Bình" in operator.get("/intake/WEB-0004").text


@pytest.mark.parametrize("offset", ["abc", "1e3", "-5", "9" * 20, "100000"])
def test_a_bad_search_offset_shows_the_first_results(live: Live, offset: str) -> None:
    with _signed_in(live, "officer") as officer:
        answer = officer.get("/search", params={"q": "giấy khai sinh", "offset": offset})
    assert answer.status_code == 200, answer.text[:300]
    assert "Lỗi hệ thống" not in answer.text


def test_tokens_made_for_someone_are_in_the_access_log(live: Live) -> None:
    """Who made a token, for whom, under which name; never its secret."""
    with _signed_in(live, "admin") as admin:
        page = admin.post("/admin/tokens", data={"username": "auditor", "name": "ki-ốt web",
                                                 "csrf": _csrf(admin.get("/admin").text)})
        web_secret = re.search(r'id="new-token">(hoso_[^<]+)<', page.text)
    assert page.status_code == 201 and web_secret
    with live.client("admin") as admin_api:
        made = admin_api.post("/api/users/officer/tokens", json={"name": "phần mềm api"})
        assert made.status_code == 201
        log = admin_api.get("/api/access-log", params={"actor": "admin"}).json()
    created = [e for e in log if e["action"] == "token_created"]
    assert {(e["subject"], e["detail"]["name"]) for e in created} >= {
        ("auditor", "ki-ốt web"), ("officer", "phần mềm api")}
    assert web_secret.group(1) not in str(log) and made.json()["token"] not in str(log)


@pytest.mark.parametrize(("state", "said"), [
    ("rejected", "Từ chối giấy tờ phải ghi rõ lý do."),
    ("waiting", "Quyết định là duyệt hoặc từ chối giấy tờ."),
    ("maybe", "Quyết định là duyệt hoặc từ chối giấy tờ."),
])
def test_a_paper_decision_that_cannot_be_taken_says_why(live: Live, state: str,
                                                        said: str) -> None:
    with _signed_in(live, "officer") as client:
        token = _csrf(client.get("/papers").text)
        answer = client.post("/papers/X.1.TK.01/decision",
                             data={"state": state, "reason": " ", "csrf": token})
    assert answer.status_code == 422
    assert said in html.unescape(answer.text)
