"""Words by which the complainant is the one who speaks or acts in a clause."""

from __future__ import annotations

import re

# "I paid", "we told him", "maine bataya", "हमने दिए": the complainant as the subject
COMPLAINANT_SUBJECT = re.compile(r"\b(?:i|we|maine|mainne|hamne|humne)\b|मैंने|हमने", re.IGNORECASE)
