"""The search index contract: what every backend (conftest.BACKENDS) must do alike."""

from __future__ import annotations

from datetime import date, datetime

from indexer_pages import VIETNAM, page

from hoso.indexer import SearchIndex
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START, Field, SearchQuery, SearchResults


def ids(results: SearchResults) -> list[str]:
    return [hit.page_id for hit in results.hits]


def find(index: SearchIndex, text: str = "", **filters: object) -> SearchResults:
    return index.search(SearchQuery(text=text, **filters))  # type: ignore[arg-type]


def facet(results: SearchResults, name: str) -> dict[str, int]:
    return dict(next(f.counts for f in results.facets if f.name == name))


def test_query_without_diacritics_finds_text_with_them(index: SearchIndex) -> None:
    index.upsert([
        page("ks", "GIẤY KHAI SINH\nHọ và tên: Nguyễn Thị Ngọc Ánh"),
        page("kh", "TỜ KHAI ĐĂNG KÝ KẾT HÔN"),
        page("other", "Biên bản xác minh nơi cư trú"),
    ])  # fmt: skip
    assert ids(find(index, "giay khai sinh")) == ["ks"]
    assert ids(find(index, "dang ky")) == ["kh"]
    assert ids(find(index, "NGUYEN thi ngoc anh")) == ["ks"]


def test_query_with_tone_marks_ranks_exact_words_first(index: SearchIndex) -> None:
    index.upsert([
        page("none", "quyet dinh ve viec cap giay phep xay dung"),
        page("exact", "Quyết định về việc cấp giấy phép xây dựng"),
        page("half", "Quyết dinh về việc cấp giấy phép xây dựng"),
        page("unrelated", "Đơn đăng ký thường trú"),
    ])  # fmt: skip
    assert ids(find(index, "Quyết định")) == ["exact", "half", "none"]
    assert ids(find(index, "QUYẾT ĐỊNH"))[0] == "exact"
    assert sorted(ids(find(index, "quyet dinh"))) == ["exact", "half", "none"]


def test_every_word_must_match_and_quotes_make_a_phrase(index: SearchIndex) -> None:
    index.upsert([
        page("both", "Giấy chứng nhận kết hôn, bản sao"),
        page("one", "Giấy chứng nhận quyền sử dụng đất"),
        page("apart", "kết quả giải quyết hồ sơ hôn nhân"),
    ])  # fmt: skip
    assert ids(find(index, "giấy hôn")) == ["both"]
    # Three words or more tolerate one missing (an OCR misread); pages with all come first.
    assert ids(find(index, "giấy kết hôn")) == ["both", "apart"]
    assert sorted(ids(find(index, "ket hon"))) == ["apart", "both"]
    assert ids(find(index, '"ket hon"')) == ["both"]
    assert ids(find(index, "giay -hon")) == ["one"]
    assert ids(find(index, 'hon -"ket hon"')) == ["apart"]


def test_dossier_codes_and_numbers_are_searchable(index: SearchIndex) -> None:
    index.upsert([
        page("receipt", "Mã hồ sơ: 000.00.19.H12-241202-0001. Số CCCD 001203004567"),
        page("other", "Mã hồ sơ: 000.00.19.H12-241202-0002"),
    ])  # fmt: skip
    assert ids(find(index, "000.00.19.H12-241202-0001")) == ["receipt"]
    assert ids(find(index, "001203004567")) == ["receipt"]


def test_snippet_highlights_the_matched_words_of_the_original(index: SearchIndex) -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐƠN ĐĂNG KÝ THƯỜNG TRÚ"
    )
    index.upsert([page("p", text)])
    [hit] = find(index, "dang ky thuong tru").hits
    assert f"{HIGHLIGHT_START}ĐĂNG KÝ THƯỜNG TRÚ{HIGHLIGHT_END}" in hit.snippet
    assert hit.snippet.count(HIGHLIGHT_START) == 1
    assert hit.snippet_with("<mark>", "</mark>").endswith("<mark>ĐĂNG KÝ THƯỜNG TRÚ</mark>")


def test_hits_carry_the_page_metadata(index: SearchIndex) -> None:
    received = datetime(2024, 12, 2, 9, 30, tzinfo=VIETNAM)
    index.upsert(
        [page("p", "Giấy ủy quyền", page_no=3, doc_type="giay_uy_quyen", received=received)]
    )
    [hit] = find(index, "uy quyen").hits
    assert (hit.page_id, hit.page_no, hit.doc_type) == ("p", 3, "giay_uy_quyen")
    assert hit.dossier_code == "000.00.19.H12-241202-0001"
    assert hit.document_id == "000.00.19.H12-241202-0001/doc-p"
    assert hit.procedure == "1.004227" and hit.desk == "Bộ phận một cửa phường Bến Nghé"
    assert hit.received_at == received
    assert hit.score > 0


def test_filters_narrow_the_matches(index: SearchIndex) -> None:
    index.upsert([
        page("a", "hồ sơ", doc_type="giay_khai_sinh", procedure="1.001193", desk="Phường 1"),
        page("b", "hồ sơ", doc_type="giay_khai_sinh", procedure="1.004227", desk="Phường 2"),
        page("c", "hồ sơ", doc_type="to_khai", procedure="1.004227", desk="Phường 2"),
    ])  # fmt: skip
    assert sorted(ids(find(index, "ho so", doc_type="giay_khai_sinh"))) == ["a", "b"]
    assert ids(find(index, "ho so", procedure="1.004227", doc_type="to_khai")) == ["c"]
    assert sorted(ids(find(index, "", desk="Phường 2"))) == ["b", "c"]
    assert ids(find(index, "ho so", doc_type="khac")) == []


def test_date_range_is_inclusive_by_the_day_at_the_desk(index: SearchIndex) -> None:
    index.upsert([
        page("nov", "hồ sơ", received=datetime(2024, 11, 30, 23, 59, tzinfo=VIETNAM)),
        page("dec-first", "hồ sơ", received=datetime(2024, 12, 1, 0, 5, tzinfo=VIETNAM)),
        page("dec-last", "hồ sơ", received=datetime(2024, 12, 31, 23, 55, tzinfo=VIETNAM)),
        page("jan", "hồ sơ", received=datetime(2025, 1, 1, 6, 0, tzinfo=VIETNAM)),
        page("undated", "hồ sơ", received=None),
    ])  # fmt: skip
    december = {"date_from": date(2024, 12, 1), "date_to": date(2024, 12, 31)}
    assert sorted(ids(find(index, "ho so", **december))) == ["dec-first", "dec-last"]
    assert sorted(ids(find(index, "", date_from=date(2024, 12, 31)))) == ["dec-last", "jan"]
    assert sorted(ids(find(index, "", date_to=date(2024, 11, 30)))) == ["nov"]


def test_fields_match_exactly(index: SearchIndex) -> None:
    index.upsert([
        page("id", "căn cước", fields=(Field("id_number", "001203004567"),)),
        page("other", "căn cước", fields=(Field("id_number", "001203004568"),)),
    ])  # fmt: skip
    by_id = find(index, "", fields=(("id_number", "001203004567"),))
    assert ids(by_id) == ["id"]
    assert ids(find(index, "can cuoc", fields=(("id_number", "00120300456"),))) == []
    assert len(find(index, "", fields=(("applicant_id", "001187004512"),)).hits) == 2


def test_empty_text_lists_pages_newest_first(index: SearchIndex) -> None:
    index.upsert([
        page(f"p{day}", f"trang {day}", received=datetime(2024, 12, day, 8, tzinfo=VIETNAM))
        for day in (3, 1, 2)
    ])  # fmt: skip
    assert ids(find(index)) == ["p3", "p2", "p1"]
    assert ids(index.search(SearchQuery(limit=1, offset=1))) == ["p2"]


def test_facets_count_every_match_not_only_the_page_shown(index: SearchIndex) -> None:
    index.upsert([
        page("a", "hồ sơ", doc_type="to_khai", received=datetime(2024, 12, 2, tzinfo=VIETNAM)),
        page("b", "hồ sơ", doc_type="to_khai", received=datetime(2025, 1, 2, tzinfo=VIETNAM)),
        page("c", "hồ sơ", doc_type="quyet_dinh", desk="Phường 2", procedure="2.0"),
        page("d", "không liên quan", doc_type="quyet_dinh"),
    ])  # fmt: skip
    results = index.search(SearchQuery(text="ho so", limit=1))
    assert results.total == 3 and len(results.hits) == 1
    assert facet(results, "doc_type") == {"to_khai": 2, "quyet_dinh": 1}
    assert list(facet(results, "doc_type")) == ["to_khai", "quyet_dinh"]
    assert facet(results, "desk") == {"Bộ phận một cửa phường Bến Nghé": 2, "Phường 2": 1}
    assert facet(results, "procedure") == {"1.004227": 2, "2.0": 1}
    assert facet(results, "month") == {"2025-01": 1, "2024-12": 2}
    assert [f.name for f in results.facets] == ["doc_type", "procedure", "desk", "month"]


def test_upsert_is_idempotent_and_replaces_a_page(index: SearchIndex) -> None:
    pages = [page("p1", "Giấy khai sinh"), page("p2", "Giấy khai sinh", page_no=2)]
    index.upsert(pages)
    index.upsert(pages)
    assert index.count() == 2
    assert find(index, "khai sinh").total == 2
    index.upsert([page("p1", "Tờ khai kết hôn", fields=(Field("id_number", "1"),))])
    assert index.count() == 2
    assert ids(find(index, "khai sinh")) == ["p2"]
    assert ids(find(index, "ket hon", fields=(("id_number", "1"),))) == ["p1"]


def test_delete_dossier_removes_only_its_pages(index: SearchIndex) -> None:
    index.upsert([
        page("a1", "hồ sơ A", dossier="A"), page("a2", "hồ sơ A", dossier="A"),
        page("b1", "hồ sơ B", dossier="B", fields=(Field("id_number", "9"),)),
    ])  # fmt: skip
    index.delete_dossier("A")
    index.delete_dossier("no-such-dossier")
    assert index.count() == 1
    assert ids(find(index, "ho so")) == ["b1"]
    index.delete_dossier("B")
    assert find(index, "", fields=(("id_number", "9"),)).total == 0


def test_clear_empties_the_index(index: SearchIndex) -> None:
    index.upsert([page("a", "một"), page("b", "hai")])
    index.clear()
    assert index.count() == 0
    assert find(index).total == 0
    index.upsert([page("a", "một")])
    assert ids(find(index, "mot")) == ["a"]


HOSTILE = ['"', 'giấy "khai', "*", "giay*", "-", "--giay", "NEAR(giay khai)", "()", "(giay",
           "giay OR khai", "giay AND NOT khai", "folded:giay", "exact : x", "{folded}: giay",
           "^giay", "'; DROP TABLE pages; --", "\\", "giay\x00khai", "a" * 5000,
           "/giay/", "giay~2", "title:(a OR b)", "[giay TO khai]", "?", "+giay +khai"]  # fmt: skip


def test_hostile_queries_do_not_break_the_search(index: SearchIndex) -> None:
    index.upsert([page("p", "Giấy khai sinh, bản sao")])
    for text in HOSTILE:
        results = find(index, text)
        assert results.total == len(results.hits) <= 1, text
    assert index.count() == 1


def test_operators_are_words(index: SearchIndex) -> None:
    index.upsert([page("p", "Giấy khai sinh"), page("q", "near or and not")])
    assert ids(find(index, "NEAR(giay")) == []
    assert ids(find(index, "giay OR")) == []
    assert ids(find(index, "NOT OR")) == ["q"]
    assert ids(find(index, "giay* (khai)")) == ["p"]
