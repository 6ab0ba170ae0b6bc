"""Running the actors: which broker, and the embedded in-process worker.

With `memory://` the broker is dramatiq's in-process StubBroker and worker threads run inside
the command (`hoso ingest`, `hoso worker`, `hoso demo`). Messages then live only in memory, so
the catalog is polled for queued work: a page queued by another process, or left queued by a
process that was killed, is picked up again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Self

import dramatiq
from dramatiq.brokers.stub import StubBroker

from hoso.errors import ConfigError, MissingExtra
from hoso.settings import Settings
from hoso.workers.actors import Actors, declare_actors
from hoso.workers.context import Context
from hoso.workers.metrics import available as metrics_available

__all__ = ["EmbeddedWorker", "enqueue_unfinished", "make_broker", "single_threaded_opencv"]

log = logging.getLogger("hoso.workers")


def make_broker(settings: Settings, *, metrics: bool = False) -> dramatiq.Broker:
    """The broker named by the settings; `metrics` adds dramatiq's Prometheus middleware."""
    if settings.embedded_broker:
        broker = StubBroker()
        broker.emit_after("process_boot")
        return broker
    if not settings.broker_url.startswith(("redis://", "rediss://")):
        raise ConfigError(f"broker URL {settings.broker_url!r} is neither memory:// nor redis://")
    try:
        from dramatiq.brokers.redis import RedisBroker
    except ImportError:
        raise MissingExtra("redis", "the Redis broker") from None
    broker = RedisBroker(url=settings.broker_url)
    if metrics and metrics_available():  # dramatiq's middleware needs prometheus-client too
        from dramatiq.middleware.prometheus import Prometheus

        broker.add_middleware(Prometheus())
    return broker


def enqueue_unfinished(ctx: Context, actors: Actors, already_sent: set[str] | None = None) -> int:
    """Send a message for every queued page and every settled, unassembled file.

    `already_sent` (updated in place) holds ids sent earlier and still unfinished: they are
    not sent again. Ids that have finished are dropped from it, so if one comes back (pages
    re-queued) it is sent again.
    """
    sent = set() if already_sent is None else already_sent
    pages, files = ctx.catalog.unfinished()
    sent.intersection_update(pages + files)
    count = 0
    for actor, ids in ((actors.digitise, pages), (actors.assemble, files)):
        for item in ids:
            if item not in sent:
                actor.send(item)
                sent.add(item)
                count += 1
    return count


def single_threaded_opencv() -> None:
    """One page per worker thread, one thread per core: OpenCV's own threads would only
    compete with the other pages (and must not be running when a process forks)."""
    import cv2

    cv2.setNumThreads(1)


class EmbeddedWorker:
    """dramatiq worker threads in this process on the in-process broker, fed from the catalog
    (whatever broker the settings name: this is how the embedded default runs)."""

    def __init__(self, ctx: Context, settings: Settings) -> None:
        single_threaded_opencv()
        self.ctx = ctx
        self.broker = StubBroker()
        self.broker.emit_after("process_boot")
        self.actors = declare_actors(self.broker, ctx)
        self._worker = dramatiq.Worker(self.broker, worker_threads=settings.workers,
                                       worker_timeout=100)
        self._sent: set[str] = set()
        self._lock = threading.Lock()

    def __enter__(self) -> Self:
        self._worker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._worker.stop()
        self.broker.close()

    def feed(self) -> int:
        """Queue whatever the catalog says is unfinished and not yet sent by us."""
        with self._lock:
            return enqueue_unfinished(self.ctx, self.actors, self._sent)

    def run_until(self, done: Callable[[], bool], poll_s: float = 0.5) -> None:
        """Feed the workers from the catalog until `done()` and nothing is in flight."""
        while True:
            self.feed()
            if done() and self.idle():
                return
            time.sleep(poll_s)

    def idle(self) -> bool:
        return all(q.unfinished_tasks == 0 for q in self.broker.queues.values())
