"""What running the actors needs: a broker (dramatiq's in-process one, or Redis) and OpenCV
on one thread. Which broker a command uses is decided once, in workers.dispatch."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.stub import StubBroker

from hoso.errors import ConfigError, MissingExtra
from hoso.workers.metrics import available as metrics_available

__all__ = ["redis_broker", "single_threaded_opencv", "stub_broker"]


def stub_broker() -> dramatiq.Broker:
    """dramatiq's in-process broker: messages live in this process's memory only."""
    broker = StubBroker()
    broker.emit_after("process_boot")
    return broker


def redis_broker(url: str, *, namespace: str = "dramatiq", metrics: bool = False
                 ) -> dramatiq.Broker:
    """The Redis broker at `url`; `metrics` adds dramatiq's Prometheus middleware (workers).

    `namespace` prefixes its keys: tests use their own, so that runs sharing a Redis server
    never see each other's messages."""
    if not url.startswith(("redis://", "rediss://")):
        raise ConfigError(f"broker URL {url!r} is neither memory:// nor redis://")
    try:
        from dramatiq.brokers.redis import RedisBroker
    except ImportError:
        raise MissingExtra("redis", "the Redis broker") from None
    broker = RedisBroker(url=url, namespace=namespace)
    if metrics and metrics_available():  # dramatiq's middleware needs prometheus-client too
        from dramatiq.middleware.prometheus import Prometheus

        broker.add_middleware(Prometheus())
    return broker


def single_threaded_opencv() -> None:
    """One page per worker thread, one thread per core: OpenCV's own threads would only
    compete with the other pages (and must not be running when a process forks)."""
    import cv2

    cv2.setNumThreads(1)
