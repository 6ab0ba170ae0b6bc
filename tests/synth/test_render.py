"""Generated pages look like intake papers and carry exact ground truth."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest

from hoso.synth.corpus import page_lines
from hoso.synth.degrade import degrade, degrade_random
from hoso.synth.fonts import available_families
from hoso.synth.render import render_page


def _red(image: np.ndarray) -> int:
    b, g, r = (image[:, :, i].astype(int) for i in range(3))
    return int(np.count_nonzero((r - g > 80) & (r - b > 80)))


def _blue(image: np.ndarray) -> int:
    b, g, r = (image[:, :, i].astype(int) for i in range(3))
    return int(np.count_nonzero((b - r > 80) & (b - g > 40)))


def test_page_is_a4_at_the_dpi_and_text_is_nfc_with_tone_marks() -> None:
    page = render_page(page_lines(1), seed=1, dpi=150)
    assert page.image.shape == (1754, 1240, 3) and page.image.dtype == np.uint8
    assert page.text == unicodedata.normalize("NFC", page.text)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page.text.splitlines()[0]
    assert "# " not in page.text and "> " not in page.text


def test_several_fonts_with_vietnamese_glyphs_are_found() -> None:
    names = {f.name for f in available_families()}
    assert len(names) >= 2
    assert not any("Liberation" in n for n in names)


@pytest.mark.parametrize("font", [f.name for f in available_families()])
def test_each_font_renders(font: str) -> None:
    page = render_page(["# GIẤY ỦY QUYỀN", "Người được ủy quyền: Đặng Hữu Nghĩa"], seed=2,
                       dpi=100, font=font)
    assert page.font == font
    assert (page.image < 128).any()


def test_seal_is_red_and_signature_is_blue() -> None:
    plain = render_page(page_lines(4), seed=4, dpi=100)
    marked = render_page(page_lines(4), seed=4, dpi=100, seal=True, signature=True)
    assert _red(plain.image) == 0 and _blue(plain.image) == 0
    assert _red(marked.image) > 500 and _blue(marked.image) > 100
    assert marked.seal_box is not None


def test_long_lines_wrap_and_ground_truth_follows() -> None:
    long = "Căn cứ " + "quy định của pháp luật về hộ tịch " * 6
    page = render_page([long], seed=5, dpi=100)
    assert len(page.text.splitlines()) >= 3
    assert " ".join(page.text.split()) == " ".join(long.split())


def test_degrade_turns_and_resamples() -> None:
    page = render_page(page_lines(6), seed=6, dpi=100)
    turned = degrade(page.image, seed=1, rotate=90, dpi_in=100, dpi_out=50)
    height, width = page.image.shape[:2]
    assert abs(turned.shape[0] - width / 2) <= 1 and abs(turned.shape[1] - height / 2) <= 1
    hard = degrade_random(page.image, seed=3, dpi_in=100)
    again = degrade_random(page.image, seed=3, dpi_in=100)
    assert hard.params == again.params and np.array_equal(hard.image, again.image)
