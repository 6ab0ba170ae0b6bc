"""Load on the HTTP API over loopback: upload throughput and search latency, 20 clients.

    .venv/bin/python bench/api_load.py
    .venv/bin/python bench/api_load.py --pages 20000 --clients 20 --uploads 200 --searches 2000
    .venv/bin/python bench/api_load.py --pages 100000 --uploads 0 --searches 1000 \
        --index-from bench/out/search-index-cache/pages-100000-v2.db   # search only

A real server (uvicorn, embedded backends in a temporary folder) runs in a child process, so
the 20 client threads do not share its interpreter lock.
The index is filled with generated pages (synth.corpus, straight into the index, not OCR'd);
the uploads are generated scans (synth.render), each sent with PUT to a new dossier by an
operator's API token; the server's worker is off, so the figures are the intake path alone
(stream to disk, inspect, hash, store, catalog). Searches mix folded words, phrases,
exclusions and filters, by an officer's token. Bounded by --uploads/--searches and --max-s.
--index-from copies an index bench/search_index.py built (its pages are the same) instead of
filling one.
Client and server share the machine's cores.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import random
import shlex
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import cv2
import httpx
from PIL import Image

from hoso.api.accounts import Accounts, Credentials
from hoso.api.http import create_app
from hoso.archive import open_catalog
from hoso.indexer import open_index
from hoso.records import Field, IndexedPage
from hoso.settings import Settings
from hoso.synth.corpus import page_lines
from hoso.synth.documents import generate_document, labels
from hoso.synth.render import render_page

VIETNAM = timezone(timedelta(hours=7))
DESK = "UBND phường Bến Nghé"
PASSWORD = "mat-khau-do-tai"
DOC_TYPES = ("giay_khai_sinh", "to_khai", "quyet_dinh", "don_de_nghi", "can_cuoc", "khac")
QUERIES = ({"q": "giay khai sinh"}, {"q": "Quyết định"}, {"q": '"dang ky ket hon"'},
           {"q": "thuong tru -ket"}, {"q": "uy ban nhan dan", "type": "to_khai"},
           {"q": "ho so", "from": "2024-03-01", "to": "2024-06-30"},
           {"type": "quyet_dinh"}, {"id": "001203000042"})


def make_page(n: int) -> IndexedPage:
    text = "\n".join(line.lstrip("#=>^ ") for line in page_lines(n))
    received = datetime(2024, 1, 1, 8, tzinfo=VIETNAM) + timedelta(hours=n % 8760)
    return IndexedPage(
        page_id=f"bench-{n}", dossier_code=f"000.00.19.H12-{received:%y%m%d}-{n // 4:04d}",
        document_id=f"doc-{n // 2}", page_no=n % 2 + 1, text=text,
        doc_type=DOC_TYPES[n % len(DOC_TYPES)], procedure=f"1.00{n % 5}",
        desk=f"Phường {n % 7 + 1}", received_at=received,
        fields=(Field("id_number", f"0012030{n:05d}"),))


def fill_index(url: str, pages: int, built: str) -> float:
    start = time.perf_counter()
    if built:
        shutil.copyfile(built, url.removeprefix("sqlite:///"))
    with open_index(url) as index:
        if index.count() != pages:
            index.rebuild(make_page(n) for n in range(pages))
    return time.perf_counter() - start


def make_scans(count: int) -> list[bytes]:
    """Distinct generated scans: JPEG at 200 dpi and one-page PDFs at 300 dpi, alternating."""
    scans = []
    for n in range(count):
        doc = generate_document(labels()[n % len(labels())], 1000 + n)
        dpi = 300 if n % 2 else 200
        page = render_page(doc.pages[0], seed=n, dpi=dpi)
        picture = Image.fromarray(cv2.cvtColor(page.image, cv2.COLOR_BGR2RGB))
        out = io.BytesIO()
        picture.save(out, "PDF" if n % 2 else "JPEG", quality=85, resolution=dpi)
        scans.append(out.getvalue())
    return scans


def seed_accounts(settings: Settings) -> dict[str, str]:
    catalog = open_catalog(settings.catalog_url)
    accounts = Accounts(catalog)
    accounts.add_user("bench.op", PASSWORD, "operator", desk=DESK, actor="bench")
    accounts.add_user("bench.officer", PASSWORD, "officer", actor="bench")
    credentials = Credentials(accounts)
    tokens = {who: credentials.create_token(who, "bench", actor="bench")[0]
              for who in ("bench.op", "bench.officer")}
    catalog.close()
    return tokens


def _serve(settings: Settings, port: int) -> None:
    import uvicorn

    uvicorn.run(create_app(settings, run_worker=False), host="127.0.0.1", port=port,
                log_level="warning")


@contextmanager
def serve_in_process(settings: Settings) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = multiprocessing.get_context("spawn").Process(target=_serve, args=(settings, port))
    child.start()
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{url}/api/health", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield url
    finally:
        child.terminate()
        child.join(30)


def run_clients(clients: int, jobs: Sequence[Callable[[httpx.Client], float]], token: str,
                url: str, max_s: float) -> tuple[list[float], float]:
    """Run the jobs on `clients` threads (one HTTP connection each); returns the latencies."""
    local = threading.local()
    deadline = time.monotonic() + max_s

    def run(job: Callable[[httpx.Client], float]) -> float | None:
        if time.monotonic() > deadline:
            return None
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=url, timeout=120.0,
                                        headers={"Authorization": f"Bearer {token}"})
        return job(local.client)

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = [t for t in pool.map(run, jobs) if t is not None]
    return latencies, time.perf_counter() - start


def upload_job(n: int, scan: bytes) -> Callable[[httpx.Client], float]:
    def job(client: httpx.Client) -> float:
        code = f"BENCH-{n:05d}"
        start = time.perf_counter()
        client.post("/api/dossiers", json={"code": code}).raise_for_status()
        name = "scan.pdf" if scan.startswith(b"%PDF") else "scan.jpg"
        client.put(f"/api/dossiers/{code}/files/{name}", content=scan).raise_for_status()
        return time.perf_counter() - start
    return job


def search_job(params: dict[str, str]) -> Callable[[httpx.Client], float]:
    def job(client: httpx.Client) -> float:
        start = time.perf_counter()
        client.get("/api/search", params=params).raise_for_status()
        return time.perf_counter() - start
    return job


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="pages in the index")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--max-s", type=float, default=300.0, help="time limit per phase")
    parser.add_argument("--index-from", default="", help="a SQLite index of --pages to copy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hoso-api-load-") as home:
        settings = Settings.from_env({"HOSO_HOME": home})
        fill_s = fill_index(settings.index_url, args.pages, args.index_from)
        tokens = seed_accounts(settings)
        scans = make_scans(20) if args.uploads else []
        with serve_in_process(settings) as url:
            jobs = [upload_job(n, scans[n % len(scans)]) for n in range(args.uploads)]
            up, up_s = run_clients(args.clients, jobs, tokens["bench.op"], url, args.max_s)
            sent = sum(len(scans[n % len(scans)]) for n in range(len(up)))
            rng = random.Random(7)
            jobs = [search_job(rng.choice(QUERIES)) for _ in range(args.searches)]
            found, found_s = run_clients(args.clients, jobs, tokens["bench.officer"], url,
                                         args.max_s)
    print(f"$ {shlex.join([sys.executable, *sys.argv])}")
    print(f"index: {args.pages} pages indexed in {fill_s:.1f} s")
    if up:
        print(f"uploads: {len(up)} files, {sent / 2**20:.1f} MiB in {up_s:.1f} s with "
              f"{args.clients} clients: {sent / 2**20 / up_s:.1f} MiB/s, {len(up) / up_s:.1f}"
              f" files/s; per upload p50 {percentile(up, 50) * 1000:.0f} ms,"
              f" p95 {percentile(up, 95) * 1000:.0f} ms")
    print(f"search: {len(found)} queries in {found_s:.1f} s with {args.clients} clients: "
          f"{len(found) / found_s:.0f} queries/s; latency p50 "
          f"{percentile(found, 50) * 1000:.0f} ms, p95 {percentile(found, 95) * 1000:.0f} ms")
    print(f"load average at the end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
