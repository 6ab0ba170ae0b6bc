"""An administrator cannot lock themselves out, nor leave the archive without an active
administrator, even when two of them lock each other at the same moment (SQLite and
PostgreSQL); operators' desks come from a managed list; the command line can enable a user
again and change a role, desk or full name."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from hoso.api.accounts import Accounts
from hoso.api.cli.main import cli
from hoso.api.wording import error_text
from hoso.archive import Catalog
from hoso.errors import Conflict, HosoError, InvalidValue

PASSWORD = "mot-mat-khau-dai"


def _admins(accounts: Accounts, *names: str) -> None:
    for name in names:
        accounts.add_user(name, PASSWORD, "admin", display_name=name.title(), actor="test")


def _active_admins(accounts: Accounts) -> list[str]:
    return [u.account.username for u in accounts.users()
            if u.active and u.account.role.value == "admin"]


def test_an_admin_cannot_lock_or_demote_themselves(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    _admins(accounts, "an", "binh")
    with pytest.raises(Conflict) as locked:
        accounts.set_active("an", False, actor="an")
    assert locked.value.code == "self_lock"
    assert error_text(locked.value) == "Không thể tự khoá tài khoản của chính mình."
    with pytest.raises(Conflict):
        accounts.set_role("an", "officer", actor="an")
    assert _active_admins(accounts) == ["an", "binh"]


def test_the_last_active_admin_stays(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    _admins(accounts, "an", "binh")
    accounts.set_active("binh", False, actor="an")
    with pytest.raises(Conflict) as refused:
        accounts.set_active("an", False, actor="cli")
    assert refused.value.code == "last_admin"
    with pytest.raises(Conflict):
        accounts.set_role("an", "auditor", actor="cli")
    accounts.set_active("binh", True, actor="an")  # enabling is never refused
    accounts.set_role("binh", "auditor", actor="an")
    assert _active_admins(accounts) == ["an"]


@pytest.mark.timeout(120)
def test_two_admins_locking_each_other_at_once_leave_one(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    for round_no in range(5):
        a, b = f"a{round_no}", f"b{round_no}"
        _admins(accounts, a, b)
        for other in _active_admins(accounts):
            if other not in (a, b):
                accounts.set_role(other, "officer", actor=a)
        start = threading.Barrier(2)

        def lock(target: str, actor: str, start: threading.Barrier = start) -> str:
            start.wait()
            try:
                accounts.set_active(target, False, actor=actor)
            except HosoError as exc:
                return exc.code
            return "locked"

        with ThreadPoolExecutor(2) as pool:
            answers = sorted(pool.map(lock, (a, b), (b, a)))
        assert answers == ["last_admin", "locked"], answers
        assert len(_active_admins(accounts)) == 1


def test_operators_desks_come_from_the_list(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_desk("  UBND phường  Bến Nghé ", actor="test")
    assert accounts.desks() == ["UBND phường Bến Nghé"]
    with pytest.raises(Conflict):
        accounts.add_desk("UBND phường Bến Nghé", actor="test")
    with pytest.raises(InvalidValue) as typo:
        accounts.add_user("lan", PASSWORD, "operator", desk="UBND phuong Ben Nghe", actor="t")
    assert typo.value.code == "unknown_desk"
    accounts.add_user("lan", PASSWORD, "operator", desk="UBND phường Bến Nghé", actor="t")
    with pytest.raises(InvalidValue):
        accounts.set_role("lan", "operator", desk="Phường 2", actor="t")


def _run(*args: str, stdin: str = "", code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


def test_command_line_enables_edits_and_keeps_an_admin(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOSO_HOME", str(tmp_path))
    _run("desk", "add", "Bộ phận một cửa quận 1")
    assert _run("desk", "list").split("\n")[0] == "Bộ phận một cửa quận 1"
    _run("user", "add", "quan.tri", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    _run("user", "add", "lan", "--role", "officer", "--password-stdin", stdin=PASSWORD)
    refused = CliRunner().invoke(cli, ["user", "disable", "quan.tri"])
    assert isinstance(refused.exception, Conflict)  # exit 65 from `hoso`, one line said
    assert "last active administrator" in str(refused.exception)
    _run("user", "disable", "lan")
    assert "lan enabled" in _run("user", "enable", "lan")
    said = _run("user", "set", "lan", "--role", "operator", "--desk", "Bộ phận một cửa quận 1",
                "--name", "Trần Thị Lan")
    assert "lan: operator, Bộ phận một cửa quận 1, Trần Thị Lan" in said
    typo = CliRunner().invoke(cli, ["user", "set", "lan", "--desk", "quan 1"])
    assert isinstance(typo.exception, InvalidValue)
    assert "unknown desk" in str(typo.exception)
