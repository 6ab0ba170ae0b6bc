"""Phrases and proximity checked on one page's words, the way FTS5 checks them in its lists.

The SQLite index asks FTS5 which pages match, then ranks the best few hundred of them with
the boosts of indexer.query (phrase, neighbouring words, proximity, tone marks as typed).
Asking FTS5 for a boost walks that phrase's lists over the whole index, which grows with it;
checking the candidates' own words costs the same at a thousand pages or a million.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from hoso.indexer.query import WORD_RE

__all__ = ["PageWords"]


class PageWords:
    """The words of a column's text (lowercased or folded, as stored), with their positions.

    Split as FTS5's unicode61 tokenizer splits (indexer.query.WORD_RE).
    """

    def __init__(self, text: str) -> None:
        self.words = WORD_RE.findall(text)
        self._positions: dict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(self.words):
            self._positions[word].append(position)

    def has_phrase(self, phrase: Sequence[str]) -> bool:
        """The words of `phrase` in a row, anywhere on the page."""
        if not phrase:
            return False
        width = len(phrase)
        return any(
            tuple(self.words[start : start + width]) == tuple(phrase)
            for start in self._positions.get(phrase[0], ())
        )

    def has_near(self, words: Sequence[str], distance: int) -> bool:
        """Every one of `words` with at most `distance` other words between the first and
        the last of them (FTS5's NEAR of one-word phrases)."""
        wanted = set(words)
        if not wanted or any(word not in self._positions for word in wanted):
            return False
        # The shortest stretch of the page holding every wanted word: a sliding window over
        # their positions in page order.
        hits = sorted((p, w) for w in wanted for p in self._positions[w])
        held: dict[str, int] = defaultdict(int)
        first = 0
        for position, word in hits:
            held[word] += 1
            while len(held) == len(wanted):
                start, start_word = hits[first]
                if position - start - 1 <= distance:
                    return True
                held[start_word] -= 1
                if not held[start_word]:
                    del held[start_word]
                first += 1
        return False
