"""A document's lines as the field readers see them: text, folded text, and word boxes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from hoso.classify.field_rules import digitise
from hoso.classify.text import fold
from hoso.records import OcrPage, Word

__all__ = ["Line", "document_lines", "joined", "page_lines_of"]


@dataclass(frozen=True)
class Line:
    """One line of one page (1-based `page_no`). `folded` and `digitised` have the same length
    as `text`, so a span found in either is a span of `text`; `spans` place each word."""

    page_no: int
    text: str
    folded: str
    digitised: str
    spans: tuple[tuple[int, int, Word], ...] = ()

    def confidence(self, start: int, end: int) -> float:
        """The least OCR confidence (0-1) of the words that characters start..end touch;
        1 for a line read from text without words."""
        words = [w for s, e, w in self.spans if s < end and e > start]
        return min(w.confidence for w in words) / 100 if words else 1.0

    def box(self, start: int, end: int) -> tuple[int, int, int, int] | None:
        """The (left, top, width, height) around the words that characters start..end touch."""
        words = [w for s, e, w in self.spans if s < end and e > start]
        if not words:
            return None
        left, top = min(w.left for w in words), min(w.top for w in words)
        right = max(w.left + w.width for w in words)
        bottom = max(w.top + w.height for w in words)
        return left, top, right - left, bottom - top


def joined(line: Line, following: Line | None) -> Line:
    """`line` with the line below appended (same page), so that a value wrapped over the
    line end (`thửa đất số` / `125`) reads whole; callers keep matches that start in `line`."""
    if following is None or following.page_no != line.page_no:
        return line
    shift = len(line.text) + 1
    spans = line.spans + tuple((s + shift, e + shift, w) for s, e, w in following.spans)
    return Line(line.page_no, f"{line.text} {following.text}", f"{line.folded} {following.folded}",
                f"{line.digitised} {following.digitised}", spans)


def document_lines(pages: Sequence[OcrPage]) -> list[Line]:
    return [line for number, page in enumerate(pages, 1) for line in page_lines_of(page, number)]


def page_lines_of(page: OcrPage, page_no: int) -> list[Line]:
    """Lines from the words (with boxes), or from the text where a page has no words."""
    if not page.words:
        return [_line(page_no, text.strip(), ()) for text in page.text.splitlines()
                if _legible(text)]
    rows: dict[int, list[Word]] = {}
    for word in page.words:
        rows.setdefault(word.line, []).append(word)
    lines = []
    for words in rows.values():
        words.sort(key=lambda w: w.left)
        spans, position = [], 0
        for word in words:
            spans.append((position, position + len(word.text), word))
            position += len(word.text) + 1
        text = " ".join(w.text for w in words)
        if _legible(text):
            lines.append(_line(page_no, text, tuple(spans)))
    return lines


def _line(page_no: int, text: str, spans: tuple[tuple[int, int, Word], ...]) -> Line:
    digitised = re.sub(r"\S+", lambda m: digitise(m.group()), text)
    return Line(page_no, text, fold(text), digitised, spans)


def _legible(text: str) -> bool:
    return sum(ch.isalnum() for ch in text) >= 3
