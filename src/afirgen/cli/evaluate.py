"""``afirgen eval fields|sections``: measured accuracy on labelled complaint sets."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

eval_app = typer.Typer(help="Evaluations on labelled sets.", no_args_is_help=True)
out = Console()


def default_set(name: str) -> Path:
    """``eval/NAME`` in a source checkout."""
    here = Path(str(files("afirgen"))).resolve()
    for folder in (Path.cwd(), *here.parents):
        candidate = folder / "eval" / name
        if candidate.exists():
            return candidate
    raise typer.BadParameter(f"eval/{name} not found; pass --input")


def print_rows(title: str, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    table = Table(*rows[0].keys(), title=title)
    for row in rows:
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()))
    out.print(table)


@eval_app.command("fields")
def eval_fields(input: Path | None = typer.Option(None, "--input", dir_okay=False)) -> None:
    """Per-field accuracy of IF-1 field extraction."""
    from afirgen.pipeline.evaluation import evaluate_fields

    report = evaluate_fields(input or default_set("fields.jsonl"))
    print_rows("IF-1 field extraction", report.rows())
    out.print(report.summary_line())


@eval_app.command("sections")
def eval_sections(input: Path | None = typer.Option(None, "--input", dir_okay=False)) -> None:
    """Micro/macro F1, exact match, recall@5, NCR and no-offence accuracy, latency."""
    from afirgen.bootstrap import build_identifier
    from afirgen.legal import KnowledgeBase
    from afirgen.legal.evaluation import evaluate_sections

    identifier = build_identifier(KnowledgeBase.load())
    report = evaluate_sections(input or default_set("sections.jsonl"), identifier)
    print_rows("By split and style", report.rows())
    print_rows("Per section (act, section)", report.section_rows())
    out.print(report.summary_line())
