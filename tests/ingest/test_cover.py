"""QR cover sheets (ingest/cover.py): read back from a scan, and a stack split at them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parents[1]))
from covers import cover_page, write_stack
from hoso_cli import BIRTH_PAGE, REQUEST_PAGE

from hoso.ingest.cover import CoverSheet, parse_cover, read_cover, split_at_covers
from hoso.ingest.inspect import inspect_file
from hoso.ingest.limits import Limits

A = CoverSheet("000.00.19.H12-241203-0801", "to-khai")
B = CoverSheet("000.00.19.H12-241203-0802")


def test_a_scanned_cover_sheet_is_read_back() -> None:
    assert read_cover(cover_page(A, seed=3)) == A
    assert parse_cover("HOSO1|../etc|x") is None and parse_cover("https://example.vn") is None
    assert CoverSheet("X-1", "a|b").text == "HOSO1|X-1|a/b"


@pytest.mark.parametrize("suffix", [".pdf", ".tif"])
def test_a_stack_is_split_at_its_cover_sheets(tmp_path: Path, suffix: str) -> None:
    stack = write_stack(tmp_path / f"xấp{suffix}",
                        [(A, [REQUEST_PAGE, BIRTH_PAGE]), (B, [BIRTH_PAGE])])
    info = inspect_file(stack, stack.name, Limits(), dpi=300)
    out = tmp_path / "parts"
    out.mkdir()
    parts = split_at_covers(stack, stack.name, info.media_type, info.page_count, out,
                            timeout_s=60)
    assert [(p.sheet, p.pages) for p in parts] == [(A, (1, 2)), (B, (4,))]
    assert parts[0].path.name == f"xấp (1) - to-khai{suffix}"
    counts = [inspect_file(p.path, p.path.name, Limits(), dpi=300).page_count for p in parts]
    assert counts == [2, 1]
    if suffix == ".pdf":  # pages copied as they are: the same scanned image
        original = PdfReader(stack).pages[4].images[0].data
        assert PdfReader(parts[1].path).pages[0].images[0].data == original


def test_a_stack_without_a_cover_on_top_is_not_split(tmp_path: Path) -> None:
    stack = write_stack(tmp_path / "xấp.pdf", [(None, [REQUEST_PAGE]), (B, [BIRTH_PAGE])])
    info = inspect_file(stack, stack.name, Limits(), dpi=300)
    assert split_at_covers(stack, stack.name, info.media_type, info.page_count, tmp_path,
                           timeout_s=60) == []
