"""Catalogs written by earlier versions open with their data carried over."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from hoso.archive import open_catalog
from hoso.page_warnings import PageWarning

OLD_WARNINGS = [
    "low resolution: 120 dpi (scan at 150 dpi or more)",
    "blurred: the letters' edges are soft (rescan or refocus)",
    "low OCR confidence: 41 (review threshold 60)",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'catalog.db'}"
    else:
        yield request.getfixturevalue("fresh_postgres_url")


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", "hoso.archive:migrations")
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _add_old_pages(url: str) -> None:
    """A dossier as version 0002 stored it: one page warned about, one not."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    meta = sa.MetaData()
    meta.reflect(engine)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(meta.tables["dossiers"].insert().values(
            code="HS-1", procedure="", desk="", operator="", applicant_name="", applicant_id="",
            received_at=now, created_at=now))
        conn.execute(meta.tables["files"].insert().values(
            id="HS-1/f01", dossier_code="HS-1", file_no=1, filename="a.pdf",
            media_type="application/pdf", sha256="0" * 64, size=1, page_count=2,
            assembled=False, assembly_attempts=0))
        conn.execute(meta.tables["pages"].insert(), [
            {"id": f"HS-1/f01/p00{n}", "dossier_code": "HS-1", "file_id": "HS-1/f01",
             "index_in_file": n - 1, "state": "done", "attempts": 1, "needs_review": True,
             "warnings": warnings, "updated_at": now}
            for n, warnings in ((1, OLD_WARNINGS), (2, []))])
    engine.dispose()


def _stored_warnings(url: str) -> list[list[object]]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    pages = sa.Table("pages", sa.MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(pages.c.warnings).order_by(pages.c.id)).scalars().all()
    engine.dispose()
    return list(rows)


def test_old_warning_sentences_become_kinds_and_back(database_url: str) -> None:
    _migrate(database_url, "0002")
    _add_old_pages(database_url)
    catalog = open_catalog(database_url)
    pages = catalog.file_pages("HS-1/f01")
    catalog.close()
    assert pages[0].warnings == (PageWarning.low_resolution(120, 150), PageWarning.blurred(),
                                 PageWarning.low_confidence(41, 60))
    assert pages[1].warnings == ()
    assert _stored_warnings(database_url)[0][0] == {
        "kind": "low_resolution", "dpi": 120, "min_dpi": 150}
    _migrate(database_url, "0002", down=True)
    assert _stored_warnings(database_url) == [OLD_WARNINGS, []]


def _add_old_history(url: str) -> None:
    """Events and access-log rows as version 0003 stored them: without hashes."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    meta = sa.MetaData()
    meta.reflect(engine)
    at = datetime(2024, 12, 2, 1, 30, 0, 123456, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(meta.tables["events"].insert(), [
            {"dossier_code": code, "at": at, "actor": "nv.lan", "kind": "file_stored",
             "subject": "đơn.pdf", "detail": {"n": n}}
            for n, code in enumerate(("HS-1", "HS-2", "HS-1"))])
        conn.execute(meta.tables["access_log"].insert(), [
            {"at": at, "actor": "cv.hung", "action": "searched", "subject": "khai sinh",
             "detail": {}}])
    engine.dispose()


def test_history_written_before_the_chains_is_chained_by_the_migration(
        database_url: str) -> None:
    _migrate(database_url, "0003")
    _add_old_history(database_url)
    catalog = open_catalog(database_url)
    try:
        catalog.record_event("HS-1", "read_original", "HS-1/f01", {}, actor="cv.hung")
        catalog.accounts.log("cv.hung", "signed_in")
        from hoso.archive.history import check_history
        with catalog._db.begin("test") as s:  # the dossiers are not there: no status to read
            one, two = check_history(s, "HS-1"), check_history(s, "HS-2")
        log = catalog.accounts.check_access_log()
    finally:
        catalog.close()
    assert one.intact and len(one.hashes) == 3
    assert two.intact and len(two.hashes) == 1
    assert log.intact and len(log.hashes) == 2
    _migrate(database_url, "0003", down=True)
