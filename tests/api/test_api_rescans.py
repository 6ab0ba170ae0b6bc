"""The rescan loop over HTTP, on a live server with real tesseract: a coarse page replaced by
a good rescan, a page discarded, a page kept; who may; the archive still whole afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_live import Live, wait_until_settled
from api_scans import write_scan
from PIL import Image

CODE = "000.00.19.H12-241203-0701"
PROCEDURE = "9.000701"


def _pages(status: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for f in status["files"] for p in f["pages"]]


def _search_pages(live: Live) -> set[str]:
    with live.client("officer") as client:
        found = client.get("/api/search", params={"procedure": PROCEDURE, "limit": 100})
    assert found.status_code == 200, found.text
    return {h["page_id"] for h in found.json()["hits"]}


@pytest.fixture(scope="module")
def warned(live: Live, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A dossier of two files: a page scanned too coarse (warned), and a good page."""
    folder = tmp_path_factory.mktemp("rescans")
    coarse, good = folder / "trang mờ.jpg", folder / "tờ khai.png"
    write_scan(coarse, "giay_khai_sinh", 21, dpi=100)
    write_scan(good, "to_khai", 22)
    with live.client("op_a") as client:
        made = client.post("/api/dossiers", json={"code": CODE, "procedure": PROCEDURE})
        assert made.status_code == 201, made.text
        for path in (coarse, good):
            put = client.put(f"/api/dossiers/{CODE}/files/{path.name}", content=path.read_bytes())
            assert put.status_code == 201, put.text
        return wait_until_settled(client, CODE)


def test_a_good_rescan_clears_the_warning(live: Live, warned: dict[str, Any],
                                          tmp_path: Path) -> None:
    coarse = warned["files"][0]["pages"][0]
    assert coarse["to_rescan"] and coarse["warnings"][0]["kind"] == "low_resolution"
    rescan = tmp_path / "quét lại.jpg"
    write_scan(rescan, "giay_khai_sinh", 21, dpi=200)
    url = f"/api/pages/{coarse['page_id']}/rescan"
    with live.client("op_a") as client:
        first = client.put(url, params={"filename": rescan.name}, content=rescan.read_bytes())
        assert first.status_code == 201, first.text
        again = client.put(url, params={"filename": rescan.name}, content=rescan.read_bytes())
        assert again.json() == first.json()  # the same rescan twice is one
        status = wait_until_settled(client, CODE)
    new_id = first.json()["page_id"]
    file = status["files"][0]
    assert [p["page_id"] for p in file["pages"]] == [new_id]
    assert not file["pages"][0]["warnings"] and not file["pages"][0]["to_rescan"]
    assert file["pages"][0]["thumbnail_url"] != coarse["thumbnail_url"]
    assert [(p["page_id"], p["disposition"]) for p in file["set_aside"]] == [
        (coarse["page_id"], "superseded")]
    assert status["digitised"] and file["documents"][0]["page_ids"] == [new_id]
    found = _search_pages(live)
    assert new_id in found and coarse["page_id"] not in found
    with live.client("auditor") as client:
        check = client.post(f"/api/dossiers/{CODE}/integrity").json()
        history = client.get(f"/api/dossiers/{CODE}/history").json()
    assert check["ok"], check
    originals = [i for i in check["items"] if i["kind"] == "original"]
    assert len(originals) == 3  # both files handed in, and the rescan
    assert [e["kind"] for e in history].count("page_replaced") == 1


def test_a_replaced_page_cannot_be_replaced_again(live: Live, warned: dict[str, Any],
                                                  tmp_path: Path) -> None:
    old = warned["files"][0]["pages"][0]["page_id"]
    other = tmp_path / "khác.png"
    write_scan(other, "giay_khai_sinh", 23)
    with live.client("op_a") as client:  # after test_a_good_rescan_clears_the_warning
        refused = client.put(f"/api/pages/{old}/rescan", content=other.read_bytes())
    assert refused.status_code == 409, refused.text


def test_a_rescan_must_be_one_page(live: Live, warned: dict[str, Any], tmp_path: Path) -> None:
    page = warned["files"][1]["pages"][0]["page_id"]
    two = tmp_path / "hai trang.pdf"
    pictures = [Image.new("L", (1654, 2339), 255), Image.new("L", (1654, 2339), 200)]
    pictures[0].save(two, "PDF", resolution=200, save_all=True, append_images=pictures[1:])
    with live.client("op_a") as client:
        refused = client.put(f"/api/pages/{page}/rescan", params={"filename": two.name},
                             content=two.read_bytes())
    assert refused.status_code == 422
    assert "hai trang.pdf" in refused.text and "one page" in refused.text


def test_only_the_desk_s_operators_act_on_pages(live: Live, warned: dict[str, Any]) -> None:
    page = warned["files"][1]["pages"][0]["page_id"]
    for who, status in (("op_b", 403), ("officer", 403), ("auditor", 403)):
        with live.client(who) as client:
            assert client.post(f"/api/pages/{page}/keep").status_code == status
            assert client.post(f"/api/pages/{page}/discard").status_code == status


def test_keep_then_discard_a_page(live: Live, warned: dict[str, Any]) -> None:
    file = warned["files"][1]
    page = file["pages"][0]["page_id"]
    with live.client("op_a") as client:
        kept = client.post(f"/api/pages/{page}/keep")
        assert kept.status_code == 200, kept.text
        assert _pages(kept.json())[-1]["checked_by"] == "op_a"
        for _ in range(2):  # the second changes nothing
            gone = client.post(f"/api/pages/{page}/discard")
            assert gone.status_code == 200, gone.text
        status = wait_until_settled(client, CODE)
        assert client.post(f"/api/pages/{page}/keep").status_code == 409
    after = next(f for f in status["files"] if f["file_id"] == file["file_id"])
    assert after["pages"] == [] and after["set_aside"][0]["disposition"] == "discarded"
    assert page not in _search_pages(live)


def test_a_versioned_thumbnail_is_kept_an_unversioned_one_asked_again(
        live: Live, warned: dict[str, Any]) -> None:
    with live.client("op_a") as client:
        page = _pages(client.get(f"/api/dossiers/{CODE}").json())[0]
        current = client.get(page["thumbnail_url"])
        bare = client.get(page["thumbnail_url"].split("&v=")[0])
    assert current.status_code == 200 and "immutable" in current.headers["cache-control"]
    assert "no-cache" in bare.headers["cache-control"]
