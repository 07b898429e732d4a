"""An unnamed doer is described by who they were, without the case word that marks them
as the doer ("अज्ञात व्यक्ति ने", "driver ne")."""

from __future__ import annotations

import pytest

from afirgen.pipeline.extraction import extract_fields


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("परसों रात अज्ञात व्यक्ति ने मेरी दुकान का ताला तोड़ दिया।", "अज्ञात व्यक्ति"),
        ("Kal shaam driver ne meri scooty ko peeche se takkar maari.", "driver"),
        ("दुकानदार ने मुझे धक्का देकर बाहर निकाल दिया।", "दुकानदार"),
    ],
)
def test_the_doer_is_described_without_the_ergative(text: str, description: str) -> None:
    fields = extract_fields(text)
    assert [a.description for a in fields.accused] == [description]
    assert fields.accused_count == 1
