"""Vietnamese post-correction: well-formed syllables, digits in dates and numbers, names and
tone marks left alone, and a garbage score that tells nonsense from Vietnamese."""

from __future__ import annotations

import pytest

from hoso.ocr.postcorrect import correct_line, correct_page, garbage_score
from hoso.ocr.syllables import is_valid
from hoso.records import Word


@pytest.mark.parametrize("word", ["QUYẾT", "quyết", "Nghị", "định", "hoà", "hòa", "thuý",
                                  "thúy", "gì", "giữa", "quốc", "Quỳnh", "khuya", "thuở",
                                  "nghiêng", "gửi", "Việt", "kỹ", "ĐỊNH", "Về"])
def test_well_formed_syllables_pass(word: str) -> None:
    assert is_valid(word)


@pytest.mark.parametrize("word", ["QUYÉT", "kynh", "ca\u0301\u0300", "hóà", "kán", "bàt",
                                  "ghá", "ngo\u0302e", "Smith", "202VXNCT"])
def test_ill_formed_syllables_fail(word: str) -> None:
    # QUYÉT: no rime `uyet`; k/gh before a, two tones, a stop with the huyền tone.
    assert not is_valid(word)


@pytest.mark.parametrize(("read", "meant"), [
    ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"),
    ("Hà Nội, ngày l6 tháng 1] năm 2024", "Hà Nội, ngày 16 tháng 11 năm 2024"),
    ("Số: l15/QĐ-UBND", "Số: 115/QĐ-UBND"),
    ("Về việt ban hành Quy chế", "Về việc ban hành Quy chế"),
    ("Căn cú Luật Tổ chức", "Căn cứ Luật Tổ chức"),
    ("công tác vãn thư", "công tác văn thư"),
])
def test_misreadings_seen_on_real_scans_are_mended(read: str, meant: str) -> None:
    assert correct_line(read) == meant


@pytest.mark.parametrize("line", [
    "Ông Nguyễn Văn Thưởng, Bà Hồ Thị Lan ở xã Vĩnh An",  # names stay names
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Smith Google Vinaphone",  # foreign names: no Vietnamese spelling forced on them
    "Số: 115/QĐ-UBND ngày 05/03/2020 của HĐND",
    "Lộc Thọ, Phước Vĩnh An, Thạnh Mỹ Tây",
])
def test_correct_text_and_proper_names_are_left_alone(line: str) -> None:
    assert correct_line(line) == line


def test_page_words_keep_their_boxes_and_the_text_its_lines() -> None:
    words = (Word("QUYÉT", 10, 20, 80, 30, 71.0, 1), Word("ĐỊNH", 95, 20, 60, 30, 90.0, 1),
             Word("ngày", 10, 60, 40, 20, 88.0, 2), Word("l6", 55, 60, 20, 20, 40.0, 2))
    text, fixed = correct_page("QUYÉT ĐỊNH\n\nngày l6", words)
    assert text == "QUYẾT ĐỊNH\n\nngày 16"
    assert [w.text for w in fixed] == ["QUYẾT", "ĐỊNH", "ngày", "16"]
    assert [(w.left, w.top, w.confidence) for w in fixed] == [
        (w.left, w.top, w.confidence) for w in words]


def test_garbage_score_tells_a_garbled_page_from_vietnamese() -> None:
    good = ["QUYẾT", "ĐỊNH", "Về", "việc", "ban", "hành", "Quy", "chế", "Số:", "115/QĐ-UBND", "ngày", "05/03/2020"]
    garbled = ['Só', '1548/202VXNCT', '(#E"220004"', 'ngàỳ', 'l2', 'thág', '3', 'nă', '2O24', 'Ubnđ']
    assert garbage_score(good) == 0.0
    assert garbage_score(garbled) > 0.4
    assert garbage_score([]) == 0.0


def test_correctly_read_pages_come_through_unchanged() -> None:
    """Post-correction of the true text of generated pages (old templates and the office
    pages, whose wording the lexicon was not built from) changes no word."""
    import random

    from hoso.synth.corpus import page_lines
    from hoso.synth.fonts import find_family
    from hoso.synth.office_layout import lay_out
    from hoso.synth.office_text import draw_office_document

    lines = [line.lstrip("#=^> ") for seed in range(20) for line in page_lines(seed)]
    family = find_family("Tinos")
    for seed in range(8):
        doc = draw_office_document(random.Random(seed))
        lines += lay_out(doc, family, blanks=frozenset()).text.splitlines()
    assert [correct_line(line) for line in lines] == lines


def test_english_words_of_a_bilingual_card_are_neither_garbage_nor_mended() -> None:
    line = "Họ và tên / Full name: ĐỖ HOÀI NGA Ngày sinh / Date of birth: 14/02/1961"
    assert garbage_score(line.split(" ")) == 0.0
    assert correct_line(line) == line
    # An unmarked word that is Vietnamese with its marks lost is garbage, and is mended.
    assert garbage_score(["QUYET", "ĐỊNH"]) == 0.5
