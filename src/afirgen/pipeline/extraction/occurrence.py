"""Item 3 of the IF-1: when the occurrence took place.

The occurrence date is the first date in the body that is not a wedding or
birth date, or, where a later sentence tells a date with a clock time ("on
18.05.2025 at about 10:20 pm he came ..."), that date: an account that begins
with its background tells the incident with its hour. A first date that opens a
window ("between 5 and 9 January") stays. Its time is the clock time nearest to
it in the same sentence (or a "Time:" field of an e-FIR). A later date or a
"between 5 and 6 pm" range in that sentence gives the "to" side of the window.

A calendar date outranks words relative to the day of reporting: "today/aaj/आज"
is dropped when the complaint gives any calendar date (it usually names the day
the complaint is written), "yesterday/kal" or "last Sunday" is dropped from
a sentence that also gives a calendar date, and a later sentence that gives the
incident's calendar date ("the incident took place on the 18th") outranks a
"yesterday" that names another day. When the two disagree, or a weekday
written beside the date is not that date's weekday, the occurrence keeps the
calendar date and a doubt is returned for the officer instead of a silent choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from afirgen.domain.fields import Occurrence
from afirgen.pipeline.extraction.continuing import conduct_began
from afirgen.pipeline.extraction.dates import (
    DateMention,
    find_dates,
    is_occurrence_date,
    weekday_mismatch,
)
from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.phrases import phrase_pattern
from afirgen.pipeline.extraction.times import TimeMention, find_times
from afirgen.text.speakers import COMPLAINANT_SUBJECT

_TIME_LABEL = re.compile(r"\btime\s*[:-]|समय\s*[:-]", re.IGNORECASE)
# A sentence about making the complaint: its "today" is the day of reporting.
_REPORTING = re.compile(
    r"\b(?:report\w*|complain\w*|writ\w*|submit\w*|likh\w*|shikayat|darj|application|"
    r"prarthna|thane|station)\b|शिकायत|रिपोर्ट|प्रार्थना|लिख|दर्ज|थाने",
    re.IGNORECASE,
)
_FOLLOWING_SENTENCES = 2
# A later sentence telling when the loss was found or the complainant arrived gives that
# moment, not the time of the occurrence.
_DISCOVERY = re.compile(
    r"\b(?:pata\s+chala|came\s+to\s+know|found|noticed|discovered|realis\w+|realiz\w+|"
    r"reached|returned|came\s+back|woke|dekha|pahunch\w*|lauta|laute|lauti|jaag\w*|utha|uthi)\b|"
    r"पता\s+चला|देखा|पहुँच|पहुंच|लौट|जाग|उठ",
    re.IGNORECASE,
)  # how far after the dating sentence its time may be told
_ASLEEP = re.compile(
    r"\b(?:so\s+(?:gaye|gayi|gaya|gaye\s+the|chuke)|sone\s+(?:gaye|gayi|gaya|chale)|slept|"
    r"went\s+to\s+(?:sleep|bed)|fell\s+asleep|sutte|sau\s+gaye)\b|सो\s+(?:गए|गये|गई|गया)|सोने\s+च",
    re.IGNORECASE,
)
_WAKING = re.compile(
    r"\b(?:woke|wake|awoke|got\s+up|jaag\w*|jag\w*|uth\w*|neend\s+khul\w*|pata\s+chal\w*|"
    r"came\s+to\s+know)\b|जाग|उठ|नींद\s+खुल|पता\s+चल",
    re.IGNORECASE,
)
_DAWN, _DUSK = time(5, 0), time(18, 0)
_RANGE_LINK = re.compile(
    r"\s*(?:and|to|till|until|-|–|se|से)\s+(?:about|around|approx\.?|lagbhag|लगभग|करीब|"
    r"morning|evening|night|shaam|raat|subah|dopahar|शाम|रात|सुबह|दोपहर|\s)*$",
    re.IGNORECASE,
)


@dataclass
class OccurrenceReading:
    """The occurrence window, the sentence that states it, and doubts for the officer."""

    occurrence: Occurrence
    sentence: int | None
    doubts: list[str] = field(default_factory=list)


def extract_occurrence(doc: Complaint, reference: date | None) -> OccurrenceReading:
    """The occurrence window, and the index of the sentence that states it (if any)."""
    found = [d for d in find_dates(doc, reference) if is_occurrence_date(doc, d, reference)]
    dates, doubts = _ranked_dates(doc, [d for d in found if not _day_of_telling(doc, d, found)])
    times = _occurrence_times(doc, [t for t in find_times(doc) if t.start >= doc.body_start])
    began = conduct_began(doc, dates, reference)
    if not dates:
        occurrence, index = _time_only(doc, times)
        _open_on(occurrence, began)
        return OccurrenceReading(occurrence, index, doubts)
    told = _told_incident_date(doc, dates)  # "kal raat ..." then "the incident was on the 18th"
    if told is not None:
        doubts.append(_date_doubt(doc, dates[0], told))
    first = told or (
        dates[0] if _is_window(doc, dates) else _timed_date(doc, dates, times) or dates[0]
    )
    timed = {doc.sentence_index(first.start)}
    if told is not None:  # the hour told beside "kal raat" is the incident's still
        timed.add(doc.sentence_index(dates[0].start))
    dates = [first, *(d for d in dates if d is not first)]
    index = doc.sentence_index(first.start)
    same_sentence = [d for d in dates if doc.sentence_index(d.start) == index]
    occurrence = Occurrence(
        date_from=first.value,
        date_to=first.span_to or _later_date(_window_ends(doc, same_sentence)),
    )
    sentence_times = [t for t in times if doc.sentence_index(t.start) in timed]
    chosen = sentence_times or _labelled_times(doc, times) or _told_after(doc, dates, times, index)
    chosen = _seen_after_securing(doc, chosen, times) or (
        [] if _left_secured(doc, chosen) or _found_missing(doc, chosen) else chosen
    )
    _fill_times(doc, occurrence, same_sentence, _past_bedtime(doc, times, chosen))
    _close_the_night(doc, occurrence, times, chosen)
    _close_on_finding(doc, occurrence, dates, index)
    if told is not None:  # the scene is told where the account tells the incident
        index = min(timed)
    _open_on(occurrence, began)
    if weekday_mismatch(first) and first.value:
        doubts.append(
            f"The complaint gives the date {first.value:%d.%m.%Y} with a weekday that is not "
            f"that date's weekday (it was a {first.value:%A}); confirm the date of occurrence."
        )
    return OccurrenceReading(occurrence, index, doubts)


def _open_on(occurrence: Occurrence, began: date | None) -> None:
    """A course of conduct told as running since an earlier day opens the window there and
    runs to the incident dated ("since March he has been calling me ... on 4 June he came
    home": 1 March to 4 June)."""
    if began is None or (occurrence.date_from is not None and began >= occurrence.date_from):
        return
    occurrence.date_to = occurrence.date_to or occurrence.date_from
    occurrence.date_from = began


# "I will reach by 3 pm", "keys will be given at 11 am", "kal 4 baje aaunga", "शाम 5 बजे
# देंगे": an hour still to come. English tells it before the hour, Hindi after it.
_FUTURE = re.compile(r"\b(?:will|shall|going\s+to)\b|'ll\b", re.IGNORECASE)
_FUTURE_HI = re.compile(
    r"[^.,;!?।\n]{0,25}?(?:\b\w+(?:unga|ungi|enge|egi|ega|oge)\b|"
    r"[\u0900-\u097f]+(?:ूँगा|ूंगा|ूँगी|ूंगी|ेंगे|ेँगे|ेगा|ेगी|ोगे|ऊँगा|ऊंगा|एंगे|एँगे|एगा|एगी|ओगे))",
    re.IGNORECASE,
)
_FUTURE_REACH = 40
# "Date of incident: 04.02.2025, noticed 06:45 hrs", "found at 6 am", "noticed 9.3.2025 at
# 07:15": the hour the loss was found, written as such, is not the hour it happened.
_NOTICED = re.compile(
    r"\b(?:noticed|discovered|found|detected)\s*(?:on\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*)?"
    r"(?:at|on|around|about|by)?\s*(?:about\s+)?$",
    re.IGNORECASE,
)
# "they make him work from 6 am to 9 pm", "dhabe par subah 7 se raat 11 baje tak kaam", "उससे
# सुबह 9 से रात 9 बजे तक काम लेते हैं", "the watchman's duty is till 1 am": hours of work or
# duty, a span that bounds a routine, not the hour of the occurrence.
_SPAN_AFTER = re.compile(
    r"\s*(?:baje\s+|बजे\s+|vaje\s+)?(?:(?:se|से|to|till|until|-|–)\s*(?:\S+\s+){0,2}\d|tak\b|तक)",
    re.IGNORECASE,
)
_SPAN_BEFORE = re.compile(
    r"(?:\d|baje|बजे|vaje|[ap]\.?m\.?)\s*(?:se|से|to|till|until|-|–)\s*(?:(?:in\s+the\s+)?"
    r"(?:morning|evening|night|subah|shaam|sham|raat|dopahar|about|around|lagbhag|kareeb|सुबह|शाम|"
    r"रात|दोपहर|करीब|लगभग)\s+){0,2}$",
    re.IGNORECASE,
)
_WORK = re.compile(
    r"(?<!from\s)(?<!back\s)\b(?:kaam|work|works|working|duty|duties|shifts?|mould\w*|"
    r"labou?r\w*|naukri|ma[jz]doori|made\s+to)\b(?!\s+(?:se|से)\b)|"
    r"(?:काम|ड्यूटी|मजदूरी|मज़दूरी)(?!\s+से)",
    re.IGNORECASE,
)
_WORK_REACH = 60


def _occurrence_times(doc: Complaint, times: list[TimeMention]) -> list[TimeMention]:
    """The clock times that can be the occurrence's: not an hour still to come."""
    kept: list[TimeMention] = []
    for mention in times:
        sentence = doc.sentences[doc.sentence_index(mention.start)]
        clause = doc.folded[max(sentence.start, mention.start - _FUTURE_REACH) : mention.start]
        if (
            _FUTURE.search(clause.rsplit(",", 1)[-1])
            or _FUTURE_HI.match(doc.folded, mention.end)
            or _NOTICED.search(clause)
            or _hours_of_work(doc, mention, sentence.start, sentence.end)
            or _hour_of_a_habit(doc, mention, sentence.start, sentence.end)
            or _quoted(doc, mention)
        ):
            continue
        kept.append(mention)
    return kept


def _hours_of_work(doc: Complaint, mention: TimeMention, start: int, end: int) -> bool:
    """The time opens or closes a span of hours ("from 8 to 10", "X se Y tak") told of work."""
    if not _in_a_span(doc, mention, start, end):
        return False
    reach = doc.folded[
        max(start, mention.start - _WORK_REACH) : min(end, mention.end + _WORK_REACH)
    ]
    return bool(_WORK.search(reach))


# "roz shaam 6 se 10 baje tak jua chalta hai", "I leave for office at 9 every day",
# "रोज़ रात 8 से 11 बजे तक लोग जुटते हैं": the hour of a habit, told by a word of
# routine in its clause, by a present-tense going or coming before it ("I leave at 9"), or,
# for a span of hours, by a present habitual verb after it ("bhar jaata hai", "पीते हैं").
# "roz ki tarah" / "as usual" tells the day of the occurrence went as others did, so its hour
# may be the occurrence's.
_ROUTINE = re.compile(phrase_pattern("times", "routine"), re.IGNORECASE)
_LIKE_EVERY_DAY = re.compile(
    r"(?:\b(?:ki|ke)|की|के)\s+(?:tarah|tareh|तरह)|\bas\s+(?:usual|always|every)\b", re.I
)
_HABITUAL_AFTER = re.compile(
    r"[^.,;!?।\n]{0,80}?(?:\b(?!(?:chah|sak|lag)t)\w+(?:ta|te|ti)\s+(?:hai|hain|hu|hoon|hun)\b|"
    r"(?<![\u0900-\u097f])(?!(?:चाह|सक|लग)त)[\u0900-\u097f]+(?:ता|ते|ती)\s+(?:है|हैं|हूँ|हूं)"
    r"(?![\u0900-\u097f]))",
    re.IGNORECASE,
)
_GOES_BEFORE = re.compile(
    r"\b(?:i|we|he|she|they)\s+(?:usually\s+|normally\s+|generally\s+)?(?:leaves?|go(?:es)?|"
    r"comes?|returns?|reach(?:es)?|opens?|closes?|starts?|sleeps?|wakes?)\b",
    re.IGNORECASE,
)
# "he waits near her school daily and on 3 March around 4 pm he ...": a conjunction opens a clause
# of its own, which the habit before it does not reach
_CLAUSE_MARK = re.compile(
    r"[,;:!?।\n]|\.(?!\d)|\b(?:and|aur|then|phir|but|lekin)\b|(?<![\u0900-\u097f])(?:और|फिर|लेकिन)"
    r"(?![\u0900-\u097f])",
    re.IGNORECASE,
)


def _in_a_span(doc: Complaint, mention: TimeMention, start: int, end: int) -> bool:
    """The time opens or closes a span of hours ("from 8 to 10", "X se Y tak")."""
    before = doc.folded[max(start, mention.start - 20) : mention.start]
    return bool(_SPAN_AFTER.match(doc.folded, mention.end, end) or _SPAN_BEFORE.search(before))


def _hour_of_a_habit(doc: Complaint, mention: TimeMention, start: int, end: int) -> bool:
    """The time's clause tells a routine, not the occurrence."""
    marks = list(_CLAUSE_MARK.finditer(doc.folded, start, mention.start))
    opened = marks[-1].end() if marks else start
    closed = _CLAUSE_MARK.search(doc.folded, mention.end, end)
    clause = doc.folded[opened : closed.start() if closed else end]
    if _LIKE_EVERY_DAY.search(clause):
        return False
    if _ROUTINE.search(clause) or _GOES_BEFORE.search(doc.folded, opened, mention.start):
        return True
    # a single hour told in the present is as often a scene retold ("9:40 baje drawer kholti
    # hai" of a recording) as a habit; a span of hours so told is a habit
    habitual = _HABITUAL_AFTER.match(doc.folded, mention.end, closed.start() if closed else end)
    return bool(habitual) and _in_a_span(doc, mention, start, end)


# "he said 'come to the canal at 10 pm with the money'", "bola 'raat 12 baje tak paise de
# dena'": an hour in the words someone spoke is what they asked or threatened, not when the
# occurrence took place.
_QUOTE_MARKS = re.compile(r'["“”]')
_QUOTE_REACH = 200
_QUOTE_OPENED_WITHIN = 60


def _quoted(doc: Complaint, mention: TimeMention) -> bool:
    """The time stands inside a short quotation of speech, opened just before it within
    the line; a paragraph that opens with a quotation mark is a statement written down."""
    line_start = doc.folded.rfind("\n", 0, mention.start) + 1
    marks = list(_QUOTE_MARKS.finditer(doc.folded, line_start, mention.start))
    if not marks or mention.start - marks[-1].end() > _QUOTE_OPENED_WITHIN:
        return False
    if not doc.folded[line_start : marks[0].start()].strip():
        return False
    texts = [m[0] for m in marks]
    opened = texts.count('"') % 2 == 1 if "“" not in texts else texts[-1] == "“"
    return opened and bool(_QUOTE_MARKS.search(doc.folded, mention.end, mention.end + _QUOTE_REACH))


# "I shut the godown at 7 pm", "hum 3 baje ghar ko taala lagakar mele gaye", "मैंने शाम 6 बजे
# ट्रैक्टर बाड़े में खड़ा किया": the hour the complainant locked, parked or left the property
# opens a window in which no one saw the theft; when a later sentence tells the loss found
# ("the padlock was lying cut", "subah trolley wahan nahi thi", "कुंडी टूटी मिली"), the hour of
# the occurrence is not known and is left empty.
_SECURED = re.compile(
    r"\b(?:locked|lock\s+(?:kar|kiya|laga)\w*|closed|shut|parked|"
    r"(?:i|we)\b[^.;]{0,60}?\bleft\s+(?:for|the\s+(?:house|home|flat|shop)|home|our\s+house)|"
    # whoever left the place the loss is then found in ("the maid left early at 1 pm", "both
    # of us left the house at 8.30", "guests subah 8 baje chale gaye")
    r"left\s+(?:the\s+(?:house|home|flat|shop|room|office)|home|early)|chale\s+gaye|"
    r"ta+la\s+laga\w*|band\s+kar\w*|khad[ai]\s+k(?:i|iya|ar)\w*)\b|"
    r"ताला\s+लगा|लॉक\s+(?:लगा|कर)|बंद\s+कर|खड़ा\s+किया|खड़ी\s+की",
    re.IGNORECASE,
)
_LOSS_FOUND = re.compile(
    r"\b(?:missing|stolen|not\s+there|was\s+(?:broken|open|gone|cut)|lying\s+broken|forced\s+open|"
    r"gayab|chori|(?:wahan|vahan|wahaan)\s+nahi?n?|t[ou]+ta\s+hua|tooti|tuti|kata\s+hua)\b|"
    r"गायब|चोरी|(?:वहाँ|वहां)\s+नहीं|टूटा|टूटी|तोड़|कटा\s+हुआ",
    re.IGNORECASE,
)
_CONFRONTED = re.compile(
    r"\b(?:attack\w*|hit|beat\w*|snatch\w*|stab\w*|pushed|slapp\w*|abus\w*|threat\w*|"
    r"maar\w*|mara|chheen\w*|jhapat\w*|gaali|came\s+(?:to|and)|aaye|aaya|aake)\b|"
    # "मार्च" is March; "हमारे", "तुम्हारा" hold no beating
    r"(?<![\u0900-\u097f])(?:मार(?!्च)|छीन|झपट|गाली|धमकी|आए|आया|आकर)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:between|from|beech)\b|बीच|से\s*$", re.IGNORECASE)
# "she left home at 11 and did not return", "subah gaya tha, ab tak wapas nahi aaya": one who
# left and never came back is the occurrence itself, whose hour that is
_NOT_BACK = re.compile(
    r"\b(?:did\s*n[o']t|never|not)\s+(?:return|come\s+back|came\s+back)|\bwa?pas\s+nahi|"
    r"\bnahi\s+lau?t|वापस\s+नहीं|नहीं\s+लौट",
    re.IGNORECASE,
)
_LOSS_REACH = 3  # sentences after the securing one in which the loss may be found


def _left_secured(doc: Complaint, chosen: list[TimeMention]) -> bool:
    """The chosen hour is when the property was locked, parked or left, and a later sentence
    tells the loss found: an unwitnessed theft, whose hour the complaint cannot give."""
    at = _securing_sentence(doc, chosen)
    if at is None:
        return False
    sentence = doc.sentences[at]
    if any(_NOT_BACK.search(s.text) for s in doc.sentences[at : at + 2]):
        return False
    # "between 10 pm (shop closed) and 7 am": a window told as such keeps its opening hour
    if _BETWEEN.search(doc.folded, max(sentence.start, chosen[0].start - 20), chosen[0].start):
        return False
    later = doc.sentences[at + 1 : at + 1 + _LOSS_REACH]
    return any(_LOSS_FOUND.search(s.text) for s in later)


def _securing_sentence(doc: Complaint, chosen: list[TimeMention]) -> int | None:
    """The sentence of the chosen hour, where that hour is when the property was locked,
    parked or left and no one was met in that sentence."""
    if not chosen:
        return None
    at = doc.sentence_index(chosen[0].start)
    sentence = doc.sentences[at]
    clause = doc.folded[
        max(sentence.start, chosen[0].start - 80) : min(sentence.end, chosen[0].end + 120)
    ]
    if not _SECURED.search(clause) or _CONFRONTED.search(sentence.text):
        return None
    return at


# "when I came down at 7, my car's wheels were gone", "subah 7 baje dukaan pahuncha to
# taala tuta tha", "सुबह 7 बजे देखा तो मोटर गायब थी": the hour the loss was found or told,
# with no one seen doing it, is not the hour of the occurrence, which the complaint does not
# give.
_FOUND = re.compile(
    r"\b(?:went|go(?:es)?|came|reached|returned|saw|see|found|find|opened|checked|noticed|"
    r"called|telephoned|phoned|rang|informed|told|"
    r"(?:gaya|gayi|gaye|gae)\s+(?:to|toh|taan|tan)|pahunch\w*|pahuch\w*|dekh\w*|"
    r"phone\s+(?:aaya|kiya|karke)|bataya|taan|tan)\b|"
    # "गया तो" went and then: a bare "गया" is as often the passive ("तोड़ा गया")
    r"(?:गया|गई|गए)\s+तो|पहुँच|पहुंच|देख|फोन\s+(?:आया|किया|कर)|बताया|सूचना",
    re.IGNORECASE,
)
_DOER_SEEN = re.compile(
    r"\b(?:thie\w+|chor|man|men|boys?|someone|somebody|persons?|ladk\w+|aadmi\w*|log|"
    r"running|fleeing|bhaag\w*)\b|चोर|लड़क|आदमी|व्यक्ति|लोग|भाग",
    re.IGNORECASE,
)


_FOUND_BEFORE, _FOUND_AFTER = 25, 40  # how near the hour the finding is told
# "she left for tuition at 5 pm and went missing": a person gone is the occurrence itself
_WENT_MISSING = re.compile(
    r"\b(?:went|gone|goes|go)\s+missing\b|\bla+pata\b|लापता|गुम\s+हो", re.IGNORECASE
)
# "left it at the stand at 8, gone by 10": the hour the thing was left opens the window
_KEPT_BEFORE = re.compile(
    r"\b(?:kept|parked|left|locked|tied|placed|rakh\w*|khad\w+|bandh\w*)\b[^.;]{0,20}$"
    r"|(?:रख|खड़|बांध|बाँध)[^.;।]{0,20}$",
    re.IGNORECASE,
)


# "late that night her cousin phoned and said she was dead", "raat 10 baje mama ne phone karke
# bataya ki bhai ki maut ho gayi", "रात 10 बजे फोन पर बताया कि भाई की मौत हो गई": the hour the news
# came, not the hour of the death.
_TOLD_BY_PHONE = re.compile(
    r"\b(?:phoned|telephoned|called\s+(?:me|us|my|and)|phone\s+(?:kiya|karke|kar\s+ke|aaya|pe|par)|"
    r"call\s+(?:kiya|karke|aaya))\b|फोन\s+(?:किया|करके|कर\s+के|आया|पर)|फ़ोन\s+(?:किया|करके|आया|पर)",
    re.IGNORECASE,
)
_DEATH_TOLD = re.compile(
    r"\b(?:died|dead|death|passed\s+away|maut|mar\s+gay\w*|expired)\b|मौत|मृत्यु|मर\s+ग",
    re.IGNORECASE,
)


def _seen_after_securing(
    doc: Complaint, chosen: list[TimeMention], times: list[TimeMention]
) -> list[TimeMention]:
    """ "The driver parked the car at 10 pm. At around 1:30 am the neighbour saw two boys
    opening the bonnet": the hour the property was parked, locked or left opens the account,
    and the later hour at which the doers were seen or met at it is the occurrence's."""
    at = _securing_sentence(doc, chosen)
    if at is None:
        return []
    for later in doc.sentences[at + 1 : at + 1 + _LOSS_REACH]:
        hours = [t for t in times if later.start <= t.start < later.end]
        if hours and _DOER_SEEN.search(later.text) and not _found_missing(doc, hours):
            return hours
    return []


def _found_missing(doc: Complaint, chosen: list[TimeMention]) -> bool:
    """The chosen hour is when the loss was found or told, and no one is seen at it."""
    if not chosen:
        return False
    mention = chosen[0]
    sentence = doc.sentences[doc.sentence_index(mention.start)]
    near = doc.folded[
        max(sentence.start, mention.start - _FOUND_BEFORE) : min(
            sentence.end, mention.end + _FOUND_AFTER
        )
    ]
    kept = _KEPT_BEFORE.search(doc.folded, max(sentence.start, mention.start - 30), mention.start)
    told = _TOLD_BY_PHONE.search(doc.folded, mention.end, min(sentence.end, mention.end + 100))
    if told and _DEATH_TOLD.search(doc.folded, told.end(), sentence.end):
        return True  # the hour the news of a death came by telephone
    return bool(
        _LOSS_FOUND.search(sentence.text)
        and _FOUND.search(near)
        and not kept
        and not _WENT_MISSING.search(sentence.text)
        and not _SECURED.search(sentence.text)
        and not _CONFRONTED.search(sentence.text)
        and not _DOER_SEEN.search(sentence.text)
    )


def _is_window(doc: Complaint, dates: list[DateMention]) -> bool:
    """The first date opens a window ("from 5 to 9 January", "between 2 and 4 March")."""
    index = doc.sentence_index(dates[0].start)
    same = [d for d in dates if doc.sentence_index(d.start) == index]
    return dates[0].span_to is not None or _later_date(same) is not None


def _timed_date(
    doc: Complaint, dates: list[DateMention], times: list[TimeMention]
) -> DateMention | None:
    """The first date told with a clock time in its sentence ("on 04.02.2024 near 6
    pm ..."): the incident, where an earlier date tells the background; never a sentence
    about reporting or finding out."""
    timed = {doc.sentence_index(t.start) for t in times}
    for mention in dates:
        index = doc.sentence_index(mention.start)
        text = doc.sentences[index].text
        if index in timed and not _REPORTING.search(text) and not _DISCOVERY.search(text):
            return mention
    return None


def _ranked_dates(doc: Complaint, dates: list[DateMention]) -> tuple[list[DateMention], list[str]]:
    """Dates left once calendar dates outrank relative words; doubts where they disagree."""
    explicit = {doc.sentence_index(d.start): d for d in reversed(dates) if d.kind == "explicit"}
    others = any(d.kind != "today" for d in dates)
    kept, doubts = [], []
    doubted: set[tuple[date | None, date | None]] = set()  # "Kal shaam, kal 3 October": once
    for mention in dates:
        index = doc.sentence_index(mention.start)
        rival = explicit.get(index)
        reporting = _REPORTING.search(doc.sentences[index].text)
        dropped = (mention.kind == "relative" and rival is not None) or (
            mention.kind == "today" and others and (rival is not None or reporting)
        )
        if not dropped:
            kept.append(mention)
        elif (
            rival
            and rival.value
            and mention.value not in (None, rival.value)
            and not (mention.kind == "today" and reporting)
            and (mention.value, rival.value) not in doubted
        ):
            doubted.add((mention.value, rival.value))
            doubts.append(_date_doubt(doc, mention, rival))
    return kept, doubts


# A sentence that says which day the incident was: "the incident took place on 18 November",
# "ye ghatna 18 tarikh ko hui", "यह घटना 18 तारीख की है".
_INCIDENT_TOLD = re.compile(
    r"\b(?:incident|occurrence|ghatna|ghatana|vardaat|wardaat|vaardaat)\b|घटना|वारदात",
    re.IGNORECASE,
)


# "On 6 May she told me that on 29 April ...", "10 तारीख को उसने बताया कि 2 तारीख को ...": the
# day the complainant learnt of it, where the same sentence then tells the day it happened.
_TOLD_THAT = re.compile(
    r"\b(?:told|informed|disclosed|revealed|confided|bataya|batayi|batai|bola|boli)\b"
    r"[^.!?।]{0,30}?\b(?:that|ki|ke)\b|(?:बताया|बताई|बोला|बोली)[^.!?।]{0,30}?(?:कि|की)(?![\u0900-\u097f])",
    re.IGNORECASE,
)


def _day_of_telling(doc: Complaint, mention: DateMention, dates: list[DateMention]) -> bool:
    index = doc.sentence_index(mention.start)
    # the day told of is before the day of telling ("told me that by 10 May he would pay": no)
    later = [
        d
        for d in dates
        if d.start > mention.end
        and doc.sentence_index(d.start) == index
        and d.value is not None
        and mention.value is not None
        and d.value < mention.value
    ]
    told = _TOLD_THAT.search(doc.folded, mention.end, later[0].start) if later else None
    # "I told him that ...": the complainant telling, not learning
    return told is not None and not COMPLAINANT_SUBJECT.search(
        doc.folded, mention.end, told.start()
    )


def _told_incident_date(doc: Complaint, dates: list[DateMention]) -> DateMention | None:
    """A calendar date a later sentence gives as the incident's, where the first date kept
    is a relative word ("yesterday", "kal raat") that names another day."""
    if not dates or dates[0].kind != "relative" or dates[0].value is None:
        return None
    first = doc.sentence_index(dates[0].start)
    for mention in dates[1:]:
        index = doc.sentence_index(mention.start)
        if (
            mention.kind == "explicit"
            and mention.value not in (None, dates[0].value)
            and index != first
            and _INCIDENT_TOLD.search(doc.sentences[index].text)
        ):
            return mention
    return None


def _date_doubt(doc: Complaint, relative: DateMention, explicit: DateMention) -> str:
    assert relative.value is not None and explicit.value is not None
    return (
        f'The complaint says "{doc.text[relative.start : relative.end]}" '
        f"({relative.value:%d.%m.%Y}) and also gives the date {explicit.value:%d.%m.%Y}; "
        f"the draft uses {explicit.value:%d.%m.%Y}: confirm the date of occurrence."
    )


def _time_only(doc: Complaint, times: list[TimeMention]) -> tuple[Occurrence, int | None]:
    if not times or _left_secured(doc, times) or _found_missing(doc, times):
        return Occurrence(), None
    index = doc.sentence_index(times[0].start)
    occurrence = Occurrence(time_from=times[0].value)
    occurrence.time_to = _range_end(doc, times, 0)
    return occurrence, index


# "from last night till today morning", "kal raat se aaj subah tak": a "today" closes the
# window only after a word that opens a range; else it is the day someone spoke of ("he said
# my account will be blocked today", "behas hui ki aaj khana kaun banayega").
_RANGE_BEFORE = re.compile(
    r"(?:\b(?:to|till|until|and|through|se|aur)|से|और|[-–])\s*(?:\w+\s+){0,2}$", re.IGNORECASE
)


def _window_ends(doc: Complaint, same_sentence: list[DateMention]) -> list[DateMention]:
    """The sentence's dates, less a later "today" not joined to the first by a range word."""
    return [same_sentence[0]] + [
        d
        for d in same_sentence[1:]
        if d.kind != "today" or _RANGE_BEFORE.search(doc.folded, max(0, d.start - 30), d.start)
    ]


def _later_date(same_sentence: list[DateMention]) -> date | None:
    first = same_sentence[0].value
    later = [d.value for d in same_sentence[1:] if d.value and first and d.value > first]
    return later[0] if later else None


def _told_after(
    doc: Complaint, dates: list[DateMention], times: list[TimeMention], index: int
) -> list[TimeMention]:
    """A time told just after the sentence that dates the occurrence ("kal raat ki baat hai.
    Raat ke saade das baje ..."), or beside a later mention of the same date (even one that
    tells an arrival: "On 26 May at about 4 pm I reached his office"); never past a sentence
    that names another date."""
    first = dates[0].value
    for mention in times:
        at = doc.sentence_index(mention.start)
        if at <= index:
            continue
        between = [d for d in dates if index < doc.sentence_index(d.start) <= at]
        if any(d.value != first for d in between):
            return []
        restated = any(doc.sentence_index(d.start) == at for d in between)
        if _discovery_near(doc, mention) and not restated:
            return []
        if between or at - index <= _FOLLOWING_SENTENCES:
            return [mention]
    return []


_DISCOVERY_REACH = (60, 80)  # characters before and after a time in which its finding is told


def _discovery_near(doc: Complaint, mention: TimeMention) -> bool:
    """The hour is told with the finding or the arrival ("at 7 am when I reached the shop I
    found ..."), not in a far clause of the same sentence ("9 baje jab baraat aayi, ..., jiska
    naam baad mein pata chala")."""
    sentence = doc.sentences[doc.sentence_index(mention.start)]
    before, after = _DISCOVERY_REACH
    start = max(sentence.start, mention.start - before)
    return bool(_DISCOVERY.search(doc.text, start, min(sentence.end, mention.end + after)))


def _next_after_bed(
    doc: Complaint, times: list[TimeMention], chosen: list[TimeMention]
) -> TimeMention | None:
    """The first hour told after the chosen one, within reach, where the chosen hour is that of
    going to bed ("hum 10 baje so gaye")."""
    if not chosen:
        return None
    at = doc.sentence_index(chosen[0].start)
    if not _ASLEEP.search(doc.sentences[at].text):
        return None
    return next(
        (
            m
            for m in times
            if m.start > chosen[0].start
            and doc.sentence_index(m.start) - at <= _FOLLOWING_SENTENCES
        ),
        None,
    )


def _past_bedtime(
    doc: Complaint, times: list[TimeMention], chosen: list[TimeMention]
) -> list[TimeMention]:
    """ "We went to sleep at about 10; at about 2:30 the dogs started barking": the hour of
    going to bed opens the night, the next hour told in that same night is the occurrence.
    An hour of waking ("subah 6 baje utha to dekha") is left alone."""
    after = _next_after_bed(doc, times, chosen)
    if after is None:
        return chosen
    bedtime = chosen[0].value
    if _DAWN <= bedtime < time(12):  # "10:45 baje so gaye" with no word for the night
        bedtime = bedtime.replace(hour=bedtime.hour + 12)
    text = doc.sentences[doc.sentence_index(after.start)].text
    same_night = bedtime < after.value < _DAWN or (
        bedtime >= _DUSK and (after.value > bedtime or after.value < _DAWN)
    )
    return (
        [after] if same_night and not _ASLEEP.search(text) and not _WAKING.search(text) else chosen
    )


def _close_the_night(
    doc: Complaint, occurrence: Occurrence, times: list[TimeMention], chosen: list[TimeMention]
) -> None:
    """ "We slept at about 10; at 5 in the morning I woke and saw the door broken": nothing
    was seen, so the occurrence is the night between going to bed and waking, and the
    morning hour closes it (on the next day when it is earlier than the hour of sleep)."""
    if not chosen or occurrence.time_from != chosen[0].value or occurrence.time_to:
        return
    waking = _next_after_bed(doc, times, chosen)
    if waking is None or not _WAKING.search(doc.sentences[doc.sentence_index(waking.start)].text):
        return
    occurrence.time_to = waking.value
    if waking.value < chosen[0].value and occurrence.date_from and not occurrence.date_to:
        occurrence.date_to = occurrence.date_from + timedelta(days=1)


_SECURED_REACH = 2  # the dated sentence and the one after it may tell the locking or leaving
_FINDING_REACH = 4  # sentences after the dated one in which the loss may be found, dated
# "he found both locks broken", "saw the shutter open and the goods missing"
_FOUND_BROKEN = re.compile(
    r"\b(?:found|saw|noticed|discovered)\b[^.;]{0,50}?\b(?:broken|missing|open|gone|stolen)\b",
    re.IGNORECASE,
)


def _close_on_finding(
    doc: Complaint, occurrence: Occurrence, dates: list[DateMention], index: int
) -> None:
    """ "On 10 January I locked the flat and left for Satara. On 11 January the neighbour
    phoned that the lock was broken": no one saw the theft, so the window runs from the day
    the property was locked, parked or left to the later day the loss was found (not the
    day it was reported)."""
    opened = occurrence.date_from
    if opened is None or occurrence.date_to is not None:
        return
    for mention in dates:
        at = doc.sentence_index(mention.start)
        if not index < at <= index + _FINDING_REACH or mention.value is None:
            continue
        text = doc.sentences[at].text
        found = _LOSS_FOUND.search(text) or _FOUND_BROKEN.search(text)
        if mention.value > opened and found and not _REPORTING.search(text):
            before = doc.sentences[index:at]  # the securing told, and no one met, before it
            secured = any(_SECURED.search(s.text) for s in before[:_SECURED_REACH])
            if secured and not any(_CONFRONTED.search(s.text) for s in before):
                occurrence.date_to = mention.value
            return


def _labelled_times(doc: Complaint, times: list[TimeMention]) -> list[TimeMention]:
    """Times written after a "Time:" label, wherever the label stands."""
    return [t for t in times if _TIME_LABEL.search(doc.folded[max(0, t.start - 20) : t.start])]


def _fill_times(
    doc: Complaint, occurrence: Occurrence, dates: list[DateMention], times: list[TimeMention]
) -> None:
    """Give each time to its nearest date; the first date's time is the "from" time. A
    second mention of the first day ("Aaj, aaj dopahar 1:40 pe", "yesterday, Sunday,
    around 5:45") is that day, not the end of a window."""
    first = dates[0]
    for position, mention in enumerate(times):
        nearest = min(dates, key=lambda d: _distance(d, mention))
        same_day = nearest is first or (nearest.value is not None and nearest.value == first.value)
        if same_day and occurrence.time_from is None:
            occurrence.time_from = mention.value
            occurrence.time_to = _range_end(doc, times, position)
        elif not same_day and occurrence.time_to is None:
            occurrence.time_to = mention.value


def _range_end(doc: Complaint, times: list[TimeMention], position: int) -> time | None:
    """The second time of "between 7 pm and 7:45 pm" / "subah 9 baje se dopahar 1 baje tak"."""
    if position + 1 >= len(times):
        return None
    gap = doc.folded[times[position].end : times[position + 1].start]
    return times[position + 1].value if _RANGE_LINK.match(gap) else None


def _distance(mention: DateMention, time_mention: TimeMention) -> int:
    if time_mention.start >= mention.end:
        return time_mention.start - mention.end
    return max(0, mention.start - time_mention.end)
