"""Measure section identification against labelled JSON Lines sets.

Each line: ``{"id", "text", "occurred_on", "style", "gold": {"law", "sections":
[{"act", "section", "subsection", "reason"}], "acceptable": [...], "cognizable",
"no_offence", "civil"}, ...}``; lines without ``gold`` (facts-only lines) are
skipped. Which split a line belongs to is the folder its file sits in
(``eval/dev``, ``eval/blind``), see :mod:`afirgen.eval_sets`.

Sections match on (act, section) by default; the ``strict`` figures also
require the same sub-section ("303(2)" vs "303"). Acts are normalised
("Indian Penal Code" is "IPC"), so Dowry Prohibition Act 4 never counts as BNS 4.
An ``acceptable`` section is one a reviewer would also accept: predicting it is
not a false positive, and leaving it out is not a miss.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from afirgen.legal.identify import Identification, SectionIdentifier, SectionMatch
from afirgen.legal.kb import join_reference, normalise_act, split_reference
from afirgen.legal.labelled import EvalItem, GoldSection, load_items

Key = tuple[str, str]  # (act, section[(subsection)])


class SectionScore(BaseModel):
    section: str
    support: int
    predicted: int
    precision: float
    recall: float
    f1: float


class MatchScores(BaseModel):
    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    exact_match: float
    recall_at_5: float


class ItemError(BaseModel):
    id: str
    missing: list[str]
    extra: list[str]


class SectionReport(BaseModel):
    count: int
    loose: MatchScores  # (act, section)
    strict: MatchScores  # (act, section, subsection)
    law_accuracy: float
    cognizable_accuracy: float | None
    non_cognizable_accuracy: float | None  # among items whose gold is non-cognizable only
    no_offence_accuracy: float  # gold and prediction agree on "no section", over all items
    no_offence_recognised: float | None  # among no-offence and civil items only
    latency_mean_ms: float
    latency_p95_ms: float
    per_section: list[SectionScore]
    errors: list[ItemError]
    by_group: dict[str, SectionReport] = Field(default_factory=dict)  # per split, per style

    def rows(self) -> list[dict[str, object]]:
        """One row for the whole set, then one per style."""
        groups = [("all", self), *self.by_group.items()]
        return [
            {
                "group": name,
                "n": report.count,
                "F1": report.loose.micro_f1,
                "P": report.loose.micro_precision,
                "R": report.loose.micro_recall,
                "R@5": report.loose.recall_at_5,
                "EM": report.loose.exact_match,
                "no_off": _cell(report.no_offence_recognised),
                "non_cog": _cell(report.non_cognizable_accuracy),
            }
            for name, report in groups
        ]

    def section_rows(self) -> list[dict[str, object]]:
        """The per-section table: support, predictions, precision, recall, F1."""
        return [
            {
                "section": score.section,
                "support": score.support,
                "predicted": score.predicted,
                "P": score.precision,
                "R": score.recall,
                "F1": score.f1,
            }
            for score in sorted(self.per_section, key=lambda s: (-s.support, s.section))
        ]

    def summary_line(self) -> str:
        """'181 complaints: micro-F1 0.80; macro-F1 ...; recall@5 ...'."""
        return (
            f"{self.count} complaints: micro-F1 {self.loose.micro_f1:.3f}; "
            f"macro-F1 {self.loose.macro_f1:.3f}; "
            f"strict micro-F1 {self.strict.micro_f1:.3f}; recall@5 {self.loose.recall_at_5:.3f}; "
            f"exact {self.loose.exact_match:.3f}; "
            f"no-offence/civil recognised {_cell(self.no_offence_recognised)}; "
            f"non-cognizable {_cell(self.non_cognizable_accuracy)}; "
            f"latency mean {self.latency_mean_ms:.1f} ms, p95 {self.latency_p95_ms:.1f} ms"
        )


def evaluate_sections(paths: Path | Sequence[Path], identifier: SectionIdentifier) -> SectionReport:
    """Run ``identifier`` on every labelled line of ``paths`` and score it, also per style."""
    items = load_items(paths)
    results: list[Identification] = []
    latencies: list[float] = []
    for item in items:
        started = time.perf_counter()
        results.append(identifier.identify(item.text, item.occurred_on))
        latencies.append((time.perf_counter() - started) * 1000)
    report = score_results(items, results, latencies)
    styles: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        styles.setdefault(item.style or "unknown", []).append(index)
    report.by_group = {
        name: score_results(
            [items[i] for i in idx], [results[i] for i in idx], [latencies[i] for i in idx]
        )
        for name, idx in sorted(styles.items())
    }
    return report


def score_results(
    items: list[EvalItem], results: list[Identification], latencies: list[float]
) -> SectionReport:
    golds_loose = [{_gold_key(s, strict=False) for s in i.gold.sections} for i in items]
    golds_strict = [{_gold_key(s, strict=True) for s in i.gold.sections} for i in items]
    preds_loose = _scored_predictions(items, results, strict=False)
    preds_strict = _scored_predictions(items, results, strict=True)
    cands = [[_pred_key(m, strict=False) for m in r.candidates[:5]] for r in results]
    cands_strict = [[_pred_key(m, strict=True) for m in r.candidates[:5]] for r in results]
    ordered = sorted(latencies)
    return SectionReport(
        count=len(items),
        loose=_match_scores(golds_loose, preds_loose, cands),
        strict=_match_scores(golds_strict, preds_strict, cands_strict),
        law_accuracy=_mean(
            i.gold.law in (None, r.law) for i, r in zip(items, results, strict=True)
        ),
        cognizable_accuracy=_flag_accuracy(
            (i.gold.cognizable, r.cognizable) for i, r in zip(items, results, strict=True)
        ),
        non_cognizable_accuracy=_flag_accuracy(
            (True, r.non_cognizable_only)
            for i, r in zip(items, results, strict=True)
            if i.gold.cognizable is False
        ),
        no_offence_accuracy=_mean(
            i.gold.expects_no_section == r.no_offence for i, r in zip(items, results, strict=True)
        ),
        no_offence_recognised=_flag_accuracy(
            (True, r.no_offence)
            for i, r in zip(items, results, strict=True)
            if i.gold.expects_no_section
        ),
        latency_mean_ms=round(statistics.fmean(latencies), 2) if latencies else 0.0,
        latency_p95_ms=round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2)
        if ordered
        else 0.0,
        per_section=_per_section(golds_loose, preds_loose),
        errors=[
            ItemError(id=i.id, missing=sorted(_show(g - p)), extra=sorted(_show(p - g)))
            for i, g, p in zip(items, golds_strict, preds_strict, strict=True)
            if g != p
        ],
    )


def _scored_predictions(
    items: list[EvalItem], results: list[Identification], strict: bool
) -> list[set[Key]]:
    """Predicted sections, less those a reviewer accepts without requiring them."""
    scored: list[set[Key]] = []
    for item, result in zip(items, results, strict=True):
        gold = {_gold_key(s, strict) for s in item.gold.sections}
        # An acceptable section is forgiven loosely: its sub-section may differ.
        accepted = {_gold_key(s, strict=False) for s in item.gold.acceptable}
        predicted = {_pred_key(m, strict) for m in result.sections}
        scored.append(
            {k for k in predicted if k in gold or _pred_base(k) not in accepted - _bases(gold)}
        )
    return scored


def _pred_base(key: Key) -> Key:
    return key[0], split_reference(key[1])[0]


def _bases(keys: set[Key]) -> set[Key]:
    return {_pred_base(k) for k in keys}


def _gold_key(section: GoldSection, strict: bool) -> Key:
    base, inline = split_reference(section.section)
    sub = section.subsection or inline
    return normalise_act(section.act), join_reference(base, sub if strict else None)


def _pred_key(match: SectionMatch, strict: bool) -> Key:
    return normalise_act(match.act), join_reference(
        match.section, match.subsection if strict else None
    )


def _match_scores(
    golds: list[set[Key]], preds: list[set[Key]], candidates: list[list[Key]]
) -> MatchScores:
    tp = sum(len(g & p) for g, p in zip(golds, preds, strict=True))
    n_pred = sum(len(p) for p in preds)
    n_gold = sum(len(g) for g in golds)
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    per_section = _per_section(golds, preds)
    hits_at_5 = sum(len(g & set(c)) for g, c in zip(golds, candidates, strict=True))
    return MatchScores(
        micro_precision=round(precision, 4),
        micro_recall=round(recall, 4),
        micro_f1=round(_f1(precision, recall), 4),
        macro_f1=round(statistics.fmean(s.f1 for s in per_section), 4) if per_section else 1.0,
        exact_match=_mean(g == p for g, p in zip(golds, preds, strict=True)),
        recall_at_5=round(hits_at_5 / n_gold, 4) if n_gold else 1.0,
    )


def _per_section(golds: list[set[Key]], preds: list[set[Key]]) -> list[SectionScore]:
    support: Counter[Key] = Counter(k for g in golds for k in g)
    predicted: Counter[Key] = Counter(k for p in preds for k in p)
    correct: Counter[Key] = Counter(k for g, p in zip(golds, preds, strict=True) for k in g & p)
    rows = []
    for key in sorted(support.keys() | predicted.keys()):
        precision = correct[key] / predicted[key] if predicted[key] else 0.0
        recall = correct[key] / support[key] if support[key] else 0.0
        rows.append(
            SectionScore(
                section=f"{key[0]} {key[1]}",
                support=support[key],
                predicted=predicted[key],
                precision=round(precision, 4),
                recall=round(recall, 4),
                f1=round(_f1(precision, recall), 4),
            )
        )
    return rows


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _mean(flags: Iterable[bool]) -> float:
    values = list(flags)
    return round(sum(values) / len(values), 4) if values else 1.0


def _flag_accuracy(pairs: Iterable[tuple[bool | None, bool | None]]) -> float | None:
    scored = [gold == pred for gold, pred in pairs if gold is not None]
    return round(sum(scored) / len(scored), 4) if scored else None


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _show(keys: set[Key]) -> list[str]:
    return [f"{act} {ref}" for act, ref in keys]
