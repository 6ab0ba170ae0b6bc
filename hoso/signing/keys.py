"""`hoso keys init`: a development CA and a signing certificate under HOSO_HOME.

So that the embedded default and `hoso demo` sign out of the box. They are for trying hoso
out, not for legal standing: an office signs with its own key (a PKCS#12 file from its CA,
or a token), configured at the edge.

The two files appear together or not at all: they are written into a fresh folder which is
then renamed into place, so two processes starting at once cannot leave a key signed by one
CA beside the other's CA certificate (the second rename fails and its keys are dropped).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

__all__ = ["CA_FILE", "KEY_FILE", "DevKeys", "ensure_dev_keys", "init_dev_keys", "make_keys"]

CA_FILE = "ca.pem"
KEY_FILE = "signing.p12"
DEFAULT_BODY = "Cơ quan số hoá (khoá thử nghiệm)"


@dataclass(frozen=True)
class DevKeys:
    """A CA certificate (PEM) and a PKCS#12 file (no passphrase) with the key it certified."""

    ca_pem: bytes
    p12: bytes


def ensure_dev_keys(folder: Path, body: str = DEFAULT_BODY) -> bool:
    """Make the development keys in `folder` unless they are there. True when made."""
    if (folder / KEY_FILE).is_file():
        return False
    return init_dev_keys(folder, body)


def init_dev_keys(folder: Path, body: str = DEFAULT_BODY) -> bool:
    """Write a new development CA and signing key into `folder` if it holds none yet."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".keys-", dir=folder.parent))
    try:
        keys = make_keys(body)
        (staging / CA_FILE).write_bytes(keys.ca_pem)
        (staging / KEY_FILE).write_bytes(keys.p12)
        os.chmod(staging / KEY_FILE, 0o600)
        try:
            staging.rename(folder)
        except OSError:
            return False  # another process made them first (or the folder is not empty)
        return True
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def make_keys(body: str, *, years: int = 10) -> DevKeys:
    """A self-signed CA and a certificate for `body` (organisation and common name) that
    may sign documents (digital signature, non-repudiation)."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"{body} - CA thử nghiệm", body)
    ca = (_builder(ca_name, ca_name, ca_key.public_key(), now, years)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(_usage(cert_sign=True), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (_builder(_name(body, body), ca_name, key.public_key(), now, years)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(cert_sign=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(
        b"hoso", key, cert, [ca], serialization.NoEncryption())
    return DevKeys(ca.public_bytes(serialization.Encoding.PEM), p12)


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]),
        x509.NameAttribute(NameOID.COMMON_NAME, common[:64]),
    ])


def _builder(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey,
             now: datetime, years: int) -> x509.CertificateBuilder:
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=365 * years))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key),
                           critical=False))


def _usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign, content_commitment=not cert_sign,
        key_encipherment=False, data_encipherment=False, key_agreement=False,
        key_cert_sign=cert_sign, crl_sign=cert_sign, encipher_only=False,
        decipher_only=False)
