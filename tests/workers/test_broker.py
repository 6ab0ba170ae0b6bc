"""The broker contract, on dramatiq's in-process broker and on Redis: queued pages get read,
a page that cannot be read is failed with its reason, and nothing is lost or done twice."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import cv2
import dramatiq
import numpy as np
import pytest
from hoso_cli import write_tiff_scan
from inputs import corrupt_tiff_frame

from hoso.ingest.intake import Upload, receive_files
from hoso.records import DossierInfo, PageState, SearchQuery
from hoso.settings import Settings
from hoso.synth.render import render_page
from hoso.workers.actors import declare_actors
from hoso.workers.context import Context, build_context
from hoso.workers.runtime import make_broker

CODE = "000.00.19.H12-241202-0077"


@pytest.fixture(params=["memory", "redis"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    env = {"HOSO_HOME": str(tmp_path), "HOSO_WORKERS": "2"}
    if request.param == "redis":
        env["HOSO_BROKER_URL"] = request.getfixturevalue("redis_url")
    return Settings.from_env(env)


@pytest.fixture
def running(settings: Settings) -> Iterator[tuple[Context, dramatiq.Broker]]:
    ctx = build_context(settings)
    broker = make_broker(settings)
    if hasattr(broker, "client"):
        # Each test gets its own Redis namespace, so queues never leak between tests.
        broker.namespace = f"hoso-test-{uuid.uuid4().hex[:8]}"
    yield ctx, broker
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
    actors = declare_actors(broker, ctx)
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


def test_an_unreadable_page_is_failed_with_its_reason(
    running: tuple[Context, dramatiq.Broker], tmp_path: Path
) -> None:
    ctx, broker = running
    lines = ("# GIẤY XÁC NHẬN", "Xác nhận thông tin về cư trú của công dân.")
    scan = write_tiff_scan(tmp_path / "ba.tiff", [lines, lines, lines], seed=4)
    tiff = corrupt_tiff_frame(scan, tmp_path / "hỏng.tiff", frame=1)
    report = receive_files(DossierInfo(CODE), [Upload(tiff, tiff.name)], store=ctx.store,
                           catalog=ctx.catalog, limits=ctx.limits, dpi=300, actor="test")
    actors = declare_actors(broker, ctx)
    for page_id in report.page_ids:
        actors.digitise.send(page_id)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    try:
        _wait(ctx, lambda s: all(f.assembled for f in s.files))
    finally:
        worker.stop()
    pages = ctx.catalog.status(CODE).pages
    assert [p.state for p in pages] == [PageState.DONE, PageState.FAILED, PageState.DONE]
    assert pages[1].error and "hỏng.tiff" in pages[1].error
