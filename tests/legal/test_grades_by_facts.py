"""Grades read off the facts, whoever chose the section, and liquor sold told apart.

Every complaint here is invented. Before 1 July 2024 each grade of breach of trust, of
endangering life and of house-breaking is an IPC section of its own, so the grade the
learned model saw most often in training is a wrong section when the facts say otherwise.
"""

from datetime import date

import pytest

from afirgen.bootstrap import build_identifier
from afirgen.legal import KnowledgeBase, SectionIdentifier
from afirgen.legal.facts import Fact, Facts, detect_facts
from afirgen.legal.offences.common import tied_up
from afirgen.legal.offences.special_laws import excise_sections
from afirgen.legal.offences.subsections import graded_subsection

IPC_ERA = date(2023, 3, 3)

COURIER = (
    "I, Kishore Nair, run a courier franchise at Palarivattom. Our delivery executive Anoop, "
    "aged 24, was given eleven parcels on the morning of 3 March 2023 to deliver in Kaloor "
    "and Edappally. Three of the parcels held mobile phones worth about Rs 58,000 in all. In "
    "the evening he marked those three as returned by the customer, but they never came back "
    "to the office. The customers say nobody came to them. Anoop has not come to work since "
    "and his phone is off. I request action against him."
)


@pytest.fixture(scope="module")
def both(kb: KnowledgeBase) -> SectionIdentifier:
    return build_identifier(kb, engine="both")


def test_an_employee_who_kept_what_he_was_given_is_charged_as_a_servant(
    both: SectionIdentifier,
) -> None:
    chosen = {(m.act, m.section) for m in both.identify(COURIER, IPC_ERA).sections}
    assert ("IPC", "408") in chosen
    assert ("IPC", "406") not in chosen


@pytest.mark.parametrize(
    ("text", "section", "grade"),
    [
        (COURIER, "316", "4"),
        (
            "The society's treasurer collected the members' monthly deposits and never put "
            "them in the bank.",
            "316",
            "5",
        ),
        (
            "A car came fast from behind and hit my cycle; my knee was scraped and bleeding, "
            "no bone broken.",
            "125",
            "a",
        ),
        (
            "The truck hit our auto at speed; my mother's leg was fractured and she is in plaster.",
            "125",
            "b",
        ),
        (
            "At 2 at night six men broke the back door and came in with lathis and a pistol, "
            "tied us up and took the cash.",
            "331",
            "6",
        ),
        (
            "A man rang me and demanded Rs 50,000, saying he would make my photos viral. I "
            "did not pay him anything.",
            "308",
            "3",
        ),
    ],
)
def test_the_facts_decide_the_grade_of_a_section(text: str, section: str, grade: str) -> None:
    assert graded_subsection("BNS", section, detect_facts(text)) == grade


def test_liquor_made_and_sold_is_charged_with_both() -> None:
    text = (
        "Kallu roz raat ko nadi kinare bhatti lagakar kachchi sharab banata hai aur subah "
        "mazdooron ko sharab ki thailiyan bechta hai."
    )
    refs = {r.section for r in excise_sections(detect_facts(text))}
    assert refs == {"illicit-manufacture", "illicit-sale"}


@pytest.mark.parametrize(
    ("said", "tied"),
    [
        (["tied my hands"], True),
        (["haath baandh diye"], True),
        (["forcibly took the property"], False),
        (["pushed me against the boundary wall"], False),
    ],
)
def test_tied_up_reads_whole_words_of_tying(said: list[str], tied: bool) -> None:
    """ "rope" stands inside "property" and "bound" inside "boundary": neither ties anyone."""
    assert tied_up(Facts(findings={Fact.FORCE: said})) is tied
