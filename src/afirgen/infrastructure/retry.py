"""Retry with exponential backoff and jitter, for calls to other services.

Retryable, as the seed classifies them: timeouts, connection failures, 429 and
5xx answers. Validation errors, authentication failures and 404s are not.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from tenacity import (
    AsyncRetrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

T = TypeVar("T")

RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, httpx.HTTPStatusError):
        return exc.response.status_code in RETRYABLE_STATUS
    return isinstance(exc, httpx.TimeoutException | httpx.TransportError)


async def call_with_retry(
    call: Callable[[], Awaitable[T]], *, attempts: int, base_s: float, max_s: float
) -> T:
    """Run ``call``; retry retryable failures up to ``attempts`` times in all."""
    retrying = AsyncRetrying(
        stop=stop_after_attempt(max(1, attempts)),
        wait=wait_exponential_jitter(multiplier=base_s, max=max_s, jitter=base_s),
        retry=retry_if_exception(is_retryable),
        reraise=True,
    )
    async for attempt in retrying:
        with attempt:
            return await call()
    raise AssertionError("unreachable: tenacity reraises the last error")
