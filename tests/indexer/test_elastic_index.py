"""What only the Elasticsearch index promises: its alias, rebuilds, and checked bulk writes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from indexer_pages import page

from hoso.errors import BackendError, NotFound
from hoso.indexer import open_index
from hoso.indexer.elastic import ElasticIndex
from hoso.records import Field, SearchQuery


@pytest.fixture
def elastic(elasticsearch_url: str) -> Iterator[ElasticIndex]:
    index = ElasticIndex(elasticsearch_url, name=f"hoso-test-{uuid.uuid4().hex[:12]}", refresh=True)
    yield index
    index.drop()
    index.close()


def test_open_index_takes_the_alias_from_the_url(elasticsearch_url: str) -> None:
    name = f"hoso-test-{uuid.uuid4().hex[:12]}"
    with pytest.raises(NotFound, match="no pages indexed yet"):
        open_index(f"{elasticsearch_url}/{name}", create=False)
    with open_index(f"{elasticsearch_url}/{name}") as made:
        made.upsert([page("p", "Giấy khai sinh")])
    with open_index(f"{elasticsearch_url}/{name}", create=False) as index:
        assert isinstance(index, ElasticIndex) and index.name == name
        assert index._indices() == [f"{name}-v1"]
        assert index.count() == 1
        index.drop()


def test_rebuild_swaps_the_alias_to_a_new_index(elastic: ElasticIndex) -> None:
    elastic.upsert([page("old", "Giấy khai sinh")])
    before = elastic._indices()
    new = elastic.rebuild(page(f"new-{n}", "Tờ khai đăng ký kết hôn") for n in range(1200))
    assert elastic._indices() == [new] and new not in before
    assert elastic.count() == 1200
    assert elastic.search(SearchQuery(text="khai sinh")).total == 0
    assert elastic.search(SearchQuery(text="dang ky ket hon", limit=0)).total == 1200


def test_a_refused_page_is_reported_by_its_id(elastic: ElasticIndex) -> None:
    # A keyword longer than Lucene's 32 kB term limit is refused by the node, page by page.
    huge = Field("id_number", "9" * 40_000)
    with pytest.raises(BackendError, match="bad-page"):
        elastic.upsert([page("good", "Giấy khai sinh"), page("bad-page", "x", fields=(huge,))])
    assert [h.page_id for h in elastic.search(SearchQuery(text="khai sinh")).hits] == ["good"]


def test_an_unreachable_server_is_a_retryable_backend_error() -> None:
    with pytest.raises(BackendError) as caught:
        open_index("http://127.0.0.1:9", create=False)
    assert caught.value.retryable


def test_pages_of_results_past_the_result_window_are_reached_with_search_after(
    elasticsearch_url: str,
) -> None:
    # A result window of 7 stands in for Elasticsearch's 10,000: pages past it are walked to.
    name = f"hoso-test-{uuid.uuid4().hex[:12]}"
    with ElasticIndex(elasticsearch_url, name=name, refresh=True, max_window=7) as narrow:
        narrow.upsert(
            [page(f"p{n:02d}", f"Tờ khai số {n} " + "tờ khai " * (n % 5)) for n in range(30)]
        )
        for query in (SearchQuery(text="to khai", limit=5), SearchQuery(doc_type="khac", limit=4)):
            shown = [
                hit.page_id
                for offset in range(0, 32, query.limit)
                for hit in narrow.search(replace(query, offset=offset)).hits
            ]
            assert sorted(shown) == [f"p{n:02d}" for n in range(30)]
            at_once = narrow.search(replace(query, limit=30)).hits
            assert shown == [hit.page_id for hit in at_once]
        deep = narrow.search(SearchQuery(text="to khai", limit=5, offset=40))
        assert deep.hits == () and deep.total == 30
        narrow.drop()
