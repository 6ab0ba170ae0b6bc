"""Signing with a key on a PKCS#11 token, as agencies do with USB tokens and HSMs: SoftHSM2
(Debian's softhsm2) stands in for the token, reached through its real PKCS#11 module."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pkcs11
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pkcs11 import Attribute, CertificateType, ObjectClass
from signing_kit import BODY, document_pdf

from hoso.errors import ConfigError
from hoso.signing.checks import check_pdf_signatures
from hoso.signing.keys import KEY_FILE
from hoso.signing.settings import Pkcs11Key, SigningSettings
from hoso.signing.signer import open_signer
from hoso.signing.trust import load_roots

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
TOKEN, KEY, PIN = "hoso-token", "so-hoa", "123456"


@pytest.fixture(scope="module")
def token(keys_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Pkcs11Key:
    """A SoftHSM2 token holding the development signing key and its certificate."""
    if not MODULE.is_file() or shutil.which("softhsm2-util") is None:
        pytest.fail("SoftHSM2 is needed: apt-get install softhsm2")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    # SoftHSM2 reads its configuration's path from the environment when the module loads.
    os.environ["SOFTHSM2_CONF"] = str(conf)
    key, cert, _ = pkcs12.load_key_and_certificates((keys_dir / KEY_FILE).read_bytes(), None)
    assert key is not None and cert is not None
    pem = folder / "key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    util = ["softhsm2-util", "--pin", PIN]
    subprocess.run([*util, "--init-token", "--free", "--label", TOKEN, "--so-pin", "654321"],
                   check=True, capture_output=True)
    subprocess.run([*util, "--import", str(pem), "--token", TOKEN, "--label", KEY,
                    "--id", "01"], check=True, capture_output=True)
    pem.unlink()
    with pkcs11.lib(str(MODULE)).get_token(token_label=TOKEN).open(
            user_pin=PIN, rw=True) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: KEY, Attribute.ID: b"\x01",
            Attribute.SUBJECT: cert.subject.public_bytes(),
            Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER)})
    return Pkcs11Key(MODULE, TOKEN, KEY, PIN)


def test_a_document_signed_on_a_token_validates(
        token: Pkcs11Key, settings: SigningSettings) -> None:
    signer = open_signer(SigningSettings(keys_dir=settings.keys_dir, pkcs11=token,
                                         trust_roots=settings.trusted))
    try:
        signed = signer.sign(document_pdf())
    finally:
        signer.close()
    [check] = check_pdf_signatures(signed, load_roots(settings.trusted))
    assert check.ok and check.whole_file and BODY in check.signer, check


def test_a_wrong_pin_is_tried_at_the_first_signature_only_and_named(
        token: Pkcs11Key, settings: SigningSettings) -> None:
    wrong = Pkcs11Key(token.module, token.token_label, token.key_label, "000000")
    # Starting a command does not log in: each wrong try counts towards locking the token.
    signer = open_signer(SigningSettings(keys_dir=settings.keys_dir, pkcs11=wrong))
    with pytest.raises(ConfigError, match=TOKEN):
        signer.sign(document_pdf())
