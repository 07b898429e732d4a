"""A learned multi-label section model that proposes sections beside the rules.

Trained only on the corpus written for training (``eval/train/*.jsonl``; never on
dev, never on blind) by ``afirgen sections train-model``, which writes
``legal/data/section_model.npz``. What it learns:

* features of one complaint: the mean of its sentences' static embeddings (the
  retrieval model in ``legal/embeddings/``) and their element-wise maximum, which keeps
  an offence told in one sentence of a long account, beside hashed character 3-5-grams of its
  words, which meet Hinglish spellings half way ("chheena", "chhina", "cheen liya"),
  and each word's phonetic key (:mod:`afirgen.legal.phonetic`), where Hinglish and
  Devanagari spellings of one word meet ("dhamki", "धमकी");
* labels: (act, section) pairs with at least :data:`MIN_EXAMPLES` training
  complaints; rarer sections stay with the rules. An IPC-era label is learned as its
  BNS equivalent, and the identifier expresses the result in IPC again;
* one more output: "no offence or a civil matter" (the corpus's ``no_offence`` and
  ``civil`` labels), where the right answer is to record no section;
* one-vs-rest logistic regression, full-batch gradient descent from zeros with a
  fixed number of steps: the same corpus gives the same weights.

The weights record the digest of every training file, so a test can tell when the
committed model no longer matches the corpus (retrain, then commit).
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from afirgen.legal.kb import KnowledgeBase, normalise_act, split_reference
from afirgen.legal.labelled import EvalItem, load_items
from afirgen.legal.phonetic import phonetic_key
from afirgen.legal.retrieval import Encoder
from afirgen.legal.text import normalise, sentence_texts

MODEL_FILE = Path(__file__).parent / "data" / "section_model.npz"
MIN_EXAMPLES = 3
BUCKETS = 2**14  # hashed n-gram features; with ~70 labels the weights are about 2 MB
NGRAMS = (3, 4, 5)
# a word's phonetic key is a feature when it has at least this many consonants: one
# consonant ("ne", "ko", "a") says nothing about the offence
MIN_KEY_LENGTH = 2
EMBEDDING_WEIGHT = 1.0  # the embedding block beside the (unit-length) n-gram block
# the element-wise maximum of the sentence embeddings beside their mean. CV, folds 0 and 1 of 5
# (2,504 held-out lines), engine "both": F1 / precision / recall / exact / top-5 0.649 /
# 0.727 / 0.585 / 0.317 / 0.755 -> 0.651 / 0.733 / 0.586 / 0.316 / 0.756 (with MODEL_ADD_P
# 0.35 in afirgen.legal.identify 0.657 / 0.712 / 0.611 / 0.319 / 0.755, where the mean alone
# gave 0.657 / 0.711 / 0.610 / 0.316 / 0.756); dev 0.773 / 0.768 / 0.777 / 0.464 / 0.859 ->
# 0.778 / 0.772 / 0.784 / 0.474 / 0.861
MAX_EMBEDDING_WEIGHT = 1.0
STEPS = 100
LEARNING_RATE = 0.05
# 5-fold CV on 3,478 lines: 1e-4 -> 3e-5 raised engine "both" F1 0.612 -> 0.620 and exact
# match 0.280 -> 0.294 (the model alone: precision 0.66 -> 0.71); 1e-3 cost 0.07 F1
L2 = 3e-5
MAX_SENTENCES = 200
# Calibration: a section learned from at least COMMON_SUPPORT complaints has its bias lowered
# by COMMON_SHIFT (log-odds). On 2,504 held-out lines (folds 0 and 1 of 5) the common
# sections were over-confident (at 0.4-0.5 right 39-46% of the time) and those learned from
# 10-30 complaints were not (53-64%): the sqrt-rarity weighting of :func:`_fit` is not what
# inflates them (taking its log off again, half or whole, cost fold 0 F1 0.654 -> 0.611-0.546).
# CV on those lines, engine "both": F1 / precision / recall / top-5 / exact 0.652 / 0.699 /
# 0.611 / 0.751 / 0.312 -> 0.649 / 0.729 / 0.585 / 0.756 / 0.318 (no-offence 0.940 -> 0.951);
# trained with the 2,869 lines of writers Z-AI, 0.657 / 0.725 / 0.601 / 0.774 / 0.318
# (shift 0.2 / 0.405 on fold 0: precision 0.722 / 0.741, F1 0.662 / 0.656).
COMMON_SUPPORT = 100
COMMON_SHIFT = 0.3  # log-odds: 0.5 becomes 0.43, 0.4 becomes 0.33

FloatArray = npt.NDArray[np.float32]
Key = tuple[str, str]  # (act, section number)
_WORD = re.compile(r"[0-9a-z\u0900-\u0963\u0966-\u097f]+")


@dataclass(frozen=True)
class ModelSection:
    """One section the model proposes, with its probability."""

    act: str
    section: str
    subsection: str | None
    probability: float


class SectionModel:
    """One-vs-rest logistic regression over embedding and character n-gram features."""

    def __init__(
        self,
        encoder: Encoder,
        labels: Sequence[Key],
        subsections: Sequence[str | None],
        weights: FloatArray,
        bias: FloatArray,
        corpus: dict[str, str],
        support: Sequence[int],
    ) -> None:
        self._encoder = encoder
        self.labels = list(labels)
        self.subsections = list(subsections)
        self.support = dict(zip(self.labels, support, strict=True))  # training complaints
        self.weights = weights
        self.bias = bias
        self.corpus = corpus  # training file name -> sha256 of its bytes

    @classmethod
    def load(cls, encoder: Encoder, path: Path = MODEL_FILE) -> SectionModel:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if data["weights"].shape[1] != len(meta["labels"]) + 1:
                raise ValueError(f"{path} predates the no-offence output: retrain the model")
            if "max" not in meta.get("features", {}).get("embeddings", []):
                raise ValueError(f"{path} predates the maximum-embedding features: retrain")
            return cls(
                encoder,
                [(a, s) for a, s in meta["labels"]],
                meta["subsections"],
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
                meta["corpus"],
                meta["support"],
            )

    def save(self, path: Path = MODEL_FILE) -> Path:
        meta = {
            "labels": [list(k) for k in self.labels],
            "subsections": self.subsections,
            "corpus": self.corpus,
            "support": [self.support[k] for k in self.labels],
            "features": {
                "buckets": BUCKETS,
                "ngrams": list(NGRAMS),
                "phonetic": MIN_KEY_LENGTH,
                "embeddings": ["mean", "max"],
            },
        }
        np.savez_compressed(
            path,
            meta=np.array(json.dumps(meta, sort_keys=True)),
            weights=self.weights.astype(np.float16),
            bias=self.bias,
        )
        return path

    def outputs(self, text: str) -> FloatArray:
        """Every output for one complaint: :attr:`labels`, then "no offence or civil"."""
        features = complaint_features(text, self._encoder)
        return _sigmoid(features @ self.weights + self.bias)

    def probabilities(self, text: str) -> FloatArray:
        """Probability of each of :attr:`labels` for one complaint."""
        return self.outputs(text)[: len(self.labels)]

    def assess(self, text: str) -> tuple[list[ModelSection], float]:
        """Every known section, most probable first, and the probability that the complaint
        discloses no offence or a civil matter (no section to record)."""
        scores = self.outputs(text)
        probs = scores[: len(self.labels)]
        ranked = [
            ModelSection(act, section, self.subsections[i], round(float(probs[i]), 4))
            for i in np.argsort(-probs, kind="stable")
            for act, section in [self.labels[i]]
        ]
        return ranked, round(float(scores[len(self.labels)]), 4)

    def predict(self, text: str) -> list[ModelSection]:
        """Every known section, most probable first."""
        return self.assess(text)[0]


def complaint_features(text: str, encoder: Encoder) -> FloatArray:
    """[mean sentence embedding | element-wise max of them | hashed character n-grams],
    each block of unit length."""
    mean, peak = _embeddings(text, encoder)
    return np.concatenate([mean * EMBEDDING_WEIGHT, peak * MAX_EMBEDDING_WEIGHT, _ngrams(text)])


def _embeddings(text: str, encoder: Encoder) -> tuple[FloatArray, FloatArray]:
    """The mean of the sentences' unit embeddings and their element-wise maximum: in a long
    complaint that tells several offences the mean dilutes the one told in a sentence or
    two, the maximum keeps it."""
    sentences = [s for s in sentence_texts(text) if len(s.split()) >= 3][:MAX_SENTENCES] or [text]
    vectors = np.asarray(encoder.encode(sentences), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return _unit(vectors.mean(axis=0)), _unit(vectors.max(axis=0))


def _unit(vector: FloatArray) -> FloatArray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)


def _ngrams(text: str) -> FloatArray:
    counts: Counter[int] = Counter()
    for word, n in Counter(_WORD.findall(normalise(text))).items():
        for bucket in _word_buckets(word):
            counts[bucket] += n
    vector = np.zeros(BUCKETS, dtype=np.float32)
    if counts:
        index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        vector[index] = 1.0 + np.log(values)  # sublinear: a repeated word is not ten words
        vector /= float(np.linalg.norm(vector))
    return vector


@lru_cache(maxsize=200_000)
def _word_buckets(word: str) -> tuple[int, ...]:
    """The hashed buckets of a word: the word itself, its padded character n-grams and its
    phonetic key."""
    padded = f"<{word}>"
    grams = [f"w:{word}"] + [
        padded[i : i + n] for n in NGRAMS for i in range(max(0, len(padded) - n + 1))
    ]
    key = phonetic_key(word)
    if len(key) >= MIN_KEY_LENGTH:
        grams.append(f"s:{key}")
    return tuple(zlib.crc32(g.encode("utf-8")) % BUCKETS for g in grams)


def _sigmoid(z: FloatArray) -> FloatArray:
    out = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    return out.astype(np.float32, copy=False)


# --- training -------------------------------------------------------------------------


def corpus_digest(paths: Sequence[Path]) -> dict[str, str]:
    """sha256 of each training file, by file name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(paths)}


def training_labels(item: EvalItem, kb: KnowledgeBase) -> list[tuple[Key, str | None]]:
    """(act, section) labels of one complaint with their sub-sections; IPC becomes BNS.

    An IPC section is learned as the first BNS offence section that replaced it: IPC 498A
    as 85 (86 only defines cruelty), IPC 376 as 64 (65 is rape of a girl under sixteen,
    which the IPC label does not say). Learning every equivalent taught the model to add
    86 to cruelty complaints, which no complainant's FIR carries.
    """
    labels: list[tuple[Key, str | None]] = []
    for gold in item.gold.sections:
        act = normalise_act(gold.act)
        base, inline = split_reference(gold.section)
        sub = gold.subsection or inline
        if act != "IPC":
            labels.append(((act, base), sub))
            continue
        equivalents = [
            split_reference(b) for b in kb.bns_for_ipc(f"{base}({sub})" if sub else base)
        ]
        offences = [(b, s) for b, s in equivalents if _is_offence(kb, b)] or equivalents
        labels.extend((("BNS", b), s) for b, s in offences if b == offences[0][0])
    return labels


def _is_offence(kb: KnowledgeBase, number: str) -> bool:
    section = kb.get("BNS", number)
    return section is not None and section.offence


def train(
    paths: Sequence[Path], kb: KnowledgeBase, encoder: Encoder, steps: int = STEPS
) -> SectionModel:
    """Fit the model on the labelled lines of ``paths`` (the training corpus only)."""
    items = load_items(paths)
    features = np.stack([complaint_features(item.text, encoder) for item in items])
    return fit_items(items, features, kb, encoder, corpus_digest(paths), steps)


def fit_items(
    items: Sequence[EvalItem],
    features: FloatArray,
    kb: KnowledgeBase,
    encoder: Encoder,
    corpus: dict[str, str],
    steps: int = STEPS,
) -> SectionModel:
    """Fit the model on ``items`` whose feature rows are ``features`` (cross-validation
    computes every complaint's features once and fits each fold from them)."""
    per_item = [training_labels(item, kb) for item in items]
    counts = Counter(key for labels in per_item for key in {k for k, _ in labels})
    keys = sorted(k for k, n in counts.items() if n >= MIN_EXAMPLES)
    column = {k: i for i, k in enumerate(keys)}
    # the last column: no offence or a civil matter, where the right answer is no section
    targets = np.zeros((len(items), len(keys) + 1), dtype=np.float32)
    targets[:, -1] = [item.gold.expects_no_section for item in items]
    subs: dict[Key, Counter[str | None]] = {k: Counter() for k in keys}
    for row, labels in enumerate(per_item):
        for key, sub in labels:
            if key in column:
                targets[row, column[key]] = 1.0
                subs[key][sub] += 1
    weights, bias = _fit(features, targets, steps)
    bias[:-1] -= np.array([COMMON_SHIFT * (counts[k] >= COMMON_SUPPORT) for k in keys])
    return SectionModel(
        encoder,
        keys,
        [_most_common(subs[k]) for k in keys],
        weights,
        bias,
        corpus,
        [counts[k] for k in keys],
    )


def _most_common(subsections: Counter[str | None]) -> str | None:
    # ties go to the sub-section that sorts first, so the choice never depends on file order
    return min(subsections.items(), key=lambda kv: (-kv[1], kv[0] or ""))[0]


def _fit(features: FloatArray, targets: FloatArray, steps: int) -> tuple[FloatArray, FloatArray]:
    """Adam on the mean logistic loss with a small L2 penalty, from zeros.

    Positives are weighted up by the square root of their rarity, since most sections
    are absent from most complaints. Adam's per-feature step suits the hashed n-grams:
    a rare n-gram learns as fast as a common one. A fixed, small number of steps is
    also the regulariser, beside the light penalty :data:`L2`.
    """
    n, labels = targets.shape
    positives = targets.sum(axis=0)
    pos_weight = np.sqrt((n - positives) / np.maximum(positives, 1.0)).astype(np.float32)
    sample_weight = 1.0 + targets * (pos_weight - 1.0)
    transposed = np.ascontiguousarray(features.T)
    weights = np.zeros((features.shape[1], labels), dtype=np.float32)
    bias = np.zeros(labels, dtype=np.float32)
    w_mean, w_var = np.zeros_like(weights), np.zeros_like(weights)
    b_mean, b_var = np.zeros_like(bias), np.zeros_like(bias)
    for step in range(1, steps + 1):
        error = (_sigmoid(features @ weights + bias) - targets) * sample_weight / n
        weights -= _adam(transposed @ error + L2 * weights, w_mean, w_var, step)
        bias -= _adam(error.sum(axis=0), b_mean, b_var, step)
    return weights, bias


def _adam(grad: FloatArray, m: FloatArray, v: FloatArray, step: int) -> FloatArray:
    """One Adam update (``m`` and ``v`` are the running moments, updated in place)."""
    m *= 0.9
    m += 0.1 * grad
    v *= 0.999
    v += 0.001 * grad * grad
    m_hat = m / (1 - 0.9**step)
    v_hat = v / (1 - 0.999**step)
    update: FloatArray = LEARNING_RATE * m_hat / (np.sqrt(v_hat) + 1e-8)
    return update
