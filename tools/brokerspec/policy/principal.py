"""Who is acting: the subject of the validated OAuth access token, for the ledger and the audit log.

The HTTP transport's authentication sets `current_subject` for the duration of one request (the stdio server
and the static bearer token leave it None: one user). The daily ledger books each reservation under it and
checks the subject's own daily limit (`BROKERSPEC_MAX_DAILY_DOLLARS_PER_SUBJECT`) on top of the global one;
every audit line carries it. A `ContextVar` follows the request into its tasks and `asyncio.to_thread` calls.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

__all__ = ["acting_as", "current_subject"]

current_subject: ContextVar[str | None] = ContextVar("brokerspec_current_subject", default=None)


@contextlib.contextmanager
def acting_as(subject: str | None) -> Iterator[None]:
    """`current_subject` is `subject` inside the block, and what it was before after it."""
    token = current_subject.set(subject)
    try:
        yield
    finally:
        current_subject.reset(token)
