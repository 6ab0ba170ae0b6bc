"""What the pipeline calls: sign and store a document PDF once; check an incoming PDF's
signatures."""

from __future__ import annotations

from collections.abc import Sequence

from asn1crypto import x509 as asn1_x509

from hoso.archive import BlobStore, Catalog
from hoso.archive.blobstore import sha256_bytes
from hoso.signing.checks import check_pdf_signatures
from hoso.signing.signer import DocumentSigner

__all__ = ["check_incoming", "store_signed"]

PDF = "application/pdf"


def store_signed(pdf: bytes, *, signer: DocumentSigner | None, store: BlobStore,
                 catalog: Catalog, what: str = "document") -> str:
    """Store the document PDF signed; returns its key. The same merged PDF always gives the
    same stored one: it is signed the first time only (a signature made again would carry
    another time, so other bytes). Without a signer (a test's context) it is stored as is."""
    if signer is None:
        return store.put_bytes(pdf).sha256
    unsigned = sha256_bytes(pdf)
    kept = catalog.signatures.signed_pdf(unsigned)
    if kept is not None and store.exists(kept):
        return kept
    signed = store.put_bytes(signer.sign(pdf, what=what)).sha256
    # Two assemblies signing at once: the first recorded wins; the other's blob is an
    # orphan that `hoso sweep` removes.
    return catalog.signatures.keep_signed_pdf(unsigned, signed, lost=kept)


def check_incoming(file_id: str, *, media_type: str, sha256: str, store: BlobStore,
                   catalog: Catalog, roots: Sequence[asn1_x509.Certificate]) -> int:
    """Check an incoming PDF's own signatures (read, never rewritten) and record what was
    found on its file; returns how many it has."""
    if media_type != PDF:
        return 0
    checks = check_pdf_signatures(store.read_bytes(sha256), roots)
    catalog.signatures.record_file(file_id, [c.to_json() for c in checks])
    return len(checks)
