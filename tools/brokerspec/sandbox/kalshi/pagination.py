"""Opaque cursors over a listing, the way Kalshi pages: `cursor` in, next `cursor` out, `""` on the last page.

A cursor names the last item of the page it ended (base64 of its id), so a page boundary survives items
being added at the front of a newest-first listing. A cursor that names nothing known (garbage, or from
another listing) yields an empty last page: a 200 with nothing useful, as on the real API.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

_PREFIX = "kx1:"


def encode_cursor(item_id: str) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{item_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str | None:
    """The item id a cursor names, or None when it is not one of ours."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return text[len(_PREFIX) :] if text.startswith(_PREFIX) else None


def paginate(
    items: Sequence[T], key: Callable[[T], str], cursor: str | None, limit: int
) -> tuple[list[T], str]:
    """One page of `items` (already filtered and ordered) and the cursor for the next page."""
    start = 0
    if cursor:
        after = decode_cursor(cursor)
        ids = [key(item) for item in items]
        if after is None or after not in ids:
            return [], ""
        start = ids.index(after) + 1
    page = list(items[start : start + limit])
    more = start + limit < len(items)
    return page, encode_cursor(key(page[-1])) if more and page else ""
