"""The embedded dispatcher: dramatiq's in-process broker and worker threads, fed from the catalog.

Messages live only in this process's memory, so the worker is fed from the catalog instead of
from messages: whatever is queued there, by this process, by another one (`hoso ingest
--no-wait`, `hoso serve --no-worker`) or by a process that was killed, gets read. Work is
done only while this process waits, serves or runs as `hoso worker`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

import dramatiq

from hoso.errors import HosoError
from hoso.workers.actors import declare_actors
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Progress, Work, WorkerOptions, poll_until
from hoso.workers.dispatch import unfinished_work as catalog_work
from hoso.workers.retry import RetryPolicy
from hoso.workers.runtime import single_threaded_opencv, stub_broker

__all__ = ["EmbeddedDispatcher", "EmbeddedWorker"]

log = logging.getLogger("hoso.workers")


class EmbeddedWorker:
    """Worker threads on an in-process broker; `feed` sends them what the catalog holds."""

    def __init__(self, ctx: Context, policy: RetryPolicy, threads: int) -> None:
        single_threaded_opencv()
        self.ctx = ctx
        self.broker = stub_broker()
        self.actors = declare_actors(self.broker, ctx, policy)
        self._worker = dramatiq.Worker(self.broker, worker_threads=threads, worker_timeout=100)
        self._sent: set[str] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        self._worker.start()

    def stop(self) -> None:
        # Messages still in memory are dropped: their pages stay queued in the catalog.
        self._worker.stop()
        self.broker.close()

    def feed(self) -> int:
        """Send whatever the catalog says is unfinished and was not sent already.

        Ids sent earlier and still unfinished are not sent again; ids that have finished are
        forgotten, so if one comes back (pages re-queued) it is sent again."""
        with self._lock:
            work = catalog_work(self.ctx.catalog)
            self._sent.intersection_update(work.pages + work.files)
            count = 0
            for actor, ids in ((self.actors.digitise, work.pages),
                               (self.actors.assemble, work.files)):
                for item in (i for i in ids if i not in self._sent):
                    actor.send(item)
                    self._sent.add(item)
                    count += 1
            return count

    def idle(self) -> bool:
        """No message waiting, delayed (a retry) or being processed."""
        return all(q.unfinished_tasks == 0 for q in self.broker.queues.values())


class EmbeddedDispatcher(Dispatcher):
    works_here = True
    # Feeding reads the whole archive's unfinished work: once a second, as `hoso serve` and
    # `hoso worker` always did; waiting on a few dossiers polls faster (`poll_s`).
    FEED_EVERY_S = 1.0

    def __init__(self, ctx: Context, policy: RetryPolicy, *, threads: int,
                 poll_s: float = 0.5) -> None:
        super().__init__(ctx, poll_s=poll_s)
        self.policy, self.threads = policy, threads
        self._worker: EmbeddedWorker | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._feeder: threading.Thread | None = None

    def submit(self, work: Work) -> None:
        # The work is queued in the catalog already; the worker, when running, takes it now.
        if self._worker is not None:
            self._worker.feed()

    def wait(self, codes: Sequence[str], on_progress: Progress | None = None, *,
             timeout_s: float | None = None) -> bool:
        worker = self._running()

        def done() -> bool:
            worker.feed()
            return self._settled(codes, on_progress) and worker.idle()

        return poll_until(done, every_s=self.poll_s, timeout_s=timeout_s)

    def start(self) -> None:
        worker = self._running()
        self._feeder = threading.Thread(target=self._feed_until_stopped, args=(worker,),
                                        name="hoso-embedded-feeder", daemon=True)
        self._feeder.start()

    def run_workers(self, options: WorkerOptions, stop: threading.Event) -> None:
        worker = self._running()

        def finished() -> bool:
            if stop.is_set():
                return True
            worker.feed()
            return options.burst and not catalog_work(self.ctx.catalog) and worker.idle()

        poll_until(finished, every_s=self.FEED_EVERY_S, timeout_s=None)

    def close(self) -> None:
        self._stop.set()
        if self._feeder is not None:
            self._feeder.join()
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def _running(self) -> EmbeddedWorker:
        # Started on first use, so `hoso ingest --no-wait` does not pay for it.
        with self._lock:
            if self._worker is None:
                self._worker = EmbeddedWorker(self.ctx, self.policy, self.threads)
                self._worker.start()
            return self._worker

    def _feed_until_stopped(self, worker: EmbeddedWorker) -> None:
        while not self._stop.is_set():
            try:
                worker.feed()
            except HosoError as exc:  # a catalog hiccup must not end digitising
                log.warning("embedded worker: %s", exc)
            self._stop.wait(self.FEED_EVERY_S)
