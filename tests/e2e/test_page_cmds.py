"""`hoso page` as an operator at a terminal runs it: a three-page stack reordered, a page
discarded, another replaced by a rescan; the dossier digitised again and still verifiable."""

from __future__ import annotations

from pathlib import Path

from hoso_cli import BIRTH_PAGE, CODE, REQUEST_PAGE, Hoso, write_scan, write_tiff_scan

BLANK_PAGE: tuple[str, ...] = ("",)


def _pages(hoso: Hoso) -> list[dict[str, object]]:
    status = hoso.json("status", CODE)["status"]
    return [p for f in status["files"] for p in f["pages"]]


def test_reorder_discard_and_rescan_from_the_command_line(tmp_path: Path) -> None:
    hoso = Hoso(tmp_path / "home")
    stack = write_tiff_scan(tmp_path / "xấp.tif", [REQUEST_PAGE, BLANK_PAGE, BIRTH_PAGE],
                            seed=11)
    taken = hoso.run("ingest", CODE, str(stack), "--operator", "nv.lan")
    assert taken.returncode in (0, 1), taken.stderr
    first, blank, birth = (p["page_id"] for p in _pages(hoso))
    assert f"[{blank}]" in hoso.run("status", CODE).stdout  # the ids `hoso page` takes

    moved = hoso.run("page", "order", f"{CODE}/f01", str(birth), str(first), str(blank))
    assert moved.returncode == 0, moved.stderr
    assert [p["page_id"] for p in _pages(hoso)] == [birth, first, blank]
    bad = hoso.run("page", "order", f"{CODE}/f01", str(birth))
    assert bad.returncode == 64 and "each of its pages" in bad.stderr

    gone = hoso.run("page", "discard", str(blank))
    assert gone.returncode == 0 and "discarded" in gone.stdout, gone.stderr
    assert "was discarded already" in hoso.run("page", "discard", str(blank)).stdout

    rescan = write_scan(tmp_path / "quét lại.jpg", BIRTH_PAGE, seed=12)
    replaced = hoso.run("page", "rescan", str(birth), str(rescan))
    assert replaced.returncode == 0, replaced.stderr
    new_id = replaced.stdout.split()[-1]
    again = hoso.run("page", "rescan", str(first), str(stack))  # three pages: refused
    assert again.returncode == 65 and "one page" in again.stderr

    status = hoso.json("status", CODE)
    pages = [p["page_id"] for f in status["status"]["files"] for p in f["pages"]]
    assert pages == [new_id, first] and status["digitised"]
    shown = hoso.run("status", CODE).stdout
    assert f"set aside [{birth}]: replaced by {new_id}" in shown
    assert f"set aside [{blank}]: discarded" in shown
    verified = hoso.run("verify", CODE)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert hoso.run("page", "keep", str(blank)).returncode == 65  # set aside: a conflict
