"""Relevance in officers' words, the same on every backend (conftest.BACKENDS): synonyms and
abbreviations, document symbols typed any way, a misread word tolerated, phrase and document
type ranked first, exact tone marks first."""

from __future__ import annotations

import pytest
from indexer_pages import page

from hoso.indexer import SearchIndex
from hoso.indexer.query import TOLERANT_BELOW
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery, SearchResults


def ids(results: SearchResults) -> list[str]:
    return [hit.page_id for hit in results.hits]


def find(index: SearchIndex, text: str) -> list[str]:
    return ids(index.search(SearchQuery(text=text)))


LAND = "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT\nNgười sử dụng đất: Ông Ngô Văn Quân\nThửa đất số: 591"
ID_CARD = "CĂN CƯỚC CÔNG DÂN\nSố: 022084057414\nHọ và tên: NGÔ VĂN QUÂN"
OLD_ID_CARD = "GIẤY CHỨNG MINH NHÂN DÂN\nSố: 031187004\nHọ tên: Lê Thị Hạnh"


@pytest.mark.parametrize(
    "query", ["so do Ngo Van Quan", "sổ hồng Ngô Văn Quân", "GCN QSDĐ ngo van quan"]
)
def test_everyday_names_of_the_land_certificate_find_it(index: SearchIndex, query: str) -> None:
    index.upsert([page("land", LAND), page("card", ID_CARD)])
    assert find(index, query)[0] == "land"


def test_abbreviations_find_the_words_in_full_and_the_other_way(index: SearchIndex) -> None:
    index.upsert([
        page("card", ID_CARD),
        page("old", OLD_ID_CARD),
        page("contract", "HĐ số 15/2024/HĐMB giữa bên bán và bên mua"),
        page("decision", "QUYẾT ĐỊNH về việc cấp giấy phép xây dựng\nỦY BAN NHÂN DÂN QUẬN 1"),
    ])  # fmt: skip
    assert find(index, "CCCD 022084057414") == ["card"]
    assert find(index, "cmnd le thi hanh") == ["old"]
    assert find(index, "chung minh nhan dan") == ["old"]
    assert find(index, "hop dong mua ban") == ["contract"]
    assert find(index, "QĐ cap phep xay dung") == ["decision"]
    assert find(index, "UBND quan 1") == ["decision"]


def test_a_synonym_found_is_highlighted(index: SearchIndex) -> None:
    index.upsert([page("card", ID_CARD)])
    [hit] = index.search(SearchQuery(text="CCCD")).hits
    assert hit.snippet.startswith(f"{HIGHLIGHT_START}CĂN CƯỚC CÔNG DÂN{HIGHLIGHT_END}")


@pytest.mark.parametrize(
    "query", ["12/2024/HĐTN", "12/2024/HDTN", "12 2024 hdtn", "12-2024-hđtn", "so 12/2024/hdtn"]
)
def test_document_symbols_match_however_typed(index: SearchIndex, query: str) -> None:
    index.upsert([
        page("symbol", "HỢP ĐỒNG THUÊ NHÀ\nSố: 12/2024/HĐTN"),
        page("other", "HỢP ĐỒNG THUÊ NHÀ\nSố: 13/2024/HĐTN"),
        page("year", "Quyết định số 12/2023/QĐ-UBND"),
    ])  # fmt: skip
    assert find(index, query)[0] == "symbol"


def test_one_misread_word_does_not_lose_the_page(index: SearchIndex) -> None:
    index.upsert([
        page("misread", "GIẤY KHAI SINH\nHọ và tên: NGUYỄN THỊ NGOC ÁRIH\nNơi sinh: Hà Nội"),
        page("all", "GIẤY KHAI SINH\nHọ và tên: Nguyễn Thị Ngọc Ánh"),
        page("two", "Hợp đồng: Nguyễn Văn Bình, Lê Thị Mai"),
    ])  # fmt: skip
    assert find(index, "giay khai sinh nguyen thi ngoc anh") == ["all", "misread"]
    # Two words must both be there: one alone would match half the archive.
    assert find(index, "nguyen anh") == ["all"]


def test_the_phrase_ranks_above_the_same_words_scattered(index: SearchIndex) -> None:
    index.upsert([
        page("scattered", "Tờ khai đăng ký đất đai, giấy tờ kèm theo; khai báo sinh sống; "
                          "giấy khai báo; sinh viên khai giảng"),
        page("phrase", "GIẤY KHAI SINH\nHọ và tên: Trần Văn An"),
    ])  # fmt: skip
    assert find(index, "giay khai sinh") == ["phrase", "scattered"]
    index.upsert([page("near", "Đăng ký thường trú: có. Nơi đăng ký: phường 1, thường trú tại đây"),
                  page("far", "Đăng ký " + "việc khác " * 20 + "thường trú")])  # fmt: skip
    assert find(index, "dang ky thuong tru")[:2] == ["near", "far"]


def test_the_document_type_the_query_names_ranks_first(index: SearchIndex) -> None:
    index.upsert([
        page("contract", "Bên A: Trần Văn Bình. Quyết định giao đất kèm theo.",
             doc_type="hop_dong"),
        page("decision", "Về việc giao đất cho ông Trần Văn Bình, quyết định này có hiệu lực.",
             doc_type="quyet_dinh"),
    ])  # fmt: skip
    assert find(index, "quyet dinh tran van binh") == ["decision", "contract"]
    assert find(index, "HĐ tran van binh")[0] == "contract"


def test_exact_tone_marks_rank_first_among_synonym_matches(index: SearchIndex) -> None:
    index.upsert([
        page("plain", "quyet dinh so 5 ve viec thu hoi dat"),
        page("exact", "Quyết định số 5 về việc thu hồi đất"),
        page("half", "Quyết dinh số 5 về việc thu hồi đất"),
    ])  # fmt: skip
    assert find(index, "Quyết định số 5") == ["exact", "half", "plain"]


def test_a_missing_word_is_tolerated_only_while_few_pages_hold_them_all(
    index: SearchIndex,
) -> None:
    # Pages holding every word rank first; with a first page's worth of them, pages missing
    # one could not be seen, and leaving them out keeps the search fast.
    index.upsert([page("misread", "Biên bản: Trần Văn Birih, Lê Thị Hoa")])
    held = range(TOLERANT_BELOW - 1)
    index.upsert([page(f"all{n}", f"Biên bản số {n}: Trần Văn Bình") for n in held])
    found = index.search(SearchQuery(text="bien ban tran van binh", limit=50))
    assert found.total == TOLERANT_BELOW and ids(found)[-1] == "misread"
    index.upsert([page("one more", "Biên bản: Trần Văn Bình")])
    found = index.search(SearchQuery(text="bien ban tran van binh", limit=50))
    assert found.total == TOLERANT_BELOW and "misread" not in ids(found)
