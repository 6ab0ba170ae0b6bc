"""Backends for the archive contract suites: every test runs against each implementation.

The production implementations (MinIO, PostgreSQL) use the real servers that
scripts/services starts; tests/servers.py finds them (and fails in CI if one is missing).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hoso.archive import BlobStore, open_store


@pytest.fixture(params=["local", "minio"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BlobStore]:
    if request.param == "local":
        blobs = open_store(f"file://{tmp_path / 'store'}")
    else:
        base = request.getfixturevalue("minio_url").rstrip("/")
        blobs = open_store(f"{base}/hoso-test-{uuid.uuid4().hex[:10]}")
    yield blobs
    blobs.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a new, empty database (no catalog yet) on SQLite and on the test PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'catalog.db'}"
    url: str = request.getfixturevalue("fresh_postgres_url")
    return url
