"""Prometheus metrics, when prometheus-client (the `production` extra) is installed.

hoso's pipeline counts pages digitised and failed and times OCR; the HTTP app exposes them at
/metrics with the catalog's page counts by state (the queue depth). dramatiq's own middleware
adds the workers' message metrics (see `hoso.workers.runtime`).

A plain install runs the embedded default, where nobody scrapes metrics: without the library
every counter here does nothing and /metrics is not served. Nothing else changes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, Protocol

from hoso.archive import Catalog

__all__ = [
    "OCR_SECONDS",
    "PAGES_DIGITISED",
    "PAGES_FAILED",
    "available",
    "exposition",
    "metrics_registry",
]


class _Counter(Protocol):
    def inc(self, amount: float = 1) -> None: ...


class _Histogram(Protocol):
    def observe(self, amount: float) -> None: ...


class _Nothing:
    """What a metric is without prometheus-client: it counts nothing."""

    def inc(self, amount: float = 1) -> None:
        pass

    def observe(self, amount: float) -> None:
        pass


@functools.cache
def available() -> bool:
    try:
        import prometheus_client  # noqa: F401
    except ImportError:
        return False
    return True


def _counter(name: str, description: str) -> _Counter:
    if not available():
        return _Nothing()
    from prometheus_client import Counter

    return Counter(name, description)


def _histogram(name: str, description: str, buckets: tuple[float, ...]) -> _Histogram:
    if not available():
        return _Nothing()
    from prometheus_client import Histogram

    return Histogram(name, description, buckets=buckets)


PAGES_DIGITISED = _counter("hoso_pages_digitised_total", "Pages read and stored.")
PAGES_FAILED = _counter("hoso_pages_failed_total", "Pages failed for good.")
OCR_SECONDS = _histogram("hoso_ocr_seconds", "Seconds to rasterise, prepare and read one page.",
                         buckets=(0.5, 1, 2, 3, 5, 8, 13, 21, 34, 60, 120))


def metrics_registry(catalog: Catalog) -> Any | None:
    """This process's metrics (pages digitised, failures, OCR seconds) and the catalog's page
    counts by state, read at each scrape; None without prometheus-client."""
    if not available():
        return None
    from prometheus_client import REGISTRY, CollectorRegistry
    from prometheus_client.core import GaugeMetricFamily

    class PagesByState:
        def collect(self) -> Iterator[GaugeMetricFamily]:
            gauge = GaugeMetricFamily("hoso_pages", "Pages in the archive by state.",
                                      labels=["state"])
            for state, count in catalog.page_counts().items():
                gauge.add_metric([state.value], count)
            yield gauge

    class ProcessMetrics:
        def collect(self) -> Iterator[Any]:
            yield from REGISTRY.collect()

    registry = CollectorRegistry(auto_describe=False)
    registry.register(ProcessMetrics())  # type: ignore[arg-type]
    registry.register(PagesByState())  # type: ignore[arg-type]
    return registry


def exposition(registry: Any) -> tuple[bytes, str]:
    """The registry in Prometheus' text format, and its content type."""
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    return generate_latest(registry), CONTENT_TYPE_LATEST
