"""`hoso ocr` prints what the pipeline reads, page by page, and leaves the archive alone."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from click.testing import CliRunner
from PIL import Image

from hoso.api.cli.main import cli
from hoso.synth.degrade import degrade
from hoso.synth.render import render_page

LINES = ["# GIẤY ỦY QUYỀN", "Người được ủy quyền: Đặng Hữu Nghĩa, sinh năm 1979."]


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("HOSO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HOSO_WORKERS", "2")
    return CliRunner()


def test_image_text_is_printed(runner: CliRunner, tmp_path: Path) -> None:
    page = render_page(LINES, seed=1, dpi=200)
    path = tmp_path / "scan.jpg"
    cv2.imwrite(str(path), degrade(page.image, seed=1, rotate=180, skew=4.0, dpi_in=200))
    result = runner.invoke(cli, ["ocr", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Người được ủy quyền: Đặng Hữu Nghĩa" in result.output
    assert not (tmp_path / "home").exists()


def test_pdf_pages_are_separated_by_form_feeds_and_json_has_the_pose(
        runner: CliRunner, tmp_path: Path) -> None:
    first = render_page(LINES, seed=2, dpi=150).image
    second = render_page(["# BIÊN BẢN XÁC MINH NƠI CƯ TRÚ"], seed=3, dpi=150).image
    images = [Image.fromarray(cv2.cvtColor(i, cv2.COLOR_BGR2RGB)) for i in (first, second)]
    pdf = tmp_path / "hs.pdf"
    images[0].save(pdf, save_all=True, append_images=[images[1].rotate(90, expand=True)],
                   resolution=150)
    text = runner.invoke(cli, ["ocr", str(pdf)], catch_exceptions=False).output
    assert text.count("\f") == 1 and "XÁC MINH" in text.split("\f")[1]
    result = runner.invoke(cli, ["ocr", "--json", str(pdf)], catch_exceptions=False)
    pages = json.loads(result.output)
    assert [p["page"] for p in pages] == [1, 2]
    assert pages[1]["orientation"] == 90 and "confidence" in pages[0]


def test_unreadable_file_exits_with_the_input_error_code(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from hoso.api.cli.main import main

    monkeypatch.setenv("HOSO_HOME", str(tmp_path / "home"))
    bad = tmp_path / "note.txt"
    bad.write_text("không phải ảnh")
    with pytest.raises(SystemExit) as exit_info:
        main(["ocr", str(bad)])
    assert exit_info.value.code == 65


def test_page_warnings_go_to_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOSO_HOME", str(tmp_path / "home"))
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((1169, 827), 255, np.uint8))
    result = CliRunner().invoke(cli, ["ocr", str(blank)],
                                catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout.strip() == ""
    assert "blank.png page 1: Trang trắng" in result.stderr
    listed = CliRunner().invoke(cli, ["ocr", "--json", str(blank)], catch_exceptions=False)
    warning = json.loads(listed.stdout)[0]["warnings"][0]
    assert warning["kind"] == "blank" and warning["message"].startswith("Trang trắng")
