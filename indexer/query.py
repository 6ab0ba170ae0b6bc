"""What a user typed in the search box, as terms every backend understands the same way.

Words are separated by spaces and punctuation; every word must match (AND). `"giấy khai sinh"`
in quotes must match as a phrase; a word or phrase with a leading `-` must not match. A word
holding punctuation, such as a dossier code `000.00.19.H12-241202-0001`, is matched as the
phrase of its parts. Nothing else is syntax: `*`, `NEAR(`, `OR`, parentheses are plain text,
so no input can break a backend's query language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hoso.indexer.folding import fold, lowercase

__all__ = ["MAX_TERMS", "WORD_RE", "ParsedQuery", "Term", "parse_query"]

# A word is a run of letters and digits, the same split as SQLite's unicode61 tokenizer and
# Elasticsearch's standard one make on Vietnamese text.
WORD_RE = re.compile(r"[^\W_]+")

# Bounds the work one query can cause; a longer query keeps its first terms.
MAX_TERMS = 32

_CHUNK_RE = re.compile(r'(-?)"([^"]*)"|(\S+)')
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of words that must appear in a row.

    words: the words lowercased with their diacritics, to rank exact matches first.
    folded: the same words folded (indexer.folding.fold), which is what must match.
    """

    words: tuple[str, ...]
    folded: tuple[str, ...]

    @property
    def has_diacritics(self) -> bool:
        return self.words != self.folded


@dataclass(frozen=True)
class ParsedQuery:
    """`required` must all match; `excluded` must not. Both empty: the text selects nothing."""

    required: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.required and not self.excluded


def parse_query(text: str) -> ParsedQuery:
    """Split the search box's text into required and excluded terms."""
    required: list[Term] = []
    excluded: list[Term] = []
    normalised = unicodedata.normalize("NFC", text).translate(_QUOTES)
    for match in _CHUNK_RE.finditer(normalised):
        negated, phrase, bare = match.groups()
        if bare is not None:
            negated, phrase = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        term = _term(phrase)
        target = excluded if negated else required
        if term is not None and term not in target and len(required) + len(excluded) < MAX_TERMS:
            target.append(term)
    return ParsedQuery(tuple(required), tuple(excluded))


def _term(text: str) -> Term | None:
    words = tuple(WORD_RE.findall(lowercase(text)))
    if not words:
        return None
    return Term(words=words, folded=tuple(fold(word) for word in words))
