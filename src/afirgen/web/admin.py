"""Administration pages (role ``admin``): stations, officers and their API keys.

Each action is the officer service's, given the signed-in admin as ``by``: the
service checks the role and puts the admin's name on the audit trail.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from afirgen.api.dependencies import AppServices, DbSession
from afirgen.infrastructure.tables import Officer, PoliceStation
from afirgen.services.access import Role
from afirgen.web.pages import see
from afirgen.web.render import render
from afirgen.web.signin import ConsoleOfficer, ConsoleRoute

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

Code = Annotated[str, Form(pattern=r"^[A-Z0-9][A-Z0-9-]{0,31}$")]
Text = Annotated[str, Form(min_length=1, max_length=200)]


@router.get("/admin")
async def admin_page(
    request: Request,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    new_key: str | None = None,
) -> Response:
    stations, officers = await services.officers.directory(db, officer)
    context: dict[str, Any] = {"stations": stations, "officers": officers, "roles": list(Role)}
    return render(request, "admin.html", officer, new_key=new_key, **context)


@router.post("/admin/stations")
async def add_station(
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    code: Code,
    name: Text,
    district: Text,
    state: Text,
) -> Response:
    station = PoliceStation(code=code, name=name, district=district, state=state)
    await services.officers.add_station(db, station, by=officer)
    return see("/admin")


@router.post("/admin/officers")
async def add_officer(
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    username: Annotated[str, Form(pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$")],
    full_name: Text,
    station: Code,
    role: Annotated[Role, Form()],
    password: Annotated[str, Form(min_length=10, max_length=256)],
) -> Response:
    new = Officer(username=username, full_name=full_name, role=role.value)
    await services.officers.add_officer(db, new, station, password, by=officer)
    return see("/admin")


@router.post("/admin/officers/{username}/disable")
async def disable_officer(
    username: str, db: DbSession, services: AppServices, officer: ConsoleOfficer
) -> Response:
    await services.officers.disable_officer(db, username, by=officer)
    return see("/admin")


@router.post("/admin/keys")
async def create_key(
    request: Request,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    username: Annotated[str, Form(max_length=64)],
) -> Response:
    """The new key is shown once, on this answer; it is never stored in plain."""
    plain = await services.officers.create_api_key(db, username, by=officer)
    return await admin_page(request, db, services, officer, new_key=plain)


@router.post("/admin/keys/revoke")
async def revoke_key(
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    prefix: Annotated[str, Form(min_length=8, max_length=12)],
) -> Response:
    await services.officers.revoke_api_key(db, prefix, by=officer)
    return see("/admin")
