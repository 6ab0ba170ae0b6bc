"""`hoso serve` on Redis: uploads and re-queued pages go to `hoso worker` processes (here one,
in a subprocess, as an operator runs it), and the dossier is followed to the end over HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_live import CODE, Live, live_server, wait_until_settled
from hoso_cli import HOSO


@pytest.fixture
def redis_live(tmp_path: Path, redis_url: str) -> Iterator[Live]:
    # A database of its own on the shared Redis: `hoso worker` reads the default namespace.
    broker_url = f"{redis_url.rsplit('/', 1)[0]}/{uuid.uuid4().int % 15 + 1}"
    env = {"HOSO_HOME": str(tmp_path), "HOSO_WORKERS": "1", "HOSO_BROKER_URL": broker_url}
    with live_server(tmp_path, HOSO_BROKER_URL=broker_url) as live:
        worker = subprocess.Popen([*HOSO, "worker", "--processes", "1"],
                                  env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            yield live
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=60)


def test_an_upload_is_read_by_a_hoso_worker(redis_live: Live, scans: dict[str, Path]) -> None:
    with redis_live.client("op_a") as client:
        created = client.post("/api/dossiers", json={"code": CODE})
        assert created.status_code == 201, created.text
        with scans["id_card"].open("rb") as body:
            put = client.put(f"/api/dossiers/{CODE}/files/{scans['id_card'].name}", content=body)
        assert put.status_code == 201, put.text
        status = wait_until_settled(client, CODE, timeout_s=240)
    assert status["digitised"], status
