"""The name hoso records for a file handed in."""

from __future__ import annotations

import re
import unicodedata

from hoso.errors import UnsafeName

__all__ = ["safe_filename"]

# Bidirectional overrides let a name display as `scan.fdp.exe` reads `scan.exe.pdf`.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MAX_NAME_BYTES = 255  # what ext4, NTFS and most object stores allow for one name


def safe_filename(name: str) -> str:
    """Return the base name to record for `name`, NFC-normalised; raise UnsafeName if unsafe.

    Directories are dropped (`/scans/hồ sơ/trang1.pdf` -> `trang1.pdf`), both `/` and `\\`
    count as separators, and Vietnamese letters are kept as they are.
    """
    shown = _printable(name)
    name = unicodedata.normalize("NFC", name)
    if not name.strip():
        raise UnsafeName(shown or "''", "the file name is empty")
    if any(unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS for c in name):
        raise UnsafeName(shown, "the file name contains a control character")
    parts = re.split(r"[/\\]", name)
    if ".." in (part.strip() for part in parts):
        raise UnsafeName(shown, "the file name contains a `..` part that points outside")
    base = parts[-1].strip()
    if base in ("", "."):
        raise UnsafeName(shown, "the name is a folder, not a file")
    if len(base.encode("utf-8")) > _MAX_NAME_BYTES:
        raise UnsafeName(shown, f"the file name is longer than {_MAX_NAME_BYTES} bytes")
    return base


def _printable(name: str) -> str:
    """The name with control characters escaped, so an error message shows where they are."""
    return "".join(
        c.encode("unicode_escape").decode("ascii")
        if unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS
        else c
        for c in name
    )
