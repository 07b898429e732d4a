"""FIR signatures across schema changes: derived search columns are not signed, and a
FIR signed in an older format keeps verifying over what it was signed with."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from afirgen.services.signing import SIGNED, FirSigner, Integrity, as_signed, canonical

SECRET = "s" * 32


def finalized() -> dict[str, Any]:
    return {
        "fir_ref": "ST-42/FIR-2025-000007",
        "station_id": 42,
        "status": "finalized",
        "acts_sections": "303(2) BNS",
        "fir_content": "A gold chain was snatched.",
        "signature_key_id": "k1",
    }


def test_the_search_words_are_not_signed() -> None:
    signer = FirSigner("k1", SECRET, {})
    record = finalized()
    record["signature"] = signer.sign(record)[1]
    assert signer.check(record | {"search_words": "s42_gold s42_chain"}) == Integrity.VALID
    assert signer.check(record | {"acts_sections": "103(1) BNS"}) == Integrity.ALTERED


def test_a_fir_signed_under_migration_0003_still_verifies() -> None:
    """Then ``station_tag`` (``stn42x``) was a column and signed with the rest."""
    record = finalized()
    old_form = canonical(record, {"station_tag": "stn42x"})
    record["signature"] = hmac.new(SECRET.encode(), old_form, hashlib.sha256).hexdigest()
    signer = FirSigner("k1", SECRET, {})

    assert signer.check(record) == Integrity.VALID
    # the station word follows the signed station: moving the FIR still breaks it
    assert signer.check(record | {"station_id": 7}) == Integrity.ALTERED


ADDED_BY_0009 = {"finalized_by_name", "finalized_by_rank", "signature_format"}


def test_a_fir_signed_before_the_officers_name_and_rank_still_verifies() -> None:
    """Signed as every FIR was before migration 0009: every signed field but those."""
    record = finalized() | {"finalized_by": "sho-kotwali"}
    fields = {name: record.get(name) for name in SIGNED if name not in ADDED_BY_0009}
    then = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str).encode()
    record["signature"] = hmac.new(SECRET.encode(), then, hashlib.sha256).hexdigest()
    signer = FirSigner("k1", SECRET, {})

    assert signer.check(record) == Integrity.VALID
    assert signer.check(record | {"finalized_by": "someone"}) == Integrity.ALTERED
    # a name written in afterwards is not what was signed: the signed record has none
    added = as_signed(record | {"finalized_by_name": "Added Later"})
    assert "finalized_by_name" not in added and added["finalized_by"] == "sho-kotwali"


def test_the_officers_name_rank_and_the_format_are_signed() -> None:
    signer = FirSigner("k1", SECRET, {})
    record = finalized() | {
        "finalized_by": "sho-kotwali",
        "finalized_by_name": "Rajendra Singh Rathore",
        "finalized_by_rank": "Inspector",
        "signature_format": 2,
    }
    record["signature"] = signer.sign(record)[1]

    assert signer.check(record) == Integrity.VALID
    assert signer.check(record | {"finalized_by_rank": "Constable"}) == Integrity.ALTERED
    assert signer.check(record | {"finalized_by_name": None}) == Integrity.ALTERED
    # passed off as an older format, it is checked without its name: still altered
    assert signer.check(record | {"signature_format": None}) == Integrity.ALTERED
