"""``afirgen generate FILE`` (or ``--audio FILE`` / ``--image FILE``): the complete draft
FIR for one complaint, no server needed."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from afirgen.bootstrap import build_identifier, build_reader
from afirgen.cli.output import result_stdout, write_json
from afirgen.config import get_settings
from afirgen.domain import STEPS, SessionData, Source
from afirgen.errors import AppError, EmptyComplaint, MediaTooLarge, UnsupportedMedia
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.llm import create_llm
from afirgen.infrastructure.recognition import create_recognizer
from afirgen.legal import KnowledgeBase
from afirgen.media.audio import probe_audio
from afirgen.media.formats import SNIFF_BYTES
from afirgen.media.pages import probe_pages
from afirgen.media.spool import identify
from afirgen.pipeline.assemble import cite
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from afirgen.services.fir_service import action_taken, registration_terms

err = Console(stderr=True)


def generate(
    file: Path | None = typer.Argument(
        None, exists=True, dir_okay=False, help="Complaint text file"
    ),
    audio: Path | None = typer.Option(
        None, "--audio", exists=True, dir_okay=False, help="A recording of the complaint"
    ),
    image: Path | None = typer.Option(
        None, "--image", exists=True, dir_okay=False, help="A photo or scan of the letter"
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout"),
) -> None:
    """Print the draft FIR for one complaint (progress goes to stderr).

    With --audio or --image the complaint is recognised first; ``source_text`` in
    the JSON then holds the transcript or the recognised text.
    """
    given = [p for p in (file, audio, image) if p is not None]
    if len(given) != 1:
        err.print("[red]give exactly one of FILE, --audio FILE, --image FILE[/red]")
        raise typer.Exit(2)
    with result_stdout(get_settings()) as out:
        try:
            source = _text_source(given[0]) if file else _media_source(given[0], bool(audio))
            data = asyncio.run(_draft(source))
        except AppError as exc:
            err.print(f"[red]{exc.message}[/red]")
            raise typer.Exit(1) from exc
        result = _result(data)
        if as_json:
            write_json(out, result)
        else:
            _print_readable(result, Console(file=out))


def _text_source(file: Path) -> Source:
    text = file.read_text(encoding="utf-8").strip()
    if not text:
        raise EmptyComplaint("the complaint file is empty")
    return Source(kind="text", text=text)


def _media_source(file: Path, audio: bool) -> Source:
    """A recording or image, checked as the API checks uploads."""
    settings = get_settings()
    if file.stat().st_size > settings.max_upload_bytes:
        raise MediaTooLarge(f"the file is larger than the limit of {settings.max_upload_mb:g} MB")
    with file.open("rb") as handle:
        fmt = identify(handle.read(SNIFF_BYTES))
    wanted = "audio" if audio else "image"
    if fmt.kind != wanted:
        raise UnsupportedMedia(f"--{wanted} needs a {wanted} file; {file.name} is {fmt.name}")
    if fmt.kind == "audio":
        probe_audio(file, settings.max_audio_s)
    else:
        probe_pages(file, fmt, settings.max_image_pages)
    return Source(kind=fmt.kind, filename=file.name, text="", upload=str(file.resolve()))


async def _draft(source: Source) -> SessionData:
    settings = get_settings()
    with err.status("loading models and the knowledge base"):
        llm = create_llm(settings)
        identifier = build_identifier(KnowledgeBase.load())
    recognizer = create_recognizer(settings)
    deps = PipelineDeps(
        llm=llm,
        compute=ComputePool("threads", 1, identifier),  # one draft: nothing else to serve
        cache=MemoryCache(256),
        reader=build_reader(settings, recognizer),
        action_taken=action_taken,
    )
    data = SessionData(
        source=source,
        station=settings.station,
        district=settings.district,
        reported_at=datetime.now(UTC),
    )
    try:
        for step in STEPS:
            with err.status(f"{step.value.replace('_review', '')}"):
                await run_stage(step, data, deps)
            err.print(f"[green]✓[/green] {step.value} ({data.stages[-1].duration_ms:.0f} ms)")
        if data.draft is not None:
            data.draft.update(registration_terms(data.identification))
    finally:
        if llm is not None:
            await llm.close()
        await recognizer.close()
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


def _print_readable(result: dict[str, Any], out: Console) -> None:
    out.rule("Draft First Information Report")
    out.print(f"[bold]Summary[/bold]\n{result['summary']}\n")
    cited = ", ".join(cite(s) + f" ({s['title']})" for s in result["sections"]) or "none made out"
    out.print(f"[bold]Acts and sections ({result['law']})[/bold]\n{cited}\n")
    out.print(f"[bold]FIR contents[/bold]\n{result['narrative']}\n")
    missing = ", ".join(result["missing_fields"]) or "none"
    out.print(f"[bold]Missing for the officer to fill[/bold]\n{missing}")
    if result["degraded"]:
        out.print(f"[yellow]degraded: {'; '.join(result['degraded_reasons'])}[/yellow]")
