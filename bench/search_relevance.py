"""How well the search index ranks the dossier an officer looks for (bench/relevance_set.py).

    .venv/bin/python bench/search_relevance.py
    .venv/bin/python bench/search_relevance.py --es http://127.0.0.1:19200

Indexes the relevance set's pages into each backend (SQLite always; Elasticsearch when --es
or HOSO_TEST_ES_URL is given), asks every judged query and prints, per backend and per kind
of query, the share whose dossier is among the first three dossiers (top-3 hit rate) and the
mean reciprocal rank of that dossier among the first ten (MRR@10). --misses lists the
queries that missed the top 3.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path

from relevance_set import Judged, RelevanceSet, make_set

from hoso.indexer import SearchIndex, open_index
from hoso.records import SearchQuery


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es", default=os.environ.get("HOSO_TEST_ES_URL", ""),
                        help="Elasticsearch URL (default: $HOSO_TEST_ES_URL)")  # fmt: skip
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--misses", action="store_true", help="list the queries that missed")
    args = parser.parse_args()
    judged = make_set(args.documents)
    print(f"{len(judged.pages)} pages, {len(judged.queries)} judged queries")
    with tempfile.TemporaryDirectory() as folder:
        measure("sqlite", f"sqlite:///{Path(folder) / 'index.db'}", judged, args.misses)
    if args.es:
        url = f"{args.es.rstrip('/')}/bench-relevance-{uuid.uuid4().hex[:8]}"
        measure("elasticsearch", url, judged, args.misses)
    print("command:", shlex.join([Path(sys.executable).name, *sys.argv]))


def measure(backend: str, url: str, judged: RelevanceSet, show_misses: bool) -> None:
    with open_index(url) as index:
        try:
            index.rebuild(judged.pages)
            ranks = [(query, dossier_rank(index, query)) for query in judged.queries]
        finally:
            if url.startswith("http"):
                index.drop()  # type: ignore[attr-defined]
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    for query, rank in ranks:
        by_kind["all"].append(rank)
        by_kind[query.kind].append(rank)
    for kind, found in sorted(by_kind.items(), key=lambda item: item[0] != "all"):
        print(f"{backend:13} {kind:16} n={len(found):3d}  top-3 {top3(found):6.1%}"
              f"  MRR@10 {mrr(found):.3f}")  # fmt: skip
    if show_misses:
        for query, rank in ranks:
            if rank is None or rank > 3:
                print(f"  miss ({rank}): {query.text!r} [{query.kind}]")


def dossier_rank(index: SearchIndex, query: Judged) -> int | None:
    """Where the judged dossier comes among the distinct dossiers of the first pages found."""
    hits = index.search(SearchQuery(text=query.text, limit=30)).hits
    dossiers = list(dict.fromkeys(hit.dossier_code for hit in hits))[:10]
    return dossiers.index(query.dossier) + 1 if query.dossier in dossiers else None


def top3(ranks: list[int | None]) -> float:
    return sum(1 for rank in ranks if rank is not None and rank <= 3) / len(ranks)


def mrr(ranks: list[int | None]) -> float:
    return sum(1 / rank for rank in ranks if rank is not None) / len(ranks)


if __name__ == "__main__":
    main()
