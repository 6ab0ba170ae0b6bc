"""The ids of a dossier's files, pages and documents, made and taken apart in one place.

Ids are deterministic, made from the dossier code and positions, so that a repeated intake or
a redelivered message addresses the same rows. Their string form is what the catalog, the
search index, the broker's messages and the URLs carry:

    file      {dossier}/f{file:02}                 000.00.19.H12-241202-0001/f01
    page      {dossier}/f{file:02}/p{page:03}      000.00.19.H12-241202-0001/f01/p003
    document  {dossier}/f{file:02}/d{document:02}  000.00.19.H12-241202-0001/f01/d02

Numbers count from 1: files in the order they were received, pages in the order they are in
the file, documents in the order they were found in the file.

A dossier code is checked once, where it enters (CLI, API, web forms), by
`check_dossier_code`: it becomes a folder name (`hoso get`), a URL segment and a catalog key,
so it holds only what is safe in all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Self, TypeVar

from hoso.errors import InvalidValue

__all__ = [
    "DOSSIER_CODE_PATTERN",
    "DOSSIER_CODE_RULE",
    "MAX_DOSSIER_CODE_CHARS",
    "DocumentId",
    "FileId",
    "PageId",
    "check_dossier_code",
]

MAX_DOSSIER_CODE_CHARS = 64  # the catalog's column
# Codes of the national one-stop system read `000.00.19.H12-241202-0001`. No leading dot or
# dash: `..` would climb out of a folder and `-x` reads as a command-line option.
DOSSIER_CODE_PATTERN = rf"[A-Za-z0-9_][A-Za-z0-9._-]{{0,{MAX_DOSSIER_CODE_CHARS - 1}}}"
DOSSIER_CODE_RULE = (f"a dossier code is 1-{MAX_DOSSIER_CODE_CHARS} letters (A-Z, a-z), digits,"
                     " '.', '-' or '_', not starting with '.' or '-',"
                     " e.g. 000.00.19.H12-241202-0001")
_DOSSIER_CODE = re.compile(DOSSIER_CODE_PATTERN)


def check_dossier_code(code: str) -> str:
    """`code` if it is a dossier code hoso accepts; InvalidValue naming it and the rule if not."""
    if _DOSSIER_CODE.fullmatch(code) is None:
        shown = code if len(code) <= 80 else f"{code[:80]}... ({len(code)} characters)"
        raise InvalidValue(f"{shown!r} is not a valid dossier code", hint=DOSSIER_CODE_RULE)
    return code


@dataclass(frozen=True)
class FileId:
    """A file handed in for a dossier: the dossier's code and the file's number in it."""

    dossier: str
    number: int

    def __post_init__(self) -> None:
        if not self.dossier or "/" in self.dossier:
            raise InvalidValue(f"a dossier code in an id cannot be empty or hold '/': "
                               f"{self.dossier!r}")
        _check_number("file", self.number)

    def __str__(self) -> str:
        return f"{self.dossier}/{self.relative}"

    @property
    def relative(self) -> str:
        """The id inside its dossier: `f01`."""
        return f"f{self.number:02}"

    def page(self, number: int) -> PageId:
        return PageId(self, number)

    def document(self, number: int) -> DocumentId:
        return DocumentId(self, number)

    @staticmethod
    def parse(text: str) -> FileId:
        """The id written as `text`; InvalidValue, saying what a file id looks like, if not."""
        dossier, number = _match(_FILE, text, "file")
        return _canonical(FileId(dossier, int(number)), text, "file")


@dataclass(frozen=True)
class _PartOfFile:
    """A page or a document of a file, written `{file}/{LETTER}{number}`."""

    file: FileId
    number: int

    KIND: ClassVar[str]
    LETTER: ClassVar[str]
    WIDTH: ClassVar[int]

    def __post_init__(self) -> None:
        _check_number(self.KIND, self.number)

    def __str__(self) -> str:
        return f"{self.file.dossier}/{self.relative}"

    @property
    def dossier(self) -> str:
        return self.file.dossier

    @property
    def relative(self) -> str:
        """The id inside its dossier: `f01/p003`, `f01/d02`."""
        return f"{self.file.relative}/{self.LETTER}{self.number:0{self.WIDTH}}"

    @classmethod
    def parse(cls, text: str) -> Self:
        """The id written as `text`; InvalidValue, saying what such an id looks like, if not."""
        pattern = re.compile(rf"([^/]+)/f(\d+)/{cls.LETTER}(\d+)")
        dossier, file, number = _match(pattern, text, cls.KIND)
        return _canonical(cls(FileId(dossier, int(file)), int(number)), text, cls.KIND)


class PageId(_PartOfFile):
    """A page of a file: `number` is its position in the file (index_in_file + 1)."""

    KIND, LETTER, WIDTH = "page", "p", 3


class DocumentId(_PartOfFile):
    """A document found in a file: `number` counts the file's documents from its first page."""

    KIND, LETTER, WIDTH = "document", "d", 2


_FILE = re.compile(r"([^/]+)/f(\d+)")
_SHAPES = {"file": "DOSSIER/f01", "page": "DOSSIER/f01/p001", "document": "DOSSIER/f01/d01"}
_Id = TypeVar("_Id")


def _check_number(what: str, number: int) -> None:
    if number < 1:
        raise InvalidValue(f"a {what} number counts from 1, not {number}")


def _match(pattern: re.Pattern[str], text: str, what: str) -> tuple[str, ...]:
    match = pattern.fullmatch(text)
    if match is None:
        raise InvalidValue(f"{text!r} is not a {what} id", hint=f"it reads {_SHAPES[what]}")
    return match.groups()


def _canonical(made: _Id, text: str, what: str) -> _Id:
    """The id read, when `text` is written exactly as hoso writes it: `f1` or `p0003` would
    name no row."""
    if str(made) != text:
        raise InvalidValue(f"{text!r} is not a {what} id as hoso writes them ({made})",
                           hint=f"it reads {_SHAPES[what]}")
    return made
