"""Which files a folder hands in, and their hashes."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

from hoso.errors import NotFound

__all__ = ["collect_files", "sha256_file"]

# Files operating systems drop into scanned folders; they are never part of a dossier.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db"})
_DIGITS = re.compile(r"(\d+)")


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """The files to ingest from `paths`, in the order given; folders expand recursively.

    Within a folder, hidden files and folders (and Thumbs.db, desktop.ini) are skipped and
    files come in natural order (page2 before page10), so a scan of page1..pageN keeps its
    order. A file named explicitly is kept even if hidden. A path given twice counts once.
    """
    found: dict[Path, None] = {}
    for path in paths:
        for file in _expand(Path(path)):
            found.setdefault(file, None)
    return list(found)


def _expand(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise NotFound(f"{path}: no such file or folder")
    files = sorted(_walk(path), key=lambda file: _natural_key(file.relative_to(path)))
    if not files:
        raise NotFound(f"{path}: the folder holds no files to ingest")
    return files


def _walk(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):  # does not follow symlinked folders: no loops
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files += [Path(root, n) for n in names if not _skipped(n) and Path(root, n).is_file()]
    return files


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.lower() in _SYSTEM_FILES


def _natural_key(relative: Path) -> tuple[tuple[tuple[int, int | str], ...], ...]:
    return tuple(
        tuple((0, int(t)) if t.isdigit() else (1, t.casefold()) for t in _DIGITS.split(part) if t)
        for part in relative.parts
    )


def sha256_file(path: Path | str, *, chunk_size: int = 1 << 20) -> str:
    """The SHA-256 (hex) of a file, read in chunks so a large scan never sits in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()
