"""A Devanagari name ends before the words told after it: where the person stood ("ऊपर"),
what they carried ("तमंचा", "बंदूक") and how they moved ("लहराता", "लेकर"), none of
which is any part of a name. Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_name_ends_before_where_the_person_stood() -> None:
    fields = extract("कल शाम मोहल्ले का लड़का अजय ऊपर छत से ईंट फेंकने लगा। फिर अजय ने मेरे सिर पर ईंट मारी।")
    assert accused_names(fields) == ["अजय"]


def test_a_name_ends_before_the_weapon_the_person_waved() -> None:
    fields = extract("कल रात आरोपी बबलू तमंचा लहराता हुआ मेरे घर में घुसा और मुझे धमकी दी।")
    assert accused_names(fields) == ["बबलू"]
