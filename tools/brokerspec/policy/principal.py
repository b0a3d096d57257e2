"""Who a tool call acts for: the OAuth subject (`sub`) of the HTTP request's access token, else None.

Set by the app around each tool call of an OAuth-authenticated request; read by the daily ledger (the
subject's own daily limit) and the audit log (every line names it).
"""

from __future__ import annotations

from contextvars import ContextVar

current_subject: ContextVar[str | None] = ContextVar("brokerspec_subject", default=None)
