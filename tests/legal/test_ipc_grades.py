"""Before 1 July 2024 each grade of a BNS section is an IPC section of its own, and every
offered section is an IPC one where the IPC had the offence."""

from datetime import date

import pytest

from afirgen.bootstrap import build_identifier
from afirgen.legal import KnowledgeBase, SectionIdentifier

BEFORE_BNS = date(2022, 9, 14)


@pytest.fixture(scope="module")
def both(kb: KnowledgeBase) -> SectionIdentifier:
    return build_identifier(kb, engine="both")


BROKEN_BONE = (
    "Sahab, hamare padosi Ramesh ne khet ki mend ko lekar jhagda kiya aur lathi se mere bhai "
    "ko itna maara ki uski haddi tod di, doctor ne plaster chadhaya hai."
)
LOCKED_IN_FOR_DAYS = (
    "My employer Mahesh Gupta owes me three months of wages. When I went to his farmhouse to "
    "ask for the money on Monday, he and his munshi pushed me into a store room behind the "
    "cattle shed and bolted it from outside. They kept me locked there for four days, gave me "
    "only one roti a day and said they would let me out only if I signed a paper saying I had "
    "been paid in full. On the fourth night a labourer heard me shouting and opened the door, "
    "and I ran to the village."
)


def test_a_broken_bone_before_the_bns_is_offered_as_ipc_grievous_hurt(
    identifier: SectionIdentifier,
) -> None:
    result = identifier.identify(BROKEN_BONE, BEFORE_BNS)
    offered = [f"{m.act} {m.section}" for m in result.candidates]
    assert "BNS 117" not in offered, offered
    assert "IPC 325" in offered, offered


def test_a_confinement_before_the_bns_offers_the_grade_beside_the_one_chosen(
    both: SectionIdentifier,
) -> None:
    before = both.identify(LOCKED_IN_FOR_DAYS, BEFORE_BNS)
    chosen = [f"{m.act} {m.section}" for m in before.sections]
    offered = [f"{m.act} {m.section}" for m in before.candidates[:5]]
    # wrongful confinement (342) is chosen; four days locked in is also 343 (three days or more)
    assert "IPC 342" in chosen and "IPC 343" in offered, offered
    # under the BNS the grades are one section: no further entry for them
    after = both.identify(LOCKED_IN_FOR_DAYS, date(2025, 2, 3))
    assert [m.section for m in after.candidates].count("127") == 1
