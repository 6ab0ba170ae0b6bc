"""The orphan sweep, on every store and catalog: it removes only blobs nothing records that
were written before the cutoff; a recorded blob, or one younger (an intake in progress), stays."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from hoso.archive import BlobStore, Catalog
from hoso.archive.sweep import sweep_orphans
from hoso.records import DossierInfo, SourceInfo

CODE = "000.00.19.H12-241202-0501"


def test_only_old_unrecorded_blobs_are_removed(store: BlobStore, catalog: Catalog) -> None:
    recorded = store.put_bytes(b"an original the catalog records")
    orphan = store.put_bytes(b"an original whose record failed")
    catalog.record_dossier(DossierInfo(CODE), actor="nv.lan")
    catalog.add_file(CODE, SourceInfo("a.pdf", "application/pdf", 1), recorded, actor="nv.lan")
    time.sleep(1.1)  # MinIO dates objects to the second
    cutoff = datetime.now(UTC)
    time.sleep(1.1)
    in_progress = store.put_bytes(b"an original being taken in right now")
    report = sweep_orphans(store, catalog, cutoff=cutoff)
    assert report.removed == (orphan.sha256,)
    assert report.blobs == 3
    assert not store.exists(orphan.sha256)
    assert store.verify(recorded.sha256) and store.verify(in_progress.sha256)


def test_nothing_younger_than_the_cutoff_is_removed(store: BlobStore, catalog: Catalog
                                                     ) -> None:
    old = store.put_bytes(b"handed in again")
    time.sleep(1.1)
    cutoff = datetime.now(UTC)
    assert sweep_orphans(store, catalog, cutoff=datetime(2000, 1, 1, tzinfo=UTC)).removed == ()
    assert sweep_orphans(store, catalog, cutoff=cutoff).removed == (old.sha256,)
