"""Splitting a scanned stack into documents by what each page's head says."""

from __future__ import annotations

from hoso.classify import split_documents
from hoso.page_warnings import PageWarning
from hoso.records import OcrPage
from hoso.synth.documents import generate_stack

_MARKERS = ("# ", "= ", "^ ", "> ")


def as_read(lines: tuple[str, ...]) -> OcrPage:
    """A page's text as OCR gives it: no layout markup; a blank sheet flagged blank."""
    text = "\n".join(line[2:] if line[:2] in _MARKERS else line for line in lines)
    return OcrPage(text=text, words=(), confidence=90.0 if text else 0.0, orientation=0,
                   skew=0.0, width=2480, height=3508, dpi=300,
                   warnings=() if text else (PageWarning.blank(),))


def test_generated_stacks_come_apart_into_their_documents() -> None:
    exact = total = 0
    for seed in range(40):
        stack = generate_stack(seed, 2 + seed % 7)
        found = split_documents([as_read(page) for page in stack.pages])
        exact += sum(list(pages) in found for pages in stack.document_pages)
        total += len(stack.document_pages)
    assert exact / total >= 0.98


def test_a_blank_sheet_ends_a_document_and_is_dropped() -> None:
    continuation = as_read(("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",))
    blank = as_read(())
    assert split_documents([continuation, blank, continuation]) == [[0], [2]]


def test_continuation_pages_stay_with_their_document() -> None:
    first = as_read(("# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "# HỢP ĐỒNG THUÊ NHÀ"))
    second = as_read(("- 2 -", "ĐIỀU 4. QUYỀN VÀ NGHĨA VỤ CỦA BÊN A", "Bên A có nghĩa vụ..."))
    third = as_read(("IV. SƠ ĐỒ THỬA ĐẤT", "Tỷ lệ 1/500"))
    new = as_read(("ỦY BAN NHÂN DÂN", "PHƯỜNG KIM MÃ", "Số: 12/QĐ-UBND"))
    assert split_documents([first, second, third, new]) == [[0, 1, 2], [3]]
