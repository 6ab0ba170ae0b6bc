"""Database errors reach callers as hoso's own, the same on SQLite and PostgreSQL.

Each fault is real (tests/archive/faults.py): a key that clashes, a number too large, a
database that is unreachable, read-only, locked or without the catalog's tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faults import (
    impatient_catalog,
    plain_catalog,
    read_only_catalog,
    unreachable_catalog,
    unreachable_url,
    write_lock,
)

from hoso.api.accounts import Accounts
from hoso.archive import Catalog, open_catalog
from hoso.errors import BackendError, Conflict, InvalidValue
from hoso.records import BlobRef, DossierInfo, SourceInfo

CODE = "000.00.19.H12-241202-0001"
PDF = SourceInfo("hồ sơ.pdf", "application/pdf", 1)
BLOB = BlobRef("ab" * 32, 1234)


@pytest.fixture
def catalog(database_url: str) -> Iterator[Catalog]:
    """The catalog on `database_url` (which the faults reuse), holding one dossier."""
    opened = open_catalog(database_url)
    opened.record_dossier(DossierInfo(CODE), actor="nv.lan")
    yield opened
    opened.close()


def test_a_file_recorded_twice_is_a_conflict_naming_the_key(catalog: Catalog) -> None:
    first, _ = catalog.add_file(CODE, PDF, BLOB, actor="nv.lan")
    with pytest.raises(Conflict) as raised:
        catalog.add_file(CODE, SourceInfo("bản sao.pdf", "application/pdf", 1), BLOB,
                         actor="nv.lan")
    error = raised.value
    assert (error.http_status, error.exit_code, error.retryable) == (409, 65, False)
    assert f"recording file 'bản sao.pdf' in dossier {CODE}" in error.message
    assert "sha256" in error.message
    # The transaction was rolled back: the first file alone, with its one page.
    files = catalog.status(CODE).files
    assert [(f.file_id, len(f.pages)) for f in files] == [(first, 1)]


def test_a_file_of_an_unknown_dossier_is_a_conflict(catalog: Catalog) -> None:
    with pytest.raises(Conflict, match="(?i)foreign key"):
        catalog.add_file("000.00.00.X00-000000-9999", PDF, BLOB, actor="nv.lan")


def test_a_number_too_large_for_the_catalog_is_an_invalid_value(catalog: Catalog) -> None:
    with pytest.raises(InvalidValue, match="cannot hold a value given") as raised:
        catalog.add_file(CODE, PDF, BlobRef("cd" * 32, 2**64), actor="nv.lan")
    assert not raised.value.retryable
    assert catalog.status(CODE).files == ()


def test_an_unreachable_database_is_a_backend_error_worth_a_retry(
    database_url: str, tmp_path: Path
) -> None:
    catalog = unreachable_catalog(database_url, tmp_path)
    with pytest.raises(BackendError, match=f"unavailable while reading the status of "
                                           f"dossier {CODE}") as raised:
        catalog.status(CODE)
    assert raised.value.retryable and raised.value.http_status == 503
    # Accounts go through the same door: a sign-in says the catalog is down, not a traceback.
    with pytest.raises(BackendError, match="unavailable while counting a sign-in attempt of 'lan'"):
        Accounts(catalog).authenticate("lan", "mot-mat-khau-dai")


def test_a_read_only_database_reads_but_refuses_writes(catalog: Catalog,
                                                       database_url: str) -> None:
    read_only = read_only_catalog(database_url)
    assert read_only.dossier(CODE).code == CODE
    with pytest.raises(BackendError, match="(?i)read-?only") as raised:
        read_only.record_event(CODE, "dossier_read", CODE, {}, actor="cb.hung")
    assert raised.value.retryable
    assert f"recording 'dossier_read' in the history of {CODE}" in raised.value.message
    read_only.close()


def test_a_lock_held_too_long_is_a_backend_error_worth_a_retry(catalog: Catalog,
                                                               database_url: str) -> None:
    impatient = impatient_catalog(database_url)
    with write_lock(database_url), pytest.raises(BackendError) as raised:
        impatient.record_dossier(DossierInfo(CODE, applicant_id="001203004567"), actor="nv.lan")
    assert raised.value.retryable
    assert "lock" in raised.value.message
    impatient.record_dossier(DossierInfo(CODE, applicant_id="001203004567"), actor="nv.lan")
    assert catalog.dossier(CODE).applicant_id == "001203004567"
    impatient.close()


def test_a_database_without_the_catalogs_tables_is_not_worth_a_retry(
    database_url: str,
) -> None:
    catalog = plain_catalog(database_url)
    with pytest.raises(BackendError, match=f"catalog refused reading dossier {CODE}") as raised:
        catalog.dossier(CODE)
    assert not raised.value.retryable
    assert raised.value.hint and "version" in raised.value.hint
    catalog.close()


def test_a_user_added_twice_is_a_conflict(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_user("lan", "mot-mat-khau-dai", "officer", actor="admin")
    with pytest.raises(Conflict, match="a user 'lan' already exists"):
        accounts.add_user("lan", "mot-mat-khau-khac", "officer", actor="admin")
    assert [u.account.username for u in accounts.users()] == ["lan"]


def test_a_long_history_subject_is_kept_by_its_start(catalog: Catalog) -> None:
    # PostgreSQL refuses text longer than its column; an export to a deep folder must not fail.
    folder = "/srv/xuat-ho-so/" + "thư-mục-rất-dài/" * 20
    catalog.record_event(CODE, "dossier_exported", folder, {}, actor="cb.hung")
    exported = [e for e in catalog.history(CODE) if e.kind == "dossier_exported"]
    assert exported[0].subject == folder[:128]



def test_opening_an_unreachable_catalog_is_a_backend_error(database_url: str,
                                                           tmp_path: Path) -> None:
    url = unreachable_url(database_url, tmp_path)
    with pytest.raises(BackendError) as raised:
        open_catalog(url)
    where = "not-a-folder" if url.startswith("sqlite") else "127.0.0.1"
    assert "catalog" in raised.value.message and where in raised.value.message
    assert raised.value.hint
