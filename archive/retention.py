"""How long a dossier's papers are kept: a retention period per document, and per dossier.

The law sets retention per procedure component (thành phần hồ sơ): a document matched to a
component of its dossier's procedure version (archive/completeness.py) is kept for that
component's period (`rule_for_component`). A document matched to none (a dossier without a
procedure, a paper the list does not name) falls back to its type, with the table below,
from the periods the Ministry of Home Affairs sets for common records (Thông tư
10/2022/TT-BNV; civil-status and land records are kept for good). `rule_for` chooses.

A dossier is kept as long as its longest-kept document; `None` means permanently
(vĩnh viễn).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from hoso.archive.blobstore import BlobStore
from hoso.archive.procedure_catalogue import VIETNAM
from hoso.archive.procedure_records import Component
from hoso.archive.records import RetainedDocument
from hoso.doctypes import OTHER

__all__ = [
    "DEFAULT_YEARS",
    "DueDocument",
    "RetentionRule",
    "due_documents",
    "due_dossiers",
    "kept_until",
    "longest",
    "retain_original",
    "rule_for",
    "rule_for_component",
    "rule_for_type",
]

DEFAULT_YEARS = 10  # a one-stop dossier with nothing kept longer (Thông tư 10/2022, nhóm 10)


@dataclass(frozen=True)
class RetentionRule:
    """How long a paper is kept: `years`, or permanently when None; `basis` says why (the
    component's name, or the kind of record its type is); `component`: the code of the
    procedure component the period comes from, None when it comes from the document type."""

    years: int | None
    basis: str
    component: str | None = None

    @property
    def iso_period(self) -> str:
        """ISO 8601 duration (`P10Y`), or `PERMANENT`."""
        return "PERMANENT" if self.years is None else f"P{self.years}Y"

    @property
    def label(self) -> str:
        """In Vietnamese, as archives write it."""
        return "Vĩnh viễn" if self.years is None else f"{self.years} năm"


_BY_TYPE: dict[str, RetentionRule] = {
    "giay_khai_sinh": RetentionRule(None, "hộ tịch"),
    "xac_nhan_hon_nhan": RetentionRule(None, "hộ tịch"),
    "giay_chung_nhan_qsdd": RetentionRule(None, "đất đai"),
    "quyet_dinh": RetentionRule(None, "quyết định"),
    "ban_ve": RetentionRule(None, "đất đai, xây dựng"),
    "dang_ky_kinh_doanh": RetentionRule(20, "đăng ký kinh doanh"),
    "hop_dong": RetentionRule(20, "hợp đồng"),
    "giay_uy_quyen": RetentionRule(20, "hợp đồng"),
    "bien_ban": RetentionRule(20, "biên bản"),
}


def rule_for_type(doc_type: str) -> RetentionRule:
    """The retention of a document of `doc_type` (hoso.doctypes)."""
    return _BY_TYPE.get(doc_type, RetentionRule(DEFAULT_YEARS, "hồ sơ một cửa"
                                                if doc_type != OTHER else "giấy tờ khác"))


def rule_for_component(component: Component) -> RetentionRule:
    """The retention the procedure catalogue sets for the component."""
    years = component.retention if isinstance(component.retention, int) else None
    return RetentionRule(years, component.name, component.code)


def rule_for(doc: RetainedDocument) -> RetentionRule:
    """The component's retention for a document filling one; else its type's."""
    if doc.component is not None:
        return rule_for_component(doc.component)
    return rule_for_type(doc.doc_type)


def longest(rules: Iterable[RetentionRule]) -> RetentionRule:
    """The longest of the rules, permanent first (DEFAULT_YEARS with none)."""
    kept = list(rules) or [RetentionRule(DEFAULT_YEARS, "")]
    permanent = [r for r in kept if r.years is None]
    if permanent:
        return permanent[0]
    return max(kept, key=lambda r: r.years or 0)


@dataclass(frozen=True)
class DueDocument:
    """A document whose retention ended on `kept_until`."""

    document_id: str
    dossier_code: str
    doc_type: str
    rule: RetentionRule
    kept_until: date

    @property
    def source(self) -> str:
        """Where its period comes from: the procedure component, or the document type."""
        if self.rule.component is not None:
            return f"component {self.rule.component} ({self.rule.basis})"
        return f"document type {self.doc_type} ({self.rule.basis})"


def kept_until(received_at: datetime | None, rule: RetentionRule) -> datetime | None:
    """When a paper received at `received_at` may go; None: never (or date unknown)."""
    if rule.years is None or received_at is None:
        return None
    # The anniversary of the day received at the desk, not in UTC (a dossier received before
    # 07:00 would otherwise be due a day early). The catalog gives back naive UTC on SQLite.
    aware = received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)
    local = aware.astimezone(VIETNAM)
    try:
        return local.replace(year=local.year + rule.years)
    except ValueError:  # 29 February, and the year it ends on is not a leap year
        return local.replace(year=local.year + rule.years, day=28)


def due_documents(documents: Iterable[RetainedDocument], on: date) -> list[DueDocument]:
    """The documents whose retention has ended by `on`."""
    due = []
    for doc in documents:
        rule = rule_for(doc)
        until = kept_until(doc.received_at, rule)
        if until is not None and until.date() <= on:
            due.append(DueDocument(doc.document_id, doc.dossier_code, doc.doc_type, rule,
                                   until.date()))
    return due


def due_dossiers(documents: Sequence[RetainedDocument], on: date
                 ) -> dict[str, list[DueDocument]]:
    """Dossiers every document of which is due by `on`: only those may be disposed of."""
    held: dict[str, int] = defaultdict(int)
    for doc in documents:
        held[doc.dossier_code] += 1
    by_dossier: dict[str, list[DueDocument]] = defaultdict(list)
    for item in due_documents(documents, on):
        by_dossier[item.dossier_code].append(item)
    return {code: items for code, items in sorted(by_dossier.items())
            if len(items) == held[code]}


def retain_original(store: BlobStore, sha256: str, rules: Iterable[RetentionRule],
                    received_at: datetime | None) -> bool:
    """Object-lock the original as long as its documents are kept (the longest of their
    `rules`), where the store can; True if it did."""
    rule = longest(rules)
    if rule.years is not None and received_at is None:
        return False
    return store.retain(sha256, kept_until(received_at, rule))
