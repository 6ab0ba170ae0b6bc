"""`catalog.procedures`: the door to procedures, completeness, digitised papers, reuse and
the figures counted from them. Each method is one transaction (archive/transactions.py);
the work is in, by concern:

    archive/procedure_data.py       the catalogue as JSON: shipped, imported, checked
    archive/procedure_catalogue.py  procedures and versions; the version a dossier keeps
    archive/completeness.py         which component each document fills; what is missing
    archive/papers.py               digitised papers: recorded, decided, handed over, reused
    archive/figures.py              the figures of `hoso report` and the dashboard
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hoso.archive import completeness as completeness_
from hoso.archive import figures as figures_
from hoso.archive import papers, procedure_catalogue
from hoso.archive.procedure_data import shipped_procedures
from hoso.archive.procedure_records import (
    Completeness,
    Figures,
    FiguresQuery,
    Paper,
    PaperIn,
    PaperState,
    Procedure,
    ProcedureVersion,
    Proposal,
)
from hoso.archive.transactions import Transactions

__all__ = ["ProcedureStore"]


class ProcedureStore:
    def __init__(self, db: Transactions) -> None:
        self._db = db

    # -- the catalogue --------------------------------------------------------------------

    def import_procedures(self, found: Sequence[Procedure], *, actor: str) -> int:
        """Write the versions not yet held, all or none; returns how many were new."""
        with self._db.begin("importing procedures") as s:
            return sum(procedure_catalogue.import_procedure(s, p, actor=actor) for p in found)

    def ensure_shipped(self) -> int:
        """Import hoso's shipped catalogue into a catalog that holds no procedure yet."""
        with self._db.begin("counting procedures") as s:
            if procedure_catalogue.count_procedures(s):
                return 0
        return self.import_procedures(shipped_procedures(), actor="hoso")

    def procedures(self) -> list[Procedure]:
        with self._db.begin("listing procedures") as s:
            return procedure_catalogue.procedures(s)

    def procedure(self, code: str) -> Procedure:
        with self._db.begin(f"reading procedure {code}") as s:
            return procedure_catalogue.procedure(s, code)

    def add_version(self, code: str, version: ProcedureVersion, *, actor: str
                    ) -> ProcedureVersion:
        with self._db.begin(f"adding a version of procedure {code}") as s:
            return procedure_catalogue.add_version(s, code, version, actor=actor)

    def names(self) -> dict[str, str]:
        """procedure code -> name, to show a name wherever a code is shown."""
        return {p.code: p.name for p in self.procedures()}

    # -- a dossier against its procedure --------------------------------------------------

    def completeness(self, code: str) -> Completeness:
        with self._db.begin(f"reading the components of dossier {code}") as s:
            return completeness_.completeness(s, code)

    def assign_component(self, document_id: str, component_code: str, *, actor: str) -> None:
        with self._db.begin(f"assigning document {document_id} to a component") as s:
            papers.assign_component(s, document_id, component_code, actor=actor)

    # -- digitised papers -----------------------------------------------------------------

    def record_paper(self, code: str, given: PaperIn, *, actor: str) -> Paper:
        with self._db.begin(f"recording a paper of dossier {code}") as s:
            return papers.record_paper(s, code, given, actor=actor)

    def decide_paper(self, paper_code: str, state: PaperState, *, reason: str = "",
                     actor: str) -> Paper:
        with self._db.begin(f"deciding on paper {paper_code}") as s:
            return papers.decide_paper(s, paper_code, state, reason=reason, actor=actor)

    def hand_over(self, paper_code: str, *, actor: str) -> Paper:
        with self._db.begin(f"handing over result {paper_code}") as s:
            return papers.hand_over(s, paper_code, actor=actor)

    def paper(self, paper_code: str) -> Paper:
        with self._db.begin(f"reading paper {paper_code}") as s:
            return papers.paper(s, paper_code)

    def papers(self, code: str) -> list[Paper]:
        with self._db.begin(f"listing the papers of dossier {code}") as s:
            return papers.papers_of(s, code)

    def waiting_papers(self, *, limit: int = 200) -> list[Paper]:
        with self._db.begin("listing papers waiting for a decision") as s:
            return papers.waiting_papers(s, limit=limit)

    def proposals(self, code: str, *, today: date) -> list[Proposal]:
        with self._db.begin(f"proposing papers to reuse in dossier {code}") as s:
            return papers.proposals(s, code, today=today)

    def reuse(self, code: str, component_code: str, paper_code: str, *, actor: str,
              today: date) -> Paper:
        with self._db.begin(f"reusing {paper_code} in dossier {code}") as s:
            return papers.attach_reuse(s, code, component_code, paper_code, actor=actor,
                                       today=today)

    # -- figures --------------------------------------------------------------------------

    def figures(self, query: FiguresQuery) -> Figures:
        with self._db.begin("counting the figures") as s:
            return figures_.figures(s, query)
