"""A Devanagari name ends before the words told after it: where the person stood ("ऊपर"),
what they carried ("तमंचा", "बंदूक") and how they moved ("लहराता", "लेकर"), none of
which is any part of a name, nor is a verb ("कहने लगे", "गिर पड़ा") or a pronoun ("मुझसे")
after it. Complaints written for these tests.
"""

from __future__ import annotations

import pytest

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_name_ends_before_where_the_person_stood() -> None:
    fields = extract("कल शाम मोहल्ले का लड़का अजय ऊपर छत से ईंट फेंकने लगा। फिर अजय ने मेरे सिर पर ईंट मारी।")
    assert accused_names(fields) == ["अजय"]


def test_a_name_ends_before_the_weapon_the_person_waved() -> None:
    fields = extract("कल रात आरोपी बबलू तमंचा लहराता हुआ मेरे घर में घुसा और मुझे धमकी दी।")
    assert accused_names(fields) == ["बबलू"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "कल शाम आरोपी सोहन लाल कहने लगे कि खेत खाली करो, फिर उसने मुझे धक्का दिया और गाली दी।",
            ["सोहन लाल"],
            id="a verb after the name",
        ),
        pytest.param(
            "कल रात आरोपी मुकेश वहीं गिर पड़ा और फिर उठकर मेरे भाई को लाठी से मारा।",
            ["मुकेश"],
            id="where the person fell",
        ),
        pytest.param(
            "मैं कमला बाई, वार्ड 7। मेरे पति दिनेश और सास गीता मुझसे मायके से दो लाख रुपये लाने की "
            "मांग करते हैं और मारपीट करते हैं।",
            ["दिनेश", "गीता"],
            id="from whom a demand is made",
        ),
    ],
)
def test_a_name_ends_before_what_is_told_of_the_person(text: str, names: list[str]) -> None:
    assert accused_names(extract(text)) == names


def test_what_the_husband_does_after_the_word_is_no_name_of_his() -> None:
    text = (
        "मैं कविता, पत्नी श्री मनोज वर्मा। मेरे पति शराब पीकर घर आते हैं और मुझसे गाली-गलौज "
        "करते हैं। कल रात भी नशे में पति ने मुझे डंडे से पीटा।"
    )
    accused = extract(text).accused
    assert [(a.name, a.relation_to_victim) for a in accused] == [("मनोज वर्मा", "husband")]
