"""Files handed in, good and bad, made on the spot for the intake tests and the benchmark."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter

A4_POINTS = (595, 842)


def scan(width: int = 620, height: int = 877, seed: int = 1) -> Image.Image:
    """A grey page with noise, so compressed formats carry real entropy-coded data."""
    noise = Image.effect_noise((width, height), 40 + seed)
    return noise.point(lambda v: 255 - v // 4).convert("L")


def write_scanned_pdf(path: Path, pages: int = 3) -> Path:
    """A PDF of JPEG page images, as a scanner (or img2pdf) writes it."""
    images = [scan(seed=n).convert("RGB") for n in range(pages)]
    images[0].save(path, "PDF", resolution=100.0, save_all=True, append_images=images[1:])
    return path


def write_blank_pdf(path: Path, pages: int, size: tuple[float, float] = A4_POINTS) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(*size)
    writer.write(path)
    return path


def write_encrypted_pdf(path: Path, user_password: str, algorithm: str = "AES-256") -> Path:
    writer = PdfWriter()
    writer.add_blank_page(*A4_POINTS)
    writer.encrypt(user_password, owner_password="chủ sở hữu", algorithm=algorithm)
    writer.write(path)
    return path


def write_image(path: Path, fmt: str) -> Path:
    scan().save(path, fmt)
    return path


def write_tiff(path: Path, frames: int = 3, compression: str = "tiff_lzw") -> Path:
    images = [scan(seed=n) for n in range(frames)]
    images[0].save(path, "TIFF", save_all=True, append_images=images[1:], compression=compression)
    return path


def write_png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims width x height with no pixel data behind it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IEND", b""))
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def truncated_copy(source: Path, target: Path, fraction: float = 0.5) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * fraction)])
    return target


def flipped_copy(source: Path, target: Path, marker: bytes, skip: int = 16) -> Path:
    """A copy with one byte inverted `skip` bytes after the first `marker`: a bit-rotted file."""
    data = bytearray(source.read_bytes())
    data[data.index(marker) + skip] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def corrupt_tiff_frame(tiff: Path, target: Path, frame: int) -> Path:
    """A copy of a multi-frame TIFF whose frame `frame` has garbled compressed data, inside
    the file's bounds: it passes intake, and fails when that page is decoded."""
    with Image.open(tiff) as img:
        img.seek(frame)
        offset = img.tag_v2[273][0]  # StripOffsets
    data = bytearray(tiff.read_bytes())
    for i in range(offset + 2, offset + 40):
        data[i] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


def write_white_tiff(path: Path, frames: int, width: int, height: int) -> Path:
    """A bilevel TIFF of `frames` white pages of width x height, deflate-compressed, as
    libtiff writes one: every frame's one strip holds the same compressed bytes, so 400
    frames of 7000 x 8000 are a few hundred KB on disk (and 22 billion pixels to read)."""
    strip = zlib.compress(b"\0" * ((width + 7) // 8 * height), 9)
    entries = [(256, 4, width), (257, 4, height), (258, 3, 1), (259, 3, 8), (262, 3, 0),
               (273, 4, 8), (277, 3, 1), (278, 4, height), (279, 4, len(strip))]
    ifd_size = 2 + 12 * len(entries) + 4
    first = 8 + len(strip) + (len(strip) % 2)
    body = bytearray(b"II*\0" + struct.pack("<I", first) + strip + b"\0" * (len(strip) % 2))
    for frame in range(frames):
        after = first + (frame + 1) * ifd_size if frame + 1 < frames else 0
        body += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            packed = struct.pack("<H", value) + b"\0\0" if kind == 3 else struct.pack("<I", value)
            body += struct.pack("<HHI", tag, kind, 1) + packed
        body += struct.pack("<I", after)
    path.write_bytes(bytes(body))
    return path


def cut_jpeg(source: Path, target: Path, fraction: float = 0.6, *,
             progressive: bool = False) -> Path:
    """A JPEG cut mid-stream with its end marker written after the cut, as a scanner whose
    transfer stopped writes it: libjpeg warns "premature end of data segment" and fills the
    rest of the page with grey."""
    if progressive:
        with Image.open(source) as image:
            image.save(target, "JPEG", progressive=True, quality=85)
        source = target
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * fraction)] + b"\xff\xd9")
    return target


def cut_png(source: Path, target: Path) -> Path:
    """A PNG that lost its second half of IDAT chunks but kept whole chunks and its IEND: every
    chunk's CRC is right, the picture is not."""
    data, chunks, offset = source.read_bytes(), [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        chunks.append((data[offset + 4:offset + 8], data[offset:offset + 12 + length]))
        offset += 12 + length
    pictures = [c for kind, c in chunks if kind == b"IDAT"]
    assert len(pictures) >= 2, "write a PNG with several IDAT chunks"
    kept = [c for kind, c in chunks if kind not in (b"IDAT", b"IEND")] + pictures[:len(pictures) // 2]
    target.write_bytes(data[:8] + b"".join(kept) + _chunk(b"IEND", b""))
    return target
