"""With the embedded broker, the server digitises uploads itself: one EmbeddedWorker runs for
the app's lifetime and is fed from the catalog every `poll_s` (the catalog is the source of
truth, so pages queued by `hoso ingest` in another process are picked up too)."""

from __future__ import annotations

import logging
import threading

from hoso.errors import HosoError
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.runtime import EmbeddedWorker

__all__ = ["BackgroundWorker"]

log = logging.getLogger("hoso.http")


class BackgroundWorker:
    def __init__(self, ctx: Context, settings: Settings, *, poll_s: float = 1.0) -> None:
        self.ctx, self.settings, self.poll_s = ctx, settings, poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hoso-embedded-worker",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_s: float = 30.0) -> None:
        self._stop.set()
        self._thread.join(timeout_s)

    def _run(self) -> None:
        with EmbeddedWorker(self.ctx, self.settings) as worker:
            while not self._stop.is_set():
                try:
                    worker.feed()
                except HosoError as exc:  # a catalog hiccup must not end digitising
                    log.warning("embedded worker: %s", exc)
                self._stop.wait(self.poll_s)
