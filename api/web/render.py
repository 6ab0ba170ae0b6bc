"""The Jinja environment of the web pages and the filters that turn codes into Vietnamese."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from hoso.api.labels import (
    EVENT_NAMES,
    FACET_NAMES,
    INTEGRITY_KINDS,
    ROLE_NAMES,
    doc_type_name,
    field_name,
    state_name,
    warning_text,
)
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START

__all__ = ["local_time", "marked", "page_anchor", "render", "templates", "url_for_dossier",
           "url_id"]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def marked(snippet: str) -> Markup:
    """A snippet with HIGHLIGHT marks as escaped HTML with <mark> around the matches."""
    html = str(escape(snippet))
    return Markup(html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))


def local_time(moment: datetime | None, with_time: bool = True) -> str:
    if moment is None:
        return ""
    # SQLite gives back naive datetimes; the catalog writes UTC.
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(VIETNAM)
    return local.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


def file_size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size:.1f} GB"


def url_id(identifier: str) -> str:
    return quote(identifier, safe="/")


def page_anchor(page_id: str) -> str:
    """The id of a page's card on a dossier's pages: `trang-f01-p003`."""
    return "trang-" + "-".join(page_id.rsplit("/", 2)[-2:])


def url_for_dossier(prefix: str, code: str) -> str:
    return f"{prefix}/{quote(code, safe='')}"


def facet_value(value: str, facet: str) -> str:
    if facet == "doc_type":
        return doc_type_name(value)
    if facet == "month" and len(value) == 7:
        return f"{value[5:]}/{value[:4]}"
    return value


def relative(subject: str, code: str) -> str:
    """An id inside the dossier without the dossier's code: `f01/p002`."""
    return subject.removeprefix(f"{code}/") if code else subject


def shortened(value: object) -> str:
    text = str(value)
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text[:12] + "…"  # a SHA-256: enough to tell blobs apart on screen
    return text if len(text) <= 80 else text[:77] + "…"


templates.env.filters.update(
    facet_value=facet_value, relative=relative, shortened=shortened, field_name=field_name,
    marked=marked, local_time=local_time, file_size=file_size, url_id=url_id,
    doc_type_name=doc_type_name, state_name=state_name, page_anchor=page_anchor,
    warning_text=warning_text,
    role_name=lambda role: ROLE_NAMES.get(str(role), str(role)),
    facet_name=lambda name: FACET_NAMES.get(name, name),
    event_name=lambda kind: EVENT_NAMES.get(kind, kind),
    integrity_kind=lambda kind: INTEGRITY_KINDS.get(kind, kind),
)


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Any:
    """A page; every template gets the signed-in account and the CSRF token, if any."""
    context.setdefault("account", getattr(request.state, "account", None))
    context.setdefault("csrf", getattr(request.state, "csrf_token", ""))
    return templates.TemplateResponse(request, template, context, status_code=status_code)
