"""The pipeline: what happens to a page, and to a file once all its pages are read.

    digitise_page(page_id)   a PDF page's own text layer when good (ocr/textlayer.py), else
                             rasterise → read (preprocess + OCR) → store artefacts → page done
    assemble_file(file_id)   check an incoming PDF's own signatures → split into documents
                             → classify → read fields → merge PDFs → sign them (once)
                             → catalog documents → the original object-locked as long as
                             its documents are kept (archive/retention.py, MinIO with lock)
                             → index pages → file assembled
                             → the dossier's history checkpointed (archive/checkpoints.py)
    update_dossier(info)     change a dossier's particulars → index its pages again

Both are idempotent: a page already done is skipped, an assembly replaces the previous one,
artefacts are keyed by content and index entries by page id. Both run without a broker; the
dramatiq actors in workers.actors only call them.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence

from hoso import classify
from hoso.archive.checkpoints import checkpoint_history
from hoso.archive.records import AssembledDocument, PageStatus, PageTask
from hoso.archive.retention import retain_original, rule_for
from hoso.archive.reuse import correct_type
from hoso.doctypes import CODES, is_doc_type
from hoso.errors import InvalidValue
from hoso.ids import DocumentId
from hoso.ocr import read_page
from hoso.ocr.pdf import merge_pdfs
from hoso.ocr.rasterise import rasterise_page
from hoso.ocr.textlayer import judge_layer, read_text_layer, text_layer_page
from hoso.records import DossierInfo, FieldChange, IndexedPage, OcrPage, PageState
from hoso.signing.stage import check_incoming, store_signed
from hoso.workers.artefacts import load_page, store_page
from hoso.workers.context import Context
from hoso.workers.metrics import OCR_SECONDS, PAGES_DIGITISED

__all__ = [
    "assemble_file",
    "correct_document_field",
    "correct_document_type",
    "digitise_page",
    "file_settled",
    "reindex_dossier",
    "reindex_file",
    "update_dossier",
]

log = logging.getLogger("hoso.pipeline")


def digitise_page(page_id: str, ctx: Context) -> bool:
    """Read one queued page and record its artefacts. True when its file is now settled."""
    task = ctx.catalog.page_task(page_id)
    if task.state is not PageState.QUEUED or not task.active:
        return False  # read already, or set aside (replaced by a rescan, discarded)
    started = time.perf_counter()
    page = read(task, ctx)
    seconds = time.perf_counter() - started
    ctx.catalog.finish_page(page_id, store_page(page, ctx.store))
    OCR_SECONDS.observe(seconds)
    PAGES_DIGITISED.inc()
    log.info("page done", extra={"page_id": page_id, "dossier": task.dossier_code,
                                 "confidence": round(page.confidence, 1),
                                 "seconds": round(seconds, 2)})
    return file_settled(task.file_id, ctx)


def read(task: PageTask, ctx: Context) -> OcrPage:
    """The page's words: a born-digital PDF page's own when its text layer is good, OCR's
    otherwise (a scan, a scan under another program's OCR, glyphs with no letters)."""
    with ctx.store.local_path(task.source_sha256, name=task.filename) as path:
        if task.media_type == "application/pdf" and ctx.ocr.text_layer:
            layer = read_text_layer(path, task.index_in_file, ctx.ocr.dpi)
            verdict = judge_layer(layer)
            if verdict.good:
                return text_layer_page(path, task.index_in_file, layer)
            log.debug("page OCRed", extra={"page_id": task.page_id, "why": verdict.reason})
        image = rasterise_page(path, task.media_type, task.index_in_file, ctx.ocr.dpi,
                               timeout_s=ctx.ocr.timeout_s)
    return read_page(image, ctx.ocr, engine=ctx.engine, name=task.name)


def file_settled(file_id: str, ctx: Context) -> bool:
    """Every page of the file is done or failed: its documents can be assembled."""
    return ctx.catalog.pages_queued(file_id) == 0


def assemble_file(file_id: str, ctx: Context) -> list[str]:
    """Build, type, store and index the documents of a settled file; returns their ids."""
    source = ctx.catalog.file_status(file_id)
    if source.assembled or any(p.state is PageState.QUEUED for p in source.pages):
        return []  # done already (a repeated message), or pages still to read
    check_incoming(file_id, media_type=source.media_type, sha256=source.sha256,
                   store=ctx.store, catalog=ctx.catalog, roots=ctx.trust_roots)
    statuses = [p for p in source.pages if p.state is PageState.DONE]
    pages = [load_page(p.ocr_sha256 or "", p.pdf_sha256, ctx.store) for p in statuses]
    documents = [assemble_document(pages, statuses, group, ctx)
                 for group in classify.split_documents(pages)]
    doc_ids = ctx.catalog.replace_documents(file_id, documents)
    if source.set_aside:  # replaced or discarded pages are no longer found by search
        ctx.index.delete_pages([p.page_id for p in source.set_aside])
    received = ctx.catalog.dossier(source.dossier_code).received_at
    made = set(doc_ids)  # their components' periods, or their types' (archive/retention.py)
    rules = [rule_for(d) for d in ctx.catalog.retained_documents(source.dossier_code)
             if d.document_id in made]
    for original in {source.sha256, *(p.source_sha256 for p in source.pages if p.source_sha256)}:
        retain_original(ctx.store, original, rules, received)
    ctx.index.upsert(index_records(file_id, pages, ctx))
    ctx.catalog.mark_assembled(file_id)
    checkpoint_history(source.dossier_code, store=ctx.store, catalog=ctx.catalog)
    return doc_ids


def file_records(file_id: str, ctx: Context) -> list[IndexedPage]:
    """An assembled file's search records, from the catalog and the object store alone."""
    statuses = [p for p in ctx.catalog.file_pages(file_id) if p.state is PageState.DONE]
    pages = [load_page(p.ocr_sha256 or "", None, ctx.store) for p in statuses]
    return index_records(file_id, pages, ctx)


def reindex_file(file_id: str, ctx: Context) -> int:
    """Index an assembled file's pages again (after a correction of a document's type)."""
    records = file_records(file_id, ctx)
    ctx.index.upsert(records)
    return len(records)


def reindex_dossier(code: str, ctx: Context) -> int:
    """Index a dossier's assembled files again (its particulars changed: desk, dates...);
    files not yet assembled take the new particulars when they are. Returns the pages."""
    files = [f for f in ctx.catalog.status(code).files if f.assembled]
    return sum(reindex_file(f.file_id, ctx) for f in files)


def update_dossier(info: DossierInfo, ctx: Context, *, actor: str) -> tuple[FieldChange, ...]:
    """Change a dossier's particulars on purpose (history records old → new), and index its
    pages again so that search filters (desk, procedure, dates) agree with the catalog."""
    changes = ctx.catalog.update_dossier(info, actor=actor)
    if changes:
        reindex_dossier(info.code, ctx)
    return changes


def correct_document_type(document_id: str, doc_type: str, *, actor: str, ctx: Context) -> None:
    """Record an officer's correction and re-index the document's pages with the new type."""
    if not is_doc_type(doc_type):
        # A value given, not a file handed in: InvalidValue (exit 64, HTTP 422).
        raise InvalidValue(f"unknown document type {doc_type!r}",
                           hint="one of " + ", ".join(CODES))
    correct_type(ctx.catalog, document_id, doc_type, actor=actor)
    reindex_file(str(DocumentId.parse(document_id).file), ctx)


_FIELD_NAME = re.compile(r"[a-z][a-z_]{0,27}(_[0-9]{1,3})?")


def correct_document_field(document_id: str, name: str, value: str, *, actor: str,
                           ctx: Context) -> FieldChange | None:
    """Record an officer's value for a field and re-index the document's pages with it;
    None if the field read so already."""
    if _FIELD_NAME.fullmatch(name) is None:
        raise InvalidValue(f"{name!r} is not a field name", hint="e.g. id_number, name_2")
    change = ctx.catalog.correct_field(document_id, name, value, actor=actor)
    if change is not None:
        reindex_file(str(DocumentId.parse(document_id).file), ctx)
    return change


def assemble_document(
    pages: Sequence[OcrPage], statuses: Sequence[PageStatus], group: Sequence[int], ctx: Context
) -> AssembledDocument:
    members = [pages[i] for i in group]
    label = classify.label_document(members, ctx.classifier)
    text = "\f".join(p.text for p in members)
    return AssembledDocument(
        page_indices=tuple(statuses[i].index_in_file for i in group),
        doc_type=label.doc_type,
        confidence=label.confidence,
        needs_review=label.needs_review,
        fields=label.fields,
        pdf_sha256=store_signed(merge_pdfs([p.pdf for p in members]), signer=ctx.signer,
                                store=ctx.store, catalog=ctx.catalog,
                                what=f"{statuses[group[0]].page_id}: document"),
        text_sha256=ctx.store.put_bytes(text.encode("utf-8")).sha256,
    )


def index_records(file_id: str, pages: Sequence[OcrPage], ctx: Context) -> list[IndexedPage]:
    """One search record per page, with its document's (possibly corrected) type and fields."""
    source = ctx.catalog.file_status(file_id)
    info = ctx.catalog.dossier(source.dossier_code)
    text_by_page = dict(zip((p.page_id for p in source.pages if p.state is PageState.DONE),
                            (p.text for p in pages), strict=True))
    return [
        IndexedPage(
            page_id=page_id, dossier_code=info.code, document_id=doc.document_id,
            page_no=page_no, text=text_by_page[page_id], doc_type=doc.doc_type,
            procedure=info.procedure, desk=info.desk, received_at=info.received_at,
            applicant_name=info.applicant_name, applicant_id=info.applicant_id,
            filename=source.filename, fields=doc.fields,
        )
        for doc in source.documents
        for page_no, page_id in enumerate(doc.page_ids, start=1)
    ]
