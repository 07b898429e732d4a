"""Property lost, stolen or cheated away, with values (IF-1 items 8-9).

An amount counts as property when the complaint says it was lost; amounts
demanded (dowry, extortion, a sum asked for on a condition) are left out, and so are
loans. Money the complainant paid or handed over is property only in a complaint that
tells of deceit (or where it was paid out of fear): otherwise it is a fee, a price,
an advance, a deposit or a sum given to the in-laws, which no offence took.
When the complaint states a total ("Total 35,400 rupees gone") that total is the IF-1
total, not an item, and the things listed beside it keep their own items and values.
Each item's description is the complainant's own words before "worth",
"(Rs ...)", "की कीमत", or the clause around the amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afirgen.domain.fields import PropertyItem
from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.phrases import phrase_list, phrase_pattern, stem_pattern
from afirgen.text.amounts import Amount, find_amounts
from afirgen.text.speakers import COMPLAINANT_SUBJECT

_DEMAND = re.compile(
    r"demand|\bwants?\b|\bask(?:s|ed|ing)\s+(?:(?:me|us|him|her)\s+)?(?:for\s+)?(?:rs|₹|\d)|asking\s+for|asked\s+for|मांग|माँग|dowry|dahej|दहेज|"
    r"\bmaa?ng(?:a|e|i|na|ne|te|ta|ti|kar|ke)?\b|\ble\s*kar\s+aa|\blaa?ne\s+(?:ko|ke)|\bla\s+do\b|"
    r"\bbring\b|लेकर\s+आ|लाने\s+(?:को|के)|ला\s+दो|"
    # a sum wanted or owed on someone's word: "2 lakh chahiye", "एक लाख लाओ", "le ke aana",
    # "my father should pay 15 lakh", "he needs Rs 2 lakh more"
    r"\bchahiye\b|चाहिए|(?:\bwa?pas|\bvapas|वापस)\s+(?:chahta|chahti|chahte|चाहता|चाहती|चाहते)|\bla+o\b|लाओ|\bl(?:e|ei|ey)\s*ke\s+aa|\bleke\s+aa|"
    r"\bshould\s+(?:\w+\s+)?(?:pay|give)\b|\bneeds?\b|"
    r"रंगदारी|extortion|ransom|फिरौती|"
    r"\bif\s+(?:\w+\s+){0,3}(?:(?:do|did|does)\s+not\s+|don'?t\s+)?(?:pay|give)\b"
    # a sum asked for on a threat: "20 hazar bhejo warna ...", "5 lakh do nahi to ...",
    # "unless you hand over Rs 2 lakh", "दो लाख दो वरना ..."
    r"|\b(?:warna|varna|otherwise|unless|only\s+if|or\s+else|nahi?n?\s+toh?)\b|वरना|नहीं\s+तो",
    re.IGNORECASE,
)
# An amount named as a loan, a salary, a rent, a fee, a bill or a prize is mentioned in
# passing: it is not what was lost. The word stands just before the amount ("a loan of
# Rs 2 lakh", "salary is 18,000", "किराया 5000 रुपये") or just after it ("18,000 ki
# tankhwah"); a price per unit, the face value of notes and a wedding gift are not lost either.
_PASSING_WORDS = phrase_pattern("property", "in_passing")
_RUPEES = r"\s*(?:rupees?|rupaye|rs\.?|रुपये|रुपए)?\s*"
_IN_PASSING = re.compile(rf"{_PASSING_WORDS}[^.,;।\d]{{0,18}}$", re.IGNORECASE)
_IN_PASSING_AFTER = re.compile(
    rf"{_RUPEES}(?:per\s+month|mahina|monthly|मासिक)?\s*(?:ki\s+|ka\s+|की\s+|का\s+)?"
    rf"{_PASSING_WORDS}",
    re.IGNORECASE,
)
_PER_UNIT = re.compile(rf"{_RUPEES}{phrase_pattern('property', 'per_unit')}\s+\S", re.I)
# "Rs 500 notes", "500 ke note", "Rs 500 and Rs 200 notes": the face value of notes.
_NOTES = re.compile(
    rf"{_RUPEES}(?:(?:and|aur|और|or|,)\s*(?:rs\.?|₹)?\s*\d+{_RUPEES})?(?:ke\s+|के\s+)?"
    rf"{phrase_pattern('property', 'notes')}",
    re.I,
)

# "Rs 30 each", "500 rs daily", "8,000 a month", "15,000 mahina", "500-500 rupaye": a rate
# for one person, one thing or one period, not a sum lost.
_RATE = re.compile(
    rf"{_RUPEES}(?:each|apiece|a\s+head|per\s+head|(?:a|per|every)\s+(?:day|week|month|year)|"
    r"daily|weekly|monthly|yearly|mahin[ae]|mahine\s+(?:ka|ki|ke)|roz(?:ana)?|rozana|"
    r"प्रति\s*(?:दिन|माह|महीना)|महीना|महीने\s+(?:का|की|के)|रोज)(?![\w\u0900-\u097f])"
    r"|-\s*\d[\d,]*(?:\s*rupaye|\s*rupees|\s*रुपये)",
    re.IGNORECASE,
)
# "250 rupaye ki pudiya", "40 di ik thaili", "Rs 30 a pouch", "हर ग्राहक से 300 रुपये लेता है":
# the price at which a seller (of drugs, liquor, lottery slips) sells each unit, or takes from
# each buyer, is a rate of his trade, not a sum anyone lost.
_UNIT_PRICE = re.compile(
    rf"{_RUPEES}(?:(?:ki|ka|ke|di|da|de|की|का|के|a|per)\s+(?:ek\s+|ik\s+|one\s+)?"
    rf"{phrase_pattern('property', 'unit_of_sale')}|"
    r"(?:me|mein|में)?\s*(?:leta|lete|leti|bechta|bechte|bechti|लेता|लेते|लेती|बेचता|बेचते|बेचती)\s+"
    r"(?:hai|hain|है|हैं))",
    re.IGNORECASE,
)
_NOTES_BEFORE = re.compile(r"\b(?:notes?|note)\s+of\s*(?:rs\.?|₹)?\s*$|नोट\s*$", re.I)


def _listed(name: str, stems: bool = False) -> re.Pattern[str]:
    """The words (or, with ``stems``, words beginning with the stems) of a property list."""
    pattern = stem_pattern if stems else phrase_pattern
    return re.compile(pattern("property", name), re.IGNORECASE)


_WEDDING = _listed("wedding")
_GIVEN = _listed("given")
_DOWRY = _listed("dowry")
_TAKEN = _listed("taken")
_MEASURE = re.compile(
    r"^\s*[\d.]+\s*(?:g|gm|gms|gram|grams|kg|tola|tolas|carat|ct|k|kt|ग्राम|तोला)\b\.?\s*$"
    r"|^\s*\d+\s*(?:carat|kt|k)\b",
    re.IGNORECASE,
)
# An amount is property only where its sentence (or the line that opens its list) says
# something was taken, lost or cheated away; a sum named for any other reason (a price, a
# fine, an income, a quarrel over money) stays out of the IF-1.
_LOSS = re.compile(
    r"\b(?:stol\w*|steal\w*|theft|thie\w+|took|tak(?:en|ing)|snatch\w*|robb\w*|loot\w*|lost|"
    r"missing|gone|cheat\w*|fraud\w*|dup(?:ed|ing)|debit\w*|deduct\w*|withdr\w+|"
    r"embezzl\w*|misappropriat\w*|burgl\w*|"
    r"worth|valued?|property|items?|articles?|belongings|chori|chura\w*|chh?ee?n(?!nai)\w*|"
    r"le\s+(?:gaye|gaya|gayi|liya|liye|bhaag\w*|kar)|nikal\w*|gayab|thag\w*|dhokh\w*|"
    # "nikaal liye", "ATM se nikaale gaye", not "GPS nikaala hua" or "copy nikaali"
    r"nikaal\s+(?:liye|liya|li|lie|le|ke|kar)|nikaal[aei]\s+(?:gaye|gayi|gaya|gae|gai|liye|liya|li)|"
    r"ganwa\w*|kat\s+gaye|keemat|kimat|samaan|saman|maal|cost\w*|price|"
    r"kheench\w*|jhapat\w*|transactions?|purse|wallet|bag|"
    r"(?:ka|ki|ke)\s+(?:tha|thi|the))\b|"
    r"का\s+था|की\s+थी|के\s+थे|निकल|(?<![\u0900-\u097f])(?<!के\s)लिए|झपट|पर्स|बैग|"
    r"चोरी|चुरा|छीन|लूट|ले\s+गए|ले\s+गया|ले\s+लिए|ले\s+लिया|गायब|ठग|धोखा|निकाल|कट\s+गए|"
    r"कीमत|मूल्य|(?:सामान|माल)(?![\u0900-\u0963])",
    re.IGNORECASE,
)
# Money paid or handed over ("paid", "transfer kiye", "जमा किए") was lost only where the
# complaint tells of deceit or breach of trust; otherwise it is a price, a fee, an advance, a
# deposit or money given to in-laws. "mana kar diya" (refused) hands nothing over.
_HANDED = re.compile(
    rf"(?<!\bkar\s)(?<!\bkr\s)(?<!कर\s){stem_pattern('property', 'handed_over')}", re.I
)
_DECEIT = _listed("deceit", stems=True)
_LENDING = _listed("lending")
_PARTNERSHIP = _listed("partnership")
_CAPITAL = _listed("capital", stems=True)
_ALLEGED = _listed("alleged", stems=True)
_COERCED = _listed("coerced", stems=True)
# The payee gone silent after the money was paid ("both numbers stopped", "phone ab band
# hai", "नंबर बंद आ रहा है") tells of cheating as plainly as the word does.
_PAYEE_GONE = re.compile(
    r"\b(?:numbers?|phones?|mobiles?)\s+(?:\S+\s+){0,3}?(?:band|off|stopped|dead)\b"
    r"|(?:नंबर|नम्बर|फोन|फ़ोन|मोबाइल)\s+(?:\S+\s+){0,3}?बंद",
    re.IGNORECASE,
)
# "took my phone and Rs 4,500", "purse jhapat liya jismein 2,500 rupaye the": a sum named
# beside or inside a thing taken is an item of its own.
_JOINED = re.compile(
    r"(?:\band|\baur|और|तथा|&|\bcontaining|\balong\s+with|\bjisme(?:in|n)?|जिसमें|जिसमे)\s*$",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"\b(?:total|totalling|totaling|in\s+all|altogether|all\s+told|kul|sab\s+milakar)\b|कुल|"
    r"सब\s+मिलाकर",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(rf"{_RUPEES}(?:in\s+all|in\s+total|altogether|kul)\b", re.I)
_CASH = re.compile(r"\b(?:cash|nakad|naqad)\b|नकद|नगद", re.IGNORECASE)
_CASH_AFTER = re.compile(r"\s*(?:in\s+)?(?:cash|nakad|naqad)\b|\s*(?:रुपये\s+)?(?:नकद|नगद)", re.I)
# "worth about", "ki keemat", "(कीमत लगभग": the words that lead from a thing to its value
_VALUE_WORDS = re.compile(
    r"(?:(?:(?:\s(?:is|was))?\s|\s*\()(?:worth|valued\s+at|value(?:\s+of)?|costing|cost|priced\s+at|"
    r"ki\s+keemat|ki\s+kimat|की\s+कीमत|keemat|कीमत)|\s*\()"
    r"\s*(?:about|around|approx(?:\.|imately)?|roughly|like|maybe|lagbhag|kareeb|karib|takriban|"
    r"करीब|लगभग|तकरीबन)?\s*[(:]?\s*$",
    re.IGNORECASE,
)
# "Value of the tractor approx Rs 3 lakh": the thing named after "value of", "is" or not
_VALUE_OF = re.compile(
    r"value\s+of\s+(?:the\s+|my\s+|our\s+)?([\w\s]{2,30}?)\s+(?:is\s*|was\s*)?"
    r"(?:about|around|approx\.?|approximately|nearly|roughly)?\s*(?:rs\.?|₹|inr)?\s*$",
    re.I,
)
_STOP_WORDS = frozenset(
    [
    "my", "a", "an", "the", "and", "with", "from", "his", "her", "our", "of:", "containing",
    "including", "had", "took", "stole", "snatched", "bought", "is", "was", "were", "are", "me",
    "mera", "meri", "mere", "se", "ne", "aur", "में", "से", "ने", "और", "मेरा", "मेरी", "मेरे",
    "का", "की", "के", "following", "missing:", "gone", "in", "it", "also", "then", "approx",
    "approximately", "जिसकी", "jiski", "कि", "प्रार्थी", "प्रार्थिनी", "prarthi", "prarthini",
    "complainant", "applicant"
]
)  # fmt: skip
_RELATIVE_PRONOUNS = frozenset(
    [
        "जिसकी", "जिसका", "जिसके", "जिनकी", "जिनका", "जिनके", "jiski", "jiska", "jiske", "jinki",
        "jinka", "jinke", "which", "whose",
    ]
)  # fmt: skip
_GENITIVES = frozenset(["का", "की", "के", "ka", "ki", "ke", "of"])
_COPULAS = phrase_list("property", "copulas")
_MAX_ITEM_WORDS = 6
_CLAUSE_WORDS_BEFORE = 7
_CLAUSE_WORDS_AFTER = 5


@dataclass(frozen=True)
class PropertyReading:
    """The items lost and the IF-1 total: the complainant's own stated total where there is
    one ("kul nuksaan lagbhag 1,40,000"), else the sum of the item values."""

    items: list[PropertyItem]
    total_inr: float | None


def read_property(doc: Complaint) -> PropertyReading:
    """Items the complaint says were lost, in reading order, and their total value.

    A stated total is the total, never an item: the things listed beside it keep their own
    items and values ("सोने की चेन, दो अंगूठियाँ और 25,000 रुपये नकद ... कुल नुकसान 1,40,000").
    """
    body = doc.text[doc.body_start :]
    deceived = _tells_deceit(body) or bool(_PAYEE_GONE.search(body))
    amounts = [
        a
        for a in _body_amounts(doc)
        if _said_lost(doc, a, deceived)
        and not _is_demand(doc, a)
        and not _in_passing(doc, a)
        and not _carried_by_the_missing(doc, a)
        and not _staked_and_lost(doc, a)
    ]
    totals = [a for a in amounts if _is_total(doc, a, amounts)] or _summed_up(doc, amounts)
    valued = [
        (a.start, PropertyItem(description=_describe(doc, a), value_inr=a.value))
        for a in amounts
        if a not in totals
    ]
    said = " ".join(item.description for _, item in valued).casefold()
    unvalued = [
        (start, PropertyItem(description=_bracketed(words, doc.text)))
        for start, words in _goods_taken(doc)
        if _GOODS.search(words)[0].casefold() not in said  # type: ignore[index]
    ]
    items = [item for _, item in sorted(valued + unvalued, key=lambda pair: pair[0])]
    stated = max((a.value for a in totals), default=None)
    return PropertyReading(items, stated if stated is not None else total_value(items))


def _summed_up(doc: Complaint, amounts: list[Amount]) -> list[Amount]:
    """The sum the others add up to, told with no word for a total ("I was cheated of Rs
    10,50,000" after Rs 4,00,000 and Rs 6,50,000; "nuksaan 68,000 (fridge 32,000, counter
    22,000, maal 14,000)"), or the same sum told again in another sentence ("pay Rs 3,000 ...
    I paid Rs 3,000"): it is the total, not one more item. Two equal sums in one sentence
    are two payments ("1 lakh nakad aur 1 lakh baad mein")."""
    whole = sum(a.value for a in amounts)
    summed = [a for a in amounts if len(amounts) > 1 and round(2 * a.value - whole, 2) == 0]
    if len(amounts) == 2 and len({doc.sentence_index(a.start) for a in amounts}) == 1:
        return []
    return summed[-1:]


def _is_total(doc: Complaint, amount: Amount, amounts: list[Amount]) -> bool:
    """A total word stands before the amount ("total loss is about", "kul milakar") with no
    other amount between, or just after it ("Rs 80,000 in all")."""
    sentence = doc.sentences[doc.sentence_index(amount.start)]
    start = max(
        [sentence.start, amount.start - 25, *(a.end for a in amounts if a.end <= amount.start)]
    )
    end = min([sentence.end, amount.end + 15, *(a.start for a in amounts if a.start >= amount.end)])
    return bool(
        _TOTAL.search(doc.text, start, amount.start)
        or _TOTAL_AFTER.match(doc.text, amount.end, end)
    )


# "stole Rs 45,000 cash, gold earrings and a pair of silver anklets": each thing named
# as taken is an item, with or without a value. English names the things after the verb,
# Hindi and Hinglish before it.
_GOODS = re.compile(phrase_pattern("property", "goods"), re.IGNORECASE)
_LIST_BREAK = re.compile(
    r"[,;]|\s(?:and|aur|और|तथा|व|evam|which|that|worth|se|से|along\s+with|alongwith|with|"
    r"containing|including|ke\s+saath|के\s+साथ)\s",
    re.I,
)
_DOER_HI = re.compile(
    r"(?<![\w\u0900-\u097f])(?:ne|tabhi|tab|jab|aaye|aaya|aake|kar|karke|chor|ने|तभी|तब|जब|आए|आया|आकर|"
    r"कर|करके|चोर)"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_ITEM_TAIL = 3  # words after the thing's name that still describe it
# "mere bag ki zip khuli hui thi aur mera phone gayab tha", "my bag was open and my phone was
# gone": a part of the list with a verb of its own says something else of that thing
_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|tha|thi|hai|hain|hui|hua)\b|(?<![\u0900-\u097f])(?:था|थी|थे|है|हैं|हुई|हुआ)"
    r"(?![\u0900-\u097f])",
    re.IGNORECASE,
)
# "उसे अपनी मोटरसाइकिल पर बैठाकर ले गया", "bike pe bitha ke le gaya": the vehicle someone was
# seated on or put in to be taken away is the means, not the thing taken
_CARRIED_ON = re.compile(
    r"\s*(?:पर|में|par|pe|mein|me)\s+(?:\S*?(?:कर|के)|\S+\s+(?:kar|ke)|\S+(?:kar|ke))"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_FROM_EN = re.compile(r"\s(?:from|out\s+of|in|inside|kept|at|near)\s", re.IGNORECASE)
_SUM = re.compile(r"\d[\d,.]{2,}|\brs\b|₹|rupe|रुप", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|nahi|nahin|never)\b|नहीं|नही", re.IGNORECASE)
# "maine purse se paise nikaale", "मैंने जेब से निकाले": the complainant drew it out himself;
# "maine dekha ki do ladkon ne ... nikaal liya" names another doer
_DRAWN_OUT = re.compile(r"nika|निका", re.IGNORECASE)
_OTHER_DOER = re.compile(r"(?<![\w\u0900-\u097f])(?:ne|ने)(?![\w\u0900-\u097f])", re.IGNORECASE)


def _drawn_by_the_complainant(verb: str, before_verb: str) -> bool:
    return (
        bool(_DRAWN_OUT.match(verb))
        and bool(COMPLAINANT_SUBJECT.search(before_verb))
        and not _OTHER_DOER.search(before_verb)
    )


def _goods_taken(doc: Complaint) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for sentence in doc.sentences[doc.sentence_index(doc.body_start) :]:
        if sentence.is_subject or _NEGATION.search(sentence.text):
            continue
        english = _TAKING_EN.search(sentence.text)
        hindi = _TAKING_HI.search(sentence.text) or _TAKEN_EN.search(sentence.text)
        if english:  # the list ends where the place it was taken from begins
            offset = english.end()
            region = _FROM_EN.split(sentence.text[offset:], maxsplit=1)[0]
        elif hindi:  # the things stand after the doer ("do ladkon ne", "tabhi ... aaye aur"),
            # and before an English passive ("the chain and two rings were missing")
            if _drawn_by_the_complainant(hindi[0], sentence.text[: hindi.start()]):
                continue
            doer = list(_DOER_HI.finditer(sentence.text, 0, hindi.start()))
            offset = doer[-1].end() if doer else 0
            region = sentence.text[offset : hindi.start()]
        else:
            continue
        cut = 0
        for piece in [*_LIST_BREAK.finditer(region), None]:
            start, end = cut, piece.start() if piece else len(region)
            cut = piece.end() if piece else end
            goods = _GOODS.search(region, start, end)
            if goods and (
                _CARRIED_ON.match(region, goods.end()) or _CLAUSE_VERB.search(region, start, end)
            ):
                continue
            if goods and not _SUM.search(region[start:end]):
                # "mobile phone (OnePlus 12R)": the thing's own last words are part of it
                stop = end if len(region[goods.end() : end].split()) <= _ITEM_TAIL else goods.end()
                words = _words_before(region[start:stop].rstrip(".!?।") + " ")
                if not _GOODS.search(words):
                    words = _words_before(region[start : goods.end()] + " ")
                if words:
                    found.append((sentence.start + offset + goods.start(), words))
    return found


# "koi dhokha nahi hua", "I do not think he cheated me", "कोई धोखा नहीं हुआ", "there was no
# fraud": deceit the complainant denies tells of none.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|nor|koi|without|bina)|n't|कोई|बिना|न)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(
    r"^\w*\s+(?:\w+\s+){0,2}?(?:nahi|nahin|नहीं|नही)(?![\w\u0900-\u097f])", re.IGNORECASE
)


def _tells_deceit(body: str) -> bool:
    """A word of deceit the complaint does not deny."""
    return any(
        not _DENIED_BEFORE.search(body, max(0, m.start() - 25), m.start())
        and not _DENIED_AFTER.match(body, m.start(), m.end() + 25)
        for m in _DECEIT.finditer(body)
    )


def total_value(items: list[PropertyItem]) -> float | None:
    """Sum of the item values, or ``None`` when no item has a value."""
    values = [item.value_inr for item in items if item.value_inr is not None]
    return sum(values) if values else None


def _body_amounts(doc: Complaint) -> list[Amount]:
    skipped = [(s.start, s.end) for s in doc.sentences if s.is_subject]
    found = find_amounts(doc.text)
    return [
        a
        for a, after in zip(found, [*found[1:], None], strict=False)
        if a.start >= doc.body_start
        and not any(lo <= a.start < hi for lo, hi in skipped)
        and not _opens_a_range(doc.text, a, after)
    ]


# "about Rs 12,000 to 15,000", "60,000-70,000 रुपये", "Rs 8 to 9 lakh": one sum told as a
# range, whose upper end is the value; the lower end is no second item (and "8" of "8 to 9
# lakh" is no eight rupees).
_RANGE_LINK = re.compile(r"\s*(?:to|-|–|se|से)\s*(?:rs\.?\s*|₹\s*)?$", re.IGNORECASE)


def _opens_a_range(text: str, amount: Amount, after: Amount | None) -> bool:
    return (
        after is not None
        and after.value > amount.value
        and bool(_RANGE_LINK.match(text[amount.end : after.start]))
    )


def _window(doc: Complaint, amount: Amount, before: int, after: int) -> str:
    sentence = doc.sentences[doc.sentence_index(amount.start)]
    start = max(sentence.start, amount.start - before)
    return doc.text[start : min(sentence.end, amount.end + after)]


# Money the complainant received (an advance, a bait, a part of a debt paid) is not what they
# lost: "he gave me", "payable to us", "he has paid Rs 20,000", "mujhe 5,000 diye".
_RECEIVED = re.compile(
    r"\b(?:gave|paid|sent|given|handed)\s+(?:to\s+)?(?:me|us)\b|\b(?:payable|due)\s+to\s+(?:me|us)\b|"
    r"\b(?:he|she|they)\s+(?:(?:has|have)\s+(?:only\s+)?paid|(?:only\s+)?paid\s+(?:only|just))\b|"
    r"\bpart[\s-]+payment\b|"
    r"\b(?:mujhe|mujhko|hume|hamein|humein)\s+(?:\S+\s+){0,4}(?:diye|diya|dega|denge|bheje)\b|"
    r"(?:मुझे|मुझको|हमें|हमको)\s+(?:\S+\s+){0,4}(?:दिए|दिया|देगा|देंगे|भेजे)",
    re.IGNORECASE,
)


# A sum promised to the complainant ("he said I would be paid one lakh", "you would earn Rs
# 3,000 a day", "double paisa milega", "20 हज़ार देने का वादा किया"): the bait of a deal or a
# hush money offered, which nobody lost.
_PROMISED_BEFORE = re.compile(
    r"\b(?:i|we|you)\s+(?:will|would|shall|can|could)\s+(?:get|receive|earn|be\s+paid|be\s+given)\s+"
    r"(?:(?:a|an|the|about|around|upto|up\s+to|over|more\s+than|rs\.?|₹)\s*)*$",
    re.IGNORECASE,
)
_PROMISED_AFTER = re.compile(
    rf"{_RUPEES}(?:(?:ka|ki|ke|का|की|के|tak|तक)\s+)?(?:\S+\s+)?"
    r"(?:milenge|milega|milegi|मिलेंगे|मिलेगा|मिलेगी|"
    r"(?:dene|देने)\s+(?:ki|ka|की|का)\s+(?:baat|vaada|wada|laalach|lalach|बात|वादा|लालच))"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)


# Money thrown at the complainant to buy silence ("threw Rs 2,000 at me", "mere upar 500
# rupaye phenk diye", "मेरे ऊपर 2000 रुपये फेंके"): the throw told before the sum and the
# complainant after it in English, the complainant before and the throw after in Hindi. (A purse
# "thrown at me after taking the cash" names no sum thrown.)
_THROWN_BEFORE = re.compile(
    r"\b(?:threw|thrown|flung|tossed)\s+(?:\w+\s+){0,2}?(?:rs\.?|₹)?\s*$", re.I
)
_AT_ME_AFTER = re.compile(rf"{_RUPEES}(?:notes?\s+)?at\s+(?:me|us)\b", re.IGNORECASE)
_ON_ME_BEFORE = re.compile(
    r"(?:\b(?:mere|hamare)\s+(?:upar|oopar|muh|munh)|(?:मेरे|हमारे)\s+(?:ऊपर|मुंह|मुँह))\s+$", re.I
)
_THROWN_AFTER = re.compile(rf"{_RUPEES}(?:ph?e?n?k\w*|फेंक|फैंक)", re.IGNORECASE)


def _thrown_at_the_complainant(doc: Complaint, amount: Amount) -> bool:
    before = doc.text[max(0, amount.start - 30) : amount.start]
    return bool(
        (_THROWN_BEFORE.search(before) and _AT_ME_AFTER.match(doc.text, amount.end))
        or (_ON_ME_BEFORE.search(before) and _THROWN_AFTER.match(doc.text, amount.end))
    )


def _promised(doc: Complaint, amount: Amount) -> bool:
    before = doc.text[_clause_start(doc, amount) : amount.start]
    return bool(_PROMISED_BEFORE.search(before) or _PROMISED_AFTER.match(doc.text, amount.end))


# A sum the other side paid or sent ("He paid Rs 1,00,000 and ...", "pehle unhone 150, 300
# rupaye bheje", "उसने 500 रुपये भेजे"): money the complainant got, never what was lost. The
# payer is a third person told just before the sum, the verb of giving just before it
# (English) or just after it (Hindi, Hinglish).
_OTHER_PAYER_EN = re.compile(
    r"\b(?:he|she|they)\s+(?:(?:had|has|have|then|also|first|initially)\s+)?"
    r"(?:paid|sent|gave|transferred)\s+(?:(?:me|us)\s+)?(?:rs\.?|₹|inr)?\s*$",
    re.IGNORECASE,
)
# ... with no one else named as paid between ("usne agent ko 25,000 diye": paid to a third)
_OTHER_PAYER_HI = re.compile(
    r"(?:\b(?:usne|unhone|unhonne)|(?<![\w\u0900-\u097f])(?:उसने|उन्होंने))\s+"
    r"(?:(?!(?:ko|को|mein|me|में)\s)\S+\s+){0,3}$",
    re.IGNORECASE,
)
# "He paid Rs 25,000 to the travel agent": paid to someone else, and so perhaps lost
_PAID_TO = re.compile(r"\s*(?:/-)?\s*(?:to|into|towards|in\s+(?:his|her|their|the))\b", re.I)
_GIVEN_AFTER = re.compile(
    r"\s*(?:rs\.?|₹|rupa\w*|rupe\w*|रुपये|रुपए)?\s*(?:(?:bhi|hi|भी|ही)\s+)?"
    r"(?:bheje|bhej\s+diye|diye|de\s+diye|भेजे|भेज\s+दिए|दिए|दे\s+दिए)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_PAYER_REACH = 40  # characters before the sum in which its payer is told


def _paid_by_the_other_side(doc: Complaint, amount: Amount) -> bool:
    clause = _clause_start(doc, amount)
    before = doc.text[max(clause, amount.start - _PAYER_REACH) : amount.start]
    if _OTHER_PAYER_EN.search(before):
        return not _PAID_TO.match(doc.text, amount.end)
    return bool(_OTHER_PAYER_HI.search(before) and _GIVEN_AFTER.match(doc.text, amount.end))


# Money given back ("he returned Rs 20,000", "refund of 5,000", "30,000 लौटा चुका हूँ",
# "1.5 lakh wapas kar denge") or offered back ("he now offers to pay back Rs 9,000") is a
# repayment, never what the offence took: the loss is the sum still owed, which the complaint
# states apart.
_RETURNED = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)(?<!\bnahi\s)(?<!\bnahin\s)"
    r"(?:\b(?:returned|returns|refunded|refund(?:ed)?\s+(?:of\s+)?(?:rs|₹|\d)|repaid|"
    r"(?:offer\w*|promis\w*|agree\w*|ready|willing)\s+to\s+(?:return|refund|repay|pay\s+back)|"
    r"paid\s+(?:\w+\s+)?back|"
    r"lauta(?:ya|ye|yi|e|i|ne|nge|enge|yega|yenge)?\s+(?:diye|diya|di|dega|denge|dunga|chuk\w*)|"
    r"lautaa?(?:ye|e|ne|nge|enge|yenge|yega)|"
    r"wapa?s\s+(?:kar|kiye|kiya|karenge|karega|de|di|diye|diya|dega|denge|dunga))\b"
    r"|(?<!नहीं\s)(?:लौटा(?:ए|ये|ने|एंगे|एगा|ऊंगा|ऊँगा|\s+(?:दिए|दिया|दी|देंगे|देगा|चुका|चुकी|चुके))|"
    r"वापस\s+(?:कर|किए|किया|दे|दिए|दिया|देंगे|देगा)))",
    re.IGNORECASE,
)


# "No money was taken, the box had about Rs 20,000", "bag with 12k cash is safe", "paise
# nahi le gaye", "कुछ नहीं ले गए": the sum was there and stayed.
_NOTHING_TAKEN = re.compile(
    r"\b(?:no(?:thing|\s+(?:money|cash|valuables?|property))|none)\s+(?:\w+\s+)?"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:taken|stolen|lost|missing|touched)\b|"
    r"\b(?:is|was|are|were)\s+(?:(?:all|still)\s+)?safe\b|\bsab\s+surakshit\b|सब\s+सुरक्षित|"
    r"\bnot\s+(?:stolen|taken|lost)\b|\bkuch\s+(?:gaya|gayi)\s+nahi\b|"
    r"\b(?:kuch|paise?|paisa)\s+(?:bhi\s+)?nahi?n?\s+(?:le\s+gaye|le\s+gaya|chura\w*|gaya)\b|"
    r"(?:कुछ|पैसे|पैसा)\s+(?:भी\s+)?नहीं\s+(?:ले\s+गए|ले\s+गया|चुरा\w*|गया)",
    re.IGNORECASE,
)


# "nothing was taken out yet", "could not take anything", "कुछ नहीं ले जा पाए": a theft stopped
# before anything went. What the complaint then says was there ("The godown holds cloth
# bales worth about Rs 8 lakh") is what was at risk, not what was lost, unless its own sentence
# tells a taking. ("Nothing else was taken" after a theft says no such thing.)
_NOTHING_AT_ALL_TAKEN = re.compile(
    r"\bnothing\s+(?:was|were|has\s+been|had\s+been)\s+(?:taken|stolen|removed)\b|"
    r"\b(?:could\s+not|couldn'?t|did\s+not|didn'?t)\s+(?:take|steal)\s+anything\b|"
    r"\bbefore\s+they\s+could\s+(?:take|steal|carry)\b|"
    r"\bkuch\s+(?:bhi\s+)?nahi?n?\s+le\s+ja\s+pa(?:ye|e|aye)\b|कुछ\s+(?:भी\s+)?नहीं\s+ले\s+जा\s+पा",
    re.IGNORECASE,
)


def _theft_stopped(doc: Complaint, sentence: str) -> bool:
    """The complaint says nothing at all was taken, and this sentence tells no taking."""
    taken = _TAKING_HI.search(sentence) or _TAKING_EN.search(sentence) or _TAKEN_EN.search(sentence)
    return not taken and bool(_NOTHING_AT_ALL_TAKEN.search(doc.text, doc.body_start))


# What a repair or a treatment costs ("repair 3,100", "hospital bills have come to Rs
# 26,000", "मरम्मत में 9,000 लगेंगे") is a damage or an expense, not a thing taken.
_REPAIR = re.compile(
    r"\b(?:repair(?!\s+(?:ke|के)\s+(?:liye|लिए))\w*|marammat|treatment\s+(?:cost|expense|bill|charge)s?|"
    r"ilaaj\s+(?:ka|me|mein)\s+(?:kharcha|kharch))\b|मरम्मत|इलाज\s+(?:का|में)\s+खर्च",
    re.IGNORECASE,
)


# A sum the complainant spent ("we spent Rs 7 lakh on the wedding", "7 लाख रुपये खर्च हुए",
# "ilaaj mein 20,000 kharch ho gaye", "my expenses were Rs 15,000") is what they paid out, not
# what was taken: "the Rs 20,000 kept for household expenses was stolen" names no spending,
# and what an accused spent of the complainant's money ("he spent the firm's money") is
# the loss itself.
_SPENT = re.compile(
    r"\b(?:(?:i|we)\s+(?:have\s+|had\s+)?(?:already\s+|also\s+)?(?:spent|incurred)|"
    r"(?:my|our)\s+(?:expenses?|expenditure)\s+(?:of|was|is|were))\s+"
    r"(?:(?:about|around|approx\.?|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SPENT_AFTER = re.compile(
    rf"{_RUPEES}(?:(?:ka|ki|ke|का|की|के)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+spent|"
    r"(?:kharch|kharcha|kharche|खर्च|खर्चा|खर्चे)\s+(?:ho|hu|kar|ki|kiy|hue|हो|हु|कर|किए|किया|की|लग))",
    re.IGNORECASE,
)


# What the work a contractor did is worth ("work of Rs 3 lakh has been completed", "what he
# built so far may be worth Rs 2 lakh", "kiye gaye kaam ki keemat 2 lakh", "किए गए काम की कीमत")
# is the value of what the complainant received, set against an advance: not a sum lost.
_WORK_DONE_VALUED = re.compile(
    r"\bworth\s+of\s+(?:the\s+)?work\b|\bwork\s+(?:\w+\s+){0,4}?(?:is|was)\s+(?:\w+\s+){0,2}?worth\b|"
    r"\bvalue\s+of\s+(?:the\s+)?work\s+(?:done|completed|finished)\b|"
    r"\bkaam\s+(?:ki|ka)\s+(?:keemat|kimat|value)\b|काम\s+की\s+(?:कीमत|लागत)",
    re.IGNORECASE,
)


def _spent(doc: Complaint, amount: Amount) -> bool:
    """The sum is told as spent, before it ("spent Rs 40,000") or after it ("40,000 kharch hue")."""
    return bool(
        _SPENT.search(doc.text, max(0, amount.start - 40), amount.start)
        or _SPENT_AFTER.match(doc.text, amount.end)
    )


_FOR_REPAIR = re.compile(r"\b(?:for|kept\s+for|house)\s+$", re.IGNORECASE)


def _repair_cost(doc: Complaint, amount: Amount) -> bool:
    """A repair word beside the amount, not a purpose ("kept for repair")."""
    sentence = doc.sentences[doc.sentence_index(amount.start)]
    start = max(sentence.start, amount.start - 40)
    end = min(sentence.end, amount.end + 25)
    return any(
        not _FOR_REPAIR.search(doc.text, max(0, m.start() - 12), m.start())
        for m in _REPAIR.finditer(doc.text, start, end)
    )


# An advance, a token or an earnest money ("8,000 advance diya", "2 lakh bayana", "अग्रिम")
# paid where the complaint tells of no deceit is a business paid on, not a sum lost.
# A price of something sold ("sells pouches for 100-200 rupees", "pistol 18,000 में बेचता",
# "sold the bike to him for Rs 28,000") where no deceit is told: a sale, not a sum lost.
_SALE = re.compile(r"\b(?:sells?|selling|sold|bech\w*)\b|बेच", re.IGNORECASE)
_WORTH = re.compile(
    r"\b(?:worth|value|valued|keemat|kimat|(?:ka|ki|ke)\s+(?:tha|thi|the))\b|कीमत|मूल्य", re.I
)


def _sold(sentence: str, window: str) -> bool:
    """A sale price, in a sentence that neither values a thing nor tells a taking."""
    taken = _TAKING_HI.search(sentence) or _TAKING_EN.search(sentence) or _TAKEN_EN.search(sentence)
    return bool(_SALE.search(window)) and not (taken or _WORTH.search(sentence))


_ADVANCE = re.compile(r"\b(?:advance|bayana|token)\b|बयाना|एडवांस|अग्रिम", re.IGNORECASE)
# A part paid by the other side ("he has paid only Rs 3,000", "sirf 20,000 diye", "सिर्फ
# 20,000 और दिए") is what the complainant got back, not what was lost.
_PART_PAID = re.compile(
    r"\b(?:only|sirf|keval|bas)\b[^.;।]{0,25}\b(?:paid|gave|given|returned|diye|diya|di|de\s+diye)\b|"
    r"\b(?:paid|gave|given)\s+(?:me\s+|us\s+)?only\b|"
    r"(?:सिर्फ|केवल|बस)[^.;।]{0,25}(?:दिए|दिया|दी|लौटाए)",
    re.IGNORECASE,
)


def _paid_in_part(window: str) -> bool:
    """Someone else paid a part ("he has paid only Rs 3,000"), not the complainant."""
    part = _PART_PAID.search(window)
    return part is not None and not COMPLAINANT_SUBJECT.search(window[: part.end()])


# A price put on a person ("took Rs 25,000 for her", "har ladke ke badle 5,000 liye", "आरिफ़
# के बदले 20,000 लिए"): a sale of a person told, not property the complainant lost.
_PRICE_OF_A_PERSON = re.compile(
    r"\b(?:ke\s+badle|badle\s+m[ei]n?|for\s+(?:each\s+of\s+(?:us|them)|every\s+(?:boy|girl|child)))\b|"
    r"\bfor\s+(?:her|him)(?=\s*(?:[,.;]|and\b|aur\b|$))|"
    r"(?:के\s+बदले|बदले\s+में)",
    re.IGNORECASE,
)
# "bought rice and dal worth Rs 380 and gave a Rs 500 note", "300 रुपये का सामान लेकर 500
# का नोट दिया": the price of what a customer bought with a note, not a sum lost.
_PAID_WITH_A_NOTE = re.compile(
    r"\b(?:bought|purchased|kharid\w*|saa?maa?n\s+(?:le(?:kar|ke)|liya|le\s+liya)|"
    r"(?:petrol|diesel|tel)\s+(?:dalwa|bharwa)\w*)\b[^.;।]*"
    r"(?:\b(?:gave|diya|de\s+diya)\b[^.;।]{0,30}\bnotes?\b|\bnotes?\s+(?:diya|diye|de\s+diya)\b)"
    r"|(?:खरीद\w*|सामान\s+(?:लेकर|लिया|ले\s+लिया)|डलवा\w*|भरवा\w*)[^।]*नोट\s+दि",
    re.IGNORECASE,
)


# "If I spend even 200 rupees he shouts", "agar 5,000 bhi maang lo": a sum in a clause of
# what would happen, not a sum lost.
_IF_CLAUSE = re.compile(
    r"(?:\b(?:if|agar|yadi)\b|अगर|यदि)[^,;:.।]{0,40}$",
    re.IGNORECASE,
)


_IF_REACH = 60  # characters before the amount in which an "if" may open its clause


def _clause_start(doc: Complaint, amount: Amount) -> int:
    return max(doc.sentences[doc.sentence_index(amount.start)].start, amount.start - _IF_REACH)


def _said_lost(doc: Complaint, amount: Amount, deceived: bool) -> bool:
    """The amount's sentence, or the line before it (a list's heading), speaks of a loss, or
    of money handed over in a complaint that tells of deceit."""
    index = doc.sentence_index(amount.start)
    previous = _heading(doc, index)
    sentence = doc.sentences[index].text
    window = _window(doc, amount, 40, 25)
    if _RECEIVED.search(window) or _RETURNED.search(window) or _is_loan(sentence):
        return False
    if _paid_by_the_other_side(doc, amount) or _promised(doc, amount):
        return False
    if _thrown_at_the_complainant(doc, amount):
        return False
    if _ALLEGED.search(sentence):  # a charge laid against the complainant, retold
        return False
    if _partners_stake(doc, sentence):
        return False
    if _NOTHING_TAKEN.search(sentence) or _repair_cost(doc, amount) or _paid_in_part(window):
        return False
    if _theft_stopped(doc, sentence):
        return False
    if _spent(doc, amount) or _WORK_DONE_VALUED.search(sentence):
        return False
    if (_ADVANCE.search(window) or _sold(sentence, window)) and not deceived:
        return False
    if _PRICE_OF_A_PERSON.search(window) or _PAID_WITH_A_NOTE.search(sentence):
        return False
    if _IF_CLAUSE.search(doc.text, _clause_start(doc, amount), amount.start):
        return False
    return any(
        _LOSS.search(text) or ((deceived or _COERCED.search(text)) and _HANDED.search(text))
        for text in (sentence, previous)
    )


_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*$", re.IGNORECASE)
_LIST_LINE_WORDS = 12  # a longer numbered line is a paragraph of a letter, not a list entry


def _heading(doc: Complaint, index: int) -> str:
    """The sentence before, or in a numbered list ("1. Gold chain, Rs 1,45,000") the line
    that opens the list ("The following were stolen:")."""
    sentences = doc.sentences

    def entry(at: int) -> bool:
        short = len(sentences[at].text.split()) <= _LIST_LINE_WORDS
        return short and at > 0 and bool(_LIST_MARKER.match(sentences[at - 1].text))

    if not entry(index):
        return sentences[index - 1].text if index else ""
    before = index - 1
    while before >= 0 and (_LIST_MARKER.match(sentences[before].text) or entry(before)):
        before -= 1
    return sentences[before].text if before >= 0 else ""


def _partners_stake(doc: Complaint, sentence: str) -> bool:
    """In a complaint about a partnership, a sum put in as capital or taken out as a share
    ("we each put in Rs 3 lakh", "maine 8 lakh lagaye", "my partner drew out his share") is
    a partner's stake, a matter of accounts, unless its sentence tells of deceit."""
    return bool(
        _CAPITAL.search(sentence)
        and _PARTNERSHIP.search(doc.text, doc.body_start)
        and not _DECEIT.search(_CAPITAL.sub(" ", sentence))  # "invested" is no deceit here
    )


def _is_loan(sentence: str) -> bool:
    """The sentence lends or borrows ("took Rs 1.5 lakh on interest", "paid Rs 48,000 as
    interest"), and neither tells of cheating nor, after its last word of lending, hands the
    borrowed money over ("udhaar lekar 2 lakh de diye")."""
    lending = next(reversed(list(_LENDING.finditer(sentence))), None)
    return bool(
        lending and not _DECEIT.search(sentence) and not _HANDED.search(sentence, lending.end())
    )


def _in_passing(doc: Complaint, amount: Amount) -> bool:
    sentence = doc.sentences[doc.sentence_index(amount.start)]
    before = doc.text[max(sentence.start, amount.start - 30) : amount.start]
    if (
        _IN_PASSING.search(before)
        or _NOTES_BEFORE.search(before)
        or any(
            rule.match(doc.text, amount.end, sentence.end)
            for rule in (_IN_PASSING_AFTER, _PER_UNIT, _NOTES, _RATE, _UNIT_PRICE)
        )
    ):
        return True
    return _is_wedding_gift(sentence.text, bool(_DOWRY.search(doc.text, doc.body_start)))


# "7 लाख 'PR के खर्च' के नाम पर दिए गए", "took 3 lakh on the pretext of a visa": a sum got on a
# pretext is taken by deceit, however a complaint of dowry tells it
_PRETEXT = re.compile(
    r"\b(?:in\s+the\s+name\s+of|on\s+the\s+pretext|pretext|ke\s+naam\s+(?:par|pe)|bahane)\b|"
    r"के\s+नाम\s+(?:पर|पे)|बहाने",
    re.IGNORECASE,
)


def _is_wedding_gift(sentence: str, dowry_told: bool) -> bool:
    """ "shaadi mein 5 lakh diye", or in a complaint of dowry "papa ne 50,000 diye phir bhi
    maarte rahe": what the family gave, unless the sentence tells a taking or a pretext."""
    given = _GIVEN.search(sentence) and not _TAKEN.search(sentence)
    if _WEDDING.search(sentence):
        return bool(given)
    return bool(dowry_told and given and not _PRETEXT.search(sentence))


def _is_demand(doc: Complaint, amount: Amount) -> bool:
    return bool(_DEMAND.search(_window(doc, amount, 45, 30))) or _quoted(doc.text, amount.start)


# Words put in someone's mouth ("8 lakh leke aana", "she takes Rs 50,000 for every seat"):
# a sum said in quotation marks is a demand, a threat or a charge, not a sum the complaint
# says was lost. A quoted screen or list ("Payment Successful Rs 9,000", "Total value:
# 60,000") is a record of the loss, not speech.
_QUOTE = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”')
_QUOTED_RECORD = re.compile(
    r"\b(?:success\w*|transaction|credited|debited|value|worth|total|keemat|kimat)\b|कीमत|कुल",
    re.IGNORECASE,
)


def _quoted(text: str, at: int) -> bool:
    return any(
        m.start() < at < m.end() and not _QUOTED_RECORD.search(m[0]) for m in _QUOTE.finditer(text)
    )


def _describe(doc: Complaint, amount: Amount) -> str:
    """The item's words as written: "gold chain of 2 tola", "cash", or the clause; a sum
    whose words name no thing (only the payer and a verb, or only figures) is the sum as
    written ("Rs 12,000")."""
    phrase = _bracketed(_words_of(doc, amount), doc.text)
    if not re.search(r"[^\W\d_]", phrase) or _PAYER_LED.match(phrase):
        return doc.text[amount.start : amount.end]
    if _MEASURE_ONLY.fullmatch(phrase):
        return _bracket_listed(doc, amount) or phrase
    return phrase


# "about 60 grams", "2 tola": a weight is no thing; the thing is named before the bracket the
# weight stands in ("Gold jewellery (one necklace, two pairs of earrings, about 60 grams, worth
# about Rs 4,20,000)")
_MEASURE_ONLY = re.compile(
    r"(?:about|approx\.?|around|nearly|lagbhag|karib|kareeb|करीब|लगभग)?\s*[\d.,]+\s*"
    r"(?:g|gm|gms|grams?|tola|tole|kg|kgs|ग्राम|तोला|तोले|किलो)\.?",
    re.IGNORECASE,
)
_VALUE_LEAD = re.compile(
    r"[\s,]*(?:worth|valued\s+at|value|costing|priced\s+at|ki\s+keemat|keemat|कीमत)\b.*$",
    re.IGNORECASE,
)


def _bracket_listed(doc: Complaint, amount: Amount) -> str | None:
    """The thing named before the open bracket a value stands in, with what the bracket lists
    up to the value: "Gold jewellery (one necklace, two pairs of earrings, about 60 grams)"."""
    sentence = doc.sentences[doc.sentence_index(amount.start)]
    before = doc.text[sentence.start : amount.start]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened:
        return None
    head = _words_before(before[:opened])
    inside = _VALUE_LEAD.sub("", before[opened + 1 :]).strip(" ,")
    return f"{head} ({inside})" if head and inside else None


# "I paid", "Maine darr ke", "मैंने": a clause led by the one who paid names no thing taken
_PAYER_LED = re.compile(
    r"(?:i|we|he|she|they|you|maine|mainne|hamne|humne|usne|unhone|मैंने|हमने|उसने|उन्होंने)"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# what a bracket opened before a value holds: the value, not a part of the item's name
_BRACKET_VALUE = re.compile(
    r"\d{1,3}(?:,\d{2,3})+|\b(?:value|worth|approx|about|around|rupees|rs|kareeb|karib|lagbhag|"
    r"kul|total)\b|कीमत|करीब|लगभग|कुल|रुपये",
    re.IGNORECASE,
)
_BRACKET_REACH = 40  # characters a bracket opened in an item's name may run on to close


def _bracketed(phrase: str, text: str) -> str:
    """``phrase`` with its brackets whole, as written in ``text``: "phone (Samsung" ->
    "phone (Samsung M31)" where the text closes it so, "chain (kareeb" -> "chain",
    "15,000) aur ek gift card" -> "ek gift card"."""
    depth, opened = 0, -1
    for index, char in enumerate(phrase):
        if char == "(":
            depth, opened = depth + 1, index if depth == 0 else opened
        elif char == ")":
            if depth == 0:  # closes a bracket opened before the phrase began
                return _bracket_closed(phrase, index, text)
            depth -= 1
    if depth == 0:
        return phrase.strip()
    head = phrase[:opened].rstrip(" ,")
    at = text.find(phrase)
    close = text.find(")", at + len(phrase), at + len(phrase) + _BRACKET_REACH) if at >= 0 else -1
    if close < 0 or _BRACKET_VALUE.search(text, at + opened, close):
        return head
    return text[at : close + 1]


def _bracket_closed(phrase: str, close: int, text: str) -> str:
    """``phrase`` starts inside a bracket it closes at ``close``: "black)" of "mobile phone
    (Redmi, black) worth ..." is the thing named before the bracket and the bracket whole;
    "15,000) aur ek gift card" (a value in it) is what follows the bracket."""
    at = text.find(phrase)
    opened = text.rfind("(", max(0, at - _BRACKET_REACH), at) if at >= 0 else -1
    if opened < 0 or _BRACKET_VALUE.search(text, opened, at + close):
        rest = re.sub(r"^\s*(?:and|aur|और|,)\s+", "", phrase[close + 1 :])
        return _bracketed(rest, text)
    named = _words_before(text[:opened])
    start = text.rfind(named, 0, opened) if named else -1
    return text[start : at + close + 1] if start >= 0 else ""


def _words_of(doc: Complaint, amount: Amount) -> str:
    sentence = doc.sentences[doc.sentence_index(amount.start)]
    before = doc.text[sentence.start : amount.start]
    after = doc.text[amount.end : sentence.end]
    cash = _CASH_AFTER.match(after) or _CASH.search(before[-12:])
    if cash:
        return _CASH.search(cash[0])[0]  # type: ignore[index]
    if _JOINED.search(before):  # "took my phone and Rs 4,500": the sum is an item of its own
        return doc.text[amount.start : amount.end]
    value_of = _VALUE_OF.search(before)
    if value_of:
        return value_of[1].strip()
    lead = _VALUE_WORDS.search(before)
    elliptical = _ELLIPTICAL.search(before)
    if lead:  # "mobile chura liya, jiski keemat": the thing taken, not the verb before "jiski"
        head = before[: lead.start()]
        phrase = _object_taken(head) or _words_before(head) or _thing_told_of(head)
    elif elliptical:
        phrase = _words_before(elliptical["item"] + " ")
    else:
        phrase = _listed_item(before)
    return phrase or _clause(before, doc.text[amount.start : amount.end], after)


def _thing_told_of(head: str) -> str:
    """ "The chain weighed 18 grams and is worth": the thing the clause before "worth" is
    about, where the words just before it name none."""
    goods = _GOODS.search(head)
    return _words_before(head[: goods.end()] + " ") if goods else ""


# "mera Samsung phone chheen liya, jiski keemat ..." / "snatched my phone, which was worth":
# the value belongs to the thing the previous clause says was taken. Hindi and Hinglish name
# it before the verb, English after it.
_TAKING_HI = re.compile(
    r"(?<![\w\u0900-\u097f])(?:chh?ee?n|chura|chori|le\s+(?:gaye|gaya|gayi|liya|bhaag)|"
    r"kheench|jhapat|loot|gaa?yab|nikaal|nikal\s+(?:liye|liya|li)\b|छीन|चुरा|चोरी|ले\s+गए|ले\s+गया|"
    r"ले\s+लिया|झपट|लूट|गायब|निकाल)",
    re.IGNORECASE,
)
_TAKING_EN = re.compile(
    r"\b(?:stole|(?:ha(?:d|ve|s)\s+)(?:stolen|snatched|taken\s+away)|snatched|took(?:\s+away)?(?!\s+(?:out|off|me|us|him|her|them|it)\b)|grabbed|"
    r"robbed\s+(?:me|us)\s+of|looted)\s+",
    re.IGNORECASE,
)


_TAKEN_EN = re.compile(
    r"\b(?:was|were|is|are|ha(?:ve|s|d)\s+been|got)\s+(?:stolen|missing|taken(?:\s+away)?|"
    r"looted|snatched|gone)\b",
    re.IGNORECASE,
)


# "the bike is worth Rs 55,000 and the phone about Rs 14,000", "chain 40,000 ki aur anguthi
# lagbhag 12,000 ki": a second thing valued after the first's sum, its "worth" left unsaid
_ELLIPTICAL = re.compile(
    r"\d[\d,.]*\s*(?:/-)?\s*(?:\S+\s+)?(?:,\s*)?(?:and|aur|और)\s+(?P<item>[^,;.।\d]{2,40}?)\s*"
    r"(?:about|around|approx\.?|roughly|nearly|lagbhag|kareeb|karib|करीब|लगभग)?\s*"
    r"(?:rs\.?|₹|inr)?\s*$",
    re.IGNORECASE,
)


def _object_taken(before: str) -> str:
    words = before.rstrip().split()
    if not words or words[-1].casefold() not in _RELATIVE_PRONOUNS:
        return ""
    clause = re.split(r"[,;.।]", " ".join(words[:-1]).rstrip(" ,;"))[-1]
    english = _TAKING_EN.search(clause)
    if english:
        return _words_before(
            re.split(r"\s(?:from|and|at|on|in|near)\s", clause[english.end() :])[0] + " "
        )
    hindi = _TAKING_HI.search(clause)
    return _words_before(clause[: hindi.start()]) if hindi else ""


def _listed_item(before: str) -> str:
    """ "gold chain, 22 g, Rs 1,45,000": the item and its measures written before the value;
    "" when the words before the comma name no thing and give no measure ("Soon after, Rs
    5,000 was debited")."""
    if not re.search(r"[,:–-]\s*$", before):
        return ""
    item = _item_listed(before)
    return item if _GOODS.search(item) or re.search(r"\d", item) else ""


def _item_listed(before: str) -> str:
    listed = before.rstrip(" ,:–-")
    cut = len(listed)
    for separator in reversed(list(re.finditer(r",|:|–|\s-\s", listed))):
        segment, end = listed[separator.end() : cut], cut
        cut = separator.start()
        if not _MEASURE.match(segment):
            return _from_last(listed, _words_before(segment + " "), end)
    return _from_last(listed, _words_before(listed[:cut] + " "), len(listed))


def _from_last(listed: str, item: str, end: int) -> str:
    """``listed`` from the last place ``item`` is written before ``end`` (its spacing as
    written), or "" when it is not there as a whole."""
    if not item:
        return ""
    spaced = r"\s+".join(map(re.escape, item.split()))
    starts = [m.start() for m in re.finditer(spaced, listed[:end])]
    return listed[starts[-1] :] if starts else ""


def _words_before(text: str) -> str:
    """The last few words before a value, back to a boundary word or punctuation."""
    words: list[str] = []
    tokens = text.rstrip(" ,(").split()
    while tokens and tokens[-1].casefold() in _RELATIVE_PRONOUNS:  # "... अंगूठी जिसकी कीमत"
        tokens.pop()
        if tokens:  # "मेरा मोबाइल फोन, जिसकी कीमत": the comma sets the clause off, not the thing
            tokens[-1] = tokens[-1].rstrip(",")
    if len(tokens) > 2 and tokens[-1].casefold() in _COPULAS:  # "chain 15 gram ki thi"
        tokens.pop()
        if tokens[-1].casefold() in _GENITIVES:
            tokens.pop()
    for word in reversed(tokens):
        if word.casefold() in _GENITIVES and words:  # "सोने की अंगूठी", "sone ki chain"
            words.insert(0, word)
            continue
        if word.casefold() in _STOP_WORDS or word.endswith((",", ".", "।", ":")):
            break
        words.insert(0, word)
        if len(words) == _MAX_ITEM_WORDS:
            break
    while words and words[0].casefold() in _GENITIVES:  # "(प्रार्थी) की दो भैंसें"
        words.pop(0)
    return " ".join(words)


# "my wallet with", "a bag containing": the thing that held the sum, its last word dropped
_HOLDING_AFTER = re.compile(r"\s+(?:with|containing|having|in\s+which|jisme|jismein)\s*$", re.I)


def _clause(before: str, amount_text: str, after: str) -> str:
    """The words of the clause before the amount (else after it), as written, never the amount;
    the amount itself where those words name no thing ("I paid", "within ten minutes",
    "lagbhag": a sum of money lost or paid is described by the sum)."""
    head = re.split(r";|,(?!\d)", before)[-1]
    taking = list(_TAKING_EN.finditer(head))
    if taking:  # "beat me with sticks and took my wallet with Rs 6,000": what was taken
        item = _words_before(_HOLDING_AFTER.sub(" ", head[taking[-1].end() :]))
        if _GOODS.search(item):
            return item
    # "Rs 5,000 and my phone worth ...": what follows a conjunction is the next thing
    tail = re.split(r";|,(?!\d)|[.।](?!\d)|\b(?:and|aur)\b|और", after)[0]
    kept_head = re.search(rf"(?:\S+\s+){{0,{_CLAUSE_WORDS_BEFORE}}}$", head)
    kept_tail = re.match(rf"(?:\s*\S+){{0,{_CLAUSE_WORDS_AFTER}}}", tail)
    for words in (kept_head[0] if kept_head else "", kept_tail[0] if kept_tail else ""):
        if _GOODS.search(words):
            return words.strip()
    return amount_text


# "She left home with her clothes and 5,000 rupees", "beti almari se 3,000 rupaye le gayi",
# "वह अपने साथ 2,000 रुपये ले गया": in a complaint of someone gone missing that tells of no
# theft, the money the missing person took along is no property lost to an offence.
_GONE_MISSING = re.compile(
    r"\b(?:(?:is|went|gone)\s+missing|lapata|laapata|gumshuda|did\s+not\s+(?:return|come\s+back)|"
    r"left\s+(?:the\s+)?(?:house|home)|"
    r"(?:wapas\s+|tak\s+)?nahi\s+(?:aay?[aie]|laut\w*))\b|"
    r"लापता|गुमशुदा|वापस\s+नहीं\s+(?:आई|आया|आए|लौट)|घर\s+से\s+(?:चली|चला|निकल)",
    re.IGNORECASE,
)
_TAKEN_ALONG = re.compile(
    r"\b(?:took|taken|had|carr\w+|with\s+(?:him|her|them)|le\s+ga\w+|lekar|leke|le\s+kar|"
    r"saath|ke\s+paas)\b|ले\s+ग|लेकर|साथ|के\s+पास",
    re.IGNORECASE,
)
# the one gone missing, told as the subject of the sentence that tells the sum
_ONE_GONE = re.compile(
    r"\b(?:she|he|daughter|son|wife|husband|beti|beta|ladki|ladka|patni|pati|bahu|wo|woh|vo)\b|"
    r"बेटी|बेटा|लड़की|लड़का|पत्नी|पति|बहू|वह\s",
    re.IGNORECASE,
)
_THEFT = re.compile(
    r"\b(?:stole\w*|stolen|theft|thief|chori|chura\w*|snatch\w*|loot\w*|robb\w*|cheat\w*|"
    r"fraud|dhokh\w*)\b|चोरी|चुरा|लूट|छीन|धोख",
    re.IGNORECASE,
)


def _carried_by_the_missing(doc: Complaint, amount: Amount) -> bool:
    body = doc.text[doc.body_start :]
    sentence = doc.sentences[doc.sentence_index(amount.start)].text
    return bool(
        _GONE_MISSING.search(body)
        and not _THEFT.search(body)
        and _TAKEN_ALONG.search(sentence)
        and _ONE_GONE.search(sentence)
    )


# "my husband lost Rs 9,000 at the card tables", "satte mein 20 hazaar haar gaya", "जुए में 15
# हज़ार हार गया": money staked at gambling and lost is no property taken by an offence, where the
# sentence tells neither a theft nor a cheating.
_GAMBLING = re.compile(
    r"\b(?:gambl\w*|ju+aa?|juye|satt[ae]|betting|bets?|teen\s+patti|card\s+tables?|"
    r"playing\s+cards|matka|casino)\b|जुआ|जुए|सट्टा|सट्टे|ताश",
    re.IGNORECASE,
)
_STAKE_LOST = re.compile(
    r"\b(?:lost|loses|lose|haar\w*|har\s+(?:gaya|gaye|gayi|diya|diye))\b|हार\s+(?:गया|गए|गई|दिए)|हारे",
    re.IGNORECASE,
)


def _staked_and_lost(doc: Complaint, amount: Amount) -> bool:
    sentence = doc.sentences[doc.sentence_index(amount.start)].text
    body = doc.text[doc.body_start :]
    return bool(
        _GAMBLING.search(body)
        and _STAKE_LOST.search(sentence)
        and not _THEFT.search(sentence)
        and not _DECEIT.search(sentence)
    )
