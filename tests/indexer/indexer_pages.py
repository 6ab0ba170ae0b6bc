"""Pages for the search index tests, made by hand and kept small."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hoso.records import Field, IndexedPage

__all__ = ["VIETNAM", "page"]

VIETNAM = timezone(timedelta(hours=7))


def page(
    page_id: str,
    text: str,
    *,
    dossier: str = "000.00.19.H12-241202-0001",
    document: str = "",
    page_no: int = 1,
    doc_type: str = "khac",
    procedure: str = "1.004227",
    desk: str = "Bộ phận một cửa phường Bến Nghé",
    received: datetime | None = datetime(2024, 12, 2, 9, 30, tzinfo=VIETNAM),
    fields: tuple[Field, ...] = (),
) -> IndexedPage:
    """A page to index, with a dossier's usual metadata unless told otherwise."""
    return IndexedPage(
        page_id=page_id,
        dossier_code=dossier,
        document_id=document or f"{dossier}/doc-{page_id}",
        page_no=page_no,
        text=text,
        doc_type=doc_type,
        procedure=procedure,
        desk=desk,
        received_at=received,
        applicant_name="Nguyễn Thị Ngọc Ánh",
        applicant_id="001187004512",
        filename=f"{page_id}.pdf",
        fields=fields,
    )
