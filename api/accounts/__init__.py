"""User accounts, roles, API tokens and web sessions for the HTTP API and the web pages.

    Accounts      users (Argon2id password hashes), sign-in with lock-out, the access log
    Credentials   API tokens for machines, web sessions with a CSRF token
    Role, Action  who may do what (roles.ALLOWED); Account.works_at binds operators to a desk

The tables live in the catalog's database (migration 0002); pass the `Catalog`, whose
`catalog.accounts` (archive/accounts.py) keeps the rows. Here is what is decided about them:
password hashing, lock-out, secrets, roles.
"""

from __future__ import annotations

from hoso.api.accounts.credentials import TOKEN_PREFIX, Credentials
from hoso.api.accounts.passwords import hash_password, verify_password
from hoso.api.accounts.records import AccessEntry, SessionView, TokenView, UserView
from hoso.api.accounts.roles import ALLOWED, Account, Action, Role
from hoso.api.accounts.service import Accounts

__all__ = [
    "ALLOWED",
    "TOKEN_PREFIX",
    "AccessEntry",
    "Account",
    "Accounts",
    "Action",
    "Credentials",
    "Role",
    "SessionView",
    "TokenView",
    "UserView",
    "hash_password",
    "verify_password",
]
