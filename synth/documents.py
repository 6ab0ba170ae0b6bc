"""Generated Vietnamese administrative documents, page by page, with the values they carry.

A template (see `hoso.synth.doc_templates`) is text in the layout markup `hoso.synth.render` draws
(`# ` title, `= ` centred, `> ` place and date, `^ ` signer), plus:

    ---                    a page break
    @national              the national heading (CỘNG HÒA XÃ HỘI ... / Độc lập - Tự do ...)
    @authority KIND        the issuing body's block (see `document_values.authority_lines`)
    @id cccd | @id cmnd    every person's ID is a 12-digit CCCD / a 9-digit CMND
    @years FIRST LAST      the document's own date falls in these years
    @sign seal | @sign -   the last page carries a seal and signature / no signature
    ?? line                kept or left out at random
    [[a|b|c]]              one of the choices, at random
    {p1.name} {docno:QĐ-UBND} {place_date} ...  values, see `_Values`

Values that a field reader should find are recorded as the document's `fields`, normalised:
dates ISO, numbers digits only. Second and third persons' fields end in `_2`, `_3`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from hoso.synth import doc_templates
from hoso.synth.document_values import (
    Person,
    authority_lines,
    draw_company,
    draw_date,
    draw_person,
    draw_place,
    draw_tax_code,
    long_date,
    short_date,
)

__all__ = [
    "NATIONAL_HEADING",
    "GeneratedDocument",
    "GeneratedStack",
    "generate_document",
    "generate_stack",
    "labels",
    "template_ids",
]

NATIONAL_HEADING = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@dataclass(frozen=True)
class GeneratedDocument:
    """A generated document: its label, template, lines per page and the true field values.

    pages: lines per page in `hoso.synth.render`'s markup. fields: name -> normalised value.
    seal / signature: whether the last page is stamped / signed.
    """

    label: str
    template_id: str
    pages: tuple[tuple[str, ...], ...]
    fields: dict[str, str]
    seal: bool = False
    signature: bool = True


@dataclass(frozen=True)
class GeneratedStack:
    """Documents scanned as one stack. `pages` holds every sheet in order; `document_pages[i]`
    the indices of document i's pages. Blank separator sheets are empty tuples of lines and
    belong to no document."""

    documents: tuple[GeneratedDocument, ...]
    pages: tuple[tuple[str, ...], ...]
    document_pages: tuple[tuple[int, ...], ...]


def labels() -> tuple[str, ...]:
    return tuple(doc_templates.TEMPLATES)


def template_ids(label: str) -> tuple[str, ...]:
    return tuple(template_id for template_id, _ in doc_templates.TEMPLATES[label])


def generate_document(label: str, seed: int, template: str | None = None) -> GeneratedDocument:
    """One document of `label`; the same seed (and template) gives the same document."""
    choices = doc_templates.TEMPLATES[label]
    rng = random.Random(f"{label}:{template}:{seed}")
    if template is None:
        template_id, text = rng.choice(choices)
    else:
        template_id, text = next(c for c in choices if c[0] == template)
    values = _Values(rng)
    pages = _fill(text, values, rng)
    return GeneratedDocument(label, template_id, pages, dict(values.fields),
                             seal=values.seal, signature=values.signature)


def generate_stack(seed: int, n_docs: int, *, separator_rate: float = 0.25) -> GeneratedStack:
    """`n_docs` documents of random labels, as scanned together; some blank sheets between."""
    rng = random.Random(f"stack:{seed}")
    documents: list[GeneratedDocument] = []
    pages: list[tuple[str, ...]] = []
    spans: list[tuple[int, ...]] = []
    for i in range(n_docs):
        if i and rng.random() < separator_rate:
            pages.append(())
        doc = generate_document(rng.choice(labels()), rng.randrange(1 << 30))
        documents.append(doc)
        spans.append(tuple(range(len(pages), len(pages) + len(doc.pages))))
        pages.extend(doc.pages)
    return GeneratedStack(tuple(documents), tuple(pages), tuple(spans))


_CHOICE = re.compile(r"\[\[(.*?)\]\]")


def _fill(text: str, values: _Values, rng: random.Random) -> tuple[tuple[str, ...], ...]:
    pages: list[tuple[str, ...]] = []
    current: list[str] = []
    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if line == "---":
            pages.append(tuple(current))
            current = []
            continue
        if line.startswith("?? "):
            if rng.random() < 0.5:
                continue
            line = line[3:]
        if line.startswith("@"):
            current.extend(values.directive(line[1:].split()))
            continue
        line = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), line)
        current.append(line.format_map(values))
    pages.append(tuple(current))
    return tuple(pages)


class _Values(dict[str, Any]):
    """The values one document's placeholders draw on; records the fields it hands out."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.fields: dict[str, str] = {}
        self.id_kind: bool | None = None
        self.years = (2015, 2024)
        self.seal = rng.random() < 0.5
        self.signature = True
        self.place = draw_place(rng)
        self._date = None

    def __missing__(self, key: str) -> Any:
        if key in ("p1", "p2", "p3"):
            suffix = "" if key == "p1" else f"_{key[1]}"
            self[key] = _PersonSlot(draw_person(self.rng, cccd=self.id_kind), suffix, self)
        elif key == "docno":
            self[key] = _DocNumber(self)
        elif key in _SIMPLE:
            self[key] = _SIMPLE[key](self)
        else:
            raise KeyError(key)
        return self[key]

    @property
    def date(self):
        if self._date is None:
            self._date = draw_date(self.rng, *self.years)
        return self._date

    def record(self, name: str, value: str) -> str:
        self.fields[name] = value
        return value

    def directive(self, words: list[str]) -> list[str]:
        kind, args = words[0], words[1:]
        if kind == "national":
            return [f"# {NATIONAL_HEADING[0]}", f"# {NATIONAL_HEADING[1]}"]
        if kind == "authority":
            authority = authority_lines(self.rng, args[0], self.place)
            if args[1:] == ["bottom"]:  # beside the signature: not the heading a reader uses
                return [f"^ {line}" for line in authority.lines]
            self.record("authority", authority.name)
            return [f"= {line}" for line in authority.lines]
        if kind == "id":
            self.id_kind = args[0] == "cccd"
        elif kind == "years":
            self.years = (int(args[0]), int(args[1]))
        elif kind == "sign":
            self.seal, self.signature = args[0] == "seal", args[0] != "-"
        return []


def _issue_date(values: _Values, form: str) -> str:
    day = values.date
    values.record("issue_date", day.isoformat())
    if form == "short":
        return short_date(day)
    return long_date(day, pad=values.rng.random() < 0.3)


def _place_date(values: _Values) -> str:
    place = values.place
    ward = place.ward_full[:1].upper() + place.ward_full[1:]
    where = values.rng.choice((place.city, place.city, ward,
                               place.district if place.district_kind != "quận" else place.city))
    return f"{where}, {_issue_date(values, 'long')}"


_AMOUNTS = (
    ("850.000.000", "Tám trăm năm mươi triệu đồng"),
    ("1.200.000.000", "Một tỷ hai trăm triệu đồng"),
    ("2.450.000.000", "Hai tỷ bốn trăm năm mươi triệu đồng"),
    ("635.000.000", "Sáu trăm ba mươi lăm triệu đồng"),
    ("3.100.000.000", "Ba tỷ một trăm triệu đồng"),
    ("12.000.000", "Mười hai triệu đồng"),
    ("7.500.000", "Bảy triệu năm trăm nghìn đồng"),
)
_SIMPLE = {
    "place": lambda v: v.place,
    "place_date": _place_date,
    "date_long": lambda v: _issue_date(v, "long"),
    "date_short": lambda v: _issue_date(v, "short"),
    "date_line": lambda v: _issue_date(v, "long").capitalize(),
    "year": lambda v: v.date.year,
    "tax": lambda v: v.record("tax_code", draw_tax_code(v.rng)),
    "parcel": lambda v: v.record("land_parcel", str(v.rng.randint(1, 1450))),
    "sheet": lambda v: v.record("map_sheet", str(v.rng.randint(1, 96))),
    "area": lambda v: f"{v.rng.randint(40, 450)},{v.rng.randint(0, 9)}",
    "money": lambda v: v.rng.choice(_AMOUNTS),
    "company": lambda v: draw_company(v.rng),
    "phone": lambda v: f"0{v.rng.choice('389')}{v.rng.randint(0, 99_999_999):08d}",
    "signer": lambda v: draw_person(v.rng).name,
    "n": lambda v: _Numbers(v.rng),
    "other_date": lambda v: _OtherDate(v.rng),
}


class _Numbers:
    """`{n.small}`, `{n.big}`: fresh numbers of no interest to a field reader."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __getattr__(self, size: str) -> int:
        return self.rng.randint(1, {"small": 12, "mid": 99, "big": 9999}[size])


class _OtherDate:
    """Dates no field reader should pick up (a contract's term, a law's date)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __format__(self, spec: str) -> str:
        if spec == "expiry":
            return short_date(draw_date(self.rng, 2030, 2060))
        day = draw_date(self.rng, 2010, 2025)
        if spec == "day":
            return long_date(day)[5:]
        return short_date(day) if spec == "short" else long_date(day)


class _DocNumber:
    """`{docno:QĐ-UBND}` -> `123/QĐ-UBND` or `45/2022/QĐ-UBND`; recorded as doc_number."""

    def __init__(self, values: _Values) -> None:
        self.values = values

    def __format__(self, suffix: str) -> str:
        rng = self.values.rng
        number = str(rng.randint(1, 2500))
        if rng.random() < 0.3:
            number = number.zfill(rng.choice((2, 3, 4)))
        if rng.random() < 0.35:
            number += f"/{self.values.date.year}"
        value = f"{number}/{suffix}" if suffix else number
        return self.values.record("doc_number", value)


class _PersonSlot:
    """`{p1.name}`, `{p1.birth}`, `{p1.id}`...: one person's values, recorded as read."""

    def __init__(self, person: Person, suffix: str, values: _Values) -> None:
        self.person, self.suffix, self.values = person, suffix, values

    def _record(self, name: str, value: str) -> None:
        self.values.record(name + self.suffix, value)

    def __getattr__(self, what: str) -> str:
        person, rng = self.person, self.values.rng
        if what in ("name", "NAME"):
            self._record("name", person.name)
            return person.name.upper() if what == "NAME" else person.name
        if what.startswith("birth"):
            self._record("birth_date", person.birth.isoformat())
            return _date_form(what, person.birth, rng)
        if what == "id":
            self._record("id_number", person.id_number)
            return person.id_number
        if what.startswith("id_issued"):
            self._record("id_issue_date", person.id_issued.isoformat())
            return _date_form(what, person.id_issued, rng)
        plain = {
            "id_place": person.id_authority, "sex": person.sex, "title": person.title,
            "ethnicity": person.ethnicity, "job": person.job, "address": person.home.address,
            "hometown": f"{person.home.ward_full}, {person.home.district_full}, "
                        f"{person.home.province_full}",
            "year": str(person.birth.year), "sign": person.name,
        }
        return plain[what]


def _date_form(what: str, day: Any, rng: random.Random) -> str:
    if what.endswith("_day"):  # after a printed "ngày"
        return long_date(day)[5:] if rng.random() < 0.5 else short_date(day)
    if what.endswith("_long"):
        return long_date(day)
    if what.endswith("_short"):
        return short_date(day)
    if what.endswith("_dash"):
        return short_date(day).replace("/", "-")
    return long_date(day) if rng.random() < 0.4 else short_date(day)
