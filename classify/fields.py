"""Read the values officers look for: ID numbers, names, dates, document numbers, issuing
authority, tax codes, land parcel and map sheet numbers.

Each value is normalised (dates ISO, numbers digits only), validated (impossible dates, wrong
digit counts and bad check digits are dropped) and keeps the page and box it was read from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from hoso.classify import field_rules as rules
from hoso.classify.field_lines import Line, document_lines, joined
from hoso.classify.split import AUTHORITY_START, TITLE_START
from hoso.classify.text import has_national_heading, is_upper_line
from hoso.records import Field, OcrPage

__all__ = ["FIELD_NAMES", "HEADER_FIELDS", "read_fields", "unsure_fields"]

_NUMBER_LINE = re.compile(r"^so\s*[:.]")

# The header's number and date, written by hand or stamped after signing: an unsure reading
# of either sends the document to an officer (see `unsure_fields`).
HEADER_FIELDS = ("doc_number", "issue_date")

FIELD_NAMES = ("id_number", "name", "birth_date", "id_issue_date", "issue_date", "doc_number",
               "authority", "tax_code", "land_parcel", "map_sheet")


def read_fields(pages: Sequence[OcrPage]) -> tuple[Field, ...]:
    """Every field found in a document's pages, in reading order, each value once per name."""
    lines = document_lines(pages)
    found: list[Field] = []
    seen: set[tuple[str, str]] = set()
    readers = (_authority, _doc_numbers, _dates, _ids, _tax_codes, _land, _names)
    for reader in readers:
        for item in reader(lines):
            if (item.name, item.value) not in seen:
                seen.add((item.name, item.value))
                found.append(item)
    return tuple(sorted(found, key=lambda f: (f.page_no, _order(lines, f))))


def unsure_fields(found: Sequence[Field], below: float) -> tuple[Field, ...]:
    """The header fields read with less confidence than `below`."""
    return tuple(f for f in found if f.name in HEADER_FIELDS and f.confidence < below)


def _order(lines: list[Line], item: Field) -> int:
    return item.box[1] if item.box else 0


def _field(name: str, value: str, line: Line, start: int, end: int) -> Field:
    return Field(name=name, value=value, page_no=line.page_no, box=line.box(start, end),
                 raw=line.text[start:end], confidence=line.confidence(start, end))


def _authority(lines: list[Line]) -> Iterator[Field]:
    """The capitals block that opens the first page, when it names an issuing body."""
    # The heading may be read before or after the authority (they sit side by side).
    head = [line for line in lines[:8]
            if line.page_no == 1 and not has_national_heading([line.text])][:6]
    block: list[Line] = []
    for line in head:
        if not is_upper_line(line.text):
            break
        if TITLE_START.match(line.folded) or _NUMBER_LINE.match(line.folded):
            break
        block.append(line)
    if block and AUTHORITY_START.match(block[0].folded):
        value = rules.canonical_authority(" ".join(" ".join(line.text.split()) for line in block))
        first, last = block[0], block[-1]
        yield Field("authority", value, first.page_no, _union(first, last), value)


def _union(first: Line, last: Line) -> tuple[int, int, int, int] | None:
    a, b = first.box(0, len(first.text)), last.box(0, len(last.text))
    if a is None or b is None:
        return a or b
    left, top = min(a[0], b[0]), min(a[1], b[1])
    right, bottom = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return left, top, right - left, bottom - top


def _doc_numbers(lines: list[Line]) -> Iterator[Field]:
    for line in lines:
        for match in rules.DOC_NUMBER_PATTERN.finditer(line.text):
            value = rules.normalise_doc_number(match.group(1))
            if "/" in value:
                yield _field("doc_number", value, line, match.start(1), match.end(1))


def _windows(lines: list[Line]) -> Iterator[tuple[int, Line, int]]:
    """Each line joined with the one below, and how much of it is the line's own."""
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        yield i, joined(line, following), len(line.text)


def _dates(lines: list[Line]) -> Iterator[Field]:
    header: list[str] = []
    for i, window, own in _windows(lines):
        line = lines[i]
        previous = lines[i - 1].folded if i and lines[i - 1].page_no == line.page_no else ""
        if "|" in line.text and not re.search(r"\d", line.text):
            header = [cell.strip() for cell in line.folded.split("|")]
        yield from _dates_in(window, own, previous, header if "|" in line.text else [])


def _dates_in(line: Line, own: int, previous: str, header: list[str]) -> Iterator[Field]:
    found = sorted((m.start(), m.end(), m) for pattern in rules.DATE_PATTERNS
                   for m in pattern.finditer(line.folded))
    last_end, last_kind = 0, None
    for start, end, match in found:
        if start < last_end or start >= own:
            continue
        groups = [g for g in match.groups() if g not in ("/", ".", "-")]
        value = rules.make_date(*groups)
        between = line.folded[last_end:start]
        inherited = last_kind if last_kind and re.fullmatch(r"[\s|,;]*", between) else None
        cell = header[line.folded[:start].count("|")] if header and line.folded[:start].count(
            "|") < len(header) else ""
        kind = rules.date_kind(line.folded[:start], line.folded[end:max(end, own)], previous,
                               header=cell, inherited=inherited,
                               standalone=line.text[start:start + 4] == "Ngày")
        last_end, last_kind = end, kind
        if value is not None and kind is not None:
            yield _field(kind, value.isoformat(), line, start, end)


def _ids(lines: list[Line]) -> Iterator[Field]:
    header = ""
    for line in lines:
        if "|" not in line.text:
            header = ""
        elif not re.search(r"\d", line.text):
            header = line.folded
        for match in rules.ID_PATTERN.finditer(line.digitised):
            digits, prefix = match.group(1), line.folded[:match.start()]
            if rules.valid_citizen_id(digits, prefix, f"{line.folded} {header}"):
                yield _field("id_number", digits, line, match.start(1), match.end(1))


def _tax_codes(lines: list[Line]) -> Iterator[Field]:
    for line in lines:
        if not rules.has_tax_context(line.folded):
            continue
        for match in rules.TAX_PATTERN.finditer(line.digitised):
            if rules.valid_tax_code(match.group(1)):
                yield _field("tax_code", match.group(1), line, match.start(1), match.end(1))


def _land(lines: list[Line]) -> Iterator[Field]:
    for _, line, own in _windows(lines):
        for name, pattern in (("land_parcel", rules.PARCEL_PATTERN),
                              ("map_sheet", rules.SHEET_PATTERN)):
            for match in pattern.finditer(line.folded):
                if match.start() >= own:
                    continue
                value = str(int(match.group(1)))
                yield _field(name, value, line, match.start(1), match.end(1))


def _names(lines: list[Line]) -> Iterator[Field]:
    for line in lines:
        for start, end in rules.person_names(line.text, line.folded):
            yield _field("name", rules.title_case(line.text[start:end]), line, start, end)
