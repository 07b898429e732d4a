"""Spans for pipeline stages and database statements reach the exporter."""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from afirgen.bootstrap import Services
from afirgen.config import Settings
from afirgen.infrastructure.tracing import configure_tracing
from tests.conftest import client_for
from tests.factories import register_fir


def capture_spans() -> InMemorySpanExporter:
    configure_tracing(Settings())
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
