"""Trust roots: the certificates signatures must chain to (HOSO_TRUST_ROOTS)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from pyhanko.keys import load_certs_from_pemder

from hoso.errors import ConfigError

__all__ = ["load_roots"]


def load_roots(paths: Iterable[Path]) -> list[asn1_x509.Certificate]:
    """Every certificate in the files (PEM, possibly several, or DER); a missing file is
    skipped (the development CA before `hoso keys init`), an unreadable one is an error."""
    existing = [str(p) for p in paths if p.is_file()]
    try:
        return list(load_certs_from_pemder(existing))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the trust roots {', '.join(existing)} ({exc})",
                          hint="HOSO_TRUST_ROOTS names PEM or DER certificate files") from None
