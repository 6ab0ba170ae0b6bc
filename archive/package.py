"""Archival packages: a dossier as an E-ARK CSIP information package in a BagIt bag.

`hoso export CODE --out DIR` writes DIR/CODE, a BagIt bag (RFC 8493, the `bagit` library,
SHA-256 manifests) whose payload is the information package (E-ARK CSIP, as Thông tư
05/2025/TT-BNV asks):

    DIR/CODE/                     bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-…
      data/METS.xml               the package's root METS (files with SHA-256, structure)
      data/representations/rep1/METS.xml    the representation's own METS (its files)
      data/metadata/descriptive/dc.xml      code, title, dates, language, keywords, access,
                                            retention period (archive/retention.py)
      data/metadata/preservation/premis.xml every file with its SHA-256 fixity; every event
                                            of the dossier's hash-chained history, in +07:00
      data/metadata/other/hoso.json         the catalog's records, for `hoso import`
      data/representations/rep1/data/originals/   the files handed in, byte-identical
                                    documents/    the searchable document PDFs
                                    text/         the documents' text
                                    pages/        each page's OCR record, text, PDF, hOCR

Like `hoso get` (archive/export.py, whose names and checks it shares), the bag is written in
a hidden folder beside its place and renamed there once complete; each blob is checked
against its SHA-256 on the way out. A history whose chain does not hold is not exported.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog
from hoso.archive.chain import GENESIS, event_content, link_hash
from hoso.archive.export import (
    _check_target,
    _put_in_place,
    _staging,
    _write,
    exported_name,
    planned_files,
)
from hoso.archive.package_records import PackageEvent, PackageFile, PackageInfo, PackageReport
from hoso.archive.package_xml import (
    ICT,
    dublin_core,
    local_time,
    mets,
    premis,
    representation_mets,
)
from hoso.archive.records import DossierStatus, FileStatus
from hoso.archive.retention import RetentionRule, longest, rule_for
from hoso.doctypes import doc_type_name
from hoso.errors import IntegrityError, MissingExtra

__all__ = ["ACCESS_LEVEL", "FORMAT", "REP", "export_package", "package_events"]

FORMAT = "hoso-package/1"
REP = "representations/rep1/data"
REP_ROOT = "representations/rep1/"
ACCESS_LEVEL = "Hạn chế"  # dossiers hold citizens' personal data (Nghị định 13/2023/NĐ-CP)
_PAGE_FILES = {"page_ocr": ".ocr.json", "page_text": ".txt", "page_pdf": ".pdf",
               "page_hocr": ".hocr.html"}
_MEDIA = {"original": "", "pdf": "application/pdf", "text": "text/plain",
          "page_ocr": "application/json", "page_text": "text/plain",
          "page_pdf": "application/pdf", "page_hocr": "text/html"}


def export_package(code: str, out_dir: Path, *, store: BlobStore, catalog: Catalog,
                   force: bool = False) -> PackageReport:
    """Write dossier `code`'s package as the bag `out_dir`/CODE (see the module docstring)."""
    target = out_dir / exported_name(code)
    _check_target(target, force)
    status = catalog.status(code)
    events = package_events(code, catalog)
    now = datetime.now(UTC)
    with _staging(target) as staging:
        files = _write_data(staging, status, catalog, store)
        kept = longest(rule_for(d) for d in catalog.retained_documents(code))
        info = _package_info(status, events, now, kept)
        metadata = _write_metadata(staging, info, status, files, events, catalog)
        rep_mets = _put(staging, f"{REP_ROOT}METS.xml",
                        representation_mets(info, files, REP_ROOT, now))
        _put(staging, "METS.xml", mets(info, files, metadata, now, rep_mets))
        _make_bag(staging, info)
        _put_in_place(staging, target)
    return PackageReport(code, str(target), len(files), len(events),
                         events[-1].hash if events else GENESIS)


def package_events(code: str, catalog: Catalog) -> list[PackageEvent]:
    """The dossier's history with each event's link, recomputed and checked against the
    chain the catalog holds: a broken chain is refused, not packaged as if whole."""
    state = catalog.check_history(code)
    views = catalog.history(code, limit=10**9)
    if not state.intact or len(views) != len(state.hashes):
        raise IntegrityError(f"the history of dossier {code} does not hold; run "
                             f"`hoso verify {code}` before exporting it")
    events, prev = [], GENESIS
    for view, stored in zip(views, state.hashes, strict=True):
        link = link_hash(prev, event_content(code, view.at, view.actor, view.kind,
                                             view.subject, view.detail))
        if link != stored:
            raise IntegrityError(f"the history of dossier {code} does not hold at {view.kind}")
        events.append(PackageEvent(view.at, view.actor, view.kind, view.subject,
                                   dict(view.detail), prev, link))
        prev = link
    return events


def _write_data(staging: Path, status: DossierStatus, catalog: Catalog, store: BlobStore
                ) -> list[PackageFile]:
    """Originals, document PDFs and text (named as `hoso get` names them), then each page's
    artefacts; a blob two records share is written once."""
    plan = [(f"{REP}/{relative}", kind, sha) for relative, kind, sha in planned_files(status)]
    names = {f.sha256: f.filename for f in status.files}
    planned = {sha for _, _, sha in plan}
    for use in catalog.dossier_blobs(status.info.code):
        if use.kind == "original" and use.sha256 not in planned:  # a rescanned page's own
            names[use.sha256] = use.owner
            plan.append((f"{REP}/originals/rescans/{exported_name(use.owner)}", "original",
                         use.sha256))
        elif use.kind in _PAGE_FILES:
            stem = use.owner.split("/", 1)[1].replace("/", "-")
            plan.append((f"{REP}/pages/{stem}{_PAGE_FILES[use.kind]}", use.kind, use.sha256))
    written, seen = [], set[tuple[str, str]]()
    for relative, kind, sha in plan:
        if (kind, sha) in seen:
            continue
        seen.add((kind, sha))
        out = _write(staging, relative, kind, sha, store)
        media = _MEDIA[kind] or mimetypes.guess_type(names.get(sha, ""))[0] or ""
        written.append(PackageFile(out.path, kind, out.sha256, out.size,
                                   media or "application/octet-stream", names.get(sha, "")))
    return written


def _package_info(status: DossierStatus, events: Sequence[PackageEvent], now: datetime,
                  retention: RetentionRule) -> PackageInfo:
    info = status.info
    types = [d.doc_type for f in status.files for d in f.documents]
    title = f"Hồ sơ {info.code}" + (f" - thủ tục {info.procedure}" if info.procedure else "")
    return PackageInfo(
        code=info.code, title=title, procedure=info.procedure, desk=info.desk,
        applicant_name=info.applicant_name, received_at=info.received_at,
        created_at=events[0].at if events else now,
        keywords=tuple(dict.fromkeys(doc_type_name(t) for t in types)),
        access_level=ACCESS_LEVEL, retention=retention,
        software_version=_software_version(),
    )


def _write_metadata(staging: Path, info: PackageInfo, status: DossierStatus,
                    files: Sequence[PackageFile], events: Sequence[PackageEvent],
                    catalog: Catalog) -> list[PackageFile]:
    hocr = {u.owner: u.sha256 for u in catalog.dossier_blobs(info.code) if u.kind == "page_hocr"}
    sources = {p.page_id: _page_source(catalog, p.page_id) for p in status.pages
               if p.source_sha256}
    return [
        _put(staging, "metadata/descriptive/dc.xml", dublin_core(info), "descriptive"),
        _put(staging, "metadata/preservation/premis.xml", premis(files, events, info.code),
             "preservation"),
        _put(staging, "metadata/other/hoso.json",
             snapshot(status, files, events, hocr, sources), "other"),
    ]


def _page_source(catalog: Catalog, page_id: str) -> dict[str, object]:
    """Where a rescanned page's picture is: its own original's name, type and page."""
    task = catalog.page_task(page_id)
    return {"filename": task.filename, "media_type": task.media_type,
            "index": task.index_in_file}


def snapshot(status: DossierStatus, files: Sequence[PackageFile],
             events: Sequence[PackageEvent], hocr: dict[str, str],
             sources: dict[str, dict[str, object]]) -> bytes:
    """The catalog's records of the dossier as JSON (`hoso import` reads them back)."""
    record = {
        "page_sources": sources,
        "format": FORMAT,
        "dossier": asdict(status.info),
        "files": [_file_json(f) for f in status.files],
        "page_hocr": hocr,
        "blobs": {f.sha256: f.path for f in files},
        "history": {"head": events[-1].hash if events else GENESIS,
                    "events": [asdict(e) for e in events]},
    }
    return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True,
                      default=_json_value).encode("utf-8")


def _file_json(source: FileStatus) -> dict[str, object]:
    record = asdict(source)
    for page, raw in zip(source.pages, record["pages"], strict=True):
        raw["warnings"] = [w.to_json() for w in page.warnings]
    return record


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        return _exact_time(value)
    raise TypeError(f"cannot write {type(value).__name__} in a package")


def _exact_time(moment: datetime) -> str:
    """In +07:00, to the microsecond: the history's hashes are computed from these."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(ICT).isoformat(timespec="microseconds")


def _put(staging: Path, relative: str, data: bytes, kind: str = "mets") -> PackageFile:
    path = staging / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    media = "application/json" if relative.endswith(".json") else "text/xml"
    return PackageFile(relative, kind, hashlib.sha256(data).hexdigest(), len(data), media)


def _make_bag(staging: Path, info: PackageInfo) -> None:
    try:
        import bagit
    except ImportError:
        raise MissingExtra("bagit", "writing archival packages") from None
    bagit.make_bag(str(staging), {
        "Source-Organization": info.desk or "hoso",
        "External-Identifier": info.code,
        "External-Description": info.title,
        "Bag-Software-Agent": f"hoso {info.software_version}",
        "Bagging-Date": local_time(datetime.now(UTC))[:10],
    }, checksums=["sha256"])


def _software_version() -> str:
    try:
        return version("hoso")
    except PackageNotFoundError:
        return "unknown"
