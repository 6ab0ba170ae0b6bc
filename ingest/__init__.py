"""Intake checks: every file handed in is named safely and inspected before it is stored.

collect_files(paths)                      the files of a folder, in natural order
safe_filename(name)                       the base name to record, or UnsafeName
inspect_file(path, filename, limits)      media type and page count, or an InputError
sha256_file(path)                         streaming SHA-256 for the blob store
"""

from __future__ import annotations

from hoso.ingest.files import collect_files, sha256_file
from hoso.ingest.inspect import inspect_file
from hoso.ingest.limits import Limits
from hoso.ingest.names import safe_filename

__all__ = ["Limits", "collect_files", "inspect_file", "safe_filename", "sha256_file"]
