"""OpenTelemetry tracing, set up once; spans exported to OTLP when configured."""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from afirgen.config import Settings


def configure_tracing(settings: Settings) -> None:
    """Install a tracer provider once, exporting to OTLP, when an endpoint is configured.

    Without an endpoint the API keeps OpenTelemetry's no-op provider: an SDK provider with
    nowhere to send its spans would still record every request's and statement's spans
    (and FastAPI's own request telemetry with them), which cost a cached read about as
    much CPU again as the framework itself (docs/PERFORMANCE.md).
    """
    if not settings.otlp_endpoint or isinstance(trace.get_tracer_provider(), TracerProvider):
        return
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    provider = TracerProvider(resource=Resource.create({"service.name": settings.service_name}))
    provider.add_span_processor(
        BatchSpanProcessor(OTLPSpanExporter(endpoint=settings.otlp_endpoint))
    )
    trace.set_tracer_provider(provider)


def get_tracer(name: str) -> trace.Tracer:
    return trace.get_tracer(name)
