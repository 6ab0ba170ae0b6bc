"""Giving a dossier back: originals, searchable PDFs and text, byte-identical, with SHA-256.

The folder appears whole or not at all: everything is written into a hidden folder next to
the target, checked, and renamed into place at the end, so a failure (a full disk, a blob
that does not match its SHA-256) leaves no half-written folder that looks like an export.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.records import DossierStatus
from hoso.errors import HosoError, InvalidValue
from hoso.ids import DocumentId, FileId

__all__ = ["MAX_EXPORTED_NAME_BYTES", "ExportedFile", "export_dossier", "exported_name",
           "planned_files"]

# ext4, XFS, NTFS and exFAT allow 255 bytes (or UTF-16 units) per name; 200 leaves room for
# the `.part` of a file being written and for a `~2` that keeps two names apart.
MAX_EXPORTED_NAME_BYTES = 200
_MAX_SUFFIX_BYTES = 16  # longer than this, the "extension" is part of the name
_UNSAFE = frozenset('/\\\0')


@dataclass(frozen=True)
class ExportedFile:
    """One file written back: its path relative to the output folder, kind, and SHA-256."""

    path: str
    kind: str  # original | pdf | text
    sha256: str
    size: int


def exported_name(name: str, limit: int = MAX_EXPORTED_NAME_BYTES) -> str:
    """`name` as one safe file name of at most `limit` UTF-8 bytes: separators and control
    characters become `_`, the extension is kept and the stem is cut, never inside a
    character."""
    name = "".join("_" if c in _UNSAFE or unicodedata.category(c) == "Cc" else c
                   for c in unicodedata.normalize("NFC", name))
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix.encode("utf-8")) > _MAX_SUFFIX_BYTES:
        stem, suffix = name, ""
    ending = f".{suffix}" if suffix else ""
    return _cut_utf8(stem, limit - len(ending.encode("utf-8"))) + ending


def _cut_utf8(text: str, limit: int) -> str:
    # errors="ignore" drops the bytes of a character the cut went through.
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def _unique(relative: str, taken: set[str]) -> str:
    """`relative`, or `name~2.ext`, `name~3.ext`… when a cut name meets one already planned."""
    folder, _, name = relative.rpartition("/")
    candidate, number = relative, 1
    while candidate.casefold() in taken:  # case-insensitive filesystems (NTFS, APFS) too
        number += 1
        stem, dot, suffix = name.rpartition(".")
        stem, suffix = (stem, f".{suffix}") if dot and stem else (name, "")
        mark = f"~{number}"
        short = exported_name(stem, MAX_EXPORTED_NAME_BYTES - len(f"{mark}{suffix}".encode()))
        candidate = f"{folder}/{short}{mark}{suffix}"
    taken.add(candidate.casefold())
    return candidate


def planned_files(status: DossierStatus) -> list[tuple[str, str, str]]:
    """(relative path, kind, sha256) of everything a dossier gives back; every name bounded
    and distinct."""
    plan, taken = [], set[str]()

    def add(folder: str, name: str, kind: str, sha256: str) -> None:
        plan.append((_unique(f"{folder}/{exported_name(name)}", taken), kind, sha256))

    for source in status.files:
        add("originals", f"{FileId.parse(source.file_id).relative}-{source.filename}",
            "original", source.sha256)
        for doc in source.documents:
            name = DocumentId.parse(doc.document_id).relative.replace("/", "-")
            label = f"{name}-{doc.doc_type}"
            if doc.pdf_sha256:
                add("documents", f"{label}.pdf", "pdf", doc.pdf_sha256)
            if doc.text_sha256:
                add("text", f"{label}.txt", "text", doc.text_sha256)
    return plan


def export_dossier(code: str, out_dir: Path, *, store: BlobStore, catalog: Catalog,
                   force: bool = False) -> list[ExportedFile]:
    """Write the dossier's files under `out_dir`, each checked against its SHA-256 on the way,
    and a SHA256SUMS file that `sha256sum -c` verifies.

    `out_dir` must not exist or be empty; with `force` an existing folder is replaced, once
    the new one is complete. Nothing is left behind when it fails."""
    plan = planned_files(catalog.status(code))
    _check_target(out_dir, force)
    with _staging(out_dir) as staging:
        written = [_write(staging, relative, kind, sha256, store)
                   for relative, kind, sha256 in plan]
        sums = "".join(f"{f.sha256}  {f.path}\n" for f in written)
        (staging / "SHA256SUMS").write_text(sums, encoding="utf-8")
        _put_in_place(staging, out_dir)
    return written


def _check_target(out_dir: Path, force: bool) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidValue(f"{out_dir} exists and is not a folder", hint="choose another --out")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise InvalidValue(f"{out_dir} exists and is not empty",
                           hint="choose another --out, or add --force to replace it")


@contextmanager
def _staging(out_dir: Path) -> Iterator[Path]:
    """A hidden folder beside `out_dir` (same filesystem, so the last rename is atomic),
    removed unless it was renamed into place."""
    parent = out_dir.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name[:40]}.partial-", dir=parent))
    try:
        yield staging
    except OSError as error:
        raise HosoError(f"exporting to {out_dir} failed, nothing was written: "
                        f"{error.strerror or error} ({error.filename or out_dir})") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write(staging: Path, relative: str, kind: str, sha256: str, store: BlobStore
           ) -> ExportedFile:
    dest = staging / relative
    # Names are made safe above; this is the last word, whatever a name holds.
    if not dest.resolve().is_relative_to(staging.resolve()):
        raise InvalidValue(f"refusing to write {relative!r} outside the output folder")
    dest.parent.mkdir(parents=True, exist_ok=True)
    blob = store.copy_to(sha256, dest)
    return ExportedFile(relative, kind, blob.sha256, blob.size)


def _put_in_place(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    if not any(out_dir.iterdir()):
        os.replace(staging, out_dir)  # rename(2) replaces an empty folder
        return
    old = out_dir.with_name(f".{out_dir.name[:40]}.old-{staging.name.rpartition('-')[2]}")
    out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)
