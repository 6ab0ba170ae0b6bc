"""How fast the search index answers queries over many pages, facets included.

    .venv/bin/python bench/search_index.py --pages 20000
    .venv/bin/python bench/search_index.py --pages 300000          # built once, then cached
    .venv/bin/python bench/search_index.py --pages 100000 --backend elasticsearch \\
        --url http://127.0.0.1:19200

Pages are drawn from synth.corpus (Vietnamese administrative text, ~1.1 kB each), spread over
2024 and six document types. The index is built with the backend's `rebuild` (the bulk path
of `hoso reindex`); a SQLite index is kept in `--cache` under its page count and layout, so a
300,000- or 1,000,000-page index is built once. An Elasticsearch index gets a unique name and
is deleted at the end (the server is shared). Prints each query's median and 95th-percentile
latency with its total (`>N`: more match, N counted) and the median CPU time of this process
(an embedded index searches in it: a figure the other jobs on the machine inflate less), then
the load average, the process's peak resident memory and `worst p95 X ms over N pages`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hoso.indexer import SearchIndex, open_index
from hoso.records import Field, IndexedPage, SearchQuery
from hoso.synth.corpus import page_lines

VIETNAM = timezone(timedelta(hours=7))
DOC_TYPES = ("giay_khai_sinh", "to_khai", "quyet_dinh", "don_de_nghi", "can_cuoc", "khac")
QUERIES = (
    SearchQuery(text="giay khai sinh"),
    SearchQuery(text="Quyết định"),
    SearchQuery(text='"dang ky ket hon"'),
    SearchQuery(text="thuong tru -ket"),
    SearchQuery(text="001187004512"),
    SearchQuery(text="ho so", doc_type="to_khai", date_from=date(2024, 3, 1)),
    SearchQuery(doc_type="quyet_dinh"),
    SearchQuery(fields=(("id_number", "001203000042"),)),
    # Officers' queries: a paper's everyday name with a person's name, a long sentence.
    SearchQuery(text="so do nguyen van an"),
    SearchQuery(text="giay khai sinh nguyen thi ngoc anh"),
    SearchQuery(text="ubnd phuong ben nghe quyet dinh cap giay phep xay dung"),
    # Deep paging: the eleventh page of twenty results.
    SearchQuery(text="giay khai sinh", offset=200),
)
DEFAULT_CACHE = Path(__file__).parent / "out" / "search-index-cache"


def make_page(n: int) -> IndexedPage:
    text = "\n".join(line.lstrip("#=>^ ") for line in page_lines(n))
    received = datetime(2024, 1, 1, 8, tzinfo=VIETNAM) + timedelta(hours=n % 8760)
    return IndexedPage(
        page_id=f"bench-{n}",
        dossier_code=f"000.00.19.H12-{received:%y%m%d}-{n // 4:04d}",
        document_id=f"doc-{n // 2}",
        page_no=n % 2 + 1,
        text=text,
        doc_type=DOC_TYPES[n % len(DOC_TYPES)],
        procedure=f"1.00{n % 5}",
        desk=f"Phường {n % 7 + 1}",
        received_at=received,
        fields=(Field("id_number", f"0012030{n:05d}"),),
    )


def make_pages(count: int) -> Iterator[IndexedPage]:
    started = time.perf_counter()
    for n in range(count):
        if n and n % 100_000 == 0:
            rate = n / (time.perf_counter() - started)
            print(f"  {n} pages generated, {rate:.0f} pages/s", flush=True)
        yield make_page(n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--backend", choices=("sqlite", "elasticsearch"), default="sqlite")
    parser.add_argument("--url", default="", help="Elasticsearch server (default HOSO_TEST_ES_URL)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="SQLite indexes kept")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="keep the Elasticsearch index")
    args = parser.parse_args()
    if args.backend == "sqlite":
        run_sqlite(args.cache, args.pages, args.repeat)
    else:
        server = (args.url or os.environ.get("HOSO_TEST_ES_URL", "")).rstrip("/")
        if not server:
            parser.error("--backend elasticsearch needs --url or HOSO_TEST_ES_URL")
        run_elastic(server, args.pages, args.repeat, args.keep)
    print("command:", shlex.join([Path(sys.executable).name, *sys.argv]))


def run_sqlite(cache: Path, pages: int, repeat: int) -> None:
    from hoso.indexer.sqlite_sql import SCHEMA_VERSION

    path = cache / f"pages-{pages}-v{SCHEMA_VERSION}.db"
    with open_index(f"sqlite:///{path}") as index:
        if index.count() != pages:
            build(index, pages)
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
        print(f"index file: {path} {size / 1e6:.0f} MB ({size / pages / 1e3:.1f} kB/page)")
        measure(index, pages, repeat)


def run_elastic(server: str, pages: int, repeat: int, keep: bool) -> None:
    from hoso.indexer.elastic import ElasticIndex

    name = f"bench-pages-{pages}-{uuid.uuid4().hex[:8]}"
    index = ElasticIndex(server, name=name, refresh=False, timeout_s=120)
    try:
        build(index, pages)
        measure(index, pages, repeat)
    finally:
        if not keep:
            index.drop()
        index.close()


def build(index: SearchIndex, pages: int) -> None:
    started = time.perf_counter()
    index.rebuild(make_pages(pages))
    elapsed = time.perf_counter() - started
    print(f"built {index!r}: {pages} pages in {elapsed:.0f} s = {pages / elapsed:.0f} pages/s")


def measure(index: SearchIndex, pages: int, repeat: int) -> None:
    print(f"load average before: {_load()}")
    worst = 0.0
    for query in QUERIES:
        index.search(query)  # the first run reads the index from disk; a server's is warm
        times, cpu, total = [], [], ""
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            results = index.search(query)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            total = f"{'' if results.total_exact else '>'}{results.total}"
        p95 = sorted(times)[round(0.95 * (len(times) - 1))]
        worst = max(worst, p95)
        label = (query.text or f"(filters {query.doc_type or query.fields})")
        label += f" @{query.offset}" if query.offset else ""
        print(f"search {label!r:58} total {total:>7}  p50 {statistics.median(times):6.1f} ms"
              f"  p95 {p95:6.1f} ms  cpu p50 {statistics.median(cpu):6.1f} ms", flush=True)  # fmt: skip
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load average after: {_load()}; peak RSS of this process {rss:.0f} MiB")
    print(f"worst p95 {worst:.0f} ms over {pages} pages")


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
