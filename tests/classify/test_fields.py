"""Field readers on text as OCR gives it: normalised, validated, located."""

from __future__ import annotations

from hoso.classify import read_fields
from hoso.records import OcrPage, Word


def page(text: str, words: tuple[Word, ...] = ()) -> OcrPage:
    return OcrPage(text=text, words=words, confidence=90.0, orientation=0, skew=0.0,
                   width=2480, height=3508, dpi=300)


def values(text: str) -> set[tuple[str, str]]:
    return {(f.name, f.value) for f in read_fields([page(text)])}


def test_an_application_gives_its_person_and_dates_normalised() -> None:
    found = values(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "ĐƠN XIN XÁC NHẬN\n"
        "Tôi tên là: NGUYỄN VĂN AN\n"
        "Sinh ngày: 5 tháng 3 năm 1985\n"
        "Số CCCD: 001085012345    Ngày cấp: 12/05/2021\n"
        "Hà Nội, ngày 10 tháng 8 năm 2022\n")
    assert found == {
        ("name", "Nguyễn Văn An"), ("birth_date", "1985-03-05"),
        ("id_number", "001085012345"), ("id_issue_date", "2021-05-12"),
        ("issue_date", "2022-08-10"),
    }


def test_a_decision_gives_its_number_authority_and_date_not_those_it_cites() -> None:
    found = values(
        "ỦY BAN NHÂN DÂN\nQUẬN BA ĐÌNH\nSố: 45/2022/QĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Ba Đình, ngày 03 tháng 09 năm 2022\nQUYẾT ĐỊNH\n"
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;\n"
        "Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 10/08/2020;\n"
        "Điều 1. Công nhận quyền sử dụng thửa đất số 125, tờ bản đồ số 12.\n")
    assert found == {
        ("authority", "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH"), ("doc_number", "45/2022/QĐ-UBND"),
        ("issue_date", "2022-09-03"), ("land_parcel", "125"), ("map_sheet", "12"),
    }


def test_impossible_values_are_rejected() -> None:
    found = values(
        "Ngày sinh: 31/02/1990\n"              # no 31 February
        "Số CCCD: 00108501234\n"               # 11 digits
        "Số CCCD: 999085012345\n"              # no province 999
        "Số điện thoại: 091234567\n"           # a phone number, not a CMND
        "Mã số thuế: 0100233480\n"             # wrong check digit
        "Mã số thuế: 0100233488\n")
    assert found == {("tax_code", "0100233488")}


def test_ocr_letters_in_an_id_number_are_read_as_digits() -> None:
    assert ("id_number", "079095012345") in values("Số CCCD: O79O95012345")


def test_a_field_keeps_the_page_and_box_it_came_from() -> None:
    words = (Word("Mã", 100, 500, 60, 40, 95, 1), Word("số", 170, 500, 50, 40, 95, 1),
             Word("thuế:", 230, 500, 90, 40, 95, 1), Word("0100233488", 340, 498, 260, 44, 93, 1))
    first = page("ĐƠN ĐỀ NGHỊ\nKính gửi: Ủy ban nhân dân")
    second = page("Mã số thuế: 0100233488", words)
    (field,) = [f for f in read_fields([first, second]) if f.name == "tax_code"]
    assert (field.page_no, field.box, field.raw) == (2, (340, 498, 260, 44), "0100233488")
