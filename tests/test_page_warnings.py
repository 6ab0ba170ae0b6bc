"""Page warnings: a kind with parameters, stored in a stable machine form, worded only at the
edge."""

from __future__ import annotations

import json

import pytest

from hoso.api.labels import warning_json, warning_text
from hoso.page_warnings import PageWarning, WarningKind

EVERY_KIND = [
    PageWarning.blank(),
    PageWarning.low_resolution(120, 150),
    PageWarning.blurred(),
    PageWarning.low_confidence(41.234, 60.0),
    PageWarning.garbled(0.3141, 0.12),
]


def test_every_kind_is_made_somewhere() -> None:
    assert {w.kind for w in EVERY_KIND} == set(WarningKind)


@pytest.mark.parametrize("warning", EVERY_KIND, ids=lambda w: w.kind.value)
def test_the_stored_form_reads_back_the_same_warning(warning: PageWarning) -> None:
    stored = json.loads(json.dumps(warning.to_json()))
    assert PageWarning.from_json(stored) == warning


def test_the_stored_form_carries_only_the_kinds_own_figures() -> None:
    assert PageWarning.blank().to_json() == {"kind": "blank"}
    assert PageWarning.low_resolution(120, 150).to_json() == {
        "kind": "low_resolution", "dpi": 120, "min_dpi": 150}
    assert PageWarning.low_confidence(41.234, 60.0).to_json() == {
        "kind": "low_confidence", "confidence": 41.23, "threshold": 60.0}


@pytest.mark.parametrize(("sentence", "warning"), [
    ("blank page", PageWarning.blank()),
    ("low resolution: 120 dpi (scan at 150 dpi or more)", PageWarning.low_resolution(120, 150)),
    ("blurred: the letters' edges are soft (rescan or refocus)", PageWarning.blurred()),
    ("low OCR confidence: 41 (review threshold 60)", PageWarning.low_confidence(41, 60)),
])
def test_sentences_stored_before_warnings_had_kinds_are_read(sentence: str,
                                                             warning: PageWarning) -> None:
    assert PageWarning.from_json(sentence) == warning


@pytest.mark.parametrize("stored", ["page on fire", {"kind": "smudged"}, {"dpi": 120}])
def test_something_else_is_refused_with_what_it_was(stored: object) -> None:
    with pytest.raises(ValueError, match="not a page warning"):
        PageWarning.from_json(stored)  # type: ignore[arg-type]


def test_operators_read_each_warning_in_vietnamese_with_its_figures() -> None:
    texts = [warning_text(w) for w in EVERY_KIND]
    assert texts == [
        "Trang trắng — kiểm tra có quét nhầm mặt sau không",
        "Độ phân giải thấp (120 dpi) — quét lại từ 150 dpi trở lên",
        "Ảnh mờ, nét chữ không rõ — quét lại hoặc chỉnh nét",
        "Nhận dạng chữ kém (điểm 41) — cần kiểm tra",
        "Chữ đọc được lộn xộn (31% số từ không phải tiếng Việt) — cần kiểm tra, nên quét lại",
    ]


def test_scripts_get_the_machine_form_and_the_message() -> None:
    assert warning_json(PageWarning.low_resolution(120, 150)) == {
        "kind": "low_resolution", "dpi": 120, "min_dpi": 150,
        "message": "Độ phân giải thấp (120 dpi) — quét lại từ 150 dpi trở lên"}
