"""The whole pipeline on the production stack: MinIO, Elasticsearch, Redis, PostgreSQL, with
two `hoso worker` processes, driven through the `hoso` command as an operator would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hoso_cli import BIRTH_PAGE, CODE, HOSO, REQUEST_PAGE, write_scan
from servers import new_postgres_database

from hoso.indexer.elastic import ElasticIndex


class Stack:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*HOSO, *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)

    def json(self, *args: str) -> dict:
        result = self.run(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture(scope="module")
def stack(redis_url: str, postgres_url: str, minio_url: str, elasticsearch_url: str,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with new_postgres_database(postgres_url) as catalog_url:
        yield from _running_stack(redis_url, catalog_url, minio_url, elasticsearch_url,
                                  tmp_path_factory.mktemp("home"))


def _running_stack(redis_url: str, catalog_url: str, minio_url: str, elasticsearch_url: str,
                   home: Path) -> Iterator[Stack]:
    run_id = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        "HOSO_HOME": str(home),
        "HOSO_STORE_URL": f"{minio_url.rstrip('/')}/hoso-e2e-{run_id}",
        "HOSO_CATALOG_URL": catalog_url,
        "HOSO_INDEX_URL": f"{elasticsearch_url.rstrip('/')}/hoso-e2e-{run_id}",
        "HOSO_BROKER_URL": f"{redis_url.rsplit('/', 1)[0]}/{int(run_id, 16) % 15 + 1}",
    }
    workers = subprocess.Popen([*HOSO, "worker", "--processes", "2"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    yield Stack(env)
    os.killpg(workers.pid, signal.SIGTERM)
    try:
        workers.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(workers.pid, signal.SIGKILL)
    ElasticIndex(env["HOSO_INDEX_URL"]).drop()


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("scans")
    return [write_scan(folder / "giấy khai sinh.jpg", BIRTH_PAGE, seed=5, skew=4.0, seal=True),
            write_scan(folder / "don.jpg", REQUEST_PAGE, seed=6, skew=-2.0)]


@pytest.fixture(scope="module")
def ingested(stack: Stack, scans: list[Path]) -> Stack:
    result = stack.run("ingest", CODE, *map(str, scans), "--wait", "--procedure", "1.004227")
    assert result.returncode == 0, result.stdout + result.stderr
    return stack


def test_two_workers_digitise_the_dossier(ingested: Stack) -> None:
    status = ingested.json("status", CODE)
    assert status["digitised"] is True
    pages = [p for f in status["status"]["files"] for p in f["pages"]]
    assert [p["state"] for p in pages] == ["done", "done"]


def test_found_by_a_search_without_tone_marks(ingested: Stack) -> None:
    found = ingested.json("search", "hong nhung")
    assert found["total"] == 1
    assert found["dossiers"][0]["dossier_code"] == CODE


def test_originals_come_back_byte_identical(ingested: Stack, scans: list[Path],
                                            tmp_path: Path) -> None:
    listing = ingested.json("get", CODE, "--out", str(tmp_path))
    originals = sorted((tmp_path / f["path"]).read_bytes() for f in listing["files"]
                       if f["kind"] == "original")
    assert originals == sorted(p.read_bytes() for p in scans)


def test_reindex_restores_a_wiped_index(ingested: Stack) -> None:
    before = ingested.json("search", "khai sinh")["total"]
    assert before >= 1
    ElasticIndex(ingested.env["HOSO_INDEX_URL"]).drop()
    assert ingested.run("reindex").returncode == 0
    assert ingested.json("search", "khai sinh")["total"] == before
    assert ingested.json("search", "hong nhung")["total"] == 1

