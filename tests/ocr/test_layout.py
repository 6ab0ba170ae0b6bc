"""The page's main text in reading order: the two-column header read block by block, a
received stamp's words kept out, the header's hand-written digits read by the recogniser."""

from __future__ import annotations

import cv2
import numpy as np

from hoso.classify.digit_data import draw_stroke_digit
from hoso.ocr.layout import (
    drop_stamped,
    header_order,
    page_text,
    received_stamps,
    reread_header_digits,
)
from hoso.records import Word

WIDTH = 1654


def word(text: str, left: int, top: int, line: int, confidence: float = 95.0) -> Word:
    return Word(text, left, top, 24 * len(text), 40, confidence, line)


def test_the_agency_block_is_read_before_the_motto_not_interleaved_with_it() -> None:
    words = [  # as tesseract numbers them: one line across both columns
        word("ỦY", 300, 100, 1), word("BAN", 380, 100, 1), word("CỘNG", 900, 100, 1),
        word("HÒA", 1040, 100, 1),
        word("TỈNH", 300, 160, 2), word("NGHỆ", 420, 160, 2), word("Độc", 950, 160, 2),
        word("lập", 1040, 160, 2),
        word("QUYẾT", 720, 400, 3), word("ĐỊNH", 870, 400, 3),
    ]
    text = page_text(header_order(words, WIDTH))
    assert text.splitlines()[:4] == ["ỦY BAN", "TỈNH NGHỆ", "CỘNG HÒA", "Độc lập"]
    assert text.splitlines()[-1] == "QUYẾT ĐỊNH"


def test_a_received_stamp_is_found_and_its_words_are_not_the_papers() -> None:
    grey = np.full((800, WIDTH), 255, np.uint8)
    cv2.rectangle(grey, (900, 200), (1280, 380), 0, 4)
    (stamp,) = received_stamps(grey, letter_height=30)
    words = [word("CÔNG", 930, 220, 5), word("VĂN", 1060, 220, 5), word("ĐẾN", 1150, 220, 5),
             word("Số:", 930, 280, 6), word("505", 1000, 280, 6),
             word("Hà", 700, 300, 7), word("Nội,", 780, 300, 7)]
    assert [w.text for w in drop_stamped(words, [stamp])] == ["Hà", "Nội,"]


def test_a_plain_frame_without_den_keeps_its_words() -> None:
    words = [word("Bảng", 930, 220, 1), word("kê", 1060, 220, 1)]
    assert drop_stamped(words, [(900, 200, 1280, 380)]) == words


def test_hand_written_digits_in_the_number_slot_are_read_with_a_confidence() -> None:
    grey = np.full((400, WIDTH), 255, np.uint8)
    rng = np.random.default_rng(7)
    x = 392
    for digit in (1, 1, 5):
        ink = draw_stroke_digit(digit, rng, 40)
        ys, xs = np.nonzero(ink > 100)
        glyph = ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
        h, w = glyph.shape
        grey[105 + 40 - h:105 + 40, x:x + w][glyph > 100] = 0
        x += w + 8
    # tesseract read the hand-written 115 as 445, unsure of it
    words = [word("Số:", 300, 110, 1), Word("445/QĐ-TTg", 420, 110, 300, 40, 41.0, 1)]
    read = reread_header_digits(words, grey)
    assert " ".join(w.text for w in read) == "Số: 115 /QĐ-TTg"
    assert next(w for w in read if w.text == "115").confidence < 60  # they disagreed
