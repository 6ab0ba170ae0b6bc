"""One real round trip per production server, so a broken provision shows up at once.

Needs the servers from scripts/services (fixtures in tests/servers.py, loaded by
tests/conftest.py); skipped without them, failed without them under CI.
"""

from __future__ import annotations

import io
import uuid
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from servers import MinioServer

pytestmark = pytest.mark.production


def test_redis_answers_ping_and_keeps_a_value(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    key = f"hoso-test:{uuid.uuid4().hex}"
    assert client.ping()
    client.set(key, "hồ sơ", ex=60)
    assert client.get(key) == "hồ sơ".encode()
    client.delete(key)


def test_postgres_runs_a_query_in_a_fresh_database(fresh_postgres_url: str) -> None:
    import psycopg

    with psycopg.connect(fresh_postgres_url) as connection:
        connection.execute("CREATE TABLE dossier (title text)")
        connection.execute("INSERT INTO dossier VALUES (%s)", ("Giấy khai sinh",))
        row = connection.execute("SELECT title, 1 FROM dossier").fetchone()
    assert row == ("Giấy khai sinh", 1)


def test_minio_stores_and_returns_an_object(minio_server: MinioServer) -> None:
    from minio import Minio

    client = Minio(
        minio_server.endpoint,
        access_key=minio_server.access_key,
        secret_key=minio_server.secret_key,
        secure=minio_server.secure,
    )
    bucket = f"hoso-test-{uuid.uuid4().hex[:12]}"
    data = "trang 1 của hồ sơ".encode()
    client.make_bucket(bucket)
    try:
        client.put_object(bucket, "page-1.txt", io.BytesIO(data), length=len(data))
        response = client.get_object(bucket, "page-1.txt")
        assert response.read() == data
        response.close()
        response.release_conn()
    finally:
        client.remove_object(bucket, "page-1.txt")
        client.remove_bucket(bucket)


def test_elasticsearch_indexes_and_finds_a_document(elasticsearch_url: str) -> None:
    from elasticsearch import Elasticsearch

    client = Elasticsearch(elasticsearch_url, request_timeout=30)
    index = f"hoso-test-{uuid.uuid4().hex[:12]}"
    assert client.cluster.health(wait_for_status="yellow")["status"] in ("green", "yellow")
    try:
        client.index(index=index, id="1", document={"text": "quyết định hành chính"}, refresh=True)
        hits = client.search(index=index, query={"match": {"text": "hành chính"}})["hits"]
        assert [hit["_id"] for hit in hits["hits"]] == ["1"]
    finally:
        client.indices.delete(index=index, ignore_unavailable=True)
        client.close()
