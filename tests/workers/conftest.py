"""The dispatchers on each broker, with their workers, and the embedded backends.

`open_dispatcher(ctx, policy)` gives the embedded dispatcher (its worker threads run in this
process, as in `hoso ingest`), or the Redis one with a worker on the same Redis, declared as
workers.entry declares it in each `hoso worker` process, in a namespace of its own so that
test runs sharing the Redis server never see each other's messages.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import dramatiq
import pytest
from workers_rig import OpenDispatcher

from hoso.settings import Settings
from hoso.workers.actors import declare_actors
from hoso.workers.context import Context, build_context
from hoso.workers.dispatch import Dispatcher
from hoso.workers.dispatch_embedded import EmbeddedDispatcher
from hoso.workers.dispatch_redis import RedisDispatcher
from hoso.workers.retry import RetryPolicy
from hoso.workers.runtime import redis_broker


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    """The embedded backends in a fresh home."""
    opened = build_context(Settings.from_env({"HOSO_HOME": str(tmp_path)}))
    yield opened
    opened.close()


@pytest.fixture(params=["embedded", "redis"])
def open_dispatcher(request: pytest.FixtureRequest, ctx: Context) -> Iterator[OpenDispatcher]:
    # Takes `ctx` so that the backends close after the workers stop, not under them.
    with ExitStack() as stack:
        if request.param == "embedded":
            def embedded(ctx: Context, policy: RetryPolicy) -> Dispatcher:
                return stack.enter_context(
                    EmbeddedDispatcher(ctx, policy, threads=2, poll_s=0.1))

            yield embedded
        else:
            url = request.getfixturevalue("redis_url")

            def redis(ctx: Context, policy: RetryPolicy) -> Dispatcher:
                namespace = f"hoso-test-{uuid.uuid4().hex[:8]}"
                stack.enter_context(_redis_worker(url, namespace, ctx, policy))
                return stack.enter_context(RedisDispatcher(
                    ctx, policy, redis_broker(url, namespace=namespace), poll_s=0.1))

            yield redis


@contextmanager
def _redis_worker(url: str, namespace: str, ctx: Context, policy: RetryPolicy
                  ) -> Iterator[None]:
    broker = redis_broker(url, namespace=namespace)
    declare_actors(broker, ctx, policy)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    try:
        yield
    finally:
        worker.stop()
        broker.flush_all()
        broker.close()
