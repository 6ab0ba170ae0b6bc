"""A generated CA and signing key, document PDFs made by hoso's own code, and a timestamp
service answering RFC 3161 requests over HTTP on loopback."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper

from hoso.ocr.pdf import merge_pdfs, page_pdf
from hoso.signing.keys import CA_FILE, KEY_FILE, init_dev_keys
from hoso.signing.settings import SigningSettings
from hoso.signing.signer import mark_font

BODY = "UBND phường Bến Nghé"


@pytest.fixture(scope="session")
def font() -> Path:
    return mark_font()


@pytest.fixture(scope="session")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signing") / "keys"
    assert init_dev_keys(folder, BODY)
    assert (folder / CA_FILE).is_file() and (folder / KEY_FILE).is_file()
    return folder


@pytest.fixture(scope="session")
def settings(keys_dir: Path) -> SigningSettings:
    return SigningSettings(keys_dir=keys_dir)


def document_pdf(pages: int = 2, shade: int = 250) -> bytes:
    """A document PDF as the pipeline merges it: pictures of pages (no text layer)."""
    picture = np.full((1100, 850, 3), shade, np.uint8)
    picture[100:140, 100:700] = 30  # a line of "ink", so pages differ from blank paper
    page = page_pdf(b"", picture, transform=np.eye(3)[:2], page_px=(850, 1100), dpi=100)
    return merge_pdfs([page] * pages)


class _TsaHandler(BaseHTTPRequestHandler):
    stamper: DummyTimeStamper

    def do_POST(self) -> None:
        request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
        body = self.stamper.request_tsa_response(request).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A timestamp service on loopback: its URL, and its own CA's certificate file."""
    # pyHanko's DummyTimeStamper, which answers the requests here, signs with RSA only.
    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA CA thử nghiệm")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now)
          .not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA thử")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                           critical=True)
            .sign(ca_key, hashes.SHA256()))
    der = serialization.Encoding.DER
    handler = type("Tsa", (_TsaHandler,), {"stamper": DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        certs_to_embed=[asn1_x509.Certificate.load(ca.public_bytes(der))])})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    ca_file = tmp_path_factory.mktemp("tsa") / "tsa-ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    yield f"http://127.0.0.1:{server.server_port}/", ca_file
    server.shutdown()


class _FileHandler(BaseHTTPRequestHandler):
    body: bytes = b""

    def do_GET(self) -> None:  # http.server's name for it
        self.send_response(200)
        self.send_header("Content-Type", "application/pkix-crl")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def crl_keys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A signing key whose certificate names a CRL, served on loopback by its CA: the PKCS#12
    file and the CA's certificate file."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FileHandler)
    url = f"http://127.0.0.1:{server.server_port}/ca.crl"
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA có CRL")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(10).not_valid_before(now)
          .not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, BODY),
                                     x509.NameAttribute(NameOID.COMMON_NAME, BODY)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(11)
            .not_valid_before(now).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                [x509.UniformResourceIdentifier(url)], None, None, None)]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    crl = (x509.CertificateRevocationListBuilder().issuer_name(ca_name).last_update(now)
           .next_update(now + timedelta(days=7)).sign(ca_key, hashes.SHA256()))
    handler = type("Crl", (_FileHandler,), {"body": crl.public_bytes(serialization.Encoding.DER)})
    server.RequestHandlerClass = handler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    folder = tmp_path_factory.mktemp("crl")
    (folder / "signing.p12").write_bytes(pkcs12.serialize_key_and_certificates(
        b"crl", key, cert, [ca], serialization.NoEncryption()))
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    yield folder / "signing.p12", folder / "ca.pem"
    server.shutdown()
