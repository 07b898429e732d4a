"""Injuries the complaint reports, as the clauses that describe them.

A clause that denies an injury ("Nobody was hurt", "mujhe chot nahi lagi",
"कोई चोट नहीं आई", "without any injury") is not an injury: it is left out, so
the narrative never says injuries are reported when the complaint says none were.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.document import Complaint

_INJURY = re.compile(
    r"\b(?:injur\w*|fracture\w*|bleed\w*|stitch\w*|wound\w*|swelling|bruise\w*|hurt|"
    r"cut\s+on|lip\s+is\s+cut|chot|ghayal|khoon|abrasions?|kharonch|kharoch|"
    # stitches put in ("6 taanke lage", "टाँके लगे")
    r"taanke|tanke|taanka|tanka)\b|चोट|घायल|खून|"
    r"फ्रैक्चर|सिर\s+फट|टांके|टाँके|सूजन|खरोंच|"
    # a graze to the body ("scraped my elbow", "scratches on her arm")
    r"\b(?:scraped|grazed|scratched)\s+(?:my|his|her|their)\s+\w+|\bscratch(?:es)?\s+on\b|"
    # a bone broken ("broke my wrist", "haddi toot gayi", "हड्डी टूट गई"), not a lock
    r"\b(?:broken|broke|fractured)\s+(?:(?:my|his|her|their|the|a|two|left|right)\s+){0,2}"
    r"(?:bones?|arm|leg|wrist|hand|ribs?|nose|jaw|fingers?|teeth|tooth|collar\s*bone)\b|"
    r"\bhadd(?:i|ee|iyan|iyaan)\s+(?:(?!nahi|nahin|na\b)\w+\s+)?(?:toot|tut|tooti|tuti)\w*|"
    r"(?:हड्डी|हड्डियां|हड्डियाँ)\s+(?:(?!नहीं|नही|न\s)\S+\s+)?टूट|"
    # a limb broken or a head split as the body part says it ("mera haath toot gaya", "sar
    # phat gaya", "उसका पैर टूट गया"), not a door, a lock or a heart
    r"\b(?:haath|hath|pair|paon|taang|tang|baazu|bazu|kalai|ungli|ungliyan|daant|dant|naak|"
    r"pasli|pasliyan|sar)\s+(?:(?!nahi|nahin|na\b)\w+\s+)?(?:toot\w*|tut(?:a|i|e|aa)?|"
    r"phat\w*|fat(?:a|i|e|aa)?|kat(?:a|i|e|aa|\s+gay\w*))\b|"
    r"(?:हाथ|पैर|पाँव|पांव|टांग|टाँग|बाजू|कलाई|उंगली|उँगली|दांत|दाँत|नाक|पसली|पसलियां|सिर)\s+"
    r"(?:(?!नहीं|नही|न\s)\S+\s+)?(?:टूट|फट|कट\s+ग)",
    re.IGNORECASE,
)
# A denial stands a few words before the injury word in English ("nobody was hurt",
# "did not get any injury", "without injury") and just after it in Hindi and Hinglish
# ("chot nahi lagi", "चोट नहीं आई").
_DENIAL_BEFORE = re.compile(
    r"\b(?:no|not|nobody|none|never|without|nahi|nahin|bina)\b|n['’]t\b|no\s*one|नहीं|बिना",
    re.IGNORECASE,
)
_DENIAL_AFTER = re.compile(
    r"^\W*(?:\S+\s+)?(?:nahi|nahin|nahee|na)\b|^\W*(?:\S+\s+)?(?:नहीं|नही|न)(?!\S)", re.I
)
_WORDS_BEFORE = 4
_CLAUSE_SPLIT = re.compile(
    r"[;]|,\s+(?=(?:and|but|then|aur|और|तथा|lekin|par|magar|लेकिन|पर|मगर)\b)"
    r"|\s+(?:but|lekin|magar|लेकिन|मगर|though|although)\s+"
)


def extract_injuries(doc: Complaint) -> list[str]:
    """Each clause of the body that reports an injury, trimmed, in reading order."""
    found: list[str] = []
    for _, sentence in doc.body_sentences():
        for clause in _CLAUSE_SPLIT.split(sentence.text):
            clause = clause.strip(" ,.।\n")
            if _reports_injury(clause) and clause not in found:
                found.append(clause)
    return found


def _reports_injury(clause: str) -> bool:
    """True when some injury word in the clause is not denied."""
    for match in _INJURY.finditer(clause):
        before = " ".join(clause[: match.start()].split()[-_WORDS_BEFORE:])
        if not (_DENIAL_BEFORE.search(before) or _DENIAL_AFTER.search(clause[match.end() :])):
            return True
    return False
