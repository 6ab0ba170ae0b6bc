"""Checkpoints of the catalog's hash chains, kept in the object store.

A checkpoint is a small JSON object, `{"chain": …, "length": N, "hash": H}`: the chain had N
rows and the N-th ended in H. It lives in the object store, apart from the catalog (under
object lock on a MinIO store configured with it), so that someone who removes the last rows
of a chain and rewrites its head row to match is still found out: the chain no longer reaches
the checkpoint. Written by an integrity check that found the chain intact (api/integrity.py)
and after each file's assembly (workers/pipeline.py); the same head twice is one object.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from hoso.archive.blobstore import BlobStore, StoredCheckpoint, sha256_bytes
from hoso.archive.catalog import Catalog
from hoso.archive.chain import ChainState

__all__ = ["Checkpoint", "checkpoint_chain", "checkpoint_history", "read_checkpoints"]


@dataclass(frozen=True)
class Checkpoint:
    chain: str
    length: int
    hash: str


def checkpoint_chain(state: ChainState, store: BlobStore) -> None:
    """Keep the chain's length and last hash (nothing for an empty chain)."""
    if not state.hashes:
        return
    body = {"chain": state.chain, "length": len(state.hashes), "hash": state.hashes[-1]}
    store.put_checkpoint(state.chain, json.dumps(body, sort_keys=True,
                                                 separators=(",", ":")).encode())


def checkpoint_history(code: str, *, store: BlobStore, catalog: Catalog) -> None:
    """Checkpoint the dossier's history as it is now, if it is intact."""
    state = catalog.check_history(code)
    if state.intact:
        checkpoint_chain(state, store)


def read_checkpoints(chain: str, store: BlobStore
                     ) -> tuple[Checkpoint | None, list[StoredCheckpoint]]:
    """The latest (longest) checkpoint of the chain, and any kept object that was altered."""
    return _latest(chain, store.checkpoints(chain))


def _latest(chain: str, kept: Iterable[StoredCheckpoint]
            ) -> tuple[Checkpoint | None, list[StoredCheckpoint]]:
    latest, altered = None, []
    for stored in kept:
        if sha256_bytes(stored.data) != stored.sha256:
            altered.append(stored)
            continue
        body = json.loads(stored.data)
        point = Checkpoint(str(body["chain"]), int(body["length"]), str(body["hash"]))
        if point.chain == chain and (latest is None or point.length > latest.length):
            latest = point
    return latest, altered
