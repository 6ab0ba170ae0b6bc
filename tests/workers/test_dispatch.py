"""The dispatcher contract, on the embedded broker and on Redis: submitted pages get read and
waited for, a page that cannot be read is failed at once with its reason, work left in the
catalog by a crash is found again, and the broker URL picks the dispatcher."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import pytest
from hoso_cli import write_tiff_scan
from inputs import corrupt_tiff_frame
from workers_rig import QUICK_RETRIES, OpenDispatcher, write_noise

from hoso.errors import ConfigError
from hoso.ingest.intake import Upload, receive_files
from hoso.records import DossierInfo, PageState, SearchQuery
from hoso.settings import Settings
from hoso.synth.render import render_page
from hoso.workers.context import Context
from hoso.workers.dispatch import Intake, dispatching, settled, take_in
from hoso.workers.dispatch_embedded import EmbeddedDispatcher
from hoso.workers.dispatch_redis import RedisDispatcher

CODE = "000.00.19.H12-241202-0078"
LINES = ("# GIẤY XÁC NHẬN", "Xác nhận thông tin về cư trú của công dân.")


def _page(path: Path) -> Upload:
    cv2.imwrite(str(path), render_page(LINES, seed=3, dpi=150).image)
    return Upload(path, path.name)


def test_submitted_pages_are_read_and_waited_for(open_dispatcher: OpenDispatcher, ctx: Context,
                                                 tmp_path: Path) -> None:
    dispatcher = open_dispatcher(ctx, QUICK_RETRIES)
    uploads = (_page(tmp_path / "xac-nhan.png"), write_noise(tmp_path / "nhieu.png"))
    [report] = take_in([Intake(DossierInfo(CODE), uploads)], ctx, dispatcher, actor="test")
    assert len(report.page_ids) == 2

    assert dispatcher.wait([CODE], timeout_s=0) is False  # gives up at once, and says so
    seen: list[tuple[int, int]] = []
    assert dispatcher.wait([CODE], lambda done, total: seen.append((done, total)),
                           timeout_s=240) is True
    status = ctx.catalog.status(CODE)
    assert status.digitised and [p.state for p in status.pages] == [PageState.DONE] * 2
    assert seen[-1] == (2, 2)
    assert ctx.index.search(SearchQuery(text="cu tru")).total == 1


def test_an_unreadable_page_is_failed_at_once_with_its_reason(
    open_dispatcher: OpenDispatcher, ctx: Context, tmp_path: Path
) -> None:
    dispatcher = open_dispatcher(ctx, QUICK_RETRIES)
    scan = write_tiff_scan(tmp_path / "ba.tiff", [LINES, LINES, LINES], seed=4)
    tiff = corrupt_tiff_frame(scan, tmp_path / "hỏng.tiff", frame=1)
    take_in([Intake(DossierInfo(CODE), (Upload(tiff, tiff.name),))], ctx, dispatcher,
            actor="test", wait=True)
    pages = ctx.catalog.status(CODE).pages
    assert [p.state for p in pages] == [PageState.DONE, PageState.FAILED, PageState.DONE]
    assert pages[1].error and "hỏng.tiff" in pages[1].error
    assert ctx.catalog.page_task(pages[1].page_id).attempts == 1  # not worth a retry


def test_work_left_in_the_catalog_is_found_and_done_in_the_background(
    open_dispatcher: OpenDispatcher, ctx: Context, tmp_path: Path
) -> None:
    # Received, then the process died before submitting: only the catalog knows.
    receive_files(DossierInfo(CODE), [write_noise(tmp_path / "nhieu.png")], store=ctx.store,
                  catalog=ctx.catalog, limits=ctx.limits, dpi=300, actor="test")
    dispatcher = open_dispatcher(ctx, QUICK_RETRIES)
    assert dispatcher.submit_unfinished() == 1
    dispatcher.start()  # as `hoso serve` does; nobody waits
    deadline = time.monotonic() + 120
    while not settled(ctx.catalog.status(CODE)):
        assert time.monotonic() < deadline, ctx.catalog.status(CODE)
        time.sleep(0.2)
    assert ctx.catalog.status(CODE).digitised


@pytest.mark.parametrize("url", ["memory://", "redis"])
def test_the_broker_url_picks_the_dispatcher(url: str, tmp_path: Path,
                                             request: pytest.FixtureRequest) -> None:
    if url == "redis":
        url = request.getfixturevalue("redis_url")
    settings = Settings.from_env({"HOSO_HOME": str(tmp_path), "HOSO_BROKER_URL": url})
    with dispatching(settings) as (_, dispatcher):
        kind = EmbeddedDispatcher if url == "memory://" else RedisDispatcher
        assert isinstance(dispatcher, kind)
        assert dispatcher.works_here is (url == "memory://")


def test_a_broker_url_of_another_kind_is_refused(tmp_path: Path) -> None:
    settings = Settings.from_env({"HOSO_HOME": str(tmp_path),
                                  "HOSO_BROKER_URL": "amqp://127.0.0.1:5672"})
    with pytest.raises(ConfigError, match="amqp"), dispatching(settings):
        pass
