"""Train the header-digit recogniser (`hoso.ocr.digits`) and measure it on digits it never
saw: `python -m hoso.classify.digit_training [--save]`.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from hoso.classify.calibration import format_reliability
from hoso.classify.digit_data import (
    draw_stroke_digit,
    heldout_sklearn_digits,
    sklearn_digit_image,
    training_set,
)
from hoso.ocr.digits import DigitModel, fit_digit_model, glyph_vector, save_digit_model

__all__ = ["heldout_accuracy", "main"]


def heldout_accuracy(model: DigitModel, seed: int = 99) -> tuple[float, list[float], list[bool]]:
    """Accuracy, confidences and rightness on `load_digits`' odd half and on stroke digits
    of another seed."""
    rng = np.random.default_rng(seed)
    images, target = heldout_sklearn_digits()
    inks = [(sklearn_digit_image(im, 36) > 100, int(t)) for im, t in zip(images, target,
                                                                       strict=True)]
    inks += [(draw_stroke_digit(d, rng, 36) > 100, d) for d in range(10) for _ in range(60)]
    vectors = np.array([glyph_vector(ink) for ink, _ in inks])
    digits, proba = model.classify(vectors)
    correct = [int(d) == t for d, (_, t) in zip(digits, inks, strict=True)]
    return float(np.mean(correct)), proba.tolist(), correct


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", action="store_true", help="ship the model in hoso.ocr")
    args = parser.parse_args()
    started = time.monotonic()
    vectors, digits = training_set()
    model = fit_digit_model(vectors, digits)
    accuracy, confidence, correct = heldout_accuracy(model)
    print(f"trained on {len(digits)} glyphs in {time.monotonic() - started:.0f} s; "
          f"held-out accuracy {accuracy:.3f}")
    print(format_reliability(confidence, correct))
    if args.save:
        print(f"saved {save_digit_model(model)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
