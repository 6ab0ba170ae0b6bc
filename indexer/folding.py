"""Vietnamese-aware text folding for search.

`fold` lowercases and removes every diacritic, so `Quyết định`, `QUYET DINH` and `quyết dinh`
all become `quyet dinh`: tone marks (sắc, huyền, hỏi, ngã, nặng), the circumflex, breve and
horn (ă â ê ô ơ ư → a a e o o u) and đ → d. It returns exactly one character per character of
the NFC text, so an offset found in the folded text is the same offset in the NFC original:
highlighting works on the folded text and marks the original.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["fold", "has_diacritics", "lowercase"]

# Letters with a stroke or a hook have no canonical decomposition; these are the ones a
# Vietnamese (or Latin-script) search box should treat as their plain letter.
_STROKED = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i"}


def _lower_char(char: str) -> str:
    lowered = char.lower()
    # A few letters lowercase to two characters (İ → i̇); keeping them preserves offsets.
    return lowered if len(lowered) == 1 else char


def _fold_char(char: str) -> str:
    lowered = _lower_char(char)
    base = unicodedata.normalize("NFD", lowered)[0]
    if unicodedata.combining(base):
        return lowered  # a lone combining mark: search treats it as a separator anyway
    base = _lower_char(base)
    return _STROKED.get(base, base)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    # Built once over the Basic Multilingual Plane so `str.translate` does the work in C.
    fold_table: dict[int, str] = {}
    lower_table: dict[int, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded, lowered = _fold_char(char), _lower_char(char)
        if folded != char:
            fold_table[code] = folded
        if lowered != char:
            lower_table[code] = lowered
    return fold_table, lower_table


def _astral(text: str, convert: Callable[[str], str]) -> str:
    # Letters beyond the BMP (rare: historic scripts, maths) go one at a time.
    if text.isascii() or max(text) <= "\uffff":
        return text
    return "".join(convert(c) if c > "\uffff" else c for c in text)


def fold(text: str) -> str:
    """Lowercase `text` (after NFC) and strip its diacritics, one character per character."""
    nfc = unicodedata.normalize("NFC", text)
    return _astral(nfc.translate(_tables()[0]), _fold_char)


def lowercase(text: str) -> str:
    """Lowercase `text` (after NFC), keeping its diacritics and one character per character."""
    nfc = unicodedata.normalize("NFC", text)
    return _astral(nfc.translate(_tables()[1]), _lower_char)


def has_diacritics(text: str) -> bool:
    """True when `text` has a letter that folding changes beyond its case (ấ, đ, ư...)."""
    return fold(text) != lowercase(text)
