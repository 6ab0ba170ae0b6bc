"""The search index interface. Implementations: sqlite_fts (embedded), elastic (production).

Every backend takes the same records and answers the same way (indexer.query parses the text,
indexer.folding folds it, indexer.highlight makes snippets), and tests/indexer runs one
contract suite over each.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from itertools import islice
from types import TracebackType
from typing import Self

from hoso.records import IndexedPage, SearchQuery, SearchResults

__all__ = ["FACET_NAMES", "SearchIndex"]

# The facets every search returns, in this order.
FACET_NAMES = ("doc_type", "procedure", "desk", "month")


class SearchIndex(ABC):
    """Pages, searchable by their text (diacritics optional) and filterable by metadata.

    Safe to share between threads. Errors reaching the index are hoso.errors.BackendError.
    """

    @abstractmethod
    def upsert(self, pages: Sequence[IndexedPage]) -> None:
        """Add pages, replacing any page already indexed under the same page_id."""

    @abstractmethod
    def delete_dossier(self, dossier_code: str) -> None:
        """Remove every page of a dossier; nothing happens if there is none."""

    @abstractmethod
    def delete_pages(self, page_ids: Sequence[str]) -> None:
        """Remove these pages (set aside by a rescan or a discard); absent ones are fine."""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResults:
        """The best pages first (newest first when the query has no text), total and facets."""

    @abstractmethod
    def count(self) -> int:
        """How many pages are indexed."""

    @abstractmethod
    def clear(self) -> None:
        """Remove every page."""

    def rebuild(self, pages: Iterable[IndexedPage]) -> str:
        """Replace the whole index with `pages` (from the catalog: `hoso reindex`).

        This default clears, then loads in batches; Elasticsearch builds a new index and swaps
        its alias, so searches never see a half-built index. Returns what was built.
        """
        self.clear()
        remaining = iter(pages)
        while batch := list(islice(remaining, 500)):
            self.upsert(batch)
        return repr(self)

    @abstractmethod
    def close(self) -> None:
        """Release connections; the index is unusable afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
