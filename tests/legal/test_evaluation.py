"""Scoring of section identification against labelled data."""

import json
from datetime import date
from pathlib import Path

from afirgen.domain.fields import Accused, FirFields
from afirgen.legal import SectionIdentifier, evaluate_sections
from afirgen.pipeline.evaluation import FIELDS


def gold_line(
    item_id: str, text: str, sections: list[tuple[str, str, str | None]], **gold: object
) -> str:
    entries = [{"act": a, "section": s, "subsection": sub} for a, s, sub in sections]
    return json.dumps(
        {
            "id": item_id,
            "text": text,
            "occurred_on": "2025-01-05",
            "style": "plain",
            "gold": {"law": "BNS", "sections": entries, **gold},
        }
    )


def test_report_scores_hits_misses_and_flags(identifier: SectionIdentifier, tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    lines = [
        gold_line(
            "slap", "He slapped me.", [("BNS", "115", "2")], cognizable=False, no_offence=False
        ),
        gold_line(
            "loan", "I lent him Rs 5000; he never repaid it.", [], cognizable=None, no_offence=True
        ),
        # Deliberately wrong gold: the report must count it as a miss and an extra.
        gold_line(
            "wrong", "He slapped me.", [("BNS", "117", "2")], cognizable=True, no_offence=False
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = evaluate_sections(path, identifier)
    assert report.count == 3
    assert report.loose.micro_precision == 0.5 and report.loose.micro_recall == 0.5
    assert report.no_offence_accuracy == 1.0
    assert report.non_cognizable_accuracy == 1.0
    assert [e.id for e in report.errors] == ["wrong"]
    rows = {r.section: r for r in report.per_section}
    assert rows["BNS 115"].precision == 0.5 and rows["BNS 117"].recall == 0.0
    assert report.latency_p95_ms >= report.latency_mean_ms * 0.5 > 0


def combined_line(
    item_id: str, text: str, gold: dict[str, object], facts: dict[str, object]
) -> str:
    """A line of the current format: section labels and IF-1 facts together."""
    return json.dumps(
        {
            "id": item_id,
            "scenario": "test",
            "style": "plain",
            "region": "Delhi",
            "reference_date": "2025-01-06",
            "occurred_on": "2025-01-05",
            "text": text,
            "gold": {"law": "BNS", "cognizable": None, "no_offence": False, "civil": False, **gold},
            "facts": facts,
            "review": {"reviewer_agrees": True, "notes": ""},
        }
    )


def test_an_acceptable_section_is_neither_a_false_positive_nor_a_miss(
    identifier: SectionIdentifier, tmp_path: Path
) -> None:
    text = "He slapped me."
    predicted = identifier.identify(text, date(2025, 1, 5)).sections
    assert [(m.act, m.section) for m in predicted] == [("BNS", "115")]
    path = tmp_path / "set.jsonl"
    slap = {"act": "BNS", "section": "115", "subsection": "2", "reason": "voluntary hurt"}
    path.write_text(
        "\n".join(
            [
                # The engine's choice listed only as acceptable, another section as gold.
                combined_line("a", text, {"sections": [], "acceptable": [slap]}, {}),
                # Gold met, plus an acceptable alternative the engine left out.
                combined_line(
                    "b",
                    text,
                    {"sections": [slap], "acceptable": [{"act": "BNS", "section": "352"}]},
                    {},
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    report = evaluate_sections(path, identifier)
    assert report.loose.micro_precision == 1.0 and report.loose.micro_recall == 1.0
    assert report.loose.exact_match == 1.0


def test_sections_of_other_acts_score_with_their_act(
    identifier: SectionIdentifier, tmp_path: Path
) -> None:
    text = "My husband and his mother demand Rs 5 lakh more dowry and a car from my father."
    sections = identifier.identify(text, date(2025, 1, 5)).sections
    assert ("Dowry Prohibition Act", "4") in {(m.act, m.section) for m in sections}
    path = tmp_path / "set.jsonl"
    path.write_text(
        "\n".join(
            [
                combined_line("alias", text, {"sections": [{"act": "DP Act", "section": "4"}]}, {}),
                combined_line("bns4", text, {"sections": [{"act": "BNS", "section": "4"}]}, {}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    report = evaluate_sections(path, identifier)
    rows = {r.section: r for r in report.per_section}
    assert rows["Dowry Prohibition Act 4"].support == 1
    assert rows["Dowry Prohibition Act 4"].recall == 1.0
    assert rows["BNS 4"].recall == 0.0


def test_no_offence_and_civil_matters_are_counted_among_themselves(
    identifier: SectionIdentifier, tmp_path: Path
) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(
        "\n".join(
            [
                combined_line(
                    "loan", "I lent him Rs 5000; he never repaid it.", {"civil": True}, {}
                ),
                combined_line(
                    "slap", "He slapped me.", {"sections": [{"act": "BNS", "section": "115"}]}, {}
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    report = evaluate_sections(path, identifier)
    assert report.no_offence_recognised == 1.0


def test_fact_lines_of_the_combined_format_are_scored(tmp_path: Path) -> None:
    from afirgen.pipeline.evaluation import evaluate_fields

    path = tmp_path / "set.jsonl"
    text = "I, Ramesh Kumar S/o Mohan Lal, report that on 14/03/2025 my phone was stolen."
    path.write_text(
        combined_line("f", text, {}, {"complainant.name": "Ramesh Kumar", "weapons": None})
        + "\n"
        + json.dumps({"id": "sections-only", "text": text, "gold": {"sections": []}})
        + "\n",
        encoding="utf-8",
    )
    report = evaluate_fields(path)
    assert report.examples == 1
    assert report.overall == 1.0 and report.spurious == 0


def test_a_place_is_scored_without_its_case_word_on_either_side() -> None:
    from afirgen.pipeline.evaluation import normalise

    def same(gold: str, guess: str) -> bool:
        return bool(normalise("place", gold) == normalise("place", guess))

    assert same("Station Road ke chauraha par", "Station Road ke chauraha")
    assert same("पुरानी मंडी की गली में", "पुरानी मंडी की गली")
    assert same("at the bus stand", "bus stand")
    # a relation is part of the place: "near X" is not "X", "ke paas" is kept
    assert not same("near the bus stand", "bus stand")
    assert not same("Station Road ke chauraha ke paas", "Station Road ke chauraha")


def test_a_place_is_scored_as_an_officer_reads_it() -> None:
    from afirgen.pipeline.evaluation import normalise

    def same(gold: str, guess: str) -> bool:
        return bool(normalise("place", gold) == normalise("place", guess))

    assert same("near Ghanta Ghar", "Ghanta Ghar ke paas")
    assert same("outside the Civil Hospital", "सिविल अस्पताल के बाहर") is False  # no transliteration
    assert same("in front of बस अड्डा", "बस अड्डा के सामने")
    assert same("the lane behind a temple", "lane behind temple")
    assert same("complainant's house, Ward 7, Katni", "Ward 7, Katni")
    assert same("प्रार्थी का घर, ग्राम बेलहा", "ग्राम बेलहा")
    # the house alone still says something, and another person's house is not the complainant's
    assert normalise("place", "complainant's house") == "complainant s house"
    assert not same("accused's house, Ward 7, Katni", "Ward 7, Katni")
    assert not same("near Ghanta Ghar", "Ghanta Ghar ke peeche")


def test_an_accused_given_with_an_alias_is_either_name(tmp_path: Path) -> None:
    from afirgen.pipeline.evaluation import evaluate_fields

    lines = [
        ({"accused.names": ["Rohit Raj", "Sunny"]}, ["Rohit Raj urf Golu", "Sunny"]),
        ({"accused.names": ["Balwinder Singh"]}, ["Bittu alias Balwinder Singh"]),
        ({"accused.names": ["राजेश उर्फ़ राजू"]}, ["राजेश"]),
        ({"accused.names": ["Rohit Raj"]}, ["Rohit Kumar alias Golu"]),  # another person
        ({"accused.names": ["Rohit Raj", "Golu"]}, ["Rohit Raj urf Golu"]),  # two are not one
    ]
    path = tmp_path / "aliases.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"id": str(n), "text": "x", "facts": facts}, ensure_ascii=False)
            for n, (facts, _) in enumerate(lines)
        ),
        encoding="utf-8",
    )
    guesses = {"x": iter(guess for _, guess in lines)}

    def extractor(text: str, reference: date | None) -> FirFields:
        return FirFields(accused=[Accused(name=n) for n in next(guesses[text])])

    score = evaluate_fields(path, extractor).fields[FIELDS.index("accused.names")]
    assert (score.correct, score.wrong) == (3, 2)


def test_a_place_or_address_with_or_without_its_town_is_the_same_spot(tmp_path: Path) -> None:
    from afirgen.domain.fields import Person
    from afirgen.pipeline.evaluation import evaluate_fields

    lines = [
        ("Model Town, Hoshiarpur", "Model Town"),  # the gold adds the town
        ("gaon Kheri, thana Sadar", "gaon Kheri, thana Sadar, Sonipat"),  # the guess adds it
        ("ग्राम बेलहा, कटनी", "ग्राम बेलहा"),
        ("Kumar Stores, Station Road", "Kumar Stores"),  # a road is more than the town
        ("tea stall, near Jamtha", "tea stall"),  # so is a landmark
        ("ghar, Lanka", "ghar"),  # a bare house names no place
        ("Model Town, Hoshiarpur", "Civil Lines, Hoshiarpur"),  # another spot in the town
    ]
    path = tmp_path / "towns.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {"id": str(n), "text": "x", "facts": {"place": gold, "complainant.address": gold}},
                ensure_ascii=False,
            )
            for n, (gold, _) in enumerate(lines)
        ),
        encoding="utf-8",
    )
    guesses = iter(guess for _, guess in lines)

    def extractor(text: str, reference: date | None) -> FirFields:
        guess = next(guesses)
        return FirFields(place=guess, complainant=Person(address=guess))

    report = evaluate_fields(path, extractor)
    for name in ("place", "complainant.address"):
        score = report.fields[FIELDS.index(name)]
        assert (score.correct, score.wrong) == (3, 4)
