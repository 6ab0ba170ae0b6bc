"""Password hashing with Argon2id (RFC 9106 parameters as argon2-cffi chooses them)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from hoso.errors import InvalidValue

__all__ = [
    "DUMMY_HASH",
    "MIN_PASSWORD_CHARS",
    "check_password_strength",
    "hash_password",
    "needs_rehash",
    "verify_password",
]

MIN_PASSWORD_CHARS = 10
_HASHER = PasswordHasher()
# Verified against when the user does not exist, so that a wrong name takes as long as a
# wrong password and timing does not tell which names exist.
DUMMY_HASH = _HASHER.hash("hoso-no-such-user")


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise InvalidValue(f"the password must have at least {MIN_PASSWORD_CHARS} characters",
                           code="password_too_short", params={"min": MIN_PASSWORD_CHARS})
    if password.strip() != password or not password.strip():
        raise InvalidValue("the password must not start or end with spaces",
                           code="password_spaces")
