"""What an operator should know about a scanned page: a kind and the figures behind it.

The OCR stage makes them (`hoso.ocr.quality.page_warnings`), later stages test their kind,
and only the edges (`hoso.api.labels.warning_text`) turn them into words. The catalog and the
stored OCR results keep the machine form of `PageWarning.to_json`:

    {"kind": "blank"}
    {"kind": "low_resolution", "dpi": 150, "min_dpi": 200}
    {"kind": "blurred"}
    {"kind": "low_confidence", "confidence": 41.5, "threshold": 60.0}
    {"kind": "garbled", "garbage": 0.31, "garbage_limit": 0.03}
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["PageWarning", "WarningKind"]


class WarningKind(enum.StrEnum):
    """Why a page may need a look (the value is the stable code stored and sent)."""

    BLANK = "blank"
    LOW_RESOLUTION = "low_resolution"
    BLURRED = "blurred"
    LOW_CONFIDENCE = "low_confidence"
    GARBLED = "garbled"  # the text read is largely no Vietnamese (ocr.postcorrect.garbage_score)


# Each parameter and the type its stored JSON number is read back as.
_PARAMETERS: dict[str, type[int | float]] = {
    "dpi": int, "min_dpi": int, "confidence": float, "threshold": float,
    "garbage": float, "garbage_limit": float,
}


@dataclass(frozen=True)
class PageWarning:
    """One warning about a page.

    dpi / min_dpi: for low_resolution, the scan's resolution and the least the office accepts.
    confidence / threshold: for low_confidence, the page's OCR score (0-100) and the score
    below which a page goes to review.
    garbage / garbage_limit: for garbled, the share (0-1) of words read that are no Vietnamese
    and the share above which a page goes to review.
    """

    kind: WarningKind
    dpi: int | None = None
    min_dpi: int | None = None
    confidence: float | None = None
    threshold: float | None = None
    garbage: float | None = None
    garbage_limit: float | None = None

    @classmethod
    def blank(cls) -> PageWarning:
        return cls(WarningKind.BLANK)

    @classmethod
    def blurred(cls) -> PageWarning:
        return cls(WarningKind.BLURRED)

    @classmethod
    def low_resolution(cls, dpi: int, min_dpi: int) -> PageWarning:
        return cls(WarningKind.LOW_RESOLUTION, dpi=dpi, min_dpi=min_dpi)

    @classmethod
    def low_confidence(cls, confidence: float, threshold: float) -> PageWarning:
        # Rounded so that the same page read twice stores the same bytes.
        return cls(WarningKind.LOW_CONFIDENCE, confidence=round(confidence, 2),
                   threshold=threshold)

    @classmethod
    def garbled(cls, garbage: float, limit: float) -> PageWarning:
        return cls(WarningKind.GARBLED, garbage=round(garbage, 3), garbage_limit=limit)

    def to_json(self) -> dict[str, str | int | float]:
        """The stored form: the kind's code and the parameters this kind has."""
        data: dict[str, str | int | float] = {"kind": self.kind.value}
        for name in _PARAMETERS:
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str) -> PageWarning:
        """Read the stored form back; the English sentences stored before warnings had kinds
        (still inside OCR results in the blob store) are read too."""
        if isinstance(data, str):
            return _from_sentence(data)
        try:
            kind = WarningKind(data["kind"])
        except (KeyError, ValueError) as exc:
            raise ValueError(f"not a page warning: {data!r}") from exc
        values = {name: cast(data[name]) for name, cast in _PARAMETERS.items() if name in data}
        return cls(kind, **values)  # type: ignore[arg-type]


# How ocr.quality worded its warnings before they had kinds.
_LOW_RESOLUTION = re.compile(r"low resolution: (\d+) dpi \(scan at (\d+) dpi")
_LOW_CONFIDENCE = re.compile(r"low OCR confidence: ([\d.]+) \(review threshold ([\d.]+)")


def _from_sentence(sentence: str) -> PageWarning:
    if sentence == "blank page":
        return PageWarning.blank()
    if sentence.startswith("blurred"):
        return PageWarning.blurred()
    if match := _LOW_RESOLUTION.match(sentence):
        return PageWarning.low_resolution(int(match[1]), int(match[2]))
    if match := _LOW_CONFIDENCE.match(sentence):
        return PageWarning.low_confidence(float(match[1]), float(match[2]))
    raise ValueError(f"not a page warning: {sentence!r}")
