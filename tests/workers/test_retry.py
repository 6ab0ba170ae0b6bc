"""One retry policy, counted in the catalog: a retryable failure is tried again up to the
policy's attempts, then the page is failed with its reason; anything else fails at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from workers_rig import QUICK_RETRIES, OpenDispatcher, StoreWithOutage, with_outage, write_noise

from hoso.errors import BackendError, ConfigError, CorruptFile, MissingExtra
from hoso.records import DossierInfo, PageState
from hoso.settings import Settings
from hoso.workers.context import Context
from hoso.workers.dispatch import Dispatcher, Intake, requeue_dossier, take_in
from hoso.workers.retry import RetryPolicy

CODE = "000.00.19.H12-241202-0079"
OUTAGE = BackendError("the object store did not answer")


def test_a_retryable_failure_is_retried_until_the_last_attempt() -> None:
    policy = RetryPolicy(max_attempts=3)
    assert [policy.should_retry(OUTAGE, n) for n in (1, 2, 3, 4)] == [True, True, False, False]


@pytest.mark.parametrize("error", [
    CorruptFile("hỏng.tiff", "frame 2 is truncated"),
    MissingExtra("minio", "the MinIO store"),
    ValueError("a bug"),
])
def test_any_other_failure_is_not_retried(error: Exception) -> None:
    assert not RetryPolicy(max_attempts=3).should_retry(error, 1)


def test_the_wait_doubles_up_to_its_ceiling() -> None:
    policy = RetryPolicy(min_backoff_ms=1000, max_backoff_ms=5000)
    assert [policy.backoff_ms(n) for n in (1, 2, 3, 4)] == [1000, 2000, 4000, 5000]


def test_the_policy_comes_from_the_settings() -> None:
    settings = Settings.from_env({"HOSO_MAX_ATTEMPTS": "5", "HOSO_RETRY_BACKOFF": "0.25"})
    assert settings.retry == RetryPolicy(max_attempts=5, min_backoff_ms=250)
    with pytest.raises(ConfigError, match="HOSO_MAX_ATTEMPTS"):
        Settings.from_env({"HOSO_MAX_ATTEMPTS": "0"})


def _take_in_noise(ctx: Context, dispatcher: Dispatcher, tmp_path: Path) -> str:
    """One page handed in and waited for; returns its id."""
    [report] = take_in([Intake(DossierInfo(CODE), (write_noise(tmp_path / "nhieu.png"),))],
                       ctx, dispatcher, actor="test", wait=True)
    return report.page_ids[0]


def test_an_outage_shorter_than_the_attempts_is_ridden_out(
    open_dispatcher: OpenDispatcher, ctx: Context, tmp_path: Path
) -> None:
    # The workers' store fails twice, then answers.
    dispatcher = open_dispatcher(with_outage(ctx, failures=2), QUICK_RETRIES)
    page_id = _take_in_noise(ctx, dispatcher, tmp_path)
    assert ctx.catalog.page_task(page_id).state is PageState.DONE
    assert ctx.catalog.page_task(page_id).attempts == 2  # the two failures, counted once each


def test_an_outage_past_the_attempts_fails_the_page_with_its_reason(
    open_dispatcher: OpenDispatcher, ctx: Context, tmp_path: Path
) -> None:
    outage = with_outage(ctx, failures=float("inf"))
    dispatcher = open_dispatcher(outage, QUICK_RETRIES)
    page_id = _take_in_noise(ctx, dispatcher, tmp_path)
    page = ctx.catalog.status(CODE).pages[0]
    assert page.state is PageState.FAILED
    assert page.error and "did not answer" in page.error
    assert ctx.catalog.page_task(page_id).attempts == QUICK_RETRIES.max_attempts

    # Once the store is back, re-queueing starts the count again and the page gets read.
    assert isinstance(outage.store, StoreWithOutage)
    outage.store.end_outage()
    assert requeue_dossier(CODE, ctx, dispatcher, actor="test") == [page_id]
    assert dispatcher.wait([CODE], timeout_s=120)
    assert ctx.catalog.page_task(page_id).state is PageState.DONE
    assert ctx.catalog.page_task(page_id).attempts == 0
