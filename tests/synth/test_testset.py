"""Labelled test pages: every kind is reproducible and its ground truth is saved beside it."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

from hoso.synth.testset import KINDS, make_page, write_pages


def test_kinds_are_seeded_and_labelled() -> None:
    for kind in KINDS:
        first, again = make_page(kind, 3), make_page(kind, 3)
        assert np.array_equal(first.image, again.image) and first.text == again.text
        assert first.name == f"{kind}-0003"
    hard = make_page("hard", 3)
    assert hard.seal and 200 <= hard.dpi <= 300


def test_pages_are_written_with_ground_truth_and_parameters(tmp_path: Path) -> None:
    [path] = write_pages(tmp_path, ["rotation"], count=1, first_seed=4)
    page = make_page("rotation", 4)
    assert path.read_bytes() and cv2.imread(str(path)).shape == page.image.shape
    assert path.with_suffix(".gt.txt").read_text(encoding="utf-8") == page.text + "\n"
    meta = json.loads(path.with_suffix(".json").read_text())
    assert meta["kind"] == "rotation" and meta["rotate"] == page.params.rotate
