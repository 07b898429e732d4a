"""Hybrid retrieval of candidate sections for a complaint.

Two rankers over the same documents (one per offence section: title,
description, ingredients, synonyms in English/Hinglish/Hindi, sub-section labels
and any imported official text):

- lexical: BM25 (``bm25s``) over :func:`afirgen.legal.text.tokenize` tokens;
- dense: a static ``model2vec`` embedding distilled from all-MiniLM-L6-v2
  (``legal/embeddings/``, rebuilt by ``scripts/distill_embeddings.py``).

They are fused with reciprocal-rank fusion. Long texts are split into passages
and each document keeps its best passage score, so one paragraph about the
offence counts even inside pages of procedure. Without the model folder the
retriever runs lexical-only and says so in ``mode`` and the log.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import bm25s
import numpy as np
import numpy.typing as npt
import structlog

from afirgen.legal.kb import KnowledgeBase, normalise_act
from afirgen.legal.schema import Section
from afirgen.legal.text import sentence_texts, split_passages, tokenize

log = structlog.get_logger(__name__)

MODEL_DIR = Path(__file__).parent / "embeddings"
RRF_K = 60
DENSE_WEIGHT = 0.5  # the static model is the weaker ranker; it breaks ties and adds recall
MAX_SENTENCES = 400
FloatArray = npt.NDArray[np.float32]
RetrievalMode = Literal["hybrid", "lexical"]


class Encoder(Protocol):
    """Anything that turns texts into one vector each (model2vec, sentence-transformers)."""

    def encode(self, sentences: list[str]) -> npt.NDArray[np.floating]: ...


@dataclass(frozen=True)
class RetrievalHit:
    act: str
    number: str
    score: float  # fused RRF score; 1/(RRF_K+1) per ranker at best
    lexical_rank: int | None
    dense_rank: int | None


def load_static_model(model_dir: Path = MODEL_DIR) -> Encoder | None:
    """The committed model2vec model, or ``None`` (logged) when it is not there."""
    if not (model_dir / "model.safetensors").is_file():
        log.warning("legal.retrieval.lexical_only", reason="model_missing", path=str(model_dir))
        return None
    from model2vec import StaticModel  # deferred: keeps import of this module cheap

    model: Encoder = StaticModel.from_pretrained(str(model_dir))
    return model


def section_document(section: Section, extra_text: str | None = None) -> str:
    """The indexed text of one section; title and synonyms repeat to weigh more."""
    syn = section.synonyms
    everyday = " ; ".join([*syn.en, *syn.hinglish, *syn.hi])
    parts = [
        section.title,
        section.title,
        section.description or "",
        " ; ".join(section.ingredients),
        " ; ".join(section.subsections.values()),
        everyday,
        everyday,
        extra_text or "",
    ]
    return "\n".join(p for p in parts if p)


def _dense_phrases(section: Section) -> list[str]:
    """Short texts embedded one by one: a complaint sentence is compared with each.

    Official text is long and procedural; the dense side sees the project's own words only.
    """
    syn = section.synonyms
    phrases = [
        section.title,
        section.description or "",
        *section.ingredients,
        *syn.en,
        *syn.hinglish,
        *syn.hi,
    ]
    return [p for p in phrases if p.strip()]


class HybridRetriever:
    """Ranks the offence sections of a knowledge base against a complaint."""

    def __init__(
        self,
        kb: KnowledgeBase,
        encoder: Encoder | None = None,
        extra_text: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        extra = {(normalise_act(a), n.upper()): t for (a, n), t in (extra_text or {}).items()}
        # IPC sections are reached through the BNS correspondence, never ranked beside BNS.
        self._sections = [s for s in kb.sections() if s.offence and normalise_act(s.act) != "IPC"]
        self._keys = [(normalise_act(s.act), s.number) for s in self._sections]
        corpus = [
            tokenize(section_document(s, extra.get((k[0], k[1].upper()))))
            for s, k in zip(self._sections, self._keys, strict=True)
        ]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict)
        self._encoder = encoder
        self._doc_vectors: FloatArray | None = None
        self._owners = np.zeros(0, dtype=np.int64)
        if encoder is not None:
            phrases = [_dense_phrases(s) for s in self._sections]
            self._owners = np.repeat(np.arange(len(phrases)), [len(p) for p in phrases])
            self._doc_vectors = self._embed([p for group in phrases for p in group])

    @classmethod
    def build(
        cls,
        kb: KnowledgeBase,
        model_dir: Path = MODEL_DIR,
        extra_text: Mapping[tuple[str, str], str] | None = None,
    ) -> HybridRetriever:
        """Retriever with the committed static model when present, lexical-only otherwise."""
        return cls(kb, load_static_model(model_dir), extra_text)

    @property
    def encoder(self) -> Encoder | None:
        """The static embedding model (``None`` when running lexical-only)."""
        return self._encoder

    @property
    def mode(self) -> RetrievalMode:
        return "hybrid" if self._encoder is not None else "lexical"

    def search(self, text: str, k: int = 30) -> list[RetrievalHit]:
        passages = split_passages(text) or [text]
        lexical = self._lexical_scores(passages)
        dense = self._dense_scores(text)
        return self._fuse(lexical, dense, k)

    def _lexical_scores(self, passages: Sequence[str]) -> FloatArray:
        best = np.zeros(len(self._sections), dtype=np.float32)
        for passage in passages:
            tokens = [t for t in tokenize(passage) if t in self._vocab]
            if not tokens:
                continue
            scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
            top = float(scores.max())
            if top > 0:
                # Per-passage normalisation: a long passage must not outrank a precise short one.
                best = np.maximum(best, scores / top * min(1.0, top / 4.0))
        return best

    def _dense_scores(self, text: str) -> FloatArray | None:
        """Best (sentence, phrase) cosine per section: one apt sentence is enough."""
        if self._encoder is None or self._doc_vectors is None:
            return None
        sentences = [s for s in sentence_texts(text) if len(s.split()) >= 3][:MAX_SENTENCES] or [
            text
        ]
        similarity = self._embed(sentences) @ self._doc_vectors.T  # sentences x phrases
        per_phrase = similarity.max(axis=0)
        best = np.full(len(self._sections), -1.0, dtype=np.float32)
        np.maximum.at(best, self._owners, per_phrase)
        return best

    def _embed(self, texts: list[str]) -> FloatArray:
        assert self._encoder is not None
        vectors = np.asarray(self._encoder.encode(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        normalised: FloatArray = vectors / np.maximum(norms, 1e-9)
        return normalised

    def _fuse(self, lexical: FloatArray, dense: FloatArray | None, k: int) -> list[RetrievalHit]:
        lexical_rank = _ranks(lexical, only_positive=True)
        dense_rank = _ranks(dense) if dense is not None else None
        fused = np.where(lexical_rank > 0, 1.0 / (RRF_K + lexical_rank), 0.0)
        if dense_rank is not None:
            fused = fused + DENSE_WEIGHT * np.where(dense_rank > 0, 1.0 / (RRF_K + dense_rank), 0.0)
        order = np.argsort(-fused, kind="stable")[:k]
        return [
            RetrievalHit(
                act=self._keys[i][0],
                number=self._keys[i][1],
                score=float(fused[i]),
                lexical_rank=int(lexical_rank[i]) or None,
                dense_rank=int(dense_rank[i]) if dense_rank is not None else None,
            )
            for i in order
            if fused[i] > 0
        ]


def _ranks(scores: FloatArray | None, only_positive: bool = False) -> npt.NDArray[np.int64]:
    """1-based rank of each document; 0 where the document did not score at all."""
    assert scores is not None
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.int64)
    ranks[order] = np.arange(1, len(scores) + 1)
    if only_positive:
        ranks[scores <= 0] = 0
    return ranks
