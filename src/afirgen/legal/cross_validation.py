"""K-fold cross-validation of the engines on the training corpus: the proxy for blind.

Dev is what the rules were tuned on, so it over-rates them and cannot choose how the
rules and the learned model are combined. The training corpus (``eval/train``) was
written by outsiders and the rules were never tuned on it. So: fit the model on k-1
folds, run the engines "rules", "model" and "both" on the held fold, score them with
the scorer of ``afirgen eval sections`` (:func:`afirgen.legal.evaluation.score_results`)
and pool the k held folds into one report per engine.

Rules held here:

* folds are by line: line ``i`` of the corpus (files in name order) is in fold
  ``i mod k``, so the split is deterministic and needs no particular corpus size;
* the rules read each complaint once (they do not depend on the fold); each fold's
  model then decides beside them, exactly as the service's identifier does;
* a complaint's features are computed once and each fold's model is fitted from them
  (:func:`afirgen.legal.section_model.fit_items`), with the training settings of
  ``afirgen sections train-model``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from afirgen.legal.evaluation import SectionReport, score_results
from afirgen.legal.identify import Engine, Identification, RuleReading, SectionIdentifier
from afirgen.legal.kb import KnowledgeBase
from afirgen.legal.labelled import EvalItem, load_items
from afirgen.legal.retrieval import HybridRetriever
from afirgen.legal.section_model import FloatArray, SectionModel, complaint_features, fit_items

__all__ = ["ENGINES", "cross_validate", "fold_models", "held_out", "read_corpus"]

ENGINES: tuple[Engine, ...] = ("rules", "model", "both")


def held_out(count: int, folds: int, fold: int) -> list[int]:
    """The line numbers (0-based) fold ``fold`` of ``folds`` holds out."""
    return list(range(fold, count, folds))


def read_corpus(
    identifier: SectionIdentifier, items: Sequence[EvalItem]
) -> tuple[list[RuleReading], list[float]]:
    """The rules' reading of every complaint and how long each took (ms)."""
    readings: list[RuleReading] = []
    elapsed: list[float] = []
    for item in items:
        started = time.perf_counter()
        readings.append(identifier.read(item.text, item.occurred_on))
        elapsed.append((time.perf_counter() - started) * 1000)
    return readings, elapsed


def fold_models(
    items: Sequence[EvalItem], kb: KnowledgeBase, identifier: SectionIdentifier, folds: int
) -> list[SectionModel]:
    """One model per fold, each fitted on every line the fold does not hold out."""
    encoder = identifier.encoder
    if encoder is None:
        raise ValueError("cross-validation needs the static embedding model (legal/embeddings/)")
    features: FloatArray = np.stack([complaint_features(item.text, encoder) for item in items])
    models: list[SectionModel] = []
    for fold in range(folds):
        held = set(held_out(len(items), folds, fold))
        kept = [i for i in range(len(items)) if i not in held]
        models.append(fit_items([items[i] for i in kept], features[kept], kb, encoder, {}))
    return models


def cross_validate(
    paths: Sequence[Path],
    kb: KnowledgeBase,
    retriever: HybridRetriever,
    folds: int = 5,
    engines: Sequence[Engine] = ENGINES,
) -> dict[Engine, SectionReport]:
    """Each engine's report over the ``folds`` held-out folds of ``paths``, pooled."""
    items = load_items(paths)
    if folds < 2 or len(items) < folds:
        raise ValueError(f"{folds} folds need at least 2 folds and {folds} labelled lines")
    identifier = SectionIdentifier(kb, retriever)  # the rules alone read each complaint
    readings, read_ms = read_corpus(identifier, items)
    models = fold_models(items, kb, identifier, folds)
    return {
        engine: _pooled(items, readings, read_ms, identifier, models, engine) for engine in engines
    }


def _pooled(
    items: Sequence[EvalItem],
    readings: Sequence[RuleReading],
    read_ms: Sequence[float],
    identifier: SectionIdentifier,
    models: Sequence[SectionModel],
    engine: Engine,
) -> SectionReport:
    """One engine scored on every line, each decided with the model that never saw it."""
    results: list[Identification] = []
    latencies: list[float] = []
    for index, reading in enumerate(readings):
        started = time.perf_counter()
        results.append(identifier.decide(reading, engine, models[index % len(models)]))
        decided = (time.perf_counter() - started) * 1000
        latencies.append(decided + (0.0 if engine == "model" else read_ms[index]))
    return score_results(list(items), results, latencies)
