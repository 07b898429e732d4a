"""``afirgen generate FILE``: the complete draft FIR for one complaint, no server needed."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from afirgen.bootstrap import build_identifier
from afirgen.config import get_settings
from afirgen.domain import STEPS, SessionData, Source
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.llm import create_llm
from afirgen.legal import KnowledgeBase
from afirgen.pipeline.assemble import cite
from afirgen.pipeline.stages import PipelineDeps, run_stage

err = Console(stderr=True)


def generate(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Complaint text file"),
    as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout"),
) -> None:
    """Print the draft FIR for one complaint (progress goes to stderr)."""
    text = file.read_text(encoding="utf-8").strip()
    if not text:
        err.print("[red]the complaint file is empty[/red]")
        raise typer.Exit(2)
    data = asyncio.run(_draft(text))
    result = _result(data)
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    else:
        _print_readable(result)


async def _draft(text: str) -> SessionData:
    settings = get_settings()
    with err.status("loading models and the knowledge base"):
        llm = create_llm(settings)
        identifier = build_identifier(KnowledgeBase.load())
    deps = PipelineDeps(llm=llm, identifier=identifier, cache=MemoryCache(256))
    data = SessionData(
        source=Source(kind="text", text=text),
        station=settings.station,
        district=settings.district,
        reported_at=datetime.now(UTC),
    )
    try:
        for step in STEPS:
            with err.status(f"{step.value.replace('_review', '')}"):
                await run_stage(step, data, deps, None)
            err.print(f"[green]✓[/green] {step.value} ({data.stages[-1].duration_ms:.0f} ms)")
    finally:
        if llm is not None:
            await llm.close()
    return data


def _result(data: SessionData) -> dict[str, Any]:
    ident = data.identification or {}
    sections = [
        {k: s.get(k) for k in ("act", "section", "subsection", "title", "reason", "evidence")}
        for s in ident.get("sections", [])
    ]
    return {
        "source_text": data.source.text,
        "summary": data.summary,
        "fields": data.fields.model_dump(mode="json") if data.fields else {},
        "law": ident.get("law"),
        "sections": sections,
        "cognizable": ident.get("cognizable"),
        "no_offence": ident.get("no_offence"),
        "narrative": data.narrative,
        "missing_fields": data.missing_fields,
        "degraded": data.degraded,
        "degraded_reasons": data.degraded_reasons,
        "draft": data.draft,
    }


def _print_readable(result: dict[str, Any]) -> None:
    out = Console()
    out.rule("Draft First Information Report")
    out.print(f"[bold]Summary[/bold]\n{result['summary']}\n")
    cited = ", ".join(cite(s) + f" ({s['title']})" for s in result["sections"]) or "none made out"
    out.print(f"[bold]Acts and sections ({result['law']})[/bold]\n{cited}\n")
    out.print(f"[bold]FIR contents[/bold]\n{result['narrative']}\n")
    missing = ", ".join(result["missing_fields"]) or "none"
    out.print(f"[bold]Missing for the officer to fill[/bold]\n{missing}")
    if result["degraded"]:
        out.print(f"[yellow]degraded: {'; '.join(result['degraded_reasons'])}[/yellow]")
