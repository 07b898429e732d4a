"""Spans for pipeline stages and database statements reach the exporter; without an
exporter the API records none."""

from __future__ import annotations

import subprocess
import sys

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from afirgen.bootstrap import Services
from tests.conftest import client_for
from tests.factories import register_fir


def capture_spans() -> InMemorySpanExporter:
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        trace.set_tracer_provider(TracerProvider())
    provider = trace.get_tracer_provider()
    assert isinstance(provider, TracerProvider)
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


async def test_stage_and_query_spans(services: Services, api_key: str) -> None:
    exporter = capture_spans()
    async with await client_for(services, api_key) as client:
        await register_fir(client)
    names = {span.name for span in exporter.get_finished_spans()}
    assert {"pipeline.summary_review", "pipeline.violations_review"} <= names
    assert {"db.insert", "db.select", "db.update"} <= names


def test_no_spans_are_recorded_without_an_exporter() -> None:
    # the global provider can be set once per process: look at a fresh one
    script = (
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "from afirgen.config import Settings\n"
        "from afirgen.infrastructure.tracing import configure_tracing\n"
        "configure_tracing(Settings())\n"
        "assert not isinstance(trace.get_tracer_provider(), TracerProvider)\n"
        "with trace.get_tracer('t').start_as_current_span('s') as span:\n"
        "    assert not span.is_recording()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
