"""Officers' words for the same thing: the synonym list and the names of the kinds of paper.

`indexer/synonyms.json` (package data) holds groups of equivalent phrasings of Vietnamese
administrative language (`CCCD` = `căn cước công dân`, `sổ đỏ` = `sổ hồng` = `GCN QSDĐ` =
`giấy chứng nhận quyền sử dụng đất`, `HĐ` = `hợp đồng`...), some naming a document type. The
names of the document types in hoso.doctypes join them, so `tờ khai` or `biên bản` in a query
names the type too. indexer.query expands a query with it, so no re-index is needed when the
list changes, and every backend expands alike.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from hoso.doctypes import DOC_TYPES, OTHER
from hoso.indexer.folding import fold

__all__ = ["Entry", "Lexicon", "lexicon", "phrase_words"]

Phrase = tuple[str, ...]

_WORD_RE = re.compile(r"[^\W_]+")  # the split of indexer.query.WORD_RE


@dataclass(frozen=True)
class Entry:
    """What a phrase found in a query stands for.

    phrasings: every folded phrasing of the group (the phrase itself included), in the file's
        order; any one of them found on a page matches.
    doc_type: the kind of paper the phrase names ('' when none).
    """

    phrasings: tuple[Phrase, ...]
    doc_type: str = ""


@dataclass(frozen=True)
class Lexicon:
    """Folded phrases and what they stand for; `longest` is the longest phrase in words."""

    entries: dict[Phrase, Entry]
    longest: int

    def lookup(self, phrase: Phrase) -> Entry | None:
        return self.entries.get(phrase)


def phrase_words(text: str) -> Phrase:
    """The folded words of a phrasing, split as queries and pages are."""
    return tuple(_WORD_RE.findall(fold(text)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped synonym list plus the registry's names of document types."""
    groups = _synonym_groups() + _doc_type_names()
    entries: dict[Phrase, Entry] = {}
    for doc_type, phrasings in groups:
        entry = Entry(phrasings=tuple(dict.fromkeys(phrasings)), doc_type=doc_type)
        for phrase in entry.phrasings:
            entries.setdefault(phrase, entry)  # the synonym list wins over a registry name
    return Lexicon(entries, max(len(phrase) for phrase in entries))


def _synonym_groups() -> list[tuple[str, list[Phrase]]]:
    text = resources.files("hoso.indexer").joinpath("synonyms.json").read_text("utf-8")
    return [
        (group.get("doc_type", ""), [phrase_words(p) for p in group["phrasings"]])
        for group in json.loads(text)["groups"]
    ]


def _doc_type_names() -> list[tuple[str, list[Phrase]]]:
    # "Căn cước, CCCD, CMND (bản sao)": each comma-separated name, without the remark.
    groups = []
    for doc_type in DOC_TYPES:
        if doc_type.code == OTHER:
            continue
        names = re.sub(r"\(.*?\)", "", doc_type.name).split(",")
        for name in names:
            if words := phrase_words(name):
                groups.append((doc_type.code, [words]))
    return groups
