"""From tesseract's words to the page's main text, in the order a reader takes it.

Three things tesseract does not know about Vietnamese administrative papers (Nghị định
30/2020 layout):

- the header is two columns, the issuing body on the left and the national motto on the
  right, with the number (`Số: ...`) under the first and the place and date under the second:
  read the left block, then the right block, never line by line across both;
- a received stamp (a rectangle with `ĐẾN`, Số / Ngày / Giờ, stamped by the receiving
  office's clerk) often lands on the header: its words are not the paper's own. Red seals
  and blue signatures never reach here on colour scans (`ocr.preprocess.remove_colour_ink`);
  on 1-bit scans a seal's ring reads as lines of symbols, which `ocr.tesseract` drops;
- the number and the day and month are written by hand or stamped by a numbering machine
  after signing: they are read again by the digit recogniser (`ocr.digits`), and the word
  carries the recogniser's confidence, so an unsure reading sends the document to review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import cv2
import numpy as np

from hoso.indexer.folding import fold
from hoso.ocr.digits import DigitModel, DigitReading, read_digits
from hoso.records import Word

__all__ = ["HeaderSlot", "arrange_page", "header_order", "page_text", "received_stamps",
           "reread_header_digits"]

# A slot where the recogniser and tesseract disagree keeps at most this much of the surer
# reading's confidence: under the review threshold (0.6) however sure either was.
_DISAGREEMENT = 0.55
# Tesseract's word confidence (0-1) above which its own reading of a slot's digits stands.
_TRUSTED = 0.9


@dataclass(frozen=True)
class HeaderSlot:
    """Where hand-written digits go in a header line: characters start..end of the line's
    text, and the box (left, top, right, bottom) between the printed words around them."""

    kind: str  # "number", "day" or "month"
    line: int
    start: int
    end: int
    box: tuple[int, int, int, int]


def arrange_page(words: Sequence[Word], grey: np.ndarray,
                 digits: DigitModel | None = None) -> tuple[Word, ...]:
    """The main text's words in reading order: received stamps out, the two-column header
    in order, the header's digits read again."""
    kept = drop_stamped(words, received_stamps(grey, _letter_height(words)))
    ordered = header_order(kept, grey.shape[1])
    return reread_header_digits(ordered, grey, digits)


def page_text(words: Sequence[Word]) -> str:
    """Words joined by spaces, one line per line, a blank line where the gap between two
    lines is wider than a line (as tesseract's own text breaks paragraphs)."""
    out: list[str] = []
    last: list[Word] = []
    for line in _lines(words):
        if last and line[0].top - max(w.top + w.height for w in last) > 1.2 * _height(last):
            out.append("")
        out.append(" ".join(w.text for w in line))
        last = line
    return "\n".join(out)


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    rows: dict[int, list[Word]] = {}
    for word in words:
        rows.setdefault(word.line, []).append(word)
    return [sorted(row, key=lambda w: w.left) for _, row in sorted(rows.items())]


def _height(line: Sequence[Word]) -> float:
    return float(np.median([w.height for w in line]))


def _letter_height(words: Sequence[Word]) -> float:
    heights = [w.height for w in words if sum(c.isalpha() for c in w.text) >= 3]
    return float(np.median(heights)) if heights else 30.0


# --- received stamps -------------------------------------------------------------------------

def received_stamps(grey: np.ndarray, letter_height: float) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of rectangular frames the size of a received stamp
    (3 to 12 letters tall, 1.3 to 4 times as wide as tall), found from their long straight
    sides, so that text the stamp landed on does not hide it."""
    ink = (grey < 128).astype(np.uint8)
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, round(3 * letter_height)),
                                                           np.uint8))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((round(1.5 * letter_height), 1),
                                                         np.uint8))
    sides = cv2.dilate(across | down, np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(sides, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if not (3 * letter_height <= h <= 12 * letter_height and 1.3 * h <= w <= 4 * h):
            continue
        edge = max(3, round(0.1 * letter_height))
        if down[y:y + h, x:x + edge].any() and down[y:y + h, x + w - edge:x + w].any():
            boxes.append((x, y, x + w, y + h))
    return boxes


# The lines a received stamp prints: its heading and its labels, which the clerk fills in.
_STAMP_LINE = re.compile(r"^((cong )?van ban den|cong van den|den\b|(so|ngay|gio|chuyen)\s*[:.]|"
                         r"luu ho so)")


def drop_stamped(words: Sequence[Word], stamps: Sequence[tuple[int, int, int, int]]
                 ) -> list[Word]:
    """Without the words of a received stamp: in a frame that holds `ĐẾN`, the lines that
    start as the stamp's do (`CÔNG VĂN ĐẾN`, `Số:`, `Ngày:`, `Giờ:`). The paper's own words
    the stamp landed on (often the place-date line) stay."""
    stamped: set[int] = set()
    for left, top, right, bottom in stamps:
        inside = [i for i, w in enumerate(words)
                  if left <= w.left + w.width / 2 <= right and top <= w.top + w.height / 2 <= bottom]
        if not any(re.search(r"\bden\b", fold(words[i].text)) for i in inside):
            continue
        by_line: dict[int, list[int]] = {}
        for i in inside:
            by_line.setdefault(words[i].line, []).append(i)
        for members in by_line.values():
            members.sort(key=lambda i: words[i].left)
            if _STAMP_LINE.match(fold(" ".join(words[i].text for i in members))):
                stamped.update(members)
    return [w for i, w in enumerate(words) if i not in stamped]


# --- the two-column header -----------------------------------------------------------------

def header_order(words: Sequence[Word], page_width: int) -> list[Word]:
    """Words renumbered so that the header's left block comes before its right block.

    The header runs from the top to the first line that reads across the page in one piece
    (the centred title, or a body line); it is only reordered when both halves hold words.
    """
    lines = _lines(words)
    end = _header_end(lines, page_width)
    if end is None:
        return list(words)
    header = [w for line in lines[:end] for w in line]
    middle = _column_gap(header, page_width)
    if middle is None:
        return list(words)
    left = [w for w in header if w.left + w.width / 2 < middle]
    right = [w for w in header if w.left + w.width / 2 >= middle]
    rows = _rows_by_position(left) + _rows_by_position(right) + lines[end:]
    return [replace(w, line=number) for number, row in enumerate(rows, 1) for w in row]


def _header_end(lines: Sequence[Sequence[Word]], page_width: int) -> int | None:
    """The index of the first line below the header (the title or the first body line)."""
    return next((i for i, line in enumerate(lines[:20])
                 if i and _spans_the_page(line, page_width)), None)


def _column_gap(header: Sequence[Word], page_width: int) -> float | None:
    """The x of the widest run of columns no header word covers, in the page's middle half
    (between the issuing body's block and the motto's); None when there is none."""
    covered = np.zeros(page_width + 1, bool)
    for w in header:
        covered[max(0, w.left):min(page_width, w.left + w.width) + 1] = True
    lo, hi = page_width // 4, 3 * page_width // 4
    best, best_width, start = None, 0, None
    for x in range(lo, hi + 1):
        if not covered[x] and start is None:
            start = x
        if (covered[x] or x == hi) and start is not None:
            if x - start > best_width:
                best, best_width = (start + x) / 2, x - start
            start = None
    # wider than a word space (a third of a letter's height) by far: two columns, not words
    letter = _letter_height(header)
    return best if best_width >= 1.5 * letter else None


def _spans_the_page(line: Sequence[Word], page_width: int) -> bool:
    """One piece (no gap wider than two letters) either centred on the page or wider than
    half of it: a title or a body line, not two header columns side by side."""
    height = _height(line)
    gaps = [b.left - (a.left + a.width) for a, b in pairwise(line)]
    if gaps and max(gaps) > 2 * height:
        return False
    left, right = line[0].left, line[-1].left + line[-1].width
    centred = abs((left + right) / 2 - 0.524 * page_width) < 0.06 * page_width
    return centred or right - left > 0.55 * page_width


def _rows_by_position(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into lines by where they sit, top to bottom."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.top + w.height / 2):
        centre = word.top + word.height / 2
        if rows and abs(centre - _centre(rows[-1])) < 0.5 * _height(rows[-1]):
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.left) for row in rows]


def _centre(row: Sequence[Word]) -> float:
    return float(np.median([w.top + w.height / 2 for w in row]))


# --- the header's hand-written digits ------------------------------------------------------

_NUMBER = re.compile(r"^s[o0][:.;]?")
_MONTH = re.compile(r"th[a-z]{1,2}ng")
# Where the number's symbol starts when the `/` before it was misread: `27223Đ-TTg`.
_SYMBOL = re.compile(r"[A-ZĐÐ]{2}|[A-ZĐÐ]-")


def header_slots(words: Sequence[Word], page_width: int) -> list[HeaderSlot]:
    """The `Số:` slot (up to the first `/`) and the day and month slots of the place-date
    line, in the header (not the dates the legal bases below cite)."""
    slots = []
    lines = _lines(words)
    for line in lines[:_header_end(lines, page_width) or 12]:
        text = " ".join(w.text for w in line)
        folded = fold(text)
        if number := _NUMBER.match(folded):
            symbol = _SYMBOL.search(text, number.end())
            end = text.find("/", number.end())
            end = end if end >= 0 else (symbol.start() if symbol else -1)
            if end > number.end():
                slots.append(_slot("number", line, number.end(), end))
        slots.extend(_date_slots(line, folded))
    return [s for s in slots if s.box[2] > s.box[0]]


def _date_slots(line: Sequence[Word], folded: str) -> list[HeaderSlot]:
    """The day (between the word before `tháng` and it) and the month (between `tháng` and
    the next word) of a line that goes on to a year: anchored on `tháng` alone, since
    `ngày` and `năm` come out of italic and stamped-over scans as `sày`, `Nộistsgày`, `răm`."""
    month = _MONTH.search(folded)
    if not month or not re.search(r"(19|20)\d\d", folded[month.end():]):
        return []
    letters = [m.end() for m in re.finditer(r"[a-z]", folded[:month.start()])]
    after = re.search(r"[a-z]", folded[month.end():])
    if not letters or not after:
        return []
    return [_slot("day", line, letters[-1], month.start()),
            _slot("month", line, month.end(), month.end() + after.start())]


def _char_x(line: Sequence[Word]) -> list[tuple[float, float]]:
    """Each character's estimated (left, right) in a line's text, spaces between words too."""
    xs: list[tuple[float, float]] = []
    for i, word in enumerate(line):
        if i:
            gap_left = line[i - 1].left + line[i - 1].width
            xs.append((gap_left, word.left))
        step = word.width / max(1, len(word.text))
        xs.extend((word.left + k * step, word.left + (k + 1) * step)
                  for k in range(len(word.text)))
    return xs


def _slot(kind: str, line: Sequence[Word], start: int, end: int) -> HeaderSlot:
    xs = _char_x(line)
    left = xs[start - 1][1] if start else line[0].left
    right = xs[end][0] if end < len(xs) else line[-1].left + line[-1].width
    height = _height(line)
    top = min(w.top for w in line) - 0.6 * height
    bottom = max(w.top + w.height for w in line) + 0.4 * height
    return HeaderSlot(kind, line[0].line, start, end,
                      (round(left), round(max(0, top)), round(right), round(bottom)))


def reread_header_digits(words: Sequence[Word], grey: np.ndarray,
                         digits: DigitModel | None = None) -> list[Word]:
    """Words with each header slot's digits as the recogniser and tesseract agree on them,
    the slot's word carrying that agreement's confidence (0-100)."""
    result = list(words)
    letter = _letter_height(words)
    for slot in reversed(header_slots(words, grey.shape[1])):  # from the right: earlier offsets stay valid
        line = next(row for row in _lines(result) if row[0].line == slot.line)
        text = " ".join(w.text for w in line)
        read = read_digits(_slot_ink(grey, slot.box, letter), letter, digits)
        value, confidence = choose_reading(slot.kind, text[slot.start:slot.end], line, slot,
                                           read)
        if value:
            result = _rewrite(result, line, slot, value, confidence)
    return result


def _slot_ink(grey: np.ndarray, box: tuple[int, int, int, int], letter: float) -> np.ndarray:
    """The ink of the digits in a slot (bool). The slot's ends are estimates (tesseract gives
    words, not letters), so the crop reaches half a letter past the right end: a glyph that
    starts inside it is kept whole, one that starts past it (the printed `/` or `tháng`) is
    not, nor is the printed word the left end cut, a slash, or a stamp's frame line."""
    left, top, right, bottom = box
    start, reach = max(0, left + round(0.15 * letter)), round(0.5 * letter)
    crop = grey[top:bottom, start:max(start, right + reach)]
    if not crop.size or crop.min() > 128:
        return np.zeros((1, 1), bool)
    ink = crop < 128
    inner = right - start
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), 8)
    for i in range(1, count):
        x, _, _w, h, _ = stats[i]
        if x == 0 or x >= inner or h > 2.6 * letter or _is_slash(labels == i):
            ink[labels == i] = False
    return ink


def _is_slash(component: np.ndarray) -> bool:
    """A thin stroke leaning right, 50-80 degrees from the line: the printed `/`."""
    ys, xs = np.nonzero(component)
    if len(xs) < 10:
        return False
    cov = np.cov(np.stack([xs, -ys]).astype(float))
    values, vectors = np.linalg.eigh(cov)
    if values[0] <= 0 or values[1] / values[0] < 25:
        return False
    angle = np.degrees(np.arctan2(vectors[1, 1], vectors[0, 1])) % 180
    return 50 <= angle <= 80


def choose_reading(kind: str, printed: str, line: Sequence[Word], slot: HeaderSlot,
                   read: DigitReading) -> tuple[str, float]:
    """The slot's digits and their confidence (0-1).

    Agreement is sure. Tesseract sure of sensible digits (`_TRUSTED`; typed, or stamped
    clearly) keeps them. Otherwise the surer reading that makes sense is taken, never sure
    enough to pass review.
    """
    tess = re.sub(r"\D", "", printed)
    tess_conf = min((w.confidence for w in line if slot.box[0] <= w.left + w.width / 2
                     <= slot.box[2]), default=0.0) / 100
    if read.text and read.text == tess:
        return tess, max(read.confidence, tess_conf)
    if tess and _sensible(kind, tess) and tess_conf >= _TRUSTED:
        return tess, tess_conf
    candidates = [(v, c) for v, c in ((read.text, read.confidence), (tess, tess_conf))
                  if v and _sensible(kind, v)]
    if not candidates:
        return "", 0.0
    # Also when tesseract saw no digits: the recogniser alone has not been checked against
    # real hands yet (bench/README.md), so its reading goes to an officer.
    value, confidence = max(candidates, key=lambda vc: vc[1])
    return value, confidence * _DISAGREEMENT


def _sensible(kind: str, value: str) -> bool:
    if kind == "day":
        return 1 <= int(value) <= 31 and len(value) <= 2
    if kind == "month":
        return 1 <= int(value) <= 12 and len(value) <= 2
    return len(value) <= 6


def _rewrite(words: list[Word], line: Sequence[Word], slot: HeaderSlot, value: str,
             confidence: float) -> list[Word]:
    """`words` with the slot's characters of `line` replaced by one word: `value`."""
    spans, position = [], 0
    for word in line:
        spans.append((position, position + len(word.text), word))
        position += len(word.text) + 1
    new: list[Word] = []
    for start, end, word in spans:
        if end <= slot.start or start >= slot.end:
            new.append(word)
            continue
        if start < slot.start and word.text[:slot.start - start].strip():
            new.append(_part(word, 0, slot.start - start))
        if not any(w.text == value and w.line == -1 for w in new):
            left, _, right, _ = slot.box
            new.append(Word(value, left, word.top, right - left, word.height,
                            round(confidence * 100, 2), -1))
        if end > slot.end and word.text[slot.end - start:].strip():
            new.append(_part(word, slot.end - start, len(word.text)))
    if not any(w.line == -1 for w in new):
        left, _, right, _ = slot.box
        new.append(Word(value, left, line[0].top, right - left, line[0].height,
                        round(confidence * 100, 2), -1))
    new = sorted((replace(w, line=slot.line) for w in new), key=lambda w: w.left)
    kept = [w for w in words if w.line != slot.line]
    return sorted(kept + new, key=lambda w: (w.line, w.left))


def _part(word: Word, start: int, end: int) -> Word:
    step = word.width / max(1, len(word.text))
    return replace(word, text=word.text[start:end], left=round(word.left + start * step),
                   width=max(1, round((end - start) * step)))
