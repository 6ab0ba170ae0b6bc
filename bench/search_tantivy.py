"""A prototype, for the choice of the embedded engine: tantivy over bench/search_index.py's pages.

    pip install 'hoso[bench]'
    .venv/bin/python bench/search_tantivy.py --pages 100000

Each query: every folded word required, the words as a phrase boosted, the 20 best, the exact
count and the four facets (terms aggregations) over every match, single client. It has none of
the synonyms, the tolerance of a missing word, tone-mark ranking or snippets of hoso's indexes:
a lower bound of what a tantivy backend would cost. The index is kept in bench/out per size.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path

import tantivy
from search_index import make_page

from hoso.indexer.folding import fold

QUERIES = (
    "giay khai sinh",
    "quyet dinh",
    "dang ky ket hon",
    "001187004512",
    "so do nguyen van an",
    "giay khai sinh nguyen thi ngoc anh",
)
FACETS = ("doc_type", "procedure", "desk", "month")


def make_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("folded", stored=False)
    for name in FACETS:
        builder.add_text_field(name, stored=False, tokenizer_name="raw", fast=True)
    return builder.build()


def build(index: tantivy.Index, pages: int) -> None:
    started = time.perf_counter()
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for n in range(pages):
        page = make_page(n)
        month = page.received_at.strftime("%Y-%m") if page.received_at else ""
        writer.add_document(tantivy.Document(
            folded=fold(page.text), doc_type=page.doc_type, procedure=page.procedure,
            desk=page.desk, month=month,
        ))  # fmt: skip
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    print(f"built {pages} pages in {time.perf_counter() - started:.0f} s")


def query_of(schema: tantivy.Schema, words: list[str]) -> tantivy.Query:
    must = [(tantivy.Occur.Must, tantivy.Query.term_query(schema, "folded", w)) for w in words]
    if len(words) > 1:
        phrase = tantivy.Query.phrase_query(schema, "folded", list[str | tuple[int, str]](words))
        must.append((tantivy.Occur.Should, tantivy.Query.boost_query(phrase, 10.0)))
    return tantivy.Query.boolean_query(must)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    schema = make_schema()
    path = Path(__file__).parent / "out" / "tantivy-cache" / f"pages-{args.pages}"
    path.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(schema, path=str(path))
    if index.searcher().num_docs != args.pages:
        build(index, args.pages)
    searcher = index.searcher()
    aggregations = {name: {"terms": {"field": name, "size": 1000}} for name in FACETS}
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    for text in QUERIES:
        query = query_of(schema, text.split())
        searcher.search(query, 20, count=True)
        wall, cpu, total = [], [], 0
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            found = searcher.search(query, 20, count=True)
            total = getattr(found, "count", 0) or 0  # the stubs lack `count`
            searcher.aggregate(query, aggregations)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        p95 = sorted(wall)[round(0.95 * (len(wall) - 1))]
        print(f"search {text!r:40} total {total:7d}  p50 {statistics.median(wall):6.1f} ms"
              f"  p95 {p95:6.1f} ms  cpu p50 {statistics.median(cpu):6.1f} ms")  # fmt: skip
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}; peak RSS {rss:.0f} MiB"
    )


if __name__ == "__main__":
    main()
