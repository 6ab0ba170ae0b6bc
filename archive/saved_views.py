"""Officers' saved views: a search or a document list, its query and filters, kept under a
name for one user, to open again from the search page or the work queue.

Each user sees only their own. Saving under a name already used replaces that view, in one
statement (an upsert on the unique (username, name)), so two saves racing leave one row.
Functions take the session of a transaction the `Catalog` opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from hoso.archive.models import SavedView as SavedViewRow
from hoso.errors import InvalidValue

__all__ = ["MAX_NAME_CHARS", "PAGES", "SavedView", "delete_view", "save_view", "views_of"]

MAX_NAME_CHARS = 120
MAX_QUERY_CHARS = 2000
PAGES = ("/search", "/documents")  # the pages a view may open: never an address from outside


@dataclass(frozen=True)
class SavedView:
    """A named search or document list: `page` is one of PAGES, `query` its URL query."""

    name: str
    page: str
    query: str
    saved_at: datetime

    @property
    def url(self) -> str:
        return f"{self.page}?{self.query}" if self.query else self.page


def _checked(name: str, page: str, query: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME_CHARS:
        raise InvalidValue(f"a saved view's name is 1-{MAX_NAME_CHARS} characters")
    if page not in PAGES:
        raise InvalidValue(f"a saved view opens one of {', '.join(PAGES)}, not {page!r}")
    if len(query) > MAX_QUERY_CHARS:
        raise InvalidValue(f"a saved view's query is at most {MAX_QUERY_CHARS} characters")
    return name


def save_view(s: Session, username: str, name: str, page: str, query: str) -> SavedView:
    """Keep the view under `name` for `username`, replacing one of the same name."""
    name = _checked(name, page, query.lstrip("?"))
    query, now = query.lstrip("?"), datetime.now(UTC)
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    upsert = (dialect.insert(SavedViewRow)
              .values(username=username, name=name, page=page, query=query, saved_at=now)
              .on_conflict_do_update(index_elements=["username", "name"],
                                     set_={"page": page, "query": query, "saved_at": now}))
    s.execute(upsert)
    return SavedView(name, page, query, now)


def views_of(s: Session, username: str) -> list[SavedView]:
    """The user's saved views, by name."""
    rows = s.scalars(select(SavedViewRow).where(SavedViewRow.username == username)
                     .order_by(SavedViewRow.name))
    return [SavedView(r.name, r.page, r.query, r.saved_at) for r in rows]


def delete_view(s: Session, username: str, name: str) -> bool:
    """Forget the user's view of that name; False if there was none."""
    gone = s.execute(delete(SavedViewRow).where(SavedViewRow.username == username,
                                                SavedViewRow.name == name))
    return bool(getattr(gone, "rowcount", 0))
