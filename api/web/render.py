"""The Jinja environment of the web pages and the filters that turn codes into Vietnamese."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from hoso.api.i18n import file_size, format_date, format_number, local_time, translations
from hoso.api.labels import (
    ACTOR_NAMES,
    EVENT_NAMES,
    FACET_NAMES,
    INTEGRITY_KINDS,
    ROLE_NAMES,
    doc_type_name,
    field_name,
    field_value,
    named,
    state_name,
    warning_text,
)
from hoso.api.wording import error_text, event_details, failure_text, rejection_text
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START

__all__ = ["local_time", "marked", "page_anchor", "render", "templates", "url_for_dossier",
           "url_id"]

_env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                   extensions=["jinja2.ext.i18n"])
# newstyle: `_("%(n)s pages", n=…)` fills in (and escapes) the parameters itself.
_env.install_gettext_translations(translations(), newstyle=True)  # type: ignore[attr-defined]
templates = Jinja2Templates(env=_env)


def marked(snippet: str) -> Markup:
    """A snippet with HIGHLIGHT marks as escaped HTML with <mark> around the matches."""
    html = str(escape(snippet))
    return Markup(html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))


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
    field_value_of=lambda value, name: field_value(name, str(value)),
    date=format_date, number=format_number, rejection_text=rejection_text,
    failure_text=failure_text, error_text=error_text,
    role_name=lambda role: named(ROLE_NAMES, role),
    facet_name=lambda name: named(FACET_NAMES, name),
    event_name=lambda kind: named(EVENT_NAMES, kind),
    actor_name=lambda actor, people=None: (people or {}).get(actor) or named(ACTOR_NAMES, actor),
    integrity_kind=lambda kind: named(INTEGRITY_KINDS, kind),
)
templates.env.globals.update(event_details=event_details)


def _people(request: Request) -> dict[str, str]:
    """User name → full name: pages show people by name, history records user names."""
    from hoso.api.http.state import hoso_of

    return {u.account.username: u.account.display_name or u.account.username
            for u in hoso_of(request).accounts.users()}


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Any:
    """A page; every template gets the signed-in account and the CSRF token, if any."""
    context.setdefault("account", getattr(request.state, "account", None))
    context.setdefault("csrf", getattr(request.state, "csrf_token", ""))
    if context["account"] is not None and "people" not in context:
        context["people"] = _people(request)
    return templates.TemplateResponse(request, template, context, status_code=status_code)
