"""How fast the search index takes pages and answers queries.

    .venv/bin/python bench/search_index.py --pages 20000
    .venv/bin/python bench/search_index.py --pages 5000 --url http://127.0.0.1:19200/bench-pages

Pages are drawn from synth.corpus (Vietnamese administrative text, ~1.5 kB each), spread over
2024 and six document types. Prints pages/s for upsert (batches of 500), then each query's
median and 95th-percentile latency with its total, facets included.
"""

from __future__ import annotations

import argparse
import shlex
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hoso.indexer import open_index
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
)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--url", default="", help="index URL (default: a temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.url or f"sqlite:///{Path(folder) / 'index.db'}"
        run(url, args.pages, args.repeat)
    print("command:", shlex.join([Path(sys.executable).name, *sys.argv]))


def run(url: str, pages: int, repeat: int) -> None:
    with open_index(url) as index:
        index.clear()
        started = time.perf_counter()
        for first in range(0, pages, 500):
            index.upsert([make_page(n) for n in range(first, min(pages, first + 500))])
        elapsed = time.perf_counter() - started
        print(f"upsert: {pages} pages in {elapsed:.1f} s = {pages / elapsed:.0f} pages/s")
        if url.startswith("sqlite:///"):
            size = Path(url.removeprefix("sqlite://")).stat().st_size
            print(f"index file: {size / 1e6:.1f} MB ({size / pages / 1e3:.1f} kB/page)")
        for query in QUERIES:
            times, total = [], 0
            for _ in range(repeat):
                started = time.perf_counter()
                total = index.search(query).total
                times.append((time.perf_counter() - started) * 1000)
            p95 = sorted(times)[int(0.95 * (len(times) - 1))]
            label = query.text or f"(filters {query.doc_type or query.fields})"
            print(f"search {label!r:45} total {total:6d}  "
                  f"p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms")  # fmt: skip
        if url.startswith("http"):
            index.clear()


if __name__ == "__main__":
    main()
