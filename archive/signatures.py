"""Signatures in the catalog (`catalog.signatures`): the signed PDF kept for each merged
document PDF, and what checking an incoming PDF's own signatures found."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from hoso.archive.models import SignedPdf, SourceFile
from hoso.archive.transactions import Transactions
from hoso.errors import Conflict, NotFound

__all__ = ["SignatureStore"]


class SignatureStore:
    def __init__(self, db: Transactions) -> None:
        self._db = db

    def signed_pdf(self, unsigned_sha256: str) -> str | None:
        """The signed PDF stored for a merged one, if it was signed before."""
        with self._db.begin("looking up a signed document PDF") as s:
            return s.scalar(select(SignedPdf.signed_sha256)
                            .where(SignedPdf.unsigned_sha256 == unsigned_sha256))

    def keep_signed_pdf(self, unsigned_sha256: str, signed_sha256: str,
                        *, lost: str | None = None) -> str:
        """Record the signed PDF for a merged one; returns the one kept: when two assemblies
        signed the same content at once, the first recorded wins and both use it. `lost`: the
        signed PDF recorded before, gone from the store, which this one replaces (unless
        another assembly replaced it first)."""
        try:
            with self._db.begin("recording a signed document PDF") as s:
                if lost is None:
                    s.add(SignedPdf(unsigned_sha256=unsigned_sha256,
                                    signed_sha256=signed_sha256, signed_at=datetime.now(UTC)))
                else:
                    s.execute(update(SignedPdf).where(
                        SignedPdf.unsigned_sha256 == unsigned_sha256,
                        SignedPdf.signed_sha256 == lost).values(
                        signed_sha256=signed_sha256, signed_at=datetime.now(UTC)))
        except Conflict:
            pass
        kept = self.signed_pdf(unsigned_sha256)
        if kept is None:
            raise NotFound(f"no signed PDF recorded for {unsigned_sha256}")
        return kept

    def record_file(self, file_id: str, checks: list[dict[str, object]]) -> None:
        """What checking an incoming PDF's own signatures found ([] when it has none)."""
        with self._db.begin(f"recording the signatures of file {file_id}") as s:
            source = s.get(SourceFile, file_id)
            if source is None:
                raise NotFound(f"no file {file_id!r} in the catalog")
            source.signatures = checks

    def of_file(self, file_id: str) -> list[dict[str, object]] | None:
        """The incoming file's signatures as checked; None when not checked (yet)."""
        with self._db.begin(f"reading the signatures of file {file_id}") as s:
            source = s.get(SourceFile, file_id)
            if source is None:
                raise NotFound(f"no file {file_id!r} in the catalog")
            return source.signatures
