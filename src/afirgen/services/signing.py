"""Signatures over finalized FIRs: every stored field, canonically serialised.

Rules held here:
- the signature covers every column of the record as finalized except its
  row id, ``updated_at``, its ``version`` (the count of changes, kept for
  concurrency) and the signature itself, so changing the sections,
  the station, ``finalized_by`` or the status in the database breaks it;
- timestamps are signed to the second, the precision every database here
  stores, so a stored FIR can always be re-verified;
- the official PDF is rendered from ``as_signed(record)`` alone, so what it
  shows is what was signed;
- derived columns kept for the search index (``search_words``) are not signed;
  a FIR signed while migration 0003's ``station_tag`` column existed (the
  station id as a word) signed it too, so that form, rebuilt from the signed
  ``station_id``, is also accepted: it adds nothing a forger could choose;
- each signature names its key (``signature_key_id``): keys rotate by adding
  a new current key and keeping the old ones as retired, which still verify;
- each signature has a format (``signature_format``, signed from format 2):
  format 2 added the finalizing officer's name and rank; a FIR signed before
  (format 1, NULL) verifies over the fields it was signed with, and
  ``as_signed`` gives it no name or rank, so nothing added to it later is shown.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from afirgen.infrastructure.tables import FirRecord

UNSIGNED = frozenset(
    {"id", "updated_at", "version", "signature", "signature_key_id", "search_words"}
)
SIGNED = tuple(c.key for c in sa.inspect(FirRecord).columns if c.key not in UNSIGNED)
SIGNATURE_FORMAT = 2  # what a FIR finalized now is signed in
# the columns each format added to what is signed
ADDED_IN = {2: frozenset({"finalized_by_name", "finalized_by_rank", "signature_format"})}
_DATETIMES = frozenset(
    c.key for c in sa.inspect(FirRecord).columns if isinstance(c.type, sa.types.TypeDecorator)
)


class Integrity(StrEnum):
    VALID = "valid"
    ALTERED = "altered"  # the stored record no longer matches its signature
    UNKNOWN_KEY = "unknown_key"
    NOT_FINALIZED = "not_finalized"


def canonical(record: Mapping[str, Any], derived: Mapping[str, Any] | None = None) -> bytes:
    """The signed bytes: the signed fields (and ``derived`` ones of an older schema),
    sorted, timestamps to the second in UTC."""
    names = signed_fields(record.get("signature_format"))
    content = {name: _value(name, record.get(name)) for name in names} | dict(derived or {})
    return json.dumps(content, sort_keys=True, ensure_ascii=False, default=str).encode()


def signed_fields(signature_format: int | None) -> tuple[str, ...]:
    """The fields a signature of this format covers (None: format 1)."""
    version = signature_format or 1
    later = {name for added, names in ADDED_IN.items() if added > version for name in names}
    return tuple(name for name in SIGNED if name not in later)


def as_signed(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as its signature covers it (the signed fields, read back from the
    signed bytes) with the signature and its key: what the official PDF is made from,
    so it shows exactly the values that were signed."""
    signed: dict[str, Any] = json.loads(canonical(record))
    return signed | {k: record.get(k) for k in ("signature", "signature_key_id")}


def signing_officer(record: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The finalizing officer's full name and rank as the FIR was signed with them
    (format 2 on); (None, None) for a FIR signed before (format 1) or not yet
    signed, whatever its columns hold now: a name written in later is never shown."""
    if "finalized_by_name" not in signed_fields(record.get("signature_format")):
        return None, None
    return record.get("finalized_by_name"), record.get("finalized_by_rank")


def signed_by(record: Mapping[str, Any]) -> str | None:
    """The officer in charge as they signed: "Name, Rank"; a FIR signed before names
    and ranks were signed (format 1) shows the login it signed."""
    name, rank = signing_officer(record)
    if not name:
        return record.get("finalized_by")
    return f"{name}, {rank}" if rank else name


def _value(name: str, value: Any) -> Any:
    if name in _DATETIMES and value is not None:
        at = datetime.fromisoformat(value) if isinstance(value, str) else value
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
        return at.replace(microsecond=0).isoformat()
    return value


class FirSigner:
    def __init__(self, key_id: str, secret: str, retired: Mapping[str, str]) -> None:
        self.key_id = key_id
        self._keys = {k: v.encode() for k, v in retired.items()} | {key_id: secret.encode()}

    def sign(self, record: Mapping[str, Any]) -> tuple[str, str]:
        """(key id, signature) under the current key."""
        return self.key_id, self._mac(self._keys[self.key_id], record)

    def check(self, record: Mapping[str, Any]) -> Integrity:
        if record.get("status") != "finalized" and not record.get("signature"):
            return Integrity.NOT_FINALIZED
        key = self._keys.get(str(record.get("signature_key_id")))
        if key is None:
            return Integrity.UNKNOWN_KEY
        signature = str(record.get("signature") or "")
        for derived in _signed_forms(record):
            if hmac.compare_digest(self._mac(key, record, derived), signature):
                return Integrity.VALID
        return Integrity.ALTERED

    @staticmethod
    def _mac(
        key: bytes, record: Mapping[str, Any], derived: Mapping[str, Any] | None = None
    ) -> str:
        return hmac.new(key, canonical(record, derived), hashlib.sha256).hexdigest()


def _signed_forms(record: Mapping[str, Any]) -> tuple[dict[str, Any] | None, ...]:
    """Today's signed fields, then those of FIRs finalized under migration 0003."""
    return None, {"station_tag": f"stn{record.get('station_id')}x"}
