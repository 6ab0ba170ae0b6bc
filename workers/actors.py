"""The dramatiq actors: thin shells that call the pipeline and record failures.

Each failure is counted in the catalog, and the retry policy (workers.retry) decides on that
count: a retryable failure (a crashed OCR engine, a store that did not answer) is tried again after the policy's
backoff, by raising dramatiq's `Retry`; any other failure, or one past the policy's attempts,
marks the page (or the file's assembly) failed with its reason, visible in `hoso status` and
re-queueable with `hoso requeue`. dramatiq's own retry decision only asks the same policy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import dramatiq

from hoso.errors import HosoError
from hoso.workers import pipeline
from hoso.workers.context import Context
from hoso.workers.metrics import PAGES_FAILED
from hoso.workers.retry import RetryPolicy

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


def _retry_when(policy: RetryPolicy) -> Callable[[int, BaseException], bool]:
    def retry_when(retries: int, exc: BaseException) -> bool:
        # A Retry was decided by the policy on the catalog's count. Anything else escaped
        # before the catalog could count it (the catalog itself did not answer): the
        # message's own count stands in, under the same policy.
        return isinstance(exc, dramatiq.Retry) or policy.should_retry(exc, retries + 1)

    return retry_when


def declare_actors(broker: dramatiq.Broker, ctx: Context, policy: RetryPolicy) -> Actors:
    """Register hoso's actors on `broker`, bound to the backends in `ctx`."""

    def digitise_page(page_id: str) -> None:
        try:
            settled = pipeline.digitise_page(page_id, ctx)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the page
            settled = _record_failure(page_id, exc, ctx, policy)
        if settled:
            assemble.send(ctx.catalog.page_task(page_id).file_id)

    def assemble_file(file_id: str) -> None:
        try:
            pipeline.assemble_file(file_id, ctx)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded on the file
            _record_assembly_failure(file_id, exc, ctx, policy)

    # The backoff options only apply to errors the catalog could not count (see above).
    options = {"broker": broker, "time_limit": TIME_LIMIT_MS, "retry_when": _retry_when(policy),
               "min_backoff": policy.min_backoff_ms, "max_backoff": policy.max_backoff_ms}
    digitise = dramatiq.actor(queue_name=PAGES_QUEUE, **options)(digitise_page)
    assemble = dramatiq.actor(queue_name=FILES_QUEUE, **options)(assemble_file)
    return Actors(digitise=digitise, assemble=assemble)


def _failure_reason(exc: Exception, what: str) -> str:
    if isinstance(exc, HosoError):
        return str(exc)
    log.exception("%s: internal error", what, exc_info=exc)
    return f"internal error: {exc!r}"


def _retry_if_allowed(what: str, exc: Exception, attempts: int, policy: RetryPolicy) -> None:
    """Raise dramatiq's Retry (after the policy's backoff) when the policy allows one more."""
    if policy.should_retry(exc, attempts):
        log.warning("%s: %s (attempt %d of %d, will retry)", what, exc, attempts,
                    policy.max_attempts)
        raise dramatiq.Retry(str(exc), delay=policy.backoff_ms(attempts)) from exc


def _record_assembly_failure(file_id: str, exc: Exception, ctx: Context,
                             policy: RetryPolicy) -> None:
    """Count the failure; retry the assembly, or fail it."""
    _retry_if_allowed(f"file {file_id}", exc, ctx.catalog.count_assembly_attempt(file_id), policy)
    ctx.catalog.fail_assembly(file_id, _failure_reason(exc, file_id))


def _record_failure(page_id: str, exc: Exception, ctx: Context, policy: RetryPolicy) -> bool:
    """Count the failure; retry the page, or fail it. True when its file is now settled."""
    _retry_if_allowed(f"page {page_id}", exc, ctx.catalog.count_attempt(page_id), policy)
    ctx.catalog.fail_page(page_id, _failure_reason(exc, page_id))
    PAGES_FAILED.inc()
    log.warning("page failed", extra={"page_id": page_id, "reason": str(exc)})
    return pipeline.file_settled(ctx.catalog.page_task(page_id).file_id, ctx)
