"""Prometheus metrics, named as in the seed. Module-level constants, one place."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter("afirgen_http_requests_total", "HTTP requests", ["method", "endpoint", "status"])
REQUEST_DURATION = Histogram(
    "afirgen_http_request_duration_seconds",
    "HTTP request latency",
    ["method", "endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10),
)
ERRORS = Counter("afirgen_errors_total", "Errors answered, by code", ["code"])
DB_QUERY_DURATION = Histogram(
    "afirgen_db_query_duration_seconds",
    "Database query latency",
    ["operation"],
    buckets=(0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1),
)
CACHE_OPERATIONS = Counter(
    "afirgen_cache_operations_total", "Cache lookups and writes", ["operation", "result"]
)
MODEL_CALLS = Counter("afirgen_model_calls_total", "Model calls", ["model", "outcome"])
MODEL_DURATION = Histogram(
    "afirgen_model_call_duration_seconds",
    "Model call latency",
    ["model"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30),
)
PIPELINE_STAGE_DURATION = Histogram(
    "afirgen_pipeline_stage_duration_seconds",
    "FIR pipeline stage latency",
    ["stage"],
    buckets=(0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10),
)
ACTIVE_SESSIONS = Gauge("afirgen_active_sessions", "Review sessions being processed here")
CIRCUIT_STATE = Gauge("afirgen_circuit_breaker_open", "1 when the breaker is open", ["breaker"])
FIRS_REGISTERED = Counter("afirgen_firs_registered_total", "FIRs registered")
RATE_LIMITED = Counter("afirgen_rate_limited_total", "Requests refused by the rate limiter")
RECOGNITIONS = Counter(
    "afirgen_recognitions_total", "Speech and text recognitions", ["kind", "backend", "outcome"]
)
RECOGNITION_DURATION = Histogram(
    "afirgen_recognition_duration_seconds",
    "Recognition latency, decoding included",
    ["kind", "backend"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300),
)
MODEL_SERVER_ACTIVE = Gauge(
    "afirgen_model_server_active", "Requests a model is working on", ["model"]
)
MODEL_SERVER_WAITING = Gauge(
    "afirgen_model_server_waiting", "Requests waiting for a model slot", ["model"]
)
MODEL_SERVER_REJECTED = Counter(
    "afirgen_model_server_rejected_total", "Requests answered 503: model saturated", ["model"]
)
TASKS = Counter(
    "afirgen_tasks_total", "Background task executions, by outcome", ["task", "outcome"]
)
TASK_DURATION = Histogram(
    "afirgen_task_duration_seconds",
    "Background task run time",
    ["task"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300),
)
