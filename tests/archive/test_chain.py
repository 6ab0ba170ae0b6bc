"""The history and the access log are hash chains, on SQLite and PostgreSQL: an event edited,
removed or cut off the end shows, and writers racing on one chain never fork it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from hoso.api.integrity import check_access_log, check_dossier
from hoso.archive import BlobStore, Catalog, open_catalog, open_store
from hoso.archive.chain import history_chain
from hoso.records import DossierInfo

CODE = "000.00.19.H12-241202-0007"


@pytest.fixture
def opened(database_url: str) -> Iterator[tuple[Catalog, sa.Engine]]:
    """The catalog, and a raw connection to its database such as an intruder would use."""
    catalog = open_catalog(database_url)
    raw = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    yield catalog, raw
    raw.dispose()
    catalog.close()


@pytest.fixture
def local_store(tmp_path: Path) -> BlobStore:
    return open_store(f"file://{tmp_path / 'store'}")


def _history(catalog: Catalog, events: int = 4) -> None:
    catalog.record_dossier(DossierInfo(CODE), actor="nv.lan")
    for n in range(events):
        catalog.record_event(CODE, "read_original", f"{CODE}/f01", {"via": "web", "n": n},
                             actor="cv.hung")


def _run(raw: sa.Engine, sql: str, **params: object) -> None:
    with raw.begin() as conn:
        conn.execute(sa.text(sql), params)


def _event_ids(raw: sa.Engine) -> list[int]:
    with raw.connect() as conn:
        return list(conn.execute(sa.text("SELECT id FROM events ORDER BY id")).scalars())


def test_an_untouched_history_is_intact(opened: tuple[Catalog, sa.Engine]) -> None:
    catalog, _ = opened
    _history(catalog)
    state = catalog.check_history(CODE)
    assert state.intact and len(state.hashes) == 5
    assert (state.head_length, state.head_hash) == (5, state.hashes[-1])


def test_an_edited_event_shows(opened: tuple[Catalog, sa.Engine]) -> None:
    catalog, raw = opened
    _history(catalog)
    target = _event_ids(raw)[2]
    _run(raw, "UPDATE events SET actor = 'someone else' WHERE id = :id", id=target)
    breaks = catalog.check_history(CODE).breaks
    assert [(b.row_id, b.problem) for b in breaks] == [(target, "content altered")]


def test_a_removed_event_shows(opened: tuple[Catalog, sa.Engine]) -> None:
    catalog, raw = opened
    _history(catalog)
    ids = _event_ids(raw)
    _run(raw, "DELETE FROM events WHERE id = :id", id=ids[2])
    breaks = catalog.check_history(CODE).breaks
    assert breaks[0].row_id == ids[3]
    assert breaks[0].problem == "does not follow the row before it"


def test_the_last_events_cut_off_show(opened: tuple[Catalog, sa.Engine]) -> None:
    catalog, raw = opened
    _history(catalog)
    _run(raw, "DELETE FROM events WHERE id = :id", id=_event_ids(raw)[-1])
    [cut] = catalog.check_history(CODE).breaks
    assert cut.row_id == 0 and cut.expected.startswith("5 rows")


def test_rows_cut_off_with_the_head_rewritten_miss_the_checkpoint(
        opened: tuple[Catalog, sa.Engine], local_store: BlobStore) -> None:
    catalog, raw = opened
    _history(catalog)
    first = check_dossier(CODE, store=local_store, catalog=catalog, actor="kiem.toan")
    assert first.ok
    ids = _event_ids(raw)
    with raw.connect() as conn:
        keep = conn.execute(sa.text("SELECT hash FROM events WHERE id = :id"),
                            {"id": ids[-3]}).scalar_one()
    # The intruder removes the last two events and makes the head agree with what is left.
    _run(raw, "DELETE FROM events WHERE id >= :id", id=ids[-2])
    _run(raw, "UPDATE chain_heads SET length = :n, hash = :h WHERE chain = :c",
         n=len(ids) - 2, h=keep, c=history_chain(CODE))
    assert catalog.check_history(CODE).intact
    second = check_dossier(CODE, store=local_store, catalog=catalog, actor="kiem.toan")
    [missed] = second.failed
    assert (missed.kind, missed.problem) == ("checkpoint", "rows removed since the checkpoint")
    # checkpointed before the check recorded itself
    assert missed.sha256.startswith(f"{len(ids) - 1} rows")
    assert missed.found == f"{len(ids) - 2} rows"


def test_racing_writers_never_fork_a_chain(opened: tuple[Catalog, sa.Engine]) -> None:
    catalog, _ = opened
    catalog.record_dossier(DossierInfo(CODE), actor="nv.lan")
    catalog.record_dossier(DossierInfo(CODE + "-B"), actor="nv.lan")

    def write(n: int) -> None:
        for i in range(6):
            code = CODE if (n + i) % 3 else CODE + "-B"
            catalog.record_event(code, "read_original", f"f{n}", {"i": i}, actor=f"t{n}")
            catalog.accounts.log(f"t{n}", "searched", f"q{i}")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(8)))
    a, b = catalog.check_history(CODE), catalog.check_history(CODE + "-B")
    log = catalog.accounts.check_access_log()
    assert a.intact and b.intact and log.intact
    assert len(a.hashes) + len(b.hashes) == 2 + 8 * 6
    assert len(log.hashes) == 8 * 6


def test_an_edited_access_log_row_shows(opened: tuple[Catalog, sa.Engine],
                                        local_store: BlobStore) -> None:
    catalog, raw = opened
    for n in range(3):
        catalog.accounts.log("cv.hung", "searched", f"giay khai sinh {n}")
    assert check_access_log(store=local_store, catalog=catalog).ok
    _run(raw, "UPDATE access_log SET subject = 'nothing to see' WHERE subject LIKE '%1'")
    report = check_access_log(store=local_store, catalog=catalog)
    assert [i.problem for i in report.failed] == ["content altered"]


def test_checkpoints_are_kept_once_per_head(store: BlobStore) -> None:
    body = json.dumps({"chain": "history:X", "length": 3, "hash": "a" * 64}).encode()
    first = store.put_checkpoint("history:X", body)
    assert store.put_checkpoint("history:X", body) == first
    kept = store.checkpoints("history:X")
    assert [(k.sha256, k.data) for k in kept] == [(first.sha256, body)]
    assert store.checkpoints("history:Y") == []
