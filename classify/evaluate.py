"""Scores for the field readers and the splitter against generated truth."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from hoso.records import Field

__all__ = ["DATE_FIELDS", "FieldScore", "base_name", "score_fields", "score_split"]

DATE_FIELDS = ("birth_date", "issue_date", "id_issue_date")
_SUFFIX = re.compile(r"_\d+$")


@dataclass(frozen=True)
class FieldScore:
    name: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def base_name(truth_key: str) -> str:
    """`id_number_2` (the second person's) -> `id_number`."""
    return _SUFFIX.sub("", truth_key)


def score_fields(results: Iterable[tuple[Mapping[str, str], Sequence[Field]]],
                 groups: Mapping[str, Sequence[str]] | None = None) -> dict[str, FieldScore]:
    """Per field name (and per group of names, such as all dates), compare each document's
    true values with those read; a value counts once per document and name."""
    groups = groups or {"dates": DATE_FIELDS}
    counts: dict[str, Counter[str]] = {}
    for truth, found in results:
        wanted = {(base_name(k), _norm(k, v)) for k, v in truth.items()}
        got = {(f.name, _norm(f.name, f.value)) for f in found}
        for name in {n for n, _ in wanted | got}:
            _add(counts, name, wanted, got, lambda n, name=name: n == name)
        for group, names in groups.items():
            _add(counts, group, wanted, got, lambda n, names=names: n in names)
    return {name: FieldScore(name, c["tp"], c["fp"], c["fn"]) for name, c in counts.items()}


def _add(counts: dict[str, Counter[str]], key: str, wanted: set[tuple[str, str]],
         got: set[tuple[str, str]], selects) -> None:
    w = {item for item in wanted if selects(item[0])}
    g = {item for item in got if selects(item[0])}
    counter = counts.setdefault(key, Counter())
    counter["tp"] += len(w & g)
    counter["fp"] += len(g - w)
    counter["fn"] += len(w - g)


def _norm(name: str, value: str) -> str:
    if base_name(name) in ("name", "authority"):
        return " ".join(value.split()).casefold()
    return value


def score_split(expected: Sequence[Sequence[int]], found: Sequence[Sequence[int]]
                ) -> tuple[int, int]:
    """(documents whose pages came out exactly, documents in the stack)."""
    got = {tuple(pages) for pages in found}
    return sum(tuple(pages) in got for pages in expected), len(expected)
