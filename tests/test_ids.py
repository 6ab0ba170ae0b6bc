"""File, page and document ids: written exactly as the catalog and index store them, read back,
and refused with a clear message when malformed."""

from __future__ import annotations

import pytest

from hoso.errors import InvalidValue
from hoso.ids import DocumentId, FileId, PageId, check_dossier_code

CODE = "000.00.19.H12-241202-0001"


def test_ids_are_written_as_the_catalog_stores_them() -> None:
    file = FileId(CODE, 1)
    assert str(file) == f"{CODE}/f01"
    assert str(file.page(3)) == f"{CODE}/f01/p003"
    assert str(file.document(2)) == f"{CODE}/f01/d02"
    assert str(FileId(CODE, 123).page(1234)) == f"{CODE}/f123/p1234"


@pytest.mark.parametrize("made", [
    FileId(CODE, 1), FileId("HS-1", 17), FileId(CODE, 2).page(1), FileId(CODE, 9).page(500),
    FileId(CODE, 1).document(1), FileId("x", 12).document(34),
], ids=str)
def test_an_id_read_back_is_the_same_id(made: FileId | PageId | DocumentId) -> None:
    assert type(made).parse(str(made)) == made


def test_the_parts_of_an_id_are_named() -> None:
    page = PageId.parse(f"{CODE}/f02/p007")
    assert (page.dossier, page.file.number, page.number) == (CODE, 2, 7)
    assert page.file == FileId.parse(f"{CODE}/f02")
    assert page.relative == "f02/p007"
    document = DocumentId.parse(f"{CODE}/f02/d03")
    assert str(document.file) == f"{CODE}/f02" and document.relative == "f02/d03"


@pytest.mark.parametrize(("parse", "text"), [
    (FileId.parse, ""),
    (FileId.parse, CODE),
    (FileId.parse, f"{CODE}/f01/p001"),
    (FileId.parse, f"{CODE}/g01"),
    (FileId.parse, "/f01"),
    (PageId.parse, f"{CODE}/f01"),
    (PageId.parse, f"{CODE}/f01/d01"),
    (PageId.parse, f"{CODE}/f01/pxyz"),
    (PageId.parse, f"a/{CODE}/f01/p001"),
    (DocumentId.parse, f"{CODE}/f01/p001"),
    (DocumentId.parse, f"{CODE}/f01/d01/"),
])
def test_a_malformed_id_is_refused_saying_what_an_id_looks_like(parse: object,
                                                               text: str) -> None:
    with pytest.raises(InvalidValue, match="is not a .* id") as caught:
        parse(text)  # type: ignore[operator]
    assert "DOSSIER/f01" in str(caught.value)


@pytest.mark.parametrize(("parse", "text"), [
    (FileId.parse, f"{CODE}/f1"),
    (PageId.parse, f"{CODE}/f01/p3"),
    (PageId.parse, f"{CODE}/f01/p0003"),
    (DocumentId.parse, f"{CODE}/f001/d01"),
])
def test_an_id_not_written_as_hoso_writes_it_names_no_row_and_is_refused(parse: object,
                                                                          text: str) -> None:
    with pytest.raises(InvalidValue, match="as hoso writes them"):
        parse(text)  # type: ignore[operator]


@pytest.mark.parametrize("make", [
    lambda: FileId(CODE, 0), lambda: FileId(CODE, 1).page(0),
    lambda: FileId(CODE, 1).document(-1), lambda: PageId.parse(f"{CODE}/f00/p001"),
])
def test_numbers_count_from_one(make: object) -> None:
    with pytest.raises(InvalidValue, match="counts from 1"):
        make()  # type: ignore[operator]


@pytest.mark.parametrize("dossier", ["", "a/b"])
def test_a_dossier_code_cannot_break_the_id_apart(dossier: str) -> None:
    with pytest.raises(InvalidValue, match="dossier code"):
        FileId(dossier, 1)


@pytest.mark.parametrize("code", [CODE, "HS-1", "x", "_nhap", "A" * 64, "2024_12.HS-01"])
def test_real_dossier_codes_are_accepted(code: str) -> None:
    assert check_dossier_code(code) == code


@pytest.mark.parametrize("code", [
    "", "../../escape", "..", ".hidden", "-rf", "A" * 65, "A" * 500, "HS 1", 'HS"1', "HS'1",
    "HS/1", "HS\\1", "HS-1\n", "Hồ-sơ-1", "HS\x001",
], ids=repr)
def test_other_codes_are_refused_naming_the_code_and_the_rule(code: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        check_dossier_code(code)
    assert repr(code[:80])[:-1] in str(caught.value)
    assert "1-64 letters" in str(caught.value) and caught.value.exit_code == 64
