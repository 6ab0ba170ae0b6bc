"""An incoming PDF's own signatures, as officers read them on a page's view (Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from hoso.api.i18n import gettext as _
from hoso.archive import Catalog
from hoso.signing.checks import SignatureCheck

__all__ = ["SignatureRow", "incoming_signatures"]

_VIETNAM = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class SignatureRow:
    """One signature: who, when (dd/mm/yyyy HH:MM, Vietnam's time), whether a timestamp
    vouches for the time, and the verdict in words; `ok` when it holds."""

    signer: str
    signed_at: str
    timestamped: bool
    ok: bool
    verdict: str


def incoming_signatures(catalog: Catalog, file_id: str) -> list[SignatureRow]:
    """The signatures the page's original file carried, as checked at assembly."""
    found = catalog.signatures.of_file(file_id) or []
    return [_row(SignatureCheck.from_json(c)) for c in found]


def _row(check: SignatureCheck) -> SignatureRow:
    return SignatureRow(signer=check.signer or _("(unknown)"),
                        signed_at=_when(check.timestamp_at or check.signed_at),
                        timestamped=bool(check.timestamp_at), ok=check.ok and check.whole_file,
                        verdict=_verdict(check))


def _verdict(check: SignatureCheck) -> str:
    if not check.intact:
        return _("Not valid: the file was changed after signing, or the signature is damaged")
    if not check.trusted:
        return _("Not verified: the signer's certificate is not in the trusted list")
    if not check.timestamp_ok:
        return _("The timestamp is not valid")
    if not check.whole_file:
        return _("Valid signature, but content was added to the file after signing")
    return _("Valid")


def _when(iso: str) -> str:
    if not iso:
        return _("(unknown)")
    return datetime.fromisoformat(iso).astimezone(_VIETNAM).strftime("%d/%m/%Y %H:%M")
