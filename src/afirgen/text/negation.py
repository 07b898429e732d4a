"""Whether the words at a span are denied in their own clause.

"Nobody was hurt", "did not show any weapon", "mujhe chot nahi lagi", "धमकी या मारपीट नहीं
की": a negation before the words (back to the clause's start) or just after them (Hindi and
Hinglish put "nahi" / "नहीं" after the verb) denies them. Both the section identifier's
reading of facts and the extractor's naming of the incident ask this of a lowered text.
"""

from __future__ import annotations

import re

__all__ = ["negated"]

_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bno|\bnever|n't|\b(?:did|do|does|was|were|is|had|has)nt|\bnor|\bwithout|\bneither|\bna|\bnahi|\bnahin|\bmat|(?<![\u0900-\u097f])(?:नहीं|न|मत))"
    r"\s+(?:\S+\s+)?$"
    # the second of two negated acts: "did not push him or hit him"
    # "no abuse or threat was given", "there was no violence or threat"
    r"|(?:\bnot|\bnever|\bno|n't|\b(?:did|do|does)nt)\s+(?:\S+\s+){1,3}(?:or|nor)\s+(?:\S+\s+)?$"
    # a reported act the complainant disowns: "I am not alleging that anybody cheated me"
    r"|(?:\bnot|n't)\s+(?:saying|alleging|accusing|claiming|suggesting)\b.*$"
    # "nobody was hurt", "no one was injured", "none of us got hurt"
    # "nobody in my family was hurt"
    r"|(?:\bnobody|\bno[- ]?one|\bnone of \w+|\bkisi ko bhi|\bkisi ko|किसी को)"
    r"(?:\s+(?:in|of|from)\s+(?:my|our|the|his|her|their)\s+\w+)?\s+(?:\S+\s+){0,2}$"
    # "na hi koi haath uthaya", "nahi to koi chot": a negation with its particles
    r"|(?:\bna|\bnahi|\bnahin)\s+(?:hi|to|bhi)\s+(?:koi\s+)?(?:\S+\s+)?$"
    # "no guest or staff member was hurt": the subject a negation opens, then its verb
    r"|\bno\s+(?:(?!and\b|but\b|aur\b)\S+\s+){1,4}(?:was|were|got)\s+$"
    # "nobody has been rude or threatening": the last of a list the negation opens
    # "nobody threatened her or showed a knife": each act the list goes on to
    r"|(?:\bnobody|\bno[- ]?one|\bnone of \w+)\s+(?:\S+\s+){0,3}(?:or|nor)\s+(?:\S+\s+){0,2}$"
    # "did not receive any injury", "did not suffer any hurt"
    r"|(?:\bnot|\bno|\bnever|n't)\s+(?:receive|get|suffer|sustain|have|find|cause)\w*\s+(?:any\s+)?$"
    # "did not show any weapon", "never used a knife"
    r"|(?:\bnot|\bnever|n't)\s+(?:show|use|carry|brandish|display|point|take out|pull out)\w*"
    r"\s+(?:any|a|an)\s+$"
)
# "gaali ya dhakka nahi diya", "धमकी या मारपीट नहीं की": a negation after
# a list of alternatives covers each of them.
_NEGATION_AFTER = re.compile(
    # the danda (\u0964) ends the sentence; it is no letter: "कोई झगड़ा या धमकी नहीं।"
    r"^\S*\s+(?:(?:ya|या|or)\s+\S+\s+){0,2}(?:\S+\s+)?"
    # "dhamki usne kabhi nahi di": who and when stand between the act and its negation
    r"(?:(?:usne|unhone|kabhi|bhi|koi|mujhe|hamein|humein|hame|उसने|उन्होंने|कभी|भी|मुझे|हमें)\s+){0,2}"
    r"(?:nahi|nahin|नहीं)(?![\w\u0900-\u0963\u0966-\u097f])"
)
_CLAUSE_BREAK = re.compile(r"[.;!?\u0964\n,]|\bbut\b|\blekin\b|\bparantu\b|लेकिन|परंतु")


# "dukaan band karo nahi to haath tod denge", "पैसे दो नहीं तो ...": "nahi to" after a demand is
# "otherwise", the threat that follows it is made, not denied
# ("nahi to koi chot aayi", "not even a scratch", stays a denial)
_OTHERWISE = re.compile(
    r"(?:\bnahi|\bnahin|\bnhi|(?<![\u0900-\u097f])नहीं)\s+(?:to|तो)\s+(?!koi\b|कोई)"
)


def negated(lowered: str, start: int, end: int) -> bool:
    """True when the words at ``lowered[start:end]`` are denied in their clause."""
    before = lowered[max(0, start - 60) : start]
    cut = list(_CLAUSE_BREAK.finditer(before)) + list(_OTHERWISE.finditer(before))
    if cut:
        before = before[max(c.end() for c in cut) :]
    after = lowered[end : end + 40]
    return bool(_NEGATION_BEFORE.search(before) or _NEGATION_AFTER.match(after))
