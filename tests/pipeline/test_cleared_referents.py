"""Relatives cleared in a clause whose pronoun points back past a clause that only goes on
about them ("वो ...", "... and ...") to the clause that names them."""

from __future__ import annotations

from datetime import date

import pytest

from afirgen.pipeline.extraction import extract_fields

_HUSBAND_AND_MOTHER = (
    "मैं रीना देवी, निवासी सिकंदरपुर। मेरे पति सुरेश यादव और सास कमला देवी दहेज के लिए मुझे रोज़ मारते हैं। "
)


@pytest.mark.parametrize(
    "clearing",
    [
        # the clause with the pronoun comes two clauses after the one naming him
        "मेरे ससुर रामेश्वर जी ने मुझे कभी ताना नहीं दिया, वो हमेशा सास को समझाते थे, "
        "इसलिए उनसे मुझे कोई शिकायत नहीं।",
        "मेरे ससुर रामेश्वर जी मेरा साथ देते थे, और उस दिन वे गाँव में नहीं थे, इसलिए उनके खिलाफ कोई शिकायत नहीं है।",
        "मेरे ससुर रामेश्वर जी ने सदा मेरा पक्ष लिया, और बहू को बेटी माना, वे निर्दोष हैं।",
    ],
)
def test_a_father_in_law_cleared_by_a_pronoun_is_no_accused(clearing: str) -> None:
    fields = extract_fields(_HUSBAND_AND_MOTHER + clearing, date(2025, 3, 4))
    assert fields.cleared == ["रामेश्वर"]
    assert fields.accused_count == 2
    assert "कमला देवी" in [a.name for a in fields.accused]


def test_a_mother_in_law_named_in_the_clause_between_is_not_cleared() -> None:
    """ "वो हमेशा सास को समझाते थे": the sas is whom he talked round, not whom "उनसे" means."""
    text = (
        _HUSBAND_AND_MOTHER + "मेरे ससुर रामेश्वर जी ने मुझे कभी ताना नहीं दिया, वो हमेशा "
        "सास को समझाते थे, इसलिए उनसे मुझे कोई शिकायत नहीं।"
    )
    fields = extract_fields(text, date(2025, 3, 4))
    assert "सास" not in fields.cleared
    assert [a.name for a in fields.accused] == ["सुरेश यादव", "कमला देवी"]


@pytest.mark.parametrize(
    "clearing",
    [
        "Sasur Mohanlal ji gaon mein rehte hain, wo to saas ko samjhate the, unse koi "
        "shikayat nahi hai.",
        "Sasur Mohanlal ji ne hamesha mera saath diya, aur pati ko daanta bhi, unka koi lena "
        "dena nahi hai.",
    ],
)
def test_hinglish_pronouns_reach_back_to_the_one_named(clearing: str) -> None:
    text = "Mere pati Vikram aur nanad Sonia dahej ke liye mujhe maarte hain. " + clearing
    fields = extract_fields(text, date(2025, 3, 4))
    assert "Mohanlal" in fields.cleared
    assert "Mohanlal" not in [a.name for a in fields.accused]
