"""Cross-validation on the training corpus: folds partition the lines, the rules score as
``afirgen eval sections`` scores them, and no fold's model has seen the lines it decides."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from afirgen.cli import app
from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier
from afirgen.legal.cross_validation import cross_validate, held_out
from afirgen.legal.evaluation import evaluate_sections, score_results
from afirgen.legal.labelled import load_items
from afirgen.legal.section_model import complaint_features, fit_items

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "train"
LINES = 42


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first lines of each training file: a small corpus of outsiders' complaints."""
    lines = [
        line
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()[: LINES // 6]
    ][:LINES]
    path = tmp_path_factory.mktemp("corpus") / "small.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def retriever(kb: KnowledgeBase) -> HybridRetriever:
    return HybridRetriever.build(kb)


def test_folds_hold_out_every_line_once() -> None:
    held = [held_out(23, 5, fold) for fold in range(5)]
    assert sorted(i for fold in held for i in fold) == list(range(23))
    assert {len(fold) for fold in held} == {4, 5}


def test_the_rules_score_as_the_evaluation_scores_them(
    corpus: Path, kb: KnowledgeBase, retriever: HybridRetriever, identifier: SectionIdentifier
) -> None:
    reports = cross_validate([corpus], kb, retriever, folds=3)
    assert set(reports) == {"rules", "model", "both"}
    assert {r.count for r in reports.values()} == {LINES}
    assert reports["rules"].loose == evaluate_sections(corpus, identifier).loose

    # no leak: a model fitted on every line decides those same lines far better than the
    # folds' models, which never saw the line they decide
    items = load_items(corpus)
    encoder = retriever.encoder
    assert encoder is not None
    features = np.stack([complaint_features(item.text, encoder) for item in items])
    seen_all = fit_items(items, features, kb, encoder, {})
    rules = SectionIdentifier(kb, retriever)
    in_sample = [rules.decide(rules.read(i.text, i.occurred_on), "model", seen_all) for i in items]
    in_sample_f1 = score_results(items, in_sample, [0.0] * LINES).loose.micro_f1
    assert reports["model"].loose.micro_f1 < in_sample_f1 - 0.2


def test_too_few_lines_for_the_folds_is_refused(
    corpus: Path, kb: KnowledgeBase, retriever: HybridRetriever
) -> None:
    with pytest.raises(ValueError, match="folds"):
        cross_validate([corpus], kb, retriever, folds=LINES + 1)


def test_the_command_prints_each_engine_and_refuses_too_many_folds(corpus: Path) -> None:
    small = corpus.parent / "small"
    small.mkdir(exist_ok=True)
    lines = corpus.read_text("utf-8").splitlines()[:8]
    (small / "a.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["eval", "cross-validate", "--folds", "2", "--corpus", str(small)])
    assert done.exit_code == 0, done.output
    assert "2-fold cross-validation on 8 training complaints" in done.output
    assert all(engine in done.output for engine in ("rules", "model", "both"))
    refused = runner.invoke(app, ["eval", "cross-validate", "--folds", "9", "--corpus", str(small)])
    assert refused.exit_code == 2 and "9 folds" in refused.output
