"""Character and word error rates, after NFC normalisation and whitespace folding."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

__all__ = ["cer", "edit_distance", "normalise_text", "wer", "word_recall"]


def normalise_text(text: str) -> str:
    """NFC, every run of whitespace (line breaks included) as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def edit_distance(a: Sequence[int], b: Sequence[int]) -> int:
    """Levenshtein distance, one numpy pass per element of `a`.

    An insertion chain along a row is a running minimum of (cost - column), so each row
    needs no Python loop over `b`.
    """
    if not a:
        return len(b)
    if not b:
        return len(a)
    target = np.asarray(b, dtype=np.int64)
    columns = np.arange(len(b) + 1, dtype=np.int64)
    row = columns.copy()
    for i, symbol in enumerate(a, start=1):
        step = np.empty_like(row)
        step[0] = i
        step[1:] = np.minimum(row[1:] + 1, row[:-1] + (target != symbol))
        row = np.minimum.accumulate(step - columns) + columns
    return int(row[-1])


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate: edits / characters of the reference."""
    ref, hyp = normalise_text(reference), normalise_text(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance([ord(c) for c in ref], [ord(c) for c in hyp]) / len(ref)


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate: word edits / words of the reference."""
    ref, hyp = normalise_text(reference).split(), normalise_text(hypothesis).split()
    if not ref:
        return 0.0 if not hyp else 1.0
    vocabulary: dict[str, int] = {}
    ids_ref = [vocabulary.setdefault(w, len(vocabulary)) for w in ref]
    ids_hyp = [vocabulary.setdefault(w, len(vocabulary)) for w in hyp]
    return edit_distance(ids_ref, ids_hyp) / len(ref)


def word_recall(reference: str, hypothesis: str) -> float:
    """Share of the reference's words found in the hypothesis, in any order (each found at
    most as often as it was read), punctuation at either end of a word ignored: what a
    search finds, whatever order the page's columns were read in."""
    ref, hyp = Counter(_words(reference)), Counter(_words(hypothesis))
    total = sum(ref.values())
    if not total:
        return 1.0
    return sum(min(n, hyp[w]) for w, n in ref.items()) / total


def _words(text: str) -> list[str]:
    stripped = (w.strip(".,;:!?()[]\"'“”‘’-–—") for w in normalise_text(text).split())
    return [w for w in stripped if w]
