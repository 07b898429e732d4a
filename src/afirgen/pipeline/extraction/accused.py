"""The accused (IF-1 item 7): who they are, or how many and what they looked like.

Named accused come from how complainants introduce them: by role ("my neighbour
Suresh Yadav", "पति अमित शर्मा", "hamare padosi Salim"), by name ("one Pankaj
Mishra", "a boy named Chintu alias Chetan", "सुरेश पाल नामक व्यक्ति"), or as a
group ("Dharam Pal and his two sons Naveen and Pawan"). Unknown accused come
from counted descriptions ("two unknown men on a grey scooter", "teen
ladke", "दो अज्ञात युवक"). People who only saw the incident are not accused.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from afirgen.domain.fields import Accused, Person
from afirgen.pipeline.extraction.complained_of import complained_of, names_a_place_or_body
from afirgen.pipeline.extraction.document import Complaint
from afirgen.pipeline.extraction.firms import firm_complained_of
from afirgen.pipeline.extraction.names import (
    ALIAS,
    NameSpan,
    clean_name,
    is_devanagari,
    read_name,
    read_name_before,
    same_person,
)
from afirgen.pipeline.extraction.phrases import phrase_list, phrase_pattern, stem_pattern
from afirgen.pipeline.extraction.relations import relation_in
from afirgen.pipeline.extraction.witnesses import saw_incident
from afirgen.text.clearing import clearing_clauses, is_cleared
from afirgen.text.numbers import number_from_word, number_word_pattern
from afirgen.text.sentences import sentence_end

_NUM = rf"(?:\d{{1,2}}|{number_word_pattern()})"
_ROLES = (
    r"neighbou?rs?|landlord|landlady|tenant|salesman|employee|servant|maid|caretaker|broker|"
    r"agent|devar|dewar|jeth|nanad|saas|sasur|mother-in-law|father-in-law|brother-in-law|"
    r"sister-in-law|padosi|colleague|contractor|watchman|classmate|boyfriend|husband|pati"
)
_ROLE = re.compile(
    rf"\b(?:my|our|her|his|the|hamare|hamara|mere|mera|meri|uske|unke)?\s*(?:{_ROLES})\s+"
    r"(?:named\s+|called\s+)?(?=(?:mr\.?\s+|shri\s+)?(?-i:[A-Z]))"
    r"|(?:पड़ोसी|पति|सास|ससुर|देवर|जेठ|ननद|नौकर|मकान\s+मालिक|ड्राइवर)\s+(?=श्री\s|[\u0900-\u097f])",
    re.IGNORECASE,
)
# "the shop owner Mr. Dilip Gupta", "thekedar Anil", "proprietor Sri Imran", "ठेकेदार रमेश": a
# person's work, or their side of a deal (``party``), put before their name.
_COUNTERPARTIES = phrase_pattern("accused", "counterparties")
_JOB = re.compile(
    rf"(?:{phrase_pattern('accused', 'jobs')}|(?P<party>{_COUNTERPARTIES}))"
    r"\s+(?:named\s+|called\s+)?"
    r"(?=(?:(?:mr|mrs|ms|sh|shri|sri|smt)\b\.?\s*)?(?-i:[A-Z])|(?:श्री\s+)?[\u0900-\u097f])",
    re.IGNORECASE,
)
_NOT_A_NAME_WORD = phrase_list("names", "not_devanagari_name")
_NEXT_WORD = re.compile(r"\s*(?:(?P<mark>[,(।.]|$)|(?P<word>[\u0900-\u0963\u0966-\u097f]+))")
# "gaon ke hi Rajveer", "गाँव का ही पप्पू", "mohalle ka Rahul", "पड़ोस में रहने वाला मुकेश": one
# of the complainant's own village or street, the way a complaint brings in whom it blames.
_LOCAL = re.compile(
    r"\b(?:gaon|gaanv|gao|mohalle|mohalla|colony|basti|gali)\s+(?:ka|ke|ki)\s+hi\s+"
    r"(?=(?-i:[A-Z]))"
    r"|(?:गाँव|गांव|मोहल्ले|बस्ती|कॉलोनी|गली)\s+(?:का|के|की)\s+ही\s+(?=[\u0900-\u097f])"
    # "gaon ka Tinku", "mohalle ka Raju Saini": one man of the village, told as plainly as one
    # blamed ("gaon ke Lalaram", with respect, is as often the elder who saw it)
    r"|\b(?:gaon|gaanv|gao|mohalle|mohalla)\s+ka\s+(?=(?-i:[A-Z]))"
    # "गाँव का दीपू ने", "मोहल्ले का पप्पू यादव, जो ...": in Devanagari only where the name is
    # told as the doer or set off, since any run of Devanagari reads as a name
    r"|(?:गाँव|गांव|मोहल्ले)\s+का\s+(?=[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)?\s*(?:ने\s|,|\(|जो\s))"
    r"|पड़ोस\s+में\s+रहने\s+(?:वाला|वाले|वाली)\s+(?=[\u0900-\u097f])",
    re.IGNORECASE,
)
# "Mangilal ka beta Suresh", "उसका भाई छोटू", "Sonam ke bhai Ajay": kin of someone other than
# the complainant ("my brother" is the complainant's side, "8 saal ka beta" a child's age).
_KIN_NOUN = (
    r"(?:son|brother|nephew|cousin|friend|beta|bete|bhai|bhatija|bhatije|dost|saala|sala|"
    r"बेटा|बेटे|भाई|भतीजा|भतीजे|दोस्त|साला)"
)
_KIN_OF = re.compile(
    r"(?<!\bsaal\s)(?<!\bsal\s)(?<!साल\s)(?<!वर्ष\s)"
    r"(?:(?<![\w\u0900-\u097f])(?:ka|ke|ki|uska|uske|unka|unke)|का|के|की|उसका|उसके|उनका|उनके)\s+(?:(?:bada|bade|chhota|chhote|elder|younger|बड़ा|बड़े|छोटा|छोटे)\s+)?"
    rf"{_KIN_NOUN}\s+"
    r"(?=(?-i:[A-Z])|[\u0900-\u097f])",
    re.IGNORECASE,
)
# a Devanagari word that may be part of a name: not a copula ("लड़का अकेला था, ...")
_NAME_WORD = r"(?!(?:था|थी|थे|है|हैं|रहा|रहे|रही)(?![\u0900-\u097f]))[\u0900-\u097f]+"
_INTRODUCED = re.compile(
    r"\b(?i:one|named|accused|aropi|ek\s+ladka|ladka|ek\s+(?:aadmi|admi|vyakti|yuvak|aurat|"
    r"ladki|banda))\s+(?=[A-Z])"
    r"|(?:दबंग|आरोपी|अभियुक्त)\s+(?=[\u0900-\u097f])"
    # "लड़का साहिल ने", "लड़के अंकित और रोहित", "लड़का विकास (19)": a name after "लड़का" is
    # told as the doer, listed or described; "लड़का अकेला था", "दो लड़के दिख रहे थे" are words
    # about the boys, no name
    rf"|(?:लड़का|लड़के)\s+(?={_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}?\s*"
    r"(?:(?:ने|और|उर्फ|पुत्र|भी|जो)\s|,|\())",
)
# The name someone the complaint has described gave or is known by ("three men, one of whom
# I know as Naveen", "ek ladke ka naam Sonu tha", "उसने अपना नाम दिनेश बताया"): it names a
# person already counted, as the doer of an act does.
_NAME_GIVEN = re.compile(
    r"\b(?i:introduced\s+(?:him|her)self\s+as|gave\s+(?:his\s+|her\s+)?name\s+as|"
    r"name\s+(?:told|given)\s+as|(?:i|we)\s+know\s+as|apna\s+naam|calling\s+himself|"
    r"called\s+himself|(?:driver|accused)['’]?s?\s+name\s+is|his\s+name\s+is|uska\s+naam|"
    r"(?:later\s+)?identified\s+as|(?:came|come)\s+to\s+know\s+(?:is|was|as)|"
    r"(?:was|is)\s+(?:found|learnt|learned)\s+to\s+be|recogni[sz]ed\s+(?:him|her)\s+as|"
    r"(?:ladke|aadmi|vyakti|driver|unme\s+se\s+ek)\s+ka\s+naam)\s+(?=[A-Z])"
    r"|अपना\s+नाम\s+(?=[\u0900-\u097f])"
    # "ek aadmi, jiska naam baad me pata chala Vinod", "जिसका नाम बाद में पता चला हरीश": the
    # name learnt afterwards of one the complaint described
    r"|\b(?i:jiska|jinka|uska|unka)\s+(?i:naam)\s+(?i:baad\s+(?:me|mein|main)\s+)?"
    r"(?i:pata\s+chala)\s+(?=[A-Z])"
    r"|(?:जिसका|उसका|उनका)\s+नाम\s+(?:बाद\s+में\s+)?पता\s+चला\s+(?=[\u0900-\u097f])",
)
# The one the complaint is made against, in its subject line too: "Sub: FIR against Pintu
# Sharma", "Accused: Mr. Amit Negi", "action against Sh. Kuldeep Singh".
_AGAINST = re.compile(
    r"\b(?:(?:complaint|fir|case|action|report|proceedings)\s+against|"
    r"(?P<heading>(?:(?:details|name)\s+of\s+(?:the\s+)?)?(?:accused|suspect)"
    r"(?:\s+(?:person|name|details))?s?(?:\s*\(if\s+(?:any|known)\))?\s*:))\s*"
    r"(?:(?:\(\d\)|\d\.)\s*)?"
    r"(?=(?:mr|mrs|ms|sh|shri|sri|smt)?\.?\s*(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Whose the business that wronged the complainant is, or who the other side of the deal is:
# "a tannery owned by Mr. Saleem", "a courier firm run by Mr. Vikas Tyagi", "a paper printed by
# Mr. Ajay", "the landlord is Mr. P. Menon", "the owner of the building is Shri Harikishan".
_OWNED_BY = re.compile(
    r"\b(?:(?:owned|run|managed|operated|headed|led|edited|printed|published)\s+by"
    r"|(?:owner|landlord|landlady|proprietor|contractor|thekedar|builder|malik|maalik)"
    r"(?:\s+of\s+(?:the\s+|this\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was))\s+"
    r"(?=(?:(?:mr|mrs|ms|sh|shri|sri|smt)\b\.?\s*)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(
    r"\s+(?:नामक|naamak)"
    r"|\s+(?:naam|नाम)\s+(?:ka|ke|ki|का|के|की)\s+(?:ladka|ladke|aadmi|vyakti|लड़का|लड़के|आदमी|"
    r"व्यक्ति)(?![\w\u0900-\u097f])"
    r"|\s+(?:और|aur|and)\s+(?:उसके|uske|his|her)\s+(?:साथियों|साथी|दोस्तों|"
    r"friends|associates|saathiyon|companions)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_KIN = (
    r"sons?|brothers?|friends?|father|nephews?|cousins?|associates?|bhai|beta|bete|beton|betom|"
    r"bhaiyon|dost|doston|saathi|भाई|भाइयों|बेटा|बेटे|बेटों|दोस्त|दोस्तों|साथी"
)
# "X and his two sons Y and Z", "X, his son Y and ...": the kin named after X came with him.
_KIN_ADJECTIVE = (
    r"(?:younger|elder|real|own|cousin|chhota|chota|bada|chhote|bade|chhoti|badi|छोटा|बड़ा|छोटे|"
    r"बड़े|छोटी|बड़ी|चचेरा|ममेरा|फुफेरा|मौसेरा|चचेरे|ममेरे|फुफेरे|मौसेरे|chachera|chachere|mamera|"
    r"mamere|mausera|mausere|phuphera)\s+"
)
_GROUP_LINK = re.compile(
    rf"(?:\s*,?\s*(?:and|aur|और|व|with)\s+(?:his|her|their|uska|uske|unke|उसका|उसके|उसकी|अपने|apne)"
    rf"|\s*,\s*(?:his|her|their|uska|uske|unka|unke|usda|उसका|उसके|उनका|उनके))"
    rf"\s+(?:{_NUM}\s+)?(?:{_KIN})\s+"
    # a partner in the deed or a spouse joined by "and" ("Ganesh and his partner Dilip",
    # "Ramkishan aur uske ladke Sonu", "कमला और उसके पति हरिराम"): the two did it together
    r"|\s+(?:and|aur|और)\s+(?:his|her|their|uska|uske|unke|उसका|उसके|उसकी)\s+"
    r"(?:partners?|ladka|ladke|husband|wife|pati|patni|पति|पत्नी)\s+",
    re.IGNORECASE,
)
# After an accused: "X and his younger brother Mr. Y", "X aur uski patni Y", "X और उसका चचेरा
# भाई Y": the one who came along is named as accused too. Wider than the kin above, which
# alone make the person before them an accused.
_KIN_ALONG_NAMED = (
    rf"{_KIN}|wife|husband|mother|sister|uncle|brother-in-law|son-in-law|partner|accomplice|"
    r"helper|munshi|manager|servant|naukar|driver|saala|sala|jija|chacha|mama|bhatija|bhanja|"
    r"patni|pati|maa|behen|नौकर|"
    r"devar|dewar|jeth|sasur|saas|nanad|पत्नी|पति|माँ|मां|बहन|चाचा|भतीजा|भांजा|साला|जीजा|देवर|जेठ|ससुर|सास|"
    r"ननद|मामा|मुंशी|चाची|मामी|भतीजे|बेटे|बेटी|बहू|दामाद|जेठानी|देवरानी|भाभी|bahu|damad|beti|"
    r"jethani|devrani|bhabhi"
)
_ALONG_LINK = re.compile(
    r"\s*,?\s*(?:and|aur|और|व|with)\s+(?:his|her|their|uska|uski|uske|unke|unki|unka|उसका|उसके|"
    rf"उसकी|उनके|उनकी|उनका|अपने|अपनी|apne|apni)\s+(?:{_KIN_ADJECTIVE})?(?:{_KIN_ALONG_NAMED})\s+",
    re.IGNORECASE,
)
# "X, uske bete Y aur Z", "X, his nephew Y", "X, bhatija Y, jija Z", "X, पत्नी Y": kin told
# after a comma in a list of those who came is one more of them.
_POSSESSIVE_KIN = (
    r"(?:his|her|their|uska|uski|uske|unke|unki|unka|usda|usdi|ohda|उसका|उसके|उसकी|उनके|उनकी|"
    r"उनका)\s+"
)
_COMMA_KIN_LINK = re.compile(
    rf"(?:\s*,|\s+व)\s+(?:{_POSSESSIVE_KIN})?(?:{_KIN_ADJECTIVE})?(?:{_KIN_ALONG_NAMED})\s+",
    re.IGNORECASE,
)
# "Bablu ne mujhe maara", "राकेश ने धक्का दिया", "Suresh slapped me": the one who did the act.
# An English doer may do something else first in the same clause ("Suresh saw me alone and
# slapped me"); lowercase words only, so "Ramesh saw Suresh beat me" blames no Ramesh.
_ACTOR = re.compile(
    r"\s+(?:ne|ने)(?![\w\u0900-\u097f])"
    # up to six words (an article rides with its noun) before "and" and the act: "came with a
    # rod and a danda and beat me"
    r"|(?=\s+(?:(?:(?:(?-i:a|an|the)\s+)?(?-i:[a-z]+)\s+){1,6}?and\s+(?:then\s+)?)?"
    rf"{phrase_pattern('accused', 'act_verbs')}(?![^\S\n]*:))",  # "Property damaged: Yes" is a form
    re.IGNORECASE,
)
_ACT_ON_VICTIM = re.compile(stem_pattern("accused", "act_stems"), re.IGNORECASE)
# "my neighbour Mr. Ravi Kulkarni telephoned me", "पड़ोसी श्री वर्मा जी ने बताया": told or
# helped, and did nothing against the victim in the same words.
_INFORMED = re.compile(stem_pattern("accused", "informant_stems"), re.IGNORECASE)
_CALLED = re.compile(stem_pattern("accused", "calling_stems"), re.IGNORECASE)
# "a sweet shop named Gupta Mishthan Bhandar", "an app called ...": a thing, not a person.
_NAMED_THING = re.compile(
    rf"{phrase_pattern('accused', 'named_things')}\s+(?:named|called|naam\s+ka|नाम\s+की)?\s*$",
    re.IGNORECASE,
)
_ACT_REACH = 60  # characters after the actor that may hold the act
# "लल्लन व शिवकुमार", "X एवं Y", "X तथा Y": the written Hindi "and" joins names as "और" does
_AND = re.compile(r"\s*(?:,|and|aur|और)\s+|\s+(?:व|एवं|तथा)\s+", re.IGNORECASE)
_OBJECT_AFTER = re.compile(
    r"\s+(?:car|bike|motorcycle|truck|phone|mobile|scooty|scooter|auto|tempo|bus|app|account|"
    r"card|bank|mall|market|store|shop|company)\b",
    re.IGNORECASE,
)


@dataclass
class AccusedFindings:
    """Everything said about the accused, before it becomes IF-1 rows and a count."""

    named: list[NameSpan] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # unnamed roles: "mother-in-law" -> "sas"
    groups: list[tuple[int, str]] = field(default_factory=list)  # (count, description)
    companions: int = 0
    unknown_size: bool = False
    open_number: bool = False  # "some people", "kisi ne": open unless others are counted
    single: str | None = None  # "a man", "the driver": one unnamed accused
    relations: dict[str, str] = field(default_factory=dict)  # name -> "neighbour"
    cleared: list[str] = field(default_factory=list)  # names or role words, as written
    # Named only as the doer of the act: counted only when no group is counted, since
    # "do ladke aaye ... Monu ne maara" names one of the two.
    actors: set[str] = field(default_factory=set)
    together: int = 0  # "teeno ne milkar maara": at least three accused, named or not
    members: int = 0  # named accused told as the members of a counted group, counted in it
    another: int = 0  # "a man called ... another man came on video": unnamed doers after one


_UNNAMED_ROLE_WORDS: list[tuple[str, str]] = [
    ("husband",
     r"\b(?:my|her|mere|meri|mera)\s+(?:husband|pati)\b|\bpati\s+(?:ne|aur)\b"
     r"|(?<![\u0900-\u097f])पति(?=\s+(?:ने|और))"),
    ("mother-in-law",
     r"\bhis\s+mother\b|\bmother-in-law\b|\bsaas\b|\bsas\b|सास(?![\u0900-\u097f])"),
    ("father-in-law", r"\bfather-in-law\b|\bsasur\b|ससुर(?![\u0900-\u097f])"),
    ("brother-in-law",
     r"\bbrother-in-law\b|\bdevar\b|\bdewar\b|\bjeth\b|(?:देवर|जेठ)(?![\u0900-\u097f])"),
    ("sister-in-law", r"\bsister-in-law\b|\bnanad\b|ननद(?![\u0900-\u097f])"),
]  # fmt: skip
_UNNAMED_ROLES = [(role, re.compile(p, re.IGNORECASE)) for role, p in _UNNAMED_ROLE_WORDS]
_ROLE_NAMES = {
    "husband": ("husband", "pati", "पति"),
    "mother-in-law": ("mother-in-law", "his mother", "saas", "sas", "सास"),
    "father-in-law": ("father-in-law", "sasur", "ससुर"),
    "brother-in-law": ("brother-in-law", "devar", "dewar", "jeth", "देवर", "जेठ"),
    "sister-in-law": ("sister-in-law", "nanad", "ननद"),
}
_ACCUSATORY = re.compile(
    r"\b(?:beat\w*|hit|harass\w*|tortur\w*|demand\w*|abus\w*|threat\w*|push\w*|maar\w*|mara|"
    r"pareshan|nikal\w*|slap\w*|kick\w*|drinks)\b|मार|पीट|परेशान|निकाल|धमकी|माँग|मांग|तंग",
    re.IGNORECASE,
)
_ERGATIVE = re.compile(r"\s+(?:ne|ने)(?![\w\u0900-\u097f])", re.IGNORECASE)
_AS_OBJECT = re.compile(r"(?:hit|beat|attacked|with)\s*$|(?:\bko|को)\s*$", re.IGNORECASE)
_PERSONS = (
    r"men|boys|youths|persons|people|guys|miscreants|assailants|attackers|robbers|thieves|"
    r"snatchers|women|girls|goons|ladke|ladkon|aadmi|logon|log|badmash|badmashon|bande|munde|"
    r"individuals|bouncers|chor|choron|lutere|luteron|लुटेरे|लुटेरों|चोर|चोरों|बंदे|"
    r"intruders|burglars|dacoits|culprits|thugs|strangers|ruffians|daku|dakait|डकैत|डाकू|"
    r"लड़के|लड़कों|युवकों|युवक|व्यक्तियों|व्यक्ति|बदमाशों|बदमाश|लोगों|लोग|आदमियों|आदमी"
)
# "two masked armed men", "do anjaan ladke", "चार अज्ञात हथियारबंद लोग": up to two words of how
# they looked between the number and the people.
_LOOKED = (
    r"unknown|unidentified|masked|young|armed|drunk|drunken|other|agyat|anjaan|anjan|anjane|"
    r"bike-borne|motorcycle-borne|helmeted|"
    r"nakabposh|hatte-katte|अज्ञात|अनजान|नकाबपोश|हथियारबंद|नशे\s+में\s+धुत|बाइक\s+सवार|bike\s+sawar"
)
# "तीन अज्ञात ने", "do agyat aaye", "four masked": the word for how they were unseen stands
# for the people themselves.
_UNSEEN = r"unknown|unidentified|masked|agyat|anjaan|anjan|nakabposh|अज्ञात|अनजान|नकाबपोश"
_GROUP = re.compile(
    rf"(?<![\w\u0900-\u097f])({_NUM})\s+(?:(?:(?:{_LOOKED})\s+){{0,2}}(?:{_PERSONS})"
    rf"|(?P<bare>{_UNSEEN})(?!\s+(?:{_LOOKED}|{_PERSONS})(?![\w\u0900-\u097f])))"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# People counted as those the act reached or who suffered alike ("mere 15 contacts logon ko
# bhej diya", "25 लोगों को भेज दी", "three more buyers were duped by the same seller"): not
# the doers. ("paid it to two men" names the doers, so "to" alone tells nothing.)
_NOT_DOERS_AFTER = re.compile(r"\s*(?:ko|को)\s+(?:bhej|भेज|forward|share)", re.IGNORECASE)
_OTHER = re.compile(r"^\S+\s+other\s", re.IGNORECASE)
# "nine people in all", "kul chhe log", "कुल पाँच लोग": the named are among them.
_IN_ALL = re.compile(r"\s*,?\s*(?:in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
_IN_ALL_BEFORE = re.compile(r"(?:\btotal|\bkul|कुल)\s+(?:of\s+)?$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    rf"(?<![\w\u0900-\u097f]){_NUM}\s*(?:-|–|\bor|\bya|या|से|\bse)\s*$", re.IGNORECASE
)
_GROUP_DETAIL = re.compile(
    r"(?:\s+aged\s+about\s+[\d\s-]+years|\s+(?:on|in)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:motorcycle|motorbike|bike|scooty|scooties|scooter|car|auto|activa|pulsar|apache))+",
    re.IGNORECASE,
)
_COMPANION_BEFORE = re.compile(
    r"(?:\bwith|के\s+साथ|\bsaath|\baur\s+uske|और\s+उसके|अपने|उसके|\bhis|\buske|\bapne)\s*$",
    re.IGNORECASE,
)
_ONE_COMPANION = re.compile(
    r"(?:अपने|apne|\bhis|\bher)\s+(?:एक|ek|one|a)\s+(?:साथी|saathi|friend|associate|companion)"
    r"|\b(?:his|her)\s+friend\b(?!\s+(?-i:[A-Z]))(?!s)",
    re.IGNORECASE,
)
# "Ramesh aur uska bhai aaye", "रमेश और उसका बेटा आया", "Suresh and his brother came": one
# more, unnamed, who came or did it (a name after the kin word is a named accused instead).
_KIN_ALONG = re.compile(
    r"(?:\b(?:aur|and)|और)\s+(?:\buska|\bunka|\bhis|\btheir|उसका|उनका)\s+"
    r"(?:bhai|beta|brother|son|भाई|बेटा)\s+(?=(?:ne|aaye|aaya|came|ने|आए|आया)(?![\w\u0900-\u097f]))",
    re.IGNORECASE,
)
_COMPANION_NOUNS = (
    r"(?:दोस्तों|दोस्त|साथियों|साथी|friends|dost|doston|saathi|saathiyon|sathiyon|associates|"
    r"companions)(?![\w\u0900-\u097f])"
)
# "aur uske do saathi", "and his two friends", "with his three associates", "अपने दो साथियों के
# साथ": companions counted, who came along with the accused
_COUNTED_COMPANIONS = re.compile(
    rf"(?:(?:और|\baur|\band)\s+(?:उसके|\buske|\bhis|\bher|\bapne|अपने)|\bwith\s+(?:his|her|their)"
    rf"|(?:अपने|उसके|\bapne|\buske)(?!\s+(?:एक|ek)\s)"  # "apne ek saathi": _ONE_COMPANION
    rf"(?=\s+{_NUM}\s+{_COMPANION_NOUNS}\s+(?:के\s+साथ|ke\s+sa+th)))"
    rf"\s+({_NUM})\s+{_COMPANION_NOUNS}",
    re.IGNORECASE,
)
_UNKNOWN_SIZE = re.compile(
    r"(?:उसके|अपने|\buske|\bapne|\bhis|\btheir)\s+(?:साथियों|दोस्तों|friends|associates|"
    r"saathiyon|companions)\b",
    re.IGNORECASE,
)
# An open number ("some people", "kuch log", "someone") leaves the count open only when
# nothing else counts the accused: next to named or counted accused it is mostly onlookers,
# and "koi" is as often "koi jawab nahi" ("no answer") as "someone".
_OPEN_NUMBER = re.compile(
    r"\bsome\s+(?:people|persons|men)\b|\bkuch\s+log|कुछ\s+लोग|\bsomeone\b|\bsomebody\b"
    r"|\bkisi\s+ne\b|किसी\s+ने",
    re.IGNORECASE,
)
# ... but an open number that did the act ("some men had cut the wire", "कुछ लोगों ने
# दरवाज़ा तोड़कर") leaves it open whoever else is named.
_OPEN_AGENT = re.compile(
    r"(?:\bsome\s+(?:people|persons|men)|\bsomeone|\bsomebody|\bkuch\s+logon\s+ne|"
    r"कुछ\s+लोगों\s+ने)[^.!?।\n]{0,40}?(?:\bbr[eo]k\w*|\bstole\w*|\bcut\b|\bentered|"
    r"\bsnatch\w*|\battack\w*|\bbeat\w*|\bghus\w*|\bchura\w*|\btod\w*|\bmaar\w*|घुस|तोड़|"
    r"चुरा|काट|मार)",
    re.IGNORECASE,
)
# "unknown persons broke the lock", "अन्य अज्ञात लोगों", "kisi agyat vyakti ne": unknown
# doers of a number the complaint leaves open (a number before them counts them instead;
# "calls from unknown men", "अनजान लोगों के कॉल" are those who rang the victim afterwards)
_OPEN_UNKNOWN = re.compile(phrase_pattern("accused", "open_unknown"), re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"(?<![\w\u0900-\u097f]){_NUM}\s+$", re.IGNORECASE)
_CALLS_FROM = re.compile(r"(?:\bfrom|\bse)\s+$", re.IGNORECASE)
_CALLS_AFTER = re.compile(
    r"[^.!?।\n]{0,25}?(?:\bcalls?\b|\bmessages?\b|कॉल|मैसेज|फोन)", re.IGNORECASE
)


def _left_open_unknown(text: str) -> bool:
    return any(
        not _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _CALLS_FROM.search(text, max(0, m.start() - 8), m.start())
        and not _CALLS_AFTER.match(text, m.end())
        for m in _OPEN_UNKNOWN.finditer(text)
    )


# "Sarita naam ki ek ladki": the one is named, and the name is read as the accused.
_NAMED_ONE = re.compile(r"(?:\bnaam|नाम)\s+(?:ka|ki|ke|का|की|के)\s+$", re.IGNORECASE)
_SINGLE = re.compile(
    r"\b(?:a|an|one|ek)\s+(?:unknown\s+|young\s+)?(?:man|boy|person|youth|woman|girl|guy|buyer|"
    r"caller|stranger|aadmi|ladka|ladki|vyakti)\b(?!\s+(?:se|ko|ki|ke|ka)\b)(?:\s+(?:on|in)\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"|(?:अज्ञात\s+)?(?:व्यक्ति|युवक|लड़का|आदमी)\s+ने|कॉल\s+करने\s+वाले"
    r"|\b(?:the|its|his)\s+(?:[A-Za-z]+\s+)?driver\b|\b(?:truck|tractor|car|bus|auto|tempo|bike|"
    r"dumper|jeep|gaadi|gadi)\s+(?:ka\s+)?(?:wala|driver|chalak)\b|चालक"
    # "driver ne lamba route liya", "ek yuvak andar aaya", "फोन करने वाले ने": one doer by role
    r"|\b(?:driver|dukaandaar|dukandar)\s+ne\b|\bek\s+(?:yuvak|yuvati|aurat)\b"
    r"|एक\s+(?:युवक|युवती|औरत|महिला|लड़का|आदमी|व्यक्ति)(?![\u0900-\u097f])"
    r"|(?:फोन|कॉल)\s+(?:करने|उठाने)\s+वाल[ेा]|दुकानदार\s+ने"
    # "Caller said he was from a gang", "the caller threatened", "Driver fled": the one who
    # rang or drove, told by that role alone as the doer
    r"|\b(?:the\s+)?caller\s+(?:said|told|asked|claimed|threatened|demanded|introduced|"
    r"bola|ne)\b|\bdriver\s+(?:fled|ran\s+away|sped\s+away|drove\s+off|bhaag|bhag|ruk|bol|utar|utr)\w*",
    re.IGNORECASE,
)


def accused_rows(findings: AccusedFindings) -> tuple[list[Accused], int | None]:
    """The accused as IF-1 lists them, and how many there are (``None`` if not stated)."""
    accused = [
        Accused(
            name=clean_name(s.name), known=True, relation_to_victim=findings.relations.get(s.name)
        )
        for s in findings.named
    ]
    accused += [
        Accused(known=True, description=words, relation_to_victim=role)
        for role, words in findings.roles.items()
    ]
    accused += [Accused(known=False, description=desc) for _, desc in findings.groups]
    if findings.single and not accused:
        accused.append(Accused(known=False, description=findings.single))
    return accused, _count(findings)


def collect_accused(
    doc: Complaint, complainant: NameSpan | None, person: Person
) -> AccusedFindings:
    """Everything the complaint says about who did it, before it is turned into IF-1 rows."""
    findings = AccusedFindings()
    if _NO_OFFENCE_TOLD.search(doc.text, doc.body_start):
        return findings  # "कोई अपराध नहीं हुआ": a report made against no one
    named_roles: set[str] = set()
    findings.named = [
        s
        for s in _named(doc, complainant, named_roles, findings.relations)
        if not _introduced_as_relative(doc.text, s, complainant, person)
        and not _a_place_or_body(doc, s)
    ]
    actors = [
        a
        for a in _distinct(_actors(doc) + _given_names(doc), complainant)
        if not any(same_person(a.name, n.name) for n in findings.named)
    ]
    actors = [a for a in actors if not _a_place_or_body(doc, a)]
    findings.actors = {a.name for a in actors}
    findings.named = sorted(findings.named + actors, key=lambda s: s.start)
    findings.roles = {
        k: v
        for k, v in _unnamed_roles(doc).items()
        if k not in named_roles and not _role_named(doc.text, k, findings.named)
    }
    if "husband" in findings.roles:
        _name_the_husband(doc, findings, person)
    _count_unnamed(doc, findings)
    # with the complainant unread, the one most told of may be the complainant himself
    only_one = complainant is not None and _only_one_unnamed(findings)
    suspects_no_one = bool(_NO_ONE_SUSPECTED.search(doc.text, doc.body_start))
    # "someone", "kisi ne" alone leave the doer open: the one the complaint singles out and
    # dwells on is still the one complained of (complained_of holds such a complaint stricter)
    open_only = findings.open_number and _nothing_said(replace(findings, open_number=False))
    if (_nothing_said(findings) or only_one or open_only) and not suspects_no_one:
        others = [complainant.name if complainant else "", person.relative_name or ""]
        found = complained_of(doc, others, _no_accused)
        if only_one and found and not _told_again(doc.text, found):
            found = None  # the one unnamed doer stays unnamed unless the complaint dwells on a name
        findings.named = [found] if found else []
        if only_one and found:
            findings.groups = []  # "ek aadmi ... wo Nanhe hai": the one counted, now named
    findings.named += _companions_of(doc, findings.named, complainant)
    if suspects_no_one:  # a neighbour or a watchman named in passing is no one blamed
        findings.named = [s for s in findings.named if s.name in findings.actors]
    _drop_cleared(doc, findings, person)
    _spell_out(doc.text, findings)
    if _nothing_said(findings) and not suspects_no_one:
        firm = firm_complained_of(doc)  # "booked a flat with M/s Sai Developers": the firm
        findings.named = [firm] if firm else []
    return findings


def _only_one_unnamed(findings: AccusedFindings) -> bool:
    """One unnamed doer ("a man", "ek aadmi ne"), whether told as the doer or counted as a
    group of one, and nothing else said of the accused."""
    ones = [g for g in findings.groups if g[0] == 1]
    if not (findings.single or ones) or len(ones) > 1:
        return False
    others = [g for g in findings.groups if g[0] != 1]
    return _nothing_said(replace(findings, single=None, groups=others))


def _companions_of(
    doc: Complaint, named: list[NameSpan], complainant: NameSpan | None
) -> list[NameSpan]:
    """Those named as coming along with an accused wherever the accused is told of ("Lakhan
    ... aur uska saathi Kallu bike pe aaye", "Kallu aur uske naukar Rajjan ne"): accused too,
    though the accused was first named by a deed or a role elsewhere."""
    found: list[NameSpan] = []
    for span in named:
        for told in _mentions_of(doc, span.name):
            along = _along_after(doc, told.end)
            known = [*named, *found, *([complainant] if complainant else [])]
            if along and not any(same_person(along.name, o.name) for o in known):
                found.append(along)
    return found


def _mentions_of(doc: Complaint, name: str) -> list[NameSpan]:
    """Each place in the body the person is told of, by their first name or more of it."""
    words = clean_name(name).split()
    if not words:
        return []
    edge = r"[\w\u0900-\u097f]"
    pattern = re.compile(rf"(?<!{edge}){re.escape(words[0])}(?!{edge})")
    spans = [read_name(doc.text, m.start()) for m in pattern.finditer(doc.text, doc.body_start)]
    return [s for s in spans if s is not None and same_person(s.name, name)]


def _along_after(doc: Complaint, end: int) -> NameSpan | None:
    """The one named as with the person whose name ends at ``end`` ("... (gaon Saraiya) aur
    uska saathi Kallu", "X and his brother Y")."""
    end = _ASIDE.match(doc.text, end).end()  # type: ignore[union-attr]
    link = _link_after_father(doc.text, end)
    if link is None:
        return None
    following = read_name(doc.text, link.end())
    if following is None or not _starts_at(doc.text, following, link.end()):
        return None
    if not _ends_as_a_name(doc.text, following) or _a_place_or_body(doc, following):
        return None
    return following


_ASIDE = re.compile(r"(?:\s*\([^()\n]{0,40}\))?")
# "X s/o Y and his friend Z", "X पुत्र Y व उसका साथी Z": the father's name told between
_FATHER_AFTER = re.compile(r"\s*,?\s*(?:[sdw]/o|son\s+of|putra|पुत्र|पुत्री)\s", re.IGNORECASE)
_WORD = re.compile(r"\s*[^\s,.;।]+")
_FATHER_WORDS = 3


def _link_after_father(text: str, end: int) -> re.Match[str] | None:
    """The link to a companion right after a name, or after the father's name told with it."""
    link = _GROUP_LINK.match(text, end) or _ALONG_LINK.match(text, end)
    father = _FATHER_AFTER.match(text, end)
    if link is not None or father is None:
        return link
    pos = father.end()
    for _ in range(_FATHER_WORDS):
        word = _WORD.match(text, pos)
        if word is None:
            return None
        pos = word.end()
        link = _GROUP_LINK.match(text, pos) or _ALONG_LINK.match(text, pos)
        if link is not None:
            return link
    return None


# "I do not suspect anyone", "pata nahi kisne kiya", "किसी पर शक नहीं": the complainant
# blames no one, so no name the complaint dwells on is taken for the accused.
_NO_OFFENCE_TOLD = re.compile(phrase_pattern("accused", "no_offence_told"), re.IGNORECASE)
_NO_ONE_SUSPECTED = re.compile(
    r"\b(?:(?:do|did)\s+not|don'?t|didn'?t|cannot|can'?t)\s+(?:\w+\s+)?suspect\s+"
    r"(?:any|anybody|anyone|someone)\b(?!\s+else)|\bno\s+(?:suspicion|suspects?)\b|\bsuspect\s+no\s*one\b|"
    r"\b(?:do\s+not|don'?t)\s+know\s+who\b|\bnot\s+sure\s+who\b|"
    r"\bkisi\s+(?:par|pe)\s+(?:koi\s+)?(?:shak|shaq|shak)\s+nahi|"
    r"\b(?:pata|maloom|malum)\s+nahi?n?\s+kis(?:ne|ka)\b|\bnahi?n?\s+pata\s+kisne\b|"
    r"किसी\s+पर\s+(?:कोई\s+)?(?:शक|संदेह)\s+नहीं|(?:पता|मालूम)\s+नहीं\s+किस(?:ने|का)|"
    r"नहीं\s+पता\s+किसने",
    re.IGNORECASE,
)


def _role_named(text: str, role: str, named: list[NameSpan]) -> bool:
    """An in-law named by the role word put before the name ("ननद पिंकी", "saas Kamla"): the
    role is that named accused, not one more."""
    words = "|".join(re.escape(w) for w in _ROLE_NAMES.get(role, ()))
    before = re.compile(rf"(?<![\w\u0900-\u097f])(?:{words})\s+$", re.IGNORECASE)
    return any(before.search(text, max(0, s.start - _ROLE_REACH), s.start) for s in named)


_ROLE_REACH = 20


def _told_again(text: str, span: NameSpan) -> bool:
    """The name (its first word) comes up again elsewhere in the complaint."""
    first = re.escape(span.name.split()[0])
    edge = r"(?<![\w\u0900-\u097f])"
    return len(re.findall(rf"{edge}{first}(?![\w\u0900-\u097f])", text)) >= 2


def _introduced_as_relative(
    text: str, span: NameSpan, complainant: NameSpan | None, person: Person
) -> bool:
    """ "मैं सुनीता देवी, पति श्री रमेश कुमार, ...": the complainant's husband or father named
    in their introduction as who they are, in a complaint that is not about the marriage."""
    if not (complainant and person.relative_name and same_person(span.name, person.relative_name)):
        return False
    if not complainant.end <= span.start <= complainant.end + _INTRODUCTION_REACH:
        return False
    if not _RELATION_MARK_BEFORE.search(text, max(0, span.start - 30), span.start):
        return False  # "my husband Ramesh" tells whom she blames, not who she is
    # "मेरे पति ने ... फोन किया" later is no complaint about him: only dowry, the in-laws or a
    # deed of his own make the husband of the introduction one complained of
    return not (_MARRIAGE_COMPLAINT.search(text) or _husband_blamed(text, span))


_RELATION_MARK_BEFORE = re.compile(
    r"(?<!\bmera\s)(?<!\bmere\s)(?<!\bmy\s)(?<!मेरे\s)(?:\b[sdw]/o|\b(?:son|daughter|wife|widow)\s+of|\bpati|\bpatni|\bputra|\bputri|पति|पत्नी|"
    r"पुत्र|पुत्री)\.?\s*[:\-]?\s*(?:(?:shri|sh|sri|mr|late|श्री|स्व\.|स्वर्गीय)\.?\s*)?$",
    re.IGNORECASE,
)
_INTRODUCTION_REACH = 160  # how far after the complainant's name their relative is given


def _a_place_or_body(doc: Complaint, span: NameSpan) -> bool:
    """ "Mere pati Kuwait vich ...", "through the Mahila Helpline": a place or a body, no person."""
    return names_a_place_or_body(doc.text, span) or bool(_IN_A_PLACE.match(doc.text, span.end))


_IN_A_PLACE = re.compile(r"\s+(?:mein|me|vich|wich|में)(?![\w\u0900-\u097f])", re.IGNORECASE)


def _nothing_said(findings: AccusedFindings) -> bool:
    """No accused named, counted, described or left open by anything said of a deed."""
    return not (
        findings.named
        or findings.roles
        or findings.groups
        or findings.single
        or findings.companions
        or findings.together
        or findings.open_number
        or findings.unknown_size
    )


def _no_accused(text: str, span: NameSpan) -> bool:
    """A word for people ("Logo ne"), or someone who only told, called or helped."""
    return (
        not _names_a_doer(text, span)
        or _only_told_or_helped(text, span.end, named=True)
        or _came_to_help(text, span)
    )


def _spell_out(text: str, findings: AccusedFindings) -> None:
    """Each accused by the fullest spelling the complaint gives: "Pintu ne maara" names the
    "Pintu Singh" introduced earlier, "दिनेश ने" the "दिनेश साकेत"; only where every longer
    spelling agrees ("Pintu Singh" and "Pintu Yadav" leave "Pintu" as it is)."""
    for span in list(findings.named):
        fuller = _fullest_spelling(text, span.name)
        if fuller is not None and any(clean_name(o.name) == fuller for o in findings.named):
            _drop_shorter(findings, span, fuller)  # "married Jagadeesh", "S. Jagadeesh" too
            continue
        if fuller is None or any(same_person(fuller, o.name) for o in findings.named if o != span):
            continue
        index = findings.named.index(span)
        findings.named[index] = NameSpan(fuller, span.start, span.end)
        if span.name in findings.relations:
            findings.relations[fuller] = findings.relations.pop(span.name)
        if span.name in findings.actors:
            findings.actors = (findings.actors - {span.name}) | {fuller}


def _drop_shorter(findings: AccusedFindings, span: NameSpan, fuller: str) -> None:
    """One accused named twice, once in full: the short spelling goes, its relation kept."""
    findings.named.remove(span)
    findings.actors.discard(span.name)
    relation = findings.relations.pop(span.name, None)
    if relation:
        findings.relations.setdefault(fuller, relation)


# Initials written before a name told later without them ("Mr. S. Rajan ... Mr. Rajan"); a
# capitalised word before it is as often a role ("Thekedaar Mahesh") as a given name
_NAMED_BEFORE_SHORT = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}$")
# "S. Harbhajan Singh": the "S." before a Sikh name is "Sardar", an honorific, no initial
_SARDAR = re.compile(r"S\.\s?(?:\w+\s)+(?:Singh|Kaur)\b")


def _fullest_spelling(text: str, name: str) -> str | None:
    short = clean_name(name)
    if not short or ALIAS.search(short) or (is_devanagari(short[0]) and " " in short):
        return None  # "मनोज मिश्रा" is spelt out; a word read on after it is no more name
    edge = r"[\w\u0900-\u097f]"  # a matra is no \w: "दिनेश" is not inside "दिनेशा"
    longer: Counter[str] = Counter()
    for match in re.finditer(rf"(?<![.]|{edge}){re.escape(short)}(?!{edge})", text):
        full = read_name(text, match.start())
        if full is not None and full.start == match.start() and not _a_business(full.name):
            longer[clean_name(full.name)] += 1
        before = _NAMED_BEFORE_SHORT.search(text, max(0, match.start() - 40), match.start())
        full = read_name(text, before.start()) if before else None
        if full is not None and full.end == match.end() and not _SARDAR.match(full.name):
            longer[clean_name(full.name)] += 1
    longer = Counter({n: k for n, k in longer.items() if len(n) > len(short)})
    # the spelling written most often, the longest of those: a word read on once after the
    # name ("मनोज मिश्रा बिल लेकर") does not outweigh the name written twice
    fullest = max(longer, key=lambda n: (longer[n], len(n)), default=None)
    if fullest is None or not all(same_person(o, fullest) for o in longer):
        return None
    ends_with = fullest.split()[-len(short.split()) :] == short.split()
    return fullest if same_person(short, fullest) or ends_with else None


def _a_business(name: str) -> bool:
    """ "Pinky Stationers", "Raju Motors": a shop named after its owner is no fuller name
    of the owner "Pinky", "Raju" told of elsewhere."""
    return bool(_BUSINESS_WORDS & set(name.casefold().split()))


_BUSINESS_WORDS = phrase_list("accused", "organisation_words")


def _name_the_husband(doc: Complaint, findings: AccusedFindings, person: Person) -> None:
    """ "pati ne mujhe maara" blames the husband the complaint names elsewhere, not a stranger.

    His name is the complainant's "W/o" name, or a named accused the complaint calls her
    husband ("w/o Harjeet Singh", "पति राजेश", "shaadi ... Amit se hui"): one person,
    counted once.
    """
    named = next((s for s in findings.named if _called_husband(doc.text, s.name)), None)
    if named is None and person.relation == "husband" and person.relative_name:
        named = NameSpan(person.relative_name, -1, -1)
        if not any(same_person(named.name, s.name) for s in findings.named):
            findings.named.append(named)
    if named is not None:
        del findings.roles["husband"]
        findings.relations[named.name] = "husband"


def _called_husband(text: str, name: str) -> bool:
    escaped = re.escape(name)
    return bool(
        re.search(rf"{_HUSBAND_BEFORE}\s*{escaped}", text, re.IGNORECASE)
        or re.search(rf"\bmarried\s+(?:to\s+)?{escaped}", text, re.IGNORECASE)
        or re.search(rf"{escaped}\b[^.।\n]{{0,60}}?{_MARRIED_AFTER}", text, re.IGNORECASE)
    )


# "w/o Amit", "husband Mr. Amit", "पति श्री अमित"; "Amit s/o ..., r/o ... se hui (shaadi)".
_HUSBAND_BEFORE = (
    r"(?:\bw/o|\bwife\s+of|\bhusband|\bpati|पति|पत्नी)\s*[:\-]?\s*"
    r"(?:shri\s+|sh\.?\s+|sri\s+|mr\.?\s+|श्री\s+)?"
)
_MARRIED_AFTER = r"\s(?:se|से|ke\s+sa+th|के\s+साथ)\s+(?:hui|huyi|hua|हुई|हुआ)(?![\w\u0900-\u097f])"


def _drop_cleared(doc: Complaint, findings: AccusedFindings, person: Person) -> None:
    """Whoever the complainant expressly clears leaves the accused and is listed apart."""
    clauses = clearing_clauses(doc.text[doc.body_start :])
    if not clauses:
        return
    names = [span.name for span in findings.named]
    _drop_cleared_accused(clauses, names, findings)
    unnamed = [c for c in clauses if not is_cleared(names, [c]) and not _names_in(c)]
    _clear_mentioned_names(clauses, findings)
    _clear_mentioned_relatives(unnamed, findings, person)


def _drop_cleared_accused(clauses: list[str], names: list[str], findings: AccusedFindings) -> None:
    for span in list(findings.named):
        role = findings.relations.get(span.name)
        # A role word clears by itself only where no one else is named: "मेरे जेठ अजय
        # निर्दोष हैं" does not clear the devar, though both are brothers-in-law.
        others = [n for n in names if n != span.name]
        unnamed = [c for c in clauses if not is_cleared(others, [c])]
        if is_cleared([span.name], clauses) or is_cleared(
            list(_ROLE_NAMES.get(role or "", ())), unnamed
        ):
            findings.named.remove(span)
            findings.cleared.append(span.name)
    for role, said in list(findings.roles.items()):
        if is_cleared([said, *_ROLE_NAMES.get(role, ())], clauses):
            del findings.roles[role]
            findings.cleared.append(said)


def _clear_mentioned_names(clauses: list[str], findings: AccusedFindings) -> None:
    """Someone named in a clearing clause who was never among the accused ("his cousin
    Ramesh was there, he has nothing to do with it") is listed as cleared all the same."""
    for clause in clauses:
        for name in _names_in(clause):
            known = [span.name for span in findings.named] + findings.cleared
            # "Sasur Dinesh" at a sentence's start is Dinesh, with his role word before him
            if not any(same_person(name, o) or name.endswith(f" {o}") for o in known):
                findings.cleared.append(name)


def _names_in(clause: str) -> list[str]:
    """Names in a clause: runs of capitalised words, and Devanagari or Hinglish names
    before "ने"/"ne" or after a kin word ("उसका भाई रमेश यादव")."""
    spans = [read_name(clause, m.start()) for m in _CAPITALISED.finditer(clause)]
    spans = [s for s in spans if s and not any(o and o.start < s.start < o.end for o in spans)]
    # "Mukesh ki patni Anjana ... uska koi haath nahi": the owner named is not the one cleared
    spans = [s for s in spans if s and not _POSSESSIVE.match(clause, s.end)]
    spans += [read_name_before(clause, m.start()) for m in _DOER.finditer(clause)]
    spans += [read_name(clause, m.end()) for m in _KIN_WORD.finditer(clause)]
    names: list[str] = []
    for span in spans:
        name = clean_name(span.name) if span else ""
        if name and not any(same_person(name, n) for n in names):
            names.append(name)
    return names


_CAPITALISED = re.compile(r"(?<![\w.])(?=[A-Z][a-z])")
_POSSESSIVE = re.compile(
    rf"(?:['’]s|\s+(?:ki|ka|ke|की|का|के))\s+(?:{_KIN}|wife|husband|patni|pati|पत्नी|पति|"
    r"mother|maa|माँ|मां|sister|behen|बहन|daughter|beti|बेटी)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
_DOER = re.compile(r"\s(?:ne|ने)(?![\w\u0900-\u097f])", re.IGNORECASE)
_KIN_WORD = re.compile(rf"(?<![\w\u0900-\u097f])(?:{_KIN})\s+(?=[\u0900-\u097f])", re.I)


def _clear_mentioned_relatives(
    unnamed: list[str], findings: AccusedFindings, person: Person
) -> None:
    """A relative cleared without ever being blamed or named ("मेरे पति घर पर नहीं थे,
    उनका इसमें कोई हाथ नहीं है") is listed as cleared all the same, by name where the
    complainant gives it ("W/o Ramesh"), else by the role word as written."""
    accused_roles = {findings.relations.get(span.name) for span in findings.named}
    for role, words in _ROLE_NAMES.items():
        said = [w for w in words if is_cleared([w], unnamed)]
        if not said or role in accused_roles or role in findings.roles:
            continue
        name = person.relative_name if person.relation == role else None
        cleared = name or said[0]
        if not any(same_person(cleared, c) for c in findings.cleared):
            findings.cleared.append(cleared)


def _named(
    doc: Complaint,
    complainant: NameSpan | None,
    named_roles: set[str],
    relations: dict[str, str],
) -> list[NameSpan]:
    text = doc.text
    spans: list[NameSpan] = []
    for match in _ROLE.finditer(text, doc.body_start):
        found = _accused_at(text, match.end())
        if found and _OWN_HUSBAND.match(match[0].strip()) and not _husband_blamed(text, found[0]):
            continue
        if found and _OWN_STAFF.match(match[0].strip()) and not _deed_told(text, found[0]):
            continue  # "our servant Bihari Lal was also tied": one of the household
        if found:
            spans += found
            named_roles.update(_role_of(match[0]))
            relation = relation_in(match[0])
            if relation:
                relations.setdefault(found[0].name, relation)
    for match in [
        *_JOB.finditer(text, doc.body_start),
        *_LOCAL.finditer(text, doc.body_start),
        *_KIN_OF.finditer(text, doc.body_start),
    ]:
        found = _accused_at(text, match.end())
        if found and _ends_as_a_name(text, found[0]) and _blamed_here(text, match, found[0]):
            spans += found
            relation = relation_in(match[0])
            if relation:
                relations.setdefault(found[0].name, relation)
            if match.re is _KIN_OF:
                spans += _kin_listed_after(text, found[-1])
    for match in _INTRODUCED.finditer(text, doc.body_start):
        if not _NAMED_THING.search(text, max(0, match.start() - 30), match.start()):
            spans += _accused_at(text, match.end())
    for match in _OWNED_BY.finditer(text, doc.body_start):
        spans += _accused_at(text, match.end())
    spans += _spouses_blamed(doc)
    for match in _AGAINST.finditer(text):
        named = _named_against(text, match.end())
        if match["heading"] and not all(_HEADED.match(text, n.end) for n in named):
            continue  # "Suspect: Not known", "Accused: Fake FB profile": no name under it
        spans += named
    for match in _BROUGHT.finditer(text, doc.body_start):
        spans += _brought_along(text, match)
    spans += _leading_bands(doc)
    for match in [
        *_NAMED_BEFORE.finditer(text),
        *ALIAS.finditer(text),
        *_GROUP_LINK.finditer(text),
    ]:
        head = read_name_before(text, match.start())
        # "X पुत्र Y व उसके साथी Z": Y is X's father, named to tell X apart; X is the one
        father = _PATRONYMIC.search(text, 0, head.start) if head else None
        if head and father:
            head = read_name_before(text, len(text[: father.start()].rstrip()))
        if head and head.start >= doc.body_start:
            spans += _accused_at(text, head.start)
    return _distinct(spans, complainant)


def _spouses_blamed(doc: Complaint) -> list[NameSpan]:
    """The one the victim was married to ("meri shaadi 2018 me Farhan se hui thi", "my daughter
    married Amit Singh", "का निकाह इमरान पुत्र यूसुफ से हुआ"), in a complaint about the
    marriage or about what was done after it: the first one the complaint blames."""
    text, spans = doc.text, []
    for match in _MARRIED_TO.finditer(text, doc.body_start):
        span = read_name(text, match.end())
        if span is None or span.start != match.end() or len(span.name) < _SHORTEST_NAME:
            continue
        if not (match["english"] or _MARRIED_WITH.match(text, span.end)):
            continue  # "shaadi Delhi me hui": a place, not the spouse
        if is_devanagari(span.name[0]) and not (
            match["when"] and _DEVANAGARI_SPOUSE_END.match(text, span.end)
        ):
            continue  # "शादी सादगी से हुई", "को मुरार के रहने वाले ...": no name, a word or a town
        if _marriage_blamed(text, span):
            spans.append(span)
    return spans


def _marriage_blamed(text: str, span: NameSpan) -> bool:
    """The complaint is about the marriage (dowry, the in-laws), what follows the marriage
    tells of harm ("shaadi ke baad se maarta hai"), or the spouse is blamed later on."""
    after = text[span.end : span.end + _MARRIAGE_REACH]
    return bool(
        _MARRIAGE_COMPLAINT.search(text) or _ACCUSATORY.search(after) or _blamed_later(text, span)
    )


_MARRIAGE_REACH = 300
# any Devanagari word reads as a name: the spouse's ends at a comma, a father's or a home's
# word, or the "से / के साथ" of the marriage
_DEVANAGARI_SPOUSE_END = re.compile(r"\s*(?:,|\(|पुत्र|पिता|निवासी|उर्फ|से\s|के\s+साथ)")


def _blamed_later(text: str, span: NameSpan) -> bool:
    """A sentence later in the complaint tells of the one named doing harm ("Hemraj sharab
    peeke aaya aur maarpeet ki", "इमरान के खिलाफ मुकदमा")."""
    first = re.escape(span.name.split()[0])
    for told in re.finditer(rf"(?<![\w\u0900-\u097f]){first}(?![\w\u0900-\u097f])", text):
        if told.start() < span.end:
            continue
        said = text[told.start() : sentence_end(text, told.start())]
        if _ACT_ON_VICTIM.search(said) or _ACCUSATORY.search(said) or _AGAINST_AFTER.search(said):
            return True
    return False


_AGAINST_AFTER = re.compile(r"\b(?:ke\s+khilaa?f|against)\b|के\s+खिलाफ|के\s+विरुद्ध", re.I)
# The words before the spouse's name: "married (to)", "marriage with", "shaadi / nikah / vivah
# (on a date) ko / me", "की शादी 2019 में".
_MARRIED_TO = re.compile(
    r"(?P<english>\b(?:married(?:\s+(?:to|with))?|marriage\s+(?:to|with))\s+"
    r"(?:(?:mr|shri|sri|sh)\b\.?\s*)?)(?=(?-i:[A-Z]))"
    r"|(?:\b(?:shaadi|shadi|vivah|vivaah|nikah)|शादी|विवाह|निकाह)\s+"
    r"(?P<when>[^.!?।\n,]{0,25}?\s(?:ko|me|mein|main|को|में)\s+)?"
    r"(?:(?:shri|sri|श्री)\.?\s+)?(?=(?-i:[A-Z])|[\u0900-\u097f])",
    re.IGNORECASE,
)
# Hindi tells the spouse before "se hui" / "ke saath hui" ("Nadeem se hui", "Vivek Tiwari
# nivasi Gurh ke saath hui thi", "इमरान पुत्र यूसुफ, निवासी ..., से हुआ")
_MARRIED_WITH = re.compile(
    r"[^.!?।\n]{0,90}?(?<![\w\u0900-\u097f])(?:se|ke\s+sa+th|से|के\s+साथ)"
    r"(?:\s+[^.!?।\n\s]+){0,4}?\s+(?:hui|huyi|hua|hoi|हुई|हुआ|हुयी)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)


def _deed_told(text: str, name: NameSpan) -> bool:
    """The words after the name tell of a deed against the victim ("our maid X stole ...")."""
    clause = _own_clause(text, name.end)
    return bool(_ACT_ON_VICTIM.search(clause) or _ACCUSATORY.search(clause))


# The complainant's own household staff: "our servant", "hamari maid", "मेरा नौकर"
_OWN_STAFF = re.compile(
    r"^(?:my|our|mere|mera|meri|hamare|hamara|hamari)\s+(?:servant|maid|caretaker|employee|"
    r"watchman)\b|^(?:मेरे|मेरा|मेरी|हमारे|हमारा|हमारी)\s+नौकर",
    re.IGNORECASE,
)


def _husband_blamed(text: str, name: NameSpan) -> bool:
    """ "my husband Ramesh beat me", or a complaint about the marriage (dowry, the in-laws'
    house); "mere pati Ajay conductor hain" tells who he is, and blames nobody."""
    told = _own_clause(text, name.end)
    after = sentence_end(text, name.end)
    following = text[after : sentence_end(text, after + 1)]
    if _HE.search(following):  # "My husband X works in Surat. Since 2021 he beats me."
        told += " " + following
    return bool(
        _ACT_ON_VICTIM.search(told)
        or _ACCUSATORY.search(told)
        or _MARRIAGE_COMPLAINT.search(text)
        or _WITH_AN_IN_LAW.match(text, name.end)
    )


# "my husband Rohan and mother-in-law Usha take away my salary", "pati Raju aur saas Kamla": the
# husband listed with an in-law is blamed with them
_WITH_AN_IN_LAW = re.compile(
    r"\s*(?:,|and|aur|और|व)\s+(?:(?:my|his|her|meri|mere|uski|unki|मेरी|मेरे|उसकी)\s+)?"
    r"(?:mother-in-law|father-in-law|sister-in-law|brother-in-law|saas|sasur|nanad|devar|dewar|"
    r"jeth|सास|ससुर|ननद|देवर|जेठ)(?![\w\u0900-\u097f-])",
    re.IGNORECASE,
)


_HE = re.compile(r"\b(?:he|him|usne|unhone|wo|woh)\b|उसने|उन्होंने|वह|वो", re.IGNORECASE)
# The complainant's own husband: "my husband", "mere pati", "मेरे पति" (not "her husband",
# "my sister's husband" or an "ex-husband", whom the complaint names only to blame).
_OWN_HUSBAND = re.compile(
    r"^(?:my|mere|meri|mera)\s+(?:husband|pati)\b|^(?:मेरे|मेरी|मेरा)\s+पति", re.IGNORECASE
)
_MARRIAGE_COMPLAINT = re.compile(
    r"\b(?:sasural|sasuraal|(?<!-)in-laws?|dowry|dahej|talaq|divorce|nikah|separated|"
    r"domestic\s+violence)\b|ससुराल|दहेज|तलाक",
    re.IGNORECASE,
)


# "उसका बेटा साजिद और भाई शाहिद", "uska beta Sajid aur bhai Shahid": the next kin listed is kin
# of the same person, not the complainant's own
_MORE_KIN = re.compile(
    r"\s*(?:,|\band\b|\baur\b|और)\s+(?:(?:his|uska|uske|उसका|उसके)\s+)?"
    rf"{_KIN_NOUN}\s+"
    r"(?=(?-i:[A-Z])|[\u0900-\u097f])",
    re.IGNORECASE,
)


def _kin_listed_after(text: str, name: NameSpan) -> list[NameSpan]:
    more = _MORE_KIN.match(text, name.end)
    found = _accused_at(text, more.end()) if more else []
    return found if found and _ends_as_a_name(text, found[0]) else []


def _blamed_here(text: str, match: re.Match[str], name: NameSpan) -> bool:
    """Whether a person brought in by their work, village or kin is one the complaint blames.

    Kin of the complainant's own people ("mere bete ka dost Mohit"), or the complainant
    ("मैं उनका बेटा विकास"), are not; someone brought
    in by their work ("the bank manager Mr. Dutta", "driver Ramprasad") is only where their
    own words tell of a deed against the victim ("the owner Mr. Dilip pushed me"); the other
    side of a deal ("thekedar Anil", "proprietor Sri Imran") is.
    """
    if match.re is _KIN_OF:
        return not _MINE_BEFORE.search(text, 0, match.start())
    if match.re in (_JOB, _LOCAL) and _OURS_BEFORE.search(text, 0, match.start()):
        return False  # "our driver Ramu", "hamare purane munshi Vinod": the complainant's side
    if match.re is _JOB and not match["party"]:
        clause = _own_clause(text, name.end)
        return bool(_ACT_ON_VICTIM.search(clause) or _ACCUSATORY.search(clause))
    return True


_OURS_BEFORE = re.compile(
    r"(?:\b(?:my|our|mera|mere|meri|hamare|hamara|hamari)|मेरे|मेरा|मेरी|हमारे|हमारा|हमारी)"
    r"\s+(?:[\w\u0900-\u097f'’-]+\s+)?$",
    re.IGNORECASE,
)
_PLACE_OR_SELF_AFTER = re.compile(
    r"\s+(?:mein|में|hoon|hun|hu|हूँ|हूं)(?![\w\u0900-\u097f])", re.IGNORECASE
)
_MINE_BEFORE = re.compile(
    r"(?:\b(?:my|mere|meri|mera)|मेरे|मेरी|मेरा)\s+\S+\s*$|(?:\bmain|\bi\s+am|मैं)\s*$", re.IGNORECASE
)  # "mere bete ka dost", and "मैं उनका बेटा ..." (the complainant is the son)


def _ends_as_a_name(text: str, span: NameSpan) -> bool:
    """A Latin name ends by its capitals; a Devanagari one only where a word that is never a
    name or a stop follows it, since any run of Devanagari words reads as a name ("चालक गाड़ी
    लेकर भागा" names nobody). A place ("maalik Mumbai mein rehte hain") or the complainant
    ("Main Neha ka bhai Tarun hoon") is no accused."""
    if _PLACE_OR_SELF_AFTER.match(text, span.end):
        return False
    if not is_devanagari(span.name[-1]):
        return True
    if len(span.name) < _SHORTEST_NAME:  # "और उनका बेटा आ गए": a verb's stem, no name
        return False
    after = _NEXT_WORD.match(text, span.end)
    return bool(after and (after["mark"] is not None or after["word"] in _NOT_A_NAME_WORD))


def _brought_along(text: str, match: re.Match[str]) -> list[NameSpan]:
    """ "X apne do beton Y aur Z ke saath aaya": X and the kin he brought, where the "with"
    comes after the names as Hindi puts it, so no "and his sons" joins them."""
    names = _names_joined(text, match.end())
    if not names or not _WITH_AFTER.match(text, names[-1].end):
        return []
    head = read_name_before(text, match.start())
    if head and head.end == len(text[: match.start()].rstrip()):
        names.insert(0, head)
    return names


def _names_joined(text: str, pos: int) -> list[NameSpan]:
    """The name at ``pos`` and those joined to it by "and"/"aur"/commas."""
    names: list[NameSpan] = []
    while (span := read_name(text, pos)) is not None and span.start == pos:
        names.append(span)
        link = _AND.match(text, span.end)
        if link is None:
            break
        pos = link.end()
    return names


_BROUGHT = re.compile(
    rf"(?<![\w\u0900-\u097f])(?:apne|अपने|uske|उसके)\s+(?:{_NUM}\s+)?(?:{_KIN})\s+",
    re.IGNORECASE,
)
_WITH_AFTER = re.compile(r"\s+(?:ke|के)\s+(?:saath|sath|साथ)(?![\w\u0900-\u097f])", re.I)


def _actors(doc: Complaint) -> list[NameSpan]:
    """People named only as the one who did the act ("Bablu ne mujhe maara"), each of a list
    that did it together ("Raju, Pappu aur Sonu ne maara", "Amit and Rohit beat me")."""
    text, spans = doc.text, []
    for match in _ACTOR.finditer(text, doc.body_start):
        head = read_name_before(text, match.start())
        if head and _PATRONYMIC.search(text, max(0, head.start - 12), head.start):
            continue  # "Salim s/o Rashid ne gaali di": the son did it, named before
        clause = _own_clause(text, match.end())
        if head and _came_to_help(text, head):
            continue  # "padosi X ne shor sun ke aake usko pakda": a rescuer's deed
        if head and _names_a_doer(text, head) and _ACT_ON_VICTIM.search(clause):
            spans += [s for s in _listed_before(text, head) if _names_a_doer(text, s)]
    return spans


def _leading_bands(doc: Complaint) -> list[NameSpan]:
    """ "Salim Khan and two unknown men beat me", "Raju aur uske do saathi ne maara": the one
    named with a counted band that did the act, not one of the band but beside it."""
    text, spans = doc.text, []
    for match in _ACTOR.finditer(text, doc.body_start):
        band = _BAND_BEFORE.search(text, max(0, match.start() - 80), match.start())
        head = read_name_before(text, band.start()) if band else None
        if (
            head
            and _names_a_doer(text, head)
            and _ACT_ON_VICTIM.search(_own_clause(text, match.end()))
        ):
            spans += [s for s in _listed_before(text, head) if _names_a_doer(text, s)]
    return spans


# "and two unknown men", "aur uske do saathi", "और तीन अज्ञात लोग": a counted band told after a
# name, just before the act the name and the band did together
_BAND_BEFORE = re.compile(
    rf"(?:\s*,\s*|\s+)(?:and|aur|और|along\s+with|with)\s+"
    rf"(?:(?:his|her|their|uske|uska|unke|apne|उसके|उनके|अपने)\s+)?(?:{_NUM}|some|several|kuch|कुछ)\s+"
    rf"(?:[\w\u0900-\u097f-]+\s+){{0,2}}?(?:{_PERSONS}|others|companions|associates|{_KIN})"
    rf"(?:\s+(?:ne|ने))?$",
    re.IGNORECASE,
)


def _listed_before(text: str, last: NameSpan) -> list[NameSpan]:
    """``last`` and the names listed before it ("Raju, Pappu aur Sonu ne", "Amit and Rohit
    beat me"). Capitalised names only: a Devanagari word before "और" is as often the verb
    of the clause before ("कॉलर पकड़ा और संजय ने") as a name."""
    names = [last]
    while (joint := _LIST_JOINT.search(text, 0, names[0].start)) is not None:
        before = read_name_before(text, joint.start())
        if before is None or before.end != joint.start() or len(names) >= _LIST_MAX:
            break
        if _PATRONYMIC.search(text, 0, before.start):
            break
        if is_devanagari(before.name[0]) and not _KIN_TOLD_BEFORE.search(text, 0, before.start):
            break
        names.insert(0, before)
    return names


# "मेरे मामा दिनेश और मौसेरे भाई गुड्डू ने": a Devanagari name after a kin word is a name, not
# the verb of the clause before
_KIN_TOLD_BEFORE = re.compile(rf"(?<![\u0900-\u097f])(?:{_KIN_ALONG_NAMED})\s+$", re.IGNORECASE)


_PATRONYMIC = re.compile(r"(?:\b[sdw]/o|\bson\s+of|\bputra|पुत्र|पुत्री)\s*$", re.IGNORECASE)


_LIST_JOINT = re.compile(
    r"(?:\s*,\s*(?:and\s+|aur\s+|और\s+)?|\s+(?:and|aur|और|व|एवं|तथा)\s+)"
    rf"(?:(?:{_POSSESSIVE_KIN})?(?:{_KIN_ADJECTIVE})?(?:{_KIN_ALONG_NAMED})\s+)?$",
    re.I,
)
_LIST_MAX = 8


def _acted_together(doc: Complaint) -> int:
    """How many the complaint says acted together ("teeno ne milkar maara", "all four of them
    beat me", "चारों ने मिलकर पीटा"): the accused are at least that many."""
    text = doc.text[doc.body_start :]
    counts = [
        _TOGETHER_WORDS[next(g for g in m.groups() if g).casefold()]
        for m in _TOGETHER.finditer(text)
        if not _US_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _EACH_OTHER.match(text, m.end())
        and _ACT_ON_VICTIM.search(_own_clause(text, m.end()))
    ]
    return max(counts, default=0)


_TOGETHER_WORDS = {
    **dict.fromkeys(("dono", "donon", "दोनों", "both"), 2),
    **dict.fromkeys(("teeno", "teenon", "tino", "tinon", "तीनों", "three"), 3),
    **dict.fromkeys(("chaaro", "chaaron", "charo", "charon", "चारों", "four"), 4),
    **dict.fromkeys(("paancho", "paanchon", "panchon", "पांचों", "पाँचों", "five"), 5),
}
_TOGETHER = re.compile(
    r"(?<![\w\u0900-\u097f])(?:all\s+(three|four|five)\s+of\s+them|(both)\s+of\s+them"
    r"|(dono|donon|teeno|teenon|tino|tinon|chaaro|chaaron|charo|charon|paancho|paanchon|"
    r"panchon)\s+ne|(दोनों|तीनों|चारों|पांचों|पाँचों)\s+ने)(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# "donon ne ek doosre ko gaali di", "both of them hit each other": a fight the complainant's
# side was in, no count of the accused.
_EACH_OTHER = re.compile(r"\s+(?:ek\s+(?:doosre|dusre|dusare)|each\s+other|एक\s+दूसरे)", re.I)
# "hum dono ne", "हम दोनों ने", "we both": the complainant's side, not the accused.
_US_BEFORE = re.compile(r"(?:\bhum|\bham|\bwe|हम|\bus)\s*$", re.IGNORECASE)


def _names_a_doer(text: str, head: NameSpan) -> bool:
    """A name, not a word for people ("उसके दोस्तों ने") nor the make of the vehicle they
    came on ("two youths on a blue Splendor came and grabbed")."""
    return not (
        head.name.islower()
        or _PEOPLE_WORD.fullmatch(head.name)
        or _RIDDEN_ON.search(text, max(0, head.start - 20), head.start)
    )


_PEOPLE_WORD = re.compile(
    rf"(?:{_KIN}|{_PERSONS}|doston|saathiyon|bhaiyon|logo|[\u0900-\u097f]+ों)", re.IGNORECASE
)  # a Devanagari oblique plural ("यात्रियों ने", "दोस्तों ने") is people, never a name
# "on a blue Splendor came", never a day or a year ("On Sunday Mohit slapped me", "in 2023").
_RIDDEN_ON = re.compile(
    r"\b(?:on|in|par|पर)\s+(?:a\s+|an\s+|the\s+)?"
    rf"(?:(?!{phrase_pattern('names', 'calendar_words')}|\d)\w+\s+)?$",
    re.IGNORECASE,
)


def _own_clause(text: str, end: int) -> str:
    """The words after a person that tell what they did: the rest of the sentence, within
    reach, up to the next doer ("Ramesh ne bataya ki Suresh ne ..." tells only of Ramesh)."""
    own = _OWN_ERGATIVE.match(text, end)
    start = own.end() if own else end
    clause = text[start : min(sentence_end(text, start), end + _ACT_REACH)]
    next_doer = _NEXT_DOER.search(clause)
    return clause[: next_doer.start()] if next_doer else clause


_OWN_ERGATIVE = re.compile(
    r"(?:\s+(?:ji|jee|जी|sahab|saheb|साहब))?\s+(?:ne|ने)(?![\w\u0900-\u097f])", re.IGNORECASE
)
# Where another's deed begins: their "ne", or what is told or seen ("bataya ki", "saw that").
_NEXT_DOER = re.compile(r"\s(?:ne|ने|कि|that)(?![\w\u0900-\u097f])", re.IGNORECASE)


def _given_names(doc: Complaint) -> list[NameSpan]:
    """Names given for someone described ("gave his name as Salman", "apna naam ... bataya"),
    or by which they are known ("a tall man the others called 'Sunny'", "ek ka naam Pappu
    tha", "call karne wale ka naam Rakesh"); never the name of the complainant's own kin
    ("mere pita ka naam ...")."""
    text, spans = doc.text, []
    for match in _NAME_GIVEN.finditer(text, doc.body_start):
        spans += _accused_at(text, match.end())
    for match in _KNOWN_AS.finditer(text, doc.body_start):
        if _OWN_KIN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        found = _accused_at(text, match.end())
        if found and _ends_as_a_name(text, found[0]):
            spans += found
    for match in _NAME_TOLD.finditer(text, doc.body_start):
        if _OWN_KIN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        found = _accused_at(text, match.end())
        if found and _ends_as_a_name(text, found[-1]) and _TOLD_AFTER.match(text, found[-1].end):
            spans += found
    return spans


# "..., naam Lucky bataya", "unhone apne naam Vishal aur Ankit bataye", "उसका नाम गौरव बताया",
# "the men caught give names Salman and Ajay": a name given for one the complaint told of,
# which the words after it say was given ("bataya", "he said") or is ("hai", "था").
_NAME_TOLD = re.compile(
    r"(?:(?:^|(?<=[.,;:(\n]))\s*|\b(?i:uska|unka|unke|jiska|jinka|jinke|apna|apne)\s+)"
    r"(?i:naam|name)\s+(?i:baad\s+(?:me|mein|main)\s+)?[\"'“‘]?(?=[A-Z])"
    r"|\b(?i:gave|give|gives|given|told|tells|disclosed|stated)\s+(?i:their\s+|his\s+|her\s+)?"
    r"(?i:names?)\s+(?:(?i:as)\s+)?"
    r"[\"'“‘]?(?=[A-Z])"
    r"|(?:उसका|उनका|जिसका|उनके)\s+नाम\s+[\"'“‘]?(?=[\u0900-\u097f])",
)
_TOLD_AFTER = re.compile(
    r"[\"'”’]?\s*(?:[.),]|$|[sdwr]/o\b|son\s+of\b|(?:bataya|bataye|batayi|batai|batata|batate|bataaya|bola|boli|bole|"
    r"(?:he|she|they)\s+said|hai|tha|thi|the|is|was|pata\s+chala)\b"
    r"|(?:बताया|बताए|बताई|बताता|बताते|है|था|थी|थे|पता\s+चला)"
    r"(?![\u0900-\u0963\u0966-\u097f]))",
    re.IGNORECASE,
)


_QUOTE = r"[\"'“‘]?"
_KNOWN_AS = re.compile(
    r"(?:\b(?:man|woman|boy|girl|person|guy|youth|one|men|boys|bouncers?)\s+(?:who\s+(?:is|was)\s+)?"
    r"called|\b(?:whom|who)\s+(?:the\s+)?(?:others|staff|people|villagers|everyone|they)\s+"
    r"called|\b(?:is|was)\s+called\s+by\s+(?:the\s+)?others"
    r"|\b(?:ek|dusre|doosre|seller|caller|wale|agent|aurat|ladki)\s+(?:ka|ke|ki)\s+naam"
    r"(?:\s+(?:hai|tha|thi|the))?)\s+" + _QUOTE + r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "mere pita ka naam", "pati ka naam", "मेरे बेटे का नाम": the complainant's own people.
_OWN_KIN_BEFORE = re.compile(
    r"(?:\b(?:my|mere|meri|mera|hamare)\s+\S+\s*|\b(?:pita|pitaji|papa|pati|baap|maa|mata|"
    r"beta|beti|bete|bhai|behen|patni|father|husband)\s+|(?:मेरे|मेरी|मेरा|हमारे)\s+\S+\s*|"
    r"(?:पिता|पति|माँ|मां|बेटे|बेटी|भाई|बहन|पत्नी)\s+)$",
    re.IGNORECASE,
)


def _accused_at(text: str, pos: int) -> list[NameSpan]:
    """The name at ``pos`` and the ones joined to it ("X and his son Y", "X aur Y")."""
    span = read_name(text, pos)
    if span is None or _OBJECT_AFTER.match(text, span.end) or saw_incident(text, span.end):
        return []
    if _ON_PAPER.search(text, max(0, span.start - 30), span.start):
        return []
    given = _GIVEN_AS.search(text, max(0, span.start - 20), span.start)
    if not given and _only_told_or_helped(text, span.end, named=True):
        return []
    if _came_to_help(text, span):
        return []
    names = [span]
    while True:
        link = (
            _GROUP_LINK.match(text, names[-1].end)
            or _ALONG_LINK.match(text, names[-1].end)
            or _COMMA_KIN_LINK.match(text, names[-1].end)
            or _AND.match(text, names[-1].end)
        )
        following = read_name(text, link.end()) if link else None
        if following is None or not _starts_at(text, following, link.end()):  # type: ignore[union-attr]
            return names
        if len(following.name) < _SHORTEST_NAME:  # "और उनका बेटा आ गए": a verb, no name
            return names
        if _FROM_PLACE.match(text, following.end):  # "Rahul Sharma, Sundernagar ka,": his town
            return names
        names.append(following)


_FROM_PLACE = re.compile(r"\s+(?:ka|ki|ke|का|की|के)\s*[,.;।]", re.IGNORECASE)


def _starts_at(text: str, span: NameSpan, pos: int) -> bool:
    """The name is the next thing at ``pos``, an honorific aside ("his brother Mr. Y")."""
    return bool(_HONORIFIC_GAP.fullmatch(text, pos, span.start))


_SHORTEST_NAME = 2
_HONORIFIC_GAP = re.compile(
    r"\s*(?:(?:mr|mrs|ms|shri|sri|sh|smt|dr)\b\.?\s*|(?:श्री|श्रीमती)\s*)?", re.I
)


def _only_told_or_helped(text: str, end: int, named: bool = False) -> bool:
    """The words right after a name say the person told, informed or helped (or, someone
    ``named``, called), and nothing done against the victim: an informant or a rescuer.
    Telling who one is ("खुद को बैंक अधिकारी बताया", "saying he was from the electricity board") is the
    pretence of a cheat, not information, in whatever words follow."""
    clause = _own_clause(text, end)
    return bool(
        (_INFORMED.search(clause) or (named and _CALLED.search(clause)))
        and not _ACT_ON_VICTIM.search(clause)
        and not _ACCUSATORY.search(clause)
        and not _POSING.search(text, end, min(sentence_end(text, end), end + _ACT_REACH))
    )


def _came_to_help(text: str, span: NameSpan) -> bool:
    """ "Shor sun kar padosi X aur Y daud ke aaye", "X rushed over on hearing the screams and
    held him": one who came to the rescue, whatever they did to the one who attacked; not
    where the same words tell of harm to the complainant's side ("... aur mujhe bhi maara")."""
    after = _own_clause(text, span.end)
    if not (_RESCUE.search(after) or _came_on_the_noise(text, span)):
        return False
    after = _RESCUE.sub(" ", after)  # "on hearing my cries" tells of no harm to me
    return not (_ACT_ON_VICTIM.search(after) and _OUR_SIDE.search(after))


def _came_on_the_noise(text: str, span: NameSpan) -> bool:
    """The rescue is told just before the person in the same sentence ("शोर सुनकर पड़ोसी X
    आए"), with them as the one who came, not as whom the rescuers caught or who acted after."""
    before = text[max(0, span.start - _RESCUE_REACH) : span.start]
    before = before[max(before.rfind(c) for c in ".!?।\n") + 1 :]
    rescue = _RESCUE.search(before)
    if rescue is None or _CASE_AFTER.match(text, span.end):
        return False
    return not _THEN.search(before, rescue.end())


_RESCUE_REACH = 40
# "mera beta bachane aaya to Sonu ne use pakda": the one named after "to" is not the rescuer
_THEN = re.compile(r"(?<![\w\u0900-\u097f])(?:to|tab|then|तो|तब)(?![\w\u0900-\u097f])", re.I)
# "padosi daud ke aaye aur Ramesh ko pakad liya": the one named after is whom they caught
_CASE_AFTER = re.compile(r"\s+(?:ko|ka|ke|ki|se|को|का|के|की|से)(?![\w\u0900-\u097f])", re.I)
_RESCUE = re.compile(stem_pattern("accused", "rescue_stems"), re.IGNORECASE)
_OUR_SIDE = re.compile(
    r"\b(?:me|my|us|our|mujhe|mujhko|mujh|mere|meri|mera|hume|humein|hamein|hamen|humko|"
    r"hamko|hamare|humare)\b|मुझे|मुझको|मेरे|मेरी|मेरा|हमें|हमको|हमारे",
    re.IGNORECASE,
)


# "a gift deed in the name of one Smt. Lalita", "a cheque in favour of Sh. Naresh": whose name
# a paper bears, no doer; the one who made or used the paper is named by what they did.
_ON_PAPER = re.compile(
    r"\b(?:in\s+the\s+name\s+of|in\s+favou?r\s+of|(?:stood|registered|issued)\s+in\s+the\s+name)"
    r"\s+(?:one\s+|a\s+|an\s+)?(?:(?:mr|mrs|ms|sh|shri|smt|sri)\.?\s*)?$",
    re.IGNORECASE,
)
# "एक ने अपना नाम पप्पू बताया", "his name is Monu, he told me": the verb after the name
# gives the name, it tells of no informing.
_GIVEN_AS = re.compile(r"(?:\bnaam|नाम|\bname\s+(?:is|as|was)|\bknow\s+as)\s*$", re.IGNORECASE)
_POSING = re.compile(
    r"\b(?:himself|herself|khud\s+ko|apne\s*aap\s+ko|(?:said|saying|claimed|told\s+me)\s+(?:that\s+)?"
    r"(?:he|she)\s+(?:is|was))\b|खुद\s+को|अपने\s+आप\s+को"
    # a promise or an offer told, the bait of a cheat: "told me last year that he would marry me",
    # "told me that I would get a good job", "bola ki woh naukri lagwa dega"
    r"|\b(?:told|assured|promised)\s+(?:me|us|her|him)\b[^.!?\n]{0,40}?\bthat\s+"
    r"(?:he|she|they|i|we)\s+(?:would|will|could|can|shall)\b"
    r"|\b(?:bola|boli|kaha|bataya)\s+(?:ki\s+)?(?:woh|wo|vah)\s+[^.!?।\n]{0,40}?"
    r"\b(?:dega|degi|dilwa\w*|karwa\w*|laga\s+dega|lauta\w*|kar\s+dega)\b",
    re.IGNORECASE,
)


def _named_against(text: str, pos: int) -> list[NameSpan]:
    """ "against Mr. S. Mohan Rao, Stores Officer": after a comma comes his post."""
    names: list[NameSpan] = []
    while (span := read_name(text, pos)) is not None and not _OBJECT_AFTER.match(text, span.end):
        names.append(span)
        link = _AND_NOT_COMMA.match(text, span.end)
        if link is None:
            break
        pos = link.end()
    return names


# What follows a name given under a form's heading ("Suspect: Nitin Bedi, 31", "Accused: Amit
# Negi (neighbour)", "... and Ravi Negi"): a comma, a bracket, the line's end, or the next name.
_HEADED = re.compile(r"\s*(?:[,;(\n]|$|(?:and|aur|&|s/o|r/o|aged?)\b)", re.IGNORECASE)
_AND_NOT_COMMA = re.compile(r"\s+(?:and|aur|और|व|एवं|तथा|&)\s+", re.IGNORECASE)


def _role_of(role_text: str) -> set[str]:
    words = role_text.casefold()
    return {role for role, names in _ROLE_NAMES.items() if any(n in words for n in names)}


def _distinct(spans: list[NameSpan], complainant: NameSpan | None) -> list[NameSpan]:
    """Each person once (the longest spelling), the complainant never, in reading order."""
    kept: list[NameSpan] = []
    for span in sorted(spans, key=lambda s: (-len(s.name), s.start)):
        if complainant and same_person(span.name, complainant.name):
            continue
        if not any(same_person(span.name, k.name) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _unnamed_roles(doc: Complaint) -> dict[str, str]:
    """In-laws and husbands blamed without a name ("my husband and his mother beat me").

    Maps the role to the complainant's first words for it ("mother-in-law" -> "his mother").
    """
    roles: dict[str, str] = {}
    married = bool(_MARRIAGE.search(doc.text, doc.body_start))
    for _, sentence in doc.body_sentences():
        if not _ACCUSATORY.search(sentence.text):
            continue
        for role, pattern in _UNNAMED_ROLES:
            for match in pattern.finditer(sentence.text):
                after = sentence.text[match.end() :]
                if _AS_OBJECT.search(sentence.text[: match.start()]) and not _ERGATIVE.match(after):
                    continue  # "hit my husband"; but "2025 को पति ने मारा" names the doer
                if not married and _HIS_MOTHER.fullmatch(match[0]):
                    continue  # a friend's or an employee's mother, in a complaint of no marriage
                roles.setdefault(role, match[0])
    return roles


# "his mother" is the mother-in-law only where the complaint is about a marriage.
_HIS_MOTHER = re.compile(r"his\s+mother", re.IGNORECASE)
_MARRIAGE = re.compile(
    r"\b(?:husband|pati|sasural|in-laws?|marriage|married|nikah|shaadi|shadi|vivah|dowry|dahej)\b"
    r"|पति|ससुराल|शादी|विवाह|दहेज",
    re.IGNORECASE,
)


def role_in_english(words: str) -> str | None:
    """ "sas", "his mother", "सास" -> "mother-in-law"; ``None`` if not an in-law or husband."""
    for role, pattern in _UNNAMED_ROLES:
        if pattern.search(words):
            return role
    return None


def _count_unnamed(doc: Complaint, findings: AccusedFindings) -> None:
    text = doc.text[doc.body_start :]
    open_gang = False
    for match in _GROUP.finditer(text):
        count = int(number_from_word(match[1]) or 0)
        if _not_doers(text, match) or (match["bare"] and count < _GROUP_OF_TWO):
            continue  # "ek agyat number se call aaya": one unknown is as often a number
        if count == 1 and any(n > 1 for n, _ in findings.groups):
            continue  # "teen ladke aaye ... ek ladke ne chaku nikala": one of the three
        if _RANGE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            # "do-teen ladke", "4-5 log": the number is open; a band of that open size that
            # did the deed ("5-6 unknown boys broke the glass") leaves the count open
            open_gang = open_gang or _did_the_deed(text, match)
        elif _COMPANION_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            findings.companions += count
        elif count and (
            _IN_ALL.match(text, match.end())
            or _IN_ALL_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            findings.together = max(findings.together, count)  # the named among them
        elif count and not _one_counted_before(text, match, count, findings):
            detail = _GROUP_DETAIL.match(text, match.end())  # a group told again counts once
            end = detail.end() if detail else match.end()
            members = _members_named(doc, text, end, count)
            if members is None:
                continue  # "two women, Mrs. Gita and Mrs. Rekha, saw it": onlookers
            findings.groups.append((count, text[match.start() : end]))
            _add_members(findings, members)
    findings.companions += len(_ONE_COMPANION.findall(text)) + len(_KIN_ALONG.findall(text))
    for match in _COUNTED_COMPANIONS.finditer(text):
        findings.companions += int(number_from_word(match[1]) or 0)
    findings.unknown_size = open_gang or bool(
        _UNKNOWN_SIZE.search(text) or _OPEN_AGENT.search(text)
    )
    findings.unknown_size = findings.unknown_size or (
        not findings.groups and _left_open_unknown(text)
    )
    findings.open_number = bool(_OPEN_NUMBER.search(text))
    single = next(
        (
            m
            for m in _SINGLE.finditer(text)
            if not _only_told_or_helped(text, m.end()) and not _NAMED_ONE.search(text, 0, m.start())
        ),
        None,
    )
    findings.single = _ERGATIVE_END.sub("", single[0]) if single else None
    if single:
        findings.another = len(_ANOTHER.findall(text, single.end()))
    findings.together = max(findings.together, _acted_together(doc))


# "अज्ञात व्यक्ति ने", "driver ne": the case word marks the doer, it is no part of who he is
_ERGATIVE_END = re.compile(r"\s+(?:ne|ने)$", re.IGNORECASE)


def _one_counted_before(
    text: str, group: re.Match[str], count: int, findings: AccusedFindings
) -> bool:
    """A group told again, or some of a larger group counted before ("chhah log aaye ... do
    log andar ghus gaye", "चार लोग ... तीन लोग लाठी लिए थे"): the same people, not more.
    "अन्य दो लड़के", "aur do log" are more."""
    if _MORE.search(text, max(0, group.start() - _MORE_REACH), group.end()):
        return False
    return any(n >= count for n, _ in findings.groups)


_MORE_REACH = 10
_MORE = re.compile(
    r"(?<![\w\u0900-\u097f])(?:other|another|more|aur|अन्य|और)(?![\w\u0900-\u097f])", re.I
)


# "another man", "one more caller", "dusra aadmi", "दूसरा व्यक्ति": one more unnamed doer
# after the one a complaint first tells of
_ANOTHER = re.compile(
    r"\b(?:another|one\s+more|a\s+second)\s+(?:unknown\s+)?(?:man|person|caller|boy|youth|guy|"
    r"woman|lady|fellow|stranger)\b(?!\s+(?:who|whom)\s+(?:saw|helped|came\s+to\s+help))"
    r"|\b(?:dusr[aei]|doosr[aei])\s+(?:aadmi|ladka|ladki|vyakti|aurat|banda)\b"
    r"|दूसर[ाेी]\s+(?:आदमी|लड़का|लड़की|व्यक्ति|औरत)(?![\u0900-\u097f])",
    re.IGNORECASE,
)


def _members_named(doc: Complaint, text: str, end: int, count: int) -> list[NameSpan] | None:
    """The names told right after a counted group as who they were ("do log, Mr. Prakash
    aur Mr. Rabi", "three boys - Monu, Sonu and Raju", "दो युवक, राजू और बबलू"), placed in
    the whole text; ``None`` where those named only saw it or told of it, so the group is
    onlookers, not the accused."""
    apposed = _APPOSED.match(text, end) or (_NAME_NEXT.match(text, end) if count == 1 else None)
    if apposed is None:
        return []
    names = [s for s in _names_listed(text, apposed.end()) if _ends_as_a_name(text, s)]
    names = names[:count] if len(names) >= min(count, _GROUP_OF_TWO) else []
    if names and _only_saw(text, names[-1].end):
        return None
    shift = doc.body_start
    return [NameSpan(s.name, s.start + shift, s.end + shift) for s in names]


def _names_listed(text: str, pos: int) -> list[NameSpan]:
    """The names listed from ``pos`` on, joined by commas or "and", each with its honorific."""
    names: list[NameSpan] = []
    while (span := read_name(text, pos)) is not None and _starts_at(text, span, pos):
        names.append(span)
        link = _AND.match(text, span.end)
        if link is None:
            break
        pos = link.end()
    return names


def _only_saw(text: str, end: int) -> bool:
    """The words after the names, up to what they saw ("ne dekha ki ...", "saw that ..."), tell
    of seeing and of no deed of their own."""
    clause = text[end : sentence_end(text, end)]
    told = _WHAT_WAS_SEEN.search(clause)
    clause = clause[: told.start()] if told else clause
    return bool(
        _SEEING.search(clause)
        and not _ACT_ON_VICTIM.search(clause)
        and not _ACCUSATORY.search(clause)
    )


_WHAT_WAS_SEEN = re.compile(r"\s(?:ki|कि|that)(?![\w\u0900-\u097f])", re.IGNORECASE)
_SEEING = re.compile(
    r"\b(?:saw|seen|witness\w*|dekha|dekhi|dekhe)\b|देखा|देखी|देखे|गवाह", re.IGNORECASE
)


# Between a counted group and the names of its members: a comma, a dash, a colon or a bracket,
# with "namely" or "jinke naam" ("whose names are") after it.
_APPOSED = re.compile(
    r"\s*(?:,|:|—|–|-|\()\s*(?:(?:namely|viz\.?|i\.e\.|yaani|jinke\s+naam|jinme|jinmein|"
    r"जिनके\s+नाम|जिनमें)\s*[:\-]?\s*)?",
    re.IGNORECASE,
)


# "gali ka ek aadmi Shakeel jo jua khelta hai": one, named straight after
_NAME_NEXT = re.compile(r"\s+(?=[A-Z][a-z])")


def _add_members(findings: AccusedFindings, members: list[NameSpan]) -> None:
    """Names of a counted group's members, among the named accused and counted in the group."""
    for span in members:
        known = next((s for s in findings.named if same_person(s.name, span.name)), None)
        if known is not None:  # told first as a member, in the order the complaint lists them
            findings.named.remove(known)
            findings.actors.discard(known.name)
            span = NameSpan(known.name, min(known.start, span.start), known.end)
        findings.named.append(span)
        findings.members += 1
    findings.named.sort(key=lambda s: s.start)


# What a band of people did, told just after them: "... ne", "came", "broke", "ghus gaye",
# "तोड़कर", "भिड़ गए"; a crowd that sat, drank or watched did nothing to the complainant.
_DEED_AFTER = re.compile(
    r"[^.;!?।\n]{0,70}?(?:(?<![\w\u0900-\u097f])(?:ne|ने)(?![\w\u0900-\u097f])|"
    r"\b(?:came|arrived|entered|attack\w*|beat\w*|br[eo]k\w*|stole\w*|snatch\w*|surround\w*|"
    r"assault\w*|threaten\w*|fought|aaye|aake|aakar|ghus\w*|tod\w*|maar\w*|gher\w*|"
    r"bhid\w*|chura\w*|loot\w*)\b|आए|आकर|घुस|तोड़|मार|घेर|भिड़|चुरा|लूट)",
    re.IGNORECASE,
)


def _did_the_deed(text: str, group: re.Match[str]) -> bool:
    return bool(_DEED_AFTER.match(text, group.end()))


def _not_doers(text: str, group: re.Match[str]) -> bool:
    """The group counted is the one the act reached or that suffered alike."""
    if _NOT_DOERS_AFTER.match(text, group.end()):
        return True
    before = text[max(0, group.start() - 20) : group.start()]
    return bool(_OTHER.match(group[0]) and not _COMPANION_BEFORE.search(before))


def _group_named(findings: AccusedFindings, counted: int) -> bool:
    """A counted group of two or more whose members the complaint names, as many as it
    counted, and no one else said to be with them."""
    alone = not (findings.companions or findings.together or findings.unknown_size)
    named = len(findings.named) + len(findings.roles)
    return alone and counted >= _GROUP_OF_TWO and named == counted


_GROUP_OF_TWO = 2


def _count(findings: AccusedFindings) -> int | None:
    if findings.unknown_size:
        return findings.together or None  # "his friends ... all four of them": four
    named = [s for s in findings.named if not (findings.groups and s.name in findings.actors)]
    counted = sum(n for n, _ in findings.groups)
    if _group_named(findings, counted):
        return counted  # "do ladke ... ek Vicky, dusra uska saathi Monu": the two named
    known = len(named) + len(findings.roles) + max(counted - findings.members, 0)
    if known == 0 and findings.open_number and not findings.companions:
        return findings.together or None
    if known == 0 and findings.single:
        known = 1 + findings.another  # "a man called ... another man came on video": two
    if findings.together and not findings.companions:
        named_only = len(findings.named) + len(findings.roles)
        if not findings.groups and named_only <= findings.together:
            return findings.together  # "seven persons in all", "teeno ne": the whole number
    total = max(known + findings.companions, findings.together)
    return total or None
