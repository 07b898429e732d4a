"""The shipped knowledge base loads whole and answers lookups."""

import json
from pathlib import Path

import pytest

from afirgen.legal import KnowledgeBase, KnowledgeBaseError, normalise_act
from afirgen.legal.kb import DATA_DIR

SPECIAL_LAW_SECTIONS = {
    "Arms Act": {"25", "27"},
    "NDPS Act": {"20", "21", "22"},
    "Motor Vehicles Act": {"184", "185"},
    "IT Act": {"66C", "66D", "67"},
    "Dowry Prohibition Act": {"3", "4"},
    "POCSO Act": {"4", "8", "12"},
    "SC/ST (Prevention of Atrocities) Act": {"3"},
    "Domestic Violence Act": {"31"},
    "Public Gambling Act": {"3", "4", "13"},
}


def test_every_bns_section_is_loaded() -> None:
    kb = KnowledgeBase.load()
    numbers = {int(s.number) for s in kb.sections("bns")}
    assert numbers == set(range(1, 359))


def test_special_laws_are_loaded() -> None:
    kb = KnowledgeBase.load()
    for act, wanted in SPECIAL_LAW_SECTIONS.items():
        assert wanted <= {s.number for s in kb.sections(act)}, act
    assert kb.sections("State Excise Act")


def test_ipc_sections_and_correspondence_are_loaded() -> None:
    kb = KnowledgeBase.load()
    assert len(kb.sections("IPC")) >= 250
    assert "303(2)" in kb.bns_for_ipc("379")
    assert "498A" in kb.ipc_for_bns("85")


def test_lookup_normalises_act_and_subsection() -> None:
    kb = KnowledgeBase.load()
    theft = kb.get("bns", "303(2)")
    assert theft is not None and theft.title.lower().startswith("theft")
    assert normalise_act("sc/st act") == "SC/ST (Prevention of Atrocities) Act"
    assert kb.get("BNS", "999") is None


def test_stats_count_sections_per_act() -> None:
    stats = KnowledgeBase.load().stats()
    assert stats.sections_by_act["BNS"] == 358
    assert stats.offences > 250


def _copy_data(tmp_path: Path) -> None:
    for path in DATA_DIR.glob("*.json"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")


def test_invalid_data_fails_loudly(tmp_path: Path) -> None:
    _copy_data(tmp_path)
    broken = json.loads((tmp_path / "bns_part1.json").read_text(encoding="utf-8"))
    broken["sections"][0]["unexpected"] = "field"
    (tmp_path / "bns_part1.json").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bns_part1\.json"):
        KnowledgeBase.load(tmp_path)


def test_duplicate_section_fails_loudly(tmp_path: Path) -> None:
    _copy_data(tmp_path)
    part = json.loads((tmp_path / "bns_part1.json").read_text(encoding="utf-8"))
    part["sections"].append(part["sections"][0])
    (tmp_path / "bns_part1.json").write_text(json.dumps(part), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="defined twice"):
        KnowledgeBase.load(tmp_path)


def test_empty_folder_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        KnowledgeBase.load(tmp_path)
