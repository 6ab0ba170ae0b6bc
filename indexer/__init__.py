"""Stage 6, search: pages indexed by their text and metadata, Vietnamese-aware.

`open_index(url)` picks the backend from a URL: `sqlite:///path.db` is the embedded SQLite
FTS5 index (indexer.sqlite_fts), `http(s)://host:9200` Elasticsearch (indexer.elastic, needs
the `production` extra). Both fold diacritics in our code (indexer.folding), so `dang ky`
finds `Đăng ký` and an exact `Quyết định` ranks first on either.
"""

from __future__ import annotations

from hoso.errors import ConfigError, MissingExtra
from hoso.indexer.base import SearchIndex
from hoso.indexer.folding import fold, has_diacritics

__all__ = ["SearchIndex", "fold", "has_diacritics", "open_index"]


def open_index(url: str, *, create: bool = True) -> SearchIndex:
    """The search index at `url`.

    create: False opens an existing index only, so a read never makes files: a missing SQLite
    file raises hoso.errors.NotFound.
    """
    if url.startswith("sqlite://"):
        from hoso.indexer.sqlite_fts import SqliteIndex

        return SqliteIndex(_sqlite_path(url), create=create)
    if url.startswith(("http://", "https://")):
        return _open_elastic(url, create=create)
    raise ConfigError(
        f"unsupported search index URL {url!r}",
        hint="use sqlite:///path/index.db or http://host:9200",
    )


def _sqlite_path(url: str) -> str:
    # As SQLAlchemy spells it: sqlite:///relative.db, sqlite:////absolute/path.db.
    path = url.removeprefix("sqlite://").removeprefix("/").split("?", 1)[0]
    if not path or path == ":memory:":
        raise ConfigError(f"{url!r}: the search index needs a file path", hint="sqlite:///index.db")
    return path


def _open_elastic(url: str, *, create: bool) -> SearchIndex:
    try:
        from hoso.indexer.elastic import ElasticIndex
    except ModuleNotFoundError as exc:
        if exc.name not in ("elasticsearch", "elastic_transport"):
            raise
        raise MissingExtra("elasticsearch", "the Elasticsearch search index") from None
    return ElasticIndex(url, create=create)
