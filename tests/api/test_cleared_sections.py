"""A relative the complainant expressly clears never stands in a section's evidence."""

from __future__ import annotations

import httpx

from tests.api.test_corrected_facts import sections_after

DOWRY = (
    "मैं अनीता गुप्ता, निवासी रामपुर, मोबाइल 9425012345। दिनांक 12.03.2025 को मेरे पति विनोद "
    "गुप्ता ने दहेज के लिए मुझे मारा-पीटा और घर से निकाल दिया। मेरे ससुर श्री हरिप्रसाद जी ने "
    "कभी दहेज नहीं माँगा, उनसे मेरी कोई शिकायत नहीं है।"
)


async def test_the_cleared_father_in_law_is_not_evidence_of_cruelty(
    client: httpx.AsyncClient,
) -> None:
    identification = await sections_after(client, DOWRY, None)

    cruelty = next(s for s in identification["sections"] if s["section"] == "85")
    assert "पति" in cruelty["evidence"]
    assert not any("ससुर" in phrase for phrase in cruelty["evidence"])
