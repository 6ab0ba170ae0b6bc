"""A consume folder (`hoso watch`): a scanner's output folder, whose files are taken in as
they arrive, once complete, and moved aside once stored.

A scanner (or a copy over the network) writes a file over seconds; reading it half-written
would store half a scan. A file is taken only when it has stayed the same size and
modification time over two polls in a row, and, on Linux, no process holds it open for
writing. Once the intake has stored it, it goes to `FOLDER/.done/`; a file the intake
refuses goes to `FOLDER/.error/` with `NAME.reason.txt` beside it saying why. A file whose
intake failed for a passing reason (a server down) stays where it is and is tried again.

    FOLDER/scan-0001.pdf            → the dossier named by `--dossier`
    FOLDER/CODE/scan-0001.pdf       → dossier CODE (`--dossier-from-subfolder`)
    FOLDER/stack.pdf                → split at its QR cover sheets (`--covers`, ingest/cover.py)
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hoso.errors import InvalidValue
from hoso.ids import check_dossier_code

__all__ = ["DONE", "ERROR", "Arrival", "FolderWatch", "move_aside", "open_for_writing"]

DONE = ".done"
ERROR = ".error"


@dataclass(frozen=True)
class Arrival:
    """A complete file in the watched folder, and the dossier it is for: None when its cover
    sheets say (`--covers`), or when the folder cannot say (a subfolder name that is not a
    dossier code: `problem` says why)."""

    path: Path
    relative: Path
    dossier_code: str | None
    problem: str = ""


class FolderWatch:
    """Polls a folder; `arrivals()` gives the files complete since the last poll."""

    def __init__(self, folder: Path, *, dossier: str | None, from_subfolder: bool,
                 from_covers: bool = False) -> None:
        if [dossier is not None, from_subfolder, from_covers].count(True) != 1:
            raise InvalidValue("a watched folder needs one of a dossier code, "
                               "--dossier-from-subfolder or --covers")
        self.folder, self.dossier, self.from_subfolder = folder, dossier, from_subfolder
        self.from_covers = from_covers
        self._last: dict[Path, tuple[int, int]] = {}

    def arrivals(self) -> list[Arrival]:
        """Files unchanged since the previous call and open for writing by no process."""
        now = {path: _signature(path) for path in self._candidates()}
        stable = [p for p, sig in now.items()
                  if sig is not None and self._last.get(p) == sig and not open_for_writing(p)]
        self._last = {p: sig for p, sig in now.items() if sig is not None}
        return [self._arrival(p) for p in sorted(stable)]

    def forget(self, path: Path) -> None:
        """The file was moved aside (or is to be looked at afresh)."""
        self._last.pop(path, None)

    def _candidates(self) -> Iterator[Path]:
        yield from _files(self.folder, 2 if self.from_subfolder else 1)

    def _arrival(self, path: Path) -> Arrival:
        relative = path.relative_to(self.folder)
        if self.from_covers:
            return Arrival(path, relative, None)  # its cover sheets will say
        if not self.from_subfolder:
            return Arrival(path, relative, self.dossier)
        if len(relative.parts) != 2:
            return Arrival(path, relative, None, "a file in a watched folder with "
                           "--dossier-from-subfolder must be in a subfolder named by its "
                           "dossier code")
        try:
            return Arrival(path, relative, check_dossier_code(relative.parts[0]))
        except InvalidValue as exc:
            return Arrival(path, relative, None, str(exc))


def _files(folder: Path, depth: int) -> Iterator[Path]:
    """Regular files up to `depth` levels down, leaving out hidden names (`.done`, `.error`,
    and the `.part` or `~$` files some scanners write first)."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return
    for entry in entries:
        if entry.name.startswith((".", "~")):
            continue
        if entry.is_file(follow_symlinks=False):
            yield Path(entry.path)
        elif depth > 1 and entry.is_dir(follow_symlinks=False):
            yield from _files(Path(entry.path), depth - 1)


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def open_for_writing(path: Path) -> bool:
    """Whether a process of this machine holds the file open for writing (Linux's /proc;
    False where it cannot tell). Processes of other users may be invisible: the two polls
    of an unchanged size are the rule that always holds."""
    proc = Path("/proc")
    if not proc.is_dir():
        return False
    target = str(path.resolve())
    for fd_dir in proc.glob("[0-9]*/fd"):
        try:
            for fd in os.scandir(fd_dir):
                if os.readlink(fd.path) == target and _writable(fd_dir.parent, fd.name):
                    return True
        except OSError:
            continue  # gone, or not ours to look at
    return False


def _writable(process: Path, fd: str) -> bool:
    try:
        info = (process / "fdinfo" / fd).read_text()
    except OSError:
        return False
    flags = next((line.split()[1] for line in info.splitlines()
                  if line.startswith("flags:")), "0")
    return (int(flags, 8) & os.O_ACCMODE) in (os.O_WRONLY, os.O_RDWR)


def move_aside(folder: Path, arrival: Arrival, *, reason: str | None = None) -> Path:
    """Move a taken file to `.done/` (or, with a `reason`, to `.error/` with the reason
    beside it), keeping its subfolder; a name already there gets the time added."""
    dest = folder / (ERROR if reason is not None else DONE) / arrival.relative
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        dest = dest.with_name(f"{dest.stem}.{stamp}{dest.suffix}")
    shutil.move(arrival.path, dest)
    if reason is not None:
        dest.with_name(dest.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
    return dest
