"""Knowledge-base look-ups for officers: search by everyday words, cached per the seed."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import date
from typing import Any

from afirgen.infrastructure.cache import KB_QUERY_TTL, Cache, cache_key
from afirgen.infrastructure.compute import ComputePool
from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier, normalise_act
from afirgen.legal.identify import Identification
from afirgen.text_rules import clean_text


class KbService:
    def __init__(
        self,
        kb: KnowledgeBase,
        retriever: HybridRetriever,
        cache: Cache,
        compute: ComputePool[SectionIdentifier],
        text_limit: int,
    ) -> None:
        self.kb = kb
        self.retriever = retriever
        self.cache = cache
        self.compute = compute
        self.text_limit = text_limit  # AFIRGEN_MAX_TEXT_CHARS, as for a complaint

    async def identify(self, text: str, occurred_on: date | None) -> Identification:
        """Sections of law ``text`` makes out; 413 past the complaint limit. Runs in the
        compute pool: a long text is seconds of CPU that must not hold the event loop."""
        text = clean_text(text, "text", self.text_limit)
        return await self.compute.run_on_resident(SectionIdentifier.identify, text, occurred_on)

    async def search(self, query: str, act: str | None, limit: int) -> list[dict[str, Any]]:
        """Sections best matching ``query`` (hybrid retrieval), optionally of one act."""
        wanted = normalise_act(act) if act else None
        digest = hashlib.sha256(f"{wanted}|{limit}|{query}".encode()).hexdigest()[:32]
        key = cache_key("kb", "query", digest)
        cached = await self.cache.get(key)
        if cached is not None:
            return list(cached)
        hits = await asyncio.to_thread(self.retriever.search, query, max(limit * 3, 30))
        found = []
        for hit in hits:
            section = self.kb.get(hit.act, hit.number)
            if section is None or (wanted and normalise_act(section.act) != wanted):
                continue
            found.append({**section.model_dump(), "score": round(hit.score, 5)})
        found = found[:limit]
        await self.cache.set(key, found, KB_QUERY_TTL)
        return found

    def sections(self, act: str | None, limit: int) -> list[dict[str, Any]]:
        return [s.model_dump() for s in self.kb.sections(act)[:limit]]
