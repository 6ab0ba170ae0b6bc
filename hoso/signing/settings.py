"""Where the converting body's signing key lives and whom verification trusts.

Here, apart from the signing code, so that reading the settings does not import pyHanko.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Pkcs11Key", "SigningSettings"]


@dataclass(frozen=True)
class Pkcs11Key:
    """A key on a PKCS#11 token (a USB token or an HSM).

    module: the vendor's PKCS#11 library (HOSO_PKCS11_MODULE).
    token_label: the token's label (HOSO_PKCS11_TOKEN).
    key_label: the label of the key and of its certificate (HOSO_PKCS11_KEY).
    pin: the user PIN (HOSO_PKCS11_PIN), never printed.
    """

    module: Path
    token_label: str
    key_label: str
    pin: str = field(default="", repr=False)


@dataclass(frozen=True)
class SigningSettings:
    """How document PDFs are signed and how signatures are checked.

    keys_dir: the development CA and signing key `hoso keys init` makes
        ($HOSO_HOME/keys); used when neither a PKCS#12 file nor a token is configured.
    p12_path, p12_passphrase: a PKCS#12 file with the key and its certificate chain
        (HOSO_SIGNING_P12, HOSO_SIGNING_PASSPHRASE).
    pkcs11: a key on a token instead (HOSO_PKCS11_*); wins over the PKCS#12 file.
    tsa_url: an RFC 3161 timestamp service (HOSO_TSA_URL): signatures become PAdES B-T.
    trust_roots: certificate files (PEM or DER) that signatures must chain to
        (HOSO_TRUST_ROOTS, separated by the path separator); the development CA by default.
    body: the converting body named in the visible mark (HOSO_SIGNING_BODY); by default the
        organisation (or common name) of the signing certificate.
    """

    keys_dir: Path = Path("hoso-data/keys")
    p12_path: Path | None = None
    p12_passphrase: str = field(default="", repr=False)
    pkcs11: Pkcs11Key | None = None
    tsa_url: str = ""
    trust_roots: tuple[Path, ...] = ()
    body: str = ""

    @property
    def development(self) -> bool:
        """No key configured: the development key under HOSO_HOME signs."""
        return self.p12_path is None and self.pkcs11 is None

    @property
    def trusted(self) -> tuple[Path, ...]:
        """The trust roots in force: the configured ones, else the development CA."""
        return self.trust_roots or (self.keys_dir / "ca.pem",)
