"""Lay out an `OfficeDocument` the way Nghị định 30/2020/NĐ-CP prescribes, at 300 dpi.

Header in two columns: the issuing body with `Số: .../...` under it on the left, the
national motto with the place-date line under it on the right. Then the bold capital title,
its subject, the italic legal bases (`Căn cứ ...`), the articles, and at the foot the
recipients (left) beside the signature block (right).

The number and the day and month may be left as blank slots: on real papers they are filled
in by hand or by a numbering machine after signing. Slots are returned with their boxes so
`hoso.synth.office` can ink them; their text is part of the ground truth all the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from hoso.synth.fonts import FontFamily
from hoso.synth.office_text import OfficeDocument

__all__ = ["DPI", "Layout", "Slot", "lay_out"]

DPI = 300
_PX = DPI / 25.4
_LEFT, _TOP, _RIGHT, _BOTTOM = (round(v * _PX) for v in (30, 20, 15, 20))
_WIDTH, _HEIGHT = round(210 * _PX), round(297 * _PX)
_SPLIT = 0.42  # the left header column's share of the text width


def _pt(points: float) -> int:
    return round(points * DPI / 72)


@dataclass(frozen=True)
class Slot:
    """A blank left on the printed page for `text`: `name` is number, day or month."""

    name: str
    text: str
    box: tuple[int, int, int, int]  # left, top, width, height in the page's pixels


@dataclass(frozen=True, eq=False)
class Layout:
    """The printed page (grey, 300 dpi), its text in reading order, its blank slots, and the
    boxes where marks belong: the signature gap and the signer's lines."""

    image: Image.Image
    text: str
    slots: tuple[Slot, ...]
    signature_box: tuple[int, int, int, int]
    header_bottom: int


# A piece of a line: (text, slot name or "" for printed text).
_Piece = tuple[str, str]


class _Pen:
    """Draws lines top-down in columns; collects their text and slots."""

    def __init__(self, family: FontFamily, image: Image.Image, blanks: frozenset[str]) -> None:
        self.draw = ImageDraw.Draw(image)
        self.family, self.blanks = family, blanks
        self.lines: list[str] = []
        self.slots: list[Slot] = []

    def font(self, style: str, points: float) -> ImageFont.FreeTypeFont:
        path = {"regular": self.family.regular, "bold": self.family.bold,
                "italic": self.family.italic}[style]
        return ImageFont.truetype(str(path), _pt(points))

    def line(self, pieces: list[_Piece], font: ImageFont.FreeTypeFont, span: tuple[int, int],
             y: int, *, centre: bool = True, x: int | None = None) -> int:
        """Draw one line in the column `span`; return its width."""
        widths = [self._width(text, slot, font) for text, slot in pieces]
        total = sum(widths)
        left = x if x is not None else (
            (span[0] + span[1] - total) // 2 if centre else span[0])
        for (text, slot), width in zip(pieces, widths, strict=True):
            if slot and slot in self.blanks:
                self.slots.append(Slot(slot, text, (left, y, width, font.size)))
            else:
                self.draw.text((left, y), text, font=font, fill=0)
            left += width
        self.lines.append("".join(text for text, _ in pieces))
        return total

    def _width(self, text: str, slot: str, font: ImageFont.FreeTypeFont) -> int:
        if slot and slot in self.blanks:  # room for a pen: wider than print
            return round(max(font.getlength(text) * 1.6, font.getlength("000")))
        return round(font.getlength(text))

    def paragraph(self, text: str, font: ImageFont.FreeTypeFont, span: tuple[int, int], y: int,
                  *, indent: int, pitch: int, centre: bool = False) -> int:
        """Wrap `text` to the column; return the y below it."""
        words, current, first = text.split(), "", True
        for word in words:
            limit = span[1] - span[0] - (indent if first and not centre else 0)
            trial = f"{current} {word}".strip()
            if current and font.getlength(trial) > limit:
                self._wrapped(current, font, span, y, indent if first else 0, centre)
                y, current, first = y + pitch, word, False
            else:
                current = trial
        self._wrapped(current, font, span, y, indent if first else 0, centre)
        return y + pitch

    def _wrapped(self, text: str, font: ImageFont.FreeTypeFont, span: tuple[int, int], y: int,
                 indent: int, centre: bool) -> None:
        self.line([(text, "")], font, span, y, centre=centre,
                  x=None if centre else span[0] + indent)

    def rule(self, span: tuple[int, int], y: int, width: int) -> None:
        mid = (span[0] + span[1]) // 2
        self.draw.line((mid - width // 2, y, mid + width // 2, y), fill=0, width=max(2, _pt(0.6)))


def lay_out(doc: OfficeDocument, family: FontFamily, *, blanks: frozenset[str],
            articles: int | None = None) -> Layout:
    """Draw `doc`; slots named in `blanks` (number, day, month) are left blank."""
    page = Image.new("L", (_WIDTH, _HEIGHT), 255)
    pen = _Pen(family, page, blanks)
    split = _LEFT + round((_WIDTH - _LEFT - _RIGHT) * _SPLIT)
    left_y = _header_left(pen, doc, (_LEFT - _pt(20), split))
    right_y = _header_right(pen, doc, (split, _WIDTH - _RIGHT))
    y = max(left_y, right_y) + _pt(8)
    header_bottom = y
    y = _body(pen, doc, y, doc.articles[:articles])
    signature_box = _foot(pen, doc, y + _pt(6), split)
    if signature_box[1] + signature_box[3] + _pt(60) > _HEIGHT - _BOTTOM and (
            articles is None or articles > 1):
        return lay_out(doc, family, blanks=blanks,
                       articles=(articles or len(doc.articles)) - 1)
    return Layout(page, "\n".join(line for line in pen.lines if line.strip()),
                  tuple(pen.slots), signature_box, header_bottom)


def _header_left(pen: _Pen, doc: OfficeDocument, span: tuple[int, int]) -> int:
    y, pitch = _TOP, _pt(16)
    if doc.issuer.parent:
        pen.line([(doc.issuer.parent, "")], pen.font("regular", 12.5), span, y)
        y += pitch
    width = pen.line([(doc.issuer.name, "")], pen.font("bold", 12.5), span, y)
    y += pitch + _pt(3)
    pen.rule(span, y, width // 3)
    y += _pt(8)
    pen.line([("Số: ", ""), (doc.number, "number"), (doc.symbol, "")],
             pen.font("regular", 13), span, y)
    y += pitch
    if doc.kind == "cong_van":
        y = pen.paragraph(f"V/v {doc.subject}", pen.font("regular", 12), span, y, indent=0,
                          pitch=_pt(15), centre=True)
    return y


def _header_right(pen: _Pen, doc: OfficeDocument, span: tuple[int, int]) -> int:
    y, pitch = _TOP, _pt(16)
    pen.line([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "")], pen.font("bold", 12), span, y)
    y += pitch
    width = pen.line([("Độc lập - Tự do - Hạnh phúc", "")], pen.font("bold", 13), span, y)
    y += pitch + _pt(2)
    pen.rule(span, y, width)
    y += _pt(10)
    day = doc.issued
    pen.line([(f"{doc.issuer.place}, ngày ", ""), (f"{day.day:02d}", "day"), (" tháng ", ""),
              (f"{day.month:02d}", "month"), (f" năm {day.year}", "")],
             pen.font("italic", 13), span, y)
    return y + pitch


def _body(pen: _Pen, doc: OfficeDocument, y: int, articles: tuple[str, ...]) -> int:
    full = (_LEFT, _WIDTH - _RIGHT)
    pitch, indent = _pt(18), _pt(28)
    bold = pen.font("bold", 14)
    if doc.title:
        pen.line([(doc.title, "")], bold, full, y)
        y += pitch
        y = pen.paragraph(f"Về việc {doc.subject}", pen.font("bold", 13), full, y, indent=0,
                          pitch=pitch, centre=True)
        pen.rule(full, y, _pt(120))
        y += _pt(10)
    else:
        y = pen.paragraph("Kính gửi: Các cơ quan, đơn vị trực thuộc", pen.font("regular", 13),
                          full, y + _pt(4), indent=0, pitch=pitch, centre=True) + _pt(4)
    italic, regular = pen.font("italic", 13), pen.font("regular", 13)
    for basis in doc.bases:
        y = pen.paragraph(basis, italic, full, y, indent=indent, pitch=pitch)
    if doc.bases:
        verb = {"nghi_quyet": "QUYẾT NGHỊ:"}.get(doc.kind, f"{doc.title}:")
        pen.line([(verb, "")], bold, full, y + _pt(4))
        y += pitch + _pt(8)
    for article in articles:
        y = pen.paragraph(article, regular, full, y, indent=indent, pitch=pitch)
    return y


def _foot(pen: _Pen, doc: OfficeDocument, y: int, split: int) -> tuple[int, int, int, int]:
    """Recipients on the left, then the signature block on the right (the order a reader
    takes them); returns the box of the gap left for the signature."""
    left_span, right_span = (_LEFT, split - _pt(10)), (split, _WIDTH - _RIGHT)
    pen.line([(doc.recipients[0], "")], pen.font("bold", 12), left_span, y, centre=False)
    ly = y + _pt(14)
    for recipient in doc.recipients[1:]:
        ly = pen.paragraph(recipient, pen.font("regular", 11), left_span, ly, indent=0,
                           pitch=_pt(13))
    ry, bold = y, pen.font("bold", 13)
    if doc.issuer.sign_for:
        pen.line([(doc.issuer.sign_for, "")], bold, right_span, ry)
        ry += _pt(16)
    pen.line([(doc.issuer.role, "")], bold, right_span, ry)
    ry += _pt(16)
    pen.line([(doc.signer, "")], bold, right_span, ry + _pt(66))
    return right_span[0] + _pt(30), ry, right_span[1] - right_span[0] - _pt(60), _pt(62)
