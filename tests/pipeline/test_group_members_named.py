"""A counted group whose members are named right after it ("do log, Mr. X aur Mr. Y", "four
boys, of whom I know Golu and Nitin", "तीन लड़के - राजू, सोनू और बबलू") names those accused and
counts the group once; a counted group whose named members only saw it is no accused.
Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


@pytest.mark.parametrize(
    ("text", "names", "count"),
    [
        ("Main Bhola Sahu. March mein do log, Mr. Deepak Nanda aur Mr. Ravi Patra, hamare "
         "gaon aaye aur scheme ke naam pe 40,000 le gaye.", ["Deepak Nanda", "Ravi Patra"], 2),
        ("I am Kamla Devi. On 8 June three boys - Monu, Sonu and Raju - broke the lock of my "
         "shop and took the cash box.", ["Monu", "Sonu", "Raju"], 3),
        ("मैं कमला देवी। कल रात तीन लड़के, राजू, सोनू और बबलू, मेरी दुकान में घुसे और गल्ला ले गए।",
         ["राजू", "सोनू", "बबलू"], 3),
        ("Main Pankaj. Kal raat mohalle ke 4 ladke, jinme Pintu aur Vicky ko main jaanta hoon, "
         "dukaan pe aaye aur Pintu ne mujhe thappad maara.", ["Pintu", "Vicky"], 4),
    ],
)  # fmt: skip
def test_members_named_after_a_counted_group_are_the_accused(
    text: str, names: list[str], count: int
) -> None:
    fields = extract(text)
    assert accused_names(fields) == names
    assert fields.accused_count == count


def test_a_counted_group_of_onlookers_named_is_no_accused() -> None:
    fields = extract(
        "Main Ramvati. Subah ek aadmi ne tractor se meri bhains ko takkar maar di. Gaon ke do log, "
        "Pawan aur Dinesh, jo mandi se aa rahe the, ne dekha ki tractor tez tha."
    )
    assert fields.accused_count == 1
    assert "Pawan" not in accused_names(fields)


@pytest.mark.parametrize(
    "text",
    [
        "Bayan Rukhsana Bano, 40. Kal shaam mohalle ka ek aadmi Shaukat jo roz sharab peeta hai, "
        "gali mein gaali galoch karne laga aur mera darwaza peeta.",
        "Main Rukhsana Bano. Raat ko ek ladka Bittu deewar kood ke aangan mein aaya aur "
        "mobile le ke bhaag gaya.",
    ],
)
def test_one_counted_and_named_straight_after_is_one_accused(text: str) -> None:
    fields = extract(text)
    assert len(accused_names(fields)) == 1
    assert fields.accused_count == 1


@pytest.mark.parametrize(
    ("text", "names", "count"),
    [
        pytest.param(
            "कल दोपहर खेत की मेड़ को लेकर झगड़ा हुआ। फिर हरिराम यादव, उसका बेटा बबलू व भतीजा मोनू "
            "लाठी लेकर आए और मुझे पीटा।",
            ["हरिराम यादव", "बबलू", "मोनू"],
            3,
            id="kin joined by व",
        ),
        pytest.param(
            "कल रात गाँव के ही जगदीश, उसका भाई रामू व पड़ोसी गुड्डू, कुल तीन लोग मेरे घर में घुस आए "
            "और मारपीट की।",
            ["जगदीश", "रामू", "गुड्डू"],
            3,
            id="'कुल तीन लोग' after the list names no one",
        ),
    ],
)
def test_names_joined_by_the_written_hindi_and(text: str, names: list[str], count: int) -> None:
    fields = extract(text)
    assert accused_names(fields) == names
    assert fields.accused_count == count
