"""The command-line contract that outside evaluations rely on."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from afirgen.bootstrap import build_services, imported_statute_texts
from afirgen.cli import app
from afirgen.config import Settings
from tests.factories import HINDI_COMPLAINT, THEFT_COMPLAINT

runner = CliRunner()


@pytest.fixture
def embedded_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("AFIRGEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AFIRGEN_LLM_BACKEND", "none")
    monkeypatch.setenv("AFIRGEN_LOG_LEVEL", "ERROR")
    return tmp_path


def test_generate_json(embedded_env: Path) -> None:
    complaint = embedded_env / "complaint.txt"
    complaint.write_text(THEFT_COMPLAINT, encoding="utf-8")
    result = runner.invoke(app, ["generate", str(complaint), "--json"])
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout.strip().splitlines()[-1])
    assert {
        "source_text",
        "summary",
        "fields",
        "sections",
        "narrative",
        "missing_fields",
        "degraded",
    } <= set(draft)
    assert draft["source_text"] == THEFT_COMPLAINT
    assert draft["fields"]["complainant"]["name"] == "Ramesh Kumar"
    assert {"act": "BNS", "section": "304"}.items() <= draft["sections"][0].items()
    assert draft["degraded"] is False


def test_generate_readable_keeps_devanagari(embedded_env: Path) -> None:
    complaint = embedded_env / "hindi.txt"
    complaint.write_text(HINDI_COMPLAINT, encoding="utf-8")
    result = runner.invoke(app, ["generate", str(complaint)])
    assert result.exit_code == 0, result.output
    assert "सीता देवी" in result.stdout


def test_generate_refuses_an_empty_file(embedded_env: Path) -> None:
    empty = embedded_env / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["generate", str(empty)])
    assert result.exit_code == 1
    assert "empty" in result.output


def test_stations_officers_and_keys(embedded_env: Path) -> None:
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    added = runner.invoke(
        app,
        [
            "station",
            "add",
            "DL-SD-012",
            "--name",
            "Saket",
            "--district",
            "South",
            "--state",
            "Delhi",
        ],
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["station", "list"]).stdout
    assert "DL-SD-012\tSaket\tSouth\tDelhi" in listed and "LOCAL-001" in listed
    officer = ["officer", "add", "asha", "--station", "DL-SD-012", "--role", "sho"]
    result = runner.invoke(
        app, [*officer, "--name", "Asha Rani", "--password-stdin"], input="long-enough-pw\n"
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["apikey", "create", "--officer", "asha"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("afg_") and result.stdout.count("\n") == 1
    unknown = runner.invoke(app, ["apikey", "create", "--officer", "nobody"])
    assert unknown.exit_code == 1 and "no officer nobody" in unknown.output
    assert runner.invoke(app, ["officer", "disable", "asha"]).exit_code == 0
    verified = runner.invoke(app, ["audit", "verify"])
    assert verified.exit_code == 0, verified.output
    assert "events checked" in verified.stdout


def test_kb_import_feeds_retrieval(embedded_env: Path, shared_data: Path) -> None:
    """Official text imported with the CLI is read back at start-up for retrieval."""
    result = runner.invoke(app, ["kb", "import", str(shared_data / "bns_sections.csv")])
    assert result.exit_code == 0, result.output
    assert "imported 358 sections" in result.stdout
    texts, found = asyncio.run(search_with_imported_text())
    assert len(texts) == 358 and ("BNS", "303") in texts
    assert "303" in [section["number"] for section in found]


async def search_with_imported_text() -> tuple[dict[tuple[str, str], str], list[dict[str, Any]]]:
    settings = Settings()
    texts = await imported_statute_texts(settings)
    services = build_services(settings, statute_texts=texts)
    try:
        return texts, await services.kb_search.search(texts[("BNS", "303")][:300], None, 3)
    finally:
        await services.close()


def test_the_default_station_asks_for_its_details_until_they_are_given(
    embedded_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("AFIRGEN_STATION", "AFIRGEN_DISTRICT", "AFIRGEN_STATE"):
        monkeypatch.delenv(name, raising=False)
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    listed = runner.invoke(app, ["station", "list"])
    assert listed.exit_code == 0, listed.output
    assert "LOCAL-001\t-\t-\t-\t-" in listed.stdout  # no placeholder stands in
    assert "unspecified" not in listed.output and "Police station" not in listed.output
    assert (
        "station LOCAL-001 needs its name, district, state before it can register a FIR: "
        "afirgen station edit LOCAL-001 --name NAME --district DISTRICT --state STATE "
        "(or set AFIRGEN_STATION, AFIRGEN_DISTRICT, AFIRGEN_STATE)"
    ) in listed.stderr

    monkeypatch.setenv("AFIRGEN_DISTRICT", "Jaipur")  # the settings fill what they give
    listed = runner.invoke(app, ["station", "list"])
    assert "LOCAL-001\t-\tJaipur\t-" in listed.stdout
    assert "needs its name, state" in listed.stderr

    edit = ["station", "edit", "LOCAL-001"]
    blank = runner.invoke(app, [*edit, "--name", "  "])
    assert blank.exit_code == 1 and "give a value" in blank.output
    assert runner.invoke(app, edit).exit_code == 2
    edited = runner.invoke(app, [*edit, "--name", "Kotwali", "--state", "Rajasthan"])
    assert edited.exit_code == 0, edited.output
    monkeypatch.setenv("AFIRGEN_DISTRICT", "Ajmer")  # never over a detail already given
    listed = runner.invoke(app, ["station", "list"])
    assert "LOCAL-001\tKotwali\tJaipur\tRajasthan" in listed.stdout
    assert listed.stderr == ""
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0


def _fact_line(item_id: str, text: str, place: str) -> str:
    facts = {"place": place, "complainant.name": None}
    return json.dumps({"id": item_id, "style": "letter", "text": text, "facts": facts})


def test_eval_fields_lists_the_facts_read_wrong(tmp_path: Path) -> None:
    lines = tmp_path / "facts.jsonl"
    lines.write_text(
        _fact_line("chowk", "My bag was stolen near Clock Tower, Dehradun on 2 May 2025.", "x")
        + "\n"
        + _fact_line("market", "My purse was stolen at Hazratganj market on 3 May 2025.", "y")
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["eval", "fields", "--input", str(lines), "--errors", "--field", "place"]
    )
    assert result.exit_code == 0, result.output
    listed = [line for line in result.output.splitlines() if " place: expected " in line]
    assert [line.split()[0] for line in listed] == ["chowk", "market"]
    assert "complainant.name" not in "".join(listed)


def test_eval_fields_errors_never_list_blind_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "eval" / "dev").mkdir(parents=True)
    (tmp_path / "eval" / "blind").mkdir()
    blind = tmp_path / "eval" / "blind" / "facts.jsonl"
    blind.write_text(_fact_line("b1", "Stolen at Sadar Bazar.", "z") + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["eval", "fields", "--input", str(blind), "--errors"])
    assert result.exit_code != 0
    assert "b1" not in result.output
    unknown = runner.invoke(app, ["eval", "fields", "--errors", "--field", "plaec"])
    assert unknown.exit_code != 0


def test_eval_fields_counts_the_values_filled_per_field(tmp_path: Path) -> None:
    lines = tmp_path / "facts.jsonl"
    # the gold says neither complaint names its complainant; the first one does all the same
    lines.write_text(
        _fact_line("a", "I, Mohan Lal, lost my bag near Clock Tower, Dehradun.", "Clock Tower")
        + "\n"
        + _fact_line("b", "My purse was stolen at Hazratganj market.", "Hazratganj market")
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", "fields", "--input", str(lines)])
    assert result.exit_code == 0, result.output
    table = result.output.split("Values filled, none given")[1]
    row = next(line for line in table.splitlines() if "complainant.name" in line)
    assert row.split("│")[2].strip() == "1"
