"""How a page's record becomes what an index stores, the same way for every backend."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from hoso.indexer.folding import fold, lowercase
from hoso.records import IndexedPage

__all__ = ["StoredPage", "prepare_page", "received_date", "utc_stamp"]


@dataclass(frozen=True)
class StoredPage:
    """A page ready to index.

    text: the page's text in NFC, which snippets quote.
    exact: `text` lowercased with its diacritics (ranks tone-marked matches first).
    folded: `text` folded (indexer.folding.fold), which queries match.
    fields: exact-match (name, value) pairs: the document's fields and the applicant's ID.
    received_utc: received_at in UTC, ISO 8601, for ordering newest first.
    received_date: the day received_at falls on where the dossier was received (YYYY-MM-DD),
        which the inclusive date filters compare with; `month` is its first seven characters.
    """

    page: IndexedPage
    text: str
    exact: str
    folded: str
    fields: tuple[tuple[str, str], ...]
    received_utc: str | None
    received_date: str | None

    @property
    def month(self) -> str | None:
        return self.received_date[:7] if self.received_date else None


def prepare_page(page: IndexedPage) -> StoredPage:
    """Normalise, lowercase and fold a page's text and flatten its metadata for an index."""
    text = unicodedata.normalize("NFC", page.text)
    fields = [(field.name, field.value) for field in page.fields if field.value]
    if page.applicant_id:
        fields.append(("applicant_id", page.applicant_id))
    return StoredPage(
        page=page,
        text=text,
        exact=lowercase(text),
        folded=fold(text),
        fields=tuple(dict.fromkeys(fields)),
        received_utc=utc_stamp(page.received_at),
        received_date=received_date(page.received_at),
    )


def utc_stamp(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC, so that strings sort in time order (a naive time is taken as UTC)."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="microseconds")


def received_date(moment: datetime | None) -> str | None:
    # The calendar day at the desk, not in UTC: papers received at 06:00 in Hà Nội on the 2nd
    # were received on the 2nd, although it was still the 1st in UTC.
    return moment.date().isoformat() if moment else None
