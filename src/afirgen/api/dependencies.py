"""Dependency providers, named with ``Annotated`` aliases.

Every provider is ``async def``: FastAPI runs plain ``def`` dependencies in a
thread pool, a thread hop per dependency per request.

The request owns the transaction: ``DbSession`` commits when the handler
returns and rolls back when it raises; after-commit hooks (background jobs,
cache refreshes) run only once the commit has happened. Both session
dependencies are function-scoped, so the commit and its hooks finish before the
response is sent: a client that asks again on receipt of an answer reads what
that answer reported (FastAPI's default request scope would commit afterwards).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import structlog
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.api.addresses import client_address
from afirgen.api.middleware import PREFETCHED
from afirgen.bootstrap import Services
from afirgen.errors import AuthenticationFailed
from afirgen.legal import KnowledgeBase
from afirgen.services.access import Actor, Origin
from afirgen.services.fir_service import FirService
from afirgen.services.session_service import SessionService
from afirgen.tasks import Tasks as TaskSystem


async def get_services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


AppServices = Annotated[Services, Depends(get_services)]


async def get_db(services: AppServices) -> AsyncIterator[AsyncSession]:
    async with services.database.transaction() as session:
        yield session


async def get_read_db(services: AppServices) -> AsyncIterator[AsyncSession]:
    async with services.database.transaction(write=False) as session:
        yield session


SIGN_IN_COOKIE = "afirgen_session"
CSRF_COOKIE = "afirgen_csrf"
CSRF_HEADER = "x-csrf-token"


def origin_of(request: Request) -> Origin:
    """Where the request came from: the client's address (the forwarded one when a trusted
    proxy sent it; failed authentication is counted against it) and the correlation id."""
    trusted = frozenset(request.app.state.services.settings.trusted_proxies)
    client = client_address(request.scope, trusted) if request.client else None
    return Origin(client=client, correlation_id=getattr(request.state, "correlation_id", None))


async def get_officer(request: Request) -> Actor:
    """The officer behind an ``X-API-Key`` header or a sign-in cookie; 401 otherwise.

    A sign-in cookie on a state-changing request must come with the CSRF token
    in ``X-CSRF-Token`` (403 otherwise). Every refusal is audited.
    """
    services: Services = request.app.state.services  # not a dependency: on every request
    origin = origin_of(request)
    key = request.headers.get("x-api-key")
    if key:
        prefetched = request.scope["state"].get(PREFETCHED)
        actor = await services.officers.actor_for_key(key, origin, prefetched)
    elif token := request.cookies.get(SIGN_IN_COOKIE):
        csrf = request.headers.get(CSRF_HEADER)
        actor = await services.officers.actor_for_sign_in(token, request.method, csrf, origin)
    else:
        raise AuthenticationFailed("sign in, or send a valid X-API-Key header")
    request.state.actor = actor
    structlog.contextvars.bind_contextvars(user_id=actor.username, station=actor.station_code)
    return actor


async def get_session_service(services: AppServices) -> SessionService:
    return services.sessions


def fir_service(request: Request) -> FirService:
    """The FIR service, for the hot read route, which takes it from the request: a
    dependency is a level of FastAPI's solving, a tenth of a cached read's CPU."""
    return request.app.state.services.firs  # type: ignore[no-any-return]


async def get_fir_service(request: Request) -> FirService:
    return fir_service(request)


async def get_kb(services: AppServices) -> KnowledgeBase:
    return services.kb


DbSession = Annotated[AsyncSession, Depends(get_db, scope="function")]
ReadDbSession = Annotated[AsyncSession, Depends(get_read_db, scope="function")]
CurrentOfficer = Annotated[Actor, Depends(get_officer)]
Sessions = Annotated[SessionService, Depends(get_session_service)]
Firs = Annotated[FirService, Depends(get_fir_service)]
Kb = Annotated[KnowledgeBase, Depends(get_kb)]


async def get_tasks(services: AppServices) -> TaskSystem:
    return services.tasks


Tasks = Annotated[TaskSystem, Depends(get_tasks)]
