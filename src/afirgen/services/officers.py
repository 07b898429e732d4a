"""Stations, officers, their API keys and browser sign-ins: one identity, two ways in.

Rules held here:
- passwords are hashed with Argon2id; after ``max_failed_logins`` wrong
  passwords in a row the officer is locked out for ``lockout_minutes``;
- an API key belongs to an officer, expires after ``api_key_days`` and can be
  revoked; a disabled officer's keys and sign-ins stop working at once;
- a sign-in is a random token in an HttpOnly cookie, stored only as its
  digest, with a CSRF token that every state-changing request must echo;
- every one of these events goes on the audit trail, refusals included;
- a wrong key or password counts against the client's address, and an address
  over its limit has nothing checked until its window ends
  (:mod:`afirgen.services.auth_failures`);
- a good key's officer is kept in the cache under the key's digest with the
  *key generation* current when it was cached, read together with the current
  one in a single look-up; revoking a key or disabling an officer drops the
  generation before it commits (or is refused with 503 when it cannot) and
  again once committed, so every API instance sharing the cache (Redis)
  stops honouring every cached identity at its next request and looks the key
  up again. The in-process cache of the embedded default cannot hear a command
  run in another process, so the bump also rewrites a stamp file in the data
  folder (``KEY_STAMP``) that the API and the CLI share; its modification time is
  part of the generation, read with one ``stat`` per request.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

import structlog
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.domain.station_details import missing_details
from afirgen.errors import AuthenticationFailed, BadInput, Conflict, CsrfRejected, NotFound
from afirgen.infrastructure.cache import Cache, cache_key
from afirgen.infrastructure.database import Database, after_commit
from afirgen.infrastructure.tables import ApiKey, Officer, PoliceStation, SignIn, utcnow
from afirgen.repositories import api_keys as key_repo
from afirgen.repositories import stations as station_repo
from afirgen.repositories.cache_guard import guard_write
from afirgen.services.access import Action, Actor, Language, Origin, Role, require
from afirgen.services.audit_trail import AuditTrail, Target
from afirgen.services.auth_failures import FailedAuthLimit

log = structlog.get_logger(__name__)

KEY_PREFIX = "afg_"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
KEY_GENERATION = cache_key("auth", "keys", "generation")
IDENTITY_TTL_S = 300
KEY_STAMP = "key-generation"  # in the data folder; rewritten on every revocation
EDITABLE_STATION = ("name", "district", "state", "email")


def hash_key(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


def identity_keys(digest: str) -> tuple[str, str]:
    """The cache keys a key's identity is checked with: the generation, then the identity
    cached under the key's digest (``hash_key``)."""
    return KEY_GENERATION, cache_key("auth", "key", digest)


@dataclass(frozen=True)
class NewSignIn:
    token: str
    csrf_token: str
    expires_at: datetime
    actor: Actor


def actor_of(officer: Officer, station: PoliceStation, origin: Origin, via: str) -> Actor:
    return Actor(
        officer_id=officer.id,
        username=officer.username,
        full_name=officer.full_name,
        role=Role(officer.role),
        station_id=station.id,
        station_code=station.code,
        station_name=station.name,
        district=station.district,
        state=station.state,
        client=origin.client,
        correlation_id=origin.correlation_id,
        via=via,
        language=officer.language,
    )


class Rejected(AuthenticationFailed):
    """A refusal already written to the audit trail."""

    audited = True


class OfficerService:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        audit: AuditTrail,
        cache: Cache,
        failures: FailedAuthLimit,
    ) -> None:
        self.settings = settings
        self.failures = failures
        self.database = database
        self.audit = audit
        self.cache = cache
        self.key_stamp = settings.data_dir / KEY_STAMP
        self.hasher = PasswordHasher()  # argon2-cffi's default type is Argon2id

    # -- administration (CLI and admin endpoints) --------------------------------

    async def add_station(
        self, db: AsyncSession, station: PoliceStation, by: Actor | None = None
    ) -> PoliceStation:
        """``by``: the console's admin (the CLI acts as the deployment itself)."""
        _manager(by)
        if await station_repo.station_by_code(db, station.code):
            raise Conflict(f"station {station.code} exists already")
        await station_repo.add_station(db, station)
        target = Target("station", station.code, station.id, station.code)
        await self.audit.record(db, by, "station.added", target, after=station.name)
        return station

    async def edit_station(
        self, db: AsyncSession, code: str, changes: dict[str, str], by: Actor | None = None
    ) -> PoliceStation:
        """Give or correct a station's name, district, state or email; officers'
        cached identities carry the station, so they are looked up again."""
        _manager(by)
        unknown = set(changes) - set(EDITABLE_STATION)
        if unknown:
            raise BadInput(f"these station fields cannot be edited: {sorted(unknown)}")
        blank = sorted(k for k, v in changes.items() if not v.strip())
        if blank:
            raise BadInput(f"give a value for: {blank} (a detail cannot be emptied)")
        station = await station_repo.station_by_code(db, code)
        if station is None:
            raise NotFound(f"no station {code}")
        before = {k: getattr(station, k) for k in changes}
        for name, value in changes.items():
            setattr(station, name, value.strip())
        await db.flush()
        await self._new_key_generation(db)
        target = Target("station", station.code, station.id, station.code)
        await self.audit.record(
            db, by, "station.edited", target, before=before, after=dict(changes)
        )
        return station

    async def complete_default_station(self, db: AsyncSession) -> PoliceStation | None:
        """The default station's missing details, filled from the settings that give
        them (never over a detail already there); None when there is no such station."""
        station = await station_repo.station_by_code(db, self.settings.station_code)
        if station is None:
            return None
        settings = self.settings
        given = {"name": settings.station, "district": settings.district, "state": settings.state}
        fills = {}
        for detail in missing_details(station.name, station.district, station.state):
            value = (given[detail.field] or "").strip()
            if value:
                fills[detail.field] = value
        if fills:
            await self.edit_station(db, station.code, fills)
        return station

    async def add_officer(
        self,
        db: AsyncSession,
        officer: Officer,
        station_code: str,
        password: str | None,
        by: Actor | None = None,
    ) -> Officer:
        _manager(by)
        station = await station_repo.station_by_code(db, station_code)
        if station is None:
            raise NotFound(f"no station {station_code}")
        if await station_repo.officer_by_username(db, officer.username):
            raise Conflict(f"officer {officer.username} exists already")
        if password is not None and len(password) < 10:
            raise BadInput("a password needs at least 10 characters")
        officer.station_id = station.id
        officer.password_hash = self.hasher.hash(password) if password else None
        await station_repo.add_officer(db, officer)
        target = Target("officer", officer.username, station.id, station.code)
        await self.audit.record(db, by, "officer.added", target, detail=officer.role)
        return officer

    async def disable_officer(
        self, db: AsyncSession, username: str, by: Actor | None = None
    ) -> None:
        _manager(by)
        officer, station = await self._officer(db, username)
        now = utcnow()
        officer.disabled_at = now
        await key_repo.revoke_keys_of(db, officer.id, now)
        await key_repo.end_sign_ins_of(db, officer.id, now)
        await self._new_key_generation(db)
        target = Target("officer", username, station.id, station.code)
        await self.audit.record(db, by, "officer.disabled", target)

    async def create_api_key(
        self, db: AsyncSession, username: str, days: int | None = None, by: Actor | None = None
    ) -> str:
        """A new key for the officer; the plain key is returned once and never stored."""
        _manager(by)
        officer, station = await self._officer(db, username)
        if officer.disabled_at is not None:
            raise Conflict(f"officer {username} is disabled")
        plain = KEY_PREFIX + secrets.token_urlsafe(32)
        lifetime = timedelta(days=days or self.settings.api_key_days)
        key = ApiKey(
            name=username,
            prefix=plain[:12],
            key_hash=hash_key(plain),
            officer_id=officer.id,
            expires_at=utcnow() + lifetime,
        )
        await key_repo.add_key(db, key)
        target = Target("api_key", key.prefix, station.id, station.code)
        await self.audit.record(db, by, "key.created", target, detail=username)
        return plain

    async def revoke_api_key(self, db: AsyncSession, prefix: str, by: Actor | None = None) -> int:
        _manager(by)
        keys = [k for k in await key_repo.find_by_prefix(db, prefix) if k.revoked_at is None]
        if not keys:
            raise NotFound(f"no active key starting {prefix}")
        await self._new_key_generation(db)
        for key in keys:
            key.revoked_at = utcnow()
            found = await station_repo.officer_with_station(db, key.officer_id)
            station = found[1] if found else None
            target = Target(
                "api_key",
                key.prefix,
                station.id if station else None,
                station.code if station else None,
            )
            await self.audit.record(db, by, "key.revoked", target)
        return len(keys)

    async def directory(
        self, db: AsyncSession, by: Actor
    ) -> tuple[list[PoliceStation], list[tuple[Officer, PoliceStation]]]:
        """Every station and officer, for the admin's pages."""
        _manager(by)
        return await station_repo.all_stations(db), await station_repo.all_officers(db)

    # -- authentication --------------------------------------------------------------

    async def actor_for_key(
        self, plain: str, origin: Origin, prefetched: Mapping[str, str | None] | None = None
    ) -> Actor:
        """The key's officer, or 401 (audited) for a wrong, expired or revoked key.

        ``prefetched``: texts the cache held for this request, read with its rate count
        (by cache key); the ``identity_keys`` not among them are read here."""
        digest = hash_key(plain)
        generation_key, cached_key = identity_keys(digest)
        if prefetched is not None and cached_key in prefetched:
            generation, cached = prefetched[generation_key], prefetched[cached_key]
        else:
            generation, cached = await self.cache.get_many_text(generation_key, cached_key)
        current = await self._key_generation(json.loads(generation) if generation else None)
        identity = _identity_from(cached) if cached is not None else None
        if identity and identity.generation == current and identity.expires_at > utcnow():
            return Actor(**identity.who, client=origin.client, correlation_id=origin.correlation_id)
        await self.failures.check(origin.client)
        async with self.database.transaction(write=False) as db:
            key = await key_repo.find_by_hash(db, digest)
            found = await station_repo.officer_with_station(db, key.officer_id) if key else None
        reason = _key_problem(key, found[0] if found else None)
        if reason or found is None:
            await self._reject(found, origin, "auth.key_rejected", reason or "unknown key")
            await self.failures.failed(origin.client)
            raise Rejected(f"the API key was refused: {reason or 'unknown key'}")
        actor = actor_of(found[0], found[1], origin, "api_key")
        if key is not None and key.expires_at is not None:
            identity_now = _identity(actor, key.expires_at, current)
            await self.cache.set(cached_key, identity_now, IDENTITY_TTL_S)
        return actor

    async def actor_for_sign_in(
        self, token: str, method: str, csrf: str | None, origin: Origin
    ) -> Actor:
        """The signed-in officer; a state-changing request must echo the CSRF token."""
        async with self.database.transaction(write=False) as db:
            sign_in = await key_repo.find_sign_in(db, hash_key(token))
            found = (
                await station_repo.officer_with_station(db, sign_in.officer_id) if sign_in else None
            )
        if sign_in is None or found is None or not _live(sign_in, found[0]):
            await self._reject(found, origin, "auth.sign_in_rejected", "no such sign-in")
            raise Rejected("the sign-in is unknown, ended or expired: sign in again")
        actor = actor_of(found[0], found[1], origin, "sign_in")
        if method not in SAFE_METHODS and not (
            csrf and hmac.compare_digest(csrf, sign_in.csrf_token)
        ):
            await self.audit.record_apart(actor, "auth.csrf_rejected", detail=method)
            error = CsrfRejected("a missing or wrong X-CSRF-Token header: request refused")
            error.audited = True  # type: ignore[attr-defined]
            raise error
        return actor

    async def sign_in(
        self, username: str, password: str, origin: Origin, language: str | None = None
    ) -> NewSignIn:
        """Check the password (with lockout) and open a sign-in; audited either way.

        ``language``: the one chosen on the sign-in page; it becomes the officer's
        only if the officer has none yet (a choice made once is kept everywhere)."""
        await self.failures.check(origin.client)
        async with self.database.transaction() as db:
            officer = await station_repo.officer_by_username(db, username, for_update=True)
            found = await station_repo.officer_with_station(db, officer.id) if officer else None
            problem = self._password_problem(officer, password)
            if officer is None or found is None or problem:
                await self._count_failure(db, officer, found, origin, problem or "unknown officer")
            else:
                if officer.language is None and language in set(Language):
                    officer.language = language
                return await self._open(db, officer, found[1], origin)
        await self.failures.failed(origin.client)
        raise Rejected("wrong username or password, or the account is locked or disabled")

    async def choose_language(self, db: AsyncSession, actor: Actor, language: str) -> None:
        """The officer's console language, applied at each of their sign-ins from now on."""
        if language not in set(Language):
            raise BadInput(f"no console language {language!r}: choose one of en, hi")
        found = await station_repo.officer_with_station(db, actor.officer_id)
        if found is None:
            raise NotFound(f"no officer {actor.username}")
        found[0].language = language

    async def sign_out(self, db: AsyncSession, token: str | None, actor: Actor) -> None:
        sign_in = await key_repo.find_sign_in(db, hash_key(token)) if token else None
        if sign_in is not None and sign_in.ended_at is None:
            sign_in.ended_at = utcnow()
        await self.audit.record(db, actor, "logout")

    async def _open(
        self, db: AsyncSession, officer: Officer, station: PoliceStation, origin: Origin
    ) -> NewSignIn:
        officer.failed_logins, officer.locked_until = 0, None
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = utcnow() + timedelta(hours=self.settings.sign_in_hours)
        record = SignIn(
            token_hash=hash_key(token), officer_id=officer.id, csrf_token=csrf, expires_at=expires
        )
        await key_repo.add_sign_in(db, record)
        actor = actor_of(officer, station, origin, "sign_in")
        await self.audit.record(db, actor, "login")
        return NewSignIn(token, csrf, expires, actor)

    def _password_problem(self, officer: Officer | None, password: str) -> str | None:
        if officer is None:
            return "unknown officer"
        if officer.disabled_at is not None:
            return "officer disabled"
        if officer.locked_until is not None and officer.locked_until > utcnow():
            return "locked out after repeated failures"
        if not officer.password_hash:
            return "no password set"
        try:
            self.hasher.verify(officer.password_hash, password)
        except (VerificationError, InvalidHashError):
            return "wrong password"
        return None

    async def _count_failure(
        self,
        db: AsyncSession,
        officer: Officer | None,
        found: tuple[Officer, PoliceStation] | None,
        origin: Origin,
        problem: str,
    ) -> None:
        if officer is not None and problem == "wrong password":
            officer.failed_logins += 1
            if officer.failed_logins >= self.settings.max_failed_logins:
                officer.locked_until = utcnow() + timedelta(minutes=self.settings.lockout_minutes)
                problem = f"wrong password; locked for {self.settings.lockout_minutes:g} minutes"
        actor = actor_of(found[0], found[1], origin, "sign_in") if found else None
        await self.audit.record(db, actor, "login_failed", detail=problem, origin=origin)
        log.info("auth.login_failed", reason=problem)

    async def _reject(
        self,
        found: tuple[Officer, PoliceStation] | None,
        origin: Origin,
        action: str,
        reason: str,
    ) -> None:
        actor = actor_of(found[0], found[1], origin, "api_key") if found else None
        await self.audit.record_apart(actor, action, detail=reason, origin=origin)

    async def _key_generation(self, generation: str | None) -> str:
        """The current key generation from its cached part as read; a lost one (evicted,
        expired) starts a new one, so identities cached before it are never honoured again."""
        if generation is None:
            generation = uuid.uuid4().hex
            await self.cache.set(KEY_GENERATION, generation, IDENTITY_TTL_S * 2)
        try:
            stamp = self.key_stamp.stat()
        except FileNotFoundError:
            return f"{generation}:-"
        return f"{generation}:{stamp.st_ino}:{stamp.st_mtime_ns}"

    async def _new_key_generation(self, db: AsyncSession) -> None:
        """No cached identity is honoured any more, on any instance: the generation is
        dropped now (``CacheUnavailable``, and no commit, when it cannot be) and again
        once the transaction ends, so one cached while it ran is not honoured either."""
        await guard_write(db, self.cache, (), [KEY_GENERATION])

        async def stamp() -> None:
            # a new file each time (new inode), so two bumps within one clock tick differ
            fresh = self.key_stamp.with_suffix(f".{uuid.uuid4().hex}")
            fresh.parent.mkdir(parents=True, exist_ok=True)
            fresh.write_text(utcnow().isoformat())
            os.replace(fresh, self.key_stamp)

        after_commit(db, stamp)

    async def _officer(self, db: AsyncSession, username: str) -> tuple[Officer, PoliceStation]:
        officer = await station_repo.officer_by_username(db, username)
        found = await station_repo.officer_with_station(db, officer.id) if officer else None
        if found is None:
            raise NotFound(f"no officer {username}")
        return found


def _manager(by: Actor | None) -> None:
    if by is not None:
        require(by, Action.MANAGE)


@dataclass(frozen=True)
class _CachedIdentity:
    who: dict[str, Any]  # the Actor's fields but where the request came from
    expires_at: datetime
    generation: str


@functools.lru_cache(maxsize=1024)
def _identity_from(text: str) -> _CachedIdentity:
    """A cached identity (``_identity``'s JSON) decoded, memoized on its text: it is read
    on every request and changes only when cached again, which makes a new text."""
    cached = json.loads(text)
    who = {**cached["actor"], "role": Role(cached["actor"]["role"])}
    expires_at = datetime.fromisoformat(cached["expires_at"])
    return _CachedIdentity(who, expires_at, cached["generation"])


def _identity(actor: Actor, expires_at: datetime, generation: str) -> dict[str, Any]:
    """A key's officer as cached, honoured only while ``generation`` is the current one."""
    who = {k: v for k, v in asdict(actor).items() if k not in ("client", "correlation_id")}
    return {"actor": who, "expires_at": expires_at.isoformat(), "generation": generation}


def _key_problem(key: ApiKey | None, officer: Officer | None) -> str | None:
    if key is None or officer is None:
        return "unknown key"
    if key.revoked_at is not None:
        return "revoked"
    if key.expires_at is not None and key.expires_at <= utcnow():
        return "expired"
    if officer.disabled_at is not None:
        return "officer disabled"
    return None


def _live(sign_in: SignIn, officer: Officer) -> bool:
    return (
        sign_in.ended_at is None and sign_in.expires_at > utcnow() and officer.disabled_at is None
    )
