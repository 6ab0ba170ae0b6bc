"""The `hoso` command line. Each command group lives in its own module of this package."""

from hoso.api.cli.main import main

__all__ = ["main"]
