"""The catalog's tables (SQLAlchemy 2). The same models serve SQLite and PostgreSQL.

Only the archive package reads and writes them; everyone else goes through `Catalog`. The
accounts' tables (users, API tokens, web sessions, access log) are here too, at the end.

Ids are deterministic strings made from the dossier code and positions (`hoso.ids`), so that a repeated
intake or a redelivered message addresses the same rows:

    file      {dossier}/f{file_no:02}
    page      {dossier}/f{file_no:02}/p{index+1:03}
    document  {dossier}/f{file_no:02}/d{doc_no:02}
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "AccessLog",
    "ApiToken",
    "Base",
    "ChainHead",
    "ComponentAssignment",
    "Document",
    "DocumentField",
    "Dossier",
    "Event",
    "FieldCorrection",
    "Note",
    "Page",
    "Paper",
    "PaperCounter",
    "PaperReuse",
    "ProcedureRow",
    "ProcedureVersionRow",
    "SignedPdf",
    "SourceFile",
    "User",
    "WebSession",
]


class Base(DeclarativeBase):
    pass


class Dossier(Base):
    __tablename__ = "dossiers"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    procedure: Mapped[str] = mapped_column(String(64), default="", index=True)
    desk: Mapped[str] = mapped_column(String(128), default="", index=True)
    operator: Mapped[str] = mapped_column(String(128), default="")
    applicant_name: Mapped[str] = mapped_column(String(256), default="")
    applicant_id: Mapped[str] = mapped_column(String(32), default="", index=True)
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The version of its procedure in force when it was received (revision 0005).
    procedure_version: Mapped[int | None] = mapped_column(Integer)


class SourceFile(Base):
    """An original handed in, stored unchanged; `assembled` once its documents are built and
    indexed, `assembly_error` when that failed for good (re-queueable)."""

    __tablename__ = "files"
    __table_args__ = (UniqueConstraint("dossier_code", "sha256"),)

    id: Mapped[str] = mapped_column(String(96), primary_key=True)
    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), index=True)
    file_no: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(512))
    media_type: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    page_count: Mapped[int] = mapped_column(Integer)
    assembled: Mapped[bool] = mapped_column(default=False)
    assembly_error: Mapped[str | None] = mapped_column(Text)
    assembly_attempts: Mapped[int] = mapped_column(Integer, default=0)
    # The signatures an incoming PDF carried, as checked at assembly (hoso.signing.checks
    # SignatureCheck.to_json each); None until checked or for a file that is not a PDF.
    signatures: Mapped[list[dict[str, object]] | None] = mapped_column(JSON)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), index=True)
    file_id: Mapped[str] = mapped_column(ForeignKey("files.id"), index=True)
    doc_no: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(64), default="khac", index=True)
    type_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    needs_review: Mapped[bool] = mapped_column(default=False)
    corrected_type: Mapped[str | None] = mapped_column(String(64))
    corrected_by: Mapped[str | None] = mapped_column(String(128))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    text_sha256: Mapped[str | None] = mapped_column(String(64))


class Page(Base):
    __tablename__ = "pages"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), index=True)
    file_id: Mapped[str] = mapped_column(ForeignKey("files.id"), index=True)
    index_in_file: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str | None] = mapped_column(String(100), index=True)
    page_no: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    ocr_sha256: Mapped[str | None] = mapped_column(String(64))
    text_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    hocr_sha256: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)
    needs_review: Mapped[bool] = mapped_column(default=False)
    # PageWarning.to_json of each warning: [{"kind": "low_resolution", "dpi": 150, ...}]
    warnings: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The rescan loop (revision 0007, archive/rescans.py): a page is never deleted; one
    # replaced or scanned by mistake is set aside ("superseded", "discarded"), "" = in use.
    position: Mapped[int | None] = mapped_column(Integer)  # null: index_in_file
    disposition: Mapped[str] = mapped_column(String(16), default="")
    replaced_by: Mapped[str | None] = mapped_column(String(100))
    checked_by: Mapped[str | None] = mapped_column(String(128))
    # A rescan's own original (null: the page `index_in_file` of the file's original).
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    source_filename: Mapped[str | None] = mapped_column(String(512))
    source_media_type: Mapped[str | None] = mapped_column(String(64))
    source_index: Mapped[int | None] = mapped_column(Integer)


class DocumentField(Base):
    __tablename__ = "fields"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(32), index=True)
    value: Mapped[str] = mapped_column(String(256), index=True)
    page_no: Mapped[int] = mapped_column(Integer, default=1)
    box: Mapped[list[int] | None] = mapped_column(JSON)
    raw: Mapped[str] = mapped_column(Text, default="")


class FieldCorrection(Base):
    """An officer's value for a document's field (revision 0007): shown over what was read,
    kept across re-assembly."""

    __tablename__ = "field_corrections"

    document_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    value: Mapped[str] = mapped_column(String(256))
    corrected_by: Mapped[str] = mapped_column(String(128), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Note(Base):
    """An officer's note on a document (revision 0007)."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(String(100), index=True)
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    author: Mapped[str] = mapped_column(String(128), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)


class Event(Base):
    """The dossier's history: intake, rejections, page results, corrections, reads."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_code: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(128), default="")
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    # The dossier's hash chain (archive/chain.py, revision 0004): an edited or removed row
    # no longer links to the one after it.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class ChainHead(Base):
    """The last link of one hash chain (a dossier's history, or the access log): locked by
    every append, so two writers cannot both link to the same row (archive/chain.py)."""

    __tablename__ = "chain_heads"

    chain: Mapped[str] = mapped_column(String(96), primary_key=True)
    length: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


# -- accounts (revision 0002): used by api/accounts through archive/accounts.py ----------
# Secrets are never stored: tokens and session ids are kept as their SHA-256.
class User(Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(128), default="")
    role: Mapped[str] = mapped_column(String(16))
    desk: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Desk(Base):
    """An intake desk operators can be given (a managed list, so a typo is not a new desk)."""

    __tablename__ = "desks"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiToken(Base):
    """A machine's credential (scanner, kiosk, the provincial software), acting as a user."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"), index=True)
    name: Mapped[str] = mapped_column(String(128), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WebSession(Base):
    __tablename__ = "web_sessions"

    id_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class AccessLog(Base):
    """Actions not tied to one dossier: sign-ins, searches, lookups, account changes.

    Reads and changes of a dossier go to its history (archive.models.Event) instead.
    """

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(256), default="")
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


# -- procedures, components, digitised papers (revision 0005): archive/procedures.py ------
class ProcedureRow(Base):
    __tablename__ = "procedures"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    field: Mapped[str] = mapped_column(String(256), default="")
    level: Mapped[str] = mapped_column(String(32), default="")


class ProcedureVersionRow(Base):
    """One version of a procedure: never changed once written (dossiers point to it); an
    admin's edit is a new version."""

    __tablename__ = "procedure_versions"
    __table_args__ = (UniqueConstraint("procedure_code", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    procedure_code: Mapped[str] = mapped_column(ForeignKey("procedures.code"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(Text, default="")
    # archive.procedure_data.component_json of each: [{"code": "TKKS", "name": ...}]
    components: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    results: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ComponentAssignment(Base):
    """An operator's say of which component a document fills ("" for none), kept apart from
    the document so that assembling its file again does not lose it."""

    __tablename__ = "component_assignments"

    document_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), index=True)
    component_code: Mapped[str] = mapped_column(String(32), default="")
    assigned_by: Mapped[str] = mapped_column(String(128), default="")
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Paper(Base):
    """A digitised paper (giấy tờ số hóa): code `{owner}.{procedure}.{component}.{NN}`."""

    __tablename__ = "papers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(160), unique=True)
    owner_id: Mapped[str] = mapped_column(String(32), index=True)
    owner_name: Mapped[str] = mapped_column(String(256), default="")
    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), index=True)
    procedure_code: Mapped[str] = mapped_column(String(32))
    component_code: Mapped[str] = mapped_column(String(32), index=True)
    component_name: Mapped[str] = mapped_column(String(512), default="")
    kind: Mapped[str] = mapped_column(String(16), default="component")
    document_id: Mapped[str] = mapped_column(String(100), default="")
    pages: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(128), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(256), default="")
    signer: Mapped[str] = mapped_column(String(256), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    valid_until: Mapped[date | None] = mapped_column(Date)
    valid_scope: Mapped[str] = mapped_column(String(256), default="")
    digitised_by: Mapped[str] = mapped_column(String(128), default="")
    digitised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(16), default="waiting", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(128), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    handed_over_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PaperCounter(Base):
    """The last NN given to `{owner}.{procedure}.{component}`: bumped in one statement, so
    racing writers get different numbers."""

    __tablename__ = "paper_counters"

    prefix: Mapped[str] = mapped_column(String(160), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class PaperReuse(Base):
    """A paper of an earlier dossier attached to a component of this one, by whom."""

    __tablename__ = "paper_reuses"
    __table_args__ = (UniqueConstraint("dossier_code", "component_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_code: Mapped[str] = mapped_column(ForeignKey("dossiers.code"), index=True)
    component_code: Mapped[str] = mapped_column(String(32))
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id"), index=True)
    reused_by: Mapped[str] = mapped_column(String(128), default="")
    reused_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
class SignedPdf(Base):
    """A document PDF as merged (unsigned) and the signed one stored for it: assembling the
    same content again reuses the signature made the first time instead of signing anew
    (a new signature would carry a new time, so a new blob)."""

    __tablename__ = "signed_pdfs"

    unsigned_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    signed_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SavedView(Base):
    """An officer's named search or document list (revision 0010); archive/saved_views.py."""

    __tablename__ = "saved_views"

    username: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    page: Mapped[str] = mapped_column(String(32))
    query: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
