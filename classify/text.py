"""Text helpers shared by the splitter, the classifier and the field readers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from hoso.indexer.folding import fold
from hoso.records import OcrPage

__all__ = [
    "PAGE_BREAK",
    "TITLE_START",
    "document_text",
    "fold",
    "has_national_heading",
    "head_lines",
    "is_upper_line",
    "page_lines",
    "resembles",
    "title_of",
]

# Between pages in a document's text: the classifier sees page boundaries through the form
# feed (a text joined with a bare "\f", as the catalog stores it, reads the same).
PAGE_BREAK = "\n\f\n"

_NATIONAL = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc")


def document_text(pages: Sequence[OcrPage]) -> str:
    """A document's text as the classifier reads it (and as corrections should be given)."""
    return PAGE_BREAK.join(page.text for page in pages)


def page_lines(text: str) -> list[str]:
    """Lines that hold at least three letters or digits: specks read as `.` or `'` drop out."""
    return [line.strip() for line in text.splitlines()
            if sum(ch.isalnum() for ch in line) >= 3]


def head_lines(text: str, count: int = 8) -> list[str]:
    """The first `count` real lines of a page: where headings, titles and authorities sit."""
    return page_lines(text)[:count]


def is_upper_line(line: str) -> bool:
    """Mostly capitals (allowing a few misread letters) and at least two words."""
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 4 or len(line.split()) < 2:
        return False
    return sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def resembles(line: str, target: str, threshold: float = 0.8) -> bool:
    """`line` folded reads as `target` (already folded) give or take OCR slips."""
    folded = " ".join(fold(line).split())
    if target in folded:
        return True
    return SequenceMatcher(None, folded, target, autojunk=False).ratio() >= threshold


def has_national_heading(lines: Sequence[str]) -> bool:
    return any(resembles(line, target) for line in lines for target in _NATIONAL)


# Folded first words of the titles of Vietnamese administrative papers.
_TITLE_WORDS = (
    "don", "to khai", "giay", "hop dong", "quyet dinh", "bien ban", "ban ve", "ban sao",
    "so do", "trich luc", "trich do", "thong bao", "can cuoc", "danh sach", "phieu",
    "ban cam ket", "xac nhan", "so yeu ly lich", "cong van", "to trinh", "bao cao",
    "van ban", "chung minh", "chung nhan", "bang ke", "lenh", "ke hoach", "nghi quyet",
    "thong tu", "chi thi", "nghi dinh",
)
# A received stamp's words (`CÔNG VĂN ĐẾN`, `ĐẾN Số: ... Ngày: ...`), stamped over the head of
# a page: capitals that start like a title but are not the paper's own.
_STAMP_LINE = re.compile(r"^(cong van |van ban )?den\b|\bden\s*$|\b(gio|ngay)\s*:")
TITLE_START = re.compile(rf"^({'|'.join(_TITLE_WORDS)})\b")


# Tokens without letters before a title: a stamped or hand-written number, a seal's specks
# read on the title's line (`7515 NGHỊ QUYẾT`).
_LEADING_JUNK = re.compile(r"^(?:[^a-z\s]+\s+){1,3}")


def title_of(page_text: str) -> str:
    """The folded title of a page: the first capitals line in its head that starts like a
    title, with the capitals lines that continue it (titles often take two or three)."""
    head = [line for line in head_lines(page_text, 12) if not has_national_heading([line])]
    for i, line in enumerate(head):
        folded = _LEADING_JUNK.sub("", " ".join(fold(line).split()))
        if is_upper_line(line) and TITLE_START.match(folded) and not _STAMP_LINE.search(folded):
            parts = [folded]
            for following in head[i + 1:i + 3]:
                if not is_upper_line(following):
                    break
                parts.append(" ".join(fold(following).split()))
            return " ".join(parts)
    return ""
