"""Scoring of section identification against labelled data."""

import json
from pathlib import Path

from afirgen.legal import SectionIdentifier, evaluate_sections


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
