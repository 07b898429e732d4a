"""Fixtures for the legal tests: the knowledge base and identifier, built once per run.

Building the retriever loads the embedding model, so every test shares one.
"""

import pytest

from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def identifier(kb: KnowledgeBase) -> SectionIdentifier:
    return SectionIdentifier(kb, HybridRetriever.build(kb))
