"""What an operator of the system watches: structured logs and Prometheus metrics.

Logs are one JSON object a line, with the dossier and page ids where a record has them
(`extra={"dossier": ..., "page_id": ...}`). Metrics: dramatiq's own middleware for the
workers (messages, errors, retries, durations: port $dramatiq_prom_port, default 9191), and
hoso's pipeline metrics below, which the HTTP app exposes at /metrics.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from hoso.archive import Catalog

__all__ = [
    "OCR_SECONDS",
    "PAGES_DIGITISED",
    "PAGES_FAILED",
    "JsonFormatter",
    "configure_logging",
]

PAGES_DIGITISED = Counter("hoso_pages_digitised_total", "Pages read and stored.")
PAGES_FAILED = Counter("hoso_pages_failed_total", "Pages failed for good.")
OCR_SECONDS = Histogram("hoso_ocr_seconds", "Seconds to rasterise, prepare and read one page.",
                        buckets=(0.5, 1, 2, 3, 5, 8, 13, 21, 34, 60, 120))

_CONTEXT_KEYS = ("dossier", "page_id", "file_id", "document_id", "confidence", "seconds",
                 "reason")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"at": datetime.fromtimestamp(record.created, UTC).isoformat(),
                 "level": record.levelname.lower(), "logger": record.name,
                 "message": record.getMessage(), "pid": record.process}
        entry.update({k: getattr(record, k) for k in _CONTEXT_KEYS if hasattr(record, k)})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str | None = None) -> None:
    """JSON lines on stderr for the hoso loggers (worker and server processes)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("hoso")
    logger.handlers[:] = [handler]
    logger.setLevel(level or os.environ.get("HOSO_LOG_LEVEL", "INFO"))
    logger.propagate = False


class _PagesByState(Collector):
    """The catalog's page counts, read at each scrape: the queue depth is the queued count."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def collect(self):  # type: ignore[no-untyped-def]
        gauge = GaugeMetricFamily("hoso_pages", "Pages in the archive by state.",
                                  labels=["state"])
        for state, count in self.catalog.page_counts().items():
            gauge.add_metric([state.value], count)
        yield gauge


class _ProcessMetrics(Collector):
    def collect(self):  # type: ignore[no-untyped-def]
        yield from REGISTRY.collect()


def metrics_registry(catalog: Catalog) -> CollectorRegistry:
    """This process's metrics (pages digitised, failures, OCR seconds) and the catalog's."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_ProcessMetrics())
    registry.register(_PagesByState(catalog))
    return registry
