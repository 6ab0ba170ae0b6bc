"""The records an archival package is written from and read back into (archive/package*.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from hoso.archive.retention import RetentionRule

__all__ = ["ImportReport", "PackageEvent", "PackageFile", "PackageInfo", "PackageReport"]


@dataclass(frozen=True)
class PackageInfo:
    """What the descriptive metadata says of a dossier.

    keywords: the Vietnamese names of its documents' types. access_level: who may read it
    (dossiers hold citizens' personal data: restricted). retention: how long it is kept.
    """

    code: str
    title: str
    procedure: str
    desk: str
    applicant_name: str
    received_at: datetime | None
    created_at: datetime
    keywords: tuple[str, ...]
    access_level: str
    retention: RetentionRule
    software_version: str


@dataclass(frozen=True)
class PackageFile:
    """A file in the package: its path from the package root, what it is, its SHA-256.

    kind: original | document_pdf | document_text | page_ocr | page_text | page_pdf |
    page_hocr for data; descriptive | preservation | other for metadata files.
    """

    path: str
    kind: str
    sha256: str
    size: int
    media_type: str
    original_name: str = ""


@dataclass(frozen=True)
class PackageEvent:
    """One event of the dossier's history, with its link in the hash chain."""

    at: datetime
    actor: str
    kind: str
    subject: str
    detail: dict[str, object]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class PackageReport:
    """A package written: where (the bag's folder), the dossier, and what it holds."""

    dossier: str
    path: str
    files: int
    events: int
    history_head: str


@dataclass(frozen=True)
class ImportReport:
    """A package restored: the dossier, its files and pages, and whether the history came
    through link for link (the restored chain ends on the package's head hash)."""

    dossier: str
    files: int
    pages: int
    events: int
    history_head: str
    history_matches: bool
    notes: tuple[str, ...] = field(default_factory=tuple)
