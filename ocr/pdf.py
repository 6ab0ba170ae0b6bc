"""Searchable PDFs: a page's picture under tesseract's invisible text, and a document of pages.

tesseract's own renderer writes the text layer (`textonly_pdf=1`): it places each word's
invisible glyphs on the word's box, with a ToUnicode map, so copying keeps every tone mark.
We put the page's picture (JPEG of the colour capture as it came, not the cleaned grey
image) under it, turned and levelled by the PDF's drawing matrix. `merge_pdfs` joins pages and adds what PDF/A-2b asks of the file (sRGB output
intent, XMP identification, a file identifier); it is deterministic: the same pages give the
same bytes, so storing a document again is a no-op.
"""

from __future__ import annotations

import functools
import hashlib
import io
import struct
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
from PIL import ImageCms
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from hoso.errors import ToolError

__all__ = ["PRODUCER", "extract_page", "merge_pdfs", "page_pdf", "readable_page"]

PRODUCER = "hoso"
_IMAGE_NAME = "/HosoPage"


def readable_page(data: bytes) -> bool:
    """`data` is a PDF whose first page can be read (an OCR engine's text layer)."""
    if not data:
        return False
    try:
        return PdfReader(io.BytesIO(data)).pages[0].mediabox.width > 0
    except Exception:  # noqa: BLE001 - bytes from an engine: any parse failure means "no"
        return False


def page_pdf(text_layer: bytes, picture: np.ndarray, *, transform: np.ndarray,
             page_px: tuple[int, int], dpi: int,
             region: tuple[int, int, int, int] | None = None,
             jpeg_quality: int = 80, what: str = "page") -> bytes:
    """One-page PDF: `picture` (BGR or grey) under the OCR engine's text-only page.

    `transform` maps the picture's pixels to the prepared page's (`page_px`, width and
    height, at `dpi`): the picture goes in as captured and the PDF turns and levels it, so no
    resampled copy is made and the original pixels are kept. `region` (x, y, width, height)
    is the part of the page the engine read; its text layer is moved there. An empty
    `text_layer` gives the picture alone.
    """
    x, y, w, h = region or (0, 0, *page_px)
    writer = PdfWriter()
    if text_layer:
        try:
            page = writer.add_page(PdfReader(io.BytesIO(text_layer)).pages[0])
        except (PdfReadError, IndexError, ValueError) as exc:
            raise ToolError(f"{what}: the OCR engine wrote an unreadable PDF ({exc})") from None
    else:
        page = writer.add_blank_page(w * 72 / dpi, h * 72 / dpi)
    scale = (float(page.mediabox.width) / w, float(page.mediabox.height) / h)
    page_pt = (page_px[0] * scale[0], page_px[1] * scale[1])
    page.mediabox = RectangleObject((0, 0, *page_pt))
    page.cropbox = RectangleObject((0, 0, *page_pt))
    image = _jpeg_xobject(picture, jpeg_quality)
    resources = page.setdefault(NameObject("/Resources"), DictionaryObject()).get_object()
    xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject()).get_object()
    xobjects[NameObject(_IMAGE_NAME)] = writer._add_object(image)
    matrix = _placement(transform, picture.shape, page_px, page_pt)
    draw = "q " + " ".join(f"{v:.4f}" for v in matrix) + f" cm {_IMAGE_NAME} Do Q\n"
    shift = f"q 1 0 0 1 {x * scale[0]:.4f} {(page_px[1] - y - h) * scale[1]:.4f} cm\n"
    old = page.get_contents()
    combined = DecodedStreamObject()
    combined.set_data(draw.encode() + shift.encode()
                      + (old.get_data() if old is not None else b"") + b"\nQ\n")
    page[NameObject("/Contents")] = writer._add_object(combined)
    # tesseract stamps its PDF with the clock: identify the page by what it shows instead,
    # so the same page always makes the same bytes (a resumed run equals a clean one).
    return _write(writer, combined.get_data() + image._data[:65536])


def _placement(transform: np.ndarray, shape: tuple[int, ...], page_px: tuple[int, int],
               page_pt: tuple[float, float]) -> tuple[float, ...]:
    """PDF `cm` operands drawing the unit-square image so its pixels land on the page."""
    height, width = shape[:2]
    unit_to_pixels = np.array([[width, 0.0, 0.0], [0.0, -height, height], [0.0, 0.0, 1.0]])
    to_page = np.vstack([transform[:2], [0.0, 0.0, 1.0]])
    sx, sy = page_pt[0] / page_px[0], page_pt[1] / page_px[1]
    to_points = np.array([[sx, 0.0, 0.0], [0.0, -sy, page_pt[1]], [0.0, 0.0, 1.0]])
    m = to_points @ to_page @ unit_to_pixels
    return (m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2])


def _jpeg_xobject(picture: np.ndarray, quality: int) -> StreamObject:
    ok, data = cv2.imencode(".jpg", picture, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ToolError("could not encode the page's picture as JPEG")
    image = StreamObject()
    image._data = data.tobytes()
    image.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(picture.shape[1]),
        NameObject("/Height"): NumberObject(picture.shape[0]),
        NameObject("/ColorSpace"): NameObject(
            "/DeviceRGB" if picture.ndim == 3 else "/DeviceGray"),
        NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): NameObject("/DCTDecode"),
    })
    return image


def merge_pdfs(pages: Sequence[bytes]) -> bytes:
    """A document's searchable PDF from one-page PDFs, in order, marked PDF/A-2b."""
    writer = PdfWriter()
    for number, data in enumerate(pages, start=1):
        try:
            writer.append(PdfReader(io.BytesIO(data)))
        except (PdfReadError, ValueError) as exc:
            raise ToolError(f"page {number}: not a readable PDF ({exc})") from None
    _mark_pdfa(writer)
    return _write(writer, b"".join(hashlib.sha256(p).digest() for p in pages))


@functools.cache
def _srgb_profile() -> bytes:
    """LittleCMS's sRGB profile with a fixed creation date (it stamps the clock otherwise),
    so the same pages always make the same PDF."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
    return bytes(profile)


def _mark_pdfa(writer: PdfWriter) -> None:
    profile = _srgb_profile()
    icc = StreamObject()
    icc._data = profile
    icc.update({NameObject("/N"): NumberObject(3)})
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB"),
        NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/DestOutputProfile"): writer._add_object(icc),
    })
    writer.root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    # PDF/A (6.6.2.1) wants the catalog's metadata typed /Metadata /XML and left unfiltered
    # (pypdf's `xmp_metadata` setter writes an untyped stream, which veraPDF fails).
    xmp = DecodedStreamObject()
    xmp.set_data(_XMP.encode())
    xmp.update({NameObject("/Type"): NameObject("/Metadata"),
                NameObject("/Subtype"): NameObject("/XML")})
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)


_XMP = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <pdf:Producer>{PRODUCER}</pdf:Producer>
   <dc:format>application/pdf</dc:format>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _write(writer: PdfWriter, identity: bytes) -> bytes:
    """Write with a file identifier and metadata derived from the content, not the clock."""
    writer.pdf_header = b"%PDF-1.7"
    writer.add_metadata({"/Producer": PRODUCER})
    digest = ByteStringObject(hashlib.md5(identity, usedforsecurity=False).digest())
    writer._ID = ArrayObject([digest, digest])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def extract_page(path: Path, index: int) -> bytes:
    """Page `index` (0-based) of the PDF at `path` as a one-page PDF, as it was drawn (a
    born-digital page's text, fonts and vectors kept); the same page gives the same bytes."""
    try:
        reader = PdfReader(path)
        writer = PdfWriter()
        page = writer.add_page(reader.pages[index])
        content = page.get_contents()
        identity = content.get_data() if content is not None else b""
    except (PdfReadError, IndexError, ValueError) as exc:
        raise ToolError(f"{path.name} page {index + 1}: cannot copy the page ({exc})") from None
    return _write(writer, hashlib.sha256(identity).digest() + str(index).encode())
