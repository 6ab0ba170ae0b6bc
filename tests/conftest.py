"""Fixtures every test area may use: the real production servers (see tests/servers.py) and
the catalog on each of its backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import *

from hoso.archive import Catalog, open_catalog


@pytest.fixture(params=["sqlite", "postgresql"])
def catalog(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Catalog]:
    """A new, empty catalog on SQLite and on the test PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'catalog.db'}"
    else:
        url = request.getfixturevalue("fresh_postgres_url")
    opened = open_catalog(url)
    yield opened
    opened.close()
