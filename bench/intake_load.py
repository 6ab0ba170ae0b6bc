"""Load and agreement under concurrency: 50 uploads into ONE dossier at once, 20 clients
searching meanwhile, against a live server; then catalog, store and index must agree.

    .venv/bin/python bench/intake_load.py                  # embedded default
    .venv/bin/python bench/intake_load.py --production     # PostgreSQL, MinIO, Elasticsearch
                                                           # named by HOSO_TEST_* (tests/servers.py)

The server (uvicorn, `hoso serve` without its worker: the figures are the intake path) runs in
a child process on 127.0.0.1; the index holds generated pages for the searches. Prints the
answers by kind (accepted, refused, 5xx) and latencies, then checks: every accepted file is
recorded once, its blob present with the right SHA-256, its pages queued (the worker is off),
and the history records each. With --digitise the pages are then digitised in this process and
each must reach the index once. Bounded: --uploads, --searches, --max-s.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import replace

import httpx
from api_load import QUERIES, fill_index, make_scans, percentile, seed_accounts, serve_in_process

from hoso.records import PageState
from hoso.settings import Settings
from hoso.workers.context import build_context
from hoso.workers.dispatch import dispatching

CODE = "000.00.19.H12-241202-9001"
DESK = "UBND phường Bến Nghé"


@contextmanager
def production_env(home: str) -> Iterator[dict[str, str]]:
    """The test servers, with a new PostgreSQL database and a new bucket for this run."""
    import psycopg

    base = os.environ["HOSO_TEST_POSTGRES_URL"]
    name = f"hoso_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {"HOSO_HOME": home, "HOSO_CATALOG_URL": base.rsplit("/", 1)[0] + f"/{name}",
               "HOSO_STORE_URL": os.environ["HOSO_TEST_MINIO_URL"].rstrip("/")
               + f"/hoso-bench-{uuid.uuid4().hex[:8]}",
               "HOSO_INDEX_URL": os.environ["HOSO_TEST_ES_URL"]}
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed(client: httpx.Client, send: Callable[[httpx.Client], httpx.Response]
          ) -> tuple[int, float]:
    start = time.perf_counter()
    try:
        status = send(client).status_code
    except httpx.HTTPError:
        status = 599  # no answer at all counts with the 5xx
    return status, time.perf_counter() - start


def run_load(url: str, tokens: dict[str, str], scans: list[bytes], args: argparse.Namespace
             ) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """The uploads (one thread each) and the searches (20 threads) at the same time."""
    deadline = time.monotonic() + args.max_s

    def client(who: str) -> httpx.Client:
        return httpx.Client(base_url=url, timeout=args.max_s,
                            headers={"Authorization": f"Bearer {tokens[who]}"})

    def upload(n: int) -> tuple[int, float]:
        with client("bench.op") as c:
            return timed(c, lambda c: c.put(f"/api/dossiers/{CODE}/files/trang-{n:03}.jpg"
                                            if not scans[n].startswith(b"%PDF") else
                                            f"/api/dossiers/{CODE}/files/trang-{n:03}.pdf",
                                            content=scans[n]))

    def searches(seed: int) -> list[tuple[int, float]]:
        rng, done = random.Random(seed), []
        with client("bench.officer") as c:
            for _ in range(args.searches // args.search_clients):
                if time.monotonic() > deadline:
                    break
                done.append(timed(c, lambda c: c.get("/api/search",
                                                     params=rng.choice(QUERIES))))
        return done

    with ThreadPoolExecutor(args.uploads + args.search_clients) as pool:
        found = [pool.submit(searches, s) for s in range(args.search_clients)]
        uploads = list(pool.map(upload, range(args.uploads)))
        return uploads, [r for f in found for r in f.result()]


def check_agreement(settings: Settings, accepted: int) -> list[str]:
    """What disagrees between catalog, store and index (nothing, when all is well)."""
    ctx = build_context(settings)
    problems = []
    try:
        status = ctx.catalog.status(CODE)
        stored = [e for e in ctx.catalog.history(CODE) if e.kind == "file_stored"]
        if len(status.files) != accepted or len(stored) != accepted:
            problems.append(f"{accepted} accepted, {len(status.files)} files recorded, "
                            f"{len(stored)} in the history")
        problems += [f"blob of {f.filename} missing or altered" for f in status.files
                     if not ctx.store.verify(f.sha256)]
        problems += [f"page {p.page_id} failed: {p.error}" for p in status.pages
                     if p.state is PageState.FAILED]
        # The server's worker is off: every page must be queued, none lost or failed.
        queued = sum(1 for p in status.pages if p.state is PageState.QUEUED)
        if queued != len(status.pages):
            problems.append(f"{len(status.pages) - queued} pages not queued")
    finally:
        ctx.close()
    return problems


def digitise_and_check_index(settings: Settings, timeout_s: float) -> tuple[float, list[str]]:
    """Digitise the queued pages in this process (whatever the broker: the catalog holds the
    work), then every digitised page must be in the index, once."""
    embedded = replace(settings, broker_url="memory://")
    with dispatching(embedded) as (ctx, dispatcher):
        before = ctx.index.count()
        start = time.perf_counter()
        dispatcher.submit_unfinished()
        finished = dispatcher.wait([CODE], timeout_s=timeout_s)
        seconds = time.perf_counter() - start
        status = ctx.catalog.status(CODE)
        done = sum(1 for p in status.pages if p.state is PageState.DONE)
        indexed = ctx.index.count() - before
    problems = [] if finished else [f"not settled after {timeout_s:.0f} s"]
    problems += [f"page {p.page_id} failed: {p.error}" for p in status.pages
                 if p.state is PageState.FAILED]
    if indexed != done:
        problems.append(f"{done} pages digitised, {indexed} added to the index")
    return seconds, problems


def summary(name: str, results: list[tuple[int, float]]) -> str:
    kinds = Counter("5xx" if s >= 500 else "refused" if s >= 400 else "accepted"
                    for s, _ in results)
    times = [t for _, t in results] or [0.0]
    return (f"{name}: {len(results)} requests: {kinds['accepted']} accepted, "
            f"{kinds['refused']} refused, {kinds['5xx']} 5xx; latency p50 "
            f"{percentile(times, 50) * 1000:.0f} ms, p95 {percentile(times, 95) * 1000:.0f} ms,"
            f" max {max(times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--uploads", type=int, default=50)
    parser.add_argument("--search-clients", type=int, default=20)
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--pages", type=int, default=2000, help="pages in the index")
    parser.add_argument("--max-s", type=float, default=120.0, help="time limit of the load")
    parser.add_argument("--production", action="store_true")
    parser.add_argument("--digitise", action="store_true",
                        help="then digitise the uploads and check each page reached the index")
    args = parser.parse_args()
    with ExitStack() as stack:
        home = stack.enter_context(tempfile.TemporaryDirectory(prefix="hoso-intake-load-"))
        env = (stack.enter_context(production_env(home)) if args.production
               else {"HOSO_HOME": home})
        settings = Settings.from_env(env)
        fill_index(settings.index_url, args.pages)
        tokens = seed_accounts(settings)
        scans = make_scans(args.uploads)
        with serve_in_process(settings) as url:
            with httpx.Client(base_url=url, headers={
                    "Authorization": f"Bearer {tokens['bench.op']}"}) as op:
                op.post("/api/dossiers", json={"code": CODE}).raise_for_status()
            start = time.perf_counter()
            uploads, found = run_load(url, tokens, scans, args)
            seconds = time.perf_counter() - start
        accepted = sum(1 for s, _ in uploads if s < 400)
        problems = check_agreement(settings, accepted)
        digitised_s = 0.0
        if args.digitise and not problems:
            digitised_s, problems = digitise_and_check_index(settings, args.max_s * 10)
    print(f"$ {shlex.join([sys.executable, *sys.argv])}")
    print(f"backends: {'production (PostgreSQL, MinIO, Elasticsearch)' if args.production else 'embedded (SQLite, local disk, SQLite FTS5)'}")
    print(f"{args.uploads} uploads into one dossier and {args.search_clients} searching "
          f"clients at once, {seconds:.1f} s")
    print(summary("uploads", uploads))
    print(summary("searches", found))
    checked = "every accepted file recorded once, in history, blob intact, pages queued"
    if args.digitise:
        checked += (f"; then digitised in {digitised_s:.0f} s, every page in the index once"
                    if not problems else "")
    print(f"agreement: {checked}" if not problems
          else "agreement: DISAGREE\n  " + "\n  ".join(problems))
    sys.exit(1 if problems or any(s >= 500 for s, _ in uploads + found) else 0)


if __name__ == "__main__":
    main()
