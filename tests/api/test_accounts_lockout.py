"""Password guessing in parallel: no more than MAX_FAILURES passwords are ever checked before
the lock holds, whether the guesses reach the accounts service directly (SQLite, PostgreSQL) or
come as parallel POSTs to /login on a live server."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
from api_live import PASSWORD, Live

from hoso.api.accounts import Accounts
from hoso.api.accounts.service import MAX_FAILURES
from hoso.archive import Catalog
from hoso.errors import NotAuthenticated

_WRONG = "wrong user name or password"
_LOCKED = "locked"


def _in_parallel(attempts: int, at_once: int, attempt: Callable[[int], str]) -> list[str]:
    """Run `attempt(i)` for each i, `at_once` at a time, each wave started together."""
    answers: list[str] = []
    for wave in range(0, attempts, at_once):
        size = min(at_once, attempts - wave)
        start = threading.Barrier(size)

        def together(i: int, start: threading.Barrier = start) -> str:
            start.wait()
            return attempt(i)

        with ThreadPoolExecutor(size) as pool:
            answers += pool.map(together, range(wave, wave + size))
    return answers


def _guess(accounts: Accounts, username: str) -> Callable[[int], str]:
    def attempt(i: int) -> str:
        try:
            accounts.authenticate(username, f"sai-mat-khau-{i:03}")
        except NotAuthenticated as exc:
            return exc.message
        return "signed in"

    return attempt


def _checked(accounts: Accounts, username: str) -> int:
    """Passwords checked and found wrong, as the access log tells."""
    return sum(1 for e in accounts.access_log(limit=1000, actor=username)
               if e.action == "sign_in_failed")


def test_parallel_guesses_check_no_more_than_the_limit(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_user("doan.mo", PASSWORD, "officer", actor="test")

    answers = _in_parallel(30, 30, _guess(accounts, "doan.mo"))

    wrong = [a for a in answers if a == _WRONG]
    assert 1 <= len(wrong) <= MAX_FAILURES, answers
    assert all(a == _WRONG or _LOCKED in a for a in answers), answers
    assert _checked(accounts, "doan.mo") == len(wrong)
    [user] = [u for u in accounts.users() if u.account.username == "doan.mo"]
    assert user.locked_until is not None
    try:
        accounts.authenticate("doan.mo", PASSWORD)
        raise AssertionError("the right password went through a locked account")
    except NotAuthenticated as exc:
        assert _LOCKED in exc.message


def test_waves_of_guesses_stop_at_the_limit(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_user("doan.mo", PASSWORD, "officer", actor="test")

    answers = _in_parallel(100, 20, _guess(accounts, "doan.mo"))

    assert sum(1 for a in answers if a == _WRONG) <= MAX_FAILURES
    assert _checked(accounts, "doan.mo") <= MAX_FAILURES


def test_right_password_starts_the_count_again(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_user("doan.mo", PASSWORD, "officer", actor="test")
    guess = _guess(accounts, "doan.mo")
    for i in range(MAX_FAILURES - 1):
        assert guess(i) == _WRONG
    assert accounts.authenticate("doan.mo", PASSWORD).username == "doan.mo"
    for i in range(MAX_FAILURES - 1):
        assert guess(i) == _WRONG
    assert accounts.authenticate("doan.mo", PASSWORD).username == "doan.mo"


def test_unknown_and_disabled_users_are_only_wrong(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_user("nghi.viec", PASSWORD, "officer", actor="test")
    accounts.set_active("nghi.viec", False, actor="test")
    for username in ("khong.co", "nghi.viec"):
        answers = [_guess(accounts, username)(i) for i in range(MAX_FAILURES + 2)]
        assert answers == [_WRONG] * (MAX_FAILURES + 2)


def test_parallel_posts_to_login_check_no_more_than_the_limit(live: Live) -> None:
    with live.client("admin") as admin:
        added = admin.post("/api/users", json={"username": "doan.mo.web", "password": PASSWORD,
                                               "role": "officer"})
        assert added.status_code == 201, added.text

    def post(i: int) -> str:
        with httpx.Client(base_url=live.url, timeout=60.0) as browser:
            answer = browser.post("/login", data={"username": "doan.mo.web",
                                                  "password": f"sai-mat-khau-{i:03}"})
        assert answer.status_code == 401
        return "locked" if "tạm khoá" in answer.text else "wrong"

    answers = _in_parallel(30, 30, post)

    assert 1 <= answers.count("wrong") <= MAX_FAILURES, answers
    with httpx.Client(base_url=live.url, timeout=60.0) as browser:
        right = browser.post("/login", data={"username": "doan.mo.web", "password": PASSWORD})
    assert right.status_code == 401 and "tạm khoá" in right.text
    with live.client("admin") as admin:
        [user] = [u for u in admin.get("/api/users").json() if u["username"] == "doan.mo.web"]
        log = admin.get("/api/access-log", params={"actor": "doan.mo.web"})
    assert user["locked_until"] is not None
    assert log.status_code == 200, log.text
    failed = [e for e in log.json() if e["action"] == "sign_in_failed"]
    assert len(failed) == answers.count("wrong")
