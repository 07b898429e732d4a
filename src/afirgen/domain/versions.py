"""A record's version as an HTTP entity tag, and back.

A FIR's ``version`` goes up by one with every accepted change. The API answers
it as a strong ``ETag`` (``"4"``); a correction sends it back in ``If-Match``.
Only the exact form this service writes is read back: a weak tag (``W/"4"``),
a list or ``*`` name no single version and are not taken for one.
"""

from __future__ import annotations

import re

_ETAG = re.compile(r'"([1-9][0-9]{0,8})"')


def etag_of(version: int) -> str:
    return f'"{version}"'


def version_in(etag: str) -> int | None:
    """The version an entity tag names, or None when it is not one this service wrote."""
    found = _ETAG.fullmatch(etag.strip())
    return int(found.group(1)) if found else None
