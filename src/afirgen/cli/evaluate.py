"""``afirgen eval sections|fields|record``: measured accuracy, blind split first.

Without ``--input`` each command reads every ``eval/blind/*.jsonl`` and
``eval/dev/*.jsonl`` and prints them side by side with the ``dev - blind``
gap. Of the blind split only aggregate figures and per-section counts are
printed; dev also gets its per-style rows, and its mistakes with ``--errors``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from afirgen.eval_sets import SPLITS, find_eval_root, split_files
from afirgen.legal.identify import DEFAULT_ENGINE, Engine

if TYPE_CHECKING:
    from afirgen.legal.evaluation import SectionReport

eval_app = typer.Typer(help="Evaluations on labelled sets.", no_args_is_help=True)
out = Console()


def eval_root() -> Path:
    root = find_eval_root()
    if root is None:
        raise typer.BadParameter("eval/dev/ not found; run from a source checkout or pass --input")
    return root


def print_rows(title: str, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    table = Table(*rows[0].keys(), title=title)
    for row in rows:
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()))
    out.print(table)


def print_side_by_side(
    title: str, figures: dict[str, dict[str, float]], counts: dict[str, int]
) -> None:
    """One row per figure: blind, dev, and dev - blind where both are measured."""
    names = list(dict.fromkeys(n for split in figures.values() for n in split))
    rows: list[dict[str, object]] = []
    for name in names:
        row: dict[str, object] = {"figure": name}
        row.update({f"{s} ({counts[s]})": figures[s].get(name, "-") for s in figures})
        blind, dev = (figures.get(s, {}).get(name) for s in SPLITS)
        if blind is not None and dev is not None:
            row["dev - blind"] = round(dev - blind, 4)
        rows.append(row)
    print_rows(title, rows)


def split_paths(input: Path | None) -> dict[str, list[Path]]:
    """``{"file": [input]}`` or the splits that have files, blind first."""
    if input is not None:
        return {"file": [input]}
    root = eval_root()
    found = {split: split_files(root, split) for split in SPLITS}
    if not found["blind"]:
        out.print("eval/blind/ has no files yet: dev figures only")
    return {split: paths for split, paths in found.items() if paths}


@eval_app.command("fields")
def eval_fields(
    input: Path | None = typer.Option(None, "--input", dir_okay=False),
    errors: bool = typer.Option(
        False, "--errors", help="List the facts read wrong (dev or --input; never blind)."
    ),
    field: list[str] = typer.Option(
        [], "--field", help="With --errors: only this field (repeatable), e.g. place."
    ),
) -> None:
    """Per-field accuracy of IF-1 fact extraction and values filled that the complaint lacks."""
    from afirgen.eval_sets import fact_figures
    from afirgen.pipeline.evaluation import FIELDS, evaluate_fields

    unknown = sorted(set(field) - set(FIELDS))
    if unknown:
        raise typer.BadParameter(f"unknown field(s) {unknown}; known: {', '.join(FIELDS)}")
    paths_by_split = split_paths(input)
    if errors and input is not None and _in_blind(input):
        raise typer.BadParameter("--errors never lists blind lines")
    reports = {split: evaluate_fields(paths) for split, paths in paths_by_split.items()}
    figures = {
        split: {**fact_figures(r), "facts.spurious_values": float(r.spurious)}
        for split, r in reports.items()
    }
    counts = {s: r.examples for s, r in reports.items()}
    print_side_by_side("IF-1 facts", figures, counts)
    # counts, printed as whole numbers: blind's per-field tally is an aggregate like its accuracy
    filled: dict[str, dict[str, float]] = {
        split: {s.field: s.spurious for s in r.fields if s.total} for split, r in reports.items()
    }
    print_side_by_side("Values filled, none given", filled, counts)
    for split, report in reports.items():
        out.print(f"{split}: {report.summary_line()}")
    if "dev" in reports:
        print_rows("dev by style", _style_rows(reports["dev"].rows()))
    listed = [r for split, r in reports.items() if split != "blind"] if errors else []
    for mismatch in (m for r in listed for m in r.mismatches if not field or m.field in field):
        out.print(
            f"{mismatch.id} {mismatch.field}: expected {mismatch.expected!r} "
            f"got {mismatch.predicted!r}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


@eval_app.command("sections")
def eval_sections(
    input: Path | None = typer.Option(None, "--input", dir_okay=False),
    errors: bool = typer.Option(False, "--errors", help="List dev complaints scored wrong."),
    engine: Engine = typer.Option(
        DEFAULT_ENGINE, "--engine", help="The rules, the learned model alone, or both together."
    ),
) -> None:
    """Micro-F1, exact match, top-5 recall, cognizable and no-offence/civil calls, latency."""
    from afirgen.bootstrap import build_identifier
    from afirgen.eval_sets import section_figures
    from afirgen.legal import KnowledgeBase
    from afirgen.legal.evaluation import evaluate_sections

    identifier = build_identifier(KnowledgeBase.load(), engine=engine)
    reports = {
        split: evaluate_sections(paths, identifier) for split, paths in split_paths(input).items()
    }
    figures = {
        split: {**section_figures(r), "latency_mean_ms": r.latency_mean_ms}
        for split, r in reports.items()
    }
    print_side_by_side("Sections", figures, {s: r.count for s, r in reports.items()})
    for split, report in reports.items():
        print_rows(f"{split}: per section (act, section)", report.section_rows())
        out.print(f"{split}: {report.summary_line()}")
    if "dev" in reports:
        print_rows("dev by style", reports["dev"].rows())
    for error in reports["dev"].errors if errors and "dev" in reports else []:
        out.print(f"{error.id}: missing {error.missing} extra {error.extra}")


@eval_app.command("cross-validate")
def eval_cross_validate(
    folds: int = typer.Option(5, "--folds", min=2, help="k: the model is fitted on k-1 folds."),
    corpus: Path = typer.Option(
        Path("eval/train"), "--corpus", exists=True, file_okay=False, help="eval/train/"
    ),
) -> None:
    """The engines by k-fold cross-validation on the training corpus: the proxy for blind."""
    from afirgen.legal import HybridRetriever, KnowledgeBase
    from afirgen.legal.cross_validation import cross_validate

    paths = sorted(corpus.glob("*.jsonl"))
    if not paths:
        raise typer.BadParameter(f"no *.jsonl files in {corpus}")
    kb = KnowledgeBase.load()
    retriever = HybridRetriever.build(kb)
    if retriever.encoder is None:
        raise typer.BadParameter("the static embedding model (legal/embeddings/) is missing")
    try:
        reports = cross_validate(paths, kb, retriever, folds)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    rows = [{"engine": engine, **_headline(report)} for engine, report in reports.items()]
    count = next(iter(reports.values())).count
    print_rows(f"{folds}-fold cross-validation on {count} training complaints", rows)


@eval_app.command("record")
def eval_record() -> None:
    """Write the blind figures to eval/floor.json: the regression floor the suite holds."""
    from afirgen.bootstrap import build_identifier
    from afirgen.eval_sets import measure_split, write_floor
    from afirgen.legal import KnowledgeBase

    root = eval_root()
    if not split_files(root, "blind"):
        raise typer.BadParameter("eval/blind/ has no files: nothing to record")
    floor = measure_split(root, "blind", build_identifier(KnowledgeBase.load()))
    path = write_floor(root, floor)
    print_side_by_side(
        "Recorded floor", {"blind": floor.figures}, {"blind": floor.complaints["sections"]}
    )
    out.print(f"wrote {path}")


def _in_blind(path: Path) -> bool:
    root = find_eval_root()
    return root is not None and path.resolve().is_relative_to((root / "blind").resolve())


def _headline(report: SectionReport) -> dict[str, object]:
    """The figures of ``afirgen eval sections``, under names short enough for one row."""
    flags = (report.cognizable_accuracy, report.no_offence_recognised)
    cells = ["-" if flag is None else flag for flag in flags]
    return {
        "F1": report.loose.micro_f1,
        "P": report.loose.micro_precision,
        "R": report.loose.micro_recall,
        "exact": report.loose.exact_match,
        "top-5": report.loose.recall_at_5,
        "cognizable": cells[0],
        "no-offence/civil": cells[1],
    }


def _style_rows(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [r for r in rows if r["field"] == "overall"]
