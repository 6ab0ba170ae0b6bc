"""How far the classifier's confidence can be trusted: expected calibration error and a
reliability table (Guo et al., 2017), over documents typed by a model that never saw them.

A calibrated model that says 0.9 is right nine times in ten. ECE is the gap between
confidence and accuracy, averaged over equal-width confidence bins weighted by how many
documents fall in each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["ReliabilityBin", "expected_calibration_error", "format_reliability",
           "reliability_table"]


@dataclass(frozen=True)
class ReliabilityBin:
    """Documents whose confidence fell in [low, high): how many, their mean confidence and
    the share of them typed right."""

    low: float
    high: float
    count: int
    confidence: float
    accuracy: float


def reliability_table(confidence: Sequence[float], correct: Sequence[bool],
                      bins: int = 10) -> list[ReliabilityBin]:
    """Equal-width bins over [0, 1]; empty bins are left out."""
    rows = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [(c, ok) for c, ok in zip(confidence, correct, strict=True)
                   if low <= c < high or (b == bins - 1 and c == 1.0)]
        if members:
            rows.append(ReliabilityBin(low, high, len(members),
                                       sum(c for c, _ in members) / len(members),
                                       sum(ok for _, ok in members) / len(members)))
    return rows


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[bool],
                               bins: int = 10) -> float:
    total = len(confidence)
    if not total:
        return 0.0
    return sum(row.count / total * abs(row.confidence - row.accuracy)
               for row in reliability_table(confidence, correct, bins))


def format_reliability(confidence: Sequence[float], correct: Sequence[bool],
                       bins: int = 10) -> str:
    ece = expected_calibration_error(confidence, correct, bins)
    lines = [f"ECE {ece:.3f} over {len(confidence)} documents",
             f"{'confidence':>12s} {'n':>5s} {'mean conf':>9s} {'accuracy':>8s}"]
    for row in reliability_table(confidence, correct, bins):
        lines.append(f"{row.low:5.1f}-{row.high:<5.1f}  {row.count:5d} {row.confidence:9.3f} "
                     f"{row.accuracy:8.3f}")
    return "\n".join(lines)
