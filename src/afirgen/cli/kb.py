"""``afirgen kb import|stats`` and ``afirgen sections identify``."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from afirgen.bootstrap import build_identifier
from afirgen.cli.database import run_in_transaction
from afirgen.config import get_settings
from afirgen.legal import KnowledgeBase, load_official_text
from afirgen.legal.batch import identify_jsonl
from afirgen.legal.retrieval import load_static_model
from afirgen.legal.section_model import MODEL_FILE, train
from afirgen.repositories import statutes

kb_app = typer.Typer(help="The legal knowledge base.", no_args_is_help=True)
sections_app = typer.Typer(help="Identify sections of law.", no_args_is_help=True)
out = Console()


@kb_app.command("import")
def kb_import(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or JSONL"),
    act: str = typer.Option("BNS", help="Act for rows that do not name one"),
) -> None:
    """Load official statute text into the database for retrieval."""
    rows = load_official_text(file, default_act=act)
    count = run_in_transaction(
        get_settings(), lambda db: statutes.upsert_texts(db, rows, source=file.name)
    )
    out.print(f"imported {count} sections from {file.name}")


@kb_app.command("stats")
def kb_stats() -> None:
    """What the knowledge base holds, and what was imported."""
    stats = KnowledgeBase.load().stats()
    table = Table("act", "sections")
    for act, count in stats.sections_by_act.items():
        table.add_row(act, str(count))
    out.print(table)
    out.print(
        f"offence sections: {stats.offences}; classified: {stats.classified}; "
        f"with everyday words: {stats.with_synonyms}; "
        f"IPC -> BNS correspondences: {stats.correspondences}"
    )
    imported = run_in_transaction(get_settings(), statutes.count_by_act, write=False)
    for act, n in imported.items():
        out.print(f"imported official text: {act}: {n} sections")


@sections_app.command("identify")
def sections_identify(
    input: Path = typer.Option(..., "--input", exists=True, dir_okay=False),
    output: Path = typer.Option(..., "--output", dir_okay=False),
) -> None:
    """Batch identification: JSONL in, JSONL out (the stable contract)."""
    identifier = build_identifier(KnowledgeBase.load())
    count = identify_jsonl(identifier, input, output)
    Console(stderr=True).print(f"identified {count} complaints -> {output}")


@sections_app.command("train-model")
def sections_train_model(
    corpus: Path = typer.Option(
        Path("eval/train"), "--corpus", exists=True, file_okay=False, help="eval/train/"
    ),
    output: Path = typer.Option(MODEL_FILE, "--output", dir_okay=False),
) -> None:
    """Rebuild the learned section model from the training corpus (never dev or blind)."""
    paths = sorted(corpus.glob("*.jsonl"))
    if not paths:
        raise typer.BadParameter(f"no *.jsonl files in {corpus}")
    kb = KnowledgeBase.load()
    encoder = load_static_model()
    if encoder is None:
        raise typer.BadParameter("the static embedding model (legal/embeddings/) is missing")
    model = train(paths, kb, encoder)
    model.save(output)
    size_mb = output.stat().st_size / 1e6
    out.print(
        f"trained on {len(paths)} files: {len(model.labels)} sections; "
        f"wrote {output} ({size_mb:.1f} MB)"
    )
