"""Searchable PDFs: a page's picture under tesseract's invisible text, and a document of pages.

tesseract's own renderer writes the text layer (`textonly_pdf=1`): it places each word's
invisible glyphs on the word's box, with a ToUnicode map, so copying keeps every tone mark.
We put the page's picture (JPEG of the upright colour capture, not the cleaned grey image)
under it. `merge_pdfs` joins pages and adds what PDF/A-2b asks of the file (sRGB output
intent, XMP identification, a file identifier); it is deterministic: the same pages give the
same bytes, so storing a document again is a no-op.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

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
    StreamObject,
    TextStringObject,
)

from hoso.errors import ToolError

__all__ = ["page_pdf", "merge_pdfs", "PRODUCER"]

PRODUCER = "hoso"
_IMAGE_NAME = "/HosoPage"


def page_pdf(text_layer: bytes, picture: np.ndarray, *, jpeg_quality: int = 80,
             what: str = "page") -> bytes:
    """One-page PDF: `picture` (BGR or grey) filling tesseract's text-only page."""
    try:
        reader = PdfReader(io.BytesIO(text_layer))
        writer = PdfWriter()
        page = writer.add_page(reader.pages[0])
    except (PdfReadError, IndexError, ValueError) as exc:
        raise ToolError(f"{what}: tesseract wrote an unreadable PDF ({exc})") from None
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    image_ref = writer._add_object(_jpeg_xobject(picture, jpeg_quality))
    resources = page.setdefault(NameObject("/Resources"), DictionaryObject()).get_object()
    xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject()).get_object()
    xobjects[NameObject(_IMAGE_NAME)] = image_ref
    draw = DecodedStreamObject()
    draw.set_data(f"q {width:.3f} 0 0 {height:.3f} 0 0 cm {_IMAGE_NAME} Do Q\n".encode())
    old = page.get_contents()
    body = old.get_data() if old is not None else b""
    combined = DecodedStreamObject()
    combined.set_data(draw.get_data() + body)
    page[NameObject("/Contents")] = writer._add_object(combined)
    return _write(writer, text_layer + picture.tobytes()[:4096])


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


def _mark_pdfa(writer: PdfWriter) -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
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
    writer.xmp_metadata = _XMP.encode()


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
