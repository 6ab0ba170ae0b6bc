"""The one message catalogue: every word the web shows goes through here.

Source strings (msgids) are English, in the code and the templates (`_("…")`,
`{% trans %}…{% endtrans %}`); the Vietnamese catalogue is `api/locale/vi/LC_MESSAGES/
messages.po`, shipped as package data and read at run time (no compile step, so an installed
wheel works as it is). Vietnamese is the only language users see; logs and exception messages
for developers stay English.

Keeping the catalogue up to date (from the worktree root):

    pybabel extract -F pyproject.toml -k N_ --no-location -w 100 \
        --ignore-dirs ".* build tests bench synth scripts test-artifacts" -o api/locale/messages.pot .
    pybabel update -i api/locale/messages.pot -d api/locale -l vi --no-fuzzy-matching -w 100

then translate every new `msgstr ""` (tests/web/test_vietnamese.py fails on an empty one).

Dates are dd/mm/yyyy (Asia/Ho_Chi_Minh), numbers in Vietnamese format (1.234,5), file sizes
by `file_size` only. The glossary of terms is in the catalogue's header.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from functools import cache
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

__all__ = ["LOCALE", "N_", "catalogue", "file_size", "format_date", "format_number",
           "gettext", "local_time", "ngettext", "translations"]

LOCALE = "vi"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def N_(msgid: str) -> str:
    """Marks a string for the catalogue where it is defined; it is translated where shown."""
    return msgid


@cache
def catalogue() -> Any:
    """The Vietnamese catalogue as Babel reads it (msgids, msgstrs, header)."""
    source = files("hoso.api").joinpath("locale", LOCALE, "LC_MESSAGES", "messages.po")
    with source.open("rb") as stream:
        return read_po(stream, locale=LOCALE)


@cache
def translations() -> Translations:
    """gettext translations built from the .po in memory (what Jinja's i18n extension takes)."""
    compiled = io.BytesIO()
    write_mo(compiled, catalogue())
    compiled.seek(0)
    return Translations(fp=compiled)


def gettext(msgid: str, **params: Any) -> str:
    """`msgid` in Vietnamese, `%(name)s` placeholders filled in from `params`."""
    text = translations().gettext(msgid)
    return text % params if params else text


def ngettext(singular: str, plural: str, count: int, **params: Any) -> str:
    text = translations().ngettext(singular, plural, count)
    return text % {"num": count, **params}


def format_number(value: float, digits: int = 0) -> str:
    """1234567.5 → `1.234.567,5`: grouping and decimal marks as Vietnamese write them."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def file_size(size: int | None) -> str:
    """The one way sizes are shown: `850 B`, `849 KB`, `1,2 MB` (1 KB = 1024 bytes)."""
    if size is None:
        return ""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            digits = 1 if unit in ("MB", "GB") and value < 10 else 0
            return f"{format_number(value, digits)} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def format_date(value: date | datetime | str | None) -> str:
    """dd/mm/yyyy for a date, a datetime (in Vietnam's time) or an ISO date string (as the
    field extractor writes them); anything else is returned as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if isinstance(value, datetime):
        return local_time(value, with_time=False)
    return value.strftime("%d/%m/%Y")


def local_time(moment: datetime | None, with_time: bool = True) -> str:
    """A moment as people at the desk read it: `02/12/2024 14:05`, Vietnam's time."""
    if moment is None:
        return ""
    # SQLite gives back naive datetimes; the catalog writes UTC.
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(VIETNAM)
    return local.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")
