"""Plain-text tables of an evaluation, for `hoso train` and `bench/classify.py`."""

from __future__ import annotations

from collections.abc import Mapping

from hoso.classify.calibration import format_reliability
from hoso.classify.evaluate import FieldScore
from hoso.classify.model import REVIEW_BELOW
from hoso.classify.training import Evaluation

__all__ = ["format_confusion", "format_evaluation", "format_field_scores"]


def format_evaluation(evaluation: Evaluation, review_below: float = REVIEW_BELOW) -> str:
    lines = [
        (f"template-disjoint evaluation: {evaluation.documents} documents, "
         f"{evaluation.templates} templates"),
        f"macro-F1 {evaluation.macro_f1:.3f}   accuracy {evaluation.accuracy:.3f}",
        "",
        f"{'label':22s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'n':>5s}",
    ]
    for label, (p, r, f, n) in evaluation.per_label.items():
        lines.append(f"{label:22s} {p:9.3f} {r:7.3f} {f:6.3f} {n:5d}")
    if evaluation.confidence:
        share, caught, mistakes = evaluation.review_rate(review_below)
        lines.append(f"needs review (confidence < {review_below} or the title names another "
                     f"type): {share:.1%} of documents, {caught} of the {mistakes} mistakes")
        lines += ["", format_reliability(evaluation.confidence, evaluation.correct)]
    lines += ["", format_confusion(evaluation)]
    return "\n".join(lines)


def format_confusion(evaluation: Evaluation) -> str:
    """Truth down, prediction across; columns numbered as the rows."""
    width = max(len(label) for label in evaluation.labels)
    numbers = "".join(f"{i:>4d}" for i in range(len(evaluation.labels)))
    lines = ["confusion (truth down, predicted across)", f"{'':>{width + 4}s}{numbers}"]
    for i, label in enumerate(evaluation.labels):
        cells = "".join(f"{int(n) or '.':>4}" for n in evaluation.confusion[i])
        lines.append(f"{i:>2d} {label:{width}s} {cells}")
    return "\n".join(lines)


def format_field_scores(scores: Mapping[str, FieldScore]) -> str:
    lines = [f"{'field':15s} {'precision':>9s} {'recall':>7s} {'found':>6s} {'true':>6s}"]
    for name in sorted(scores):
        s = scores[name]
        lines.append(f"{name:15s} {s.precision:9.3f} {s.recall:7.3f} "
                     f"{s.true_positives + s.false_positives:6d} "
                     f"{s.true_positives + s.false_negatives:6d}")
    return "\n".join(lines)
