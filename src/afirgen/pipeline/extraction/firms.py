"""The firm a complaint is against, where it names no person who did it.

A buyer cheated by a builder, a supplier left unpaid by a buyer's company, a house owner
let down by a contractor's business often name only the firm ("booked a flat with M/s
Sai Developers", "supplied boxes to Apex Foods LLP", "builder Greenfield Infra Pvt Ltd
se flat book kiya"): the IF-1 then lists the firm as the accused, written as the
complaint writes it. A firm on the complainant's own side (their own business, where
they work) or one named as a landmark ("near Om Sai Traders") is not the one complained of.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.names import NameSpan
from afirgen.pipeline.extraction.phrases import phrase_pattern

# "S." and "Pvt." end in a full stop inside a name; any other word with one ends the sentence
_WORD = r"(?:[A-Z]\.|(?:Pvt|Ltd|Co)\.|[A-Z0-9][\w&'-]*)"
_FIRM_WORD = phrase_pattern("accused", "firm_words")
# "M/s Sai Developers", "M/s. Shanmuga Yarns", "Greenfield Infra Pvt. Ltd.", "Apex Foods LLP"
_FIRM = re.compile(
    rf"\bM/[sS]\.?\s*(?P<ms>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,6}})"
    rf"|(?<![\w.])(?P<plain>(?:{_WORD}[ \t]+){{1,4}}(?=[A-Z])(?i:{_FIRM_WORD})"
    r"(?:[ \t]+(?i:pvt\.?|private)[ \t]+(?i:ltd\.?|limited)|[ \t]+(?i:ltd\.?|limited|llp))?\.?)"
)
_OWN_SIDE = re.compile(rf"(?i:{phrase_pattern('accused', 'own_firm_before')})\W*(?:\w+\W+)?$")
# "paid Rs 2 lakh to", "developed by", "the builder": the firm after is the other side of a deal
_DEALING = re.compile(
    rf"(?<!name )(?i:{phrase_pattern('accused', 'firm_dealing_before')})[\s,\"'“‘(]*$"
)
_OWN_REACH = 40  # characters before the firm that may say it is the complainant's own
# "residing at Flat 12, Tower C, Shivalik Homes": the complainant's address, not a firm
_ADDRESS_BEFORE = re.compile(r"\b(?:residing|resident|r/o|address|rehta|rehti)\b", re.I)
_ADDRESS_REACH = 60


def firm_complained_of(doc: Complaint) -> NameSpan | None:
    """The first firm written "M/s ..." that is not the complainant's own nor a landmark, else
    the first such firm written without it."""
    found = [span for span in map(_firm, _FIRM.finditer(doc.text)) if span]
    with_ms = [span for span in found if span.name.startswith("M/")]
    return next(iter(with_ms or found), None)


def _firm(match: re.Match[str]) -> NameSpan | None:
    text = match.string
    name = (match.group("ms") and match.group(0)) or match.group("plain")
    start = match.start() if match.group("ms") else match.start("plain")
    if not _DEALING.search(text[max(0, start - _OWN_REACH) : start]):
        return None
    if _OWN_SIDE.search(text[max(0, start - _OWN_REACH) : start]):
        return None
    if _ADDRESS_BEFORE.search(text[max(0, start - _ADDRESS_REACH) : start]):
        return None
    return NameSpan(name=name.strip().rstrip("."), start=start, end=match.end())
