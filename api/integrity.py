"""An auditor's check: is the archive complete and unaltered? One function answers for the
CLI (`hoso verify`), the API (`POST /api/dossiers/{code}/integrity`) and the audit page.

For a dossier it checks
  - every blob its records point to, rehashed against its key (absent counts as altered);
  - its history's hash chain (archive/chain.py): each event recomputed and linked to the one
    before, the last one matching the chain's head row;
  - the chain against the latest checkpoint kept in the object store, so that removing the
    last events (and rewriting the head row to match) shows too;
  - the signature on each document PDF (hoso.signing.checks): present, intact, covering the
    whole file, chaining to the configured trust roots, its timestamp (if any) valid.
`check_access_log` does the same for the access log's chain (`hoso verify --all`).

Checkpoints (archive/checkpoints.py) are written by a check that found the chain intact
(never blessing a tampered one), and when a file is assembled (workers/pipeline.py). Rows
appended after the latest checkpoint are covered by the chain's head row only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from hoso.archive import BlobStore, Catalog
from hoso.archive.blobstore import sha256_bytes
from hoso.archive.chain import ChainState
from hoso.archive.checkpoints import Checkpoint, checkpoint_chain, read_checkpoints
from hoso.signing.checks import SignatureCheck, TrustRoots, check_pdf_signatures

__all__ = [
    "IntegrityItem",
    "IntegrityReport",
    "check_access_log",
    "check_dossier",
]


@dataclass(frozen=True)
class IntegrityItem:
    """One thing checked: `kind` (original, page_pdf, …, history, access_log, checkpoint,
    signature), whose, what was expected (`sha256`: a hash, or for a chain's length its words),
    whether it held, and if not what was found instead and what is wrong (English)."""

    kind: str
    subject: str
    sha256: str
    ok: bool
    found: str = ""
    problem: str = ""


@dataclass(frozen=True)
class IntegrityReport:
    dossier_code: str  # "" for the access log
    checked_at: datetime
    items: tuple[IntegrityItem, ...]

    @property
    def failed(self) -> tuple[IntegrityItem, ...]:
        return tuple(i for i in self.items if not i.ok)

    @property
    def ok(self) -> bool:
        return not self.failed


def check_dossier(code: str, *, store: BlobStore, catalog: Catalog, actor: str,
                  trust_roots: TrustRoots = ()) -> IntegrityReport:
    """Check the dossier's blobs, history chain, checkpoint and signatures (against
    `trust_roots`); record the check."""
    items = [*check_blobs(code, store, catalog),
             *check_chain(catalog.check_history(code), store, kind="history", subject=code),
             *check_signatures(code, store, catalog, trust_roots)]
    report = IntegrityReport(code, datetime.now(UTC), tuple(items))
    catalog.record_event(code, "integrity_checked", code, {
        "checked": len(items), "failed": [i.sha256 for i in report.failed]}, actor=actor)
    return report


def check_access_log(*, store: BlobStore, catalog: Catalog) -> IntegrityReport:
    """Check the access log's chain and its checkpoint."""
    state = catalog.accounts.check_access_log()
    items = check_chain(state, store, kind="access_log", subject="access log")
    return IntegrityReport("", datetime.now(UTC), tuple(items))


def check_blobs(code: str, store: BlobStore, catalog: Catalog) -> list[IntegrityItem]:
    found: dict[str, str | None] = {}
    items = []
    for blob in catalog.dossier_blobs(code):
        if blob.sha256 not in found:
            found[blob.sha256] = store.digest(blob.sha256)
        now = found[blob.sha256]
        ok = now == blob.sha256
        items.append(IntegrityItem(
            blob.kind, blob.owner, blob.sha256, ok, "" if ok else now or "missing",
            "" if ok else ("not in the store" if now is None else "stored bytes altered")))
    return items


def check_signatures(code: str, store: BlobStore, catalog: Catalog,
                     trust_roots: TrustRoots = ()) -> list[IntegrityItem]:
    """The signature of each of the dossier's document PDFs, an item of kind "signature"
    each. A PDF missing from the store is left to `check_blobs`, which reports it."""
    items = []
    for blob in catalog.dossier_blobs(code):
        if blob.kind != "document_pdf" or not store.exists(blob.sha256):
            continue
        checks = check_pdf_signatures(store.read_bytes(blob.sha256), trust_roots)
        if not checks:
            items.append(IntegrityItem("signature", blob.owner, blob.sha256, False, "",
                                       "document PDF not signed"))
        items += [_signature_item(blob.owner, blob.sha256, c) for c in checks]
    return items


def _signature_item(owner: str, sha256: str, check: SignatureCheck) -> IntegrityItem:
    problem = check.problem or ("" if check.whole_file else "changed after it was signed")
    # Who and when, without words: the audit page shows `found` as it is.
    found = f"{check.signer} · {check.timestamp_at or check.signed_at}"
    return IntegrityItem("signature", owner, sha256, not problem, found, problem)


def check_chain(state: ChainState, store: BlobStore, *, kind: str, subject: str
                ) -> list[IntegrityItem]:
    """The chain's breaks, then its agreement with the latest checkpoint; an intact chain is
    checkpointed as it is now."""
    items = [IntegrityItem(kind, _where(subject, b.row_id), b.expected, False, b.found,
                           b.problem) for b in state.breaks]
    if not items:
        last = state.hashes[-1] if state.hashes else ""
        items.append(IntegrityItem(kind, subject, last, True))
    latest, altered = read_checkpoints(state.chain, store)
    items += [IntegrityItem("checkpoint", subject, a.sha256, False, sha256_bytes(a.data),
                            "checkpoint altered") for a in altered]
    if latest is not None:
        items.append(_compare(state, latest, subject))
    if all(i.ok for i in items):
        checkpoint_chain(state, store)
    return items


def _compare(state: ChainState, latest: Checkpoint, subject: str) -> IntegrityItem:
    expected = f"{latest.length} rows ending {latest.hash}"
    if len(state.hashes) < latest.length:
        return IntegrityItem("checkpoint", subject, expected, False,
                             f"{len(state.hashes)} rows", "rows removed since the checkpoint")
    found = state.hashes[latest.length - 1]
    if found != latest.hash:
        return IntegrityItem("checkpoint", subject, expected, False,
                             f"row {latest.length} ending {found}",
                             "rows replaced since the checkpoint")
    return IntegrityItem("checkpoint", subject, expected, True)


def _where(subject: str, row_id: int) -> str:
    return f"{subject}: head" if row_id == 0 else f"{subject}: row {row_id}"
