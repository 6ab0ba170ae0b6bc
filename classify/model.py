"""The document-type classifier: train it, save it, load it once, label a document.

A linear SVM over the features of `hoso.classify.features`, its scores turned into probabilities
by sigmoid calibration on held-out folds grouped by template (so the probabilities reflect
papers worded unlike any seen in training). The shipped model sits in `classify/model/`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from hoso.classify.features import build_features, slim, title_type
from hoso.classify.text import document_text
from hoso.doctypes import CODES
from hoso.errors import ConfigError
from hoso.records import OcrPage
from hoso.settings import SHIPPED_MODEL, ClassifierSettings

__all__ = [
    "CORRECTION_WEIGHT",
    "REVIEW_BELOW",
    "DocumentClassifier",
    "Example",
    "TypeDecision",
    "decide_from",
    "decide_type",
    "fit_classifier",
    "group_folds",
    "load_model",
    "predict_label",
    "save_model",
]

REVIEW_BELOW = ClassifierSettings.review_below  # the default; the edge passes the setting
# An officer's correction outweighs a generated example: it is what the office really sees.
CORRECTION_WEIGHT = 25.0
_FORMAT = 1


@dataclass(frozen=True)
class Example:
    """One training document: its text (see `hoso.classify.text.document_text`), its label, and the
    group it belongs to (its template; held out together when evaluating)."""

    text: str
    label: str
    group: str = ""
    weight: float = 1.0


@dataclass(frozen=True, eq=False)
class DocumentClassifier:
    """A fitted pipeline and what it was trained on."""

    pipeline: Pipeline
    labels: tuple[str, ...]
    trained_on: int
    corrections: int = 0
    format: int = _FORMAT
    notes: dict[str, str] = field(default_factory=dict)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per label in `self.labels`."""
        proba = self.pipeline.predict_proba(list(texts))
        columns = [list(self.pipeline.classes_).index(label) for label in self.labels]
        return proba[:, columns]

    def predict(self, text: str) -> tuple[str, float]:
        row = self.probabilities([text])[0]
        best = int(np.argmax(row))
        return self.labels[best], float(row[best])


def fit_classifier(examples: Sequence[Example], *, folds: int = 3) -> DocumentClassifier:
    """Fit on `examples`; calibration folds keep each group (template) on one side."""
    texts = [e.text for e in examples]
    labels = np.array([e.label for e in examples])
    weights = np.array([e.weight for e in examples], dtype=np.float64)
    calibrated = CalibratedClassifierCV(
        LinearSVC(C=0.5, class_weight="balanced", random_state=0), method="sigmoid", ensemble=False,
        cv=_calibration_folds(examples, folds))
    pipeline = Pipeline([("features", build_features()), ("classifier", calibrated)])
    pipeline.fit(texts, labels, classifier__sample_weight=weights)
    known = tuple(code for code in CODES if code in set(labels))
    return DocumentClassifier(slim(pipeline), known, trained_on=len(examples),
                              corrections=int(sum(e.weight > 1 for e in examples)))


def group_folds(examples: Sequence[Example], folds: int) -> np.ndarray:
    """Fold number per example: each label's groups (templates) dealt round-robin over the
    folds, so every fold holds out whole groups of (nearly) every label."""
    by_label: dict[str, list[str]] = {}
    for e in examples:
        groups = by_label.setdefault(e.label, [])
        if (e.group or e.text) not in groups:
            groups.append(e.group or e.text)
    fold_of = {g: i % folds for groups in by_label.values() for i, g in enumerate(sorted(groups))}
    return np.array([fold_of[e.group or e.text] for e in examples])


def _calibration_folds(examples: Sequence[Example], folds: int
                       ) -> list[tuple[np.ndarray, np.ndarray]]:
    assignment = group_folds(examples, folds)
    return [(np.flatnonzero(assignment != k), np.flatnonzero(assignment == k))
            for k in range(folds) if (assignment == k).any() and (assignment != k).any()]


def save_model(model: DocumentClassifier, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    joblib.dump(model, tmp, compress=("xz", 6))
    tmp.replace(path)
    load_model.cache_clear()
    return path


@functools.lru_cache(maxsize=4)
def load_model(path: Path = SHIPPED_MODEL) -> DocumentClassifier:
    """The classifier saved at `path`, loaded once per process."""
    if not path.exists():
        raise ConfigError(f"no document classifier at {path}", hint="run `hoso train`")
    model = joblib.load(path)
    if not isinstance(model, DocumentClassifier) or model.format != _FORMAT:
        raise ConfigError(f"{path} is not a document classifier of this version",
                          hint="run `hoso train`")
    return model


@dataclass(frozen=True)
class TypeDecision:
    """A document's type and how sure we are.

    label: the type; confidence: its probability by the calibrated model.
    title_conflict: the title names another type than the model's best guess. The title
        wins (it is what holds across issuers and layouts, where wording does not), and the
        document goes to an officer whatever the probability says.
    """

    label: str
    confidence: float
    title_conflict: bool = False


def decide_type(text: str, model: DocumentClassifier) -> TypeDecision:
    """Title first: the model's guess, unless the title line names a different type."""
    return decide_from(model.probabilities([text])[0], model.labels, text)


def decide_from(row: np.ndarray, labels: Sequence[str], text: str) -> TypeDecision:
    """`decide_type` given the model's probabilities `row` over `labels`."""
    best = int(np.argmax(row))
    named = title_type(text)
    if named is None or named == labels[best] or named not in labels:
        return TypeDecision(labels[best], float(row[best]))
    return TypeDecision(named, float(row[list(labels).index(named)]), title_conflict=True)


def predict_label(pages: Sequence[OcrPage], model: DocumentClassifier | None = None
                  ) -> tuple[str, float]:
    """The most likely label of a document and its calibrated probability."""
    return (model or load_model()).predict(document_text(pages))
