"""Document PDFs signed PAdES with the converting body's mark, checked with pyHanko."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf import PdfReader
from pypdf.generic import ContentStream, StreamObject
from signing_kit import BODY, document_pdf

from hoso.signing.checks import check_pdf_signatures
from hoso.signing.keys import CA_FILE, make_keys
from hoso.signing.settings import SigningSettings
from hoso.signing.signer import FIELD_NAME, open_signer
from hoso.signing.trust import load_roots


def test_a_signed_document_validates_as_intact_trusted_and_covering_the_whole_file(
        settings: SigningSettings, font: Path) -> None:
    pdf = document_pdf()
    signed = open_signer(settings, font=font).sign(pdf)
    assert signed.startswith(pdf)  # an incremental update: the merged bytes stay as they were
    [check] = check_pdf_signatures(signed, load_roots(settings.trusted))
    assert check.ok and check.whole_file, check
    assert check.field == FIELD_NAME
    assert BODY in check.signer and check.signed_at and not check.timestamp_at
    signature = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES


def test_the_first_page_carries_the_visible_mark_in_vietnamese(
        settings: SigningSettings, font: Path) -> None:
    signed = open_signer(settings, font=font).sign(document_pdf())
    page = PdfReader(io.BytesIO(signed)).pages[0]
    [widget] = [a.get_object() for a in page["/Annots"]]
    assert widget["/Subtype"] == "/Widget" and widget["/F"] & 4  # printed
    appearance = widget["/AP"]["/N"].get_object()
    text = _drawn_text(appearance)
    assert "Bản số hoá từ bản giấy" in text and BODY in text, text
    # The mark's words are drawn with an embedded subset of a font with Vietnamese glyphs.
    for font_ref in appearance["/Resources"]["/Font"].values():
        descendant = font_ref.get_object()["/DescendantFonts"][0].get_object()
        assert {"/FontFile2", "/FontFile3"} & set(descendant["/FontDescriptor"])


def _drawn_text(appearance: StreamObject) -> str:
    """The words an appearance stream draws, as its marked content spells them (ActualText:
    what copying and screen readers take)."""
    operations = ContentStream(appearance, None).operations
    return "\n".join(str(args[1]["/ActualText"]) for args, op in operations if op == b"BDC")


def test_a_changed_byte_is_detected(settings: SigningSettings, font: Path) -> None:
    signed = bytearray(open_signer(settings, font=font).sign(document_pdf()))
    at = len(signed) // 3  # inside the merged pages, covered by the signature
    signed[at] ^= 0x01
    checks = check_pdf_signatures(bytes(signed), load_roots(settings.trusted))
    assert checks and not any(c.ok for c in checks)
    assert checks[0].problem


def test_bytes_appended_after_the_signature_are_seen(
        settings: SigningSettings, font: Path) -> None:
    signed = open_signer(settings, font=font).sign(document_pdf())
    [check] = check_pdf_signatures(signed + b"\n% appended\n", load_roots(settings.trusted))
    assert not check.whole_file


def test_a_signature_from_another_ca_is_not_trusted(
        settings: SigningSettings, font: Path, tmp_path: Path) -> None:
    signed = open_signer(settings, font=font).sign(document_pdf())
    other = tmp_path / CA_FILE
    other.write_bytes(make_keys("Cơ quan khác").ca_pem)
    [check] = check_pdf_signatures(signed, load_roots([other]))
    assert check.intact and not check.trusted and not check.ok
    assert "not trusted" in check.problem


def test_with_a_timestamp_service_the_signature_is_pades_b_t(
        settings: SigningSettings, font: Path, tsa: tuple[str, Path]) -> None:
    url, tsa_ca = tsa
    stamped = replace(settings, tsa_url=url)
    signed = open_signer(stamped, font=font).sign(document_pdf())
    [check] = check_pdf_signatures(signed, load_roots([*settings.trusted, tsa_ca]))
    assert check.ok and check.timestamp_at, check
    # A timestamp from a service nobody trusts is reported.
    [untrusted] = check_pdf_signatures(signed, load_roots(settings.trusted))
    assert not untrusted.timestamp_ok and not untrusted.ok


def test_an_unsigned_pdf_has_no_signatures(settings: SigningSettings) -> None:
    assert check_pdf_signatures(document_pdf(), load_roots(settings.trusted)) == ()


def test_when_the_certificate_names_reachable_revocation_data_it_is_embedded_b_lt(
        crl_keys: tuple[Path, Path], keys_dir: Path) -> None:
    p12, ca = crl_keys
    signer = open_signer(SigningSettings(keys_dir=keys_dir, p12_path=p12, trust_roots=(ca,)))
    signed = signer.sign(document_pdf())
    dss = PdfFileReader(io.BytesIO(signed)).root["/DSS"]
    assert len(dss["/CRLs"]) == 1  # the CA's CRL, kept in the file for later validation
    [check] = check_pdf_signatures(signed, load_roots([ca]))
    assert check.ok and check.whole_file, check
