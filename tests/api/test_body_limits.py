"""Bodies are bounded by route before they are read, before anyone is signed in: a large
anonymous body is refused fast with 413, and the server does not take it into memory.

The server runs in this process (api_live), so this process's resident memory is the
server's; it is measured before and after, loosely."""

from __future__ import annotations

import select
import socket
import time
from urllib.parse import urlsplit

import httpx
import pytest
from api_live import LIMIT_BYTES, Live

from hoso.api.http.limits import SMALL_BODY_BYTES
from hoso.api.http.uploads import MAX_FILES_PER_REQUEST

BODY_BYTES = 300 << 20
_CHUNK = b"[" + b"1," * (128 << 10) + b"1]"  # 256 KiB of a JSON array, again and again


def _rss_bytes() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) * 1024


def _connect(live: Live) -> socket.socket:
    url = urlsplit(live.url)
    sock = socket.create_connection((url.hostname, url.port), timeout=30)
    return sock


def _head(method: str, path: str, **headers: str) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: hoso.test",
             *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode()


def _answer(sock: socket.socket) -> bytes:
    """The server's answer: its head and as much of its body as it says it has."""
    got = b""
    try:
        while (data := sock.recv(65536)) and not _complete(got := got + data):
            pass
    except (ConnectionResetError, TimeoutError):
        pass
    return got


def _complete(answer: bytes) -> bool:
    head, found, body = answer.partition(b"\r\n\r\n")
    if not found:
        return False
    lengths = [line.split(b":")[1] for line in head.lower().split(b"\r\n")
               if line.startswith(b"content-length:")]
    return not lengths or len(body) >= int(lengths[0])


def _send_chunked(sock: socket.socket, total: int) -> int:
    """Send up to `total` bytes as chunks, stopping once the server has answered or hung
    up; returns how many were sent."""
    sent = 0
    frame = f"{len(_CHUNK):x}\r\n".encode() + _CHUNK + b"\r\n"
    try:
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break
            sock.sendall(frame)
            sent += len(_CHUNK)
        else:
            sock.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass
    return sent


def test_a_declared_large_body_is_refused_before_a_byte_is_read(live: Live) -> None:
    with _connect(live) as sock:
        started = time.monotonic()
        sock.sendall(_head("POST", "/api/dossiers", Content_Type="application/json",
                           Content_Length=str(BODY_BYTES)))
        answer = _answer(sock)
    assert time.monotonic() - started < 5
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b'"error":"LimitExceeded"' in answer and b"1.0 MiB" in answer


def test_a_streamed_large_body_is_cut_off_at_the_limit(live: Live) -> None:
    before = _rss_bytes()
    with _connect(live) as sock:
        started = time.monotonic()
        sock.sendall(_head("POST", "/api/dossiers", Content_Type="application/json",
                           Transfer_Encoding="chunked"))
        sent = _send_chunked(sock, BODY_BYTES)
        answer = _answer(sock)
    elapsed, grown = time.monotonic() - started, _rss_bytes() - before
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < BODY_BYTES // 4, f"the server read {sent} bytes"
    assert elapsed < 10, f"{elapsed:.1f} s to refuse"
    assert grown < BODY_BYTES // 4, f"the server grew by {grown >> 20} MiB"


def test_a_large_form_gets_a_page_in_vietnamese(live: Live) -> None:
    with httpx.Client(base_url=live.url, timeout=30.0) as browser:
        answer = browser.post("/login", data={"username": "x" * SMALL_BODY_BYTES,
                                              "password": "y"})
    assert answer.status_code == 413
    assert "Dữ liệu gửi lên quá lớn" in answer.text
    assert answer.headers["x-frame-options"] == "SAMEORIGIN"


@pytest.mark.parametrize("path", ["/api/dossiers/HS-1/files/a.pdf", "/api/dossiers/HS-1/files"])
def test_upload_routes_may_take_files_up_to_their_limit(live: Live, path: str) -> None:
    """A body over the small limit reaches an upload route (which asks who is sending);
    over all the files a request may hold, it is refused like any other."""
    method = "PUT" if path.endswith(".pdf") else "POST"
    room = LIMIT_BYTES * MAX_FILES_PER_REQUEST + SMALL_BODY_BYTES
    for length, status in ((SMALL_BODY_BYTES * 2, b"401"), (room + 1, b"413")):
        with _connect(live) as sock:
            sock.sendall(_head(method, path, Content_Type="application/octet-stream",
                               Content_Length=str(length)))
            answer = _answer(sock)
        assert answer.startswith(b"HTTP/1.1 " + status), (length, answer[:200])


@pytest.mark.parametrize(("method", "path", "anonymous"), [
    ("PUT", "/api/pages/HS-1/f01/p001/rescan", b"401"),
    ("POST", "/pages/HS-1/f01/p001/rescan", b"303")])
def test_a_rescan_may_be_larger_than_a_form(live: Live, method: str, path: str,
                                            anonymous: bytes) -> None:
    """A rescanned page is one file: over the small limit it reaches its route, on the API
    and on the page card's form, which ask who is sending before reading it; over one
    file's limit it is refused like any other body."""
    for length, status in ((SMALL_BODY_BYTES * 2, anonymous),
                           (LIMIT_BYTES + SMALL_BODY_BYTES + 1, b"413")):
        with _connect(live) as sock:
            sock.sendall(_head(method, path, Content_Type="multipart/form-data; boundary=x",
                               Content_Length=str(length)))
            answer = _answer(sock)
        assert answer.startswith(b"HTTP/1.1 " + status), (length, answer[:200])
