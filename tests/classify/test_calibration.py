"""Calibration figures: what the bench and `hoso train` report about trusting a confidence."""

from __future__ import annotations

import pytest

from hoso.classify.calibration import expected_calibration_error, reliability_table


def test_a_model_right_as_often_as_it_says_has_no_calibration_error() -> None:
    confidence = [0.9] * 10 + [0.6] * 5
    correct = [True] * 9 + [False] + [True] * 3 + [False] * 2
    assert expected_calibration_error(confidence, correct) == pytest.approx(0.0)


def test_a_confidently_wrong_model_shows_its_gap_bin_by_bin() -> None:
    confidence = [0.95] * 10
    correct = [True] * 5 + [False] * 5
    assert expected_calibration_error(confidence, correct) == pytest.approx(0.45)
    (row,) = reliability_table(confidence, correct)
    assert (row.low, row.count, row.accuracy) == (pytest.approx(0.9), 10, 0.5)
