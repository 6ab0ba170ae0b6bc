"""The OCR settings the edge reads: post-correction switch, garbage limit, tesseract models."""

from __future__ import annotations

from pathlib import Path

import pytest

from hoso.errors import ConfigError, ToolMissing
from hoso.ocr.tesseract import require_languages
from hoso.settings import Settings


def test_defaults_correct_and_judge_garbage_with_the_installed_models() -> None:
    ocr = Settings.from_env({}).ocr
    assert ocr.postcorrect and 0 < ocr.garbage_limit < 1 and ocr.tessdata is None


def test_post_correction_can_be_switched_off_to_measure_tesseract_alone(tmp_path: Path) -> None:
    ocr = Settings.from_env({"HOSO_OCR_POSTCORRECT": "0", "HOSO_GARBAGE_LIMIT": "0.2",
                             "HOSO_TESSDATA": str(tmp_path)}).ocr
    assert not ocr.postcorrect and ocr.garbage_limit == 0.2
    assert ocr.tessdata == str(tmp_path.resolve())


@pytest.mark.parametrize(("name", "value"), [("HOSO_OCR_POSTCORRECT", "maybe"),
                                             ("HOSO_TESSDATA", "/no/such/folder")])
def test_a_bad_value_is_refused_naming_the_setting(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})


def test_a_models_folder_without_vie_is_named_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(ToolMissing, match=str(tmp_path)):
        require_languages("vie", str(tmp_path))
