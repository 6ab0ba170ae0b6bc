"""What only the embedded SQLite index promises: its file, WAL, threads and processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from indexer_pages import page

from hoso.errors import BackendError, ConfigError, NotFound
from hoso.indexer import open_index
from hoso.indexer.sqlite_fts import SqliteIndex
from hoso.indexer.sqlite_sql import WINDOW
from hoso.records import SearchQuery


def test_open_index_takes_sqlalchemy_style_urls(tmp_path: Path) -> None:
    path = tmp_path / "data" / "index.db"
    with open_index(f"sqlite:///{path}") as index:
        index.upsert([page("p", "Giấy khai sinh")])
    assert path.is_file()
    with open_index(f"sqlite:///{path}", create=False) as index:
        assert index.count() == 1


@pytest.mark.parametrize("url", ["ftp://host/index", "sqlite://", "sqlite:///:memory:", "index.db"])
def test_unusable_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError):
        open_index(url)


def test_reading_a_missing_index_creates_no_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no pages indexed yet"):
        open_index(f"sqlite:///{tmp_path / 'fresh' / 'index.db'}", create=False)
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_in_wal_mode(tmp_path: Path) -> None:
    SqliteIndex(tmp_path / "index.db").close()
    with sqlite3.connect(tmp_path / "index.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_an_index_is_a_backend_error(tmp_path: Path) -> None:
    (tmp_path / "index.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackendError, match="index.db"):
        SqliteIndex(tmp_path / "index.db")


def test_a_closed_index_says_so(tmp_path: Path) -> None:
    index = SqliteIndex(tmp_path / "index.db")
    index.close()
    with pytest.raises(BackendError, match="closed"):
        index.count()


def test_threads_can_write_and_search_at_once(tmp_path: Path) -> None:
    index = SqliteIndex(tmp_path / "index.db")

    def work(worker: int) -> int:
        for batch in range(10):
            index.upsert([page(f"w{worker}-{batch}-{n}", f"hồ sơ số {n}") for n in range(5)])
            index.search(SearchQuery(text="ho so"))
        return index.search(SearchQuery(text="ho so", limit=0)).total

    with ThreadPoolExecutor(4) as pool:
        totals = list(pool.map(work, range(4)))
    assert index.count() == 200 and max(totals) == 200
    index.close()


WRITER = textwrap.dedent(
    """
    import sys
    from hoso.records import IndexedPage
    from hoso.indexer.sqlite_fts import SqliteIndex
    index = SqliteIndex(sys.argv[1])
    for batch in range(20):
        index.upsert([IndexedPage(f"{sys.argv[2]}-{batch}-{n}", "D", "d", n, "Đăng ký kết hôn")
                      for n in range(5)])
    index.close()
    """
)


def test_processes_can_write_to_one_file(tmp_path: Path) -> None:
    path = tmp_path / "index.db"
    SqliteIndex(path).close()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name]) for name in "abc"]
    with SqliteIndex(path) as index:
        while any(writer.poll() is None for writer in writers):
            index.search(SearchQuery(text="dang ky"))
        assert [writer.wait(60) for writer in writers] == [0, 0, 0]
        assert index.search(SearchQuery(text="dang ky ket hon", limit=0)).total == 300


def test_a_search_matching_more_than_the_window_says_its_total_is_a_lower_bound(
    tmp_path: Path,
) -> None:
    # Indexed first, so the oldest: outside the window of the newest matches.
    complete = page("complete", "Giấy khai sinh của Nguyễn Văn Bình")
    many = [page(f"p{n}", f"Giấy khai sinh của Nguyễn Văn {n}") for n in range(WINDOW + 10)]
    with SqliteIndex(tmp_path / "index.db") as index:
        index.rebuild([complete, *many])
        broad = index.search(SearchQuery(text="giay khai sinh", limit=5))
        assert (broad.total, broad.total_exact) == (WINDOW, False)
        [doc_types] = [facet for facet in broad.facets if facet.name == "doc_type"]
        assert doc_types.counts == (("khac", WINDOW),)
        assert {hit.page_id for hit in broad.hits} <= {f"p{n}" for n in range(10, WINDOW + 10)}
        # One word may be missing (3 of 4 terms), so thousands match; the page holding every
        # word still comes first although the window of the newest left it out.
        named = index.search(SearchQuery(text="giay khai sinh nguyen van binh"))
        assert named.hits[0].page_id == "complete"
        assert not named.total_exact
        assert index.search(SearchQuery(text="giay khai sinh binh")).total_exact


def test_deep_pages_of_results_follow_the_first(tmp_path: Path) -> None:
    pages = [page(f"p{n:04d}", f"Tờ khai số {n} " + "tờ khai " * (n % 7)) for n in range(600)]
    with SqliteIndex(tmp_path / "index.db") as index:
        index.rebuild(pages)
        query = SearchQuery(text="to khai", limit=100)
        shown = [
            hit.page_id
            for offset in range(0, 600, 100)
            for hit in index.search(replace(query, offset=offset)).hits
        ]
        assert sorted(shown) == sorted(p.page_id for p in pages)


def test_an_index_of_an_older_layout_is_rebuilt_by_reindex(tmp_path: Path) -> None:
    path = tmp_path / "index.db"
    with sqlite3.connect(path) as old:  # layout 1 kept each page's text in `pages`
        old.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, page_id TEXT, text TEXT)")
        old.execute("INSERT INTO pages VALUES (1, 'old', 'Giấy khai sinh')")
        old.execute("PRAGMA user_version = 1")
    with pytest.raises(BackendError, match="hoso reindex"):
        SqliteIndex(path, create=False)
    with SqliteIndex(path) as index:  # opened to be written, as `hoso reindex` does
        assert index.count() == 0
        index.rebuild([page("new", "Giấy khai sinh")])
        assert [hit.page_id for hit in index.search(SearchQuery(text="khai sinh")).hits] == ["new"]
