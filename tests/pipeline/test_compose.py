"""Summary and narrative prose: faithful to the complaint, third person, nothing invented."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from afirgen.domain.fields import FirFields
from afirgen.pipeline.compose import compose_narrative, compose_summary
from afirgen.pipeline.extraction import assault_victim, extract_fields

EVAL_SET = Path(__file__).resolve().parents[2] / "eval" / "dev" / "fields.jsonl"
SNATCHING = (
    "I, Anil Saxena S/o Shri Harish Saxena, aged 41 years, R/o Flat 7B, Rose Apartments, Dwarka, "
    "mobile 9899012345, report that on 09/03/2025 at around 8:15 pm outside Janakpuri West "
    "Bus Depot two unknown men on a red scooter snatched the gold chain of 3 tola worth "
    "Rs. 75,000 from my mother's neck."
)
SECTIONS = ["Section 304(2) BNS (Snatching)", "Section 3(5) BNS (Common intention)"]
# Words the templates themselves write; anything else capitalised must come from the complaint.
TEMPLATE_WORDS = set(
    [
    "The", "On", "Shri", "Smt", "Ms", "Late", "S/o", "D/o", "W/o", "R/o", "BNS", "Section",
    "Sections", "Rs", "Accused", "Property", "Weapons", "Injuries", "Vehicle", "Witness",
    "Witnesses", "A", "An"
]
)  # fmt: skip


def draft(text: str, reference: date = date(2025, 3, 15)) -> FirFields:
    return extract_fields(text, reference)


def test_narrative_reads_like_a_station_writers_paragraph() -> None:
    narrative = compose_narrative(draft(SNATCHING), SNATCHING, SECTIONS)

    assert narrative.startswith(
        "The complainant, Shri Anil Saxena S/o Shri Harish Saxena, aged 41 years, "
        "R/o Flat 7B, Rose Apartments, Dwarka, mobile no. 9899012345, reported that on "
        "09.03.2025 at about 20:15 hrs outside Janakpuri West Bus Depot, two unknown men on a "
        "red scooter snatched gold chain of 3 tola valued at Rs. 75,000."
    )
    assert narrative.endswith(
        "On the basis of the complaint, a case under Section 304(2) BNS and Section 3(5) BNS "
        "is registered and investigation taken up."
    )


def test_missing_facts_are_left_out_not_filled_in() -> None:
    text = "My name is Kavya Reddy. Someone stole my phone worth 20,000 rupees."
    fields = draft(text)

    narrative = compose_narrative(fields, text, SECTIONS)

    assert "on a date not stated" in narrative
    assert "R/o" not in narrative
    assert "mobile no." not in narrative
    assert "None" not in narrative
    assert "phone worth 20,000 rupees" not in narrative  # value formatted, not pasted
    assert "Rs. 20,000" in narrative


def test_without_sections_no_section_is_invented() -> None:
    narrative = compose_narrative(draft(SNATCHING), SNATCHING, [])

    assert "Section" not in narrative
    assert narrative.endswith("are to be determined on the basis of the complaint.")


def test_late_appears_only_when_the_complaint_says_so() -> None:
    late = "I Naveen Joshi s/o Late Shri Kailash Chand Joshi, r/o C-58, Gurugram, lost my scooter."
    alive = "I Naveen Joshi s/o Shri Kailash Chand Joshi, r/o C-58, Gurugram, lost my scooter."

    assert "S/o Late Shri Kailash Chand Joshi" in compose_narrative(draft(late), late, [])
    assert "Late" not in compose_narrative(draft(alive), alive, [])


def test_hindi_complaint_gives_english_prose_with_devanagari_names() -> None:
    text = (
        "मैं अनीता शर्मा पत्नी श्री मनोज शर्मा, निवासी सिगरा, वाराणसी हूँ। दिनांक 12.03.2025 को "
        "शाम 7:10 बजे लक्सा मोड़ के पास दो अज्ञात युवक मेरी चेन छीनकर भाग गए।"
    )

    narrative = compose_narrative(draft(text), text, ["Section 304(2) BNS"])

    assert narrative.startswith(
        "The complainant, Smt. अनीता शर्मा W/o Shri मनोज शर्मा, R/o सिगरा, वाराणसी,"
    )
    assert "reported that on 12.03.2025 at about 19:10 hrs near लक्सा मोड़" in narrative
    assert "two unknown persons" in narrative


def test_summary_is_two_to_four_third_person_sentences() -> None:
    for line in _eval_lines():
        text = str(line["text"])
        summary = compose_summary(
            draft(text, date.fromisoformat(str(line["reference_date"]))), text
        )

        sentences = [s for s in re.split(r"(?<=[.])\s+(?=[A-Z\u0900-\u097f])", summary) if s]
        assert 2 <= len(sentences) <= 4, (line["id"], summary)
        assert not re.search(r"\b(?:I|my|me|mera|main)\b", summary), (line["id"], summary)


def test_summary_says_what_when_where_by_whom_and_what_was_lost() -> None:
    summary = compose_summary(draft(SNATCHING), SNATCHING)

    assert summary == (
        "Anil Saxena (S/o Shri Harish Saxena) reports a snatching on 09.03.2025 at about 20:15 hrs "
        "outside Janakpuri West Bus Depot. Accused: two unknown men on a red scooter. "
        "Property worth Rs. 75,000 is reported lost."
    )


def test_narrative_never_names_anyone_the_complaint_does_not() -> None:
    for line in _eval_lines():
        text = str(line["text"])
        fields = draft(text, date.fromisoformat(str(line["reference_date"])))
        narrative = compose_narrative(fields, text, [])

        unquoted = re.sub(r'"[^"]*"', "", narrative)
        for word in re.findall(r"\b[A-Z][a-z]+\b", unquoted):
            assert word in TEMPLATE_WORDS or word in text, (line["id"], word)


def test_amounts_use_indian_digit_grouping() -> None:
    text = "My name is Sunita. Gold bangles worth Rs. 1,20,000 and cash Rs. 43,000 were stolen."

    narrative = compose_narrative(draft(text), text, [])

    assert "The total value of the property is Rs. 1,63,000." in narrative


def _eval_lines() -> list[dict[str, object]]:
    with EVAL_SET.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_a_span_of_hours_on_one_day_reads_between_in_summary_and_narrative() -> None:
    text = (
        "I, Ramesh Kumar, report that on 14/03/2025 between 1 am and 4 am thieves broke into "
        "my shop at Johari Bazaar and stole Rs. 50,000."
    )
    fields = draft(text)
    span = "on 14.03.2025 between about 01:00 hrs and 04:00 hrs"
    assert span in compose_summary(fields, text)
    assert span in compose_narrative(fields, text, SECTIONS)


def test_one_hour_in_a_course_of_days_is_not_pinned_to_the_first_day() -> None:
    text = (
        "Since August 2026 my landlord Mahesh Gupta has been abusing me over the rent. On "
        "3 November 2026 at about 8 pm he came to my room and threatened to break my legs."
    )
    fields = draft(text, date(2026, 11, 4))
    assert fields.occurrence.time_from and not fields.occurrence.time_to
    summary, narrative = compose_summary(fields, text), compose_narrative(fields, text, SECTIONS)
    for prose in (summary, narrative):
        assert "between 01.08.2026 and 03.11.2026" in prose
        assert "01.08.2026 at about" not in prose


KNIFE_POINT = (
    "I, Sunil Rawat, aged 39, report that on 02/02/2025 at about 10 pm near the bus depot two "
    "men stopped me, one of them pulled out a knife and said he would kill me, and they took "
    "my phone worth Rs 15,000 and ran away."
)


def test_a_taking_at_knife_point_is_told_as_robbery_not_theft() -> None:
    fields = draft(KNIFE_POINT)

    summary = compose_summary(fields, KNIFE_POINT)
    narrative = compose_narrative(fields, KNIFE_POINT, ["Section 309(4) BNS (Robbery)"])

    assert "reports a robbery" in summary
    assert "theft" not in summary
    assert "robbed the complainant of" in narrative
    assert "stole" not in narrative


def test_the_narrative_tells_the_taking_the_registered_sections_name() -> None:
    text = (
        "Mera naam Rakesh hai. 5 March 2025 ko raat mein mere ghar se koi loot le gaya, "
        "almari se 20,000 rupaye ka saman chori ho gaya."
    )
    fields = draft(text)

    as_theft = compose_narrative(fields, text, ["Section 305(a) BNS (Theft in a dwelling house)"])
    as_robbery = compose_narrative(fields, text, ["Section 309(4) BNS (Robbery)"])

    assert "robbed" not in as_theft
    assert "robbed" in as_robbery


def test_a_threat_told_apart_from_a_theft_does_not_make_it_robbery() -> None:
    text = (
        "I, Meena Joshi, report that my purse worth Rs 3,000 was stolen from my bag in the "
        "market on 01/03/2025. Separately, last year my neighbour threatened me over parking."
    )

    summary = compose_summary(draft(text), text)

    assert "robbery" not in summary
    assert "theft" in summary


def test_a_fraud_is_told_as_the_sum_the_complainant_was_cheated_of() -> None:
    text = (
        "I, Kavita Rao, report that on 2 March 2025 a man called saying he was from my bank and "
        "asked me to enter the OTP on his link. Soon after, Rs 52,300 was debited from my "
        "account in two transactions."
    )
    fields = draft(text)

    narrative = compose_narrative(fields, text, ["Section 318(4) BNS (Cheating)"])

    assert "a man cheated the complainant of Rs. 52,300" in narrative
    assert "valued at" not in narrative  # a sum of money is its own value
    assert "trespass" not in compose_summary(fields, text)  # entering an OTP is no trespass


def test_a_fraud_is_told_with_how_it_was_done_and_the_whole_sum_lost() -> None:
    hinglish = (
        "Main Farhan Ali, 3 February 2025 ko shaam 6 baje mere paas ek anjaan number se call "
        "aaya. Usne bola ki aapka gas connection band hone wala hai, ek form bharna padega. "
        "Form mein 5 rupaye bhare to mere khate se kul 64,000 rupaye nikal gaye."
    )
    devanagari = (
        "दिनांक 05.02.2025 को दो व्यक्ति मेरे घर आए और बोले कि वे बिजली विभाग से आए हैं, "
        "मीटर बदलना है। वे मुझसे 7,200 रुपये लेकर चले गए और फिर कभी नहीं लौटे।"
    )

    narrative = compose_narrative(draft(hinglish), hinglish, ["Section 318(4) BNS"])
    assert 'states how it was done: "Usne bola ki aapka gas connection band hone wala' in narrative
    assert "Rs. 64,000 was obtained by cheating" in narrative
    assert "Rs. 5 was" not in narrative

    narrative = compose_narrative(draft(devanagari), devanagari, ["Section 319(2) BNS"])
    assert "बोले कि वे बिजली विभाग से आए हैं" in narrative


def test_a_forged_deed_is_told_as_forgery_not_only_as_the_threat_after_it() -> None:
    text = (
        "सेवा में, थानाध्यक्ष। निवेदन है कि गाँव के हरिओम पुत्र जगदीश ने दिनांक 03.01.2025 को "
        "तहसील में मेरे खेत का फर्जी बैनामा अपनी पत्नी के नाम करा लिया। पूछने पर हरिओम ने "
        "जान से मारने की धमकी दी।"
    )
    fields = draft(text)

    assert "forgery" in compose_summary(fields, text)
    assert "forged documents and issued threats" in compose_narrative(
        fields, text, ["Section 336(3) BNS", "Section 351(2) BNS"]
    )


def test_an_assault_says_whom_it_was_done_to_and_its_weapon_once() -> None:
    text = (
        "On 2 March 2025 at 8 pm Kishan and Bhola stopped me near the mandi gate. Kishan hit "
        "me on the head with a lathi and Bhola kicked me."
    )
    narrative = compose_narrative(draft(text), text, ["Section 118(1) BNS"])

    assert "Kishan and Bhola attacked the complainant with lathi" in narrative
    assert "Weapons mentioned" not in narrative


def test_an_assault_on_the_complainants_kin_names_the_kin() -> None:
    hinglish = "Kal raat 9 baje Pappu ne mere bhai ko danda se maara. Uske sir se khoon nikla."
    devanagari = "कल शाम गोपाल ने मेरे पिता को लाठी से पीटा।"

    assert "attacked the complainant's brother" in compose_narrative(
        draft(hinglish), hinglish, ["Section 115(2) BNS"]
    )
    assert "attacked the complainant's father" in compose_narrative(
        draft(devanagari), devanagari, ["Section 115(2) BNS"]
    )


def test_the_kin_who_beat_the_complainant_is_not_made_the_victim() -> None:
    text = (
        "I, Rekha Chauhan, was married to Sandeep Chauhan in 2018. My husband Sandeep and his "
        "brother Vinod demanded a motorcycle as dowry. On 4 January 2025 at night my husband "
        "struck me with a cricket bat."
    )
    narrative = compose_narrative(draft(text), text, ["Section 85 BNS"])

    assert "complainant's husband" not in narrative
    assert "attacked the complainant with cricket bat" in narrative
    for told in ("Pichhle hafte mere pati ne mujhe chappal se maara", "मेरे पति ने मुझे पीटा"):
        assert assault_victim(told) == "the complainant"


def test_kin_beaten_or_told_as_beaten_stay_the_victim() -> None:
    passive = "On 9 June 2025 Bhure Lal came to our gate and my father was beaten with a rod."
    narrative = compose_narrative(draft(passive), passive, ["Section 118(1) BNS"])

    assert "attacked the complainant's father" in narrative


def test_a_place_told_with_a_hindi_postposition_reads_in_english() -> None:
    fields = FirFields(place="Ganesh chowk ke paas")
    inside = FirFields(place="सब्ज़ी मंडी में")

    assert " near Ganesh chowk," in compose_narrative(fields, "", SECTIONS)
    assert " in सब्ज़ी मंडी," in compose_narrative(inside, "", SECTIONS)


def test_a_sum_in_the_prose_has_indian_grouping() -> None:
    fields = FirFields(total_property_value_inr=1250000.5)

    assert "Rs. 12,50,000.50" in compose_summary(fields, "")


def test_a_matter_with_no_section_registered_alleges_no_deed() -> None:
    text = (
        "I, Harish Chand, aged 51, run a hardware shop in Sadar Bazar. Mr. Kailash Rawat took "
        "cement bags worth Rs 60,000 from me on credit and promised to pay within a month. He "
        "has not paid yet and says his payments are stuck. I only want my money back."
    )
    narrative = compose_narrative(draft(text), text, [])

    assert "cheated" not in narrative and "stole" not in narrative
    assert "in the complainant's words, \"Mr. Kailash Rawat took cement bags" in narrative
    assert narrative.endswith("to be determined on the basis of the complaint.")
    # once the officer registers a section, the prose tells the deed itself
    registered = compose_narrative(draft(text), text, ["Section 316(2) BNS"])
    assert "in the complainant's words" not in registered
    assert "Kailash Rawat took cement bags" in registered


def test_a_scene_that_opened_its_sentence_reads_in_lower_case_mid_sentence() -> None:
    text = (
        "I, Rekha Joshi, aged 45, report that on 2 March 2025 at about 7 pm I was walking back "
        "from the Kali temple. Near the Reliance Trends store a man snatched my gold chain worth "
        "Rs 80,000."
    )
    narrative = compose_narrative(draft(text), text, ["Section 304(2) BNS"])
    assert "hrs near the Reliance Trends store," in narrative


def test_a_total_lost_with_no_thing_named_is_what_the_narrative_says_was_taken() -> None:
    text = (
        "Main Deepak Rawat, Shastri Nagar. 3 March ko ek Telegram group ne trading ke naam par "
        "dhokha diya, maine 4 baar mein kul 96,000 rupaye unke khaton mein bheje."
    )
    narrative = compose_narrative(draft(text), text, ["Section 318(4) BNS (Cheating)"])
    assert "Rs. 96,000" in narrative
    assert "took place" not in narrative


def test_a_matter_naming_no_one_is_told_in_the_complainant_s_first_sentences() -> None:
    text = (
        "Sir, I, Mohan Lal Gupta, aged 66, retired teacher, live at 14 Civil Lines. I deposited "
        "Rs 2,00,000 in a chit fund committee of our colony in 2024. The committee has been "
        "wound up and the members are not returning the money. I pray for help."
    )
    narrative = compose_narrative(draft(text), text, [])

    assert (
        "in the complainant's words, \"I deposited Rs 2,00,000 in a chit fund committee of our "
        "colony in 2024. The committee has been wound up and the members are not returning the "
        'money"'
    ) in narrative
    assert "the matter set out in the complaint arose" not in narrative


def test_a_bag_handed_over_at_knife_point_is_reported_as_robbery() -> None:
    text = (
        "On 02/02/2025 at about 9 pm near the railway crossing a man showed me a knife and said "
        "give me everything or I will kill you. Out of fear I gave him my bag with Rs 12,000 "
        "in cash."
    )
    summary = compose_summary(draft(text), text)
    assert "reports a robbery" in summary
    assert "assault" not in summary
