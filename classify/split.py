"""Split one scanned stack into documents, by what each page's top says.

Operators scan a whole dossier in one go, so a PDF holds many papers. A page opens a new
document when its head carries the national heading (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
Độc lập - Tự do - Hạnh phúc), an issuing body's block (ỦY BAN NHÂN DÂN..., CÔNG AN...), or a
document title in capitals (ĐƠN..., GIẤY..., HỢP ĐỒNG...). A blank sheet ends the document
before it and is dropped. Continuation pages open with running text, numbered sections
(`Điều 3.`, `II.`) or a page number, none of which open a document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hoso.classify.text import (
    TITLE_START,
    fold,
    has_national_heading,
    head_lines,
    is_upper_line,
    page_lines,
)
from hoso.page_warnings import WarningKind
from hoso.records import OcrPage

__all__ = ["AUTHORITY_START", "TITLE_START", "is_blank", "opens_document", "split_documents"]

# Folded first words of an issuing body's block.
_AUTHORITY_WORDS = (
    "uy ban nhan dan", "ubnd", "cong an", "so ", "van phong", "cuc ", "chi cuc", "phong ",
    "bo ", "toa an", "cong ty", "chi nhanh", "trung tam", "ngan hang", "kho bac",
    "hoi dong", "tong cuc", "benh vien", "truong ",
)
AUTHORITY_START = re.compile(rf"^({'|'.join(w.strip() for w in _AUTHORITY_WORDS)})\b")
_MIN_TEXT = 12


def split_documents(pages: Sequence[OcrPage]) -> list[list[int]]:
    """Page indices (0-based, in order) of each document in a scanned stack; blank sheets
    are left out."""
    documents: list[list[int]] = []
    current: list[int] = []
    for index, page in enumerate(pages):
        if is_blank(page):
            if current:
                documents.append(current)
            current = []
            continue
        if current and opens_document(page):
            documents.append(current)
            current = []
        current.append(index)
    if current:
        documents.append(current)
    return documents


def is_blank(page: OcrPage) -> bool:
    """Nothing legible: a separator sheet (the OCR flags it, or only specks were read)."""
    if any(w.kind is WarningKind.BLANK for w in page.warnings):
        return True
    return sum(len(line) for line in page_lines(page.text)) < _MIN_TEXT


def opens_document(page: OcrPage) -> bool:
    """The page's head looks like the start of an administrative paper."""
    head = head_lines(page.text)
    if has_national_heading(head):
        return True
    if head and is_upper_line(head[0]) and AUTHORITY_START.match(_folded(head[0])):
        return True
    return any(is_upper_line(line) and TITLE_START.match(_folded(line)) for line in head)


def _folded(line: str) -> str:
    return " ".join(fold(line).split())
