"""Catalog and index records as the API's JSON (api.http.schemas), with links to content."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

from hoso.api.accounts import ALLOWED, Account, TokenView, UserView
from hoso.api.http.schemas import (
    AccountOut,
    DocumentOut,
    DossierOut,
    DossierSummaryOut,
    EventOut,
    FacetCountOut,
    FacetOut,
    FieldOut,
    FileOut,
    HitOut,
    PageOut,
    RejectedOut,
    SearchOut,
    TokenOut,
    UserOut,
    WarningOut,
)
from hoso.api.labels import doc_type_name, warning_json
from hoso.api.wording import rejection_text
from hoso.archive.records import (
    DocumentStatus,
    DossierStatus,
    DossierSummary,
    EventView,
    FileStatus,
    PageStatus,
)
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START, PageState, SearchHit, SearchResults
from hoso.workers.dispatch import settled

__all__ = [
    "THUMB_WIDTH",
    "VIEW_WIDTH",
    "account_out",
    "aware",
    "document_out",
    "document_url",
    "dossier_out",
    "event_out",
    "image_version",
    "page_url",
    "search_out",
    "split_snippet",
    "summary_out",
    "token_out",
    "user_out",
]

THUMB_WIDTH = 200
VIEW_WIDTH = 1200


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; the catalog writes UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def page_url(page_id: str, what: str, **query: object) -> str:
    tail = "&".join(f"{k}={v}" for k, v in query.items())
    return f"/api/pages/{quote(page_id, safe='/')}/{what}" + (f"?{tail}" if tail else "")


def document_url(document_id: str, what: str) -> str:
    return f"/api/documents/{quote(document_id, safe='/')}/{what}"


def _page(page: PageStatus, document_id: str | None) -> PageOut:
    return PageOut(
        page_id=page.page_id, index_in_file=page.index_in_file, page_no=page.page_no,
        document_id=document_id, state=page.state.value, error=page.error,
        confidence=page.confidence, needs_review=page.needs_review,
        warnings=[WarningOut.model_validate(warning_json(w)) for w in page.warnings],
        thumbnail_url=page_url(page.page_id, "image", width=THUMB_WIDTH,
                               v=image_version(page.ocr_sha256)),
        image_url=page_url(page.page_id, "image", width=VIEW_WIDTH,
                           v=image_version(page.ocr_sha256)),
        disposition=page.disposition, replaced_by=page.replaced_by,
        checked_by=page.checked_by, to_rescan=page.to_rescan, position=page.position,
    )


def image_version(ocr_sha256: str | None) -> str:
    """What a page's picture URL carries so that it changes when the picture does: once read,
    the page is shown upright as the OCR found it (api/http/pageimages.py)."""
    return (ocr_sha256 or "raw")[:16]


def document_out(doc: DocumentStatus) -> DocumentOut:
    return DocumentOut(
        document_id=doc.document_id, doc_type=doc.doc_type,
        doc_type_name=doc_type_name(doc.doc_type), confidence=doc.confidence,
        needs_review=doc.needs_review, corrected=doc.corrected,
        fields=[FieldOut(name=f.name, value=f.value, page_no=f.page_no,
                         corrected=f.name in doc.corrected_fields) for f in doc.fields],
        page_ids=list(doc.page_ids),
        pdf_url=document_url(doc.document_id, "pdf") if doc.pdf_sha256 else None,
        text_url=document_url(doc.document_id, "text") if doc.text_sha256 else None,
    )


def _file(source: FileStatus) -> FileOut:
    owner = {p: d.document_id for d in source.documents for p in d.page_ids}
    return FileOut(
        file_id=source.file_id, filename=source.filename, media_type=source.media_type,
        sha256=source.sha256, size=source.size, assembled=source.assembled,
        assembly_error=source.assembly_error,
        original_url=f"/api/files/{quote(source.file_id, safe='/')}/original",
        pages=[_page(p, owner.get(p.page_id)) for p in source.pages],
        documents=[document_out(d) for d in source.documents],
        set_aside=[_page(p, None) for p in source.set_aside],
    )


def dossier_out(status: DossierStatus) -> DossierOut:
    info = status.info
    rejected = [RejectedOut(filename=e.subject, reason=str(e.detail.get("reason", "")),
                            at=aware(e.at), status=None, error=None,
                            message=rejection_text(e.detail))
                for e in status.rejected]
    return DossierOut(
        code=info.code, procedure=info.procedure, desk=info.desk, operator=info.operator,
        applicant_name=info.applicant_name, applicant_id=info.applicant_id,
        received_at=aware(info.received_at), digitised=status.digitised,
        settled=bool(status.files) and settled(status),
        pages_queued=status.count(PageState.QUEUED), pages_done=status.count(PageState.DONE),
        pages_failed=status.count(PageState.FAILED),
        files=[_file(f) for f in status.files], rejected=rejected,
    )


def summary_out(summary: DossierSummary) -> DossierSummaryOut:
    return DossierSummaryOut(**{**summary.__dict__, "received_at": aware(summary.received_at)})


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet with HIGHLIGHT marks as plain text and the [start, end) of each mark."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, 0
    for char in marked:
        if char == HIGHLIGHT_START:
            start = length
        elif char == HIGHLIGHT_END:
            spans.append((start, length))
        else:
            plain.append(char)
            length += 1
    return "".join(plain), spans


def _hit(hit: SearchHit) -> HitOut:
    snippet, spans = split_snippet(hit.snippet)
    return HitOut(
        page_id=hit.page_id, dossier_code=hit.dossier_code, document_id=hit.document_id,
        page_no=hit.page_no, doc_type=hit.doc_type, doc_type_name=doc_type_name(hit.doc_type),
        procedure=hit.procedure, desk=hit.desk, received_at=aware(hit.received_at),
        score=hit.score, snippet=snippet, highlights=spans,
        thumbnail_url=page_url(hit.page_id, "image", width=THUMB_WIDTH),
        image_url=page_url(hit.page_id, "image", width=VIEW_WIDTH),
        pdf_url=f"{document_url(hit.document_id, 'pdf')}#page={hit.page_no}",
    )


def _facet_label(name: str, value: str) -> str:
    return doc_type_name(value) if name == "doc_type" else value


def search_out(results: SearchResults, offset: int, limit: int) -> SearchOut:
    facets = [FacetOut(name=f.name, counts=[
        FacetCountOut(value=v, label=_facet_label(f.name, v), count=n) for v, n in f.counts])
        for f in results.facets]
    return SearchOut(total=results.total, total_exact=results.total_exact, offset=offset,
                     limit=limit, hits=[_hit(h) for h in results.hits], facets=facets)


def event_out(event: EventView) -> EventOut:
    return EventOut(at=aware(event.at) or event.at, actor=event.actor, kind=event.kind,
                    subject=event.subject,
                    detail=event.detail)


def account_out(account: Account) -> AccountOut:
    return AccountOut(username=account.username, role=account.role.value, desk=account.desk,
                      display_name=account.display_name,
                      allowed=sorted(a.value for a in ALLOWED[account.role]))


def user_out(user: UserView) -> UserOut:
    a = user.account
    return UserOut(username=a.username, role=a.role.value, desk=a.desk,
                   display_name=a.display_name, active=user.active, created_at=user.created_at,
                   locked_until=user.locked_until)


def token_out(token: TokenView, secret: str | None = None) -> TokenOut:
    return TokenOut(token_id=token.token_id, username=token.username, name=token.name,
                    created_at=token.created_at, last_used_at=token.last_used_at,
                    revoked=token.revoked, token=secret)
