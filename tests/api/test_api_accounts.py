"""Accounts: passwords hashed with Argon2id, sign-in lock-out, web sessions with CSRF, API
tokens that can be revoked, users that can be disabled."""

from __future__ import annotations

import re

import httpx
import pytest
from api_live import PASSWORD, Live
from sqlalchemy import create_engine, text


def _sign_in(client: httpx.Client, username: str, password: str) -> None:
    answer = client.post("/login", data={"username": username, "password": password})
    assert answer.status_code == 303, answer.text


def test_passwords_are_stored_as_argon2id_hashes(live: Live) -> None:
    engine = create_engine(live.settings.catalog_url)
    with engine.connect() as conn:
        hashes = dict(conn.execute(text("SELECT username, password_hash FROM users")).all())
    engine.dispose()
    assert all(h.startswith("$argon2id$") for h in hashes.values())
    assert not any(PASSWORD in h for h in hashes.values())


def test_web_session_needs_the_csrf_token_to_change_anything(live: Live) -> None:
    with httpx.Client(base_url=live.url, timeout=30.0) as client:
        _sign_in(client, "op_a", PASSWORD)
        assert client.get("/api/me").json()["username"] == "op_a"
        refused = client.post("/api/dossiers", json={"code": "CSRF-0001"})
        assert refused.status_code == 403 and "CSRF" in refused.json()["message"]
        page = client.get("/intake").text
        token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        made = client.post("/api/dossiers", json={"code": "CSRF-0001"},
                           headers={"X-CSRF-Token": token})
        assert made.status_code == 201
        out = client.post("/logout", data={"csrf": token})
        assert out.status_code == 303
        assert client.get("/api/me").status_code == 401


def test_wrong_passwords_lock_the_account(live: Live) -> None:
    with live.client("admin") as admin:
        added = admin.post("/api/users", json={"username": "thu.nghiem", "password": PASSWORD,
                                               "role": "officer"})
        assert added.status_code == 201
        with httpx.Client(base_url=live.url) as browser:
            for _ in range(5):
                wrong = browser.post("/login", data={"username": "thu.nghiem",
                                                     "password": "sai-mat-khau"})
                assert wrong.status_code == 401
                assert "Sai tên đăng nhập hoặc mật khẩu" in wrong.text
            locked = browser.post("/login", data={"username": "thu.nghiem",
                                                  "password": PASSWORD})
        assert locked.status_code == 401 and "tạm khoá" in locked.text
        assert admin.get("/api/users").json()[-1]["locked_until"] is not None


def test_a_user_name_taken_already_is_a_conflict(live: Live) -> None:
    body = {"username": "trung.ten", "password": PASSWORD, "role": "auditor"}
    with live.client("admin") as admin:
        assert admin.post("/api/users", json=body).status_code == 201
        again = admin.post("/api/users", json={**body, "role": "officer"})
        assert again.status_code == 409
        assert "already exists" in again.json()["message"]
        roles = [u["role"] for u in admin.get("/api/users").json() if u["username"] == "trung.ten"]
    assert roles == ["auditor"]


def test_revoked_token_stops_working_at_once(live: Live) -> None:
    with live.client("admin") as admin:
        made = admin.post("/api/users/officer/tokens", json={"name": "phần mềm một cửa"}).json()
        listed = admin.get("/api/tokens").json()
        assert all(t["token"] is None for t in listed)  # the secret is shown once only
        with httpx.Client(base_url=live.url,
                          headers={"Authorization": f"Bearer {made['token']}"}) as machine:
            assert machine.get("/api/me").json()["username"] == "officer"
            assert admin.delete(f"/api/tokens/{made['token_id']}").json()["revoked"] is True
            assert machine.get("/api/me").status_code == 401


def test_disabled_user_is_shut_out(live: Live) -> None:
    with live.client("admin") as admin:
        admin.post("/api/users", json={"username": "tam.nghi", "password": PASSWORD,
                                       "role": "auditor"})
        token = admin.post("/api/users/tam.nghi/tokens", json={"name": "x"}).json()["token"]
        with httpx.Client(base_url=live.url,
                          headers={"Authorization": f"Bearer {token}"}) as machine:
            assert machine.get("/api/me").status_code == 200
            admin.patch("/api/users/tam.nghi", json={"active": False})
            assert machine.get("/api/me").status_code == 401
            admin.patch("/api/users/tam.nghi", json={"active": True})
            assert machine.get("/api/me").status_code == 401  # disabling revoked the token


@pytest.mark.parametrize(("body", "says"), [
    ({"username": "Bad Name", "password": PASSWORD, "role": "officer"}, "not allowed"),
    ({"username": "ngan", "password": "ngan", "role": "officer"}, "at least 10"),
    ({"username": "quay3", "password": PASSWORD, "role": "operator"}, "needs a desk"),
    ({"username": "x.y", "password": PASSWORD, "role": "boss"}, "unknown role"),
])
def test_bad_accounts_are_refused_with_the_reason(live: Live, body: dict[str, str],
                                                  says: str) -> None:
    with live.client("admin") as admin:
        answer = admin.post("/api/users", json=body)
    assert answer.status_code == 422 and says in answer.json()["message"]
