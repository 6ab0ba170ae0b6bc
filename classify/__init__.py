"""Know what each paper is: split a scanned stack into documents, type each, read its fields.

    split_documents  classify.split     page indices of each document in a stack
    label_document   (here)             its type (title first), calibrated confidence, fields
    read_fields      classify.fields    ID numbers, names, dates, numbers, authority...
    train            classify.training  retrain from generated papers + officers' corrections

Every function is pure: OCR'd pages in, records out. The labels are the document types of
`hoso.doctypes`. The model ships in classify/model/ and is
loaded once per process.
"""

from __future__ import annotations

from collections.abc import Sequence

from hoso.classify.fields import FIELD_NAMES, read_fields, unsure_fields
from hoso.classify.model import (
    REVIEW_BELOW,
    DocumentClassifier,
    Example,
    TypeDecision,
    decide_type,
    load_model,
    save_model,
)
from hoso.classify.split import split_documents
from hoso.classify.text import document_text
from hoso.classify.training import Evaluation, TrainingResult, train
from hoso.doctypes import OTHER
from hoso.records import DocumentLabel, OcrPage
from hoso.settings import ClassifierSettings

__all__ = [
    "FIELD_NAMES",
    "REVIEW_BELOW",
    "DocumentClassifier",
    "Evaluation",
    "Example",
    "TrainingResult",
    "TypeDecision",
    "decide_type",
    "document_text",
    "label_document",
    "load_model",
    "read_fields",
    "save_model",
    "split_documents",
    "train",
]


def label_document(pages: Sequence[OcrPage],
                   settings: ClassifierSettings | None = None) -> DocumentLabel:
    """The document's type with its calibrated probability, and the fields read from it, by
    the model the settings name. An officer should check it when the type's probability is
    below the settings' `review_below`, when the title names another type than the model's
    best guess, when the header's number or date was read less surely than that, or when
    there is no legible text."""
    settings = settings or ClassifierSettings()
    text = document_text(pages)
    if not text.strip():
        return DocumentLabel(OTHER, 0.0, needs_review=True)
    decision = decide_type(text, load_model(settings.model_path))
    fields = read_fields(pages)
    return DocumentLabel(decision.label, round(decision.confidence, 4),
                         needs_review=decision.confidence < settings.review_below
                         or decision.title_conflict
                         or bool(unsure_fields(fields, settings.review_below)),
                         fields=fields)
