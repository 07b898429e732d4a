"""FIR signatures across schema changes: derived search columns are not signed."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from afirgen.services.signing import FirSigner, Integrity, canonical

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
