"""`hoso`: the command-line edge. Reads settings once, maps hoso's errors to exit codes.

Each command lives in a module of this package and is imported only when it runs, so that
`hoso status` does not pay for OpenCV and scikit-learn.
"""

from __future__ import annotations

import importlib
import sys
import traceback

import click

from hoso.errors import HosoError
from hoso.settings import Settings

__all__ = ["cli", "main"]

# command name -> module of api.cli defining it (as a click command of the same name
# in the module's `commands` list)
COMMANDS = {
    "ingest": "archive_cmds", "status": "archive_cmds", "get": "archive_cmds",
    "requeue": "archive_cmds", "reindex": "archive_cmds", "sweep": "archive_cmds",
    "search": "search_cmds", "lookup": "reuse_cmds", "correct": "reuse_cmds",
    "worker": "worker_cmds", "demo": "demo_cmds", "ocr": "ocr_cmds",
    "classify": "classify_cmds", "train": "classify_cmds",
    "serve": "server_cmds", "user": "server_cmds", "token": "server_cmds",
    "verify": "verify_cmds",
    "procedures": "procedure_cmds", "assign": "procedure_cmds", "paper": "procedure_cmds",
    "reuse": "procedure_cmds", "report": "procedure_cmds", "exchange": "procedure_cmds",
    "keys": "keys_cmds",
    "page": "page_cmds", "watch": "watch_cmds", "stack": "watch_cmds",
    "desk": "server_cmds",
    "export": "package_cmds", "import": "package_cmds", "retention": "retention_cmds",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"hoso.api.cli.{module_name}")
        return next((c for c in module.commands if c.name == cmd_name), None)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True,
              help="On an unexpected error, print the whole traceback instead of one line.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """hoso: digitise, archive and search administrative dossiers (hồ sơ)."""
    ctx.obj = Settings.from_env()


def main(argv: list[str] | None = None) -> None:
    """Run the CLI. The one place that turns errors into exit codes: a HosoError is one line on
    stderr and its own code; anything unexpected is one line naming it and exit 70 (software
    error), with the traceback only under `--debug`."""
    args = sys.argv[1:] if argv is None else list(argv)
    debug = False
    try:
        with cli.make_context("hoso", args) as ctx:
            debug = ctx.params["debug"]
            cli.invoke(ctx)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except HosoError as exc:
        click.echo(f"hoso: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - the edge: a bug must not end as a bare traceback
        _report_unexpected(exc, debug=debug)
        sys.exit(INTERNAL_ERROR)


INTERNAL_ERROR = 70  # sysexits' EX_SOFTWARE, as the README says


def _report_unexpected(exc: Exception, *, debug: bool) -> None:
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    where = next((f"{frame.filename}:{frame.lineno}" for frame in
                  reversed(traceback.extract_tb(exc.__traceback__))), "?")
    hint = "" if debug else " (run `hoso --debug ...` for the traceback)"
    click.echo(f"hoso: internal error: {type(exc).__name__}: {exc} at {where}{hint}", err=True)
