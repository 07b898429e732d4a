"""Legal knowledge base and section identification.

Load once at start-up (the app's lifespan), then reuse::

    kb = KnowledgeBase.load()
    identifier = SectionIdentifier(kb, HybridRetriever.build(kb))
    result = identifier.identify(text, occurred_on)
"""

from afirgen.legal.batch import identify_jsonl
from afirgen.legal.errors import BatchInputError, KnowledgeBaseError, LegalError, OfficialTextError
from afirgen.legal.evaluation import SectionReport, evaluate_sections
from afirgen.legal.facts import Fact, Facts, detect_facts
from afirgen.legal.identify import CandidateJudge, Identification, SectionIdentifier, SectionMatch
from afirgen.legal.kb import KbStats, KnowledgeBase, OfficialText, load_official_text, normalise_act
from afirgen.legal.retrieval import HybridRetriever, RetrievalHit, load_static_model

__all__ = [
    "BatchInputError",
    "CandidateJudge",
    "Fact",
    "Facts",
    "HybridRetriever",
    "Identification",
    "KbStats",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "LegalError",
    "OfficialText",
    "OfficialTextError",
    "RetrievalHit",
    "SectionIdentifier",
    "SectionMatch",
    "SectionReport",
    "detect_facts",
    "evaluate_sections",
    "identify_jsonl",
    "load_official_text",
    "load_static_model",
    "normalise_act",
]
