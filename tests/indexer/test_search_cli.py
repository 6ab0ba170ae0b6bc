"""`hoso search` as a user runs it: a subprocess over an index filled through indexer's API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from indexer_pages import VIETNAM, page

from hoso.indexer import open_index
from hoso.records import Field
from hoso.settings import Settings

HOSO = Path(sys.executable).with_name("hoso")
DOSSIER = "000.00.19.H12-241202-0001"


def hoso(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSO_")}
    env["HOSO_HOME"] = str(home)
    return subprocess.run(
        [str(HOSO), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose index holds two dossiers."""
    home = tmp_path_factory.mktemp("hoso-home")
    settings = Settings.from_env({"HOSO_HOME": str(home)})
    december = datetime(2024, 12, 2, 9, 30, tzinfo=VIETNAM)
    with open_index(settings.index_url) as index:
        index.upsert([
            page("ks-1", "GIẤY KHAI SINH\nHọ và tên: Nguyễn Thị Ngọc Ánh", dossier=DOSSIER,
                 document="ks", doc_type="giay_khai_sinh", received=december),
            page("ks-2", "Nơi đăng ký khai sinh: UBND phường Bến Nghé", dossier=DOSSIER,
                 document="ks", page_no=2, doc_type="giay_khai_sinh", received=december),
            page("cccd", "CĂN CƯỚC CÔNG DÂN. Số: 001203004567", dossier=DOSSIER,
                 document="cccd", doc_type="can_cuoc", received=december,
                 fields=(Field("id_number", "001203004567"),)),
            page("kh", "TỜ KHAI ĐĂNG KÝ KẾT HÔN", dossier="H12-250105-0002", document="kh",
                 doc_type="to_khai", received=datetime(2025, 1, 5, 8, tzinfo=VIETNAM)),
        ])  # fmt: skip
    return home


def test_a_fresh_data_folder_has_no_pages_and_stays_empty(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    result = hoso(home, "search", "giay khai sinh")
    assert (result.returncode, result.stdout.strip()) == (0, "no pages indexed yet")
    assert not home.exists()
    as_json = json.loads(hoso(home, "search", "--json", "x").stdout)
    assert as_json["total"] == 0 and as_json["message"] == "no pages indexed yet"


def test_pages_are_listed_by_dossier_then_document(home: Path) -> None:
    result = hoso(home, "search", "khai sinh")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(DOSSIER)
    assert lines[1].split() == ["ks", "(giay_khai_sinh)"]
    # `khai sinh` is a name of the birth certificate: its full name found is marked whole.
    assert lines[2].split()[0] == "p.1" and "[GIẤY KHAI SINH]" in lines[2]
    assert lines[3].split()[0] == "p.2" and "[khai sinh]" in lines[3]
    assert "2 pages match" in result.stdout
    assert "doc_type: giay_khai_sinh 2" in result.stdout
    assert "\x1b[" not in result.stdout


def test_json_groups_hits_and_marks_snippets(home: Path) -> None:
    result = hoso(home, "search", "dang ky", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["total"] == 2
    assert {d["dossier_code"] for d in document["dossiers"]} == {DOSSIER, "H12-250105-0002"}
    pages = [p for d in document["dossiers"] for doc in d["documents"] for p in doc["pages"]]
    snippets = {p["page_id"]: p["snippet"] for p in pages}
    assert snippets["kh"] == "TỜ KHAI <mark>ĐĂNG KÝ</mark> KẾT HÔN"
    assert "<mark>đăng ký</mark>" in snippets["ks-2"]
    assert {f["value"]: f["count"] for f in document["facets"]["month"]} == {
        "2025-01": 1, "2024-12": 1,
    }  # fmt: skip


def test_filters_from_the_command_line(home: Path) -> None:
    def found(*args: str) -> list[str]:
        document = json.loads(hoso(home, "search", "--json", *args).stdout)
        pages = [p for d in document["dossiers"] for doc in d["documents"] for p in doc["pages"]]
        return sorted(p["page_id"] for p in pages)

    assert found("--id", "001203004567") == ["cccd"]
    assert found("--type", "to_khai") == ["kh"]
    assert found("--from", "2025-01-05", "--to", "2025-01-05") == ["kh"]
    assert found("dang ky", "--to", "2024-12-31") == ["ks-2"]
    assert found("--limit", "1") == ["kh"]


def test_a_malformed_date_is_a_usage_error(home: Path) -> None:
    result = hoso(home, "search", "x", "--from", "02/12/2024")
    assert result.returncode == 2
    assert "--from" in result.stderr
