"""Fixtures that find the real production servers: Redis, PostgreSQL, MinIO, Elasticsearch.

scripts/services/services.sh starts them on loopback and prints the variables these fixtures
read (`eval "$(scripts/services/services.sh start)"`):

    HOSO_TEST_REDIS_URL     redis://127.0.0.1:16379/0
    HOSO_TEST_POSTGRES_URL  postgresql://postgres@127.0.0.1:15432/hoso
    HOSO_TEST_MINIO_URL     http://hoso-test:hoso-test-secret@127.0.0.1:19000
    HOSO_TEST_ES_URL        http://127.0.0.1:19200

A server that is not named, or does not answer, skips the tests that need it, with the reason;
under CI=true (or HOSO_REQUIRE_SERVERS=1) it fails them instead, so CI never passes by
skipping. Load them from a conftest.py with `from servers import *` (or `pytest_plugins`).
"""

from __future__ import annotations

import json
import os
import socket
import struct
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import pytest

__all__ = [
    "MinioServer",
    "elasticsearch_url",
    "fresh_postgres_url",
    "minio_server",
    "minio_url",
    "new_postgres_database",
    "postgres_url",
    "redis_url",
    "servers_required",
]

_START_HINT = 'start them with: eval "$(scripts/services/services.sh start)"'
_ANSWER_TIMEOUT_S = 5.0

# Says why the server at a URL is not usable, or None when it answers as it should.
Probe = Callable[[str], "str | None"]


@dataclass(frozen=True)
class MinioServer:
    """Where the test MinIO listens and the credentials it accepts."""

    endpoint: str  # host:port, as the `minio` client wants it
    access_key: str
    secret_key: str
    secure: bool = False

    @classmethod
    def from_url(cls, url: str) -> MinioServer:
        parts = urlsplit(url)
        return cls(
            endpoint=f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}",
            access_key=parts.username or "",
            secret_key=parts.password or "",
            secure=parts.scheme == "https",
        )


def servers_required(environ: Mapping[str, str] | None = None) -> bool:
    """True where a missing server must fail the run (CI) rather than skip tests."""
    env = os.environ if environ is None else environ
    return env.get("CI", "").lower() == "true" or env.get("HOSO_REQUIRE_SERVERS") == "1"


def _find_server(variable: str, answers: Probe) -> str:
    url = os.environ.get(variable, "")
    problem = f"{variable} is not set" if not url else _why_silent(url, answers)
    if problem is None:
        return url
    message = f"{problem}; {_START_HINT}"
    if servers_required():
        pytest.fail(f"{message} (a missing server fails the run under CI)", pytrace=False)
    pytest.skip(message)


def _why_silent(url: str, answers: Probe) -> str | None:
    try:
        problem = answers(url)
    except (OSError, ValueError) as error:
        problem = str(error) or type(error).__name__
    if problem is None:
        return None
    return f"the server at {_without_password(url)} does not answer: {problem}"


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _redis_answers(url: str) -> str | None:
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port or 6379), _ANSWER_TIMEOUT_S) as sock:
        sock.sendall(b"PING\r\n")
        reply = sock.recv(64)
    return None if reply.startswith(b"+PONG") else f"PING gave {reply!r}"


def _postgres_answers(url: str) -> str | None:
    # An SSLRequest packet: any PostgreSQL server answers it with one byte, S or N.
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port or 5432), _ANSWER_TIMEOUT_S) as sock:
        sock.sendall(struct.pack("!ii", 8, 80877103))
        reply = sock.recv(1)
    return None if reply in (b"S", b"N") else f"SSLRequest gave {reply!r}"


def _http_status(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=_ANSWER_TIMEOUT_S) as response:
        return response.status, response.read()


def _minio_answers(url: str) -> str | None:
    server = MinioServer.from_url(url)
    scheme = "https" if server.secure else "http"
    status, _ = _http_status(f"{scheme}://{server.endpoint}/minio/health/ready")
    return None if status == 200 else f"health check gave HTTP {status}"


def _elasticsearch_answers(url: str) -> str | None:
    _, body = _http_status(f"{url.rstrip('/')}/_cluster/health?wait_for_status=yellow&timeout=10s")
    status = json.loads(body).get("status")
    return None if status in ("green", "yellow") else f"cluster health is {status}"


@pytest.fixture(scope="session")
def redis_url() -> str:
    """URL of the test Redis, e.g. redis://127.0.0.1:16379/0."""
    return _find_server("HOSO_TEST_REDIS_URL", _redis_answers)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of the test PostgreSQL's `hoso` database (libpq form, postgresql://...)."""
    return _find_server("HOSO_TEST_POSTGRES_URL", _postgres_answers)


@contextmanager
def new_postgres_database(postgres_url: str) -> Iterator[str]:
    """A new, empty database on the test PostgreSQL (its URL), dropped afterwards."""
    import psycopg

    name = f"hoso_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(postgres_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_postgres_url(postgres_url: str) -> Iterator[str]:
    """URL of a new, empty database on the test PostgreSQL, dropped after the test."""
    with new_postgres_database(postgres_url) as url:
        yield url


@pytest.fixture(scope="session")
def minio_url() -> str:
    """URL of the test MinIO with its credentials: http://user:password@127.0.0.1:19000."""
    return _find_server("HOSO_TEST_MINIO_URL", _minio_answers)


@pytest.fixture(scope="session")
def minio_server(minio_url: str) -> MinioServer:
    """The test MinIO as endpoint and keys, for the `minio` client."""
    return MinioServer.from_url(minio_url)


@pytest.fixture(scope="session")
def elasticsearch_url() -> str:
    """URL of the test Elasticsearch node, e.g. http://127.0.0.1:19200."""
    return _find_server("HOSO_TEST_ES_URL", _elasticsearch_answers)
