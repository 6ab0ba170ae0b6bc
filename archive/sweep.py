"""Removing orphan blobs: stored, but recorded by nothing, and older than a grace period.

Intake stores an original before recording it, and never deletes a blob when the record
fails (another intake may be storing and recording the same bytes at that moment). What is
left behind is found here, safely: a blob is removed only when nothing in the catalog points
to it AND it was last written before `cutoff`, so an intake or a page still in progress
(younger than the grace period) is never touched. Its age is read again just before removing
it, because the same bytes handed in again meanwhile write it anew.

    hoso sweep [--grace-hours 24]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hoso.archive.blobstore import BlobStore
from hoso.archive.catalog import Catalog

__all__ = ["SweepReport", "sweep_orphans"]


@dataclass(frozen=True)
class SweepReport:
    """How many blobs the store held, and the keys of those removed."""

    blobs: int
    removed: tuple[str, ...]


def sweep_orphans(store: BlobStore, catalog: Catalog, *, cutoff: datetime) -> SweepReport:
    """Remove every blob nothing records that was last written before `cutoff`."""
    listed = list(store.list_blobs())
    old = {key for key, written in listed if written < cutoff}
    # The catalog is read after the store is listed: a blob recorded meanwhile is kept.
    orphans = sorted(old - catalog.referenced_blobs())
    removed = tuple(key for key in orphans if _remove_if_still_old(store, key, cutoff))
    return SweepReport(len(listed), removed)


def _remove_if_still_old(store: BlobStore, key: str, cutoff: datetime) -> bool:
    written = store.written_at(key)
    if written is None or written >= cutoff:
        return False
    store.delete(key)
    return True
