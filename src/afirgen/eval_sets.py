"""Evaluation splits, their headline figures, and the regression floor.

Rules held here:

* a line's split is the folder its file sits in: ``eval/blind/*.jsonl`` (written
  by people who never saw the rules; only aggregate figures and per-section
  counts of it are ever looked at) and ``eval/dev/*.jsonl`` (for tuning). One
  line may carry both section labels (``gold``) and IF-1 facts (``facts``);
* blind is reported first, dev beside it, and ``dev - blind`` is the
  overfitting gauge;
* the floor: ``eval/floor.json`` holds the blind figures last recorded with
  ``afirgen eval record``; the suite fails when a blind figure falls more than
  :data:`FLOOR_TOLERANCE` below it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from pydantic import BaseModel

from afirgen.legal.evaluation import SectionReport, evaluate_sections
from afirgen.legal.identify import SectionIdentifier
from afirgen.pipeline.evaluation import FieldReport, evaluate_fields

SPLITS = ("blind", "dev")
FLOOR_FILE = "floor.json"
FLOOR_TOLERANCE = 0.02
# Held by the floor; precision and recall trade against each other inside F1.
FLOOR_FIGURES = (
    "sections.micro_f1",
    "sections.exact_match",
    "sections.recall_at_5",
    "sections.cognizable_right",
    "sections.no_offence_civil_recognised",
    "facts.overall",
)


class Floor(BaseModel):
    """Blind figures as last recorded; every one is higher-is-better."""

    recorded_at: str
    complaints: dict[str, int]
    figures: dict[str, float]


def find_eval_root(start: Path | None = None) -> Path | None:
    """The ``eval/`` folder of a source checkout (from ``start``, the cwd or the package)."""
    here = Path(str(files("afirgen"))).resolve()
    folders = [start] if start is not None else [Path.cwd(), *here.parents]
    for folder in folders:
        if (folder / "eval" / "dev").is_dir():
            return folder / "eval"
    return None


def split_files(root: Path, split: str) -> list[Path]:
    """The JSON Lines files of one split, in name order; empty when the folder is absent."""
    return sorted((root / split).glob("*.jsonl"))


def section_figures(report: SectionReport) -> dict[str, float]:
    """The headline section figures of one split."""
    figures = {
        "sections.micro_f1": report.loose.micro_f1,
        "sections.precision": report.loose.micro_precision,
        "sections.recall": report.loose.micro_recall,
        "sections.exact_match": report.loose.exact_match,
        "sections.recall_at_5": report.loose.recall_at_5,
    }
    if report.cognizable_accuracy is not None:
        figures["sections.cognizable_right"] = report.cognizable_accuracy
    if report.no_offence_recognised is not None:
        figures["sections.no_offence_civil_recognised"] = report.no_offence_recognised
    return figures


def fact_figures(report: FieldReport) -> dict[str, float]:
    """Overall and per-field fact accuracy of one split (fields with labelled lines only)."""
    figures = {"facts.overall": round(report.overall or 0.0, 4)} if report.examples else {}
    for score in report.fields:
        if score.accuracy is not None:
            figures[f"facts.{score.field}"] = round(score.accuracy, 4)
    return figures


def measure_split(root: Path, split: str, identifier: SectionIdentifier) -> Floor:
    """Section and fact figures of one split, as a floor would record them."""
    paths = split_files(root, split)
    sections = evaluate_sections(paths, identifier)
    facts = evaluate_fields(paths)
    figures = {**section_figures(sections), **fact_figures(facts)}
    return Floor(
        recorded_at=datetime.now(UTC).isoformat(timespec="seconds"),
        complaints={"sections": sections.count, "facts": facts.examples},
        figures={k: v for k, v in figures.items() if k in FLOOR_FIGURES},
    )


def read_floor(root: Path) -> Floor | None:
    path = root / FLOOR_FILE
    return Floor.model_validate_json(path.read_text("utf-8")) if path.exists() else None


def write_floor(root: Path, floor: Floor) -> Path:
    path = root / FLOOR_FILE
    path.write_text(json.dumps(floor.model_dump(), indent=2, sort_keys=True) + "\n", "utf-8")
    return path


def floor_breaches(
    floor: Floor, measured: dict[str, float], tolerance: float = FLOOR_TOLERANCE
) -> list[str]:
    """Each recorded figure that is now more than ``tolerance`` lower (or no longer measured)."""
    breaches: list[str] = []
    for name, recorded in sorted(floor.figures.items()):
        now = measured.get(name)
        if now is None:
            breaches.append(f"{name}: recorded {recorded:.3f}, no longer measured")
        elif now < recorded - tolerance:
            breaches.append(f"{name}: {now:.3f} is below the floor {recorded:.3f} - {tolerance}")
    return breaches
