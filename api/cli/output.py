"""Output for people and for scripts: JSON documents, progress bars that stay quiet when piped."""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from hoso.api.labels import warning_json
from hoso.page_warnings import PageWarning

__all__ = ["echo_json", "is_terminal", "progress", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """Dataclasses, enums, dates, paths and tuples as plain JSON values; page warnings with
    their Vietnamese message."""
    if isinstance(value, PageWarning):
        return warning_json(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not isinstance(getattr(value, f.name), BaseException)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_jsonable(v) for v in value]
    return value


def echo_json(value: Any) -> None:
    click.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def is_terminal() -> bool:
    return sys.stderr.isatty()


class _Bar:
    def __init__(self, progress: Progress | None, description: str) -> None:
        self._progress = progress
        self._task = progress.add_task(description, total=None) if progress else None

    def update(self, completed: int, total: int) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=completed, total=total)


@contextmanager
def progress(description: str) -> Iterator[_Bar]:
    """A progress bar on stderr when it is a terminal; nothing at all when piped."""
    if not is_terminal():
        yield _Bar(None, description)
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        yield _Bar(bar, description)
