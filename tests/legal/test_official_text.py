"""Import of official statutory text (the Gazette CSV shape or JSONL)."""

import json
from pathlib import Path

import pytest

from afirgen.legal import HybridRetriever, KnowledgeBase, OfficialTextError, load_official_text

SHARED_CSV = next(
    (
        p
        for p in (
            Path("../shared/data/bns_sections.csv"),
            Path("/work/shared/data/bns_sections.csv"),
        )
        if p.is_file()
    ),
    None,
)


@pytest.mark.skipif(SHARED_CSV is None, reason="shared reference data not present")
def test_imports_the_gazette_csv() -> None:
    assert SHARED_CSV is not None
    texts = load_official_text(SHARED_CSV)
    assert len(texts) == 358
    theft = next(t for t in texts if t.section == "303")
    assert theft.act == "BNS" and theft.title.startswith("Theft")
    assert "dishonestly" in theft.text


def test_imports_jsonl_with_plain_keys(tmp_path: Path) -> None:
    path = tmp_path / "it.jsonl"
    rows = [
        {
            "act": "IT Act",
            "section": "66d",
            "title": "Cheating by personation",
            "text": "Whoever, by means of ...",
        }
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    [text] = load_official_text(path)
    assert (text.act, text.section) == ("IT Act", "66D")


def test_bad_jsonl_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"section": "1", "text": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(OfficialTextError, match="line 2"):
        load_official_text(path)


def test_imported_text_is_indexed_by_retrieval(tmp_path: Path) -> None:
    kb = KnowledgeBase.load()
    plain = HybridRetriever(kb)
    word = "zyxquorblat"
    assert not plain.search(word)
    enriched = HybridRetriever(kb, extra_text={("BNS", "303"): f"official wording with {word}"})
    assert enriched.search(word)[0].number == "303"
