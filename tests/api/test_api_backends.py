"""The accounts tables (migration 0002) and the API's reads through the catalog, on every
catalog backend: SQLite (embedded) and PostgreSQL (production, from scripts/services)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hoso.api.accounts import Accounts, Credentials
from hoso.api.accounts.service import MAX_FAILURES
from hoso.archive import Catalog
from hoso.errors import NotAuthenticated, NotFound
from hoso.records import BlobRef, DossierInfo, SourceInfo

PASSWORD = "mot-mat-khau-dai"


def test_accounts_tokens_and_sessions(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    credentials = Credentials(accounts)
    accounts.add_desk("Phường 1", actor="test")
    accounts.add_user("nv.lan", PASSWORD, "operator", desk="Phường 1", actor="test")
    account = accounts.authenticate("nv.lan", PASSWORD)
    secret, token = credentials.create_token("nv.lan", "máy quét", actor="test")
    assert credentials.account_for_token(secret) == account
    session = credentials.sign_in("nv.lan", PASSWORD)
    assert credentials.session(session.session_id).account == account
    credentials.revoke_token(token.token_id, actor="test")
    with pytest.raises(NotAuthenticated):
        credentials.account_for_token(secret)
    credentials.close_session(session.session_id)
    with pytest.raises(NotAuthenticated):
        credentials.session(session.session_id)
    actions = [e.action for e in accounts.access_log()]
    assert actions[:3] == ["token_revoked", "signed_in", "token_created"]


def test_wrong_passwords_lock_the_account_until_a_new_one_is_set(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    accounts.add_user("cb.hung", PASSWORD, "officer", actor="admin")
    for _ in range(MAX_FAILURES):
        with pytest.raises(NotAuthenticated, match="wrong user name or password"):
            accounts.authenticate("cb.hung", "sai-mat-khau-roi")
    with pytest.raises(NotAuthenticated, match="locked"):
        accounts.authenticate("cb.hung", PASSWORD)
    assert accounts.users()[0].locked_until is not None
    accounts.set_password("cb.hung", "mat-khau-moi-dai", actor="admin")
    assert accounts.authenticate("cb.hung", "mat-khau-moi-dai").username == "cb.hung"
    actions = [e.action for e in accounts.access_log(actor="cb.hung")]
    assert actions == ["sign_in_failed"] * MAX_FAILURES
    failures = [e.detail["failures"] for e in accounts.access_log(actor="cb.hung")]
    assert failures == [5, 4, 3, 2, 1]  # newest first; the fifth locks


def test_a_disabled_user_cannot_sign_in_nor_use_a_token(catalog: Catalog) -> None:
    accounts = Accounts(catalog)
    credentials = Credentials(accounts)
    accounts.add_user("kiem.toan", PASSWORD, "auditor", actor="admin")
    secret, _ = credentials.create_token("kiem.toan", "kiosk", actor="admin")
    assert credentials.tokens("kiem.toan")[0].last_used_at is None
    credentials.account_for_token(secret)
    assert credentials.tokens("kiem.toan")[0].last_used_at is not None
    accounts.set_active("kiem.toan", False, actor="admin")
    with pytest.raises(NotAuthenticated):
        accounts.authenticate("kiem.toan", PASSWORD)
    with pytest.raises(NotAuthenticated):
        credentials.account_for_token(secret)
    with pytest.raises(NotFound, match="no user"):
        credentials.create_token("khong.co", "kiosk", actor="admin")


def test_dossier_queries(catalog: Catalog) -> None:
    received = datetime(2024, 12, 2, 1, 30, tzinfo=UTC)
    for code, desk, citizen in (("A-1", "Phường 1", "001190012345"), ("B-1", "Phường 2", "")):
        catalog.record_dossier(DossierInfo(code, desk=desk, applicant_id=citizen,
                                           received_at=received), actor="test")
    catalog.add_file("A-1", SourceInfo("a.pdf", "application/pdf", 3),
                     BlobRef("ab" * 32, 10), actor="test")
    mine = catalog.list_dossiers(desk="Phường 1")
    assert [(d.code, d.pages, d.pages_done) for d in mine] == [("A-1", 3, 0)]
    assert {d.code for d in catalog.list_dossiers()} == {"A-1", "B-1"}
    assert [d.code for d in catalog.citizen_dossiers("001190012345")] == ["A-1"]
    assert [e.kind for e in catalog.history("A-1")] == ["dossier_created", "file_stored"]
