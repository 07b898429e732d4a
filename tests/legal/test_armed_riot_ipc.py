"""An armed riot before 1 July 2024: the FIR records rioting (IPC 147) beside rioting armed
with deadly weapons (148), with the common object of the assembly (149)."""

from datetime import date

from afirgen.legal import SectionIdentifier

BEFORE_BNS = date(2023, 11, 20)
ARMED_RIOT = (
    "Sir, over the drain between our fields, seven men of the Thakur family came with "
    "farsa, lathis and a country pistol. They surrounded my father and beat him with lathis, "
    "his head was cut and his left arm is fractured, and they smashed our tubewell room."
)


def test_an_armed_riot_before_the_bns_records_rioting_beside_it(
    identifier: SectionIdentifier,
) -> None:
    before = identifier.identify(ARMED_RIOT, BEFORE_BNS)
    chosen = {f"{m.act} {m.section}" for m in before.sections}
    assert {"IPC 147", "IPC 148", "IPC 149"} <= chosen, chosen
    # the BNS grades rioting in one section: the armed grade stands alone
    after = identifier.identify(ARMED_RIOT, date(2025, 2, 3))
    riot = {m.reference for m in after.sections if m.act == "BNS" and m.section == "191"}
    assert riot == {"191(3)"}, riot
