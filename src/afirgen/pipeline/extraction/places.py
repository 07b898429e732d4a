"""Place of occurrence (IF-1 item 4), in the complainant's words.

English phrases after a preposition ("near Karol Bagh Metro Station Gate No. 4",
"at Ghumar Mandi Chowk", "on the road from A to B", "between Rajiv Chowk and
Mandi House"); Hindi and Hinglish phrases before a postposition ("Ghanta Ghar
ke paas", "गोदौलिया चौराहे के पास", "बिड़ला मंदिर में"); an e-FIR "Place:" field;
and, when the complaint says it happened at the complainant's own house, that
address. Dates, times, amounts and the complainant's address are masked first
so "at 9 pm" or "I live at ..." are never taken for the scene.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.incident import detect_incidents
from afirgen.pipeline.extraction.names import is_devanagari
from afirgen.pipeline.extraction.phrases import phrase_list, phrase_pattern, stem_pattern
from afirgen.pipeline.extraction.premises import (
    PREMISES,
    business_premises,
    goes_back_to_business,
    own_premises,
    premises_address,
)
from afirgen.text.sentences import Sentence, sentence_end

Span = tuple[int, int]

_PLACE_NOUNS = phrase_list("places", "place_nouns")
_GENERIC = phrase_list("places", "generic_own")
_POSSESSIVE = phrase_list("places", "possessive")
_ROAD = re.compile(r"\b(?:road|highway|nh-?\d+|flyover|bridge|expressway|marg|bypass)\b", re.I)
_TRANSPORT = phrase_list("places", "transport")
_ON_SPOTS = phrase_list("places", "on_spots")
# "came from behind": a direction, not where the scene stands; "between 2023 and 2025", a
# span of time
_STARTER = re.compile(
    r"\b(?:(?P<rel>near|outside|opposite|(?<!from\s)behind|beside|next\s+to|"
    r"in\s+front\s+of|between(?!\s+\d))"
    r"|(?P<at>at)|(?P<on>on)|(?P<in>in|into|inside))\s+",
    re.IGNORECASE,
)
_LINKS = phrase_list("places", "links")
# "walking back from", "returning from", "on my way home from": where one came from, unlike
# "stolen from outside the gurdwara", the scene of a theft
_FROM_BEFORE = re.compile(
    r"\b(?:back|returning|coming|came|come|way(?:\s+(?:back|home))?)\s+from\s+"
    r"(?:the\s+|my\s+|our\s+|a\s+)?$",
    re.IGNORECASE,
)
# "at Hanuman Vatika, Rampur through a broker": a locality after the comma ends where
# the sentence goes on with one of these words
_AFTER_LOCALITY = frozenset(
    [
        "when",
        "while",
        "through",
        "for",
        "by",
        "with",
        "where",
        "around",
        "about",
        "after",
        "before",
        "during",
        "till",
        "until",
        "since",
    ]
)
_POSTPOSITION = re.compile(
    r"\s(?P<rel>ke\s+(?:paas|pas|bahar|baahar|saamne|samne|peeche|piche|nazdeek|kareeb|andar|"
    r"kinare|kinaare|opposite|neeche|niche)|के\s+(?:पास|बाहर|सामने|पीछे|नजदीक|नज़दीक|निकट|अंदर|किनारे|नीचे)"
    # Punjabi: "pul de kol", "school de bahar", "flyover de thalle"
    r"|de\s+(?:kol|kole|nede|bahar|baahar|saahmne|sahmne|saamne|pichhe|piche|thalle|thale|andar))"
    r"(?![\w\u0900-\u097f])"
    r"|\s(?P<loc>mein|me|par|pe|में|पर)(?![\w\u0900-\u097f])"
    # "meri car mall ki parking se chori ho gayi", "पार्किंग से चोरी हो गई": stolen from there
    r"|\s(?P<taken>se|से)\s+(?=(?:chori|choree|gayab|gaayab|chura|चोरी|गायब|चुरा)"
    r"(?![\w\u0900-\u097f]))"
    # "doodh lene Sector 9 market gayi thi": the place gone to, told without a postposition
    r"|\s(?P<went>gaya|gayi|gayee|gaye|gai|गया|गई|गयी|गए|गये)\s+(?:tha|thi|the|था|थी|थे)"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_INNER_LINKS = phrase_list("places", "inner_links")
_CHAIN_WORDS = phrase_list("places", "chain_words")
_BACK_STOP = phrase_list("places", "back_stop")
_DEMONSTRATIVES = phrase_list("places", "demonstratives")
_NOT_VERBS = phrase_list("places", "not_verbs")
_PLACE_ADJECTIVES = phrase_list("places", "place_adjectives")
_NUMBERING = phrase_list("places", "numbering")
_ROOMS = phrase_list("places", "rooms")
_KIN = phrase_list("places", "kin")
_UNNAMED_SPOTS = phrase_list("places", "unnamed_spots")
_BEFORE_PEOPLE = frozenset(w.casefold() for w in phrase_list("places", "before_people") | _KIN)
_UNPLACED = frozenset(w.casefold() for w in phrase_list("places", "unplaced"))
_SCENE_WORDS = frozenset(w.casefold() for w in _INNER_LINKS | _CHAIN_WORDS | _PLACE_NOUNS)
_ROOM_WORDS = 2  # "the back room", "our front verandah"
# "Place of occurrence:", "Place of loss:", "Chori ka sthan:", "चोरी का स्थान:"
_LABEL = re.compile(
    r"\b(?:place|location|spot)(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*[:\-–]\s*"
    r"|\b(?:[a-z]+\s+(?:ka|ki)\s+)?sthan\s*[:\-–]\s*"
    r"|(?:स्थान|घटनास्थल|घटना\s+स्थल)\s*[:\-–]\s*",
    re.I,
)
_OWN_HOUSE = re.compile(
    r"\b(?:my|our)\s+(?:house|home|residence|flat|apartment)\b"
    r"|\b(?:mere|hamare|mera|hamara)\s+ghar\b|\b(?:mere|hamare)\s+(?:flat|makaan|makan)\b"
    r"|(?:मेरे|हमारे|मेरा|हमारा)\s+घर|(?:मेरे|हमारे)\s+(?:मकान|फ्लैट)|घर\s+का\s+ताला"
    r"|\bghar\s+ka\s+ta+la\b"
    r"|\b(?:my|our)\s+(?:door|doorstep|gate)\b|\b(?:mere|hamare)\s+(?:darwaze|gate)\b"
    r"|(?:मेरे|हमारे)\s+(?:दरवाज़े|दरवाजे|गेट)",
    re.IGNORECASE,
)
# "at home", "in our house", "Complainant's residence" (an e-FIR's place field), "मेरे घर के
# अंदर", "hamare ghar ke andar": the complainant's own house, inside it, whose address says more
_BARE_HOME = re.compile(
    r"(?:(?:at|in|inside|the|my|our|mere|mera|hamare|hamara|apne|मेरे|हमारे|अपने|"
    r"(?:complainant|petitioner|applicant|informant)[’']?s|"
    r"(?:शिकायतकर्ता|शिकायतकर्ती|प्रार्थी|प्रार्थिनी)\s+(?:का|के))\s+)*"
    r"(?:home|house|residence|ghar|घर)"
    r"(?:\s+(?:ke\s+andar|ke\s+bhitar|के\s+अंदर|के\s+भीतर))?",
    re.IGNORECASE,
)
# Words right after a place that say the complainant's household slept there.
_SLEPT_THERE = re.compile(
    r"\s*(?:mein|me|में|par|पर)?\s*(?:so\s+(?:rahe|rahi|raha|gaye|gayi|gaya)|soye|soyi|sote|"
    r"सो\s+(?:रहे|रही|रहा|गए|गये|गई|गया)|सोए|सोये|सोई|सोते|"
    r"(?:were|was)\s+(?:sleeping|asleep)|slept)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_SLEPT_IN = re.compile(r"\b(?:sleeping|asleep|slept)\s+(?:in|on|at|inside)?\s*$", re.IGNORECASE)


_HOME_PART = re.compile(
    r"\b(?:room|bedroom|hall|verandah|veranda|terrace|roof|courtyard|kamra|kamre|kamrey|chhat|"
    r"chhath|angan|aangan)\b|कमरा|कमरे|छत|आँगन|आंगन|बरामद",
    re.IGNORECASE,
)


def _part_of_own_house(text: str, phrase: Phrase) -> bool:
    """A bare room, roof or courtyard told as part of the complainant's own house."""
    if not _HOME_PART.fullmatch(phrase.text.strip(" .,")):
        return False
    around = text[max(0, phrase.start - 25) : phrase.end + 25]
    return bool(_OWN_HOUSE.search(around))


def _slept_there(text: str, phrase: Phrase) -> bool:
    """ "sleeping in the upstairs room", "छत वाले कमरे में सो रहे थे": a room of the house
    slept in (not "asleep in the train")."""
    before = text[max(0, phrase.start - 25) : phrase.start]
    slept = _SLEPT_THERE.match(text, phrase.end) or _SLEPT_IN.search(before)
    return bool(slept and _HOME_PART.search(phrase.text))


_RECORD = "|".join(re.escape(w) for w in phrase_list("places", "land_records"))
_PARCEL_NO = r"\d{1,5}(?:/{1,2}\d{1,4})?(?:-\d{1,5})?"
_PARCEL_MARK = r"(?:\s*(?:nos?\.|numbers?|sankhya|संख्या|नं\.|नंबर))?\s*"
_PARCEL_ONE = (
    rf"(?:{_RECORD}){_PARCEL_MARK}{_PARCEL_NO}"
    rf"(?:\s*(?:,|and|aur|व|और|एवं|&)\s*{_PARCEL_NO}(?!\d))*"
)
# "my field khasra no. 44/12", "मौजा रामपुर, खाता 14, खेसरा 310", "araazi no. 77, mauza
# Lalpur": a parcel numbered in the land records, with the field and revenue village told
# beside it (a bank "khata" number is longer than any parcel's)
_PARCEL = re.compile(
    r"(?:(?:mauza|mauja|mouza|मौजा)\s+[^\s,]+,\s*)?"
    r"(?:(?:(?:my|our)\s+)?(?:field|khet|खेत)\s+)?"
    rf"(?<![\w\u0900-\u0963]){_PARCEL_ONE}(?:\s*,\s*{_PARCEL_ONE})*(?!\d)"
    r"(?:,\s*(?:mauza|mauja|mouza|मौजा|village|gram|ग्राम)\s+[^\s,.;।()]+)?",
    re.IGNORECASE,
)
_NUMBERED_PROPERTY = re.compile(
    r"\b(?:my|our)\s+(?=(?:flat|house|shop|plot)\s+(?:no\.?|number)\s*\S)", re.I
)
_MAX_BACK_WORDS = 10
_TOLD_AFTER = 2  # sentences after the dated one that may tell the scene of the act
_ARRIVAL = re.compile(stem_pattern("places", "arrival_stems"), re.IGNORECASE)
_PREMISES = re.compile(phrase_pattern("places", "own_premises"), re.IGNORECASE)
# Between a scene and the landmark that follows it: "... park mein, Shishu Udyan ke paas".
_LEADS_TO_PLACE = frozenset(
    ["to", "at", "in", "into", "inside", "of", "from", "reached", "visited", "on", "along"]
)
# "ke paas Shanti Dhaba par", "pul de kol lal batti te": up to four words, then the
# postposition that places the act
_AFTER_LANDMARK = re.compile(
    r"((?:\s+[^\s,;.।]+){1,4}?)\s+(?:mein|me|par|pe|se|te|vich|में|पर|पे|से)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# "ke paas sadak paar ...": a place noun, then a word that neither ties it to what follows nor
# places the act there
_BARE_SPOT = re.compile(r"\s+([^\s,;.।\"'()]+)\s+([^\s,;.।]+)")
_NOT_AFTER_SPOT = (
    _INNER_LINKS
    | _CHAIN_WORDS
    | _PLACE_NOUNS
    | phrase_list("places", "described_spot")
    | frozenset(["mein", "me", "se", "में", "से"])
)
# "ke paas wale khet mein", "के सामने वाली गली में": the spot a landmark places
_GENITIVES = frozenset(["ke", "ki", "ka", "के", "की", "का"])
_QUALIFIERS = frozenset(["wala", "wale", "wali", "vala", "vale", "vali", "वाला", "वाले", "वाली"])
_SCENE_JOIN = re.compile(r"\s*(?:mein|me|par|pe|में|पर)\s*,\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    text: str
    rank: int  # 0 relational ("near", "ke paas"), 1 "at"/"on"/"mein", 2 "in a bus"


_NOT_CONTENT = phrase_list("places", "not_content")
_OPENERS = phrase_list("places", "openers")
_ARTICLES = frozenset(["the", "a", "an"])
_NOT_MODIFIERS = _POSSESSIVE | {"a", "an", "this", "that", "these", "those", "its"}
_RANKS = {"rel": 0, "at": 1, "on": 1, "in": 2}


def extract_place(
    doc: Complaint,
    occurrence_sentence: int | None,
    blocked: list[Span],
    address: str | None,
    people: set[str],
) -> str | None:
    """The place of occurrence as written, or ``None`` when the complaint does not say."""
    labelled = _labelled(doc, blocked)
    if labelled:
        return (_home(address) or labelled) if _is_bare_home(labelled) else labelled
    reader = _PhraseReader(doc.text, blocked, people)
    # Only the sentence that tells when it happened: a scene read from another sentence
    # is as often a place the complaint mentions for something else (where the accused
    # lives, where the complainant went afterwards) as the scene itself.
    scene = _scene_sentences(doc, occurrence_sentence, reader)
    for sentence in scene:
        found = _place_told_in(doc, sentence, reader, address)
        if found:
            return found
    whereabouts = _whereabouts(doc, address)
    if whereabouts:
        return whereabouts
    parcel = _PARCEL.search(doc.text, doc.body_start)
    if parcel:
        return parcel[0].strip(" ,")  # "khasra no. 118": the land, in a land matter
    numbered = _NUMBERED_PROPERTY.search(doc.text)
    if numbered:
        return _read_numbered(doc.text, numbered.end())
    # "my house" told where the act is told or in the subject line ("Sub: Theft at my
    # residence"), not in passing ("the cowshed behind my house", "I want my house back")
    told = [s.text for s in scene] + [s.text for s in doc.sentences if s.is_subject]
    told = told + _opening_summary(doc) + _left_locked(doc, scene) if scene else [doc.text]
    if address and any(_OWN_HOUSE.search(t) for t in told):
        return _home(address)
    # an offence told with no scene at all, by a complainant who writes for a business
    premises = business_premises(doc.text)
    if premises is None and goes_back_to_business(doc.text[doc.body_start :]):
        premises = premises_address(address)  # "Address: Verma Kirana Stores" + "my shop"
    told_next = _told_after_dating(doc, occurrence_sentence, reader)
    if premises is None and told_next:
        # "Kal shaam ki baat hai, 4 baje. ... tal ke paas wale khet mein ...": a sentence that
        # only dates the act leaves the next one to tell where
        return _place_told_in(doc, told_next, reader, address)
    return premises


_UNSURE = re.compile(phrase_pattern("places", "unsure"), re.IGNORECASE)
_DATING_WORDS = 16  # "Kal shaam ki baat hai, 4 baje.": a longer sentence tells more than when


def _told_after_dating(
    doc: Complaint, occurrence_sentence: int | None, reader: _PhraseReader
) -> Sentence | None:
    """The sentence after one that tells when, but neither an offence nor a place."""
    if occurrence_sentence is None or occurrence_sentence + 1 >= len(doc.sentences):
        return None
    dated = doc.sentences[occurrence_sentence]
    told = len(dated.text.split()) > _DATING_WORDS or _tells_scene(dated.text)
    if told or reader.best(dated) is not None:
        return None
    following = doc.sentences[occurrence_sentence + 1]
    return None if _UNSURE.search(following.text) else following


def _place_told_in(
    doc: Complaint, sentence: Sentence, reader: _PhraseReader, address: str | None
) -> str | None:
    """The scene one sentence tells: its best phrase, the home or the complainant's shop."""
    phrase = reader.best(sentence)
    if (
        phrase
        and _slept_there(doc.text, phrase)
        and "house-breaking" in detect_incidents(doc.text, denied_too=True)
    ):
        # "we were sleeping in the upstairs room", "हम छत वाले कमरे में सो रहे थे": the
        # room slept in, at home, while the house was broken into
        phrase = Phrase(phrase.start, phrase.end, "home", phrase.rank)
    if phrase and _is_bare_home(phrase.text):
        # "at home", "in our house": the complainant's own house, whose address says more
        return _home(address) or phrase.text
    if phrase and address and _part_of_own_house(doc.text, phrase):
        return _home(address)  # "मेरे घर के आँगन में", "on the roof of our house": the home
    if (phrase is None or _is_bare_premises(phrase.text)) and _PREMISES.search(sentence.text):
        # "dukaan pe aaye": the shop the complainant says they run, named elsewhere
        premises = own_premises(doc.text) or premises_address(address)
        if premises:
            return premises
    if phrase and not _is_unplaced(phrase.text):
        # not "कमरे में घेर लिया", "sadak pe": whose room, which road, is not told
        return phrase.text
    return None


# "I was at my shop in Sadar Bazar when this happened", "us waqt main dukaan par tha", "उस
# समय मैं घर पर थी": where the complainant was when it happened (or where the complaint says
# it happened) is the place of an offence told with no scene of its own (a call, a debit, a
# message)
_WHEREABOUTS = re.compile(
    r"\b(?:i\s+was|we\s+were)\s+(?:at|in)\s+(?P<en>[^.;!?\n]{2,60}?),?\s+(?:when\s+(?:this|it|"
    r"the\s+\w+)\s+(?:happened|came|took\s+place|was\s+made)|at\s+(?:that|the)\s+time)\b"
    r"|\b(?:us\s+(?:samay|waqt|time)|at\s+that\s+time)\s+(?:main|hum)\s+(?P<hi>[^.;!?\n]{2,50}?)"
    r"\s+(?:mein|me|par|pe)\s+(?:tha|thi|the)\b"
    r"|उस\s+समय\s+(?:मैं|हम)\s+(?P<deva>[^.;!?।\n]{2,50}?)\s+(?:में|पर)\s+(?:था|थी|थे)"
    # or where the complaint says it happened, in a sentence of its own: "The incident took
    # place at my house", "yeh ghatna mere ghar par hui", "यह घटना मेरे घर पर हुई"
    r"|\b(?:the|this)\s+incident\s+(?:took\s+place|happened|occurred)\s+(?:at|in)\s+"
    r"(?P<told>[^.;!?\n]{2,60}?)\s*[.;!?\n]"
    r"|\b(?:yeh|ye|yah)\s+ghatna\s+(?P<told_hi>[^.;!?\n]{2,50}?)\s+(?:mein|me|par|pe)\s+"
    r"(?:hui|ghati)\b"
    r"|(?:यह|ये)\s+घटना\s+(?P<told_deva>[^.;!?।\n]{2,50}?)\s+(?:में|पर)\s+(?:हुई|घटी)",
    re.IGNORECASE,
)


def _whereabouts(doc: Complaint, address: str | None) -> str | None:
    """Where the complainant says they were when it happened; "at home" is their address."""
    for _, sentence in doc.body_sentences():
        match = _WHEREABOUTS.search(sentence.text)
        if match:
            place = next(g for g in match.groups() if g).strip(" ,")
            return _home(address) or place if _is_bare_home(place) else place
    return None


def _left_locked(doc: Complaint, scene: list[Sentence]) -> list[str]:
    """The sentence before a break-in that tells the house was left ("We went to Pune on the
    2nd and our house was locked. That night the lock was broken ..."): the house broken into
    is the one it names."""
    index = doc.sentence_index(scene[0].start)
    if index == 0 or "house-breaking" not in detect_incidents(scene[0].text, denied_too=True):
        return []
    before = doc.sentences[index - 1]
    return [before.text] if before.start >= doc.body_start else []


def _opening_summary(doc: Complaint) -> list[str]:
    """The body's first sentence when it sums up the offence ("Sir hamare ghar mein chori hui
    hai.", "हमारे घर में चोरी हो गई है।"), as a subject line does."""
    first = next((sentence for _, sentence in doc.body_sentences()), None)
    return [first.text] if first and detect_incidents(first.text, denied_too=True) else []


def _scene_sentences(
    doc: Complaint, occurrence_sentence: int | None, reader: _PhraseReader
) -> list[Sentence]:
    """The sentence that dates the occurrence; undated, the first that tells an offence."""
    if occurrence_sentence is not None and occurrence_sentence < len(doc.sentences):
        first = [doc.sentences[occurrence_sentence]]
        after = doc.sentences[occurrence_sentence + 1 : occurrence_sentence + 1 + _TOLD_AFTER]
        before = doc.sentences[max(0, occurrence_sentence - 1) : occurrence_sentence]
        told = [s for s in after if _tells_scene(s.text) or reader.opens_with_spot(s)]
        # last, the sentence just before: "Roz ... X ke paas ek ladka peecha karta hai. Aaj ..."
        return (
            first + told + [s for s in before if s.start >= doc.body_start and _tells_scene(s.text)]
        )
    for _, sentence in doc.body_sentences():
        if detect_incidents(sentence.text, denied_too=True):
            return [sentence]
    return []


def _is_unplaced(phrase: str) -> bool:
    """ "कमरे", "in the room", "on the road": a room or a road with no owner, name or
    landmark."""
    words = [w.casefold() for w in phrase.strip(" .,").split()]
    while words and words[0] in _ARTICLES | {"in", "on", "at", "inside", "into"}:
        words = words[1:]
    return len(words) == 1 and words[0] in _UNPLACED


# ", thana Sadar Bazar, ...", ", PS Nimapara", ", थाना कोतवाली": where the house is reported
_STATION_PART = re.compile(r",\s*(?:(?i:p\.?\s?s\.?|thana|police\s+station)\s|थाना)")


def _home(address: str | None) -> str | None:
    """The complainant's address as the scene: the house and its locality, not the police
    station the address names ("mohalla Qazi Tola, thana Kotwali, Bareilly" -> "mohalla Qazi
    Tola")."""
    station = _STATION_PART.search(address or "")
    return address[: station.start()] if address and station else address


def _is_bare_home(phrase: str) -> bool:
    return bool(_BARE_HOME.fullmatch(phrase.strip(" .,")))


def _is_bare_premises(phrase: str) -> bool:
    """ "the shop", "meri clinic", "dukaan pe counter": premises told without a name."""
    words = [w.casefold().strip(" .,") for w in phrase.split()]
    bare = PREMISES | _POSSESSIVE | _INNER_LINKS | {"the", "a", "pe", "mein", "में"}
    return any(w in PREMISES for w in words) and all(w in bare for w in words)


def _tells_scene(text: str) -> bool:
    """An offence told, or the victim reaching the spot where it happened."""
    return bool(detect_incidents(text, denied_too=True) or _ARRIVAL.search(text))


def _labelled(doc: Complaint, blocked: list[Span]) -> str | None:
    """An e-FIR "Place of theft:" field; a "Date/place:" field keeps only its place parts."""
    match = _LABEL.search(doc.text)
    if not match:
        return None
    start = match.end()
    kept: list[Span] = []
    for piece in re.finditer(r"[^,]+", doc.text[start : sentence_end(doc.text, start)]):
        words = piece[0].split()
        if kept and words and words[0].casefold() in _AFTER_LOCALITY:
            break  # "Place: Naza market, during the Diwali rush": the time, not the place
        if not any(start + piece.start() < hi and start + piece.end() > lo for lo, hi in blocked):
            kept.append((start + piece.start(), start + piece.end()))
    value = doc.text[kept[0][0] : kept[-1][1]].strip(" ,.;:-") if kept else ""
    return _LABEL_PARTICIPLE.sub("", value) or None


# "Place: parked outside Dhayari sabzi mandi": where the thing stood, not the participle
_LABEL_PARTICIPLE = re.compile(
    r"^(?:parked|kept|left|standing|stopped)\s+(?=(?:outside|near|opposite|behind|beside|in\s+"
    r"front\s+of|at|in|on)\s)",
    re.IGNORECASE,
)


def _read_numbered(text: str, pos: int) -> str | None:
    """ "flat No. 7, Block C, Green Park, Indore" after "my", up to the first verb."""
    chunk = text[pos : sentence_end(text, pos)]
    segments = [chunk.split(",")[0]]
    for segment in chunk.split(",")[1:]:
        run = re.match(r"\s*(?:[A-Z0-9][\w/-]*\.?(?:\s+|$))+", segment + " ")
        if not run:
            break
        segments.append(run[0].rstrip())
        if run.end() < len(segment):
            break
    return ",".join(segments).strip(" .") or None


class _PhraseReader:
    """Finds place phrases in one sentence, skipping masked spans and people's names."""

    def __init__(self, text: str, blocked: list[Span], people: set[str]) -> None:
        self.text = text
        self.blocked = blocked
        self.people = {w for name in people for w in name.split()}
        # whole names of two words or more: a scene read back never runs into one
        self.names = [tuple(n.casefold().split()) for n in people if len(n.split()) > 1]

    def best(self, sentence: Sentence) -> Phrase | None:
        phrases = [*self._english(sentence), *self._postpositional(sentence)]
        phrases += self._joined(phrases)
        outer = [p for p in phrases if not any(_inside(p, q) for q in phrases if q is not p)]
        return min(outer, key=lambda p: (p.rank, p.start)) if outer else None

    def opens_with_spot(self, sentence: Sentence) -> bool:
        """ "Near the canal bridge two men stopped us.", "पुलिया के पास ...": a sentence that
        opens with where it stands goes on to tell what happened there."""
        phrase = self.best(sentence)
        lead = self.text[sentence.start : phrase.start] if phrase else "x"
        opening = [w.casefold() for w in re.findall(r"[\w\u0900-\u097f]+", lead)]
        return phrase is not None and phrase.rank == 0 and all(w in _OPENERS for w in opening)

    def _is_blocked(self, start: int, end: int) -> bool:
        return any(start < hi and end > lo for lo, hi in self.blocked)

    def _english(self, sentence: Sentence) -> list[Phrase]:
        phrases = []
        for match in _STARTER.finditer(sentence.text):
            kind = match.lastgroup or "at"
            start = sentence.start + match.end()
            end = self._read_english(start, sentence.end, kind, match[0].casefold().strip())
            if end is not None:
                end = start + _unnumbered(self.text[start:end])
            if (
                end is None
                or not _fits_kind(kind, self.text[start:end])
                or _any_one(self.text[start:end])
            ):
                continue
            # "into the kitchen": the room, not the way in
            into = match[0].casefold().startswith("into")
            first = start if kind == "at" or into else sentence.start + match.start()
            article = _OPENING_ARTICLE.match(self.text, first, end)
            if article and first == start:
                first = article.end()  # "at a tea stall in X": the stall in X
            if kind == "rel":
                first = self._named_before(sentence.start, first)
            elif kind in ("at", "on") and self._spot_before(sentence.start, match.start()):
                # "Shree Ram Auto Garage at Station Road": the spot, then where it stands
                spot = self._named_before(sentence.start, sentence.start + match.start())
                first = spot if spot < sentence.start + match.start() else first
            if _FROM_BEFORE.search(self.text, sentence.start, first):
                said = sentence.start + match.start()
                if kind != "rel" or first == said:
                    continue  # "walking back from the temple on X Road": where one came from
                # "walking back from the Hazratganj market near the GPO crossing": the origin
                # read back is dropped, the spot the relation word names stays
                first = said
            phrases.append(Phrase(first, end, self.text[first:end].strip(), _RANKS[kind]))
        return phrases

    def _spot_before(self, floor: int, offset: int) -> bool:
        """Whether the word before "at"/"on" is a place noun ("garage at", not "Geetha at")."""
        before = self.text[floor : floor + offset].split()
        return bool(before) and before[-1].casefold().strip(",\"'“”‘’") in _PLACE_NOUNS

    def _read_english(self, pos: int, limit: int, kind: str, starter: str) -> int | None:
        """End of the place phrase that starts at ``pos``, or ``None`` if there is none."""
        end, previous = None, pos
        tokens = list(re.finditer(r"[^\s,;]+", self.text[pos:limit]))
        for index, token in enumerate(tokens):
            start, stop = pos + token.start(), pos + token.end()
            word = token[0]
            gap = self.text[previous:start]
            if ";" in gap or self._is_blocked(start, stop) or word in self.people:
                break
            if "," in gap and (end is None or not self._continues(start, limit)):
                break
            following = [t[0] for t in tokens[index + 1 :]]
            if _is_content(word) or _modifies_place(word, following):
                end = stop - 1 if _closes_sentence(word) else stop
            elif not (_is_link(word, kind, starter, first=end is None) or _beside(word, following)):
                break
            previous = stop
        return end

    def _named_before(self, floor: int, pos: int) -> int:
        """ "Trendz Fashion Hub near Mapusa market": the named place a "near" phrase follows."""
        tokens = list(re.finditer(r"[^\s,;]+", self.text[floor:pos]))
        first, spot, named = pos, pos, False
        for token in reversed(tokens):
            start, word = floor + token.start(), token[0]
            if self._is_blocked(start, floor + token.end()) or word in self.people:
                break
            adjoining = not self.text[start + len(word) : first].strip()
            if adjoining and first < pos and word.casefold() in _ARTICLES:
                first = start  # "went to the SBI ATM near ...": the spot starts after it
                continue
            if adjoining and first < pos and self._qualifies_spot(word, first):
                # "along the link road near ...": a word that makes the spot a particular one
                first = spot = start
                named = True
                continue
            if not _is_content(word) or not adjoining:
                # Only after a word that leads to a place ("went to", "at", "in").
                leads = word.casefold() in _LEADS_TO_PLACE
                return spot if named and leads else pos
            # a name, or two place nouns ("canal road", "bus stand") make a particular spot
            named = named or first < pos
            named = named or word.casefold().strip("\"'“”‘’").rstrip(".") not in _PLACE_NOUNS
            first = spot = start
        return pos

    def _qualifies_spot(self, word: str, following: int) -> bool:
        """A lower-case word right before a place noun ("link" in "link road")."""
        ahead = self.text[following:].split(maxsplit=1)
        return bool(ahead) and not _is_content(word) and _modifies_place(word, ahead[:1])

    def _joined(self, phrases: list[Phrase]) -> list[Phrase]:
        """ "park mein, Shishu Udyan ke paas": a scene and the landmark beside it, as one."""
        joined = []
        for near in (p for p in phrases if p.rank == 0):
            for scene in phrases:
                gap = self.text[scene.end : near.start]
                if scene.end <= near.start and _SCENE_JOIN.fullmatch(gap):
                    joined.append(
                        Phrase(scene.start, near.end, self.text[scene.start : near.end], 0)
                    )
        return joined

    def _continues(self, pos: int, limit: int) -> bool:
        """After a comma: is the next segment more of the place ("Phoenix Mall, Viman Nagar")?"""
        seen = named_place = False
        for token in re.finditer(r"[^\s,;]+", self.text[pos:limit]):
            word = token[0]
            if self._is_blocked(pos + token.start(), pos + token.end()) or word in self.people:
                return seen
            if _is_content(word):
                seen = True
                # "..., Rajpur Road and ...": a named road or area goes on with the scene
                named_place = named_place or word.casefold().rstrip(".") in _PLACE_NOUNS
            elif word.casefold() not in _LINKS:
                starts = bool(_STARTER.match(word + " ") or word in _AFTER_LOCALITY)
                return seen and (starts or named_place)
            if re.match(r"\s*,", self.text[pos + token.end() :]):
                return seen
        return seen

    def _postpositional(self, sentence: Sentence) -> list[Phrase]:
        phrases = []
        for match in _POSTPOSITION.finditer(sentence.text):
            kind = "rel" if match["rel"] else "at"
            words = self._read_back(sentence.start, sentence.start + match.start())
            if match["taken"]:
                words = _drop_thing_taken(words)
            placed = _has_place_noun(words)
            if kind == "at":
                # "hamare mohalle Shivpuri mein": the locality our neighbourhood is
                words = _drop_own_generic(words)
            if match["went"] and all(w[2].casefold() in _PLACE_NOUNS for w in words):
                continue  # "ghar gaya tha", "gaon gaye the": went home, no scene named
            if not words or (kind == "at" and not placed):
                continue
            if kind == "rel" and not placed and self._names_people(words):
                continue  # "सास के सामने", "Munna ke paas": before a person, not at a spot
            first = words[0][0]
            end = words[-1][1] if kind == "at" else self._extend(sentence.start + match.end())
            phrases.append(Phrase(first, end, self.text[first:end].strip(), _RANKS[kind]))
        return phrases

    def _names_people(self, words: list[tuple[int, int, str]]) -> bool:
        """ "सास", "Munna", "अपने दोस्तों", "मेरे पेट": a person, people or one's own body,
        told with no place noun."""
        bare = [w.casefold().strip(",\"'“”‘’") for _, _, w in words]
        if bare[0] in _POSSESSIVE:
            return True
        return any(w in _BEFORE_PEOPLE for w in bare) or any(w in self.people for _, _, w in words)

    def _read_back(self, floor: int, pos: int) -> list[tuple[int, int, str]]:
        """Words before a postposition back to punctuation or a non-place word."""
        tokens = [
            (floor + m.start(), floor + m.end(), m[0])
            for m in re.finditer(r"\S+", self.text[floor:pos])
        ]
        taken: list[tuple[int, int, str]] = []
        crossed = False
        for index, (start, end, word) in reversed(list(enumerate(tokens))):
            lowered = word.casefold()
            if not crossed and _names_before_comma(word, taken):
                # "Tehsil office, Bikaner mein": a named place, then its locality
                crossed = True
                taken.insert(0, (start, end, word))
                continue
            if self._is_blocked(start, end) or (
                word[-1] in ",.;:।" and lowered not in _CHAIN_WORDS
            ):
                break
            if _closes_aside(word):
                break  # "(HR26 EK 8xx9) Galleria market ki parking": the aside is no part of it
            if lowered in _POSSESSIVE:
                taken.insert(0, (start, end, word))
                break
            if lowered in _BACK_STOP or _is_oblique_infinitive(word):
                break
            if index and _is_kins_name(word, tokens[index - 1][2], taken):
                # "मेरा बेटा आरव गली में", "padosi Aman Tiwari panchayat bhawan ke saamne": the
                # relative's whole name, then the spot
                while taken and taken[0][2].casefold() not in _SCENE_WORDS:
                    taken.pop(0)
                break
            if _is_participle(word) and not (taken and taken[0][2] in _GENITIVES):
                break  # "खींचकर नाथू के घर के पीछे"; not the owner in "सुधाकर के घर"
            if lowered in _DEMONSTRATIVES:
                return []
            if lowered in _INNER_LINKS or lowered in _CHAIN_WORDS or _is_back_word(word):
                taken.insert(0, (start, end, word))
            elif lowered in _PLACE_ADJECTIVES and taken and _is_back_word(taken[0][2]):
                taken.insert(0, (start, end, word))  # "pakke raaste": the road it describes
            else:
                break
            if len(taken) == _MAX_BACK_WORDS:
                break
        taken = self._after_names(taken)
        # "wali sadak ke kinare": a "wala" left at the front qualifies nothing read
        while taken and (taken[0][2].casefold() in _INNER_LINKS | _QUALIFIERS):
            taken.pop(0)
        return taken

    def _after_names(self, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """ "उसका भाई मुकेश यादव पानी की टंकी के पास" -> "पानी की टंकी": the scene starts
        after the last whole name of a person the complaint names; a name that owns the spot
        ("Ramesh Yadav ke ghar ke peeche", "मुकेश यादव की दुकान") is part of it."""
        words = [w.casefold().strip(",.;:।") for _, _, w in taken]
        cut = 0
        for name in self.names:
            for i in range(len(words) - len(name) + 1):
                owns = bool(_GENITIVES.intersection(words[i + len(name) : i + len(name) + 1]))
                if tuple(words[i : i + len(name)]) == name and not owns:
                    cut = max(cut, i + len(name))
        return taken[cut:]

    def _extend(self, pos: int) -> int:
        """ "nahar ke kinare bagh mein", "Gandhi Chowk ke paas Shanti Dhaba par": the spot
        beside the landmark, read on up to the "mein"/"par"/"में" that places the act there."""
        match = _AFTER_LANDMARK.match(self.text[pos:])
        if not match or self._is_blocked(pos, pos + match.end(1)):
            return self._bare_spot_after(pos)
        words = match[1].split()
        if words[-1].casefold() in _INNER_LINKS:
            return pos
        qualified = words[0].casefold() in _QUALIFIERS and len(words) > 1
        if qualified and all(self._may_qualify(w) for w in words[1:]):
            # "ke saamne wali red light pe", "के पीछे वाले कमरे में": "wala" makes what follows
            # the spot the landmark places, whatever the noun
            return pos + match.end(1)
        # "ghar ke paas company bagh mein": lower-case words that end in a place noun
        named = words[-1].casefold() in _PLACE_NOUNS
        if named and all(self._names_spot(w) or self._may_qualify(w) for w in words):
            return pos + match.end(1)
        named = any(w.casefold() in _PLACE_NOUNS for w in words)
        if named and all(self._names_spot(w) for w in words):
            return pos + match.end(1)
        return self._bare_spot_after(pos)

    def _bare_spot_after(self, pos: int) -> int:
        """ "chowk ke paas sadak paar karte waqt", "मंदिर के सामने चबूतरे पर ...": the one
        place noun right after the landmark is the spot it places, though a verb, not a
        postposition, follows it."""
        match = _BARE_SPOT.match(self.text, pos)
        if not match or self._is_blocked(pos, match.end(1)):
            return pos
        spot, after = match[1].casefold(), match[2].casefold()
        # "sadak ke kinare ghar aa rahi thi": one's own house, shop or field after a landmark
        # is where one went or what one runs there, not a scene
        told = spot in _PLACE_NOUNS and spot not in _NUMBERING | _GENERIC
        if not told or after in _NOT_AFTER_SPOT:
            return pos
        return match.end(1)

    def _may_qualify(self, word: str) -> bool:
        """A word of the spot after "wala": any but a person, a pronoun, a time or a verb; a
        bracketed gloss ("gher (pashu baade)") as the words it holds."""
        word = word.strip("()") or word
        lowered = word.casefold()
        if word in self.people or lowered in _BACK_STOP or _is_oblique_infinitive(word):
            return False
        spelt = word.isalpha() or all(is_devanagari(c) for c in word)
        return spelt and lowered not in _INNER_LINKS and lowered not in _DEMONSTRATIVES

    def _names_spot(self, word: str) -> bool:
        """A word of a spot's name: a place noun, a capitalised or Devanagari name, a link."""
        lowered = word.casefold()
        if word in self.people or lowered in _BACK_STOP or _is_oblique_infinitive(word):
            return False
        words = _INNER_LINKS | _CHAIN_WORDS | _PLACE_ADJECTIVES
        return _is_back_word(word) or lowered in words


def _inside(inner: Phrase, outer: Phrase) -> bool:
    """Strictly inside: two readings of the same words (ranked apart) are both kept."""
    same = (inner.start, inner.end) == (outer.start, outer.end)
    return outer.start <= inner.start and inner.end <= outer.end and not same


def _fits_kind(kind: str, body: str) -> bool:
    """ "on" only for roads ("on NH-48") and spots one stands on ("on platform no. 4"); "in"
    for a vehicle ("in DTC bus route 181") or a named place that ends in a place noun ("in the
    Sarojini Market parking"), not a city."""
    if kind == "on":
        words = [w.casefold().strip(".,") for w in body.split()]
        # "climbed on to the roof": a way, not a spot one stood on
        spot = bool(set(words) & _ON_SPOTS) and words[0] != "to"
        return bool(_ROAD.search(body)) or spot
    if kind == "in":
        words = [w for w in body.split() if w.casefold() not in ("a", "an", "the")]
        first = [w.casefold() for w in words[:2]]
        named = any(w[0].isupper() for w in words) and words[-1].casefold() in _PLACE_NOUNS
        # "in Model Town, near C Block park": the "near" phrase tells the scene better
        relational = any(w.casefold() in _LINKS - {"of", "the"} for w in words)
        return (named and not relational) or any(w in _TRANSPORT for w in first) or _is_room(words)
    return True


_INDEFINITE = frozenset(["a", "an"])
_OPENING_ARTICLE = re.compile(r"an?\s+", re.IGNORECASE)
# "an Uber cab bearing number [plate]": the number, masked, is told apart from the scene
_DANGLING_NUMBER = re.compile(r"(?:\s+(?:bearing|with|having))?\s+(?:number|no\.?)$", re.I)


def _unnumbered(body: str) -> int:
    """Where a phrase ends once a number word left without its number is dropped."""
    dangling = _DANGLING_NUMBER.search(body)
    return dangling.start() if dangling and dangling.start() > 0 else len(body)


def _any_one(body: str) -> bool:
    """ "a hotel", "an office": one of many, with nothing to say which, names no scene."""
    words = body.split()
    return len(words) == 2 and words[0].casefold() in _INDEFINITE


def _is_room(words: list[str]) -> bool:
    """ "the kitchen", "our courtyard", "my bedroom", "the front room": a room told with no
    name, lower-case but for "my", "our"."""
    bare = [w.strip(".,") for w in words]
    if bare and bare[0].casefold() in _POSSESSIVE:
        bare = bare[1:]
    lowered = all(w.isalpha() and w.islower() for w in bare)
    return 0 < len(bare) <= _ROOM_WORDS and lowered and bare[-1] in _ROOMS


def _is_content(word: str) -> bool:
    bare = word.strip("\"'“”‘’").rstrip(".")
    if not bare or bare in _NOT_CONTENT:
        return False
    return (
        bare[0].isupper()
        or bare[0].isdigit()
        or word.casefold() in _PLACE_NOUNS
        or (bare.casefold() in _PLACE_NOUNS)
    )


def _modifies_place(word: str, following: list[str]) -> bool:
    """ "level" in "the level crossing", "construction" in "the construction site": a
    lower-case word that one or two words later reaches a place noun."""
    if not word.isalpha() or not word.islower() or word in _LINKS or word in _NOT_MODIFIERS:
        return False
    for ahead in following[:2]:
        bare = ahead.rstrip(".,")
        if bare.casefold() in _PLACE_NOUNS:
            return True
        if not bare.isalpha() or not bare.islower() or bare in _LINKS:
            return False
    return False


def _is_link(word: str, kind: str, starter: str, first: bool) -> bool:
    lowered = word.casefold()
    if lowered in _LINKS or (starter == "between" and lowered == "and"):
        return True
    if first and lowered in _INDEFINITE:
        return True  # "at an ATM in Ludhiana", "at a mobile repair shop in Kishanpur"
    if kind == "rel" and lowered == "at" and not first:
        return True  # "near the tea stall at Gandhi Chowk": the landmark and where it stands
    return first and kind in ("rel", "in") and lowered in _POSSESSIVE


def _beside(word: str, following: list[str]) -> bool:
    """ "the well by the mosque": "by" that places a spot beside another, not the one who
    acted ("by two men") or recorded ("by HC")."""
    return word.casefold() == "by" and bool(following) and following[0].casefold() == "the"


def _closes_sentence(word: str) -> bool:
    """ "2." at the end of a sentence; not "No." or an initial like "K."."""
    bare = word.rstrip(".")
    initial = len(bare) == 1 and bare.isalpha()
    return word.endswith(".") and word.casefold() not in ("no.", "nos.") and not initial


def _is_back_word(word: str) -> bool:
    word = word.lstrip("\"'“‘") or word
    if is_devanagari(word[0]):
        return True
    return word[0].isupper() or word[0].isdigit() or word.casefold() in _PLACE_NOUNS


def _names_before_comma(word: str, taken: list[tuple[int, int, str]]) -> bool:
    """ "office," in "Tehsil office, Bikaner mein", "Gym\"," in "\"Iron Gym\", GMS Road
    ke bahar": a place noun closing the part before a comma, read back from a locality's name."""
    if not word.endswith(",") or not taken or not _is_back_word(taken[0][2]):
        return False
    bare = word.rstrip(",").strip("\"'“”‘’").casefold()
    return bare in _PLACE_NOUNS and taken[0][2][0].isupper()


def _closes_aside(word: str) -> bool:
    """ "8xx9)", "14)": the end of a bracketed aside before the scene; not "(GMCH)"."""
    return word.endswith(")") and "(" not in word


def _is_kins_name(word: str, before: str, taken: list[tuple[int, int, str]]) -> bool:
    """ "आरव" after "बेटा", "Ramesh" after "pati": a relative's name, not a word of a scene,
    where a spot with no name of its own follows ("ghar", "गली"); not when a genitive makes
    the spot theirs ("padosi Shivaji Patil ke aangan") or a road may bear it ("MG Road")."""
    if before.casefold() not in _KIN or word.casefold() in _SCENE_WORDS:
        return False
    # the first word after the rest of the name: "ke" makes the spot theirs, "gali" is
    # theirs to stand in, "Road" may take the name as its own
    after = next((w.casefold() for _, _, w in taken if w.casefold() in _SCENE_WORDS), None)
    return after in _UNNAMED_SPOTS


def _is_oblique_infinitive(word: str) -> bool:
    """ "लेने", "करने", "देखने" ("सब्ज़ी लेने कंकड़बाग बाज़ार गई"): a verb, never part of a scene;
    "सामने" is a chain word and read before this."""
    return (
        is_devanagari(word[0])
        and len(word) > 3
        and word.endswith("ने")
        and word not in _CHAIN_WORDS | _NOT_VERBS
    )


def _is_participle(word: str) -> bool:
    """ "लगाकर", "खींचकर", "कहकर" ("... लगाकर घसीटते हुए चौक में"): a verb done before the
    act, that ends the scene read back from it; not a name such as "शंकर" or "पुष्कर"."""
    if not (is_devanagari(word[0]) and len(word) > 3 and word.endswith("कर")):
        return False
    return word[-3] not in "\u0902\u094d" and word not in _NOT_VERBS


def _drop_own_generic(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "अपनी दुकान गांधी चौक" -> "गांधी चौक"; "मेरे खेत" -> nothing; "hamari gali" stays."""
    if not words or words[0][2].casefold() not in _POSSESSIVE:
        return words
    if len(words) > 1 and words[1][2].casefold() not in _GENERIC:
        return words
    rest = words[1:]
    # "हमारे घर का आँगन" -> "आँगन": the house and the genitive that tied it on go together
    while rest and (rest[0][2].casefold() in _GENERIC or rest[0][2].casefold() in _INNER_LINKS):
        rest = rest[1:]
    return rest


def _drop_thing_taken(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "मेरी कार सिटी मॉल की पार्किंग (से चोरी)" -> "सिटी मॉल की पार्किंग": the thing stolen,
    told before the spot it was stolen from, is no part of it."""
    if len(words) > 2 and words[0][2].casefold() in _POSSESSIVE:
        owned = words[1][2].casefold().strip(",\"'“”‘’")
        return words[1:] if owned in _PLACE_NOUNS else words[2:]
    return words


def _has_place_noun(words: list[tuple[int, int, str]]) -> bool:
    """A noun that names a place; a "number" alone is a phone's ("unke number pe")."""
    bare = {w.casefold().strip(",\"'“”‘’") for _, _, w in words}
    return bool(bare & (_PLACE_NOUNS - _NUMBERING))
