"""Search snippets: a window of a page's original text with the matched words marked.

Matches are found in the folded text (indexer.folding.fold), whose offsets are the offsets of
the NFC original, and the markers are put into the original. Every backend uses this, so a
snippet reads the same whichever index answered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from hoso.indexer.folding import fold
from hoso.indexer.query import WORD_RE, Term
from hoso.records import HIGHLIGHT_END, HIGHLIGHT_START

__all__ = ["SNIPPET_CHARS", "find_spans", "make_snippet"]

SNIPPET_CHARS = 200
_LEAD_CHARS = 40  # context kept before the first match in the window
_SPACE_RE = re.compile(r"\s+")
_BLANK_RE = re.compile(r"\s")

Span = tuple[int, int, int]  # start, end, index of the term matched


def find_spans(text: str, terms: Sequence[Term]) -> list[Span]:
    """Where each term occurs in NFC `text`, as whole words, in order of position."""
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(fold(text))]
    starts: dict[str, list[int]] = {}  # where each word is, so a phrase is tried there only
    for i, (_, _, word) in enumerate(words):
        starts.setdefault(word, []).append(i)
    spans: list[Span] = []
    for index, term in enumerate(terms):
        for phrase in term.phrasings:  # a synonym found marks as its term would
            size = len(phrase)
            for i in starts.get(phrase[0], ()):
                if tuple(word for _, _, word in words[i : i + size]) == phrase:
                    spans.append((words[i][0], words[i + size - 1][1], index))
    return _without_overlaps(sorted(spans))


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            if span[1] > kept[-1][1]:
                kept[-1] = (kept[-1][0], span[1], kept[-1][2])
            continue
        kept.append(span)
    return kept


def make_snippet(text: str, terms: Sequence[Term], width: int = SNIPPET_CHARS) -> str:
    """A window of about `width` characters of `text` around the best cluster of matches.

    Matched words are wrapped in HIGHLIGHT_START / HIGHLIGHT_END; runs of white space become
    one space; `…` shows where the window cuts the text.
    """
    nfc = unicodedata.normalize("NFC", text)
    spans = find_spans(nfc, terms)
    start, end = _window(nfc, spans, width)
    pieces, cursor = [], start
    for span_start, span_end in _joined(nfc, spans, start, end):
        pieces += [nfc[cursor:span_start], HIGHLIGHT_START, nfc[span_start:span_end], HIGHLIGHT_END]
        cursor = span_end
    pieces.append(nfc[cursor:end])
    body = _SPACE_RE.sub(" ", "".join(pieces)).strip()
    return ("…" if start > 0 else "") + body + ("…" if end < len(nfc) else "")


def _joined(text: str, spans: list[Span], start: int, end: int) -> list[tuple[int, int]]:
    # Words matched one after another read better as one mark: [giấy khai sinh].
    joined: list[tuple[int, int]] = []
    for span_start, span_end, _ in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        if joined and text[joined[-1][1] : span_start].isspace():
            joined[-1] = (joined[-1][0], span_end)
        else:
            joined.append((span_start, span_end))
    return joined


def _window(text: str, spans: list[Span], width: int) -> tuple[int, int]:
    if len(text) <= width:
        return 0, len(text)
    best_start, best_score = 0, -1
    for anchor, _, _ in spans:
        start = max(0, anchor - _LEAD_CHARS)
        score = len({term for s, e, term in spans if s >= start and e <= start + width})
        if score > best_score:
            best_start, best_score = start, score
    return _word_bounds(text, best_start, min(len(text), best_start + width))


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # Do not cut a word in two at either edge of the window.
    if start > 0 and not text[start - 1].isspace():
        first = _BLANK_RE.search(text, start, end)
        start = first.end() if first else start
    if end < len(text) and not text[end].isspace():
        last = None
        for last in _BLANK_RE.finditer(text, start, end):
            pass
        end = last.start() if last and last.start() > start else end
    return start, end
