"""Phrases and proximity checked on one page's words, the way FTS5 checks them in its lists.

The SQLite index asks FTS5 which pages match, then ranks the best few hundred of them with
the boosts of indexer.query (phrase, neighbouring words, proximity, tone marks as typed).
Asking FTS5 for a boost walks that phrase's lists over the whole index, which grows with it;
checking the candidates' own words costs the same at a thousand pages or a million.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from hoso.indexer.query import WORD_RE

__all__ = ["PageWords"]


class PageWords:
    """A column's text as stored (lowercased or folded), split as FTS5's unicode61 tokenizer
    splits it (indexer.query.WORD_RE): a word is a run of letters and digits."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: list[str] | None = None
        self._counts: dict[tuple[str, ...], int] = {}  # a query names a phrase many times

    def has_phrase(self, phrase: Sequence[str]) -> bool:
        """The words of `phrase` in a row, anywhere on the page."""
        key = tuple(phrase)
        return self._counts[key] > 0 if key in self._counts else self._count(key, stop=1) > 0

    def count_phrase(self, phrase: Sequence[str]) -> int:
        """How many times the words of `phrase` are in a row (overlaps counted, as FTS5
        counts a phrase's instances)."""
        key = tuple(phrase)
        if key not in self._counts:
            self._counts[key] = self._count(key)
        return self._counts[key]

    def _count(self, phrase: tuple[str, ...], stop: int | None = None) -> int:
        if not phrase:
            return 0
        pattern, text, count = _phrase_re(phrase), self.text, 0
        found = pattern.search(text)
        while found is not None and (stop is None or count < stop):
            start, end = found.span()  # a whole-word match: no letter or digit just outside
            if not (start and text[start - 1].isalnum()) and not text[end : end + 1].isalnum():
                count += 1
            found = pattern.search(text, start + 1)
        return count

    def has_near(self, words: Sequence[str], distance: int) -> bool:
        """Every one of `words` with at most `distance` other words between the first and
        the last of them (FTS5's NEAR of one-word phrases)."""
        wanted = set(words)
        if not wanted or not all(self.has_phrase((word,)) for word in wanted):
            return False
        if self._words is None:
            self._words = WORD_RE.findall(self.text)
        hits = [(position, word) for position, word in enumerate(self._words) if word in wanted]
        return _shortest_stretch(hits, len(wanted)) - 1 <= distance


def _shortest_stretch(hits: list[tuple[int, str]], kinds: int) -> float:
    """The least distance in positions from the first to the last word of a stretch holding
    every kind of word (infinite when some kind is missing): a sliding window in page order."""
    held: dict[str, int] = {}
    shortest, first = float("inf"), 0
    for position, word in hits:
        held[word] = held.get(word, 0) + 1
        while len(held) == kinds:
            start, start_word = hits[first]
            shortest = min(shortest, position - start)
            held[start_word] -= 1
            if not held[start_word]:
                del held[start_word]
            first += 1
    return shortest


@lru_cache(maxsize=256)
def _phrase_re(phrase: tuple[str, ...]) -> re.Pattern[str]:
    # The words in a row, whatever is between them that is not a letter or digit. Starting
    # with the first word's letters lets the regex engine skip ahead to where it occurs.
    return re.compile(r"[\W_]+".join(re.escape(word) for word in phrase))
