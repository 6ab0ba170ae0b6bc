"""`hoso watch` as a desk runs it beside a scanner: a scan written slowly by another process
is taken only once complete, digitised into the dossier its subfolder names, and moved to
.done; a file that is no scan goes to .error with its reason."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from covers import write_stack
from hoso_cli import BIRTH_PAGE, HOSO, REQUEST_PAGE, Hoso, write_scan

from hoso.ingest.cover import CoverSheet

CODE = "000.00.19.H12-241203-0706"
# Copies a file in slow chunks, holding it open, as a scanner saving over the network does.
SLOW_COPY = """
import sys, time
data = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "wb") as out:
    step = len(data) // 8 + 1
    for start in range(0, len(data), step):
        out.write(data[start:start + step])
        out.flush()
        time.sleep(0.4)
"""


def _wait_for(path: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.2)


def test_a_scanner_folder_is_digitised_as_files_arrive(tmp_path: Path) -> None:
    hoso = Hoso(tmp_path / "home")
    scan = write_scan(tmp_path / "giấy khai sinh.jpg", BIRTH_PAGE, seed=21)
    folder = tmp_path / "may-quet"
    (folder / CODE).mkdir(parents=True)
    env = {**os.environ, "HOSO_HOME": str(hoso.home), "HOSO_WORKERS": "1"}
    watcher = subprocess.Popen(
        [*HOSO, "watch", str(folder), "--dossier-from-subfolder", "--interval", "0.3",
         "--desk", "UBND phường Bến Nghé", "--operator", "may-quet-1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        arriving = folder / CODE / "trang-001.jpg"
        copy = subprocess.run([sys.executable, "-c", SLOW_COPY, str(scan), str(arriving)],
                              timeout=60, check=True)
        assert copy.returncode == 0
        (folder / CODE / "ghi chú.txt").write_text("không phải bản quét")
        _wait_for(folder / ".done" / CODE / "trang-001.jpg", 60)
        _wait_for(folder / ".error" / CODE / "ghi chú.txt.reason.txt", 60)
    finally:
        watcher.send_signal(signal.SIGTERM)
        out, err = watcher.communicate(timeout=120)
    assert watcher.returncode == 0, err
    assert f"{CODE}/trang-001.jpg -> {CODE}: 1 pages" in out
    reason = (folder / ".error" / CODE / "ghi chú.txt.reason.txt").read_text()
    assert "ghi chú.txt" in reason or "not a PDF" in reason or "text" in reason
    assert not arriving.exists()
    status = hoso.json("status", CODE)["status"]
    [stored] = status["files"]
    assert stored["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()  # whole file
    assert status["info"]["desk"] == "UBND phường Bến Nghé"
    # Stopped, the watcher leaves what it had not read queued: any worker finishes it.
    assert hoso.run("requeue", CODE).returncode == 0
    assert hoso.json("status", CODE)["digitised"]


def test_a_stack_behind_cover_sheets_goes_to_each_dossier(tmp_path: Path) -> None:
    hoso = Hoso(tmp_path / "home")
    first, second = CoverSheet(f"{CODE}-A", "to-khai"), CoverSheet(f"{CODE}-B")
    folder = tmp_path / "may-quet"
    folder.mkdir()
    write_stack(folder / "xấp sáng nay.pdf",
                [(first, [REQUEST_PAGE, BIRTH_PAGE]), (second, [BIRTH_PAGE])], seed=5)
    write_stack(folder / "không bìa.pdf", [(None, [BIRTH_PAGE])], seed=6)
    taken = hoso.run("watch", str(folder), "--covers", "--once", "--interval", "0.3",
                     "--desk", "UBND phường Bến Nghé")
    assert taken.returncode == 0, taken.stderr
    assert (folder / ".done" / "xấp sáng nay.pdf").exists()
    reason = (folder / ".error" / "không bìa.pdf.reason.txt").read_text()
    assert "cover sheet" in reason
    a = hoso.json("status", first.dossier_code)
    b = hoso.json("status", second.dossier_code)
    assert [f["filename"] for f in a["status"]["files"]] == ["xấp sáng nay (1) - to-khai.pdf"]
    assert [len(f["pages"]) for f in a["status"]["files"]] == [2]
    assert [len(f["pages"]) for f in b["status"]["files"]] == [1]
    assert a["digitised"] and b["digitised"]


def test_hoso_stack_takes_a_stack_from_the_command_line(tmp_path: Path) -> None:
    hoso = Hoso(tmp_path / "home")
    first, second = CoverSheet(f"{CODE}-C"), CoverSheet(f"{CODE}-D", "ban-sao")
    stack = write_stack(tmp_path / "xấp.tif", [(first, [BIRTH_PAGE]), (second, [REQUEST_PAGE])],
                        seed=7)
    loose = write_stack(tmp_path / "rời.pdf", [(None, [BIRTH_PAGE])], seed=8)
    taken = hoso.run("stack", str(stack), str(loose), "--desk", "UBND phường Bến Nghé")
    assert taken.returncode == 65, taken.stderr  # one stack refused, the other taken
    assert "rời.pdf: its first page is no hoso cover sheet" in taken.stderr
    assert f"xấp.tif pages 4-4 -> {second.dossier_code}: 1 pages" in taken.stdout
    for sheet in (first, second):
        assert hoso.json("status", sheet.dossier_code)["digitised"]
