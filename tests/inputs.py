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
