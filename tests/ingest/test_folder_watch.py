"""The consume folder's rules (ingest/watch.py) with real files and a real writer process:
a file is taken only once complete, then moved aside; a file the folder cannot place goes
to .error with its reason."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from hoso.errors import InvalidValue
from hoso.ingest.watch import FolderWatch, move_aside, open_for_writing

CODE = "000.00.19.H12-241203-0705"

# Writes its file slowly and holds it open between writes, as a scanner saving over SMB does.
WRITER = """
import sys, time
with open(sys.argv[1], "wb") as out:
    for n in range(int(sys.argv[2])):
        out.write(bytes([n]) * 1000)
        out.flush()
        time.sleep(float(sys.argv[3]))
    print("done", flush=True)
    sys.stdin.readline()
"""


def _writer(path: Path, chunks: int, pause: float) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(chunks), str(pause)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_a_file_still_open_for_writing_is_not_taken(tmp_path: Path) -> None:
    folder = tmp_path / "scanner"
    (folder / CODE).mkdir(parents=True)
    path = folder / CODE / "scan.pdf"
    watch = FolderWatch(folder, dossier=None, from_subfolder=True)
    writer = _writer(path, 3, 0.05)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "done"
        assert open_for_writing(path)
        for _ in range(3):  # its size no longer changes, but it is still open
            assert watch.arrivals() == []
            time.sleep(0.05)
    finally:
        writer.communicate("\n", timeout=10)
    assert not open_for_writing(path)
    [arrival] = watch.arrivals()  # closed now, and unchanged since the last look
    assert (arrival.dossier_code, arrival.relative) == (CODE, Path(CODE) / "scan.pdf")
    done = move_aside(folder, arrival)
    assert done == folder / ".done" / CODE / "scan.pdf" and done.stat().st_size == 3000
    assert watch.arrivals() == []  # .done is never looked into


def test_a_growing_file_is_not_taken_until_it_stops(tmp_path: Path) -> None:
    path = tmp_path / "scan.tif"
    watch = FolderWatch(tmp_path, dossier=CODE, from_subfolder=False)
    for n in range(4):
        with path.open("ab") as out:  # closed each time: only the size tells
            out.write(b"x" * (n + 1))
        assert watch.arrivals() == []
    assert [a.path for a in watch.arrivals()] == [path]


def test_files_the_folder_cannot_place_go_to_error_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "not a code!").mkdir()
    (tmp_path / "not a code!" / "a.jpg").write_bytes(b"1")
    (tmp_path / "loose.jpg").write_bytes(b"2")
    (tmp_path / ".hidden.part").write_bytes(b"3")
    watch = FolderWatch(tmp_path, dossier=None, from_subfolder=True)
    watch.arrivals()
    arrivals = watch.arrivals()
    assert sorted(a.relative.name for a in arrivals) == ["a.jpg", "loose.jpg"]
    for arrival in arrivals:
        assert arrival.dossier_code is None and arrival.problem
        moved = move_aside(tmp_path, arrival, reason=arrival.problem)
        reason = moved.with_name(moved.name + ".reason.txt").read_text()
        assert moved.parent.is_relative_to(tmp_path / ".error") and reason.strip()
    with pytest.raises(InvalidValue):
        FolderWatch(tmp_path, dossier=CODE, from_subfolder=True)
