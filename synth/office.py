"""Test pages that look like real intake scans of government documents, with exact truth.

    render_office_page(seed, kind="office_clean") -> OfficePage

A document (`hoso.synth.office_text`) is laid out as Nghị định 30/2020 prescribes in a
Times-metric face (Tinos: regular, bold, italic; `hoso.synth.office_layout`), signed and
sealed; then, by kind, a received stamp ("CÔNG VĂN ĐẾN" with Số / Ngày / Giờ filled in by
pen), the number, day and month written by hand or pressed by a numbering machine, and
handwritten notes over the text; then captured (`hoso.synth.office_capture`):

    office_clean        grey 300-dpi scan; number and date typed
    office_1bit         200-dpi 1-bit scan kept as CCITT G4 in a PDF (`OfficePage.data`)
    office_stamped      colour scan; received stamp over the header, number stamped
    office_handwritten  colour scan; number, day, month and notes by hand
    office_photocopy    a 2nd or 3rd generation photocopy of a marked page
    office_phone        a phone photo: perspective, shadow, warm light, JPEG
    office_coarse       a 100-dpi blurred grey scan: a page that must go to review

The truth's `text` is the printed page in reading order (left header column, right header
column, body, recipients, signature block) with the handwritten or stamped number and date
in their places; marks themselves (stamp, notes, seal, signature) are not text, and their
boxes are given so layout analysis can be scored on them.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

import cv2
import numpy as np

from hoso.synth.fonts import find_family
from hoso.synth.handwriting import (
    NUMBERING_BGR,
    PEN_BGR,
    STAMP_BGR,
    handwriting_density,
    numbering_density,
    received_stamp_density,
)
from hoso.synth.marks import SEAL_BGR, SIGNATURE_BGR, apply_ink, seal_density, signature_density
from hoso.synth.office_capture import (
    Captured,
    bilevel_scan,
    coarse_scan,
    colour_scan,
    group4_pdf,
    phone_photo,
    photocopy,
)
from hoso.synth.office_layout import DPI, Layout, lay_out
from hoso.synth.office_text import OfficeDocument, draw_office_document

__all__ = ["OFFICE_KINDS", "Mark", "OfficePage", "OfficeTruth", "render_office_page"]

OFFICE_KINDS = ("office_clean", "office_1bit", "office_stamped", "office_handwritten",
                "office_photocopy", "office_phone", "office_coarse")

_BOX = tuple[int, int, int, int]


@dataclass(frozen=True)
class Mark:
    """Ink that is not the document's text: `kind` is seal, signature, received_stamp,
    handwriting (a note or a filled-in slot) or numbering; `box` (left, top, width, height)
    in the captured picture's pixels."""

    kind: str
    box: _BOX


@dataclass(frozen=True)
class OfficeTruth:
    """What a perfect reader gets from the page.

    text: printed text in reading order, NFC, one line per line.
    doc_type: label in hoso.doctypes (`khac` where the registry has none); kind_of_document
        says which (quyet_dinh, nghi_quyet, thong_tu, cong_van, ke_hoach, thong_bao).
    number: the full symbol as printed, `115/QĐ-UBND`; number_digits `115`.
    issued: the place-date line's date, ISO. number_ink / date_ink: printed, handwritten
        or stamped (how the number, and the day and month, were put on the page).
    """

    text: str
    doc_type: str
    kind_of_document: str
    title: str
    authority: str
    number: str
    number_digits: str
    issued: str
    number_ink: str
    date_ink: str
    marks: tuple[Mark, ...] = field(default=())


@dataclass(frozen=True, eq=False)
class OfficePage:
    """A captured test page: `image` as a reader decodes it (BGR or grey), `dpi`, the file
    an intake desk receives (`data`, named with `suffix`: a G4 PDF for office_1bit, else
    PNG or JPEG), and its truth."""

    name: str
    kind: str
    image: np.ndarray
    dpi: int
    data: bytes
    suffix: str
    truth: OfficeTruth


def render_office_page(seed: int, kind: str = "office_clean") -> OfficePage:
    """Test page `kind` number `seed`: the same arguments give the same pixels."""
    if kind not in OFFICE_KINDS:
        raise ValueError(f"unknown kind of office page: {kind} (have {', '.join(OFFICE_KINDS)})")
    rng = random.Random(f"office:{kind}:{seed}")
    ink = np.random.default_rng(rng.randrange(1 << 32))
    doc = draw_office_document(rng)
    number_ink, date_ink, stamp, notes = _plan(kind, rng)
    blanks = frozenset(({"number"} if number_ink != "printed" else set())
                       | ({"day", "month"} if date_ink != "printed" else set()))
    family = find_family("Tinos")
    layout = lay_out(doc, family, blanks=blanks)
    page = np.ascontiguousarray(np.repeat(np.asarray(layout.image)[:, :, None], 3, axis=2))
    marks = _sign_and_seal(page, doc, layout, str(family.bold), ink)
    marks += _fill_slots(page, layout, number_ink, date_ink, ink)
    if stamp:
        marks += _received_stamp(page, doc, layout, str(family.bold), ink, rng)
    if notes:
        marks += _notes(page, layout, ink, rng)
    captured = _capture(kind, page, ink, rng)
    data, suffix = _encode(kind, captured)
    truth = OfficeTruth(
        unicodedata.normalize("NFC", layout.text), doc.doc_type, doc.kind, doc.title,
        doc.issuer.name, doc.number + doc.symbol, doc.number, doc.issued.isoformat(),
        number_ink, date_ink, tuple(_carry(m, captured.matrix) for m in marks))
    return OfficePage(f"{kind}-{seed:04d}", kind, captured.image, captured.dpi, data, suffix,
                      truth)


def _plan(kind: str, rng: random.Random) -> tuple[str, str, bool, bool]:
    """How the number and date were put on, and whether a received stamp and notes are."""
    match kind:
        case "office_clean":
            return "printed", "printed", False, False
        case "office_stamped":
            return "stamped", rng.choice(("stamped", "printed")), True, False
        case "office_handwritten":
            return "handwritten", "handwritten", rng.random() < 0.3, True
    inks = ("printed", "handwritten", "stamped")
    return rng.choice(inks), rng.choice(inks), rng.random() < 0.5, rng.random() < 0.5


def _sign_and_seal(page: np.ndarray, doc: OfficeDocument, layout: Layout, font: str,
                   ink: np.random.Generator) -> list[Mark]:
    left, top, width, height = layout.signature_box
    sign = signature_density(width, height, stroke=5, rng=ink)
    apply_ink(page, sign, SIGNATURE_BGR, (top, left))
    diameter = round(ink.uniform(34, 40) * DPI / 25.4)
    seal = seal_density(doc.issuer.name, doc.issuer.place.upper(), diameter=diameter,
                        font_path=font, rng=ink)
    cy = top + height // 2 + round(ink.uniform(-15, 15))
    cx = left + round(ink.uniform(0.1, 0.3) * width)
    seal_at = (cy - seal.shape[0] // 2, cx - seal.shape[1] // 2)
    apply_ink(page, seal, SEAL_BGR, seal_at)
    return [Mark("signature", (left, top, width, height)),
            Mark("seal", (seal_at[1], seal_at[0], seal.shape[1], seal.shape[0]))]


def _fill_slots(page: np.ndarray, layout: Layout, number_ink: str, date_ink: str,
                ink: np.random.Generator) -> list[Mark]:
    """Write or press the blank slots' digits into their gaps, a little off the line."""
    marks = []
    font = str(find_family("Tinos").bold)
    for slot in layout.slots:
        how = number_ink if slot.name == "number" else date_ink
        left, top, width, height = slot.box
        text = slot.text
        if how == "handwritten":
            density, colour, mark = handwriting_density(text, round(height * 0.8), ink), \
                PEN_BGR, "handwriting"
        else:
            density, colour, mark = numbering_density(text, round(height * 0.7), font, ink), \
                NUMBERING_BGR, "numbering"
        y = top + (height - density.shape[0]) // 2 + round(ink.normal(0, height * 0.12))
        x = left + max(0, (width - density.shape[1]) // 2)
        apply_ink(page, density, colour, (y, x))
        marks.append(Mark(mark, (x, y, density.shape[1], density.shape[0])))
    return marks


def _received_stamp(page: np.ndarray, doc: OfficeDocument, layout: Layout, font: str,
                    ink: np.random.Generator, rng: random.Random) -> list[Mark]:
    """The "CÔNG VĂN ĐẾN" stamp, pressed where there was room (or not): over the header's
    lower part, the title or the top of the body, its slots filled in by pen."""
    height = round(ink.uniform(20, 26) * DPI / 25.4)
    receiver = rng.choice(("UBND PHƯỜNG DỊCH VỌNG", "SỞ NỘI VỤ TỈNH NGHỆ AN",
                           "VĂN PHÒNG UBND QUẬN 1", "UBND HUYỆN ĐÔNG ANH"))
    density, slots = received_stamp_density(receiver, height, font, ink)
    top = layout.header_bottom - round(height * ink.uniform(0.2, 0.9))
    left = round(ink.uniform(0.08, 0.55) * page.shape[1])
    apply_ink(page, density, STAMP_BGR, (top, left))
    marks = [Mark("received_stamp", (left, top, density.shape[1], density.shape[0]))]
    fills = {"so": str(rng.randint(1, 9999)),
             "ngay": f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
             "gio": f"{rng.randint(7, 16)}h{rng.choice(('', '15', '30', '45'))}"}
    for key, (x, y) in slots.items():
        pen = handwriting_density(fills[key], round(height / 8), ink)
        at = (top + y - pen.shape[0] + round(height / 20), left + x + round(height / 12))
        apply_ink(page, pen, PEN_BGR, at)
        marks.append(Mark("handwriting", (at[1], at[0], pen.shape[1], pen.shape[0])))
    return marks


_NOTES = ("Chuyen P.TP xu ly", "Kinh chuyen VP", "Dong y", "Luu ho so", "Giao P.NV tham muu",
          "Sao gui cac xa", "Bao cao truoc 15/4")


def _notes(page: np.ndarray, layout: Layout, ink: np.random.Generator,
           rng: random.Random) -> list[Mark]:
    """One or two pen notes: in the top margin, or slanting across the body's text."""
    marks = []
    for _ in range(rng.randint(1, 2)):
        note = handwriting_density(rng.choice(_NOTES), round(ink.uniform(4, 6) * DPI / 25.4), ink)
        top = rng.choice((round(6 * DPI / 25.4),
                          layout.header_bottom + round(ink.uniform(0.1, 0.5) * page.shape[0])))
        left = round(ink.uniform(0.15, 0.6) * page.shape[1])
        apply_ink(page, note, PEN_BGR, (top, left))
        marks.append(Mark("handwriting", (left, top, note.shape[1], note.shape[0])))
    return marks


def _capture(kind: str, page: np.ndarray, ink: np.random.Generator,
             rng: random.Random) -> Captured:
    match kind:
        case "office_clean":
            return colour_scan(page, ink, grey=True)
        case "office_1bit":
            return bilevel_scan(page, ink)
        case "office_photocopy":
            return photocopy(page, ink, generations=rng.choice((2, 3)))
        case "office_phone":
            return phone_photo(page, ink)
        case "office_coarse":
            return coarse_scan(page, ink)
    return colour_scan(page, ink, grey=False)


def _encode(kind: str, captured: Captured) -> tuple[bytes, str]:
    """The file as the desk gets it: G4 PDF from the 1-bit scanner, JPEG from a phone."""
    if kind == "office_1bit":
        return group4_pdf(captured.image, captured.dpi), ".pdf"
    if kind == "office_phone":
        _ok, data = cv2.imencode(".jpg", captured.image, [cv2.IMWRITE_JPEG_QUALITY, 92])
        return data.tobytes(), ".jpg"
    _ok, data = cv2.imencode(".png", captured.image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    return data.tobytes(), ".png"


def _carry(mark: Mark, matrix: np.ndarray) -> Mark:
    """The mark's box through the capture's matrix: the bounding box of its corners."""
    left, top, width, height = mark.box
    corners = np.float32([[[left, top]], [[left + width, top]], [[left, top + height]],
                          [[left + width, top + height]]])
    moved = cv2.perspectiveTransform(corners, matrix.astype(np.float64)).reshape(-1, 2)
    x0, y0 = moved.min(axis=0)
    x1, y1 = moved.max(axis=0)
    return Mark(mark.kind, (round(x0), round(y0), round(x1 - x0), round(y1 - y0)))
