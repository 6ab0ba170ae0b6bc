"""Title first: the paper's title line outweighs wording learned from other issuers, and a
disagreement between them goes to an officer."""

from __future__ import annotations

import numpy as np

from hoso.classify import label_document
from hoso.classify.features import title_type
from hoso.classify.model import decide_from
from hoso.records import OcrPage, Word

DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 115/QĐ-TTg\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "CÔNG VĂN ĐẾN\nHà Nội, ngày 22 tháng 6 năm 2020\n"
    "QUYẾT ĐỊNH\nVề việc phê duyệt Đề án\nTHỦ TƯỚNG CHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
)


def test_the_title_is_found_under_a_received_stamp_and_names_the_type() -> None:
    assert title_type(DECISION) == "quyet_dinh"
    assert title_type(DECISION.replace("QUYẾT ĐỊNH\n", "NGHỊ QUYẾT\n")) == "nghi_quyet"
    assert title_type("TỜ KHAI ĐĂNG KÝ KHAI SINH\nHọ và tên: ...") is None  # names two
    # a stamped number read on the title's line (seen on a 1-bit office scan)
    assert title_type(DECISION.replace("QUYẾT ĐỊNH\n", "7515 NGHỊ QUYẾT\n")) == "nghi_quyet"


def test_a_model_that_disagrees_with_the_title_loses_and_the_paper_goes_to_review() -> None:
    labels = ("quyet_dinh", "cong_van", "khac")
    decision = decide_from(np.array([0.03, 0.03, 0.94]), labels, DECISION)
    assert decision.label == "quyet_dinh"
    assert decision.confidence == 0.03
    assert decision.title_conflict


def test_the_shipped_model_types_a_prime_ministers_decision_and_is_sure_of_it() -> None:
    label = label_document([OcrPage(text=DECISION + "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án.\n",
                                    words=(), confidence=90.0, orientation=0, skew=0.0,
                                    width=1654, height=2339, dpi=200)])
    assert label.doc_type == "quyet_dinh"


def test_an_unsure_handwritten_number_sends_the_document_to_review() -> None:
    words = (
        Word("Số:", 300, 300, 60, 40, 95.0, 1), Word("445/QĐ-TTg", 370, 300, 220, 40, 31.0, 1),
        Word("QUYẾT", 700, 500, 150, 45, 96.0, 2), Word("ĐỊNH", 860, 500, 120, 45, 96.0, 2),
        Word("Căn", 300, 600, 60, 40, 95.0, 3), Word("cứ", 370, 600, 40, 40, 95.0, 3),
        Word("Luật", 420, 600, 70, 40, 95.0, 3), Word("Đất", 500, 600, 60, 40, 95.0, 3),
        Word("đai;", 570, 600, 60, 40, 95.0, 3),
    )
    page = OcrPage(text="Số: 445/QĐ-TTg\nQUYẾT ĐỊNH\nCăn cứ Luật Đất đai;", words=words,
                   confidence=90.0, orientation=0, skew=0.0, width=1654, height=2339, dpi=200)
    label = label_document([page])
    number = next(f for f in label.fields if f.name == "doc_number")
    assert number.value == "445/QĐ-TTg" and number.confidence < 0.6
    assert label.needs_review
