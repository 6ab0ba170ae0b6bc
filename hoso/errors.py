"""hoso's exceptions, one tree for every package.

    HosoError                      exit 70  something went wrong (1 is "not fully digitised")
    ├── InputError                 exit 65  a file handed in cannot be used (names the file)
    │   ├── UnsafeName                      a path with `..`, a NUL or an absolute part
    │   ├── EmptyFile                       zero bytes
    │   ├── UnsupportedFormat               not a PDF, TIFF, JPEG or PNG (by content, not name)
    │   ├── CorruptFile                     truncated or unreadable
    │   ├── EncryptedFile                   a PDF that needs a password
    │   └── LimitExceeded                   too many bytes, pixels or pages (limit configurable)
    ├── NotFound                   exit 66  no such dossier, document, page or blob
    ├── ToolError                  exit 70  tesseract or poppler failed on a page
    │   ├── ToolMissing            exit 69  the program (or its language data) is not installed
    │   ├── ToolCrashed                     the program died from a signal (retryable)
    │   └── ToolTimeout                     the program ran past its time limit (not retried)
    ├── BackendError               exit 69  a store, index, catalog or broker is unreachable (retryable)
    │   └── MissingExtra                    a production backend's Python package is not installed
    ├── Conflict                   exit 65  the catalog already holds a record that clashes (HTTP 409)
    │   └── DossierMismatch                 a dossier's particulars given differ from the recorded
    ├── IntegrityError             exit 70  stored bytes do not match their recorded SHA-256
    ├── ConfigError                exit 78  a setting is missing or malformed
    ├── InvalidValue               exit 64  a value given (dossier code, user name, type) is refused
    └── AccessDenied               exit 77  the account's role or desk does not allow it (HTTP 403)
        └── NotAuthenticated                no valid password, session or API token (HTTP 401)

Third-party errors are translated into these at the boundary (the wrapper around tesseract,
each backend). Entry points (CLI, HTTP app, worker) map them to exit codes and HTTP statuses
in one place each, using `exit_code` and `http_status`. `retryable` tells a worker whether
trying the same page again may succeed. The message is English, for developers and logs;
what people read on the web comes from the message catalogue (hoso.api.i18n), chosen by the
error's `code` (its class name unless a raise site names a finer one) with its `params`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hoso.records import FieldChange

__all__ = [
    "AccessDenied",
    "BackendError",
    "ConfigError",
    "Conflict",
    "CorruptFile",
    "DossierMismatch",
    "EmptyFile",
    "EncryptedFile",
    "HosoError",
    "InputError",
    "IntegrityError",
    "InvalidValue",
    "LimitExceeded",
    "MissingExtra",
    "NotAuthenticated",
    "NotFound",
    "ToolCrashed",
    "ToolError",
    "ToolMissing",
    "ToolTimeout",
    "UnsafeName",
    "UnsupportedFormat",
]


class HosoError(Exception):
    """Base of every error hoso raises on purpose."""

    exit_code = 70  # EX_SOFTWARE; the CLI's exit 1 means "the dossier is not fully digitised"
    http_status = 500
    retryable = False

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None,
                 params: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code or type(self).__name__
        self.params = dict(params or {})

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(HosoError):
    """A file handed in cannot be used. The message starts with the file's name."""

    exit_code = 65  # EX_DATAERR
    http_status = 422

    def __init__(self, filename: str, reason: str, *, hint: str | None = None,
                 code: str | None = None, params: Mapping[str, object] | None = None) -> None:
        super().__init__(f"{filename}: {reason}", hint=hint, code=code, params=params)
        self.filename = filename
        self.reason = reason


class UnsafeName(InputError):
    http_status = 400


class EmptyFile(InputError):
    pass


class UnsupportedFormat(InputError):
    http_status = 415


class CorruptFile(InputError):
    pass


class EncryptedFile(InputError):
    pass


class LimitExceeded(InputError):
    http_status = 413


class NotFound(HosoError):
    exit_code = 66  # EX_NOINPUT
    http_status = 404


class ToolError(HosoError):
    """An external program (tesseract, poppler) failed on one page."""

    exit_code = 70  # EX_SOFTWARE


class ToolMissing(ToolError):
    exit_code = 69  # EX_UNAVAILABLE
    http_status = 503


class ToolCrashed(ToolError):
    """The program was killed (out of memory, a segfault) instead of finishing its page."""

    # A crash is usually the machine's state (memory, another process), not the page's:
    # the same page may well be read on another try.
    retryable = True
    http_status = 503


class ToolTimeout(ToolError):
    """The program ran past its time limit on one page."""

    # Not retried: the same page under the same limit runs out of time again, so a retry only
    # multiplies the wait. The page fails with this reason; raise the limit, then requeue.
    retryable = False
    http_status = 504


class BackendError(HosoError):
    """A store, index, catalog or broker did not answer as it should."""

    exit_code = 69
    http_status = 503
    retryable = True

    def __init__(self, message: str, *, hint: str | None = None,
                 retryable: bool | None = None) -> None:
        super().__init__(message, hint=hint)
        # A backend that answers, but always the same refusal (a catalog whose schema does
        # not match this version), is not worth a retry.
        if retryable is not None:
            self.retryable = retryable


class Conflict(HosoError):
    """A write the catalog refuses because of what it already holds: a record with the same
    key, or one that refers to a record that is not there. Trying again changes nothing."""

    exit_code = 65  # EX_DATAERR
    http_status = 409


class DossierMismatch(Conflict):
    """The dossier exists with other particulars than those given: refused, not overwritten
    (the desk decides who may see a dossier). `differences` name each field, recorded
    (`before`) and given (`after`)."""

    def __init__(self, code: str, differences: Sequence[FieldChange]) -> None:
        said = "; ".join(f"{d.name} is {d.before!r}, given {d.after!r}" for d in differences)
        super().__init__(
            f"dossier {code} already exists with other particulars: {said}",
            hint="add files without them (or with the same), or change them on purpose "
                 "with `hoso ingest --update` or PATCH /api/dossiers/{code}")
        self.code = code
        self.differences = tuple(differences)


class MissingExtra(BackendError):
    retryable = False

    def __init__(self, package: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the Python package {package!r}, which is not installed",
            hint="pip install 'hoso[production]'",
        )


class IntegrityError(HosoError):
    exit_code = 70
    http_status = 500


class ConfigError(HosoError):
    exit_code = 78  # EX_CONFIG
    http_status = 500


class InvalidValue(HosoError):
    """A value given at an edge (API field, CLI option) is not acceptable; says which and why."""

    exit_code = 64  # EX_USAGE
    http_status = 422


class AccessDenied(HosoError):
    """Signed in, but the account's role or desk does not allow this."""

    exit_code = 77  # EX_NOPERM
    http_status = 403


class NotAuthenticated(AccessDenied):
    """No credentials, or credentials that are wrong, expired or revoked."""

    http_status = 401
