"""English and Hindi for every label and message of the console.

Templates write the English text and call ``t(...)``; Hindi comes from
:data:`HINDI`. A test holds that every text the templates use has its Hindi.
Dates show as DD/MM/YYYY in India Standard Time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from afirgen.legal.hindi import hindi_reason, hindi_title
from afirgen.services.access import Actor, Language

LANGUAGES = tuple(Language)
# the sign-in page's choice, before anyone is known; a signed-in officer's is on their record
LANGUAGE_COOKIE = "afirgen_lang"
IST = timezone(timedelta(hours=5, minutes=30), "IST")

HINDI: dict[str, str] = {
    "AFIRGen console": "एएफआईआरजेन कंसोल",
    "Skip to content": "मुख्य सामग्री पर जाएँ",
    "Main menu": "मुख्य मेनू",
    "Home": "मुखपृष्ठ",
    "New complaint": "नई शिकायत",
    "FIR register": "एफआईआर रजिस्टर",
    "Dashboard": "डैशबोर्ड",
    "Administration": "प्रशासन",
    "SHO queue": "थानाध्यक्ष की कतार",
    "Sign in": "साइन इन करें",
    "Sign out": "साइन आउट करें",
    "Username": "उपयोगकर्ता नाम",
    "Password": "पासवर्ड",
    "Language": "भाषा",
    "Change": "बदलें",
    "Wrong username or password, or the account is locked. Try again or ask the administrator.": (
        "उपयोगकर्ता नाम या पासवर्ड गलत है, या खाता बंद है। फिर से प्रयास करें या प्रशासक से पूछें।"
    ),
    "Your sign-in has expired. Sign in again.": "आपका साइन-इन समाप्त हो गया है। फिर से साइन इन करें।",
    "Too many failed sign-ins from this network. Try again in a few minutes.": (
        "इस नेटवर्क से बहुत बार गलत साइन-इन हुआ है। कुछ मिनट बाद फिर से प्रयास करें।"
    ),
    "Signed in as": "साइन इन:",
    "Station": "थाना",
    "Role": "भूमिका",
    "duty_officer": "ड्यूटी अधिकारी",
    "sho": "थानाध्यक्ष",
    "supervisor": "पर्यवेक्षक",
    "admin": "प्रशासक",
    "Open complaints": "खुली शिकायतें",
    "No open complaints.": "कोई खुली शिकायत नहीं।",
    "Drafts sent to the SHO, awaiting registration": "थानाध्यक्ष को भेजे गए मसौदे, पंजीकरण की प्रतीक्षा में",
    "No drafts await registration.": "कोई मसौदा पंजीकरण की प्रतीक्षा में नहीं।",
    "Open": "खोलें",
    "Complainant": "शिकायतकर्ता",
    "Updated": "अद्यतन",
    "Step": "चरण",
    "Status": "स्थिति",
    "Taken by": "दर्ज करने वाले",
    "Complaint": "शिकायत",
    "Type or paste the complaint in any script.": "शिकायत किसी भी लिपि में टाइप या पेस्ट करें।",
    "Recording or photo": "रिकॉर्डिंग या फोटो",
    "A recording (WAV, MP3, M4A, OGG, WebM) or a photo or scan of a letter (JPEG, PNG, PDF).": (
        "रिकॉर्डिंग (WAV, MP3, M4A, OGG, WebM) या पत्र की फोटो या स्कैन (JPEG, PNG, PDF)।"
    ),
    "Record the complainant": "शिकायतकर्ता की आवाज़ रिकॉर्ड करें",
    "Start recording": "रिकॉर्डिंग शुरू करें",
    "Stop recording": "रिकॉर्डिंग रोकें",
    "Recording…": "रिकॉर्डिंग हो रही है…",
    "Recorded; it will be sent with Start draft.": (
        "रिकॉर्ड हो गया; यह 'मसौदा शुरू करें' के साथ भेजा जाएगा।"
    ),
    "This browser cannot record here; upload a file instead.": (
        "यह ब्राउज़र यहाँ रिकॉर्ड नहीं कर सकता; इसके बजाय फ़ाइल अपलोड करें।"
    ),
    "Give the complaint as text, a file or a recording.": "शिकायत टेक्स्ट, फ़ाइल या रिकॉर्डिंग के रूप में दें।",
    "Start draft": "मसौदा शुरू करें",
    "Review": "समीक्षा",
    "Statement": "बयान",
    "Progress": "प्रगति",
    "Working on": "चल रहा है:",
    "This page updates by itself; it shows each stage as it finishes.": (
        "यह पृष्ठ अपने आप अद्यतन होता है; हर चरण पूरा होते ही दिखता है।"
    ),
    "Reload": "फिर से लोड करें",
    "transcript_review": "प्रतिलेख",
    "summary_review": "तथ्य",
    "violations_review": "धाराएँ",
    "narrative_review": "विवरण",
    "final_review": "अंतिम मसौदा",
    "processing": "तैयार हो रहा है",
    "awaiting_validation": "समीक्षा की प्रतीक्षा",
    "completed": "पूर्ण",
    "failed": "विफल",
    "expired": "समाप्त",
    "pending": "लंबित",
    "registered": "दर्ज की गई",
    "corrected": "सुधारी गई",
    "finalized": "अंतिम",
    "Transcript": "प्रतिलेख",
    "Marked words were recognised with low confidence; numbers are underlined. Check them.": (
        "चिह्नित शब्द कम विश्वास से पहचाने गए; संख्याएँ रेखांकित हैं। इन्हें जाँचें।"
    ),
    "Corrected transcript": "सुधारा गया प्रतिलेख",
    "Facts": "तथ्य",
    "Summary": "सारांश",
    "Missing fields": "अनुपलब्ध फ़ील्ड",
    "missing": "अनुपलब्ध",
    "Doubts to check": "जाँचने योग्य संदेह",
    "Sections": "धाराएँ",
    "Include": "शामिल करें",
    "Untick a section to remove it; tick a candidate to add it.": (
        "धारा हटाने के लिए उसका निशान हटाएँ; जोड़ने के लिए उम्मीदवार धारा पर निशान लगाएँ।"
    ),
    "Proposed": "प्रस्तावित",
    "Candidates": "उम्मीदवार धाराएँ",
    "Reason": "कारण",
    "Evidence": "साक्ष्य",
    "cognizable": "संज्ञेय",
    "non-cognizable": "असंज्ञेय",
    "bailable": "जमानती",
    "non-bailable": "गैर-जमानती",
    "Search the knowledge base": "ज्ञानकोष में खोजें",
    "Words or a section number": "शब्द या धारा संख्या",
    "Find sections": "धाराएँ खोजें",
    "No sections found.": "कोई धारा नहीं मिली।",
    "No offence is proposed.": "कोई अपराध प्रस्तावित नहीं।",
    "Narrative": "विवरण",
    "Draft narrative": "विवरण का मसौदा",
    "Final preview of the IF-1": "आईएफ-1 का अंतिम पूर्वावलोकन",
    "Approve": "स्वीकृत करें",
    "Send to the SHO": "थानाध्यक्ष को भेजें",
    "Sent to the SHO. The draft waits in the SHO's queue for registration.": (
        "थानाध्यक्ष को भेजा गया। मसौदा पंजीकरण के लिए थानाध्यक्ष की कतार में है।"
    ),
    "Register FIR": "एफआईआर दर्ज करें",
    "Regenerate": "फिर से बनाएँ",
    "Correction note": "सुधार टिप्पणी",
    "What should change?": "क्या बदलना चाहिए?",
    "FIR registered": "एफआईआर दर्ज हुई",
    "FIR number": "एफआईआर संख्या",
    "Drafting failed": "मसौदा विफल",
    "This session has expired. Start the complaint again.": (
        "यह सत्र समाप्त हो गया है। शिकायत फिर से शुरू करें।"
    ),
    "Date": "दिनांक",
    "From": "से",
    "To": "तक",
    "All": "सभी",
    "Filter": "छानें",
    "Search": "खोजें",
    "Search results": "खोज परिणाम",
    "No FIRs.": "कोई एफआईआर नहीं।",
    "Next page": "अगला पृष्ठ",
    "Record": "अभिलेख",
    "History": "इतिहास",
    "Audit events": "लेखा-परीक्षा घटनाएँ",
    "Finalize": "अंतिम करें",
    "Finalized by": "अंतिम करने वाले अधिकारी",
    "Correct the FIR": "एफआईआर में सुधार करें",
    "Saved only if nobody changed the FIR since this page was shown.": (
        "सहेजा तभी जाता है जब यह पृष्ठ दिखाने के बाद किसी ने एफआईआर न बदली हो।"
    ),
    "Distance from the station": "थाने से दूरी",
    "Save corrections": "सुधार सहेजें",
    "The FIR changed after you opened it: open it again and check it.": (
        "आपके खोलने के बाद एफआईआर बदली: इसे फिर से खोलें और जाँचें।"
    ),
    "Download PDF": "पीडीएफ डाउनलोड करें",
    "Signature check": "हस्ताक्षर जाँच",
    "The signature matches the record.": "हस्ताक्षर अभिलेख से मेल खाता है।",
    "The signature does not match: the record was changed after finalizing.": (
        "हस्ताक्षर मेल नहीं खाता: अंतिम करने के बाद अभिलेख बदला गया।"
    ),
    "Not finalized yet: nothing is signed.": "अभी अंतिम नहीं: कुछ भी हस्ताक्षरित नहीं।",
    "The PDF is being made. This page will try again in a few seconds.": (
        "पीडीएफ बन रही है। यह पृष्ठ कुछ सेकंड में फिर प्रयास करेगा।"
    ),
    "When": "कब",
    "Who": "किसने",
    "Action": "कार्य",
    "Detail": "विवरण",
    "Report type": "रिपोर्ट प्रकार",
    "Place": "स्थान",
    "Occurrence": "घटना",
    "Accused": "अभियुक्त",
    "Something went wrong": "कुछ गलत हुआ",
    "What to do next": "आगे क्या करें",
    "Go back, check what you entered and try again. If it happens again, tell the administrator.": (
        "वापस जाएँ, दर्ज की गई जानकारी जाँचें और फिर प्रयास करें। फिर से हो तो प्रशासक को बताएँ।"
    ),
    "Page not found, or not one you may see.": "पृष्ठ नहीं मिला, या आप इसे नहीं देख सकते।",
    "Your role does not allow this.": "आपकी भूमिका इसकी अनुमति नहीं देती।",
    "This page was out of date: the work moved on since it was shown. "
    "Reload the page, check what it shows now and try again.": (
        "यह पृष्ठ पुराना था: दिखाए जाने के बाद काम आगे बढ़ चुका है। "
        "पृष्ठ फिर से लोड करें, अब जो दिखे उसे जाँचें और फिर प्रयास करें।"
    ),
    "This form was out of date or did not come from this console. "
    "Reload the page and send the form again.": (
        "यह फ़ॉर्म पुराना था या इस कंसोल से नहीं आया। पृष्ठ फिर से लोड करें और फ़ॉर्म फिर से भेजें।"
    ),
    "Too many requests in a short time. Wait a minute and try again.": (
        "थोड़े समय में बहुत अधिक अनुरोध। एक मिनट रुकें और फिर प्रयास करें।"
    ),
    "A service the console needs is not answering. Try again in a few "
    "minutes; if it goes on, tell the administrator.": (
        "कंसोल को जिस सेवा की आवश्यकता है वह उत्तर नहीं दे रही। कुछ मिनट बाद फिर प्रयास करें; "
        "ऐसा होता रहे तो प्रशासक को बताएँ।"
    ),
    "Last days": "पिछले दिन",
    "FIRs by status": "स्थिति के अनुसार एफआईआर",
    "FIRs by section": "धारा के अनुसार एफआईआर",
    "FIRs by day": "दिन के अनुसार एफआईआर",
    "Reviews pending": "लंबित समीक्षाएँ",
    "Average hours from complaint to FIR": "शिकायत से एफआईआर तक औसत घंटे",
    "No data yet.": "अभी कोई आँकड़े नहीं।",
    "Stations": "थाने",
    "Officers": "अधिकारी",
    "API keys": "एपीआई कुंजियाँ",
    "Code": "कोड",
    "Name": "नाम",
    "District": "ज़िला",
    "State": "राज्य",
    "Add station": "थाना जोड़ें",
    "Full name": "पूरा नाम",
    "Add officer": "अधिकारी जोड़ें",
    "Disable": "निष्क्रिय करें",
    "Active": "सक्रिय",
    "Disabled": "निष्क्रिय",
    "Create key": "कुंजी बनाएँ",
    "Revoke": "रद्द करें",
    "Key prefix": "कुंजी उपसर्ग",
    "Officer": "अधिकारी",
    "New API key, shown once:": "नई एपीआई कुंजी, केवल एक बार दिखाई जाएगी:",
    "Saved.": "सहेजा गया।",
    "The form was not accepted": "फ़ॉर्म स्वीकार नहीं हुआ",
    "What was wrong:": "क्या गलत था:",
    "Go back to the form, correct what is listed and send it again. Nothing was saved.": (
        "फ़ॉर्म पर वापस जाएँ, ऊपर लिखी बातें सुधारें और फिर से भेजें। कुछ भी सहेजा नहीं गया।"
    ),
    "Back to the form": "फ़ॉर्म पर वापस जाएँ",
    "Back to the previous page": "पिछले पृष्ठ पर वापस जाएँ",
    "Version of the page": "पृष्ठ का संस्करण",
    "A field of the form": "फ़ॉर्म का एक फ़ील्ड",
    "{field}: this is required; fill it in.": "{field}: यह आवश्यक है; इसे भरें।",
    "{field}: too short; give at least {min_length} characters.": (
        "{field}: बहुत छोटा; कम से कम {min_length} अक्षर दें।"
    ),
    "{field}: too long; at most {max_length} characters.": (
        "{field}: बहुत लंबा; अधिकतम {max_length} अक्षर।"
    ),
    "{field}: not in the expected form; see the hint beside it.": (
        "{field}: अपेक्षित रूप में नहीं; साथ दिया संकेत देखें।"
    ),
    "{field}: give a whole number.": "{field}: पूर्ण संख्या दें।",
    "{field}: give a number.": "{field}: संख्या दें।",
    "{field}: give {ge} or more.": "{field}: {ge} या अधिक दें।",
    "{field}: give {le} or less.": "{field}: {le} या कम दें।",
    "{field}: give more than {gt}.": "{field}: {gt} से अधिक दें।",
    "{field}: choose one of the offered values.": "{field}: दिए गए विकल्पों में से एक चुनें।",
    "{field}: give a date.": "{field}: दिनांक दें।",
    "{field}: answer yes or no.": "{field}: हाँ या नहीं में उत्तर दें।",
    "{field}: this value is not accepted.": "{field}: यह मान स्वीकार्य नहीं है।",
    "A date was not in the form DD/MM/YYYY (for example 14/03/2025). Correct it and try again.": (
        "कोई दिनांक DD/MM/YYYY रूप में नहीं था (जैसे 14/03/2025)। उसे सुधारें और फिर प्रयास करें।"
    ),
    "DD/MM/YYYY": "दिन/माह/वर्ष",
    "yes": "हाँ",
    "no": "नहीं",
}


FIELD_NAMES: dict[str, tuple[str, str]] = {
    "complainant": ("Complainant", "शिकायतकर्ता"),
    "accused": ("Accused", "अभियुक्त"),
    "witnesses": ("Witness", "गवाह"),
    "property": ("Property", "संपत्ति"),
    "occurrence": ("Occurrence", "घटना"),
    "name": ("name", "नाम"),
    "relation": ("relation (father, husband, mother, guardian)", "संबंध (पिता, पति, माता, अभिभावक)"),
    "relative_name": ("father's or husband's name", "पिता या पति का नाम"),
    "age": ("age", "आयु"),
    "gender": ("gender (male, female, other)", "लिंग (male, female, other)"),
    "address": ("address", "पता"),
    "phone": ("phone", "फ़ोन"),
    "email": ("email", "ईमेल"),
    "occupation": ("occupation", "व्यवसाय"),
    "known": ("known to the complainant", "शिकायतकर्ता का परिचित"),
    "relation_to_victim": (
        "relation to the complainant (husband, employer, neighbour...)",
        "शिकायतकर्ता से संबंध (पति, नियोक्ता, पड़ोसी...)",
    ),
    "description": ("description", "विवरण"),
    "value_inr": ("value (Rs)", "मूल्य (रु)"),
    "date_from": ("date from", "दिनांक से"),
    "date_to": ("date to", "दिनांक तक"),
    "time_from": ("time from", "समय से"),
    "time_to": ("time to", "समय तक"),
    "accused_count": ("Number of accused", "अभियुक्तों की संख्या"),
    "place": ("Place of occurrence", "घटना स्थल"),
    "distance_from_station": ("Distance from the station", "थाने से दूरी"),
    "delay_reason": ("Reason for delay in reporting", "रिपोर्ट में देरी का कारण"),
    "total_property_value_inr": ("Total value of property (Rs)", "संपत्ति का कुल मूल्य (रु)"),
    "weapons": ("Weapons (separate with ;)", "हथियार (; से अलग करें)"),
    "injuries": ("Injuries (separate with ;)", "चोटें (; से अलग करें)"),
    "vehicles": ("Vehicles (separate with ;)", "वाहन (; से अलग करें)"),
    "cleared": (
        "People the complainant says are not to blame (separate with ;)",
        "जिन्हें शिकायतकर्ता निर्दोष बताता है (; से अलग करें)",
    ),
}


def field_label(language: str, path: str, row: int | None = None) -> str:
    """``complainant.phone`` -> "Complainant phone"; a row of a list gets its number."""
    index = 1 if language == "hi" else 0
    parts = [FIELD_NAMES.get(p, (p, p))[index] for p in path.split(".")]
    if row is not None:
        parts[0] = f"{parts[0]} {row + 1}"
    return " ".join(parts)


# values shown by their code (steps, statuses, roles) read as words in English too
ENGLISH: dict[str, str] = {
    "transcript_review": "Transcript",
    "summary_review": "Facts",
    "violations_review": "Sections",
    "narrative_review": "Narrative",
    "final_review": "Final draft",
    "processing": "being prepared",
    "awaiting_validation": "awaiting review",
    "duty_officer": "duty officer",
    "sho": "SHO",
}


# a FIR's status history notes "registered" or "corrected: place, summary": the kinds
# of entry, and the items a correction names (the FIR service's correctable items)
HISTORY_KINDS = ("registered", "corrected")
HISTORY_ITEMS: dict[str, str] = {
    "place": "Place",
    "distance_from_station": "Distance from the station",
    "summary": "Summary",
    "fir_content": "Narrative",
}


def history_note(language: str, note: str | None) -> str:
    """A status history note in words: its kind, then the corrected items it names."""
    kind, _, items = (note or "").partition(": ")
    if kind not in HISTORY_KINDS:
        return note or ""
    words = translate(language, kind)
    if items:
        words += ": " + ", ".join(history_item(language, i) for i in items.split(", "))
    return words


def history_item(language: str, name: str) -> str:
    """A corrected item of the history ("place") by the label its form gives it."""
    return translate(language, HISTORY_ITEMS.get(name, name))


def translate(language: str, text: str) -> str:
    """``text`` in ``language`` (English is the key itself, or its word in ENGLISH)."""
    if language == "hi":
        return HINDI.get(text, text)
    return ENGLISH.get(text, text)


def section_title(language: str, section: Any) -> str:
    """A proposed section's or search hit's title; in Hindi where the title table has it."""
    english = str(section.get("title") or "")
    if language != "hi":
        return english
    number = str(section.get("section") or section.get("number") or "")
    found = hindi_title(str(section.get("act") or ""), number, section.get("subsection"))
    return found or english


def section_reason(language: str, reason: str | None) -> str:
    """The engine's reason; in Hindi, each fixed phrase the reason table knows."""
    return hindi_reason(reason or "") if language == "hi" else reason or ""


def pick_language(value: str | None) -> str:
    return value if value in LANGUAGES else "en"


def page_language(actor: Actor | None, cookie: str | None) -> str:
    """The signed-in officer's language; before sign-in (or before any choice), the cookie's."""
    if actor is not None and actor.language in LANGUAGES:
        return str(actor.language)
    return pick_language(cookie)


def as_ist(value: Any) -> datetime | None:
    """A timestamp (aware, naive UTC or ISO text) in India Standard Time."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(IST)
    return None


def format_date(value: Any) -> str:
    """DD/MM/YYYY; a timestamp is first moved to IST."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    at = as_ist(value)
    return at.strftime("%d/%m/%Y") if at else ""


DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# the one message for a date the console cannot read (it has its Hindi below)
BAD_DATE = (
    "A date was not in the form DD/MM/YYYY (for example 14/03/2025). Correct it and try again."
)


def parse_date(text: str) -> date:
    """A date as the console writes it (DD/MM/YYYY), or ISO; ValueError for anything else.

    Browsers draw ``<input type=date>`` in their own locale (MM/DD/YYYY on an
    en-US install), so the console's date fields are text in DD/MM/YYYY."""
    found = DMY.match(text.strip())
    if found:
        day, month, year = (int(part) for part in found.groups())
        return date(year, month, day)
    return date.fromisoformat(text.strip())


def format_datetime(value: Any) -> str:
    """DD/MM/YYYY HH:MM IST."""
    at = as_ist(value)
    return at.strftime("%d/%m/%Y %H:%M IST") if at else ""
