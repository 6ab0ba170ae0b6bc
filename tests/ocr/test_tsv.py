"""Text rebuilt from tesseract's words: paragraphs kept, marks misread as text left out."""

from __future__ import annotations

from hoso.ocr.tesseract import parse_tsv

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _row(block: int, par: int, line: int, left: int, height: int, text: str,
         conf: float = 95.0) -> str:
    return f"5\t1\t{block}\t{par}\t{line}\t1\t{left}\t100\t80\t{height}\t{conf}\t{text}"


def test_lines_paragraphs_and_noise() -> None:
    tsv = "\n".join([
        HEADER,
        _row(1, 1, 1, 10, 50, "Độc"), _row(1, 1, 1, 100, 50, "lập"),
        _row(1, 1, 2, 10, 50, "Tự"), _row(1, 1, 2, 100, 50, "do"),
        _row(1, 2, 1, 10, 50, "Hạnh"), _row(1, 2, 1, 100, 50, "phúc"),
        _row(2, 1, 1, 10, 30, "⁄"), _row(2, 1, 1, 100, 10, "~"),  # a seal's ring
        _row(3, 1, 1, 10, 9, "h4"), _row(3, 1, 1, 100, 50, "Nghĩa"),  # a speck, then a word
    ])
    words, text = parse_tsv(tsv)
    assert text == "Độc lập\nTự do\n\nHạnh phúc\n\nNghĩa"
    assert [w.text for w in words] == ["Độc", "lập", "Tự", "do", "Hạnh", "phúc", "Nghĩa"]
    assert [w.line for w in words] == [1, 1, 2, 2, 3, 3, 5]


def test_hocr_boxes_move_to_the_whole_page() -> None:
    from hoso.ocr.read import shift_hocr

    hocr = "<span title='bbox 10 20 30 40; x_wconf 96'>Hồ</span>".encode()
    moved = "<span title='bbox 110 25 130 45; x_wconf 96'>Hồ</span>".encode()
    assert shift_hocr(hocr, 100, 5) == moved
    assert shift_hocr(hocr, 0, 0) is hocr
