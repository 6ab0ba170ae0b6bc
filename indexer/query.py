"""What a user typed in the search box, as terms every backend understands the same way.

Words are separated by spaces and punctuation. `"giấy khai sinh"` in quotes must match as a
phrase; a word or phrase with a leading `-` must not match. A word holding punctuation, such
as a dossier code `000.00.19.H12-241202-0001` or a document symbol `12/2024/HĐTN`, is matched
as the phrase of its parts, so `12/2024/HDTN` and `12-2024-hdtn` find it too (and `12 2024
hdtn` as three words). Nothing else is syntax: `*`, `NEAR(`, `OR`, parentheses are plain text,
so no input can break a backend's query language.

Words in a row that the lexicon knows (indexer.lexicon: `CCCD`, `so do`, `giay khai sinh`)
become one term that any of its phrasings matches, and name a document type to rank first.
Every term must match, except that a query of three to ten terms tolerates one missing (an
OCR misread word on the page) when fewer than TOLERANT_BELOW pages hold every term:
`ParsedQuery.must_match`. Pages holding every term always rank first, so with that many of
them the pages missing one could not reach the first page of results; leaving them out keeps
such a query as fast as a strict one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise

from hoso.indexer.folding import fold, lowercase
from hoso.indexer.lexicon import Entry, lexicon

__all__ = [
    "DOC_TYPE_BOOST",
    "MAX_TERMS",
    "NEAR_BOOST",
    "NEAR_WORDS",
    "PAIR_BOOST",
    "PHRASE_BOOST",
    "TOLERANT_BELOW",
    "WORD_RE",
    "ParsedQuery",
    "Term",
    "parse_query",
]

# Weights of the boosts every backend adds to bm25: the words typed in a row found as a phrase
# outweigh words merely near one another (within NEAR_WORDS), or the kind of paper named. Each
# two neighbouring terms found side by side add PAIR_BOOST: with one word misread, what is left
# of a name (`Võ Thanh` of `Võ Thanh Nhung`) still tells the page from those where the same
# common words are scattered.
PHRASE_BOOST = 10.0
PAIR_BOOST = 3.0
NEAR_BOOST = 5.0
DOC_TYPE_BOOST = 5.0
NEAR_WORDS = 8

# A query of this many terms or more tolerates one term missing from the page; fewer would
# let a two-word query match on either word alone. Above TOLERANT_MAX every term is needed:
# each backend spells "all but one" as one alternative per term left out.
TOLERANT_MIN = 3
TOLERANT_MAX = 10
TOLERANT_BELOW = 20

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
    loose: the words were typed apart, so they may be anywhere on the page (a phrase of them
        only ranks higher); otherwise they must be in a row.
    synonyms: other folded phrasings (from the lexicon), any of which matches instead.
    doc_type: the kind of paper the term names ('' when none).
    """

    words: tuple[str, ...]
    folded: tuple[str, ...]
    loose: bool = False
    synonyms: tuple[tuple[str, ...], ...] = ()
    doc_type: str = ""

    @property
    def has_diacritics(self) -> bool:
        return self.words != self.folded

    @property
    def exact_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The tone-marked phrases a page earns a point for holding exactly as typed: each
        tone-marked word alone when the words were typed apart."""
        if self.loose:
            return tuple((w,) for w, f in zip(self.words, self.folded, strict=True) if w != f)
        return (self.words,) if self.has_diacritics else ()

    @property
    def phrasings(self) -> tuple[tuple[str, ...], ...]:
        """The folded phrases a snippet marks: the term's, its synonyms' and, when loose, each
        word alone."""
        alone = tuple((word,) for word in self.folded) if self.loose else ()
        return (self.folded, *self.synonyms, *alone)


@dataclass(frozen=True)
class ParsedQuery:
    """`required` must match (all, or all but one: must_match); `excluded` must not. Both
    empty: the text selects nothing. tolerant: False once a backend has counted
    TOLERANT_BELOW pages holding every term; it then searches with `strict`."""

    required: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()
    tolerant: bool = True

    @property
    def is_empty(self) -> bool:
        return not self.required and not self.excluded

    @property
    def must_match(self) -> int:
        """How many required terms a page must hold: all, or all but one (OCR misreads)."""
        count = len(self.required)
        tolerates = self.tolerant and TOLERANT_MIN <= count <= TOLERANT_MAX
        return count - 1 if tolerates else count

    @property
    def strict(self) -> ParsedQuery:
        """The same query with every term required."""
        return replace(self, tolerant=False)

    @property
    def folded_words(self) -> tuple[str, ...]:
        """Every required word in the order typed, for phrase and proximity boosts."""
        return tuple(word for term in self.required for word in term.folded)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The last word of each required term with the first of the next, when the query has
        more than two terms (with two, the pair is the whole phrase)."""
        terms = self.required
        if len(terms) < TOLERANT_MIN:
            return ()
        pairs = ((a.folded[-1], b.folded[0]) for a, b in pairwise(terms))
        return tuple(dict.fromkeys(pairs))

    @property
    def doc_types(self) -> tuple[str, ...]:
        """The kinds of paper the query names, which rank first."""
        return tuple(dict.fromkeys(t.doc_type for t in self.required if t.doc_type))


def parse_query(text: str) -> ParsedQuery:
    """Split the search box's text into required and excluded terms."""
    required: list[Term] = []
    excluded: list[Term] = []
    run: list[Term] = []  # words typed bare, one after another: the lexicon's phrases join them
    normalised = unicodedata.normalize("NFC", text).translate(_QUOTES)
    for match in _CHUNK_RE.finditer(normalised):
        negated, phrase, bare = match.groups()
        if bare is not None:
            negated, phrase = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        term = _term(phrase)
        if term is None:
            continue
        if bare is not None and not negated:
            run.append(term)
            continue
        _add(required, _with_synonyms(run), excluded)
        run = []
        _add(excluded if negated else required, [term], excluded)
    _add(required, _with_synonyms(run), excluded)
    return ParsedQuery(tuple(required), tuple(excluded))


def _add(target: list[Term], terms: list[Term], excluded: list[Term]) -> None:
    for term in terms:
        if term not in target and len(target) + len(excluded) < MAX_TERMS:
            target.append(term)


def _with_synonyms(run: list[Term]) -> list[Term]:
    """The run's terms, each longest stretch the lexicon knows joined into one term."""
    known = lexicon()
    terms: list[Term] = []
    start = 0
    while start < len(run):
        for end in range(min(len(run), start + known.longest), start, -1):
            joined = _joined(run[start:end])
            entry = known.lookup(joined.folded)
            if entry is not None and sum(len(t.folded) for t in run[start:end]) <= known.longest:
                terms.append(_expanded(joined, entry))
                start = end
                break
        else:
            terms.append(run[start])
            start += 1
    return terms


def _joined(terms: list[Term]) -> Term:
    words = tuple(word for term in terms for word in term.words)
    folded = tuple(word for term in terms for word in term.folded)
    return Term(words=words, folded=folded, loose=len(terms) > 1)


def _expanded(term: Term, entry: Entry) -> Term:
    synonyms = tuple(phrase for phrase in entry.phrasings if phrase != term.folded)
    return replace(term, synonyms=synonyms, doc_type=entry.doc_type)


def _term(text: str) -> Term | None:
    words = tuple(WORD_RE.findall(lowercase(text)))
    if not words:
        return None
    return Term(words=words, folded=tuple(fold(word) for word in words))
