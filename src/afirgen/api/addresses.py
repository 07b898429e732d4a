"""Who the client is: its address, believing ``X-Forwarded-For`` only from trusted proxies."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import Scope


def client_address(scope: Scope, trusted_proxies: frozenset[str]) -> str:
    """The client's address; ``X-Forwarded-For`` counts only when a trusted proxy sent it."""
    peer = (scope.get("client") or ("unknown",))[0]
    if peer not in trusted_proxies:
        return str(peer)
    forwarded = Headers(scope=scope).get("x-forwarded-for", "")
    hops = [h.strip() for h in forwarded.split(",") if h.strip()]
    untrusted = [h for h in hops if h not in trusted_proxies]
    return untrusted[-1] if untrusted else str(peer)
