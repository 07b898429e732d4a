"""When it happened: the day and hour an officer would copy into item 3 of the IF-1."""

from __future__ import annotations

from datetime import date, time

import pytest

from afirgen.domain.fields import Occurrence
from afirgen.pipeline.extraction import extract_fields

REPORTED = date(2025, 6, 10)  # a Tuesday


def occurrence_of(text: str) -> Occurrence:
    return extract_fields(text, reference_date=REPORTED).occurrence


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        (
            "My scooter went missing yesterday, Monday, close to 6:15 in the evening, "
            "from outside the library.",
            date(2025, 6, 9),
            time(18, 15),
        ),
        (
            "Aaj subah, aaj subah 7:20 pe meri beti school ke liye nikli aur rasta mein "
            "ek aadmi ne uska bag cheen liya.",
            date(2025, 6, 10),
            time(7, 20),
        ),
        (
            "कल, सोमवार को, रात 9:40 बजे मेरे घर का ताला तोड़ा गया।",
            date(2025, 6, 9),
            time(21, 40),
        ),
    ],
)
def test_a_day_named_twice_keeps_its_hour_as_the_start(text: str, day: date, clock: time) -> None:
    occurrence = occurrence_of(text)

    assert occurrence.date_from == day
    assert occurrence.time_from == clock
    assert occurrence.time_to is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Kal shaam 4 se 6 baje tak main mela mein tha, usi beech jeb se phone nikal liya gaya.",
            time(16, 0),
            time(18, 0),
        ),
        (
            "कल रात करीब साढ़े दस, ग्यारह बजे दो लड़के दीवार फाँद कर अंदर आए।",
            time(22, 30),
            None,
        ),
        (
            "Yesterday around 7-8 o'clock in the evening somebody slashed the tyres of my car.",
            time(19, 0),
            None,
        ),
    ],
)
def test_two_hours_told_together_start_at_the_first(
    text: str, start: time, end: time | None
) -> None:
    occurrence = occurrence_of(text)

    assert occurrence.date_from == date(2025, 6, 9)
    assert occurrence.time_from == start
    assert occurrence.time_to == end


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Kal raat ke kareeb dhaai baje kisi ne darwaza khatkhataya.", time(2, 30)),
        ("कल रात लगभग ढाई बजे किसी ने दरवाज़ा तोड़ने की कोशिश की।", time(2, 30)),
        ("Kal raat nu lagbhag dedh vaje gate da taala tod ditta.", time(1, 30)),
    ],
)
def test_an_hour_word_that_is_itself_a_half_keeps_its_minutes(text: str, clock: time) -> None:
    assert occurrence_of(text).time_from == clock


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        (
            "Last night we went to sleep at about 10:30. Around 1:45 I heard the window "
            "glass break and saw two men in the hall.",
            time(1, 45),
        ),
        (
            "Kal raat hum log kareeb 11 baje so gaye. Raat ko lagbhag paune teen baje "
            "aangan mein kisi ke kadmon ki awaaz aayi.",
            time(2, 45),
        ),
        (
            "कल रात हम लगभग 10 बजे सो गए। रात करीब ढाई बजे पीछे का दरवाज़ा तोड़ा गया।",
            time(2, 30),
        ),
    ],
)
def test_the_hour_of_going_to_bed_gives_way_to_the_hour_of_the_act(text: str, clock: time) -> None:
    occurrence = occurrence_of(text)

    assert occurrence.date_from == date(2025, 6, 9)
    assert occurrence.time_from == clock


def test_an_hour_of_finding_out_next_morning_does_not_replace_the_hour_told() -> None:
    occurrence = occurrence_of(
        "Kal raat chaukidar kareeb 3 baje kursi par so gaya. Subah 5 baje pata chala ki "
        "godown ka taala toota hai."
    )

    assert occurrence.time_from == time(3, 0)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Yesterday early morning around 5 a man on a bike pulled my chain.", time(5, 0)),
        ("Kal raat ko lagbhag 11, jab sab so rahe the, gate ka taala toota.", time(23, 0)),
        ("Yesterday evening at about 7, while I was locking the shop, he hit me.", time(19, 0)),
        # a count of people after "around" is not an hour
        ("Yesterday evening about 7 people gathered outside my gate and shouted.", None),
        ("Kal subah lagbhag 5 log ghar mein ghus aaye.", None),
    ],
)
def test_an_hour_told_after_around_and_a_part_of_the_day(text: str, clock: time | None) -> None:
    assert occurrence_of(text).time_from == clock


def test_a_night_between_two_days_of_the_month_fills_both_ends() -> None:
    occurrence = occurrence_of(
        "The godown was broken into between 11 pm on the 6th and 5 am on the 7th."
    )

    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 6, 6), date(2025, 6, 7))
    assert (occurrence.time_from, occurrence.time_to) == (time(23, 0), time(5, 0))


def test_an_ordinal_day_is_a_date_only_where_it_stands_alone() -> None:
    told = occurrence_of("On the 4th, at about 9 pm, my neighbour threatened me with a knife.")
    floor = occurrence_of("We live on the 3rd floor. Yesterday my laptop was stolen from there.")
    ranks = occurrence_of("The 2nd and 3rd accused ran away on the 5th.")

    assert (told.date_from, told.time_from) == (date(2025, 6, 4), time(21, 0))
    assert floor.date_from == date(2025, 6, 9)
    assert ranks.date_from == date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Our society's secretary kept the maintenance money from March 2024 to January "
            "2025 and never deposited it in the bank.",
            date(2024, 3, 1),
            date(2025, 1, 31),
        ),
        (
            "Mera maalik February se April tak ki tankhwah nahi de raha, kul 27,000 rupaye.",
            date(2025, 2, 1),
            date(2025, 4, 30),
        ),
        (
            "वह नवंबर 2024 से 15 मार्च 2025 तक रोज़ फोन करके मुझे धमकाता रहा।",
            date(2024, 11, 1),
            date(2025, 3, 15),
        ),
        # a period still running closes no later than the day of reporting
        (
            "He has been sending me messages from April to June without a break.",
            date(2025, 4, 1),
            REPORTED,
        ),
    ],
)
def test_a_period_told_by_months_opens_on_the_first_of_its_first_month(
    text: str, start: date, end: date
) -> None:
    occurrence = occurrence_of(text)
    assert (occurrence.date_from, occurrence.date_to) == (start, end)


def test_a_day_before_the_month_is_a_date_not_a_period_of_months() -> None:
    occurrence = occurrence_of("On 3 May to Ravi's shop I went, and on 5 May he cheated me.")
    assert occurrence.date_from == date(2025, 5, 3)


def test_days_listed_before_their_month_open_and_close_the_window() -> None:
    occurrence = occurrence_of(
        "The cashier did not deposit the takings of 2, 3 and 4 June; he has not come since."
    )
    assert (occurrence.date_from, occurrence.date_to) == (date(2025, 6, 2), date(2025, 6, 4))


def test_a_later_sentence_giving_the_incidents_date_outranks_yesterday_and_says_so() -> None:
    text = (
        "Kal raat lagbhag 11 baje Sadar bazaar ke chauraha par do ladkon ne mera purse cheen "
        "liya. Yeh ghatna 14 tarikh ki hai. Purse mein 3,000 rupaye the."
    )
    fields = extract_fields(text, date(2026, 9, 20))

    assert fields.occurrence.date_from == date(2026, 9, 14)
    assert fields.occurrence.time_from == time(23, 0)
    assert fields.place is not None and "Sadar bazaar" in fields.place
    assert any("19.09.2026" in doubt and "14.09.2026" in doubt for doubt in fields.doubts)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Kal shaam paanch baj ke bees minute pe do ladke dukaan mein ghuse.", time(17, 20)),
        ("कल रात नौ बजकर दस मिनट पर मेरी मोटरसाइकिल गायब हो गई।", time(21, 10)),
        ("Yesterday early morning around 5 walking to the dairy, I was stopped.", time(5, 0)),
    ],
)
def test_an_hour_and_its_minutes_told_in_words(text: str, clock: time) -> None:
    assert occurrence_of(text).time_from == clock


def test_a_date_restated_with_its_hour_gives_the_hour_even_on_arrival() -> None:
    occurrence = occurrence_of(
        "The agent told me to bring my papers to his office on 3 May 2025. "
        "My brother could not come with me. "
        "On 3 May 2025 at about 2 pm I reached the office and he took my passport."
    )
    assert (occurrence.date_from, occurrence.time_from) == (date(2025, 5, 3), time(14, 0))


def test_an_hour_promised_in_devanagari_is_not_the_hour_of_occurrence() -> None:
    occurrence = occurrence_of(
        "दिनांक 2 जून 2025 को मेरे भाई दुकान से लौट रहे थे। उन्होंने कहा था कि 9 बजे तक आ जाएँगे। "
        "रात लगभग 8:20 बजे एक ट्रक ने उन्हें टक्कर मार दी।"
    )
    assert occurrence.time_from == time(20, 20)


def test_yesterday_said_twice_beside_a_date_raises_one_doubt() -> None:
    fields = extract_fields(
        "Kal shaam, kal 2 June ko, mere ghar ke bahar se cycle chori ho gayi.", REPORTED
    )
    assert len([d for d in fields.doubts if "02.06.2025" in d]) == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On 4 June 2025 my son told me that on 1 June 2025 two seniors beat him in the hostel.",
            date(2025, 6, 1),
        ),
        (
            "4 June ko beti ne bataya ki 2 June ko tuition wale ne usse galat harkat ki.",
            date(2025, 6, 2),
        ),
        ("4 जून को पत्नी ने बताया कि 1 जून को पड़ोसी ने उसे गाली दी।", date(2025, 6, 1)),
        # a day promised is no day told of
        (
            "On 4 June 2025 he told me that on 8 June 2025 he would return the money.",
            date(2025, 6, 4),
        ),
    ],
)
def test_the_day_of_being_told_gives_way_to_the_day_told_of(text: str, day: date) -> None:
    assert occurrence_of(text).date_from == day


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        # the finding is told far from the hour, of something else (a name learnt later)
        (
            "Kal raat mohalle mein jagran tha. Raat lagbhag 10 baje jab aarti ho rahi thi, "
            "bheed mein khade ek aadmi ne, jiska naam hamein baad mein Pintu pata chala, "
            "meri patni ka mangalsutra kheench liya.",
            time(22, 0),
        ),
        # the hour is that of arriving and finding the loss: the complaint does not give
        # the hour of the theft
        (
            "Kal meri dukaan band thi. Agle din subah 8 baje jab main dukaan pahuncha to "
            "shutter ka taala toota mila aur galla khaali tha.",
            None,
        ),
    ],
)
def test_a_later_hour_is_the_incidents_unless_told_with_the_finding(
    text: str, clock: time | None
) -> None:
    assert occurrence_of(text).time_from == clock


@pytest.mark.parametrize(
    "text",
    [
        "Kal raat ghar ke sab log kareeb 11 baje so gaye. Subah 6 baje uthe to dekha ki "
        "rasoi ki khidki ki jaali kati hui thi aur do mobile gayab the.",
        "कल रात हम करीब 11 बजे सो गए। सुबह 6 बजे उठे तो देखा कि रसोई की खिड़की की जाली कटी "
        "हुई थी और दो मोबाइल गायब थे।",
    ],
)
def test_a_night_nobody_saw_runs_from_going_to_bed_to_waking(text: str) -> None:
    occurrence = occurrence_of(text)

    assert (occurrence.date_from, occurrence.time_from) == (date(2025, 6, 9), time(23, 0))
    assert (occurrence.date_to, occurrence.time_to) == (date(2025, 6, 10), time(6, 0))


@pytest.mark.parametrize(
    "text",
    [
        "Every evening the bar next door starts its DJ at 9 pm and my children cannot study "
        "for their exams.",
        "Gali ke kone par ek aadmi shaam 6 se raat 11 baje tak juye ki mez lagata hai, "
        "mohalle ke ladke wahan paise haarte hain.",
        "हमारे गाँव के तालाब के पास रोज़ सुबह 5 बजे से ट्रैक्टर वाले अवैध मिट्टी खोदकर ले जाते हैं।",
    ],
)
def test_the_hours_of_a_habit_are_no_hour_of_occurrence(text: str) -> None:
    assert occurrence_of(text).time_from is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        (
            "I leave for my shop at 8.30 am. Yesterday at about 2 pm a man on a bike snatched "
            "my wife's chain outside our gate.",
            time(14, 0),
        ),
        (
            "Main roz subah 7 baje doodh lene jaata hoon. Kal raat 11 baje do ladke meri "
            "bike utha ke le gaye.",
            time(23, 0),
        ),
        (  # the day of the occurrence went as others did: its hour is still the occurrence's
            "Roz ki tarah kal subah 9 baje maine godown khola to peeche ki deewar tooti thi.",
            time(9, 0),
        ),
    ],
)
def test_an_hour_of_habit_gives_way_to_the_hour_of_the_act(text: str, clock: time) -> None:
    assert occurrence_of(text).time_from == clock


@pytest.mark.parametrize(
    "text",
    [
        "Our cook Lalita came in the morning as usual. On 6 June 2025 she left early at about 1 "
        "pm saying her son had fever. At night we opened the cupboard and found two gold "
        "bangles missing.",
        "Mere saale ke do dost Kanpur se aaye aur raat hamare yahan ruke. 8 June 2025 ko subah "
        "7 baje woh chale gaye. Shaam ko dekha to almari ka locker khula tha aur 40,000 rupaye "
        "gayab the.",
    ],
)
def test_the_hour_someone_left_before_a_loss_was_found_is_no_hour_of_the_theft(
    text: str,
) -> None:
    assert occurrence_of(text).time_from is None


def test_the_hour_a_neighbour_phoned_about_the_break_in_is_no_hour_of_it() -> None:
    text = (
        "We were away at my in-laws' place. On 9 June 2025 at about 6:30 am our neighbour Mrs "
        "Bhatia phoned me that the grill of our flat was broken and the lock lay on the stairs."
    )
    assert occurrence_of(text).time_from is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "On 2 June 2025 we locked our house at about 5 pm and went to Indore for a family "
            "function. On 4 June 2025 my cousin who lives nearby told me that the front door "
            "was broken and the almirah was lying open.",
            date(2025, 6, 4),
        ),
        (
            "7 June 2025 ko raat 10 baje Pinki ki scooty maine gali mein khadi ki thi. 8 June "
            "2025 ko subah dekha to scooty wahan nahi thi.",
            date(2025, 6, 8),
        ),
        (
            "दिनांक 5 जून 2025 की शाम मैंने हमारे गोदाम में ताला लगाया था। दिनांक 6 जून 2025 की "
            "सुबह गोदाम का ताला टूटा हुआ था और दस बोरी गेहूँ गायब थी।",
            date(2025, 6, 6),
        ),
        (
            "On 1 June 2025 the shop was shut at 9 pm as usual. On 2 June 2025 at 8 am the "
            "manager found the shutter lock broken and the cash drawer empty.",
            date(2025, 6, 2),
        ),
    ],
)
def test_a_theft_nobody_saw_runs_from_the_day_secured_to_the_day_found(
    text: str, found: date
) -> None:
    assert occurrence_of(text).date_to == found


def test_the_day_a_theft_was_reported_does_not_close_the_window() -> None:
    text = (
        "On 2 June 2025 I parked my motorcycle outside the clinic at 6 pm. On 3 June 2025 I "
        "went to the police station to report that it was stolen."
    )
    assert occurrence_of(text).date_to is None


def test_a_later_day_after_a_quarrel_does_not_close_the_window() -> None:
    text = (
        "On 2 June 2025 I locked the shop at 8 pm when my neighbour came and abused me over "
        "the drain. On 5 June 2025 I found the lock broken and the goods missing."
    )
    assert occurrence_of(text).date_to is None


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        (
            "On 6 June 2025 I locked the godown at 9 pm and went home. At about 2:15 am the "
            "chowkidar saw three men cutting the shutter and raised an alarm, and they ran off "
            "with two drums of oil.",
            time(2, 15),
        ),
        (
            "8 June 2025 ko raat 10 baje maine tractor khet par khada kiya. Raat kareeb 1 baje "
            "padosi ne do aadmiyon ko tractor le jaate dekha.",
            time(1, 0),
        ),
    ],
)
def test_the_hour_the_doers_were_seen_after_the_place_was_left_is_the_occurrences(
    text: str, hour: time
) -> None:
    assert occurrence_of(text).time_from == hour


def test_the_hour_a_loss_was_found_after_parking_is_still_no_hour() -> None:
    text = (
        "On 6 June 2025 I parked my scooter outside the library at 4 pm. At 6:30 pm when I "
        "came out the scooter was missing."
    )
    assert occurrence_of(text).time_from is None
