"""What the worker tests share: quick retries, a store that can stop answering, a page of noise.

The fixtures that open the dispatchers are in conftest.py.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np

from hoso.archive.local_store import LocalBlobStore
from hoso.errors import BackendError
from hoso.ingest.intake import Upload
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher
from hoso.workers.retry import RetryPolicy

__all__ = ["QUICK_RETRIES", "OpenDispatcher", "StoreWithOutage", "with_outage", "write_noise"]

OpenDispatcher = Callable[[Context, RetryPolicy], Dispatcher]

# Retries a few milliseconds apart: the policy's numbers, not its timing, are under test.
QUICK_RETRIES = RetryPolicy(max_attempts=3, min_backoff_ms=10, max_backoff_ms=50)


class StoreWithOutage(LocalBlobStore):
    """The local store, failing to hand out scans while its outage lasts: what a MinIO that
    does not answer looks like to a worker (the same BackendError, raised by the store)."""

    def __init__(self, root: Path, failures: float) -> None:
        super().__init__(root)
        self.failures_left = failures
        self._lock = threading.Lock()

    def end_outage(self) -> None:
        with self._lock:
            self.failures_left = 0

    @contextmanager
    def local_path(self, sha256: str, name: str = "") -> Iterator[Path]:
        with self._lock:
            failing = self.failures_left > 0
            self.failures_left -= failing
        if failing:
            raise BackendError(f"the object store did not answer for blob {sha256[:12]}")
        with super().local_path(sha256, name) as path:
            yield path


def with_outage(ctx: Context, failures: float) -> Context:
    """`ctx` whose store fails the next `failures` reads of a scan."""
    root = Path(ctx.store.root)  # type: ignore[attr-defined]
    return dataclasses.replace(ctx, store=StoreWithOutage(root, failures))


def write_noise(path: Path) -> Upload:
    """A small page of noise: read in a moment (and found to have no text)."""
    cv2.imwrite(str(path), np.random.default_rng(1).integers(0, 255, (60, 60), np.uint8))
    return Upload(path, path.name)
