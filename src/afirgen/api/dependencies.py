"""Dependency providers, named with ``Annotated`` aliases.

Every provider is ``async def``: FastAPI runs plain ``def`` dependencies in a
thread pool, a thread hop per dependency per request.

The request owns the transaction: ``DbSession`` commits when the handler
returns and rolls back when it raises; after-commit hooks (background jobs,
cache refreshes) run only once the commit has happened.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.bootstrap import Services
from afirgen.legal import KnowledgeBase, SectionIdentifier
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


async def get_officer(request: Request) -> str:
    return str(request.state.api_key_name)


async def get_session_service(services: AppServices) -> SessionService:
    return services.sessions


async def get_fir_service(services: AppServices) -> FirService:
    return services.firs


async def get_identifier(services: AppServices) -> SectionIdentifier:
    return services.identifier


async def get_kb(services: AppServices) -> KnowledgeBase:
    return services.kb


DbSession = Annotated[AsyncSession, Depends(get_db)]
ReadDbSession = Annotated[AsyncSession, Depends(get_read_db)]
CurrentOfficer = Annotated[str, Depends(get_officer)]
Sessions = Annotated[SessionService, Depends(get_session_service)]
Firs = Annotated[FirService, Depends(get_fir_service)]
Identifier = Annotated[SectionIdentifier, Depends(get_identifier)]
Kb = Annotated[KnowledgeBase, Depends(get_kb)]


async def get_tasks(services: AppServices) -> TaskSystem:
    return services.tasks


Tasks = Annotated[TaskSystem, Depends(get_tasks)]
