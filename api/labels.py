"""What people read instead of codes: document types, page states, warnings, roles, in
Vietnamese: English msgids here, their Vietnamese in the message catalogue (hoso.api.i18n).

Document types' names come from their registry, `hoso.doctypes`.
"""

from __future__ import annotations

from collections.abc import Sequence

from hoso.api.i18n import N_, format_date, format_number
from hoso.api.i18n import gettext as _
from hoso.doctypes import DOC_TYPES, doc_type_name
from hoso.page_warnings import PageWarning, WarningKind
from hoso.records import FieldChange, PageState

__all__ = [
    "ACTOR_NAMES",
    "DOSSIER_CODE_RULE",
    "DOSSIER_FIELDS",
    "EVENT_NAMES",
    "FACET_NAMES",
    "INTEGRITY_KINDS",
    "ROLE_NAMES",
    "doc_type_name",
    "doc_types",
    "field_value",
    "mismatch_text",
    "named",
    "review_text",
    "state_name",
    "warning_json",
    "warning_text",
]

_FIELDS = {
    "id_number": N_("Personal ID number"), "name": N_("Full name"),
    "birth_date": N_("Date of birth"), "id_issue_date": N_("ID card issue date"),
    "issue_date": N_("Date issued"), "doc_number": N_("Number and reference"),
    "authority": N_("Issuing authority"), "tax_code": N_("Tax code"),
    "land_parcel": N_("Land parcel no."), "map_sheet": N_("Map sheet no."),
}
# Fields holding a date: shown dd/mm/yyyy, extracted ISO.
DATE_FIELDS = frozenset({"birth_date", "id_issue_date", "issue_date"})

DOSSIER_FIELDS = {"procedure": N_("Procedure code"), "desk": N_("Intake desk"),
                  "applicant_name": N_("Applicant's full name"),
                  "applicant_id": N_("Citizen ID / ID card no."),
                  "received_at": N_("Time received")}
ROLE_NAMES = {"operator": N_("Intake operator"), "officer": N_("Case officer"),
              "auditor": N_("Auditor"), "admin": N_("Administrator")}
FACET_NAMES = {"doc_type": N_("Document type"), "procedure": N_("Procedure"),
               "desk": N_("Intake desk"), "month": N_("Month received")}
_STATES = {PageState.QUEUED: N_("Digitising"), PageState.DONE: N_("Digitised"),
           PageState.FAILED: N_("Failed")}
EVENT_NAMES = {
    "dossier_created": N_("Dossier created"), "dossier_updated": N_("Dossier details changed"),
    "file_stored": N_("File received"), "file_rejected": N_("File refused"),
    "page_failed": N_("Page failed"), "pages_requeued": N_("Processed again"),
    "file_assembled": N_("File digitised"), "assembly_failed": N_("Documents not separated"),
    "type_corrected": N_("Document type corrected"), "dossier_exported": N_("Dossier exported"),
    "integrity_checked": N_("Integrity checked"), "read_page_image": N_("Page image viewed"),
    "read_page_text": N_("Page text read"), "read_page_pdf": N_("Page PDF viewed"),
    "read_document_pdf": N_("Document PDF viewed"),
    "read_document_text": N_("Document text read"),
    "read_original": N_("Original downloaded"), "dossier_viewed": N_("Dossier viewed"),
    "history_viewed": N_("History viewed"),
    "integrity_failed": N_("Altered file found — not served"),
    # the access log's actions (archive/accounts.py)
    "signed_in": N_("Signed in"), "sign_in_failed": N_("Sign-in failed"),
    "user_added": N_("User added"), "password_set": N_("Password changed"),
    "user_enabled": N_("Account unlocked"), "user_disabled": N_("Account locked"),
    "role_changed": N_("Role or desk changed"), "token_created": N_("API token created"),
    "token_revoked": N_("API token revoked"), "search": N_("Search"),
    "citizen_lookup": N_("Citizen's dossiers looked up"),
    "desk_added": N_("Intake desk added"), "user_renamed": N_("Full name changed"),
    # the rescan loop and officers' work
    "page_replaced": N_("Page replaced by a rescan"), "page_discarded": N_("Page scanned by mistake discarded"),
    "page_checked": N_("Page kept as checked"), "pages_reordered": N_("Pages reordered"),
    "field_corrected": N_("Document details corrected"), "note_added": N_("Note added"),
    "document_viewed": N_("Document viewed"), "dossier_downloaded": N_("Dossier downloaded (ZIP)"),
}
# Who did it when no person did (history's actor column).
ACTOR_NAMES = {"worker": N_("System (digitising)"), "cli": N_("System (command line)"),
               "system": N_("System")}
# What an integrity check looked at (api/integrity.py's item kinds).
INTEGRITY_KINDS = {
    "original": N_("Original"), "page_ocr": N_("Page recognition result"),
    "page_text": N_("Page text"), "page_pdf": N_("Page PDF"), "page_hocr": N_("Page hOCR"),
    "document_pdf": N_("Document PDF"), "document_text": N_("Document text"),
    "history": N_("History hash chain"), "access_log": N_("Access log hash chain"),
    "checkpoint": N_("Checkpoint in the store"), "signature": N_("Digital signature"),
}

# hoso.ids.DOSSIER_CODE_RULE, as the intake desk reads it.
DOSSIER_CODE_RULE = N_(
    "A dossier code has 1–64 characters: unaccented letters, digits, dots (.), hyphens (-),"
    " underscores (_); it does not start with a dot or a hyphen"
    " (for example 000.00.19.H12-241202-0001).")

# Filled in with the warning's parameters (see PageWarning).
_WARNINGS: dict[WarningKind, str] = {
    WarningKind.BLANK: N_("Blank page — check whether the back was scanned by mistake"),
    WarningKind.LOW_RESOLUTION: N_(
        "Low resolution (%(dpi)s dpi) — rescan at %(min_dpi)s dpi or more"),
    WarningKind.BLURRED: N_("Blurred image, letters unclear — rescan or sharpen"),
    WarningKind.LOW_CONFIDENCE: N_("Poor text recognition (score %(confidence)s) — needs review"),
    WarningKind.GARBLED: N_("Garbled text (%(percent)s of the words are not Vietnamese) — needs review, "
                            "rescan advised"),
}
_REVIEW = N_("Needs review (score %(confidence)s)")


def mismatch_text(code: str, differences: Sequence[FieldChange]) -> str:
    """Why a dossier was not created again: it exists, with other particulars (named)."""
    said = "; ".join(_(
        "%(field)s: recorded “%(before)s”, just entered “%(after)s”",
        field=_(DOSSIER_FIELDS[d.name]) if d.name in DOSSIER_FIELDS else d.name,
        before=d.before or _("(empty)"), after=d.after) for d in differences)
    return _("Dossier %(code)s already exists, with other details — %(said)s. The dossier was"
             " not changed; to add documents open it from the list; changing its details"
             " needs an administrator.", code=code, said=said)


def doc_types() -> dict[str, str]:
    """Every document type code and its Vietnamese name, in the registry's order."""
    return {t.code: t.name for t in DOC_TYPES}


def field_name(name: str) -> str:
    """`name_2` is the second person's name: Họ tên (2)."""
    base, _sep, number = name.rpartition("_")
    if number.isdigit() and base in _FIELDS:
        return f"{_(_FIELDS[base])} ({number})"
    return _(_FIELDS[name]) if name in _FIELDS else name


def field_value(name: str, value: str) -> str:
    """An extracted value as people read it: dates dd/mm/yyyy (extracted ISO)."""
    base = name.rpartition("_")[0] if name.rpartition("_")[2].isdigit() else name
    return format_date(value) if base in DATE_FIELDS else value


def state_name(state: PageState | str) -> str:
    return _(_STATES[PageState(state)]) if state in {s.value for s in PageState} else str(state)


def named(table: dict[str, str], key: object) -> str:
    """`key`'s name from one of the tables above, in Vietnamese; unknown keys as they are."""
    return _(table[str(key)]) if str(key) in table else str(key)


def warning_text(warning: PageWarning) -> str:
    """A page warning from the OCR stage, in Vietnamese."""
    params = {k: format_number(v) if isinstance(v, float) else v
              for k, v in warning.to_json().items()}
    if warning.kind is WarningKind.GARBLED:  # a share of words: read as a percentage
        params["percent"] = f"{format_number(float(warning.to_json()['garbage']) * 100)}%"
    return _(_WARNINGS[warning.kind], **params)


def warning_json(warning: PageWarning) -> dict[str, object]:
    """A warning for scripts and the API: its machine form and its Vietnamese message."""
    return {**warning.to_json(), "message": warning_text(warning)}


def review_text(confidence: float) -> str:
    """Why a page with no warning still goes to review."""
    return _(_REVIEW, confidence=format_number(confidence))
