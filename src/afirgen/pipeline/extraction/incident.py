"""What kind of incident a complaint describes, from its own words.

Used to phrase the summary and narrative ("an incident of snatching"); it is
not a legal classification; sections of law are chosen elsewhere.
"""

from __future__ import annotations

import re

# Most specific first: a snatching complaint also says "stole", an accident "hit".
_KINDS: list[tuple[str, str]] = [
    ("dowry harassment", r"dowry|dahej|दहेज"),
    ("road accident", r"accident|hit\s+and\s+run|rash(?:ly)?\b|negligen|takkar|टक्कर|दुर्घटना|"
     r"wrong\s+side|speeding|hit\s+(?:my|the|his|her)\s+(?:auto|car|scooter|scooty|bike|cycle|"
     r"vehicle|motorcycle)"),
    ("vehicle theft", r"(?:motorcycle|bike|scooty|scooter|\bcar\b|activa|vehicle|मोटरसाइकिल|"
     r"स्कूटी|कार)[^.।]{0,40}(?:stolen|missing|not\s+there|chori|चोरी|gayab|गायब|\bgone)"
     r"|(?:theft|stolen)\s+(?:of\s+)?(?:my\s+)?(?:motorcycle|bike|car|scooty|vehicle)"
     r"|vehicle\s+theft"),
    ("house-breaking", r"burgl|broke\s+(?:into|open)|break\s+into|house-?break|"
     r"lock\w*(?:\s+\w+){0,4}?\s+(?:was|were)\s+broken|broken\s+(?:the\s+)?lock|tala\s+tod|taala\s+tod|ताला\s+तोड़|sendh|सेंध"),
    ("snatching", r"snatch|chheen|chhin|छीन|झपट|grabbed|kheench"),
    ("robbery", r"\brobb|\bloot|लूट"),
    ("sexual harassment", r"molest|eve-teas|touch\w*\s+(?:me|her)|kept\s+touching|obscene|"
     r"छेड़छाड़|chhed|indecent|stalk|following\s+(?:me|her)|peecha|पीछा|haath\s+pakda"),
    ("cheating", r"cheat|fraud|ठगी|dhokha|धोखा|\botp\b|ओटीपी|qr\s+code|debited|\bfake\b|scam|"
     r"digital\s+arrest|\bkyc\b|निकल\s+गए|(?:no|not)\s+(?:product\s+)?delivered|saman\s+nahi|"
     r"invested|in\s+the\s+name\s+of|के\s+नाम\s+पर|ke\s+naam\s+par"),
    ("criminal trespass", r"trespass|forcibly\s+entered|entered\s+my|came\s+into\s+our|kabza|"
     r"कब्जा|ghus|घुस|broken\s+the\s+lock"),
    ("theft", r"\bstole|\btheft|\bchori|चोरी|चुरा|\bchura|burglar|\bmissing\b|gayab|गायब|"
     r"pickpocket|kaat\s+liya|le\s+gaya|le\s+gaye|\bgone\b|took\s+(?:my|away)"),
    ("assault", r"attack|assault|\bhit\b|\bbeat|\bmaar|\bmaara|मारपीट|हमला|मारा|punch|slap|"
     r"thappad|थप्पड़"),
    ("criminal intimidation", r"threat|dhamki|धमकी|kill\s+me|jaan\s+se|जान\s+से|extortion|रंगदारी"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KINDS]


def detect_incidents(text: str) -> list[str]:
    """Kinds of incident the complaint describes, most specific first."""
    found = [kind for kind, pattern in _COMPILED if pattern.search(text)]
    if "vehicle theft" in found and "theft" in found:
        found.remove("theft")
    if "house-breaking" in found and "criminal trespass" in found:
        found.remove("criminal trespass")
    if "road accident" in found and "assault" in found:  # a vehicle "hit" someone
        found.remove("assault")
    return found
