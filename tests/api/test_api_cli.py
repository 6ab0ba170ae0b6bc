"""`hoso user …` and `hoso token …`: accounts made on the command line sign in to the API."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from hoso.api.accounts import Accounts, Credentials
from hoso.api.cli.main import cli
from hoso.archive import open_catalog
from hoso.settings import Settings


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOSO_HOME", str(tmp_path))
    return tmp_path


def _run(*args: str, stdin: str = "") -> str:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_users_and_tokens_from_the_command_line(home: Path) -> None:
    assert "desk UBND phường 1 added" in _run("desk", "add", "UBND  phường 1")
    said = _run("user", "add", "nv.lan", "--role", "operator", "--desk", "UBND phường 1",
                "--name", "Nguyễn Thị Lan", "--password-stdin", stdin="mot-mat-khau-dai\n")
    assert "nv.lan added (operator, UBND phường 1)" in said
    assert "nv.lan" in _run("user", "list")
    secret = _run("token", "create", "nv.lan", "--name", "máy quét quầy 1").split()[-1]
    catalog = open_catalog(Settings.from_env().catalog_url)
    try:
        accounts = Accounts(catalog)
        assert accounts.authenticate("nv.lan", "mot-mat-khau-dai").desk == "UBND phường 1"
        assert Credentials(accounts).account_for_token(secret).username == "nv.lan"
    finally:
        catalog.close()
    assert "revoked" in _run("token", "revoke", "1")


def test_operator_without_a_desk_is_refused(home: Path) -> None:
    result = CliRunner().invoke(cli, ["user", "add", "x.y", "--role", "operator",
                                      "--password-stdin"], input="mot-mat-khau-dai\n")
    assert result.exit_code != 0
    assert "needs a desk" in str(result.exception)


@pytest.mark.timeout(120)
def test_hoso_serve_answers_over_http(home: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "hoso.api.cli", "serve", "--port", str(port),
                               "--no-worker"], stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1.0)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answer.json() == {"status": "ok"}
    finally:
        server.terminate()
        _, log = server.communicate(timeout=30)
    assert f"serving on http://127.0.0.1:{port}/" in log
