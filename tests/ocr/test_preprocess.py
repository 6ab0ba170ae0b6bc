"""Preprocessing steps on their own: pose found within tolerance, seal ink removed, text kept."""

from __future__ import annotations

import numpy as np
import pytest

from hoso.ocr.pose import WORK_DPI, find_pose
from hoso.ocr.preprocess import (
    downscale,
    normalise_background,
    remove_colour_ink,
    rotate_by,
    turn_upright,
)
from hoso.synth.corpus import page_lines
from hoso.synth.degrade import degrade
from hoso.synth.render import RenderedPage, render_page


@pytest.fixture(scope="module")
def page() -> RenderedPage:
    return render_page(page_lines(21), seed=21, dpi=200, seal=True, signature=True)


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("skew", [-15.0, -7.3, -0.8, 0.0, 2.35, 11.6, 15.0])
def test_orientation_and_skew_are_found(page: RenderedPage, rotate: int, skew: float) -> None:
    captured = degrade(page.image, seed=rotate, rotate=rotate, skew=skew, dpi_in=200,
                       noise=6.0, lighting=0.3)
    grey = normalise_background(remove_colour_ink(captured), 200)
    pose = find_pose(downscale(grey, 200, WORK_DPI))
    assert pose.orientation == (360 - rotate) % 360
    assert abs(pose.skew - skew) <= 0.3


def test_levelled_page_has_level_lines(page: RenderedPage) -> None:
    captured = degrade(page.image, seed=1, rotate=90, skew=8.0, dpi_in=200)
    grey = normalise_background(remove_colour_ink(captured), 200)
    pose = find_pose(downscale(grey, 200, WORK_DPI))
    levelled = rotate_by(turn_upright(grey, pose.orientation), -pose.skew)
    again = find_pose(downscale(levelled, 200, WORK_DPI))
    assert again.orientation == 0 and abs(again.skew) <= 0.1


def test_seal_and_signature_ink_go_and_black_text_under_them_stays(page: RenderedPage) -> None:
    grey = remove_colour_ink(page.image)
    b, g, r = (page.image[:, :, i].astype(int) for i in range(3))
    seal_only = (r - g > 100) & (r > 150)
    signature_only = (b - r > 100) & (b > 120)
    black = page.image.max(axis=2) < 60
    left, top, width, height = page.seal_box or (0, 0, 0, 0)
    in_seal = np.zeros_like(black)
    in_seal[top : top + height, left : left + width] = True
    assert np.count_nonzero(black & in_seal) > 500  # text does lie under the seal
    assert np.median(grey[seal_only]) >= 240 and np.median(grey[signature_only]) >= 230
    assert np.percentile(grey[black & in_seal], 90) <= 60


def test_uneven_light_is_flattened() -> None:
    white = np.full((800, 600, 3), 255, np.uint8)
    shaded = degrade(white, seed=3, lighting=0.45, photocopy=True)
    flat = normalise_background(remove_colour_ink(shaded), 100)
    assert np.percentile(shaded, 1) < 150 and np.percentile(flat, 1) >= 235  # specks aside
