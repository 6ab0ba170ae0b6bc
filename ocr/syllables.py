"""Vietnamese orthography: is a written syllable one the language can have?

A syllable is onset + rime + one tone; `split_tone` separates the tone mark (NFD combining
grave, acute, hook, tilde, dot below) from the letters. `is_valid` checks that the letters
are one known onset and one known rime, that the c/k, g/gh, ng/ngh spellings agree with the
vowel that follows, that a rime closed by p, t, c or ch takes only the sắc or nặng tone, and
that the tone mark sits on the vowel that carries it (old style `hoà` and new style `hòa`
both pass). `QUYÉT` fails (`uyet` is no rime; `uyêt` is), `QUYẾT` passes.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["TONES", "is_valid", "join_tone", "split_tone"]

# Combining marks of the five tones (NFD), by name.
TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0309": "hỏi", "\u0303": "ngã", "\u0323": "nặng"}

_ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
           "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")

_OPEN = ("a e ê i o ô ơ u ư y ia ua ưa oa oe uê uy uya ai ao au âu ay ây eo êu iu oi ôi ơi "
         "ui ưi ưu ươi ươu uôi iêu yêu oai oay oao oeo uây uyu uơ "
         "yn ynh yt ych")  # the last four only after `qu`: quỳnh, quýt, quých
# Closed rimes: nucleus -> the codas it takes.
_CLOSED = {
    "a": "m n ng p t c nh ch", "ă": "m n ng p t c", "â": "m n ng p t c",
    "e": "m n ng p t c", "ê": "m n p t nh ch", "i": "m n p t nh ch", "o": "m n ng p t c",
    "oo": "ng c", "ô": "m n ng p t c", "ơ": "m n p t c", "u": "m n ng p t c", "ư": "m n ng t c",
    "iê": "m n ng p t c", "yê": "m n t", "uô": "m n ng t c", "ươ": "m n ng p t c",
    "oa": "m n ng p t c nh ch", "oă": "m n ng t c", "oe": "m n t", "uâ": "n ng t",
    "uê": "n nh ch", "uy": "n nh t ch p", "uyê": "n t",
}
_RIMES = frozenset(_OPEN.split()) | frozenset(
    nucleus + coda for nucleus, codas in _CLOSED.items() for coda in codas.split())
_STOPS = ("p", "t", "c", "ch")
_FRONT = ("i", "e", "ê", "y")  # k, gh, ngh come only before these
_VOWELS = "aăâeêioôơuưy"


def split_tone(syllable: str) -> tuple[str, str | None, int]:
    """(letters without tone in NFC, the tone mark or None, index of the letter carrying it).
    More than one tone mark gives tone "many"."""
    letters, tone, where = [], None, -1
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in TONES:
            if tone is not None:
                return "", "many", -1
            tone, where = ch, len(letters) - 1
        elif unicodedata.combining(ch) and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        else:
            letters.append(ch)
    return "".join(letters), tone, where


def join_tone(letters: str, tone: str | None, where: int) -> str:
    """The syllable with `tone` put on letter `where` (NFC)."""
    if tone is None or where < 0:
        return letters
    marked = letters[:where + 1] + tone + letters[where + 1:]
    return unicodedata.normalize("NFC", marked)


@functools.lru_cache(maxsize=65536)
def is_valid(word: str) -> bool:
    """Whether `word` (any case) is a well-formed Vietnamese syllable."""
    letters, tone, where = split_tone(word.lower())
    if tone == "many" or not letters or not letters.isalpha():
        return False
    for onset, rime in _splits(letters):
        if _spelling_ok(onset, rime) and _tone_ok(rime, tone, where - len(onset)):
            return True
    return False


def _splits(letters: str) -> list[tuple[str, str]]:
    found = []
    for onset in _ONSETS:
        if letters.startswith(onset) and letters[len(onset):] in _RIMES:
            found.append((onset, letters[len(onset):]))
    # `gi` alone before a consonant-final rime ("gìn", "gì"): g + i...
    return found


def _spelling_ok(onset: str, rime: str) -> bool:
    first = rime[0]
    if rime in ("yn", "ynh", "yt", "ych") and onset != "qu":
        return False
    if onset in ("k", "gh", "ngh"):
        return first in _FRONT
    if onset in ("c", "g", "ng"):
        return first not in ("i", "e", "ê", "y") or (onset == "g" and first == "i")
    if onset == "qu":
        return first not in ("u", "o", "ư")  # `qu` already holds the glide u
    if onset == "gi":
        return first not in ("i", "ê") or rime in ("ê", "ên", "êt")
    return True


def _tone_ok(rime: str, tone: str | None, at: int) -> bool:
    """Closed by a stop: sắc or nặng only. The mark on the main vowel (either style)."""
    if tone is None:
        return True  # a level tone before a stop is rare but written (loanwords: `séc`, `pin`)
    if rime.endswith(_STOPS) and tone not in ("\u0301", "\u0323"):
        return False
    return at in _tone_places(rime)


@functools.cache
def _tone_places(rime: str) -> frozenset[int]:
    """Where in `rime` a tone mark may sit."""
    vowels = [i for i, ch in enumerate(rime) if ch in _VOWELS]
    if not vowels:
        return frozenset()
    marked = [i for i in vowels if rime[i] in "ăâêôơư"]
    if marked:
        return frozenset(marked[-1:])  # ươ, uô, iê...: on the last modified vowel
    closed = vowels[-1] < len(rime) - 1
    if len(vowels) == 1 or closed:
        return frozenset({vowels[-1]})
    if rime[:2] in ("oa", "oe", "uy"):
        return frozenset(vowels[:2])  # hoà / hòa, thuý / thúy
    return frozenset({vowels[-2]})
