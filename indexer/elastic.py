"""The production search index: Elasticsearch, through the official `elasticsearch` client.

hoso makes its own index (indexer.elastic_body) under a versioned name, `hoso-pages-v1`,
reached through an alias, `hoso-pages`: `rebuild` loads a new index and swaps the alias in one
step, so searches never see a half-built index. Page ids are document ids, so indexing a page
again replaces it. Folding, query parsing and snippets are the shared ones (indexer.query,
indexer.highlight), so both backends answer alike.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch

from hoso.errors import BackendError, NotFound
from hoso.indexer.base import FACET_NAMES, SearchIndex
from hoso.indexer.elastic_body import (
    SCHEMA_VERSION,
    hoso_score,
    index_body,
    page_document,
    search_body,
    strict_count_body,
)
from hoso.indexer.highlight import make_snippet
from hoso.indexer.pages import prepare_page
from hoso.indexer.query import TOLERANT_BELOW, parse_query
from hoso.records import Facet, IndexedPage, SearchHit, SearchQuery, SearchResults

__all__ = ["ElasticIndex"]

BATCH_PAGES = 500
# Elasticsearch's index.max_result_window: `from` + `size` may not pass it; deeper pages of
# results are reached with search_after.
MAX_RESULT_WINDOW = 10_000
_RETRIES = 3  # for pages the node refused because it was busy (HTTP 429)


class ElasticIndex(SearchIndex):
    """Pages in the Elasticsearch cluster at `url` (`http://user:pw@host:9200[/alias]`).

    name: the alias searched and written (default: the URL's path, else `hoso-pages`).
    create: make the index when missing; when False a missing one raises NotFound.
    refresh: `wait_for` makes written pages searchable before upsert returns.
    max_window: the deepest result `from` + `size` reaches (the index's max_result_window);
        a page of results beyond it is reached by walking there with search_after.
    """

    def __init__(
        self,
        url: str,
        *,
        name: str = "",
        create: bool = True,
        refresh: bool | str = "wait_for",
        shards: int = 1,
        timeout_s: float = 30.0,
        max_window: int = MAX_RESULT_WINDOW,
    ) -> None:
        self.url, alias, auth = _server(url)
        self.name = name or alias or "hoso-pages"
        self._client = Elasticsearch(
            self.url, basic_auth=auth, request_timeout=timeout_s,
            max_retries=3, retry_on_timeout=True, retry_on_status=(502, 503, 504),
        )  # fmt: skip
        self._refresh = refresh
        self._shards = shards
        self._max_window = max_window
        try:
            self._ensure_index(create)
        except BaseException:
            self._client.close()
            raise

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn the client's errors into BackendError naming the server and the action."""
        try:
            yield
        except ApiError as exc:
            raise BackendError(f"Elasticsearch at {self.url}: {action}: {exc}") from exc
        except TransportError as exc:
            raise BackendError(f"Elasticsearch at {self.url} unreachable: {action}: {exc}") from exc

    def _ensure_index(self, create: bool) -> None:
        with self._errors(f"look up {self.name}"):
            exists = bool(self._client.indices.exists_alias(name=self.name))
        if exists:
            self._check_schema()
        elif not create:
            raise NotFound(
                f"no search index {self.name} at {self.url}", hint="no pages indexed yet"
            )
        else:
            self._create(f"{self.name}-v{SCHEMA_VERSION}", with_alias=True)

    def _create(self, index: str, *, with_alias: bool) -> None:
        body = index_body(self._shards)
        if with_alias:
            body["aliases"] = {self.name: {}}
        try:
            self._client.indices.create(index=index, **body)
        except ApiError as exc:
            if exc.error != "resource_already_exists_exception":  # another process made it
                raise BackendError(f"Elasticsearch at {self.url}: create {index}: {exc}") from exc
        except TransportError as exc:
            raise BackendError(f"Elasticsearch at {self.url} unreachable: {exc}") from exc

    def _check_schema(self) -> None:
        with self._errors(f"read the mapping of {self.name}"):
            mappings = self._client.indices.get_mapping(index=self.name)
        for index, mapping in mappings.items():
            found = mapping["mappings"].get("_meta", {}).get("hoso_schema")
            if found != SCHEMA_VERSION:
                raise BackendError(
                    f"search index {index} has layout {found}; this hoso expects {SCHEMA_VERSION}",
                    hint="rebuild the search index",
                )

    def _indices(self) -> list[str]:
        with self._errors(f"resolve {self.name}"):
            return sorted(self._client.indices.get_alias(name=self.name))

    def upsert(self, pages: Sequence[IndexedPage]) -> None:
        self._load(self.name, pages)

    def _load(self, index: str, pages: Iterable[IndexedPage]) -> None:
        batch: dict[str, dict[str, Any]] = {}
        for page in pages:
            batch[page.page_id] = page_document(prepare_page(page))
            if len(batch) >= BATCH_PAGES:
                self._bulk(index, batch)
                batch = {}
        if batch:
            self._bulk(index, batch)

    def _bulk(self, index: str, documents: dict[str, dict[str, Any]]) -> None:
        """Index documents by id, checking every item; busy refusals are tried again."""
        for attempt in range(_RETRIES + 1):
            operations: list[dict[str, Any]] = []
            for page_id, document in documents.items():
                operations += [{"index": {"_index": index, "_id": page_id}}, document]
            with self._errors(f"index {len(documents)} pages"):
                response = self._client.bulk(operations=operations, refresh=self._refresh)
            failed = _failures(response)
            busy = {page_id for page_id, status, _ in failed if status == 429}
            fatal = [item for item in failed if item[1] != 429]
            if fatal or (busy and attempt == _RETRIES):
                shown = "; ".join(f"{p}: {reason}" for p, _, reason in (fatal or failed)[:5])
                raise BackendError(f"Elasticsearch refused {len(failed)} pages: {shown}")
            if not busy:
                return
            documents = {page_id: documents[page_id] for page_id in busy}
            time.sleep(0.5 * 2**attempt)

    def delete_dossier(self, dossier_code: str) -> None:
        # By id, through bulk: delete-by-query lives in a module a minimal node may lack.
        ids = self._ids_where({"term": {"dossier_code": dossier_code}})
        self._delete_ids(ids, f"of {dossier_code}")

    def delete_pages(self, page_ids: Sequence[str]) -> None:
        self._delete_ids(list(page_ids), "set aside")

    def _delete_ids(self, ids: list[str], what: str) -> None:
        for first in range(0, len(ids), BATCH_PAGES):
            operations = [
                {"delete": {"_index": self.name, "_id": i}}
                for i in ids[first : first + BATCH_PAGES]
            ]
            with self._errors(f"delete {len(operations)} pages {what}"):
                response = self._client.bulk(operations=operations, refresh=self._refresh)
            failed = [f for f in _failures(response) if f[1] != 404]  # already gone is fine
            if failed:
                raise BackendError(f"Elasticsearch kept {len(failed)} pages {what}")

    def _ids_where(self, query: dict[str, Any]) -> list[str]:
        ids: list[str] = []
        after: list[Any] | None = None
        while True:
            with self._errors(f"list pages of {self.name}"):
                response = self._client.search(
                    index=self.name, query=query, sort=["page_id"], size=1000,
                    source=False, search_after=after,
                )  # fmt: skip
            hits = response["hits"]["hits"]
            ids += [hit["_id"] for hit in hits]
            if len(hits) < 1000:
                return ids
            after = hits[-1]["sort"]

    def clear(self) -> None:
        self.rebuild(())

    def search(self, query: SearchQuery) -> SearchResults:
        parsed = parse_query(query.text)
        with self._errors(f"search {self.name}"):
            if parsed.must_match < len(parsed.required):
                held = self._client.count(index=self.name, **strict_count_body(query, parsed))
                if held["count"] >= TOLERANT_BELOW:
                    parsed = parsed.strict
            body = search_body(query, parsed)
            if query.offset + query.limit > self._max_window:
                body = self._after(body, query.offset)
            response = self._client.search(index=self.name, **body)
        hits = tuple(
            _hit(raw["_source"], hoso_score(raw.get("_score"), parsed), parsed.required)
            for raw in response["hits"]["hits"]
        )
        return SearchResults(
            total=int(response["hits"]["total"]["value"]),
            hits=hits,
            facets=_facets(response["aggregations"]),
        )

    def _after(self, body: dict[str, Any], offset: int) -> dict[str, Any]:
        """The body asking for the page of results at `offset` with search_after: the
        results before it walked through in steps of the window, ids and sort keys only."""
        skipped, after = 0, None
        while skipped < offset:
            size = min(self._max_window, offset - skipped)
            step = {key: value for key, value in body.items() if key != "aggs"}
            step.update(from_=0, size=size, source=False, track_total_hits=False)
            response = self._client.search(index=self.name, search_after=after, **step)
            hits = response["hits"]["hits"]
            if not hits:
                break
            skipped, after = skipped + len(hits), hits[-1]["sort"]
            if len(hits) < size:
                break
        return (
            {**body, "from_": 0, "search_after": after}
            if skipped >= offset
            else {**body, "from_": 0, "size": 0}
        )

    def count(self) -> int:
        with self._errors(f"count {self.name}"):
            return int(self._client.count(index=self.name)["count"])

    def rebuild(self, pages: Iterable[IndexedPage]) -> str:
        """Load `pages` into a new index, then point the alias at it in one atomic step and
        drop the old one. Searches see the old index until the swap. Returns the new name."""
        old = self._indices()
        new = f"{self.name}-v{SCHEMA_VERSION}-{datetime.now(UTC):%Y%m%dt%H%M%S%f}"
        self._create(new, with_alias=False)
        self._load(new, pages)
        actions: list[dict[str, Any]] = [{"remove": {"index": i, "alias": self.name}} for i in old]
        actions.append({"add": {"index": new, "alias": self.name}})
        with self._errors(f"point {self.name} at {new}"):
            self._client.indices.update_aliases(actions=actions)
            for index in old:
                self._client.indices.delete(index=index)
        return new

    def drop(self) -> None:
        """Delete the alias and every index behind it (tests, uninstall)."""
        for index in self._indices():
            with self._errors(f"delete {index}"):
                self._client.indices.delete(index=index)

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"ElasticIndex({self.url!r}, name={self.name!r})"


def _server(url: str) -> tuple[str, str, tuple[str, str] | None]:
    """The server's URL without credentials or path, the alias in the path, the credentials."""
    parts = urlsplit(url)
    host = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
    auth = (parts.username, parts.password or "") if parts.username else None
    return urlunsplit((parts.scheme, host, "", "", "")), parts.path.strip("/"), auth


def _failures(response: Any) -> list[tuple[str, int, str]]:
    if not response.get("errors"):
        return []
    failed = []
    for item in response["items"]:
        result = next(iter(item.values()))
        if result.get("error") or result.get("status", 200) >= 300:
            error = result.get("error") or {}
            reason = f"{error.get('type', '')} {error.get('reason', '')}".strip()
            failed.append((str(result.get("_id")), int(result.get("status", 0)), reason))
    return failed


def _hit(source: dict[str, Any], score: float, terms: Sequence[Any]) -> SearchHit:
    display = source.get("display") or {}
    received = display.get("received_at")
    return SearchHit(
        page_id=source["page_id"],
        dossier_code=source["dossier_code"],
        document_id=source["document_id"],
        page_no=int(source["page_no"]),
        doc_type=source["doc_type"],
        snippet=make_snippet(display.get("text", ""), terms),
        score=score,
        procedure=source.get("procedure", ""),
        desk=source.get("desk", ""),
        received_at=datetime.fromisoformat(received) if received else None,
    )


def _facets(aggregations: Any) -> tuple[Facet, ...]:
    return tuple(
        Facet(
            name=name,
            counts=tuple(
                (str(bucket["key"]), int(bucket["doc_count"]))
                for bucket in aggregations[name]["buckets"]
                if bucket["key"] != ""
            ),
        )
        for name in FACET_NAMES
    )
