"""The SQLite index checks phrase and proximity boosts on a page's own words: they must agree
with FTS5's phrase and NEAR queries, which decided them before."""

from __future__ import annotations

import random
import sqlite3

import pytest

from hoso.indexer.positions import PageWords

VOCABULARY = ("giay", "khai", "sinh", "nguyen", "thi", "ngoc", "anh", "so")


@pytest.fixture(scope="module")
def pages() -> tuple[sqlite3.Connection, list[str]]:
    rng = random.Random(13)
    texts = [
        " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(2, 40))) + ", hết."
        for _ in range(1500)
    ]
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'unicode61 remove_diacritics 0')"
    )
    conn.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(texts))
    return conn, texts


def _fts(conn: sqlite3.Connection, match: str) -> set[int]:
    return {row[0] for row in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,))}


@pytest.mark.parametrize("seed", range(40))
def test_phrase_and_near_agree_with_fts5(
    pages: tuple[sqlite3.Connection, list[str]], seed: int
) -> None:
    conn, texts = pages
    rng = random.Random(seed)
    words = tuple(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 5)))
    distance = rng.randint(0, 10)
    quoted = " ".join(f'"{word}"' for word in words)
    near = {i for i, text in enumerate(texts) if PageWords(text).has_near(words, distance)}
    phrase = {i for i, text in enumerate(texts) if PageWords(text).has_phrase(words)}
    assert near == _fts(conn, f"NEAR({quoted}, {distance})")
    assert phrase == _fts(conn, '"' + " ".join(words) + '"')


def test_words_are_split_as_fts5_splits_them() -> None:
    page = PageWords("số 12/2024/hđtn, ngày 01-02 (bản_sao)")
    assert page.has_phrase(("12", "2024", "hđtn"))
    assert page.has_phrase(("bản", "sao"))
    assert not page.has_phrase(("hđtn", "12"))
    assert page.has_near(("số", "ngày"), 3) and not page.has_near(("số", "ngày"), 2)
