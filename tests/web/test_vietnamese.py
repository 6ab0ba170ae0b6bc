"""Every page in Vietnamese: each page, as each role, with a dossier that has warnings, a
refused file, a failed sign-in and a corrected type in its history, rendered and scanned for
English: the message catalogue's source strings and a list of tell-tale English tokens.

Also the catalogue itself: every source string translated, dates, numbers and sizes as
Vietnamese write them."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from api_live import DESK_A, PASSWORD, Live, live_server, wait_until_settled
from api_scans import write_scan
from PIL import Image

from hoso.api.i18n import catalogue, file_size, format_date, format_number, local_time

# tests/engines.py: engines that misbehave, chosen as production chooses tesseract.
sys.path.insert(0, str(Path(__file__).parents[1]))

CODE = "000.00.19.H12-241202-0501"
# Words that only English (or Python, or a machine record) would put on a page.
ENGLISH = re.compile(
    r"\b(sha256|size|via|from|signed_in|sign_in_failed|page_ocr|document_pdf|worker|cli|"
    r"the|not a|no dossier|error|none|true|false|pages?|file|dossier|failed|"
    r"internal server|not found|unknown|queued|done)\b|\['|'\]|\{'",
    re.IGNORECASE)
# Pages may show these as they are: names, codes, formats.
ALLOWED = ("PDF", "TIFF", "JPEG", "PNG", "API", "SHA-256", "hOCR", "CCCD", "CMND", "dpi")


class _VisibleText(HTMLParser):
    """The words a person sees or hears: text outside scripts, and the attributes read out."""

    SPOKEN = ("alt", "title", "aria-label", "placeholder")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts += [v for k, v in attrs if k in self.SPOKEN and v]
        if tag == "input" and ("type", "submit") in attrs:
            self.parts += [v for k, v in attrs if k == "value" and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    return parser.parts


def _source_strings() -> list[str]:
    """The catalogue's English source strings worth looking for: long enough not to be a
    word Vietnamese shares (PDF, API), split at their placeholders."""
    found = set()
    for message in catalogue():
        if not message.id or message.id == message.string:
            continue
        for piece in re.split(r"%\(\w+\)s|\{\w+\}", str(message.id)):
            if len(piece.strip(" .,:;—()“”")) >= 6 and re.search(r"[a-z]{3}", piece):
                found.add(piece.strip())
    return sorted(found, key=len, reverse=True)


def english_in(texts: list[str], data: tuple[str, ...]) -> list[str]:
    """The pieces of `texts` that read as English, leaving out known data (names, codes)."""
    sources = _source_strings()
    leaks = []
    for text in texts:
        shown = text
        for value in (*data, *ALLOWED):
            shown = shown.replace(value, " ")
        leaks += [s for s in sources if s in shown]
        leaks += [m.group(0) for m in ENGLISH.finditer(shown)]
    return leaks


@pytest.fixture(scope="module")
def dossier_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Live, str]]:
    """A server holding one dossier with all a page can show: pages done, a blank page's
    warning, a refused file, a corrected type, an integrity check, a failed sign-in."""
    home = tmp_path_factory.mktemp("hoso-vi")
    with live_server(home) as live:
        folder = tmp_path_factory.mktemp("vi-scans")
        birth, blank, junk = folder / "khai sinh.pdf", folder / "mặt sau.png", folder / "ghi chú.pdf"
        write_scan(birth, "giay_khai_sinh", 51)
        Image.new("L", (1654, 2339), 255).save(blank, dpi=(200, 200))
        junk.write_text("not a scan at all\n")
        with live.client("op_a") as api:
            api.post("/api/dossiers", json={
                "code": CODE, "procedure": "1.004227", "applicant_name": "Lê Thị Hồng",
                "applicant_id": "079201004999"})
            for path in (birth, blank, junk):
                api.put(f"/api/dossiers/{CODE}/files/{path.name}", content=path.read_bytes())
            status = wait_until_settled(api, CODE)
        document = status["files"][0]["documents"][0]["document_id"]
        with live.client("officer") as api:
            api.put(f"/api/documents/{document}/type", json={"doc_type": "to_khai"})
        with live.client("auditor") as api:
            api.post(f"/api/dossiers/{CODE}/integrity")
        httpx.post(f"{live.url}/login", data={"username": "op_a", "password": "wrong-one"})
        yield live, status["files"][0]["pages"][0]["page_id"]


def _pages_of(role: str, page_id: str) -> list[str]:
    everyone = ["/login?next=/", "/no/such/page", f"/dossiers/{CODE}-KHONG-CO"]
    return everyone + {
        "op_a": ["/intake", f"/intake/{CODE}", f"/intake/{CODE}/pages", f"/dossiers/{CODE}",
                 f"/pages/{page_id}", "/search", "/admin", "/work-queue",
                 f"/intake/{CODE}/cover"],
        "officer": ["/search", "/search?q=khai+sinh", "/search?q=079201004999",
                    "/search?q=zzzkhongco", f"/dossiers/{CODE}", f"/pages/{page_id}?q=sinh",
                    "/intake", "/papers", "/dashboard", "/documents", "/work-queue"],
        "auditor": ["/audit", f"/audit/{CODE}", f"/dossiers/{CODE}", "/search"],
        "admin": ["/admin", "/audit", f"/audit/{CODE}", f"/dossiers/{CODE}", "/intake",
                  "/admin/procedures", "/admin/procedures/1.004227", "/dashboard"],
    }[role]


@pytest.mark.timeout(900)
@pytest.mark.parametrize("role", ["op_a", "officer", "auditor", "admin"])
def test_no_english_on_any_page(dossier_live: tuple[Live, str], role: str) -> None:
    live, page_id = dossier_live
    data = (CODE, "khai sinh.pdf", "mặt sau.png", "ghi chú.pdf", DESK_A, role, "op_a")
    leaks: dict[str, list[str]] = {}
    with httpx.Client(base_url=live.url, timeout=60.0) as client:
        client.post("/login", data={"username": role, "password": PASSWORD})
        for path in _pages_of(role, page_id):
            answer = client.get(path)
            assert answer.status_code < 500, (path, answer.text[-2000:])
            found = english_in(visible_text(answer.text), data)
            if found:
                leaks[path] = found
        csrf = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/").text)
        if role == "auditor" and csrf:
            checked = client.post(f"/audit/{CODE}/integrity", data={"csrf": csrf.group(1)})
            leaks.update({"integrity": english_in(visible_text(checked.text), data)})
        if role == "admin" and csrf:
            refused = client.post("/admin/users", data={
                "csrf": csrf.group(1), "username": "ngan", "password": "short",
                "role": "officer", "display_name": "Ngân"})
            assert refused.status_code == 422
            leaks.update({"admin error": english_in(visible_text(refused.text), data)})
    assert not {path: words for path, words in leaks.items() if words}, leaks


@pytest.mark.timeout(600)
def test_a_failed_page_is_told_in_vietnamese(tmp_path_factory: pytest.TempPathFactory) -> None:
    """An engine past its time limit: the page fails with an English reason for developers;
    the intake, dossier and audit pages say it in Vietnamese."""
    scan = tmp_path_factory.mktemp("vi-failed") / "to khai.png"
    write_scan(scan, "to_khai", 52)
    env = {"HOSO_OCR_ENGINE": "engines:HangingEngine", "HOSO_OCR_TIMEOUT": "1"}
    with live_server(tmp_path_factory.mktemp("hoso-vi-failed"), **env) as live:
        with live.client("op_a") as api:
            api.post("/api/dossiers", json={"code": CODE})
            api.put(f"/api/dossiers/{CODE}/files/{scan.name}", content=scan.read_bytes())
            status = wait_until_settled(api, CODE)
        assert status["files"][0]["pages"][0]["state"] == "failed"
        seen: dict[str, list[str]] = {}
        for who, path in (("op_a", f"/intake/{CODE}"), ("auditor", f"/dossiers/{CODE}"),
                          ("auditor", f"/audit/{CODE}"), ("op_a", "/work-queue")):
            with httpx.Client(base_url=live.url, timeout=60.0) as client:
                client.post("/login", data={"username": who, "password": PASSWORD})
                seen[path] = visible_text(client.get(path).text)
    assert any("Nhận dạng trang này quá lâu" in text for text in seen[f"/intake/{CODE}"])
    leaks = {path: english_in(texts, (CODE, scan.name, DESK_A, "op_a", "auditor"))
             for path, texts in seen.items()}
    assert not any(leaks.values()), leaks


def test_the_scan_finds_english() -> None:
    """The check itself: it would catch the English that reached pages before."""
    html = ('<td>sha256: 3f2a…</td><td title="via: web">x</td><p>not a PDF, TIFF, JPEG or'
            " PNG: it looks like plain text</p><td>['p001', 'p002']</td><td>signed_in</td>"
            "<p>Cần kiểm tra</p><p>Something entered is not valid.</p>")
    leaks = english_in(visible_text(html), ())
    for word in ("sha256", "via", "not a", "['", "signed_in", "Something entered is not valid."):
        assert word in leaks, (word, leaks)
    assert english_in(visible_text("<p>Đã số hoá 12 trang · 849 KB</p>"), ()) == []


def test_every_source_string_is_translated() -> None:
    untranslated = [m.id for m in catalogue() if m.id and not m.string]
    assert untranslated == []


def test_one_spelling_of_each_term() -> None:
    words = " ".join(str(m.string) for m in catalogue() if m.id)
    for wrong in ("hóa", "khóa", "tùy", "Cần xem lại", "Đang xử lý"):
        assert wrong not in words, wrong


def test_dates_numbers_and_sizes_as_vietnamese_write_them() -> None:
    assert format_date("2024-12-02") == "02/12/2024"  # as the field extractor writes dates
    assert format_date(date(1990, 1, 31)) == "31/01/1990"
    assert local_time(datetime(2024, 12, 2, 17, 5, tzinfo=UTC)) == "03/12/2024 00:05"
    assert format_number(1234567.5, 1) == "1.234.567,5"
    assert [file_size(n) for n in (850, 869_000, 1_300_000, 52_428_800)] == [
        "850 B", "849 KB", "1,2 MB", "50 MB"]


def test_catalogue_is_package_data() -> None:
    import hoso.api

    assert (Path(hoso.api.__file__).parent / "locale" / "vi" / "LC_MESSAGES"
            / "messages.po").is_file()
