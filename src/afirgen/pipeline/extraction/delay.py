"""Why the complaint comes late (IF-1 item 11), only when the complaint says so.

A reason is taken only from a sentence that itself explains a delay ("could
not come earlier because ...", "der se isliye ...", "देरी ... क्योंकि ...");
the extractor never supplies a reason of its own.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.document import Complaint

_DELAY = re.compile(
    r"(?:could\s*n[o']t|couldn't|was\s+unable\s+to|were\s+unable\s+to|did\s*n[o']t)\s+"
    r"(?:come|report|lodge|file|approach|inform)[^.।]*?(?:because|as|since|due\s+to)\b"
    r"|\bdelay\w*\b[^.।]*?(?:because|as|since|due\s+to|was\s+due)\b"
    r"|\blate\b[^.।]*?\bbecause\b"
    r"|(?:der|deri|देर|देरी)[^.।]*?(?:kyunki|kyonki|isliye|क्योंकि|इसलिए|कारण)"
    # the reason told first: "I was in hospital for four days and so could not come earlier",
    # "main bimar tha isliye thane nahi aa saka", "इसलिए रिपोर्ट में देरी हुई"
    r"|\b(?:so|therefore|hence|thus|that\s+is\s+why|which\s+is\s+why)\b[^.।]{0,25}?"
    r"(?:could\s*n[o']t|couldn't|was\s+unable\s+to|were\s+unable\s+to|did\s*n[o']t)\s+"
    r"(?:come|report|lodge|file|approach|inform|reach)"
    # "I was in hospital for three weeks and could not report earlier": the reason, then "and"
    r"|\band\s+(?:so\s+|hence\s+)?(?:could\s*n[o']t|couldn't|was\s+unable\s+to|were\s+unable\s+to)\s+"
    r"(?:come|report|lodge|file|approach|inform|reach)[^.।]{0,25}?"
    r"\b(?:earlier|before|sooner|on\s+time|in\s+time|till\s+now|until\s+now)\b"
    r"|(?:\b(?:isliye|isliy|is\s+liye|isi\s+liye)\b|इसलिए|इसी\s+लिए)[^.।]{0,40}?"
    r"(?:\b(?:der|deri)\b|देर|देरी|\b(?:nahi|nahin)\s+(?:aa|pahunch|jaa?)\w*|नहीं\s+(?:आ|पहुँच|पहुंच|जा))",
    re.IGNORECASE,
)


def extract_delay_reason(doc: Complaint) -> str | None:
    """The sentence that explains the delay in reporting, as written, or ``None``."""
    for _, sentence in doc.body_sentences():
        if _DELAY.search(sentence.text):
            return sentence.text.strip(" \n")
    return None
