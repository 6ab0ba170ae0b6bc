"""Checking the signatures in a PDF: ours on document PDFs, and those of incoming files.

For each signature: is it intact (the signed bytes hash to what was signed, the signature
over them verifies), does it cover the whole file (nothing appended after it but the
validation data PAdES allows), does the signer's certificate chain to a trust root, and
does a timestamp vouch for its time. pyHanko does the checking; this module turns its
answer into a `SignatureCheck` the catalog keeps and the pages show.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

__all__ = ["SignatureCheck", "TrustRoots", "check_pdf_signatures", "validation_context"]

TrustRoots = tuple[asn1_x509.Certificate, ...]

log = logging.getLogger("hoso.signing")


@dataclass(frozen=True)
class SignatureCheck:
    """One signature in a PDF, as checked.

    field: the signature field's name.
    signer: the signing certificate's subject (common name, organisation).
    signed_at: the time the signature claims (ISO 8601), or "".
    timestamp_at: the time an RFC 3161 timestamp vouches for (ISO 8601), or "" if none.
    intact: the signed bytes are unchanged and the signature over them verifies.
    whole_file: the signature covers the file as it is (nothing but PAdES validation data
        was added after it).
    trusted: the signer's certificate chains to a trust root and was valid.
    timestamp_ok: there is no timestamp, or it is intact and trusted.
    problem: what is wrong, in English ("" when nothing is).
    """

    field: str
    signer: str
    signed_at: str
    timestamp_at: str
    intact: bool
    whole_file: bool
    trusted: bool
    timestamp_ok: bool
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.timestamp_ok and not self.problem

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignatureCheck:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def validation_context(roots: Sequence[asn1_x509.Certificate]) -> ValidationContext:
    """Trust exactly `roots`; look nothing up online (an audit must not depend on the
    network), but use the revocation data embedded in the file (PAdES B-LT)."""
    return ValidationContext(trust_roots=list(roots), allow_fetching=False)


def check_pdf_signatures(data: bytes, roots: Sequence[asn1_x509.Certificate]
                         ) -> tuple[SignatureCheck, ...]:
    """Every signature in the PDF, checked against `roots`; () for an unsigned file. A file
    too damaged to find its signatures in gives one failed check saying so."""
    try:
        found = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except (PdfError, ValueError, KeyError) as exc:
        return (_broken("", f"signatures unreadable: {exc}"),)
    return tuple(_check(sig, roots) for sig in found)


def _check(sig: Any, roots: Sequence[asn1_x509.Certificate]) -> SignatureCheck:
    try:
        status = validate_pdf_signature(sig, validation_context(roots))
    except (SignatureValidationError, PdfError, ValueError, KeyError) as exc:
        return _broken(sig.field_name, f"signature unreadable: {exc}")
    return _from_status(sig.field_name, status)


def _from_status(field: str, status: PdfSignatureStatus) -> SignatureCheck:
    stamp = status.timestamp_validity
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and status.modification_level
        is not None and status.modification_level.name == "LTA_UPDATES")
    check = SignatureCheck(
        field=field,
        signer=_subject(status.signing_cert),
        signed_at=_iso(status.signer_reported_dt),
        timestamp_at=_iso(stamp.timestamp if stamp is not None else None),
        intact=status.intact and status.valid,
        whole_file=whole,
        trusted=status.trusted,
        timestamp_ok=stamp is None or (stamp.intact and stamp.valid and stamp.trusted),
    )
    return _with_problem(check, status)


def _with_problem(check: SignatureCheck, status: PdfSignatureStatus) -> SignatureCheck:
    if not check.intact:
        problem = "signed bytes altered or signature invalid"
    elif not check.trusted:
        problem = f"signer's certificate not trusted ({status.trust_problem_indic or 'no path'})"
    elif not check.timestamp_ok:
        problem = "timestamp invalid or not trusted"
    else:
        return check
    return SignatureCheck(**{**asdict(check), "problem": problem})


def _broken(field: str, problem: str) -> SignatureCheck:
    return SignatureCheck(field, "", "", "", intact=False, whole_file=False, trusted=False,
                          timestamp_ok=False, problem=problem)


def _subject(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    names = cert.subject.native
    parts = [names.get("common_name"), names.get("organization_name")]
    return ", ".join(dict.fromkeys(str(p) for p in parts if p))


def _iso(at: datetime | None) -> str:
    return at.isoformat() if at is not None else ""
