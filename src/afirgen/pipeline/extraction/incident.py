"""What kind of incident a complaint describes, from its own words.

Used to phrase the summary and narrative ("an incident of snatching"); it is
not a legal classification; sections of law are chosen elsewhere.
"""

from __future__ import annotations

import re

from afirgen.pipeline.extraction.phrases import phrase_pattern, stem_pattern
from afirgen.text.negation import negated

_VEHICLE_LOCK = r"(?<!handle\s)(?<!steering\s)(?<!wheel\s)(?<!disc\s)(?<!hendal\s)"

# Most specific first: a snatching complaint also says "stole", an accident "hit".
_KINDS: list[tuple[str, str]] = [
    ("dowry harassment", r"dowry|dahej|दहेज"),
    # a person taken or enticed away ("bahla-phusla kar bhaga le gaya", "अगवा कर लिया")
    ("kidnapping", r"kidnap|abduct|\bagwa|\bagua|अगवा|अपहरण|\bapahar|bhaga\s+(?:le|ke|kar)\s+"
     r"(?:gaya|gayi|gaye|ja)|भगा\s*(?:ले|कर|के)\s*(?:गया|गई|गए|जा)|bahla\w*[- ]?ph?usla\w*|"
     r"बहला\S*[- ]?फुसला|forcibly\s+took\s+(?:away\s+)?(?:my|our|the)\s+(?:\w+\s+)?(?:son|"
     r"daughter|child|girl|boy|wife|sister)"),
    ("road accident", r"accident|hit\s+and\s+run|rash(?:ly)?\b|negligen|takkar|टक्कर|दुर्घटना|"
     r"wrong\s+side|speeding|hit\s+(?:my|the|his|her)\s+(?:auto|car|scooter|scooty|bike|cycle|"
     r"vehicle|motorcycle)"),
    ("vehicle theft", r"(?:motorcycle|bike|scooty|scooter|\bcar\b|activa|vehicle|मोटरसाइकिल|"
     r"स्कूटी|कार)[^.।]{0,40}(?:stolen|missing|not\s+there|chori|चोरी|gayab|गायब|\bgone)"
     r"|(?:theft|stolen)\s+(?:of\s+)?(?:my\s+)?(?:motorcycle|bike|car|scooty|vehicle)"
     r"|vehicle\s+theft"),
    # a vehicle's own lock ("the handle lock was broken", "steering lock tod kar") breaks
    # into no house: that is how a vehicle is stolen
    ("house-breaking", r"burgl|broke\s+(?:into|open)|break\s+into|house-?break|"
     rf"{_VEHICLE_LOCK}lock\w*(?:\s+\w+){{0,4}}?\s+(?:was|were)\s+broken|"
     rf"broken\s+(?:the\s+)?{_VEHICLE_LOCK}lock|"
     # "broke the locks of the main door", "broke open the lock on our flat"
     r"broke\s+(?:open\s+)?(?:the\s+)?(?:\w+\s+){0,2}?locks?\s+(?:of|on)\s+(?:the|our|my)\s+"
     r"(?:\w+\s+)?(?:door|gate|house|home|flat|shop|room|almirah|godown|office)|"
     rf"{_VEHICLE_LOCK}tala\s+tod|{_VEHICLE_LOCK}taala\s+tod|ताला\s+तोड़|sendh|सेंध"),
    ("snatching", r"snatch|chheen|chhin|छीन|झपट|jhapat|grabbed|kheench|"
     # "phone cheen liya", not "cheeni" (sugar)
     r"\bcheen\s*(?:li|liya|lee|le|liye|kar|ke|lo|lena)\b|\bcheena\b|"
     # "pulled my phone out of my hand", "yanked the chain from her neck"
     r"(?:pulled|yanked|tugged|ripped|tore|wrenched|jerked)\b[^.।]{0,40}?\b(?:out\s+of|from|off)\s+"
     r"(?:my|her|his|our)\s+(?:hands?|neck|shoulder|grip)|"
     r"(?:चेन|चैन|मोबाइल|फोन|फ़ोन|पर्स|बैग|थैला|हार|मंगलसूत्र)[^.।]{0,15}?खींच"),
    ("robbery", r"\brobb|\bloot|लूट"),
    ("sexual harassment", r"molest|eve-teas|touch\w*\s+(?:me|her)|kept\s+touching|obscene|"
     r"\blewd|\bgrope|\bgroped|\bfondl|"
     r"छेड़छाड़|chhed|indecent|stalk|following\s+(?:me|her)|peecha|पीछा|haath\s+pakda"),
    ("cheating", r"cheat|fraud|ठगी|dhokha|धोखा|\botp\b|ओटीपी|qr\s+code|debited|\bfake\b|scam|"
     r"digital\s+arrest|\bkyc\b|निकल\s+गए|(?:no|not)\s+(?:product\s+)?delivered|saman\s+nahi|"
     r"invested|in\s+the\s+name\s+of|के\s+नाम\s+पर|ke\s+naam\s+par|"
     # money taken from an account without the holder's leave, through a remote-access app
     r"unauthori[sz]ed\s+(?:\w+\s+)?(?:debit|transaction|withdrawal|transfer)|"
     r"(?:debits?|withdrawals?|transactions?)\s+(?:were|was|of)\b[^.।]{0,40}?\bfrom\s+"
     r"(?:my|our|his|her)\s+(?:\w+\s+){0,2}?(?:account|a/c)|"
     r"remote[- ](?:access|control)|screen[- ]?shar|anydesk|teamviewer|quick\s*support|"
     # "khate se 87,500 rupaye nikal gaye", "खाते से पैसे निकाल लिए"
     r"(?:khate|khaate|account|a/c)\s+se\b[^.।]{0,40}?\bnikal\s+(?:gaye|gaya|gayi|liye|liya|lie)\b|"
     r"खाते\s+से[^.।]{0,40}?निकाल"),
    # a document made false: "forged my signature", "farzi bainama", "फर्जी बैनामा", "जाली
    # दस्तावेज" (not a "jaali" door, a net)
    ("forgery", r"\bforg(?:ed|ery|eries|ing)\b|counterfeit|fabricated\s+(?:\w+\s+)?documents?|"
     r"fake\s+(?:sale\s+)?(?:deed|documents?|signatures?|papers|registry|will|agreement|stamp)|"
     r"(?:farzi|farji|jaali|jali)\s+(?:bainama|baynama|kagaz\w*|kaagaz\w*|dastavez\w*|"
     r"dastavej\w*|dastakhat|hastakshar|signature|registry|rajistri|wasiyat|vasiyat|mohar)|"
     r"(?:फर्जी|फ़र्जी|जाली)\s+(?:बैनामा|दस्तावेज\S*|कागज\S*|कागजात|हस्ताक्षर|दस्तखत|रजिस्ट्री|"
     r"वसीयत|मोहर|मुहर)|कूटरचित|कूटरचना"),
    # "entered my house", not "entered my card number" or "entered my PIN"
    ("criminal trespass", r"trespass|forcibly\s+entered|came\s+into\s+our|kabza|"
     r"entered\s+(?:into\s+)?(?:my|our|the)\s+(?:\w+\s+)?(?:house|home|room|flat|shop|"
     r"land|field|farm|plot|premises|compound|courtyard|office|godown|property|garden)\b|"
     r"कब्जा|ghus|घुस|broken\s+the\s+lock"),
    ("theft", r"\bstole|\btheft|\bchori|चोरी|चुरा|\bchura|burglar|\bmissing\b|gayab|गायब|"
     r"pickpocket|kaat\s+liya|le\s+gaya|le\s+gaye|\bgone\b|took\s+(?:my|away)|"
     # "ran off with my purse", "phone lekar bhaag gaya", "बैग लेकर भाग गया"
     r"(?:ran|run|running|made|make|got|went)\s+(?:off|away)\s+with|\bfled\s+with|"
     r"le\s*(?:kar|ke)\s+(?:bhaag|bhag|faraar|farar)|लेकर\s+(?:भाग|फरार|फ़रार)|ले\s+(?:कर|के)\s+भाग|"
     # "अज्ञात चोर", "खोलकर ले गए" (untied and took), not "अस्पताल ले गए" (took to hospital)
     r"(?<![\u0900-\u097f])चोर(?:ों)?(?![\u0900-\u097f])|(?:खोलकर|खोल\s+कर|उठाकर|उठा\s+कर|चुराकर)\s+ले\s+ग"),
    ("assault", r"attack|assault|\bhit\b|\bbeat|\bmaar|\bmaara|मारपीट|हमला|मारा|punch|slap|"
     # "पीटा", "पिटाई की", "peet diya", "pitai ki" (not "pita", a father)
     r"thappad|थप्पड़|पीट|पिटाई|\bpeet|\bpeeta\b|\bpitai|\bpitayi|"
     # "pushed me down", "struck me", "dhakka diya", "धक्का दिया": force used on the body
     r"\bpushed\s+(?:me|him|her|us|them)\b|\bstruck\s+(?:me|him|her|us|them|my|his|our)\b|\bdhakka\s+(?:diya|de|maar)|धक्का\s+(?:दिया|दे|मार)"),
    # A fire or a breakage done, not one threatened ("aag laga dunga", "will set fire"): the
    # threat is criminal intimidation, below.
    ("mischief by fire", r"(?<!\bto\s)(?<!will\s)(?<!would\s)set\s+(?:\w+\s+){0,2}?(?:on\s+)?"
     r"(?:fire|ablaze)|\btorched\b|burnt\s+down|burned\s+down|\barson|"
     r"aag\s+(?:laga|lagaa)\s*(?:d[iy]|kar|ke|ker)|aag\s+lagayi|aag\s+lagai\b|"
     r"आग\s+(?:लगा\s*(?:दी|दिया|दिए|कर|के)|लगाई|लगायी)"),
    ("mischief", r"vandali[sz]|\b(?:damaged|destroyed|ruined)\s+(?:my|our|the|his|her)|"
     # a standing crop ruined: "fasal mein tractor chala diya", "फसल बर्बाद कर दी"
     # (done by someone: "barbaad kar di", not "barish se barbaad ho gayi")
     r"(?:fasal|fasl|kheti|फसल|खेती)[^.।]{0,20}?(?:tractor\s+chala|(?:barbaa?d|nasht|ujaa?d)\s+kar|"
     r"ट्रैक्टर\s+चला|(?:बर्बाद|नष्ट|उजाड़)\s+कर)|"
     r"(?:broke|smashed|shattered|broken)\s+(?:\w+\s+){0,3}?(?:window|windows|windscreen|"
     r"windshield|glass|door|gate|shutter|furniture|car|vehicle|phone|mobile|tv|television|"
     r"counter|signboard|meter|pot|pots)\b|todphod|tod-?phod|tod\s+phod|तोड़-?फोड़|तोड़\s+फोड़|"
     r"(?:sheesh|shish|kaanch|kanch|khidki|darwaz|gate|gaadi|gadi|phone|mobile|furniture|saman|"
     r"samaan|शीश|कांच|काँच|खिड़की|दरवाज|गेट|गाड़ी|फोन|मोबाइल|सामान)[^.।]{0,25}?"
     r"(?:\b(?:tod|phod)\s*(?:d[iy]|d[ae]{1,2}la|kar|ke)|(?:तोड़|फोड़)\s*(?:दी|दिया|दिए|डाल|कर|के))"),
    ("criminal intimidation", r"threat|dhamki|धमकी|kill\s+me|jaan\s+se|जान\s+से|extortion|रंगदारी"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _KINDS]
# a taking told in so many words, not a person "missing" or "gayab"
_STOLEN = re.compile(r"\bstole|\btheft|\bchori|चोरी|चुरा|\bchura|\bloot|लूट", re.IGNORECASE)


# Whom an assault was done to, from the sentence that tells it: the complainant ("hit me",
# "mujhe maara", "मुझ पर हमला", a blow to "my arm" or "mere sir par") or the complainant's
# kin ("beat my son", "mere bhai ko maara", "मेरे पिता को पीटा").
_ASSAULT = re.compile(dict(_KINDS)["assault"], re.IGNORECASE)
_BODY = phrase_pattern("body", "parts")
_SELF = (
    rf"\b(?:me|us)\b|\b(?:my|mere|meri|mera)\s+(?:{_BODY})\b|\b(?:mujhe|mujhko|mujh\s*(?:par|pe)|"
    rf"humein|hamein|hume|hame|humko|hamko|hum\s*(?:par|pe))\b|मुझे|मुझको|मुझ\s*पर|हमें|हमको|"
    rf"हम\s*पर|(?:मेरे|मेरी|मेरा)\s+(?:{_BODY})"
)
_KIN_WORDS = {
    "brother": r"brother|bhai|bhaiya|भाई",
    "son": r"son|beta|bete|बेटा|बेटे",
    "daughter": r"daughter|beti|बेटी",
    "father": r"father|pita|pitaji|papa|पिता|पिताजी|पापा",
    "mother": r"mother|maa|mummy|mata|माँ|मां|माता",
    "husband": r"husband|pati|पति",
    "wife": r"wife|patni|biwi|पत्नी",
    "sister": r"sister|behen|bahan|बहन",
    "uncle": r"uncle|chacha|chachaji|चाचा",
    "nephew": r"nephew|bhatija|bhatije|भतीजा|भतीजे",
    "friend": r"friend|dost|दोस्त",
}
_KIN = re.compile(
    r"(?:\b(?:my|our|mere|meri|mera|hamare)\s+|(?:मेरे|मेरी|मेरा|हमारे)\s+)(?:"
    + "|".join(f"(?P<{kin}>{words})" for kin, words in _KIN_WORDS.items())
    + r")(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_SELF_OBJECT = re.compile(_SELF, re.IGNORECASE)
_KIDNAPPING = re.compile(dict(_KINDS)["kidnapping"], re.IGNORECASE)


def assault_victim(text: str) -> str | None:
    """ "the complainant" or "the complainant's son": whom the first assault told was done
    to; ``None`` where the sentence does not say."""
    return _victim(text, _ASSAULT)


def kidnapped(text: str) -> str | None:
    """ "the complainant's daughter": whom the complaint says was taken or enticed away. Kin
    named in that sentence come first: "mujhe shak hai ki ... meri beti ko bhaga le gaya"."""
    return _victim(text, _KIDNAPPING, kin_first=True)


def _victim(text: str, act: re.Pattern[str], *, kin_first: bool = False) -> str | None:
    """Whom the first sentence telling ``act`` names as its object: the complainant or kin."""
    for sentence in re.split(r"(?<=[.!?।])\s+|\n+", text):
        deed = act.search(sentence)
        if not deed:
            continue
        victim = (m for m in _KIN.finditer(sentence) if not _does_it(sentence, m, deed))
        found = [m for m in (_SELF_OBJECT.search(sentence), next(victim, None)) if m]
        if not found:
            continue
        kin_told = [m for m in found if m.re is _KIN]
        if kin_first and kin_told:
            found = kin_told
        first = min(found, key=lambda m: m.start())
        kin = first.lastgroup if first.re is _KIN else None
        return f"the complainant's {kin}" if kin else "the complainant"
    return None


# The kin who does the deed is no victim of it: "mere pati ne mujhe maara", "मेरे पति राजू ने",
# and in English the kin just before the verb ("my husband beat me", "my husband Deepak then
# struck me"), unless the verb is passive ("my son was beaten"). A kin marked as the object
# or its owner ("mere bete ko", "meri beti ka peecha") stays the victim.
_AGENT_MARK = re.compile(
    r"(?:\s+[\w\u0900-\u097f.]+){0,2}?\s+(?:ne|ने)(?![\w\u0900-\u097f])", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:was|were|got|get|gets|been|is|are)\b", re.IGNORECASE)
# Devanagari, or a Hinglish postposition, between the kin and the verb: not English word order
_HINDI_BETWEEN = re.compile(r"[\u0900-\u097f]|\b(?:ko|ka|ki|ke|par|pe)\b")
_AGENT_REACH = 3  # words between an English subject and its verb ("my husband Deepak then")


def _does_it(sentence: str, kin: re.Match[str], deed: re.Match[str]) -> bool:
    """The kin is the agent of ``deed`` in the sentence, not its object."""
    if _AGENT_MARK.match(sentence, kin.end()):
        return True
    between = sentence[kin.end() : deed.start()]
    return (
        kin.start() < deed.start()
        and len(between.split()) <= _AGENT_REACH
        and not _HINDI_BETWEEN.search(between)
        and not _PASSIVE.search(between)
    )


def detect_incidents(text: str, *, denied_too: bool = False) -> list[str]:
    """Kinds of incident the complaint describes, most specific first; a kind whose every
    mention is denied ("He has not threatened me", "chori nahi hui") is not described,
    unless ``denied_too`` (where a sentence that speaks of the incident at all counts)."""
    lowered = text.lower()
    found = [
        kind
        for kind, pattern in _COMPILED
        if any(
            denied_too or not negated(lowered, m.start(), m.end())
            for m in pattern.finditer(lowered)
        )
    ]
    if "vehicle theft" in found and "theft" in found:
        found.remove("theft")
    if "house-breaking" in found and "criminal trespass" in found:
        found.remove("criminal trespass")
    if "house-breaking" in found and "mischief" in found:  # "broke the window and got in"
        found.remove("mischief")
    if "mischief by fire" in found and "mischief" in found:
        found.remove("mischief")
    if "road accident" in found and "assault" in found:  # a vehicle "hit" someone
        found.remove("assault")
    if "kidnapping" in found and "theft" in found and not _STOLEN.search(lowered):
        found.remove("theft")  # the child "gayab" since that day is no property missing
    return found


# The deeds of sexual harassment a narrative tells, by list of the phrase book, each with
# the woman it was done to ("{whom}": the complainant, or her daughter or sister).
_HARASSMENT_DEEDS = {
    "following": "followed {whom}",
    "touching": "touched {whom}",
    "messages": "sent {whom} obscene messages",
    "remarks": "passed lewd remarks at {whom}",
}
_HARASSMENT = {
    name: re.compile(stem_pattern("harassment", name), re.IGNORECASE) for name in _HARASSMENT_DEEDS
}
_ANY_HARASSMENT = re.compile("|".join(p.pattern for p in _HARASSMENT.values()), re.IGNORECASE)


def harassment_deeds(text: str) -> list[str]:
    """ "followed the complainant", "sent her obscene messages": the deeds of sexual
    harassment the complaint tells and does not deny, in the order of the phrase book; the
    first names the woman, the rest call her "her"."""
    lowered = text.lower()
    told = [
        name
        for name, pattern in _HARASSMENT.items()
        if any(not negated(lowered, m.start(), m.end()) for m in pattern.finditer(lowered))
    ]
    first = _victim(text, _ANY_HARASSMENT) or "the complainant"
    return [
        _HARASSMENT_DEEDS[name].format(whom=first if index == 0 else "her")
        for index, name in enumerate(told)
    ]
