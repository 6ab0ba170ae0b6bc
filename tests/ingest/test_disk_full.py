"""A store on a full disk: a clear error naming the cause (exit 69), nothing half recorded;
temporary files of killed processes are swept when the store opens. The full disk is real:
a 2 MiB tmpfs, mounted for the test (root only)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hoso_cli import CODE, Hoso
from inputs import scan

from hoso.archive import open_store


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB filesystem of its own."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the tests as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_named_and_leaves_no_rows(small_disk: Path, tmp_path: Path) -> None:
    small = tmp_path / "nho.png"
    scan(width=300, height=400, seed=1).save(small, "PNG")
    big = tmp_path / "lon.png"
    scan(width=1800, height=1800, seed=2).save(big, "PNG")  # about 2.4 MB: more than the disk
    hoso = Hoso(tmp_path / "home", {"HOSO_STORE_URL": f"file://{small_disk / 'store'}"})
    result = hoso.run("ingest", CODE, str(small), str(big), "--no-wait")
    assert result.returncode == 69, result.stderr
    assert f"no space left on device at {small_disk / 'store'}" in result.stderr
    assert "Traceback" not in result.stderr
    assert hoso.run("status", CODE).returncode == 66  # no dossier without its files
    assert list((small_disk / "store" / "tmp").iterdir()) == []


def test_stale_temporary_files_are_swept_when_the_store_opens(tmp_path: Path) -> None:
    tmp = tmp_path / "store" / "tmp"
    tmp.mkdir(parents=True)
    stale, fresh = tmp / "tmpdead", tmp / "tmpbusy"
    stale.write_bytes(b"half a blob of a killed process")
    fresh.write_bytes(b"a blob being written right now")
    (tmp / "hoso-dead").mkdir()
    day_ago = time.time() - 86_400
    for old in (stale, tmp / "hoso-dead"):
        os.utime(old, (day_ago, day_ago))
    open_store(f"file://{tmp_path / 'store'}").close()
    assert sorted(p.name for p in tmp.iterdir()) == ["tmpbusy"]


def _fill(disk: Path) -> None:
    """Write until the filesystem refuses: nothing is left for the next write."""
    with (disk / "filler").open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass


def test_a_disk_that_fills_before_the_pages_are_read_fails_them_with_the_cause(
        small_disk: Path, tmp_path: Path) -> None:
    small = tmp_path / "nho.png"
    scan(width=600, height=800, seed=3).save(small, "PNG")
    hoso = Hoso(tmp_path / "home", {"HOSO_STORE_URL": f"file://{small_disk / 'store'}",
                                    "HOSO_RETRY_BACKOFF": "0.1"})
    assert hoso.run("ingest", CODE, str(small), "--no-wait").returncode == 0
    _fill(small_disk)
    started = time.monotonic()
    worker = hoso.run("worker", "--burst", timeout=300)
    assert time.monotonic() - started < 120, "the worker kept retrying a full disk"
    assert worker.stderr.count("Traceback") == 0, worker.stderr[-2000:]
    [source] = hoso.json("status", CODE)["status"]["files"]
    [page] = source["pages"]
    assert page["state"] == "failed"
    assert "no space left on device" in page["error"]
