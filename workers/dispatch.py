"""Getting queued work done: in this process (embedded broker) or by `hoso worker`s (Redis)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from hoso.archive.records import DossierStatus
from hoso.records import PageState
from hoso.settings import Settings
from hoso.workers.actors import declare_actors
from hoso.workers.context import Context
from hoso.workers.runtime import EmbeddedWorker, enqueue_unfinished, make_broker

__all__ = ["Progress", "digitise_here", "send_pages", "send_unfinished", "settled", "wait_for_workers"]

Progress = Callable[[int, int], None]  # (settled pages, all pages)


def settled(status: DossierStatus) -> bool:
    """Nothing left to do: every page done or failed, every file's documents built."""
    return all(p.state is not PageState.QUEUED for p in status.pages) and all(
        f.assembled or f.assembly_error or not any(p.state is PageState.DONE for p in f.pages)
        for f in status.files
    )


def _tick(ctx: Context, codes: Sequence[str], on_progress: Progress | None) -> bool:
    statuses = [ctx.catalog.status(code) for code in codes]
    if on_progress:
        pages = [p for s in statuses for p in s.pages]
        on_progress(sum(p.state is not PageState.QUEUED for p in pages), len(pages))
    return all(settled(s) for s in statuses)


def digitise_here(ctx: Context, settings: Settings, codes: Sequence[str],
                  on_progress: Progress | None = None) -> None:
    """Run worker threads in this process until the dossiers are settled."""
    with EmbeddedWorker(ctx, settings) as worker:
        worker.run_until(lambda: _tick(ctx, codes, on_progress))


def send_pages(ctx: Context, settings: Settings, page_ids: Sequence[str]) -> None:
    """Queue pages on the configured (Redis) broker for `hoso worker` processes."""
    broker = make_broker(settings)
    try:
        actors = declare_actors(broker, ctx)
        for page_id in page_ids:
            actors.digitise.send(page_id)
    finally:
        broker.close()


def send_unfinished(ctx: Context, settings: Settings) -> int:
    """Queue everything the catalog says is unfinished (recovery after an outage)."""
    broker = make_broker(settings)
    try:
        return enqueue_unfinished(ctx, declare_actors(broker, ctx))
    finally:
        broker.close()


def wait_for_workers(ctx: Context, codes: Sequence[str], on_progress: Progress | None = None,
                     poll_s: float = 1.0) -> None:
    while not _tick(ctx, codes, on_progress):
        time.sleep(poll_s)
