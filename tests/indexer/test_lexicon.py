"""The synonym list (indexer/synonyms.json) and how a query is expanded with it."""

from __future__ import annotations

import json
from importlib import resources

from hoso.doctypes import is_doc_type
from hoso.indexer.lexicon import lexicon, phrase_words
from hoso.indexer.query import parse_query


def _groups() -> list[dict[str, object]]:
    text = resources.files("hoso.indexer").joinpath("synonyms.json").read_text("utf-8")
    return json.loads(text)["groups"]


def test_the_list_ships_with_the_package_and_holds_officers_words() -> None:
    groups = _groups()
    assert len(groups) >= 40
    for words in ("CCCD", "CMND", "sổ đỏ", "sổ hồng", "GCN QSDĐ", "HĐ", "QĐ", "GKS", "UBND"):
        assert lexicon().lookup(phrase_words(words)) is not None, words


def test_each_phrasing_belongs_to_one_group_and_types_are_registered() -> None:
    seen: dict[tuple[str, ...], int] = {}
    for number, group in enumerate(_groups()):
        phrasings = group["phrasings"]
        assert isinstance(phrasings, list) and len(phrasings) >= 2, group
        assert group.get("doc_type", "") == "" or is_doc_type(str(group["doc_type"])), group
        for phrasing in phrasings:
            words = phrase_words(phrasing)
            assert words, phrasing
            assert seen.setdefault(words, number) == number, f"{phrasing} is in two groups"


def test_the_longest_known_phrase_wins_and_names_its_document_type() -> None:
    [land, name] = parse_query("so do Ngo").required
    assert land.folded == ("so", "do") and land.doc_type == "giay_chung_nhan_qsdd"
    assert ("giay", "chung", "nhan", "quyen", "su", "dung", "dat") in land.synonyms
    assert name.folded == ("ngo",) and not name.synonyms
    [contract] = parse_query("hop dong chuyen nhuong").required
    assert contract.doc_type == "hop_dong" and ("hdcn",) in contract.synonyms


def test_registry_names_name_their_document_type() -> None:
    assert parse_query("to khai Pham").doc_types == ("to_khai",)
    assert parse_query("bien ban ban giao").doc_types == ("bien_ban",)


def test_quoted_and_excluded_words_are_not_expanded() -> None:
    parsed = parse_query('"so do" -CCCD')
    assert [t.synonyms for t in parsed.required] == [()]
    assert [t.synonyms for t in parsed.excluded] == [()]


def test_three_to_ten_terms_tolerate_one_missing() -> None:
    assert parse_query("nguyen anh").must_match == 2
    assert parse_query("nguyen thi anh").must_match == 2
    assert parse_query(" ".join(f"w{i}" for i in range(11))).must_match == 11
