"""Backends for the search index contract suite, and the pages it searches.

BACKENDS lists the backends every contract test runs against. Elasticsearch joins it when
HOSO_TEST_ELASTICSEARCH_URL names a test server (e.g. http://127.0.0.1:9200); each test gets
its own uniquely named index there, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from indexer import SearchIndex
from indexer.sqlite_fts import SqliteIndex

ELASTIC_URL = os.environ.get("HOSO_TEST_ELASTICSEARCH_URL", "")


def _sqlite(tmp_path: Path) -> Iterator[SearchIndex]:
    index = SqliteIndex(tmp_path / "index.db")
    yield index
    index.close()


def _elasticsearch(tmp_path: Path) -> Iterator[SearchIndex]:
    from indexer.elastic import ElasticIndex

    index = ElasticIndex(ELASTIC_URL, name=f"hoso-test-{uuid.uuid4().hex[:12]}")
    yield index
    index.drop()
    index.close()


BACKENDS: dict[str, Callable[[Path], Iterator[SearchIndex]]] = {"sqlite": _sqlite}
if ELASTIC_URL:
    BACKENDS["elasticsearch"] = _elasticsearch


@pytest.fixture(params=sorted(BACKENDS))
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    """An empty index of each backend."""
    yield from BACKENDS[request.param](tmp_path)
