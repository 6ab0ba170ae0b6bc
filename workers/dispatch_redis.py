"""The Redis dispatcher: messages to Redis for `hoso worker` processes, here or on other
machines; waiting is polling the catalog, the source of truth."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import dramatiq

from hoso.errors import BackendError
from hoso.workers.actors import declare_actors
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Progress, Work, WorkerOptions, poll_until
from hoso.workers.retry import RetryPolicy

__all__ = ["RedisDispatcher"]


class RedisDispatcher(Dispatcher):
    works_here = False

    def __init__(self, ctx: Context, policy: RetryPolicy, broker: dramatiq.Broker, *,
                 poll_s: float = 1.0) -> None:
        super().__init__(ctx, poll_s=poll_s)
        self.broker = broker
        self.actors = declare_actors(broker, ctx, policy)

    def submit(self, work: Work) -> None:
        with _broker_errors():
            for page_id in work.pages:
                self.actors.digitise.send(page_id)
            for file_id in work.files:
                self.actors.assemble.send(file_id)

    def wait(self, codes: Sequence[str], on_progress: Progress | None = None, *,
             timeout_s: float | None = None) -> bool:
        return poll_until(lambda: self._settled(codes, on_progress), every_s=self.poll_s,
                          timeout_s=timeout_s)

    def run_workers(self, options: WorkerOptions, stop: threading.Event) -> None:
        """Become dramatiq's worker command: it supervises the processes, restarts dead
        ones, handles signals and serves the Prometheus metrics. Settings travel in the
        environment, read once by each process in workers.entry. Does not return."""
        self.close()
        os.environ.setdefault("dramatiq_queue_prefetch", str(options.threads))  # no more than it reads
        os.execv(sys.executable, [sys.executable, "-m", "dramatiq", "hoso.workers.entry",
                                  "--processes", str(options.processes),
                                  "--threads", str(options.threads), "--skip-logging"])

    def close(self) -> None:
        self.broker.close()


@contextmanager
def _broker_errors() -> Iterator[None]:
    """Redis's errors, as ours (the extra is installed: the broker exists)."""
    from redis.exceptions import RedisError

    try:
        yield
    except RedisError as exc:
        raise BackendError(f"the Redis broker did not answer: {exc}",
                           hint="check that Redis runs and HOSO_BROKER_URL names it") from exc
