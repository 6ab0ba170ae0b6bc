"""What a file is, judged by its first bytes, never by its name."""

from __future__ import annotations

__all__ = ["HEAD_BYTES", "SUPPORTED", "sniff_media_type", "describe_content"]

HEAD_BYTES = 4096
SUPPORTED = ("application/pdf", "image/tiff", "image/jpeg", "image/png")

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"II+\x00", "image/tiff"),  # BigTIFF, which large scanners write past 4 GB
    (b"MM\x00+", "image/tiff"),
)

# Things people hand in by mistake, so the error can say what the file looks like.
_LOOKALIKES = (
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or Excel .xlsx file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc, .xls)"),
    (b"{\\rtf", "a rich-text (.rtf) document"),
    (b"GIF8", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"\x00\x00\x00\x0cjP  ", "a JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", "a JPEG 2000 image"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
)


def sniff_media_type(head: bytes) -> str | None:
    """The supported media type `head` (a file's first bytes) starts like, or None."""
    # The PDF spec lets readers accept junk before the header, within the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    return None


def describe_content(head: bytes) -> str:
    """A short phrase saying what an unsupported file looks like, for the error message."""
    for magic, phrase in _LOOKALIKES:
        if head.startswith(magic):
            return phrase
    if head[4:8] == b"ftyp":
        return "a HEIC/MP4 file (a phone photo or video)"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    return _describe_text(head)


def _describe_text(head: bytes) -> str:
    if b"\x00" in head:
        return "binary data of an unknown kind"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # a multibyte character cut by HEAD_BYTES is fine
            return "binary data of an unknown kind"
        text = head[: error.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return "an HTML page (perhaps an error page saved instead of the file)"
    if lowered.startswith("<?xml") or lowered.startswith("<svg"):
        return "an XML or SVG file"
    return "plain text"
