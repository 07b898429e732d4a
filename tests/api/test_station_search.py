"""Station-scoped full-text search: the words MariaDB indexes, and what a search finds."""

from __future__ import annotations

import uuid

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import PoliceStation
from afirgen.repositories.firs import FirRepository
from afirgen.services.access import Actor
from afirgen.text.search_words import station_match, station_words
from tests.api.test_numbering import approved_draft
from tests.factories import actor_for, officer_key


def test_each_distinct_word_carries_its_station() -> None:
    words = station_words(42, "Gold chain, gold CHAIN snatched", "चोरी of a मोबाइल", None)
    assert words.split() == [
        "s42_gold",
        "s42_chain",
        "s42_snatched",
        "s42_चोरी",
        "s42_of",
        "s42_मोबाइल",
    ]
    assert station_words(7, "a I") == ""  # one-letter words are never searched


def test_a_search_requires_every_word_in_one_of_the_stations() -> None:
    assert station_match("Gold chain", [4, 42]) == "+(s4_gold* s42_gold*) +(s4_chain* s42_chain*)"
    assert station_match("of a", [3]) == "+(s3_of)"  # two letters: the word itself
    assert station_match("a", [3]) == ""


async def station_with_id(services: Services, station_id: int, code: str) -> Actor:
    async with services.database.transaction() as db:
        db.add(PoliceStation(id=station_id, code=code, name=code, district="Jaipur", state="RJ"))
    return await actor_for(services, await officer_key(services, f"sho-{station_id}", "sho", code))  # type: ignore[no-any-return]


async def register(services: Services, actor: Actor, narrative: str) -> str:
    draft = approved_draft()
    draft.narrative = narrative
    async with services.database.transaction() as db:
        return await services.firs.register(db, str(uuid.uuid4()), draft, actor)


async def searched(
    services: Services, words: str, station_ids: list[int], limit: int = 20
) -> list[str]:
    async with services.database.transaction(write=False) as db:
        found = await FirRepository(db, services.cache).search(words, station_ids, limit)
    return [str(f["fir_ref"]) for f in found]


async def test_a_station_finds_its_own_firs_only(services: Services) -> None:
    four = await station_with_id(services, 4, "ST-4")
    forty_two = await station_with_id(services, 42, "ST-42")
    await register(services, four, "A purse was snatched near the market.")
    await register(services, forty_two, "A gold chain was snatched near the market.")

    # station 4 asks for s4_chain*, which must not reach s42_chain
    assert await searched(services, "chain", [4]) == []
    assert await searched(services, "gold chain", [42]) == ["ST-42/FIR-2025-000001"]
    assert await searched(services, "snatched", [4, 42]) == [  # newest first
        "ST-42/FIR-2025-000001",
        "ST-4/FIR-2025-000001",
    ]
    assert await searched(services, "gold bicycle", [4, 42]) == []


async def test_a_correction_is_found_by_its_new_words(services: Services) -> None:
    actor = await station_with_id(services, 5, "ST-5")
    number = await register(services, actor, "A gold chain was snatched near the market.")
    async with services.database.transaction() as db:
        changes = {"fir_content": "A red motorcycle was stolen from the parking."}
        await services.firs.correct(db, actor, number, changes, seen=1)

    assert await searched(services, "motorcycle", [5]) == [f"ST-5/{number}"]
    assert await searched(services, "chain", [5]) == []
    assert await searched(services, "bus stand", [5]) == [f"ST-5/{number}"]  # the complaint


async def test_a_search_answers_the_newest_matches_first(services: Services) -> None:
    """In the register's order on both databases, not by relevance: the FIR naming the
    word three times ranks no higher, and a limit keeps the newest."""
    actor = await station_with_id(services, 6, "ST-6")
    oldest = await register(services, actor, "A chain, a chain and a chain were snatched.")
    await register(services, actor, "A purse was snatched near the market.")
    middle = await register(services, actor, "A gold chain was snatched near the bus stand.")
    newest = await register(services, actor, "My chain was taken near the temple.")

    refs = [f"ST-6/{n}" for n in (newest, middle, oldest)]
    assert await searched(services, "chain", [6]) == refs
    assert await searched(services, "chain", [6], limit=2) == refs[:2]
