"""`hoso serve` (the HTTP API and web pages), `hoso user …` and `hoso token …` (accounts)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from hoso.api.accounts import Accounts, Credentials, Role
from hoso.api.cli.output import echo_json
from hoso.archive import open_catalog
from hoso.settings import Settings

__all__ = ["commands"]

CLI_ACTOR = "cli"


@contextmanager
def _accounts(settings: Settings) -> Iterator[tuple[Accounts, Credentials]]:
    catalog = open_catalog(settings.catalog_url)
    try:
        accounts = Accounts(catalog)
        yield accounts, Credentials(accounts)
    finally:
        catalog.close()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--no-worker", is_flag=True,
              help="Do not digitise in this process (`hoso worker`s do it).")
@click.option("--proxy", "behind_proxy", is_flag=True,
              help="Trust X-Forwarded-* from a reverse proxy on this machine (HTTPS).")
@click.pass_obj
def serve(settings: Settings, host: str, port: int, no_worker: bool, behind_proxy: bool) -> None:
    """Serve the HTTP API (/api, OpenAPI at /docs) and the web pages."""
    import uvicorn

    from hoso.api.http import create_app

    app = create_app(settings, run_worker=not no_worker)
    click.echo(f"hoso: serving on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, proxy_headers=behind_proxy,
                forwarded_allow_ips="127.0.0.1" if behind_proxy else None, log_level="info")


@click.group()
def user() -> None:
    """Manage the accounts that sign in to the web pages and the API."""


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--desk", default="", help="The intake desk (required for operators).")
@click.option("--name", "display_name", default="", help="Full name, as shown on the pages.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def user_add(settings: Settings, username: str, role: str, desk: str, display_name: str,
             password_stdin: bool) -> None:
    """Create a user (the password is asked for, or read with --password-stdin)."""
    password = _read_password(password_stdin)
    with _accounts(settings) as (accounts, _):
        account = accounts.add_user(username, password, role, desk=desk,
                                    display_name=display_name, actor=CLI_ACTOR)
    click.echo(f"user {account.username} added ({account.role.value}"
               f"{', ' + account.desk if account.desk else ''})")


@user.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_obj
def user_list(settings: Settings, as_json: bool) -> None:
    """List the users, their roles and desks."""
    with _accounts(settings) as (accounts, _):
        users = accounts.users()
    if as_json:
        echo_json(users)
        return
    for u in users:
        state = "" if u.active else "  (disabled)"
        click.echo(f"{u.account.username:<20} {u.account.role.value:<9} {u.account.desk}{state}")


@user.command("passwd")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def user_passwd(settings: Settings, username: str, password_stdin: bool) -> None:
    """Set a user's password (unlocks the account, ends their sessions and tokens)."""
    password = _read_password(password_stdin)
    with _accounts(settings) as (accounts, _):
        accounts.set_password(username, password, actor=CLI_ACTOR)
    click.echo(f"password of {username} set")


@user.command("disable")
@click.argument("username")
@click.option("--enable", is_flag=True, help="Enable the user again instead.")
@click.pass_obj
def user_disable(settings: Settings, username: str, enable: bool) -> None:
    """Disable a user: their sessions and tokens stop working at once."""
    with _accounts(settings) as (accounts, _):
        accounts.set_active(username, enable, actor=CLI_ACTOR)
    click.echo(f"{username} {'enabled' if enable else 'disabled'}")


@user.command("enable")
@click.argument("username")
@click.pass_obj
def user_enable(settings: Settings, username: str) -> None:
    """Enable a disabled user again (their old sessions and tokens stay ended)."""
    with _accounts(settings) as (accounts, _):
        accounts.set_active(username, True, actor=CLI_ACTOR)
    click.echo(f"{username} enabled")


@user.command("set")
@click.argument("username")
@click.option("--role", type=click.Choice([r.value for r in Role]), default=None)
@click.option("--desk", default=None, help="The intake desk (one of `hoso desk list`).")
@click.option("--name", "display_name", default=None, help="Full name, as shown on the pages.")
@click.pass_obj
def user_set(settings: Settings, username: str, role: str | None, desk: str | None,
             display_name: str | None) -> None:
    """Change a user's role, desk or full name. A new role or desk ends their sessions and
    tokens; the last active administrator keeps the role."""
    with _accounts(settings) as (accounts, _):
        before = accounts.user(username)
        if role is not None or desk is not None:
            accounts.set_role(username, role or before.role,
                              desk=before.desk if desk is None else desk, actor=CLI_ACTOR)
        if display_name is not None:
            accounts.set_display_name(username, display_name, actor=CLI_ACTOR)
        after = accounts.user(username)
    click.echo(f"user {after.username}: {after.role.value}"
               f"{', ' + after.desk if after.desk else ''}"
               f"{', ' + after.display_name if after.display_name else ''}")


@click.group()
def desk() -> None:
    """Manage the intake desks operators work at (a list, so a typo is not a new desk)."""


@desk.command("add")
@click.argument("name")
@click.pass_obj
def desk_add(settings: Settings, name: str) -> None:
    """Add an intake desk, e.g. "UBND phường Bến Nghé"."""
    with _accounts(settings) as (accounts, _):
        added = accounts.add_desk(name, actor=CLI_ACTOR)
    click.echo(f"desk {added} added")


@desk.command("list")
@click.pass_obj
def desk_list(settings: Settings) -> None:
    """List the intake desks."""
    with _accounts(settings) as (accounts, _):
        for name in accounts.desks():
            click.echo(name)


@click.group()
def token() -> None:
    """Manage API tokens for scanners, kiosks and other software."""


@token.command("create")
@click.argument("username")
@click.option("--name", required=True, help="Which machine or program uses it.")
@click.pass_obj
def token_create(settings: Settings, username: str, name: str) -> None:
    """Make an API token acting as USERNAME; prints the secret once, on stdout."""
    with _accounts(settings) as (_, credentials):
        secret, view = credentials.create_token(username, name, actor=CLI_ACTOR)
    click.echo(f"token {view.token_id} for {username} ({view.name}); keep it secret:", err=True)
    click.echo(secret)


@token.command("list")
@click.option("--user", "username", default=None, help="Only this user's tokens.")
@click.pass_obj
def token_list(settings: Settings, username: str | None) -> None:
    """List API tokens (never their secrets)."""
    with _accounts(settings) as (_, credentials):
        tokens = credentials.tokens(username)
    for t in tokens:
        used = t.last_used_at.isoformat(timespec="minutes") if t.last_used_at else "never"
        state = "revoked" if t.revoked else f"last used {used}"
        click.echo(f"{t.token_id:>4}  {t.username:<16} {t.name:<28} {state}")


@token.command("revoke")
@click.argument("token_id", type=int)
@click.pass_obj
def token_revoke(settings: Settings, token_id: int) -> None:
    """Revoke an API token: it stops working at once."""
    with _accounts(settings) as (_, credentials):
        credentials.revoke_token(token_id, actor=CLI_ACTOR)
    click.echo(f"token {token_id} revoked")


commands: list[click.Command] = [serve, user, token, desk]
