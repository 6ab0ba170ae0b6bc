"""A new password, a disable, or a new role or desk ends the user's web sessions and revokes
their API tokens at once, and the access log says what was ended; a sign-in racing a password
change never leaves a session that outlives it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from api_live import PASSWORD, Live

from hoso.api.accounts import Accounts, Credentials
from hoso.archive import Catalog
from hoso.errors import NotAuthenticated

NEW_PASSWORD = "mat-khau-moi-hoan-toan"


@contextmanager
def _user_with_session_and_token(live: Live, username: str, role: str = "officer",
                                 desk: str = "") -> Iterator[tuple[httpx.Client, httpx.Client]]:
    """A browser signed in as a new user, and a machine using one of their tokens."""
    with live.client("admin") as admin:
        if desk:  # operators' desks come from the managed list
            admin.post("/api/desks", json={"name": desk})
        added = admin.post("/api/users", json={"username": username, "password": PASSWORD,
                                               "role": role, "desk": desk})
        assert added.status_code == 201, added.text
        token = admin.post(f"/api/users/{username}/tokens", json={"name": "may-quet"}).json()
    with httpx.Client(base_url=live.url, timeout=30.0) as browser, httpx.Client(
            base_url=live.url, timeout=30.0,
            headers={"Authorization": f"Bearer {token['token']}"}) as machine:
        signed_in = browser.post("/login", data={"username": username, "password": PASSWORD})
        assert signed_in.status_code == 303, signed_in.text
        assert browser.get("/api/me").status_code == 200
        assert machine.get("/api/me").status_code == 200
        yield browser, machine


def _last_entry(live: Live, subject: str) -> dict[str, object]:
    with live.client("admin") as admin:
        entries = admin.get("/api/access-log", params={"actor": "admin"}).json()
    entry: dict[str, object] = next(e for e in entries if e["subject"] == subject)
    return entry


@pytest.mark.parametrize(("change", "action"), [
    ({"password": NEW_PASSWORD}, "password_set"),
    ({"active": False}, "user_disabled"),
    ({"role": "auditor"}, "role_changed"),
])
def test_a_change_of_account_ends_its_sessions_and_tokens(live: Live, change: dict[str, object],
                                                          action: str) -> None:
    username = f"doi.{action.split('_')[0]}"
    with _user_with_session_and_token(live, username) as (browser, machine):
        with live.client("admin") as admin:
            changed = admin.patch(f"/api/users/{username}", json=change)
        assert changed.status_code == 200, changed.text
        assert browser.get("/api/me").status_code == 401
        assert machine.get("/api/me").status_code == 401
    entry = _last_entry(live, username)
    assert entry["action"] == action
    assert entry["detail"]["sessions_closed"] == 1  # type: ignore[index]
    assert len(entry["detail"]["tokens_revoked"]) == 1  # type: ignore[index]


def test_an_operator_moved_to_another_desk_signs_in_again(live: Live) -> None:
    with _user_with_session_and_token(live, "chuyen.ban", "operator", "Quầy 1") as (
            browser, machine):
        with live.client("admin") as admin:
            admin.post("/api/desks", json={"name": "Quầy 2"})
            moved = admin.patch("/api/users/chuyen.ban", json={"desk": "Quầy 2"})
        assert moved.status_code == 200 and moved.json()["desk"] == "Quầy 2"
        assert browser.get("/api/me").status_code == 401
        assert machine.get("/api/me").status_code == 401
        again = browser.post("/login", data={"username": "chuyen.ban", "password": PASSWORD})
        assert again.status_code == 303
        assert browser.get("/api/me").json()["desk"] == "Quầy 2"


def test_enabling_again_brings_back_no_token(live: Live) -> None:
    with _user_with_session_and_token(live, "bat.lai") as (_, machine), \
            live.client("admin") as admin:
        admin.patch("/api/users/bat.lai", json={"active": False})
        admin.patch("/api/users/bat.lai", json={"active": True})
        assert machine.get("/api/me").status_code == 401
        [token] = admin.get("/api/tokens", params={"username": "bat.lai"}).json()
        assert token["revoked"] is True


def test_the_same_role_again_ends_nothing(catalog: Catalog) -> None:
    accounts, credentials = Accounts(catalog), Credentials(Accounts(catalog))
    accounts.add_user("giu.nguyen", PASSWORD, "officer", actor="admin")
    secret, _ = credentials.create_token("giu.nguyen", "kiosk", actor="admin")
    accounts.set_role("giu.nguyen", "officer", actor="admin")
    assert credentials.account_for_token(secret).username == "giu.nguyen"
    accounts.set_role("giu.nguyen", "auditor", actor="admin")
    with pytest.raises(NotAuthenticated):
        credentials.account_for_token(secret)


def test_a_sign_in_racing_a_password_change_leaves_no_session(catalog: Catalog) -> None:
    """Sign-ins with the old password and a password change, at once, many times: every
    session that was opened is gone once the change is done."""
    accounts = Accounts(catalog)
    credentials = Credentials(accounts)
    accounts.add_user("dua.nhau", PASSWORD, "officer", actor="admin")
    for round_ in range(8):
        old, new = (PASSWORD, NEW_PASSWORD) if round_ % 2 == 0 else (NEW_PASSWORD, PASSWORD)
        start = threading.Barrier(4)
        opened: list[str] = []

        def sign_in(old: str = old, start: threading.Barrier = start,
                    opened: list[str] = opened) -> None:
            start.wait()
            try:
                opened.append(credentials.sign_in("dua.nhau", old).session_id)
            except NotAuthenticated:
                pass

        def change(new: str = new, start: threading.Barrier = start) -> None:
            start.wait()
            accounts.set_password("dua.nhau", new, actor="admin")

        threads = [threading.Thread(target=sign_in) for _ in range(3)]
        threads.append(threading.Thread(target=change))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for session_id in opened:
            with pytest.raises(NotAuthenticated):
                credentials.session(session_id)
