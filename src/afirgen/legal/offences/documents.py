"""Documents and computers: forgery, identity misuse, cheating online (IT Act).

Forgery 336(2), to cheat 336(3), of a valuable security, will or deed 338, a forged
document used 340(2); identity of another
used 319(2) and IT Act 66C; cheating by personation with a phone or computer 66D;
obscene material sent 67.
"""

from __future__ import annotations

from afirgen.legal.facts import Fact, Facts
from afirgen.legal.offences.common import (
    RuledSection,
    deceived,
    only_non_payment,
    ruled,
)

_IDENTITY_WORDS = ("pan", "aadhaar", "aadhar", "kyc", "identity", "in my name", "in his name",
                   "in her name", "credentials", "आधार", "पैन")  # fmt: skip


def _identity_taken(f: Facts) -> bool:
    """Someone's identity numbers or documents used to pass as them (loans, SIMs, accounts)."""
    words = " ".join(f.evidence(Fact.IDENTITY_MISUSE)).lower()
    return any(w in words for w in _IDENTITY_WORDS)


def online_sections(f: Facts) -> list[RuledSection]:
    if not (f.has(Fact.ONLINE) or _identity_taken(f)):
        return []
    sections: list[RuledSection] = []
    if _identity_taken(f) and not f.has(Fact.IMPERSONATION):
        sections.append(
            ruled(
                "319(2)",
                "cheating by personation: the victim's identity used to obtain loans or accounts",
                f.evidence(Fact.IDENTITY_MISUSE),
                0.6,
                "cheating",
            )
        )
    if (
        deceived(f)
        and f.any(Fact.PROPERTY_DELIVERED, Fact.IMPERSONATION)
        and not only_non_payment(f)
    ):
        ev = f.evidence(Fact.ONLINE, Fact.IMPERSONATION, Fact.DECEPTION)
        sections.append(
            ruled(
                "66D",
                "cheating by personation using a computer resource or phone",
                ev,
                0.75,
                "it",
                act="IT Act",
            )
        )
    if f.has(Fact.IDENTITY_MISUSE):
        sections.append(
            ruled(
                "66C",
                "password, account or identity of another used dishonestly",
                f.evidence(Fact.IDENTITY_MISUSE),
                0.7,
                "it",
                act="IT Act",
            )
        )
    if f.has(Fact.PRIVATE_IMAGES):
        sections.append(
            ruled(
                "67",
                "obscene material published or sent electronically",
                f.evidence(Fact.PRIVATE_IMAGES),
                0.65,
                "it",
                act="IT Act",
            )
        )
    return sections


def forgery_sections(f: Facts) -> list[RuledSection]:
    """A forged document: made to cheat 336(3) (else 336(2)), and used as genuine 340(2)."""
    if not f.has(Fact.FORGERY):
        return []
    ev = f.evidence(Fact.FORGERY)
    made = "336(3)" if f.has(Fact.DECEPTION) else "336(2)"
    found = [
        ruled(made, "document forged (to cheat)", ev, 0.65, "forgery"),
        ruled("340(2)", "forged document used as genuine", ev, 0.55, "forgery"),
    ]
    if f.has(Fact.VALUABLE_DOCUMENT):
        why = "the forged paper is a valuable security, will or deed of property"
        found.append(ruled("338", why, ev + f.evidence(Fact.VALUABLE_DOCUMENT), 0.6, "forgery"))
    return found
