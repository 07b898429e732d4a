"""A firm is the accused where the complaint is against a business and names no person.

A flat booked with a builder's firm, goods supplied to a company that never paid, work
paid for to a contractor's business: the IF-1 lists the firm, written as the complaint
writes it. The complainant's own firm, their employer and a firm named as a landmark or
as the holder of an account are not picked. Complaints written for these tests.
"""

from __future__ import annotations

from tests.pipeline.test_doer_of_the_deed import accused_names, extract


def test_a_builder_firm_that_kept_the_money_is_the_accused() -> None:
    fields = extract(
        "I, Sunil Mehra, booked a 2BHK flat in the project 'Palm Court' developed by M/s "
        "Orchid Buildwell Developers in 2021 and paid Rs 40 lakh. No possession has been "
        "given and the money is not refunded."
    )
    assert accused_names(fields) == ["M/s Orchid Buildwell Developers"]
    assert fields.accused_count == 1


def test_a_buyer_company_that_did_not_pay_is_the_accused() -> None:
    fields = extract(
        "Main Rajat Goyal, Goyal Packaging ka malik. Humne 2024 mein maal supply kiya to "
        "Northstar Foods Pvt Ltd, lekin 6 lakh ka bhugtan aaj tak nahi hua."
    )
    assert accused_names(fields) == ["Northstar Foods Pvt Ltd"]
    assert fields.accused_count == 1


def test_a_named_person_is_preferred_to_the_firm() -> None:
    fields = extract(
        "I, Sunil Mehra, paid Rs 5 lakh to M/s Orchid Buildwell Developers. Its director "
        "Mr. Kunal Bedi took the cheque and now refuses to return the money."
    )
    assert "M/s Orchid Buildwell Developers" not in accused_names(fields)


def test_the_complainants_own_firm_and_employer_are_not_accused() -> None:
    fields = extract(
        "I, Meena Iyer, proprietor of M/s Iyer Textiles, working at Sunrise Solutions Pvt "
        "Ltd, report that my scooter was stolen from outside my house by unknown persons."
    )
    assert "M/s Iyer Textiles" not in accused_names(fields)
    assert "Sunrise Solutions Pvt Ltd" not in accused_names(fields)


def test_a_firm_named_as_a_landmark_is_not_accused() -> None:
    fields = extract(
        "I, Ravi Teja, parked my bike near Lakshmi Motors on Main Road. When I came back "
        "it was gone. I do not suspect anyone."
    )
    assert accused_names(fields) == []
    assert fields.accused_count is None
