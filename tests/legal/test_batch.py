"""The JSON Lines batch contract."""

import json
from pathlib import Path

import pytest

from afirgen.legal import (
    BatchInputError,
    SectionIdentifier,
    identify_jsonl,
)

ITEM_KEYS = {"act", "section", "subsection", "title", "score", "evidence", "reason", "cognizable"}


def write_lines(path: Path, rows: list[object]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_output_lines_follow_the_contract(identifier: SectionIdentifier, tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_lines(
        source,
        [
            {"id": "a", "text": "Two men snatched my chain.", "occurred_on": "2025-02-01"},
            {"id": "b", "text": "He slapped me.", "occurred_on": "2023-02-01"},
            {"id": "c", "text": "I lent him money and he did not repay it."},
        ],
    )
    assert identify_jsonl(identifier, source, target) == 3
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    for record in records:
        assert set(record) == {"id", "law", "sections", "candidates", "cognizable", "no_offence"}
        assert record["law"] in {"BNS", "IPC"}
        assert len(record["candidates"]) <= 10
        for item in record["sections"] + record["candidates"]:
            assert set(item) == ITEM_KEYS
            assert isinstance(item["score"], float) and isinstance(item["evidence"], list)
    assert records[1]["law"] == "IPC"
    assert records[2]["no_offence"] is True and records[2]["sections"] == []


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "x"}', "text"),
        ('{"id": "x", "text": "a", "occurred_on": "yesterday"}', "occurred_on"),
    ],
)
def test_bad_line_names_its_number(
    identifier: SectionIdentifier, tmp_path: Path, line: str, problem: str
) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        json.dumps({"id": "ok", "text": "He slapped me."}) + "\n\n" + line + "\n", encoding="utf-8"
    )
    with pytest.raises(BatchInputError, match=f"line 3: .*{problem}"):
        identify_jsonl(identifier, source, target)
    assert not target.exists()
