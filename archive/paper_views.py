"""Paper rows as the frozen records of archive/procedure_records.py (reads only)."""

from __future__ import annotations

from hoso.archive.models import Paper as PaperRow
from hoso.archive.procedure_records import Paper, PaperKind, PaperState

__all__ = ["paper_view"]


def paper_view(row: PaperRow) -> Paper:
    return Paper(
        code=row.code, owner_id=row.owner_id, owner_name=row.owner_name,
        dossier_code=row.dossier_code, procedure_code=row.procedure_code,
        component_code=row.component_code, component_name=row.component_name,
        kind=PaperKind(row.kind), document_id=row.document_id, pages=row.pages,
        number=row.number, issued_on=row.issued_on, issuer=row.issuer, signer=row.signer,
        summary=row.summary, valid_until=row.valid_until, valid_scope=row.valid_scope,
        digitised_by=row.digitised_by, digitised_at=row.digitised_at,
        state=PaperState(row.state), reason=row.reason, decided_by=row.decided_by,
        decided_at=row.decided_at, handed_over_at=row.handed_over_at)
