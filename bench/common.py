"""Helpers shared by the benchmarks: percentiles and the machine description."""

from __future__ import annotations

import os
import platform
import statistics

# a short theft complaint every live benchmark sends
THEFT = (
    "On 14/03/2025 at about 9:30 pm two unknown men on a black motorcycle snatched my "
    "gold chain worth Rs. 60,000 near Ajmeri Gate market, Jaipur. I am Ramesh Kumar "
    "S/o Mohan Lal, 12 Gandhi Nagar, Jaipur, mobile 9876543210."
)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def describe(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
        f"p99 {percentile(values, 99):.1f} ms, mean {statistics.fmean(values):.1f} ms"
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"
