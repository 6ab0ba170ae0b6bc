"""An auditor's check: every blob a dossier's records point to, rehashed against its key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from hoso.archive import BlobStore, Catalog

__all__ = ["IntegrityItem", "IntegrityReport", "check_dossier"]


@dataclass(frozen=True)
class IntegrityItem:
    """One stored file: `kind` (original, page_pdf, document_text, …), whose, and the result."""

    kind: str
    subject: str
    sha256: str
    ok: bool


@dataclass(frozen=True)
class IntegrityReport:
    dossier_code: str
    checked_at: datetime
    items: tuple[IntegrityItem, ...]

    @property
    def failed(self) -> tuple[IntegrityItem, ...]:
        return tuple(i for i in self.items if not i.ok)

    @property
    def ok(self) -> bool:
        return not self.failed


def check_dossier(code: str, *, store: BlobStore, catalog: Catalog, actor: str
                  ) -> IntegrityReport:
    """Rehash every blob of the dossier (absent counts as altered) and record the check."""
    verified: dict[str, bool] = {}
    items = []
    for blob in catalog.dossier_blobs(code):
        if blob.sha256 not in verified:
            verified[blob.sha256] = store.verify(blob.sha256)
        items.append(IntegrityItem(blob.kind, blob.owner, blob.sha256, verified[blob.sha256]))
    report = IntegrityReport(code, datetime.now(UTC), tuple(items))
    catalog.record_event(code, "integrity_checked", code, {
        "checked": len(items), "failed": [i.sha256 for i in report.failed]}, actor=actor)
    return report
