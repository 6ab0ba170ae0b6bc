"""Commands of `hoso` (see api.cli.main)."""

from __future__ import annotations

import click

commands: list[click.Command] = []
