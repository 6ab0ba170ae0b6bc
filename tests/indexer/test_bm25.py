"""The SQLite index computes bm25 for the pages it ranks itself (FTS5's bm25() first walks
every page holding each phrase): the figures must be FTS5's. (To a millionth of a point: in a
query where one term may be missing, FTS5 sometimes leaves out a word found on most pages,
which weighs 1e-6, from a part of the query the page fails.)"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from indexer_pages import page

from hoso.indexer.bm25 import Corpus, bm25, phrase_counts, phrases, read_varints
from hoso.indexer.positions import PageWords
from hoso.indexer.query import parse_query
from hoso.indexer.sqlite_fts import SqliteIndex
from hoso.indexer.sqlite_sql import _match, required_expression

WORDS = ("giấy", "khai", "sinh", "nguyễn", "thị", "ngọc", "ánh", "sổ", "đỏ", "hồng", "cấp")
QUERIES = (
    "giay khai sinh",  # synonyms: GKS, khai sinh...
    "so do nguyen thi anh",  # five terms: one may be missing
    "nguyen ngoc anh cap",
    '"khai sinh" ngoc',
    "so hong -cap",
)


@pytest.fixture(scope="module")
def index_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("bm25") / "index.db"
    with SqliteIndex(path) as index:
        index.rebuild(
            page(f"p{n}", " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60))))
            for n in range(400)
        )
    return path


@pytest.mark.parametrize("text", QUERIES)
def test_bm25_is_fts5s(index_file: Path, text: str) -> None:
    parsed = parse_query(text)
    conn = sqlite3.connect(index_file)
    rows = conn.execute(
        "SELECT f.rowid, -bm25(pages_fts), c.c1, d.sz FROM pages_fts f"
        " JOIN pages_fts_content c ON c.id = f.rowid JOIN pages_fts_docsize d ON d.id = f.rowid"
        " WHERE pages_fts MATCH ?",
        (_match(parsed),),
    ).fetchall()
    assert rows
    expression = required_expression(parsed)
    totals = read_varints(
        conn.execute("SELECT block FROM pages_fts_data WHERE id = 1").fetchone()[0]
    )
    holding = tuple(
        conn.execute(
            "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ?", (f'folded : "{" ".join(p)}"',)
        ).fetchone()[0]
        for p in phrases(expression)
    )
    corpus = Corpus(pages=totals[0], average_length=sum(totals[1:]) / totals[0], holding=holding)
    for _, expected, folded, sizes in rows:
        found = phrase_counts(expression, PageWords(folded).count_phrase)
        assert bm25(corpus, found, sum(read_varints(sizes))) == pytest.approx(expected, abs=1e-4)
