"""``afirgen db``, ``station``, ``officer``, ``apikey`` and ``audit`` commands."""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer

from afirgen.bootstrap import build_failed_auth_limit, build_fir_service
from afirgen.cli.database import run_with_database
from afirgen.cli.output import result_stdout
from afirgen.config import Settings, get_settings
from afirgen.domain.station_details import StationDetail, how_to_give, missing_details
from afirgen.errors import AppError
from afirgen.infrastructure.cache import create_cache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.tables import Officer, PoliceStation
from afirgen.repositories import stations as station_repo
from afirgen.services.access import Role
from afirgen.services.audit_trail import AuditTrail
from afirgen.services.officers import OfficerService

T = TypeVar("T")

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
station_app = typer.Typer(help="Police stations.", no_args_is_help=True)
officer_app = typer.Typer(help="Officers and their roles.", no_args_is_help=True)
apikey_app = typer.Typer(help="API keys (each belongs to an officer).", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)


def officers_in_transaction(work: Callable[[OfficerService, Database], Awaitable[T]]) -> T:
    """Run ``work`` with the officer service; a domain error exits 1 with its message."""
    settings = get_settings()

    async def run(database: Database) -> T:
        # the servers' cache (Redis), so a revocation reaches every instance at once
        cache = create_cache(settings, 16)
        try:
            failures = build_failed_auth_limit(settings, cache)
            officers = OfficerService(settings, database, AuditTrail(database), cache, failures)
            return await work(officers, database)
        finally:
            await cache.close()

    try:
        return run_with_database(settings, run)
    except AppError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from exc


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head")) -> None:
    """Apply Alembic migrations to the configured database."""
    settings = get_settings()
    upgrade(settings.resolved_database_url, revision)
    typer.echo(f"database at {revision}", err=True)


@station_app.command("add")
def station_add(
    code: str = typer.Argument(..., help="Unique code, e.g. DL-SD-012"),
    name: str = typer.Option(...),
    district: str = typer.Option(...),
    state: str = typer.Option(...),
    email: str | None = typer.Option(None, help="Contact for overdue-review notices"),
) -> None:
    """Add a police station."""
    station = PoliceStation(
        code=code.upper(), name=name, district=district, state=state, email=email
    )

    async def work(officers: OfficerService, database: Database) -> None:
        async with database.transaction() as db:
            await officers.add_station(db, station)

    officers_in_transaction(work)
    typer.echo(f"station {station.code} added")


@station_app.command("edit")
def station_edit(
    code: str = typer.Argument(..., help="The station's code"),
    name: str | None = typer.Option(None),
    district: str | None = typer.Option(None),
    state: str | None = typer.Option(None),
    email: str | None = typer.Option(None, help="Contact for overdue-review notices"),
) -> None:
    """Give or correct a station's details."""
    given = {"name": name, "district": district, "state": state, "email": email}
    changes = {k: v for k, v in given.items() if v is not None}
    if not changes:
        typer.echo("error: give at least one of --name, --district, --state, --email", err=True)
        raise typer.Exit(2)

    async def work(officers: OfficerService, database: Database) -> None:
        async with database.transaction() as db:
            await officers.edit_station(db, code.upper(), changes)

    officers_in_transaction(work)
    typer.echo(f"station {code.upper()} updated: {', '.join(sorted(changes))}")


@station_app.command("list")
def station_list() -> None:
    """Every police station: code, name, district, state, email (``-`` where missing).
    The default station's missing details are first filled from the settings; a
    station still missing any is named on stderr with the command that gives them."""

    async def work(officers: OfficerService, database: Database) -> list[PoliceStation]:
        async with database.transaction() as db:
            await officers.complete_default_station(db)
        async with database.transaction(write=False) as db:
            return await station_repo.all_stations(db)

    stations = officers_in_transaction(work)
    for s in stations:
        shown = (s.code, s.name, s.district, s.state, s.email)
        typer.echo("\t".join(v or "-" for v in shown))
    default = get_settings().station_code
    for s in stations:
        missing = missing_details(s.name, s.district, s.state)
        if missing:
            typer.echo(station_notice(s.code, missing, s.code == default), err=True)


def station_notice(code: str, missing: list[StationDetail], default: bool) -> str:
    labels = ", ".join(d.field for d in missing)
    notice = f"station {code} needs its {labels} before it can register a FIR: " + how_to_give(
        code, missing
    )
    if default:
        notice += f" (or set {', '.join(d.setting for d in missing)})"
    return notice


@officer_app.command("add")
def officer_add(
    username: str = typer.Argument(...),
    station: str = typer.Option(..., help="Station code"),
    role: Role = typer.Option(...),
    name: str = typer.Option(..., help="Full name"),
    rank: str | None = typer.Option(None),
    password_stdin: bool = typer.Option(False, help="Read the password from standard input"),
) -> None:
    """Add an officer; without --password-stdin the officer can use API keys only."""
    password = sys.stdin.readline().rstrip("\n") if password_stdin else None
    officer = Officer(username=username, full_name=name, rank=rank, role=role.value)

    async def work(officers: OfficerService, database: Database) -> None:
        async with database.transaction() as db:
            await officers.add_officer(db, officer, station.upper(), password)

    officers_in_transaction(work)
    typer.echo(f"officer {username} ({role.value}) added to {station.upper()}")


@officer_app.command("disable")
def officer_disable(username: str) -> None:
    """Disable an officer: their keys and sign-ins stop working at once."""

    async def work(officers: OfficerService, database: Database) -> None:
        async with database.transaction() as db:
            await officers.disable_officer(db, username)

    officers_in_transaction(work)
    typer.echo(f"officer {username} disabled")


@apikey_app.command("create")
def apikey_create(
    officer: str = typer.Option(..., help="The officer's username"),
    days: int | None = typer.Option(None, min=1, help="Valid for (default AFIRGEN_API_KEY_DAYS)"),
) -> None:
    """Create an API key for an officer; the key alone is printed once, on stdout (the
    note on stderr)."""

    async def work(officers: OfficerService, database: Database) -> str:
        async with database.transaction() as db:
            return await officers.create_api_key(db, officer, days)

    with result_stdout(get_settings()) as out:
        key = officers_in_transaction(work)
        typer.echo(f"API key for {officer} (shown once; store it safely):", err=True)
        out.write(key + "\n")


@apikey_app.command("revoke")
def apikey_revoke(prefix: str = typer.Argument(..., help="The key's first 12 characters")) -> None:
    """Revoke a key at once."""

    async def work(officers: OfficerService, database: Database) -> int:
        async with database.transaction() as db:
            return await officers.revoke_api_key(db, prefix)

    typer.echo(f"{officers_in_transaction(work)} key(s) revoked")


@audit_app.command("verify")
def audit_verify(station: str | None = typer.Option(None, help="One station's chain")) -> None:
    """Walk the audit chains and check finalized FIRs' signatures; exit 1 naming the first
    problem of each chain and every FIR that no longer matches."""
    settings = get_settings()
    started = time.perf_counter()
    problems, events = run_with_database(settings, lambda d: _verify(settings, d, station))
    seconds = time.perf_counter() - started
    rate = events / seconds if seconds > 0 else 0.0
    typer.echo(f"{events} events checked in {seconds:.2f} s ({rate:,.0f} events/s)")
    for problem in problems:
        typer.echo(f"TAMPERED: {problem}")
    if problems:
        raise typer.Exit(1)
    typer.echo("audit trail and finalized FIRs verified")


async def _verify(
    settings: Settings, database: Database, code: str | None
) -> tuple[list[str], int]:
    firs = build_fir_service(settings, database)
    async with database.transaction(write=False) as db:
        station = await station_repo.station_by_code(db, code) if code else None
        if code and station is None:
            return [f"no station {code}"], 0
        reports = await firs.audit.verify(db, code)
        problems = [r.problem for r in reports if r.problem]
        problems += await firs.integrity_problems(db, station.id if station else None)
    return problems, sum(r.events for r in reports)
