"""Failed authentication counted per client address, so guessing has a price.

The rate limits count requests per API key, so a client sending a new random
key each time had a fresh budget for every guess. Rules held here:

- every wrong, unknown, expired or revoked API key and every failed password
  sign-in (API and console) counts one against the client's address: the peer,
  or the forwarded address when a configured proxy sent the request;
- once an address has ``failed_auth_per_address`` failures in the current
  window (``failed_auth_window_minutes``, clock-aligned), no key or password it
  sends is checked until the window ends: 429 ``too_many_failed_auth`` with
  ``Retry-After``. A key whose officer was looked up in the last few minutes
  is served from the identity cache without a check, so officers already at
  work behind the same address keep working;
- the counts live with the rate limits (in-process, or Redis shared by every
  instance), never in the cache, so no traffic evicts them.

A sign-in cookie that fails is not counted: the token is 256 random bits, and
an expired one is the normal end of a sign-in, not a guess.
"""

from __future__ import annotations

import structlog

from afirgen.errors import TooManyFailedAuth
from afirgen.infrastructure.rate_limits import WindowCounter, current_window

log = structlog.get_logger(__name__)


class FailedAuthLimit:
    def __init__(self, counter: WindowCounter, limit: int) -> None:
        self.counter = counter
        self.limit = limit

    async def check(self, address: str | None) -> None:
        """Raise ``TooManyFailedAuth`` while ``address`` is over its limit."""
        if address is None:
            return
        if await self.counter.peek(_key(address)) >= self.limit:
            _, reset = current_window(self.counter.window_s, self.counter.clock())
            raise TooManyFailedAuth(
                f"too many failed sign-ins or API keys from this address; try again in {reset} s",
                retry_after_s=reset,
            )

    async def failed(self, address: str | None) -> None:
        """Count one failed authentication from ``address``."""
        if address is None:
            return
        count, _ = await self.counter.hit(_key(address))
        if count == self.limit:
            log.warning("auth.address_limited", client=address, failures=count)


def _key(address: str) -> str:
    return f"authfail:{address}"
