"""Vietnamese-aware correction of OCR words, and a garbage score for a page.

Each word is looked at with its neighbours on the line:

- digits: in a date or number (`ngày l6`, `1]/2024`, `Số: l15/QĐ`) letters that look like
  digits are read as the digits (`l6` -> 16, `1]` -> 11);
- an ill-formed syllable (`QUYÉT`, ocr.syllables) is replaced by the well-formed one nearest
  to it in tone and vowel marks (and, for a lower-case word, in letters tesseract confuses),
  chosen by the lexicon and its neighbours (`ocr/vi_ngrams.json`, scripts/lexicon/build.py);
- a well-formed word the lexicon does not know but whose neighbours call for a known one
  (`Về việt` -> `Về việc`) is replaced only when the pair is attested and the word is not.

Case is kept (`QUYÉT` -> `QUYẾT`); a capitalised word the lexicon does not know (a proper
name) is never turned into a common word; tone marks are never dropped.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from itertools import groupby

from hoso.ocr.syllables import TONES, is_valid, join_tone, split_tone
from hoso.records import Word

__all__ = ["Lexicon", "correct_line", "correct_page", "correct_words", "garbage_score",
           "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Syllable and syllable-pair counts (lower case), and the English words of bilingual
    papers (`Full name`, `Date of birth`), which are neither mended nor counted as garbage."""

    unigrams: dict[str, int]
    bigrams: dict[str, int]
    foreign: frozenset[str] = frozenset()

    def is_foreign(self, word: str) -> bool:
        return word.lower() in self.foreign

    def count(self, word: str) -> int:
        return self.unigrams.get(word.lower(), 0)

    def pair(self, first: str | None, second: str | None) -> int:
        if not first or not second:
            return 0
        return self.bigrams.get(f"{first.lower()} {second.lower()}", 0)


@functools.cache
def load_lexicon() -> Lexicon:
    data = json.loads(resources.files("hoso.ocr").joinpath("vi_ngrams.json").read_text("utf-8"))
    return Lexicon(data["unigrams"], data["bigrams"], frozenset(data.get("foreign", ())))


# A token: leading punctuation, the core, trailing punctuation.
_SPLIT = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.DOTALL)
_DIGIT_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "|": "1", "]": "1", "[": "1", "!": "1",
                                   "i": "1", "O": "0", "o": "0", "D": "0", "S": "5", "B": "8",
                                   "Z": "2", "z": "2"})
_DATE_WORDS = frozenset({"ngày", "tháng", "năm", "số", "số:"})
# Each vowel's family: the letters a lost or misread mark turns it into.
_FAMILIES = ("aăâ", "eê", "oôơ", "uư", "dđ", "i", "y")
_FAMILY = {ch: fam for fam in _FAMILIES for ch in fam}
# Letters tesseract confuses in Times at 200-300 dpi (only tried on lower-case words).
_CONFUSIONS = {"l": "it", "i": "lt", "t": "l", "c": "e", "e": "c", "n": "u", "u": "n",
               "h": "b", "b": "h", "r": "t", "f": "t"}


def correct_words(words: Sequence[str], lexicon: Lexicon | None = None) -> list[str]:
    """The words of one line, corrected (same count, same order)."""
    lexicon = lexicon or load_lexicon()
    out = list(words)
    for i, word in enumerate(words):
        before = out[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        out[i] = _correct_token(word, before, after, lexicon)
    return out


def correct_line(line: str, lexicon: Lexicon | None = None) -> str:
    return " ".join(correct_words(line.split(" "), lexicon))


def correct_page(text: str, words: Sequence[Word],
                 lexicon: Lexicon | None = None) -> tuple[str, tuple[Word, ...]]:
    """A page's text and words corrected line by line; each word keeps its box and
    confidence. The text's lines are the words' lines joined by spaces (ocr.tesseract), so
    each is rebuilt from its corrected words; a line that does not match is left as read."""
    lexicon = lexicon or load_lexicon()
    fixed: list[Word] = []
    mended: dict[str, str] = {}
    for _, group in groupby(words, key=lambda w: w.line):
        line = list(group)
        texts = correct_words([w.text for w in line], lexicon)
        fixed.extend(replace(w, text=t) for w, t in zip(line, texts, strict=True))
        mended.setdefault(" ".join(w.text for w in line), " ".join(texts))
    lines = [mended.get(line, line) for line in text.split("\n")]
    return "\n".join(lines), tuple(fixed)


def _correct_token(token: str, before: str | None, after: str | None, lexicon: Lexicon) -> str:
    number = token.rstrip(",.;:)")
    if number and number[0] not in "[(" and (digits := _as_digits(number, before)):
        return digits + token[len(number):]
    lead, core, trail = _SPLIT.match(token).groups()  # type: ignore[union-attr]
    if not core:
        return token
    if not core.isalpha() or len(core) < 2 or _is_code(core) or lexicon.is_foreign(core):
        return token  # a list's `c)`, an initial, a code, an English word
    return lead + _correct_syllable(core, _core(before), _core(after), lexicon) + trail


def _core(token: str | None) -> str | None:
    if not token:
        return None
    core = _SPLIT.match(token).group(2)  # type: ignore[union-attr]
    return core if core and core.isalpha() else None


def _as_digits(core: str, before: str | None) -> str | None:
    """`l6` -> `16` where the token is a number misread: digits with look-alike letters, or
    one to four look-alikes right after ngày / tháng / năm / Số. A date or number symbol
    (`1]/2024`, `l15/QĐ-UBND`) has its leading number mended the same way."""
    head, sep, rest = core.partition("/")
    if not head or head.isdigit():
        return None
    mended = head.translate(_DIGIT_LOOKALIKES)
    if not mended.isdigit():
        return None
    after_date_word = (before or "").lower().rstrip(",") in _DATE_WORDS
    if any(ch.isdigit() for ch in head) and (sep or after_date_word or len(head) >= 2):
        return mended + sep + rest
    if after_date_word and len(head) <= 4:
        return mended + sep + rest
    return None


def _is_code(core: str) -> bool:
    """Abbreviations (`QĐ`, `UBND`, `HĐND`) and other all-capital codes, left alone: no
    marks and no spelling of the letters under other marks is a syllable (`QUYET` is none:
    it is QUYẾT with its marks lost)."""
    return (core.isupper() and len(core) <= 8 and not any(ch in TONES for ch in _nfd(core))
            and not any(is_valid(v) for v in _mark_variants(core.lower())))


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _correct_syllable(word: str, before: str | None, after: str | None,
                      lexicon: Lexicon) -> str:
    capitalised = word[:1].isupper() and not word.isupper()
    if is_valid(word):
        if _may_be_name(word, before, after, lexicon):
            return word  # never made into a common word
        return _in_context(word, before, after, lexicon) or word
    candidates = _mark_variants(word.lower())
    if not capitalised and not word.isupper():
        candidates |= {v for c in _letter_variants(word.lower()) for v in _mark_variants(c)
                       if lexicon.count(v)}
    best = _best(candidates - {word.lower()}, word, before, after, lexicon)
    return _with_case(best, word) if best else word


def _may_be_name(word: str, before: str | None, after: str | None, lexicon: Lexicon) -> bool:
    """A capitalised word the lexicon does not know, or one beside another capitalised word
    (`Đỗ Mạnh`, `Thành Đạt`); a capital-letter word the lexicon knows (`ĐỖ`, `THẮNG`)."""
    if word.isupper():
        return lexicon.count(word) > 0
    if not word[:1].isupper():
        return False
    return not lexicon.count(word) or any(n and n[:1].isupper() for n in (before, after))


def _in_context(word: str, before: str | None, after: str | None,
                lexicon: Lexicon) -> str | None:
    """A known word one mark or one letter away that its neighbours call for, where the word
    read is attested with neither neighbour (`Về việt ban` -> `Về việc ban`). Replacing a
    word the lexicon knows takes three attestations of the pairs; one it does not know, one
    attestation of a word seen three times."""
    if lexicon.pair(before, word) or lexicon.pair(word, after):
        return None
    lower, known = word.lower(), lexicon.count(word)
    near = {v for v in _mark_variants(lower) | _final_variants(lower)
            if lexicon.count(v) >= 3}
    scored = [(lexicon.pair(before, v) + lexicon.pair(v, after), v) for v in near - {lower}]
    scored = [s for s in scored if s[0] >= (3 if known else 1)]
    if not scored:
        return None
    return _with_case(max(scored)[1], word)


def _final_variants(word: str) -> set[str]:
    """The last letter swapped for one tesseract mistakes it for (`việt` / `việc`)."""
    swaps = {"t": "c", "c": "t", "n": "u", "u": "n", "m": "n"}
    last = word[-1:]
    return {word[:-1] + swaps[last]} if last in swaps else set()


def _best(candidates: set[str], word: str, before: str | None, after: str | None,
          lexicon: Lexicon) -> str | None:
    def score(candidate: str) -> tuple[int, int, int]:
        context = lexicon.pair(before, candidate) + lexicon.pair(candidate, after)
        return context, lexicon.count(candidate), -_distance(candidate, word.lower())

    valid = [c for c in candidates if is_valid(c)]
    return max(valid, key=score) if valid else None


def _distance(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(_nfd(a), _nfd(b), strict=False)) + abs(len(a) - len(b))


@functools.lru_cache(maxsize=16384)
def _mark_variants(word: str) -> frozenset[str]:
    """Every spelling with the same letters under other tone and vowel marks."""
    letters, tone, _ = split_tone(word)
    if tone == "many" or not letters or len(letters) > 8:
        letters = unicodedata.normalize("NFC", "".join(ch for ch in _nfd(word) if ch not in TONES))
    choices = [_FAMILY.get(ch, ch) for ch in letters]
    if sum(len(c) > 1 for c in choices) > 4:
        return frozenset()
    found = set()
    for spelled in itertools.product(*choices):
        base = "".join(spelled)
        for mark in (None, *TONES):
            for where in range(len(base)) if mark else (-1,):
                found.add(join_tone(base, mark, where))
    return frozenset(found)


def _letter_variants(word: str) -> set[str]:
    """The word with one confusable letter swapped (tone marks stripped for the swap)."""
    found = set()
    for i, ch in enumerate(word):
        for other in _CONFUSIONS.get(ch, ""):
            found.add(word[:i] + other + word[i + 1:])
    if "rn" in word:
        found.add(word.replace("rn", "m", 1))
    return found


def _with_case(candidate: str, like: str) -> str:
    if like.isupper():
        return candidate.upper()
    if like[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def garbage_score(words: Sequence[str], lexicon: Lexicon | None = None) -> float:
    """Share (0-1) of a page's word-like tokens that are no Vietnamese: ill-formed syllables
    and tokens mixing letters with digits or symbols (`202VXNCT`, `(#E"220004"`). Numbers,
    codes (`QĐ-UBND`), the English words of bilingual papers and punctuation are neutral."""
    lexicon = lexicon or load_lexicon()
    judged = bad = 0
    for token in words:
        core = _SPLIT.match(token).group(2)  # type: ignore[union-attr]
        if not core or core.isdigit() or _is_number_symbol(core) or lexicon.is_foreign(core):
            continue
        if core.isalpha() and core.isascii() and not _lost_marks(core):
            continue  # an English word or name of a bilingual paper (`Citizen`, `SOCIALIST`)
        judged += 1
        if core.isalpha():
            bad += not (is_valid(core) or _is_code(core))
        else:
            bad += 1
    return bad / judged if judged else 0.0


def _lost_marks(word: str) -> bool:
    """An unmarked word that is a Vietnamese syllable under some marks (`QUYET`, `viet`)."""
    return not is_valid(word) and any(is_valid(v) for v in _mark_variants(word.lower()))


_NUMBER_SYMBOL = re.compile(
    r"^(?:\d+(?:[.,]\d+)*"                         # 1.200.000, 84,5
    r"|\d{1,2}/\d{1,2}/\d{4}"                      # 05/03/2020
    r"|\d+(?:/\d{4})?/[A-ZĐ]+(?:-[A-ZĐ]+)*"         # 115/QĐ-UBND, 30/2020/NĐ-CP
    r"|[A-ZĐ]+(?:-[A-ZĐ]+)+)$")                      # QĐ-UBND


def _is_number_symbol(core: str) -> bool:
    """Document symbols, numbers and dates: neutral for the garbage score."""
    return bool(_NUMBER_SYMBOL.match(core))
