"""Procedures, their components, digitised papers and the figures counted from them: the
frozen records `Catalog.procedures` takes and hands back (archive/procedures.py).

A procedure (thủ tục hành chính, `1.001193` Đăng ký khai sinh) is published in versions, each
in force between two dates; a version lists the components (thành phần hồ sơ) a citizen hands
in and the results (kết quả) the office issues. A dossier keeps the version in force when it
was received. A digitised paper (giấy tờ số hóa) is one component or result of one dossier as
a record of its own, with an officer's approval, that a later dossier of the same person may
reuse instead of asking for the paper again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = [
    "PERMANENT",
    "Completeness",
    "Component",
    "ComponentState",
    "ComponentStatus",
    "DeskMonth",
    "DossierFigures",
    "Figures",
    "FiguresQuery",
    "Paper",
    "PaperIn",
    "PaperKind",
    "PaperState",
    "Procedure",
    "ProcedureVersion",
    "Proposal",
]

#: The retention of a paper kept for ever, as the archives' retention schedules write it.
PERMANENT = "vĩnh viễn"


@dataclass(frozen=True)
class Component:
    """One paper of a procedure's list (or one of its results).

    code: short ASCII code, unique within the version (`TKKS`); part of a paper's code.
    name: the Vietnamese name printed on the procedure's list.
    required: whether a dossier is incomplete without it (results: always False).
    form: "original" (bản chính) or "copy" (bản sao).
    doc_types: hoso document types (hoso.doctypes) that fill it, in order of likelihood.
    retention: years to keep it (int), or PERMANENT.
    """

    code: str
    name: str
    required: bool = True
    form: str = "original"
    doc_types: tuple[str, ...] = ()
    retention: int | str = PERMANENT


@dataclass(frozen=True)
class ProcedureVersion:
    """A procedure's components and results as in force from `effective_from` to
    `effective_to` (inclusive; None: still in force), under the legal `basis` named."""

    version: int
    effective_from: date
    effective_to: date | None
    basis: str
    components: tuple[Component, ...]
    results: tuple[Component, ...] = ()

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None
                                               or day <= self.effective_to)

    def component(self, code: str) -> Component | None:
        return next((c for c in (*self.components, *self.results) if c.code == code), None)


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    field: str = ""
    level: str = ""
    versions: tuple[ProcedureVersion, ...] = ()

    def version_on(self, day: date) -> ProcedureVersion | None:
        """The newest version in force on `day`."""
        return next((v for v in sorted(self.versions, key=lambda v: -v.version)
                     if v.in_force(day)), None)


class ComponentState(enum.StrEnum):
    PRESENT = "present"  # a document of this dossier fills it
    REUSED = "reused"  # an approved paper of an earlier dossier was attached
    MISSING = "missing"


@dataclass(frozen=True)
class ComponentStatus:
    component: Component
    state: ComponentState
    document_ids: tuple[str, ...] = ()
    reused_paper: str = ""  # the paper's code, when reused
    reused_from: str = ""  # the dossier it was digitised in


@dataclass(frozen=True)
class Completeness:
    """Where a dossier stands against its procedure's list: each component's state, the
    documents that fill none, and its results. `procedure` None: no known procedure."""

    dossier_code: str
    procedure: Procedure | None
    version: ProcedureVersion | None
    components: tuple[ComponentStatus, ...] = ()
    unmatched: tuple[str, ...] = ()  # document ids assigned to no component
    results: tuple[Paper, ...] = ()

    @property
    def missing(self) -> tuple[Component, ...]:
        """Required components neither present nor reused."""
        return tuple(s.component for s in self.components
                     if s.component.required and s.state is ComponentState.MISSING)

    @property
    def complete(self) -> bool:
        return self.version is not None and not self.missing

    @property
    def reused(self) -> bool:
        return any(s.state is ComponentState.REUSED for s in self.components)


class PaperKind(enum.StrEnum):
    COMPONENT = "component"
    RESULT = "result"


class PaperState(enum.StrEnum):
    WAITING = "waiting"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class PaperIn:
    """What is known of a paper when it is recorded (all but the component optional).

    valid_until / valid_scope: the paper is valid until that day, or within that scope
    ("trong phạm vi tỉnh"); neither: valid for ever.
    """

    component_code: str
    document_id: str = ""
    kind: PaperKind = PaperKind.COMPONENT
    number: str = ""  # số, ký hiệu: `123/QĐ-UBND`
    issued_on: date | None = None
    issuer: str = ""
    signer: str = ""
    summary: str = ""
    valid_until: date | None = None
    valid_scope: str = ""


@dataclass(frozen=True)
class Paper:
    """A digitised paper: code `{owner ID}.{procedure}.{component}.{NN}`."""

    code: str
    owner_id: str
    owner_name: str
    dossier_code: str
    procedure_code: str
    component_code: str
    component_name: str
    kind: PaperKind
    document_id: str
    pages: int
    number: str
    issued_on: date | None
    issuer: str
    signer: str
    summary: str
    valid_until: date | None
    valid_scope: str
    digitised_by: str
    digitised_at: datetime
    state: PaperState
    reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None
    handed_over_at: datetime | None = None

    @property
    def permanent(self) -> bool:
        return self.valid_until is None and not self.valid_scope

    def valid_on(self, day: date) -> bool:
        return self.valid_until is None or day <= self.valid_until

    @property
    def visible_to_citizen(self) -> bool:
        """A result stays hidden from the citizen until it is handed over."""
        return self.kind is PaperKind.COMPONENT or self.handed_over_at is not None


@dataclass(frozen=True)
class Proposal:
    """An earlier paper of the applicant that would fill a missing component."""

    component: Component
    paper: Paper


@dataclass(frozen=True)
class FiguresQuery:
    """Dossiers received between two days (inclusive, Vietnam time), at one desk or all."""

    date_from: date | None = None
    date_to: date | None = None
    desk: str = ""


@dataclass(frozen=True)
class DossierFigures:
    """What one dossier counts for (archive/figures.py says how each is decided)."""

    code: str
    desk: str
    month: str  # YYYY-MM, Vietnam time
    has_procedure: bool
    complete: bool
    components_share: float  # required components digitised or reused, 0-1
    digitised_before_processing: bool
    result_digitised: bool
    reused: bool
    pages_needing_review: int
    pages_saved: int


@dataclass(frozen=True)
class DeskMonth:
    """The figures of one desk in one month (or the total, desk and month "")."""

    desk: str
    month: str
    received: int
    with_procedure: int
    complete: int
    digitised_before_processing: int
    results_digitised: int
    reused: int
    pages_needing_review: int
    pages_saved: int

    @staticmethod
    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    @property
    def shares(self) -> dict[str, float]:
        return {
            "digitised_before_processing": self.share(self.digitised_before_processing,
                                                      self.received),
            "results_digitised": self.share(self.results_digitised, self.received),
            "reused": self.share(self.reused, self.received),
            "complete": self.share(self.complete, self.received),
        }


@dataclass(frozen=True)
class Figures:
    query: FiguresQuery
    total: DeskMonth
    rows: tuple[DeskMonth, ...] = field(default_factory=tuple)
