"""`hoso classify` on a scanned stack: real rasterising and OCR, the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from hoso.api.cli.main import cli
from hoso.synth.degrade import degrade_random
from hoso.synth.documents import GeneratedDocument, generate_document
from hoso.synth.render import render_page

pytestmark = pytest.mark.slow


def scan_stack(path: Path, sheets: list[tuple[str, ...]], seed: int) -> None:
    """Render the sheets, degrade them lightly, and save them as one scanned PDF."""
    images = []
    for i, lines in enumerate(sheets):
        page = render_page(lines, seed=seed + i, signature=bool(lines))
        scanned = degrade_random(page.image, seed + i, hard=False).image
        images.append(Image.fromarray(scanned[:, :, ::-1] if scanned.ndim == 3 else scanned))
    images[0].save(path, save_all=True, append_images=images[1:], resolution=300.0)


def expected_fields(doc: GeneratedDocument) -> set[tuple[str, str]]:
    wanted = ("id_number", "doc_number", "issue_date", "birth_date")
    return {(name, value) for name, value in doc.fields.items() if name in wanted}


def test_a_scanned_stack_is_split_typed_and_its_fields_read(tmp_path: Path) -> None:
    docs = [generate_document("quyet_dinh", 101, "qd_ngan"),
            generate_document("can_cuoc", 102, "cccd_barcode"),
            generate_document("giay_khai_sinh", 103, "gks_2016")]
    sheets = [docs[0].pages[0], (), docs[1].pages[0], docs[2].pages[0]]
    pdf = tmp_path / "ho-so.pdf"
    scan_stack(pdf, sheets, seed=7)

    result = CliRunner().invoke(cli, ["classify", str(pdf)])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.output.splitlines()]

    assert [d["pages"] for d in found] == [[1], [3], [4]]
    assert [d["label"] for d in found] == ["quyet_dinh", "can_cuoc", "giay_khai_sinh"]
    for doc, record in zip(docs, found, strict=True):
        read = {(f["name"], f["value"]) for f in record["fields"]}
        assert expected_fields(doc) <= read, record
        assert all(f["box"] and f["page"] == record["pages"][0] for f in record["fields"])
