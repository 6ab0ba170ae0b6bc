"""Train the document classifier from generated papers read by OCR, plus officers' corrections,
and evaluate it on templates it never saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from hoso.classify.dataset import OcrDocument
from hoso.classify.model import (
    CORRECTION_WEIGHT,
    DocumentClassifier,
    Example,
    decide_from,
    fit_classifier,
    group_folds,
)
from hoso.classify.text import document_text
from hoso.doctypes import CODES, is_doc_type

__all__ = [
    "Evaluation",
    "TrainingResult",
    "evaluate_template_disjoint",
    "examples_from_corpus",
    "examples_from_corrections",
    "train",
]


@dataclass(frozen=True)
class Evaluation:
    """Scores of predictions against the truth, over `labels` (rows and columns of
    `confusion`: truth down, prediction across). per_label: label -> (precision, recall,
    f1, support)."""

    labels: tuple[str, ...]
    confusion: np.ndarray
    per_label: dict[str, tuple[float, float, float, int]]
    macro_f1: float
    accuracy: float
    documents: int
    templates: int
    mistakes: tuple[tuple[str, str, str], ...] = ()  # (group, truth, predicted)
    confidence: tuple[float, ...] = ()  # per document, the predicted label's probability
    correct: tuple[bool, ...] = ()
    conflicts: tuple[bool, ...] = ()  # per document, the title named another type

    def review_rate(self, below: float) -> tuple[float, int, int]:
        """At a review threshold: (share of documents flagged, mistakes flagged, mistakes)."""
        if not self.confidence:
            return 0.0, 0, len(self.mistakes)
        conflicts = self.conflicts or (False,) * len(self.confidence)
        flagged = [c < below or conflict for c, conflict in zip(self.confidence, conflicts,
                                                                 strict=True)]
        caught = sum(f and not ok for f, ok in zip(flagged, self.correct, strict=True))
        return sum(flagged) / len(flagged), caught, self.correct.count(False)


@dataclass(frozen=True)
class TrainingResult:
    model: DocumentClassifier
    evaluation: Evaluation | None
    skipped_corrections: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def examples_from_corpus(docs: Sequence[OcrDocument]) -> list[Example]:
    return [Example(document_text(d.pages), d.label, f"{d.label}/{d.template_id}") for d in docs]


def examples_from_corrections(corrections: Sequence[tuple[str, str]],
                              weight: float = CORRECTION_WEIGHT
                              ) -> tuple[list[Example], list[tuple[str, str]]]:
    """Officers' (text, label) corrections as heavy examples; unknown labels are set aside."""
    kept, skipped = [], []
    for i, (text, label) in enumerate(corrections):
        if is_doc_type(label) and text.strip():
            kept.append(Example(text, label, f"correction/{i}", weight))
        else:
            skipped.append((text, label))
    return kept, skipped


def evaluate_template_disjoint(examples: Sequence[Example], *, folds: int = 5,
                               extra: Sequence[Example] = ()) -> Evaluation:
    """Each example predicted by a model trained without its template (plus `extra`)."""
    assignment = group_folds(examples, folds)
    predicted: list[str] = [""] * len(examples)
    confidence = [0.0] * len(examples)
    conflicts = [False] * len(examples)
    for k in range(folds):
        held = np.flatnonzero(assignment == k)
        if not len(held):
            continue
        kept = [examples[int(i)] for i in np.flatnonzero(assignment != k)] + list(extra)
        model = fit_classifier(kept)
        texts = [examples[int(i)].text for i in held]
        for i, text, row in zip(held, texts, model.probabilities(texts), strict=True):
            decision = decide_from(row, model.labels, text)
            predicted[i], confidence[i] = decision.label, decision.confidence
            conflicts[i] = decision.title_conflict
    return score(examples, predicted, confidence, conflicts)


def score(examples: Sequence[Example], predicted: Sequence[str],
          confidence: Sequence[float] = (), conflicts: Sequence[bool] = ()) -> Evaluation:
    truth = [e.label for e in examples]
    labels = tuple(code for code in CODES if code in set(truth) | set(predicted))
    p, r, f, s = precision_recall_fscore_support(truth, predicted, labels=list(labels),
                                                 zero_division=0)
    mistakes = tuple((e.group, e.label, guess) for e, guess in zip(examples, predicted,
                                                                    strict=True)
                     if e.label != guess)
    return Evaluation(
        labels=labels,
        confusion=confusion_matrix(truth, predicted, labels=list(labels)),
        per_label={label: (float(p[i]), float(r[i]), float(f[i]), int(s[i]))
                   for i, label in enumerate(labels)},
        macro_f1=float(f1_score(truth, predicted, labels=list(labels), average="macro",
                                zero_division=0)),
        accuracy=float(np.mean([t == g for t, g in zip(truth, predicted, strict=True)])),
        documents=len(examples),
        templates=len({e.group for e in examples}),
        mistakes=mistakes,
        confidence=tuple(float(c) for c in confidence),
        correct=tuple(e.label == guess for e, guess in zip(examples, predicted, strict=True)),
        conflicts=tuple(conflicts),
    )


def train(examples: Sequence[Example], corrections: Sequence[tuple[str, str]] = (), *,
          evaluate: bool = True, folds: int = 5) -> TrainingResult:
    """Fit the classifier on generated `examples` plus officers' `corrections` (text, label);
    with `evaluate`, first score it template-disjointly on the generated examples."""
    extra, skipped = examples_from_corrections(corrections)
    evaluation = evaluate_template_disjoint(examples, folds=folds, extra=extra) if evaluate \
        else None
    model = fit_classifier(list(examples) + extra)
    return TrainingResult(model, evaluation, tuple(skipped))
