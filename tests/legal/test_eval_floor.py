"""The regression floor: blind figures may not fall below the recorded ones by more than 0.02."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afirgen.bootstrap import build_identifier
from afirgen.cli import app
from afirgen.eval_sets import (
    Floor,
    find_eval_root,
    floor_breaches,
    measure_split,
    read_floor,
    split_files,
)
from afirgen.legal import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_blind_figures_hold_the_recorded_floor(kb: KnowledgeBase) -> None:
    """Measured with the engine the service runs (rules and the learned model together)."""
    root = find_eval_root(ROOT)
    assert root is not None
    if not split_files(root, "blind"):
        pytest.skip("eval/blind/ has no files yet: no blind figures to hold")
    floor = read_floor(root)
    if floor is None:
        pytest.skip("eval/floor.json not recorded yet: run `afirgen eval record`")
    measured = measure_split(root, "blind", build_identifier(kb))
    assert floor_breaches(floor, measured.figures) == []


def test_a_drop_beyond_the_tolerance_is_a_breach() -> None:
    floor = Floor(recorded_at="", complaints={}, figures={"a": 0.80, "b": 0.80, "c": 0.5})
    breaches = floor_breaches(floor, {"a": 0.785, "b": 0.77})
    assert [b.split(":")[0] for b in breaches] == ["b", "c"]


def test_eval_commands_put_blind_first_with_the_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = {
        "id": "x",
        "style": "plain",
        "reference_date": "2025-01-06",
        "occurred_on": "2025-01-05",
        "text": "I, Ramesh Kumar S/o Mohan Lal, report that he slapped me on 05/01/2025.",
        "gold": {"law": "BNS", "sections": [{"act": "BNS", "section": "115"}]},
        "facts": {"complainant.name": "Ramesh Kumar"},
    }
    for split in ("dev", "blind"):
        (tmp_path / "eval" / split).mkdir(parents=True)
        (tmp_path / "eval" / split / "set.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AFIRGEN_LOG_LEVEL", "ERROR")
    for command in ("sections", "fields"):
        result = runner.invoke(app, ["eval", command])
        assert result.exit_code == 0, result.output
        header = next(row for row in result.stdout.splitlines() if "figure" in row)
        assert header.index("blind (1)") < header.index("dev (1)") < header.index("dev - blind")
    recorded = runner.invoke(app, ["eval", "record"])
    assert recorded.exit_code == 0, recorded.output
    floor = read_floor(tmp_path / "eval")
    assert floor is not None and floor.figures["sections.micro_f1"] == 1.0
    shutil.rmtree(tmp_path / "eval" / "blind")
    assert runner.invoke(app, ["eval", "record"]).exit_code != 0
