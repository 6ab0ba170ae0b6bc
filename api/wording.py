"""Errors and history records put into words for people, in Vietnamese.

Exceptions and history details stay machine-shaped and English (a code, parameters, a
reason for developers); this module chooses the catalogue's message for them. An error's
`code` (hoso.errors: the class name, or a finer code a raise site gives) picks the message,
its `params` fill it in; an unknown code falls back to its class's message, never to the
English text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hoso.api.i18n import N_, file_size, format_date, format_number, local_time
from hoso.api.i18n import gettext as _
from hoso.api.labels import (
    DOSSIER_CODE_RULE,
    DOSSIER_FIELDS,
    EVENT_NAMES,
    doc_type_name,
    named,
)
from hoso.errors import HosoError

__all__ = ["ERROR_MESSAGES", "Detail", "error_text", "event_details", "failure_text",
           "rejection_text"]

# By code: an error class's name, or a finer code a raise site gives (ingest's limits).
ERROR_MESSAGES: dict[str, str] = {
    "InputError": N_("The file cannot be read."),
    "UnsafeName": N_("The file name is not allowed (empty, a control character, a “..” part,"
                     " or too long)."),
    "EmptyFile": N_("The file is empty (0 bytes) — copy or scan it again."),
    "UnsupportedFormat": N_("Not a PDF, TIFF, JPEG or PNG file — scan the paper, or save it as"
                            " PDF, then hand that in."),
    "CorruptFile": N_("The file is damaged and cannot be read — copy or scan it again."),
    "truncated": N_("The file is cut off (probably while scanning or copying) — scan or copy"
                    " it again."),
    "EncryptedFile": N_("The PDF is protected by a password — save or print it again without a"
                        " password, then hand it in."),
    "LimitExceeded": N_("The file is too large (size, pages or pixels) — split it into several"
                        " files, or scan at a lower resolution."),
    "file_too_large": N_("The file is %(size)s, more than the limit of %(limit)s — split it into"
                         " several files."),
    "too_many_pages": N_("The file has %(pages)s pages, more than the limit of %(limit)s —"
                         " split it into several files."),
    "body_too_large": N_("What was sent is too large (at most %(limit)s on this page)."),
    "NotFound": N_("Nothing was found at this address: the dossier, document or page does not"
                   " exist, or was typed wrongly."),
    "ToolError": N_("The text of this page could not be recognised — process it again, or"
                    " rescan the page."),
    "ToolMissing": N_("The recognition program is not installed on the server — tell the"
                      " administrator."),
    "ToolCrashed": N_("The recognition program stopped unexpectedly — process the page"
                      " again."),
    "ToolTimeout": N_("Recognising this page took too long — rescan it more clearly, or"
                      " process it again."),
    "BackendError": N_("A part of the system (storage, search or database) is not answering —"
                       " try again in a moment."),
    "MissingExtra": N_("The server lacks a component — tell the administrator."),
    "Conflict": N_("This clashes with what is already recorded; nothing was changed."),
    "DossierMismatch": N_("The dossier already exists with other details; nothing was"
                          " changed."),
    "IntegrityError": N_("A stored file no longer matches its recorded fingerprint — it is"
                         " not served; tell the auditor."),
    "ConfigError": N_("The system is not set up correctly — tell the administrator."),
    "InvalidValue": N_("Something entered is not valid."),
    "AccessDenied": N_("Your account is not allowed to do this or see this page."),
    "NotAuthenticated": N_("You are not signed in, or your session has ended."),
    "HosoError": N_("Something went wrong on the server — try again; if it happens again,"
                    " tell the administrator."),
    # Raise sites with their own code (api/accounts, hoso.ids)
    "password_too_short": N_("The password must have at least %(min)s characters."),
    "password_spaces": N_("The password must not start or end with a space."),
    "desk_required": N_("An intake operator needs an intake desk."),
    "unknown_role": N_("Unknown role."),
    "bad_username": N_("The user name is not allowed: 2–64 characters, lower-case unaccented"
                       " letters, digits, dots, hyphens or underscores."),
    "user_exists": N_("This user name is already taken."),
    "unknown_user": N_("There is no such user."),
    "token_name_required": N_("Give the token a name saying which machine uses it."),
    "dossier_code": DOSSIER_CODE_RULE,
    "form_invalid": N_("The address or the form sent is not valid."),
    "csrf": N_("The form is out of date or did not come from this site — reload the page and"
               " try again."),
    "no_page": N_("There is no page at this address."),
    "http_error": N_("The request could not be handled."),
    # admin safety (api/accounts)
    "self_lock": N_("You cannot lock your own account."),
    "last_admin": N_("This is the last active administrator: add or unlock another one"
                     " first."),
    "self_demote": N_("You cannot take the administrator role away from yourself."),
    "unknown_desk": N_("Unknown intake desk: choose one from the list (an administrator adds"
                       " desks)."),
    "desk_exists": N_("This intake desk already exists."),
    "desk_in_use": N_("This intake desk still has users or dossiers."),
    "desk_name": N_("An intake desk's name has 1–128 characters."),
    "date_format": N_("A date is written year-month-day."),
    "decision_unknown": N_("A decision approves or rejects the paper."),
    "reason_needed": N_("A refusal must give its reason."),
}


def _shown(value: object) -> object:
    """A parameter as people read it: sizes and counts in Vietnamese number format."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return format_number(value)


def _message(code: str, fallback: str, params: Mapping[str, object]) -> str:
    template = ERROR_MESSAGES.get(code) or ERROR_MESSAGES.get(fallback) or (
        ERROR_MESSAGES["HosoError"])
    shown = {k: file_size(int(v)) if k in ("size", "limit") and code in _SIZES else _shown(v)
             for k, v in params.items() if isinstance(v, str | int | float)}
    try:
        return _(template, **shown) if "%(" in template else _(template)
    except (KeyError, ValueError):
        return _(ERROR_MESSAGES.get(fallback) or ERROR_MESSAGES["HosoError"])


_SIZES = frozenset({"file_too_large", "body_too_large"})


def error_text(error: HosoError) -> str:
    """What went wrong, in Vietnamese, from the error's code and parameters."""
    classes = [c.__name__ for c in type(error).__mro__ if issubclass(c, HosoError)]
    fallback = next((name for name in classes if name in ERROR_MESSAGES), "HosoError")
    return _message(error.code, fallback, error.params)


def rejection_text(detail: Mapping[str, object]) -> str:
    """Why a file was refused, from its `file_rejected` record (ingest.rejection_detail)."""
    code = str(detail.get("error") or "InputError")
    params = detail.get("params")
    return _message(code, "InputError", params if isinstance(params, Mapping) else {})


def failure_text(reason: str | None) -> str:
    """A page's or a file's failure, recorded in English for developers, in Vietnamese."""
    if not reason:
        return ""
    lowered = reason.lower()
    if any(words in lowered for words in ("timed out", "time limit", "took longer")):
        return _(ERROR_MESSAGES["ToolTimeout"])
    if "killed" in lowered or "signal" in lowered or "crash" in lowered:
        return _(ERROR_MESSAGES["ToolCrashed"])
    return _(ERROR_MESSAGES["ToolError"])


@dataclass(frozen=True)
class Detail:
    """One line of a history record's details: a label and a value, both for people."""

    label: str
    value: str


_DETAIL_LABELS = {
    "sha256": N_("Fingerprint (SHA-256)"), "size": N_("Size"), "pages": N_("Pages"),
    "via": N_("Through"), "reason": N_("Reason"), "file_id": N_("File"),
    "checked": N_("Items checked"), "failed": N_("Items altered"), "total": N_("Results"),
    "filters": N_("Filters"), "role": N_("Role"), "desk": N_("Intake desk"),
    "failures": N_("Failed attempts"), "token_id": N_("Token no."), "name": N_("Name"),
    "active": N_("Active"), "display_name": N_("Full name"),
}
_VIA = {"web": N_("web page"), "api": N_("API"), "cli": N_("command line")}
# Kept in the record, not worth a line on screen.
_HIDDEN = frozenset({"pages", "error", "params", "reason_code"})


def event_details(kind: str, detail: Mapping[str, object]) -> list[Detail]:
    """A history record's details as lines people read (no `sha256:` or Python lists)."""
    if kind == "type_corrected":
        return [Detail(_("From"), doc_type_name(str(detail.get("from", "")))),
                Detail(_("To"), doc_type_name(str(detail.get("to", ""))))]
    if kind == "file_rejected":
        return [Detail(_("Reason"), rejection_text(detail))]
    if kind in ("page_failed", "assembly_failed"):
        return [Detail(_("Reason"), failure_text(str(detail.get("reason", ""))))]
    if kind == "dossier_updated":
        return [_change(name, change) for name, change in detail.items()
                if isinstance(change, Mapping)]
    return [Detail(named(_DETAIL_LABELS, key), _value(key, value))
            for key, value in detail.items()
            if key not in _HIDDEN and value not in ([], "", None, {})]


def _change(name: str, change: Mapping[str, object]) -> Detail:
    label = named(DOSSIER_FIELDS, name)
    before, after = (_plain(change.get("from")), _plain(change.get("to")))
    return Detail(label, _("from “%(before)s” to “%(after)s”", before=before or _("(empty)"),
                           after=after or _("(empty)")))


def _value(key: str, value: object) -> str:
    if key == "sha256" and isinstance(value, str):
        return value[:12] + "…"
    if key == "size" and isinstance(value, int):
        return file_size(value)
    if key == "via":
        return named(_VIA, value)
    if key == "role":
        from hoso.api.labels import ROLE_NAMES

        return named(ROLE_NAMES, value)
    if key == "failed" and isinstance(value, list):
        return format_number(len(value))
    return _plain(value)


def _plain(value: object) -> str:
    """Lists as comma-separated words, numbers in Vietnamese format, no Python syntax."""
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{named(_DETAIL_LABELS, k)}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int | float):
        return format_number(value)
    text = str(value)
    if len(text) >= 19 and text[4:5] == "-" and text[10:11] in ("T", " "):
        from datetime import datetime

        try:
            return local_time(datetime.fromisoformat(text))
        except ValueError:
            return text
    if len(text) == 10 and text[4:5] == "-":
        return format_date(text)
    return text if len(text) <= 80 else text[:77] + "…"


def event_name(kind: str) -> str:
    return named(EVENT_NAMES, kind)
