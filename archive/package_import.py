"""`hoso import PACKAGE`: a dossier exported by `hoso export` restored into this archive.

The bag is validated first (every payload file against its SHA-256 manifest, RFC 8493), then
every blob the catalog's records point to is stored and checked against its key, and only
then are the records written, in one transaction (archive/restore.py): a package that does
not hold, or a dossier already here, leaves nothing behind but stored blobs, which
`hoso sweep` removes once nothing points to them.

History: the events are replayed with their original times, actors and details, so the
restored chain's links are the package's own; the report says whether the chain ends on the
package's head hash, and a `dossier_imported` event records the import after them.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.package import FORMAT
from hoso.archive.package_records import ImportReport, PackageEvent
from hoso.archive.records import DocumentStatus, FileStatus, PageStatus
from hoso.errors import CorruptFile, IntegrityError, MissingExtra
from hoso.ids import check_dossier_code
from hoso.page_warnings import PageWarning
from hoso.records import DossierInfo, Field, PageState

__all__ = ["import_package", "validate_bag"]

SNAPSHOT = "data/metadata/other/hoso.json"


def import_package(path: Path, *, store: BlobStore, catalog: Catalog,
                   actor: str) -> ImportReport:
    """Restore the dossier of the bag at `path` (see the module docstring)."""
    validate_bag(path)
    record = _read_snapshot(path)
    info = _dossier(record["dossier"])
    files = tuple(_file(f) for f in record["files"])
    events = [_event(e) for e in record["history"]["events"]]
    _store_blobs(path / "data", record["blobs"], store)
    head = record["history"]["head"]
    replayed = catalog.restore_dossier(
        info, files, record.get("page_hocr", {}), events,
        sources=record.get("page_sources", {}), actor=actor,
        imported={"package": path.name, "history_head": head, "events": len(events)})
    return ImportReport(info.code, len(files), sum(len(f.pages) for f in files),
                        len(events), replayed, replayed == head)


def validate_bag(path: Path) -> None:
    """The bag at `path` is complete and every file matches its manifest, or CorruptFile."""
    try:
        import bagit
    except ImportError:
        raise MissingExtra("bagit", "reading archival packages") from None
    try:
        bagit.Bag(str(path)).validate(processes=1)
    except bagit.BagValidationError as exc:
        problems = "; ".join(str(d) for d in exc.details[:5]) or str(exc)
        raise CorruptFile(path.name, f"the package's bag does not hold: {problems}") from None
    except bagit.BagError as exc:
        raise CorruptFile(path.name, f"not a BagIt bag ({exc})") from None


def _read_snapshot(path: Path) -> dict[str, Any]:
    try:
        record = json.loads((path / SNAPSHOT).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CorruptFile(path.name, f"{SNAPSHOT} cannot be read ({exc})") from None
    if record.get("format") != FORMAT:
        raise CorruptFile(path.name, f"{SNAPSHOT} is not a {FORMAT} record "
                                     f"({record.get('format')!r})")
    return dict(record)


def _store_blobs(root: Path, blobs: dict[str, str], store: BlobStore) -> None:
    for sha256, relative in blobs.items():
        source = (root / relative).resolve()
        if not source.is_relative_to(root.resolve()):
            raise CorruptFile(relative, "the package points outside itself")
        stored = store.put_file(source)
        if stored.sha256 != sha256:
            raise IntegrityError(f"{relative}: SHA-256 {stored.sha256}, the package says "
                                 f"{sha256}")


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _dossier(raw: dict[str, Any]) -> DossierInfo:
    return DossierInfo(**{**raw, "code": check_dossier_code(raw["code"]),
                          "received_at": _time(raw.get("received_at"))})


def _file(raw: dict[str, Any]) -> FileStatus:
    return FileStatus(**{
        **raw,
        "pages": tuple(_page(p) for p in raw["pages"]),
        "documents": tuple(_document(d) for d in raw["documents"]),
    })


def _page(raw: dict[str, Any]) -> PageStatus:
    return PageStatus(**{
        **raw, "state": PageState(raw["state"]),
        "warnings": tuple(PageWarning.from_json(w) for w in raw["warnings"]),
    })


def _document(raw: dict[str, Any]) -> DocumentStatus:
    fields = tuple(Field(**{**f, "box": tuple(f["box"]) if f.get("box") else None})
                   for f in raw["fields"])
    return DocumentStatus(**{**raw, "fields": fields, "page_ids": tuple(raw["page_ids"])})


def _event(raw: dict[str, Any]) -> PackageEvent:
    return PackageEvent(**{**raw, "at": _time(raw["at"])})
