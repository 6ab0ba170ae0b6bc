"""The actors on each broker, dramatiq's in-process one and Redis: messages delivered twice
read each page once. (What the edges use, the dispatchers, have their contract in
test_dispatch.py.)"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import cv2
import dramatiq
import numpy as np
import pytest

from hoso.ingest.intake import Upload, receive_files
from hoso.records import DossierInfo, PageState, SearchQuery
from hoso.settings import Settings
from hoso.synth.render import render_page
from hoso.workers.actors import declare_actors
from hoso.workers.context import Context, build_context
from hoso.workers.retry import RetryPolicy
from hoso.workers.runtime import redis_broker, stub_broker

CODE = "000.00.19.H12-241202-0077"


@pytest.fixture(params=["memory", "redis"])
def running(request: pytest.FixtureRequest, tmp_path: Path
            ) -> Iterator[tuple[Context, dramatiq.Broker]]:
    ctx = build_context(Settings.from_env({"HOSO_HOME": str(tmp_path)}))
    if request.param == "redis":
        # Each test gets its own Redis namespace, so queues never leak between tests.
        broker = redis_broker(request.getfixturevalue("redis_url"),
                              namespace=f"hoso-test-{uuid.uuid4().hex[:8]}")
    else:
        broker = stub_broker()
    yield ctx, broker
    broker.flush_all()
    broker.close()
    ctx.close()


def _scans(folder: Path) -> list[Upload]:
    page = render_page(["# GIẤY XÁC NHẬN", "Xác nhận thông tin về cư trú của công dân."],
                       seed=3, dpi=150)
    good = folder / "xac-nhan.png"
    cv2.imwrite(str(good), page.image)
    noise = folder / "nhieu.png"
    cv2.imwrite(str(noise), np.random.default_rng(1).integers(0, 255, (60, 60), np.uint8))
    return [Upload(good, good.name), Upload(noise, noise.name)]


def _wait(ctx: Context, predicate, timeout: float = 240) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate(ctx.catalog.status(CODE)):
        assert time.monotonic() < deadline, ctx.catalog.status(CODE)
        time.sleep(0.3)


def test_sent_pages_are_digitised_once(running: tuple[Context, dramatiq.Broker],
                                       tmp_path: Path) -> None:
    ctx, broker = running
    report = receive_files(DossierInfo(CODE), _scans(tmp_path), store=ctx.store,
                           catalog=ctx.catalog, limits=ctx.limits, dpi=300, actor="test")
    actors = declare_actors(broker, ctx, RetryPolicy())
    for page_id in report.page_ids + report.page_ids:  # every message delivered twice
        actors.digitise.send(page_id)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    try:
        _wait(ctx, lambda s: all(f.assembled for f in s.files))
    finally:
        worker.stop()
    status = ctx.catalog.status(CODE)
    assert [p.state for p in status.pages] == [PageState.DONE, PageState.DONE]
    assert ctx.index.count() == 2
    assert ctx.index.search(SearchQuery(text="cu tru")).total == 1
