"""Folding, query parsing and snippets: the text rules every backend shares."""

from __future__ import annotations

import unicodedata

import pytest

from hoso.indexer.folding import fold, has_diacritics, lowercase
from hoso.indexer.highlight import make_snippet
from hoso.indexer.query import MAX_TERMS, parse_query
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # ngang sắc huyền hỏi ngã nặng
VOWELS = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i", "o": "o", "ô": "o",
          "ơ": "o", "u": "u", "ư": "u", "y": "y"}  # fmt: skip


def marked(text: str) -> str:
    return text.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")


@pytest.mark.parametrize("vowel", sorted(VOWELS))
def test_every_vowel_with_every_tone_folds_to_its_plain_letter(vowel: str) -> None:
    for tone in TONES:
        letter = unicodedata.normalize("NFC", vowel + tone)
        assert fold(letter) == VOWELS[vowel]
        assert fold(letter.upper()) == VOWELS[vowel]


def test_words_fold_to_what_a_keyboard_without_accents_types() -> None:
    assert fold("Quyết định") == "quyet dinh"
    assert fold("ĐĂNG KÝ KẾT HÔN") == "dang ky ket hon"
    assert fold("Giấy khai sinh") == "giay khai sinh"
    assert fold("Ủy ban nhân dân phường Bến Nghé") == "uy ban nhan dan phuong ben nghe"
    assert fold("Số 123/2015/NĐ-CP") == "so 123/2015/nd-cp"


def test_fold_keeps_one_character_per_nfc_character() -> None:
    decomposed = unicodedata.normalize("NFD", "Nghị định số 123/2015/NĐ-CP, İstanbul 𝐀 ✓")
    nfc = unicodedata.normalize("NFC", decomposed)
    assert len(fold(decomposed)) == len(nfc)
    assert len(lowercase(decomposed)) == len(nfc)
    assert fold(decomposed) == fold(nfc)
    assert fold("İ") == "i"


def test_lowercase_keeps_the_diacritics() -> None:
    assert lowercase("QUYẾT ĐỊNH") == "quyết định"


def test_has_diacritics() -> None:
    assert has_diacritics("Quyết")
    assert has_diacritics("đi")
    assert not has_diacritics("QUYET dinh 123")


def test_query_words_phrases_and_exclusions() -> None:
    parsed = parse_query('Giấy "khai sinh" -"kết hôn" -bản 000.00.19.H12-241202-0001')
    assert [t.words for t in parsed.required] == [
        ("giấy",), ("khai", "sinh"), ("000", "00", "19", "h12", "241202", "0001"),
    ]  # fmt: skip
    assert [t.folded for t in parsed.excluded] == [("ket", "hon"), ("ban",)]
    assert parsed.required[0].has_diacritics and not parsed.required[1].has_diacritics


@pytest.mark.parametrize(
    "text", ['"', '"""', "*", "-", "--", "()", "NEAR(", "a*", '" OR "', "^", ":", "\x00", "  "]
)
def test_query_syntax_characters_are_never_operators(text: str) -> None:
    for term in parse_query(text).required + parse_query(text).excluded:
        assert all(word.isalnum() for word in term.words)


def test_long_queries_keep_their_first_terms() -> None:
    parsed = parse_query(" ".join(f"w{i}" for i in range(100)))
    assert len(parsed.required) == MAX_TERMS
    assert parsed.required[0].words == ("w0",)


def test_snippet_marks_the_original_words_not_the_folded_ones() -> None:
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỜ KHAI ĐĂNG KÝ KẾT HÔN\nKính gửi: UBND"
    snippet = make_snippet(text, parse_query("dang ky ket hon").required)
    assert "[ĐĂNG KÝ KẾT HÔN]" in marked(snippet)
    assert "\n" not in snippet


def test_snippet_marks_whole_words_only() -> None:
    snippet = make_snippet("Đăng ký tại Đà Nẵng, đăng ký lại", parse_query("dang").required)
    assert marked(snippet) == "[Đăng] ký tại Đà Nẵng, [đăng] ký lại"


def test_snippet_is_a_window_around_the_match_in_a_long_page() -> None:
    filler = "Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014. " * 20
    text = filler + "Số định danh cá nhân: 001187004512. " + filler
    snippet = marked(make_snippet(text, parse_query("dinh danh").required))
    assert "[định danh]" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 260
    assert snippet.replace("[", "").replace("]", "").strip("…") in " ".join(text.split())


def test_snippet_of_decomposed_text_marks_the_right_words() -> None:
    text = unicodedata.normalize("NFD", "Họ và tên: Trần Thị Hồng Nhung")
    snippet = marked(make_snippet(text, parse_query("hong nhung").required))
    assert snippet == "Họ và tên: Trần Thị [Hồng Nhung]"
