"""A "someone" said in passing leaves the one the complaint singles out as the accused; the
husband of the complainant's introduction ("मैं X, पति श्री Y") is no accused where the
complaint blames neither him nor the marriage.

Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_the_one_singled_out_beside_a_someone_in_passing_is_the_accused() -> None:
    fields = extract(
        "Main Gita, Ranipur. Mohalle ke Shri Harpal Yadav roz sham ko nashe me mere ghar ke "
        "saamne gaali dete hain. Kisi ne pehle bhi unki shikayat ki thi. Harpal Yadav ki "
        "wajah se bachche darte hain."
    )
    assert accused_names(fields) == ["Harpal Yadav"]
    assert fields.accused_count == 1


def test_the_husband_of_the_introduction_is_not_blamed_by_a_later_mention() -> None:
    fields = extract(
        "महोदय, मैं सुनीता शर्मा, पति श्री महेश शर्मा, उम्र 35 वर्ष, निवासी गांधी नगर। कल शाम "
        "बाज़ार में मेरा पर्स किसी ने काट लिया। मेरे पति ने बैंक को फोन करके कार्ड बंद कराया।"
    )
    assert "महेश शर्मा" not in accused_names(fields)


def test_the_husband_of_the_introduction_is_blamed_for_dowry() -> None:
    fields = extract(
        "महोदय, मैं सुनीता शर्मा, पति श्री महेश शर्मा, उम्र 35 वर्ष, निवासी गांधी नगर। मेरे "
        "पति और सास दहेज के लिए मुझे रोज़ मारते हैं।"
    )
    assert "महेश शर्मा" in accused_names(fields)
