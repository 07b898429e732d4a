"""Who is acting, and what each role may do: one table, checked in the services.

Rules held here:
- ``duty_officer`` takes complaints, drafts and reviews; ``sho`` does all that,
  registers the FIR at final review and finalizes it; ``supervisor`` reads
  every station of its district and changes nothing; ``admin`` manages
  stations, officers and keys and reads no complaints;
- an object of a station the officer cannot read answers 404 (its existence
  does not leak); an action beyond the role answers 403 with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.errors import Forbidden, NotFound
from afirgen.repositories import stations as station_repo


class Role(StrEnum):
    DUTY_OFFICER = "duty_officer"
    SHO = "sho"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Language(StrEnum):
    """The console's languages; an officer's choice is kept on the officer."""

    ENGLISH = "en"
    HINDI = "hi"


class Action(StrEnum):
    READ = "read complaints, drafts and FIRs"
    DRAFT = "take complaints and review drafts"
    REGISTER = "register an FIR at final review"
    FINALIZE = "finalize an FIR"
    READ_AUDIT = "read the audit trail"
    MANAGE = "manage stations, officers and keys"


_R = Role
ALLOWED: dict[Action, frozenset[Role]] = {
    Action.READ: frozenset({_R.DUTY_OFFICER, _R.SHO, _R.SUPERVISOR}),
    Action.DRAFT: frozenset({_R.DUTY_OFFICER, _R.SHO}),
    Action.REGISTER: frozenset({_R.SHO}),
    Action.FINALIZE: frozenset({_R.SHO}),
    Action.READ_AUDIT: frozenset({_R.SHO, _R.SUPERVISOR}),
    Action.MANAGE: frozenset({_R.ADMIN}),
}


@dataclass(frozen=True)
class Origin:
    """Where a request came from, for the audit trail."""

    client: str | None = None
    correlation_id: str | None = None


@dataclass(frozen=True)
class Actor:
    """The signed-in officer with their station, and where the request came from."""

    officer_id: int
    username: str
    full_name: str
    role: Role
    station_id: int
    station_code: str
    # missing until the station's record gives them (``domain.station_details``)
    station_name: str | None
    district: str | None
    state: str | None
    client: str | None = None
    correlation_id: str | None = None
    via: str = field(default="api_key")  # or "sign_in"
    language: str | None = None  # the console language chosen, if any (a Language value)


def can(actor: Actor, action: Action) -> bool:
    return actor.role in ALLOWED[action]


def require(actor: Actor, action: Action) -> None:
    """403 with the reason when the role does not allow ``action``."""
    if actor.role not in ALLOWED[action]:
        allowed = ", ".join(sorted(ALLOWED[action]))
        raise Forbidden(
            f"a {actor.role.value} may not {action.value} (allowed: {allowed})",
            role=actor.role.value,
        )


async def readable_stations(db: AsyncSession, actor: Actor) -> list[int]:
    """The stations whose records ``actor`` may read: a supervisor's whole district
    (their own station alone while its record lacks the district or state)."""
    if actor.role == Role.ADMIN:
        return []
    if actor.role == Role.SUPERVISOR and actor.state and actor.district:
        return await station_repo.district_station_ids(db, actor.state, actor.district)
    return [actor.station_id]


async def station_named(db: AsyncSession, actor: Actor, code: str | None) -> tuple[int, str]:
    """The station a request names with ``?station=CODE`` (default: the officer's own).

    Only a supervisor may name another station, and only one of its district;
    anything else answers 404 as if the station's records did not exist.
    """
    if code is None or code == actor.station_code:
        return actor.station_id, actor.station_code
    station = await station_repo.station_by_code(db, code)
    in_district = (
        station is not None
        and actor.role == Role.SUPERVISOR
        and bool(actor.state and actor.district)
        and (station.state, station.district) == (actor.state, actor.district)
    )
    if station is None or not in_district:
        raise NotFound(f"no station {code} among those you can read", station=code)
    return station.id, station.code


async def stations_in_scope(
    db: AsyncSession, actor: Actor, station: str | None, action: Action = Action.READ
) -> list[int]:
    """The named station, or every station the officer reads (a supervisor's district)."""
    require(actor, action)
    if station is not None:
        return [(await station_named(db, actor, station))[0]]
    return await readable_stations(db, actor)
