"""`hoso`: the command-line edge. Reads settings once, maps hoso's errors to exit codes."""

from __future__ import annotations

import sys

import click

from api.cli import (
    archive_cmds,
    classify_cmds,
    demo_cmds,
    ocr_cmds,
    reuse_cmds,
    search_cmds,
    server_cmds,
    worker_cmds,
)
from hoso.errors import HosoError
from hoso.settings import Settings

__all__ = ["cli", "main"]

COMMAND_MODULES = (
    archive_cmds, search_cmds, reuse_cmds, worker_cmds, demo_cmds, ocr_cmds, classify_cmds,
    server_cmds,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def cli(ctx: click.Context) -> None:
    """hoso: digitise, archive and search administrative dossiers (hồ sơ)."""
    ctx.obj = Settings.from_env()


for _module in COMMAND_MODULES:
    for _command in _module.commands:
        cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a HosoError becomes one line on stderr and its exit code."""
    try:
        cli.main(args=argv, standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except HosoError as exc:
        click.echo(f"hoso: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
