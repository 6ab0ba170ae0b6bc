"""The dramatiq actors: thin shells that call the pipeline and record failures.

A failure the pipeline raises as retryable (a crashed tesseract, a store that did not answer)
is retried with backoff until `Context.max_attempts`, counted in the catalog; any other failure
marks the page (or the file's assembly) failed with its reason, visible in `hoso status` and
re-queueable with `hoso requeue`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import dramatiq

from hoso.errors import HosoError
from hoso.workers import pipeline
from hoso.workers.context import Context
from hoso.workers.observe import PAGES_FAILED

__all__ = ["FILES_QUEUE", "PAGES_QUEUE", "Actors", "declare_actors"]

log = logging.getLogger("hoso.workers")

PAGES_QUEUE = "hoso-pages"
FILES_QUEUE = "hoso-files"
# dramatiq's time limit cannot interrupt a subprocess; tesseract has its own timeout
# (OcrSettings.timeout_s). This one only stops a stage stuck in Python.
TIME_LIMIT_MS = 30 * 60 * 1000


@dataclass(frozen=True)
class Actors:
    digitise: dramatiq.Actor  # type: ignore[type-arg]
    assemble: dramatiq.Actor  # type: ignore[type-arg]


def _retry_when(retries: int, exc: Exception) -> bool:
    # _record_failure re-raises only retryable errors still under the catalog's attempt count.
    return isinstance(exc, HosoError) and exc.retryable


def declare_actors(broker: dramatiq.Broker, ctx: Context) -> Actors:
    """Register hoso's actors on `broker`, bound to the backends in `ctx`."""

    def digitise_page(page_id: str) -> None:
        try:
            settled = pipeline.digitise_page(page_id, ctx)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the page
            settled = _record_failure(page_id, exc, ctx)
        if settled:
            assemble.send(ctx.catalog.page_task(page_id).file_id)

    def assemble_file(file_id: str) -> None:
        try:
            pipeline.assemble_file(file_id, ctx)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the file
            _record_assembly_failure(file_id, exc, ctx)

    options = {"broker": broker, "time_limit": TIME_LIMIT_MS, "retry_when": _retry_when,
               "min_backoff": 1000, "max_backoff": 60_000}
    digitise = dramatiq.actor(digitise_page, queue_name=PAGES_QUEUE, **options)
    assemble = dramatiq.actor(assemble_file, queue_name=FILES_QUEUE, **options)
    return Actors(digitise=digitise, assemble=assemble)


def _failure_reason(exc: Exception, what: str) -> str:
    if isinstance(exc, HosoError):
        return str(exc)
    log.exception("%s: internal error", what, exc_info=exc)
    return f"internal error: {exc!r}"


def _record_assembly_failure(file_id: str, exc: Exception, ctx: Context) -> None:
    """Fail the file's assembly, or re-raise for a retry."""
    attempts = ctx.catalog.count_assembly_attempt(file_id)
    if isinstance(exc, HosoError) and exc.retryable and attempts < ctx.max_attempts:
        log.warning("file %s: %s (attempt %d, will retry)", file_id, exc, attempts)
        raise exc
    ctx.catalog.fail_assembly(file_id, _failure_reason(exc, file_id))


def _record_failure(page_id: str, exc: Exception, ctx: Context) -> bool:
    """Fail the page, or re-raise for a retry. True when the file is now settled."""
    attempts = ctx.catalog.count_attempt(page_id)
    if isinstance(exc, HosoError) and exc.retryable and attempts < ctx.max_attempts:
        log.warning("page %s: %s (attempt %d, will retry)", page_id, exc, attempts)
        raise exc
    ctx.catalog.fail_page(page_id, _failure_reason(exc, page_id))
    PAGES_FAILED.inc()
    log.warning("page failed", extra={"page_id": page_id, "reason": str(exc)})
    return pipeline.file_settled(ctx.catalog.page_task(page_id).file_id, ctx)
