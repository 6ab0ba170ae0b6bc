"""The OCR engine seam: an engine named by a setting, and what each way of failing becomes."""

from __future__ import annotations

import io
import time
from pathlib import Path

import numpy as np
import pytest
from engines import CrashingEngine, HangingEngine, NonsenseEngine, SilentEngine
from pypdf import PdfReader

from hoso.errors import ConfigError, ToolCrashed, ToolMissing, ToolTimeout
from hoso.ocr import OcrSettings, read_page
from hoso.ocr.engine import EngineRequest, open_engine
from hoso.ocr.tesseract import TesseractEngine
from hoso.ocr.tools import run_tool
from hoso.page_warnings import WarningKind
from hoso.records import PageImage
from hoso.settings import Settings
from hoso.synth.render import RenderedPage
from hoso.workers.context import build_context

SETTINGS = OcrSettings()


def test_the_engine_is_named_by_a_setting_and_opened_with_the_context(tmp_path: Path) -> None:
    assert Settings.from_env({}).ocr_engine == "tesseract"
    assert isinstance(open_engine("tesseract"), TesseractEngine)
    settings = Settings.from_env({"HOSO_HOME": str(tmp_path),
                                  "HOSO_OCR_ENGINE": "engines:NonsenseEngine"})
    ctx = build_context(settings)
    try:
        assert isinstance(ctx.engine, NonsenseEngine)
    finally:
        ctx.close()


@pytest.mark.parametrize("name", ["tesserakt", "engines:NoSuchEngine", "no_such_module:Engine",
                                  "os:getcwd"])
def test_an_engine_that_cannot_be_opened_is_a_configuration_error(name: str) -> None:
    with pytest.raises(ConfigError, match="OCR engine") as info:
        open_engine(name)
    assert info.value.exit_code == 78


def test_a_killed_program_is_a_crash_worth_another_try() -> None:
    with pytest.raises(ToolCrashed, match="hs/a.pdf page 2: sh was killed by SIGKILL") as info:
        run_tool(["sh", "-c", "kill -KILL $$"], timeout_s=30, what="hs/a.pdf page 2")
    assert info.value.retryable


def test_a_program_past_its_time_limit_is_stopped_then_and_not_worth_another_try() -> None:
    started = time.monotonic()
    with pytest.raises(ToolTimeout, match="page 1: sleep took longer than 0.5 s") as info:
        run_tool(["sleep", "60"], timeout_s=0.5, what="page 1")
    assert time.monotonic() - started < 10
    assert not info.value.retryable
    assert "HOSO_OCR_TIMEOUT" in str(info.value)


def test_engine_failures_reach_the_reader_unchanged(sealed_page: RenderedPage) -> None:
    image = PageImage(sealed_page.image, 300)
    with pytest.raises(ToolCrashed, match="hs/1.pdf page 1"):
        read_page(image, SETTINGS, engine=CrashingEngine(), name="hs/1.pdf page 1")
    fast = OcrSettings(timeout_s=0.5)
    with pytest.raises(ToolTimeout, match="hs/1.pdf page 1"):
        read_page(image, fast, engine=HangingEngine(), name="hs/1.pdf page 1")


def test_nonsense_is_kept_for_review_with_its_picture(sealed_page: RenderedPage) -> None:
    page = read_page(PageImage(sealed_page.image, 300), SETTINGS, engine=NonsenseEngine())
    assert page.words and page.confidence < SETTINGS.review_threshold
    assert page.needs_review
    assert any(w.kind is WarningKind.LOW_CONFIDENCE for w in page.warnings)
    pdf = PdfReader(io.BytesIO(page.pdf))
    assert len(pdf.pages) == 1 and pdf.pages[0].extract_text().strip() == ""
    assert "/HosoPage" in pdf.pages[0]["/Resources"]["/XObject"]  # the picture is kept


def test_an_engine_that_reads_nothing_gives_an_empty_page_for_review(
        sealed_page: RenderedPage) -> None:
    page = read_page(PageImage(sealed_page.image, 300), SETTINGS, engine=SilentEngine())
    assert page.text == "" and page.words == () and page.confidence == 0
    assert page.needs_review
    assert len(PdfReader(io.BytesIO(page.pdf)).pages) == 1


def test_missing_language_data_names_the_package_to_install() -> None:
    grey = np.full((200, 200), 255, np.uint8)
    request = EngineRequest(languages="vie+xyz_abc", psm=6, dpi=300, timeout_s=30)
    with pytest.raises(ToolMissing, match="no language data for xyz_abc") as info:
        TesseractEngine().recognise(grey, request)
    assert "apt-get install tesseract-ocr-xyz-abc" in str(info.value)
    assert info.value.exit_code == 69
