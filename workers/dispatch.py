"""Getting queued work done: one interface, chosen once at the edge from the broker URL.

    make_dispatcher(settings, ctx)   memory:// → EmbeddedDispatcher (workers.dispatch_embedded)
                                     redis://  → RedisDispatcher    (workers.dispatch_redis)

    dispatcher.submit(work)          pages to read and files to assemble
    dispatcher.wait(codes, ...)      until the dossiers are settled (the catalog says so)
    dispatcher.start()               digitise in the background of this process (`hoso serve`)
    dispatcher.run_workers(...)      be the worker (`hoso worker`)

The catalog is the source of truth: a page is queued there when received, whatever the
broker, so work lost with a process (or a broker) is found again from the catalog. The
sequences the edges share are written here once: `take_in` (receive files, submit their
pages, wait if asked) and `requeue_dossier`.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Self

from hoso.archive import Catalog
from hoso.archive.records import DossierStatus
from hoso.ingest.intake import IntakeReport, Upload, receive_files
from hoso.records import DossierInfo, PageState
from hoso.settings import Settings
from hoso.workers.context import Context, build_context

__all__ = [
    "Dispatcher",
    "Intake",
    "Progress",
    "Work",
    "WorkerOptions",
    "dispatching",
    "make_dispatcher",
    "poll_until",
    "requeue_dossier",
    "settled",
    "take_in",
    "unfinished_work",
]

Progress = Callable[[int, int], None]  # (settled pages, all pages)


@dataclass(frozen=True)
class Work:
    """What workers are asked to do: pages to read, and files (every page settled) to assemble."""

    pages: tuple[str, ...] = ()
    files: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.pages) + len(self.files)


@dataclass(frozen=True)
class WorkerOptions:
    """How `hoso worker` runs: `processes` × `threads` for Redis (dramatiq's supervisor);
    the embedded worker uses HOSO_WORKERS threads and, with `burst`, stops when idle."""

    processes: int = 1
    threads: int = 1
    burst: bool = False


class Dispatcher(ABC):
    """Where submitted work gets done, and how to wait for it."""

    #: True when submitted work is done by this process, so only while it waits, serves or
    #: runs as a worker (embedded); False when other processes do it (Redis).
    works_here: bool

    def __init__(self, ctx: Context, *, poll_s: float) -> None:
        self.ctx = ctx
        self.poll_s = poll_s

    @abstractmethod
    def submit(self, work: Work) -> None:
        """Have the work done (it is already queued in the catalog)."""

    def submit_unfinished(self) -> int:
        """Submit everything the catalog says is unfinished (recovery after an outage);
        returns how many pages and files that is. Repeats are harmless: stages are idempotent."""
        work = unfinished_work(self.ctx.catalog)
        self.submit(work)
        return len(work)

    @abstractmethod
    def wait(self, codes: Sequence[str], on_progress: Progress | None = None, *,
             timeout_s: float | None = None) -> bool:
        """Until the dossiers are settled (True), or `timeout_s` has passed (False)."""

    def start(self) -> None:
        """Digitise submitted work in the background of this process, where this dispatcher
        does that, until `close()`."""

    @abstractmethod
    def run_workers(self, options: WorkerOptions, stop: threading.Event) -> None:
        """Be a worker for this broker until `stop` is set (or, in burst mode, idle)."""

    def close(self) -> None:
        """Stop any work this process runs and release the broker."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _settled(self, codes: Sequence[str], on_progress: Progress | None) -> bool:
        statuses = [self.ctx.catalog.status(code) for code in codes]
        if on_progress:
            pages = [p for s in statuses for p in s.pages]
            on_progress(sum(p.state is not PageState.QUEUED for p in pages), len(pages))
        return all(settled(s) for s in statuses)


def make_dispatcher(settings: Settings, ctx: Context) -> Dispatcher:
    """The dispatcher for the broker the settings name (the one place that looks at it)."""
    if settings.broker_url.startswith("memory:"):
        from hoso.workers.dispatch_embedded import EmbeddedDispatcher

        return EmbeddedDispatcher(ctx, settings.retry, threads=settings.workers)
    from hoso.workers.dispatch_redis import RedisDispatcher
    from hoso.workers.runtime import redis_broker

    return RedisDispatcher(ctx, settings.retry, redis_broker(settings.broker_url))


@contextmanager
def dispatching(settings: Settings) -> Iterator[tuple[Context, Dispatcher]]:
    """The backends and the dispatcher the settings name, for one command; closed after."""
    ctx = build_context(settings)
    try:
        with make_dispatcher(settings, ctx) as dispatcher:
            yield ctx, dispatcher
    finally:
        ctx.close()


def poll_until(done: Callable[[], bool], *, every_s: float, timeout_s: float | None) -> bool:
    """Call `done` every `every_s` until it says True (True), or past `timeout_s` (False)."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while not done():
        if deadline is not None and time.monotonic() >= deadline:
            return False
        time.sleep(every_s)
    return True


def settled(status: DossierStatus) -> bool:
    """Nothing left to do: every page done or failed, every file's documents built."""
    return all(p.state is not PageState.QUEUED for p in status.pages) and all(
        f.assembled or f.assembly_error or not any(p.state is PageState.DONE for p in f.pages)
        for f in status.files
    )


def unfinished_work(catalog: Catalog, dossier_code: str | None = None) -> Work:
    """Every queued page, and every settled file not yet assembled (nor failed to be): the
    whole archive's, or one dossier's."""
    pages, files = catalog.unfinished(dossier_code)
    return Work(tuple(pages), tuple(files))


@dataclass(frozen=True)
class Intake:
    """A dossier handed in: its particulars and its files."""

    info: DossierInfo
    uploads: tuple[Upload, ...]


def take_in(intakes: Sequence[Intake], ctx: Context, dispatcher: Dispatcher, *, actor: str,
            wait: bool = False, on_progress: Progress | None = None) -> list[IntakeReport]:
    """Receive each dossier's files, submit their pages, and, if asked, wait until settled."""
    reports = []
    for intake in intakes:
        report = receive_files(intake.info, intake.uploads, store=ctx.store,
                               catalog=ctx.catalog, limits=ctx.limits, dpi=ctx.ocr.dpi,
                               actor=actor)
        if report.filled:
            # Here only: the pipeline brings OpenCV and scikit-learn, which `hoso status`
            # (importing this module) does not need.
            from hoso.workers.pipeline import reindex_dossier

            reindex_dossier(intake.info.code, ctx)
        dispatcher.submit(Work(pages=report.page_ids))
        reports.append(report)
    if wait:
        dispatcher.wait([i.info.code for i in intakes], on_progress)
    return reports


def requeue_dossier(code: str, ctx: Context, dispatcher: Dispatcher, *, actor: str
                    ) -> list[str]:
    """Queue a dossier's failed pages and failed assemblies again; returns the pages' ids."""
    page_ids = ctx.catalog.requeue_failed(code, actor=actor)
    dispatcher.submit(unfinished_work(ctx.catalog, code))
    return page_ids
