"""Backends for the search index contract suite.

BACKENDS lists the backends every contract test runs against: the embedded SQLite index and
Elasticsearch, found through the `elasticsearch_url` fixture of tests/servers.py (skipped
where no test server runs, a failure under CI). Each Elasticsearch test gets its own
uniquely named index, dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hoso.indexer import SearchIndex
from hoso.indexer.sqlite_fts import SqliteIndex


def _sqlite(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    index = SqliteIndex(tmp_path / "index.db")
    yield index
    index.close()


def _elasticsearch(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    url = request.getfixturevalue("elasticsearch_url")
    from hoso.indexer.elastic import ElasticIndex

    index = ElasticIndex(url, name=f"hoso-test-{uuid.uuid4().hex[:12]}", refresh=True)
    yield index
    index.drop()
    index.close()


BACKENDS: dict[str, Callable[[pytest.FixtureRequest, Path], Iterator[SearchIndex]]] = {
    "sqlite": _sqlite,
    "elasticsearch": _elasticsearch,
}


@pytest.fixture(params=sorted(BACKENDS), ids=sorted(BACKENDS))
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    """An empty index of each backend."""
    yield from BACKENDS[request.param](request, tmp_path)
