"""Signing a document's searchable PDF as the converting body: PAdES, with a visible mark.

Law 20/2023/QH15, art. 12: a paper turned into a data message carries a mark that it was
converted and the digital signature of the body that converted it. The signature is PAdES
(ETSI EN 319 142): B-B, or B-T when a timestamp service is configured (an RFC 3161 token
over the signature, so its time does not rest on our clock), B-LT when the certificate names
where its revocation data is (OCSP, CRL) and that answers: the answers go into the file's
DSS so it can be validated after the CA is gone. It is appended as an incremental update
and covers the whole file.

The key is a PKCS#12 file or a key on a PKCS#11 token (agencies sign with USB tokens and
HSMs); which one is chosen at the edge (`open_signer`), the pipeline only sees `DocumentSigner`.
"""

from __future__ import annotations

import functools
import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from fontTools import subset, ttLib
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from hoso.errors import ConfigError, HosoError, ToolError, ToolMissing
from hoso.signing.keys import KEY_FILE, ensure_dev_keys
from hoso.signing.settings import Pkcs11Key, SigningSettings
from hoso.signing.trust import load_roots
from hoso.synth.fonts import available_families

__all__ = ["FIELD_NAME", "DocumentSigner", "mark_font", "open_signer", "vietnam_time"]

log = logging.getLogger("hoso.signing")

FIELD_NAME = "hoso-so-hoa"
MARK = "Bản số hoá từ bản giấy\n%(body)s, %(when)s"
_VIETNAM = timezone(timedelta(hours=7))
# Where the mark goes on the first page: bottom left, clear of a page's usual margins' text.
_MARK_BOX = (14, 8, 254, 34)


@functools.cache
def mark_font() -> Path:
    """A font with every Vietnamese glyph for the mark, drawn 1000 units to the em: pyHanko
    writes glyph widths in the font's own units and PDF reads them as thousandths of an em,
    so a 2048-unit font (Tinos, Arimo) would be embedded with widths PDF/A rejects."""
    for family in available_families():
        if ttLib.TTFont(family.regular, lazy=True)["head"].unitsPerEm == 1000:
            return family.regular
    raise ToolMissing("no font with Vietnamese glyphs and 1000 units to the em for the "
                      "signature's mark", hint="apt-get install fonts-noto-core")


def vietnam_time(at: datetime) -> str:
    """dd/mm/yyyy HH:MM in Vietnam's time (+07:00), as the mark says it."""
    return at.astimezone(_VIETNAM).strftime("%d/%m/%Y %H:%M (GMT+7)")


@dataclass(frozen=True)
class _Key:
    """An opened key: pyHanko's signer, the body the mark names, where revocation data is
    fetched from (None: the certificate names none, so no B-LT), and how to let go of it."""

    signer: signers.Signer
    body: str
    revocation: ValidationContext | None
    release: Callable[[], None] = lambda: None


class DocumentSigner:
    """Signs PDFs with one key, opened at the first use; safe to share between threads."""

    def __init__(self, connect: Callable[[], _Key], *, font: Path,
                 timestamper: TimeStamper | None = None) -> None:
        self._connect = connect
        self._key: _Key | None = None
        self._timestamper = timestamper
        self._style = TextStampStyle(
            stamp_text=MARK, border_width=1, background=None,
            text_box_style=TextBoxStyle(font=_MarkFont(font), font_size=7))
        # A token's session is one conversation: its operations must not interleave.
        self._lock = threading.Lock()

    def sign(self, pdf: bytes, *, what: str = "document") -> bytes:
        """`pdf` signed PAdES with the visible mark on its first page (now, in +07:00)."""
        with self._lock:
            key = self._opened()
            try:
                return self._sign(pdf, key, key.revocation)
            except HosoError:
                raise
            except Exception as exc:  # pyHanko, the token, the TSA: say which file
                if key.revocation is None:
                    raise ToolError(f"{what}: signing failed ({type(exc).__name__}: {exc})"
                                    ) from exc
            log.warning("revocation data unreachable: signing PAdES B-T/B-B",
                        extra={"what": what})
            return self._sign(pdf, key, None)

    def _sign(self, pdf: bytes, key: _Key, revocation: ValidationContext | None) -> bytes:
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES,
            reason="Chứng thực bản số hoá từ bản giấy (Luật Giao dịch điện tử, Điều 12)",
            location="Việt Nam", md_algorithm="sha256",
            embed_validation_info=revocation is not None, validation_context=revocation)
        signer = signers.PdfSigner(
            meta, key.signer, timestamper=self._timestamper, stamp_style=self._style,
            new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=0, box=_MARK_BOX))
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        text = {"body": key.body, "when": vietnam_time(datetime.now(_VIETNAM))}
        return signer.sign_pdf(writer, appearance_text_params=text).getvalue()

    def _opened(self) -> _Key:
        if self._key is None:
            self._key = self._connect()
        return self._key

    @property
    def body(self) -> str:
        with self._lock:
            return self._opened().body

    @property
    def signing_cert(self) -> asn1_x509.Certificate:
        with self._lock:
            cert = self._opened().signer.signing_cert
        assert cert is not None
        return cert

    def close(self) -> None:
        with self._lock:
            if self._key is not None:
                self._key.release()
                self._key = None


# What the mark may spell: Latin with every Vietnamese letter and tone mark, digits, and
# punctuation (dashes, quotes), so a body's name written in Vietnamese always has its glyphs.
_MARK_CHARACTERS = [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x300, 0x324),
                    *range(0x1EA0, 0x1EFA), *range(0x2010, 0x2045), 0x20AB]


class _MarkFont(FontEngineFactory):
    """The mark's font, cut down (at the first signature) to the characters the mark may use
    and without layout tables: pyHanko reads the whole font for every signature, and reading
    all of Noto (thousands of glyphs, kerning and mark positioning) took most of a signature's
    time. Every Vietnamese letter with its tone mark is a glyph of its own, so no
    positioning of marks is needed."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(_cut_down(self._path)),
                                font_size=10, obj_stream=obj_stream)


@functools.cache
def _cut_down(path: Path) -> bytes:
    font = ttLib.TTFont(path)
    options = subset.Options(layout_features=[], name_IDs=["*"], hinting=False)
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "kern"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_MARK_CHARACTERS)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def open_signer(settings: SigningSettings, *, font: Path | None = None) -> DocumentSigner:
    """The signer the settings name: a token, a PKCS#12 file, or the development key
    (made under HOSO_HOME on first use). A PKCS#12 file is read now, so a wrong one stops
    the program at start-up; a token is opened at the first signature, not by every command
    that starts (each try with a wrong PIN counts towards locking the token)."""
    stamper = HTTPTimeStamper(settings.tsa_url) if settings.tsa_url else None
    font = font or mark_font()
    if settings.pkcs11 is not None:
        token = functools.partial(_token_key, settings.pkcs11, settings)
        return DocumentSigner(token, font=font, timestamper=stamper)
    key = _key(_p12_signer(settings), settings)
    return DocumentSigner(lambda: key, font=font, timestamper=stamper)


def _key(signer: signers.Signer, settings: SigningSettings,
         release: Callable[[], None] = lambda: None) -> _Key:
    cert = signer.signing_cert
    assert cert is not None
    return _Key(signer, settings.body or _body(cert), _revocation_context(cert, settings),
                release)


def _p12_signer(settings: SigningSettings) -> signers.SimpleSigner:
    path = settings.p12_path
    if path is None:
        ensure_dev_keys(settings.keys_dir)
        path = settings.keys_dir / KEY_FILE
    passphrase = settings.p12_passphrase.encode() or None
    try:
        return signers.SimpleSigner.load_pkcs12_data(path.read_bytes(), [],
                                                     passphrase=passphrase)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot load the signing key ({exc})",
                          hint="check HOSO_SIGNING_P12 and HOSO_SIGNING_PASSPHRASE") from None


def _token_key(key: Pkcs11Key, settings: SigningSettings) -> _Key:
    from pkcs11 import PKCS11Error  # only when a token is configured
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign import pkcs11

    try:
        session = pkcs11.open_pkcs11_session(
            str(key.module), token_criteria=TokenCriteria(label=key.token_label),
            user_pin=key.pin or None)
    except (PKCS11Error, OSError, RuntimeError) as exc:
        raise ConfigError(f"PKCS#11 token {key.token_label!r} ({key.module}): cannot open a "
                          f"session ({type(exc).__name__}: {exc})",
                          hint="check HOSO_PKCS11_MODULE, HOSO_PKCS11_TOKEN and "
                               "HOSO_PKCS11_PIN") from None
    # Hash here and let the token sign the digest (CKM_ECDSA, CKM_RSA_PKCS): every token has
    # those, while many (SoftHSM2 among them) lack the hash-and-sign mechanisms.
    signer = pkcs11.PKCS11Signer(session, cert_label=key.key_label, key_label=key.key_label,
                                 use_raw_mechanism=True)
    return _key(signer, settings, session.close)


def _body(cert: asn1_x509.Certificate) -> str:
    """The organisation that holds the certificate, else its common name."""
    subject: dict[str, Any] = cert.subject.native
    return str(subject.get("organization_name") or subject.get("common_name") or "")


def _revocation_context(cert: asn1_x509.Certificate,
                        settings: SigningSettings) -> ValidationContext | None:
    """B-LT needs the chain's revocation data: only when the certificate says where it is."""
    if not (cert.ocsp_urls or cert.crl_distribution_points):
        return None
    return ValidationContext(trust_roots=load_roots(settings.trusted), allow_fetching=True)
