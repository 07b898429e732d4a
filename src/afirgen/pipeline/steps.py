"""The review steps, described once.

Each row of :data:`REVIEW_STEPS` says, for one step, which stage produces its
content, which ``SessionData`` fields that content is, and how the officer's
edited content is parsed.

The session service runs a step's stage, applies the officer's edit with its
parser and, on regeneration, clears what the step and the later ones produced;
the API shows a step's outputs as the content under review. All of them read
:data:`REVIEW_STEPS`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from afirgen.domain import SessionData, StageRun, Step
from afirgen.infrastructure import metrics
from afirgen.infrastructure.tracing import get_tracer
from afirgen.legal import KnowledgeBase
from afirgen.pipeline.edits import (
    UserInput,
    edit_final,
    edit_narrative,
    edit_sections,
    edit_summary,
    edit_transcript,
)
from afirgen.pipeline.stages import (
    PipelineDeps,
    Stage,
    final_stage,
    narrative_stage,
    summary_stage,
    transcript_stage,
    violations_stage,
)

tracer = get_tracer(__name__)

EditParser = Callable[[SessionData, UserInput, KnowledgeBase], None]


@dataclass(frozen=True)
class ReviewStep:
    step: Step
    stage: Stage  # produces the content the officer reviews
    outputs: tuple[str, ...]  # the SessionData fields the stage writes
    parse_edit: EditParser  # applies the officer's edited content


REVIEW_STEPS: dict[Step, ReviewStep] = {
    row.step: row
    for row in (
        ReviewStep(Step.TRANSCRIPT_REVIEW, transcript_stage, ("transcript",), edit_transcript),
        ReviewStep(Step.SUMMARY_REVIEW, summary_stage, ("summary", "fields"), edit_summary),
        ReviewStep(Step.VIOLATIONS_REVIEW, violations_stage, ("identification",), edit_sections),
        ReviewStep(Step.NARRATIVE_REVIEW, narrative_stage, ("narrative",), edit_narrative),
        ReviewStep(Step.FINAL_REVIEW, final_stage, ("draft",), edit_final),
    )
}


async def run_stage(step: Step, data: SessionData, deps: PipelineDeps) -> None:
    """Produce the content the officer reviews at ``step``, timed and traced, with every
    correction note the officer has given on that step."""
    started = time.perf_counter()
    with tracer.start_as_current_span(f"pipeline.{step.value}"):
        await REVIEW_STEPS[step].stage(data, deps, data.notes_for(step))
    elapsed = time.perf_counter() - started
    metrics.PIPELINE_STAGE_DURATION.labels(stage=step.value).observe(elapsed)
    data.stages.append(
        StageRun(stage=step.value, at=datetime.now(UTC), duration_ms=round(elapsed * 1000, 2))
    )


def apply_edit(step: Step, data: SessionData, edit: UserInput, kb: KnowledgeBase) -> bool:
    """Apply the officer's edited content for ``step``; returns whether anything changed."""
    if edit is None or edit == "" or edit == {}:
        return False
    REVIEW_STEPS[step].parse_edit(data, edit, kb)
    return True


def clear_from(step: Step, data: SessionData) -> None:
    """Forget what ``step`` and every later step produced (they are made again)."""
    for later in REVIEW_STEPS.values():
        if later.step.position >= step.position:
            for name in later.outputs:
                setattr(data, name, None)


def step_content(step: Step, data: dict[str, Any]) -> Any:
    """What the officer reviews at ``step``: its one output, or its outputs by name."""
    names = REVIEW_STEPS[step].outputs
    return {n: data.get(n) for n in names} if len(names) > 1 else data.get(names[0])
