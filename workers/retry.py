"""When a failed stage is tried again: one policy, counted in the catalog.

The catalog counts the attempts (it survives a worker's restart, a broker's message does
not); the error says whether another try may succeed (`HosoError.retryable`). The actors ask
this policy, and only this policy, whether to retry and after how long (workers.actors).
"""

from __future__ import annotations

from dataclasses import dataclass

from hoso.errors import ConfigError, HosoError

__all__ = ["RetryPolicy"]


@dataclass(frozen=True)
class RetryPolicy:
    """Retry a retryable failure until `max_attempts` failures, waiting `min_backoff_ms`
    after the first and twice as long after each next one, never more than `max_backoff_ms`."""

    max_attempts: int = 3
    min_backoff_ms: int = 1_000
    max_backoff_ms: int = 60_000

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.min_backoff_ms < 0:
            raise ConfigError(f"retry policy {self} needs at least one attempt and no negative wait")

    def should_retry(self, error: BaseException, attempts: int) -> bool:
        """Whether to try again after `attempts` failures, the last one `error`."""
        retryable = isinstance(error, HosoError) and error.retryable
        return retryable and attempts < self.max_attempts

    def backoff_ms(self, attempts: int) -> int:
        """How long to wait before the next try, after `attempts` failures."""
        return min(self.max_backoff_ms, self.min_backoff_ms * 2 ** max(attempts - 1, 0))
