"""FTS5's bm25, computed for the few pages a search ranks instead of by FTS5 for every match.

FTS5's own bm25() first counts, for each phrase of the query, every page of the index holding
it (its inverse document frequency): a walk over the phrase's whole list, so a search cost
more the larger the index. Here the same formula (fts5_aux.c: k1 = 1.2, b = 0.75, every column
weighing 1) runs on the candidates' own words, with each phrase's page count taken from the
newest SAMPLE pages and scaled, and kept a few minutes (indexer.sqlite_fts).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["K1", "B", "Corpus", "Expression", "bm25", "phrase_counts", "phrases", "read_varints"]

Phrase = tuple[str, ...]
# Alternatives (any one matches), each of terms (all must match), each of options (any one),
# each of phrases (all must match): the shape of the SQLite index's FTS5 expressions.
Expression = list[list[list[list[Phrase]]]]

K1 = 1.2
B = 0.75


@dataclass(frozen=True)
class Corpus:
    """pages: how many the index holds; average_length: their mean length in words, every
    column counted (as FTS5 counts it); holding: for each phrase, the pages holding it."""

    pages: int
    average_length: float
    holding: tuple[float, ...]

    def idf(self, phrase: int) -> float:
        held = self.holding[phrase]
        idf = math.log((self.pages - held + 0.5) / (held + 0.5))
        return idf if idf > 0.0 else 1e-6  # as FTS5: a phrase on most pages still counts


def bm25(corpus: Corpus, found: Sequence[int], length: int) -> float:
    """The page's score (FTS5's bm25() negated: higher is better) from how often it holds each
    phrase (`found`, in the corpus's order) and its length in words."""
    norm = K1 * (1 - B + B * length / corpus.average_length) if corpus.average_length else K1
    return sum(
        corpus.idf(i) * (count * (K1 + 1.0)) / (count + norm)
        for i, count in enumerate(found)
        if count
    )


def phrases(expression: Expression) -> list[Phrase]:
    """Every phrase of the expression in its order, as often as it appears."""
    return [
        phrase
        for alternative in expression
        for term in alternative
        for option in term
        for phrase in option
    ]


def phrase_counts(expression: Expression, count: Callable[[Phrase], int]) -> list[int]:
    """How often a page holds each phrase (phrases' order), as FTS5 reports a matching page's
    instances: a phrase counts only where the parts of the expression around it match (its
    option, its term and its alternative), not in a part the page fails."""
    counts: list[int] = []
    for alternative in expression:
        found = [[[count(phrase) for phrase in option] for option in term] for term in alternative]
        held = [[all(option) for option in term] for term in found]
        alternative_held = all(any(term) for term in held)
        for term, term_held in zip(found, held, strict=True):
            for option, option_held in zip(term, term_held, strict=True):
                counts += option if alternative_held and option_held else [0] * len(option)
    return counts


def read_varints(blob: bytes) -> list[int]:
    """SQLite's variable-length integers, as FTS5 stores its sizes and totals: seven bits a
    byte, the high bit set on every byte but a number's last. (Numbers of 2**56 and more take
    a ninth byte of eight bits; no count or size of pages comes near.)"""
    values, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values
