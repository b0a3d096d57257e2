"""An append-only JSON-lines record of every write the server attempts.

One object per line: `write_attempt` is appended (and fsync'd) *before* a request leaves the
machine, `write_result` after the broker answers, and `write_refused` when policy stops a write.
If the attempt line cannot be made durable the write is refused, so there is never an order at a
broker that the log does not know was at least tried.

One call shape: describe the write once (`AuditedWrite`: broker, environment, operation, ids, request),
take its `attempt()`, `result(...)` or `refused(...)` entry, and `AuditLog.write` it. On disk a line is

    {"ts", "event", "broker", "environment", "operation", "client_order_id", "order_id", "request",
     "response", "outcome", "error_code", "error_message", "channel", "pid", "subject"}

`channel` is how the human confirmed the write (`form` elicitation, the order `ticket`, the `url` page), or
null when no human act was asked for (BROKERSPEC_CONFIRM=token, writes that need no confirmation).

(`subject`: who acted, the OAuth token's subject, `principal.current_subject`; null for a single user).

Two sinks, one line: the JSON-lines file below (for one user's `tail -f`, and what the existing tooling
reads) and, with a `store`, the store's `audit` table (committed before `write` returns; shared by every
replica on PostgreSQL, so it is the durable record of a team's server). An attempt is sent only when its
line is durable in both.

Secrets never reach the file: values under keys that name credentials (signature, key, token,
secret, password, authorization, private..., cookie) are replaced, and string values are scrubbed
of PEM blocks, Bearer/Basic credentials, `key=value` credentials and long random-looking blobs
(base64 signatures, JWTs) wherever they occur (`brokerspec.redaction.redact_value`).

The file is `BROKERSPEC_AUDIT_LOG`, else `<state dir>/audit.jsonl`; it rotates by size
(`BROKERSPEC_AUDIT_MAX_BYTES`, `BROKERSPEC_AUDIT_KEEP`: `brokerspec.settings.server.AuditSettings`). Locking,
rotation and crash safety are `audit_files.RotatingJsonLines`'.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

import attrs

from brokerspec.errors import AuditUnavailable, BrokerspecError
from brokerspec.policy.audit_files import RotatingJsonLines
from brokerspec.policy.principal import current_subject
from brokerspec.redaction import redact_value as redact
from brokerspec.settings import variables as v
from brokerspec.settings.safety import environment_path
from brokerspec.settings.server import DEFAULT_AUDIT_KEEP, DEFAULT_AUDIT_MAX_BYTES, AuditSettings
from brokerspec.store.base import Store, StoreError

__all__ = ["AuditEntry", "AuditEvent", "AuditLog", "AuditedWrite", "confirmed_by"]

AuditEvent = Literal["write_attempt", "write_result", "write_refused"]

_log = logging.getLogger("brokerspec.policy.audit")


#: How the human confirmed the writes being made in this task; set by `confirmed_by`.
_CHANNEL: ContextVar[str | None] = ContextVar("brokerspec_confirmed_by", default=None)


@contextlib.contextmanager
def confirmed_by(channel: str | None) -> Iterator[None]:
    """Within the block (this task only), every `AuditedWrite` names `channel` as how its human confirmed."""
    token = _CHANNEL.set(channel)
    try:
        yield
    finally:
        _CHANNEL.reset(token)


def _rfc3339(now: float) -> str:
    stamp = dt.datetime.fromtimestamp(now, tz=dt.UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


@attrs.frozen(kw_only=True)
class AuditedWrite:
    """The write some lines are about: what every line of one write shares. Built once per write."""

    broker: str
    environment: str
    operation: str
    client_order_id: str | None = None
    order_id: str | None = None
    request: Any = None
    #: How the human confirmed the write ("form", "ticket", "url"); None: no human act was asked for.
    #: Defaults to what the enclosing `confirmed_by` says.
    channel: str | None = attrs.field(factory=lambda: _CHANNEL.get())

    def attempt(self) -> AuditEntry:
        """The line before the request leaves the machine (outcome `pending`)."""
        return AuditEntry(write=self, event="write_attempt", outcome="pending")

    def result(
        self,
        outcome: str,
        *,
        order_id: str | None = None,
        response: Any = None,
        error: BrokerspecError | Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """The line after the broker answered: `outcome` (placed / rejected / uncertain / failed / done ...),
        the order id learned from the answer, the response, and the error's code and message if it failed."""
        write = self if order_id is None else attrs.evolve(self, order_id=order_id)
        code, message = _code_and_message(error)
        return AuditEntry(
            write=write,
            event="write_result",
            outcome=outcome,
            response=response,
            error_code=code,
            error_message=message,
        )

    def refused(self, refusal: BrokerspecError) -> AuditEntry:
        """The line of a write that policy stopped before it was sent (outcome `refused`)."""
        return AuditEntry(
            write=self,
            event="write_refused",
            outcome="refused",
            error_code=refusal.code,
            error_message=refusal.message,
        )


def _code_and_message(error: BrokerspecError | Mapping[str, Any] | None) -> tuple[str | None, str | None]:
    if error is None:
        return None, None
    if isinstance(error, BrokerspecError):
        return error.code, error.message
    return error.get("code"), error.get("message")


@attrs.frozen(kw_only=True)
class AuditEntry:
    """One line of the log before its time stamp and process id: the write, the event, what came of it."""

    write: AuditedWrite
    event: AuditEvent
    outcome: str
    response: Any = None
    error_code: str | None = None
    error_message: str | None = None

    def fields(self, ts: str, pid: int, subject: str | None = None) -> dict[str, Any]:
        """The line's members, in the order they are written (not yet redacted)."""
        w = self.write
        return {
            "ts": ts,
            "event": self.event,
            "broker": w.broker,
            "environment": w.environment,
            "operation": w.operation,
            "client_order_id": w.client_order_id,
            "order_id": w.order_id,
            "request": w.request,
            "response": self.response,
            "outcome": self.outcome,
            "error_code": self.error_code,
            "error_message": self.error_message,
            "channel": w.channel,
            "pid": pid,
            "subject": subject,
        }


class AuditLog(RotatingJsonLines):
    """Durable, redacted, lock-serialized JSON lines that rotate by size; one instance per server is enough."""

    def __init__(
        self,
        path: Path | str,
        *,
        max_bytes: int = DEFAULT_AUDIT_MAX_BYTES,
        keep: int = DEFAULT_AUDIT_KEEP,
        clock: Callable[[], float] = time.time,
        store: Store | None = None,
        scope: str = "production",
    ) -> None:
        super().__init__(path, max_bytes=max_bytes, keep=keep)
        self._clock = clock
        self.store = store
        self.scope = scope

    @classmethod
    def from_settings(
        cls, settings: AuditSettings, *, clock: Callable[[], float] = time.time, store: Store | None = None
    ) -> AuditLog:
        """The log where the settings put it, rotated as they say (and into `store` when given)."""
        return cls(settings.path, max_bytes=settings.max_bytes, keep=settings.keep, clock=clock, store=store)

    def for_environment(self, environment: str) -> AuditLog:
        """The same log settings, on the file of `environment` (see `environment_path`) and its store."""
        return AuditLog(
            environment_path(self.path, environment),
            max_bytes=self.max_bytes,
            keep=self.keep,
            clock=self._clock,
            store=None if self.store is None else self.store.for_environment(environment),
            scope=environment,
        )

    def write(self, entry: AuditEntry) -> dict[str, Any]:
        """Append the entry as one redacted line and fsync it before returning; returns what was written.

        Only an attempt must be durable: when its line cannot be written this raises `AuditUnavailable`, and
        the write must not be sent. A result or a refusal never raises (a result's order is already decided
        at the broker, and failing would report a placed order as an error; a refusal says more than the
        audit failure would): its loss is logged loudly instead, and `{}` returned.
        """
        line = redact(entry.fields(_rfc3339(self._clock()), os.getpid(), current_subject.get()))
        data = (json.dumps(line, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n").encode()
        try:
            self.append(data)
            if self.store is not None:
                self.store.append_audit(self.scope, line)
        except (OSError, StoreError) as exc:
            where = f"the audit log {self.path}" if isinstance(exc, OSError) else "the audit table"
            unavailable = AuditUnavailable(
                f"{where} cannot be written: {exc}",
                suggestion=f"check that {self.path.parent} is writable ({v.AUDIT_LOG} moves the log)"
                if isinstance(exc, OSError)
                else f"check the state database ({v.STATE_DIR}, or {v.DATABASE_URL}'s database)",
            )
            if entry.event == "write_attempt":
                raise unavailable from exc
            _log.error(
                "audit %s line for %s client_order_id=%s was not recorded: %s",
                entry.event,
                entry.write.operation,
                entry.write.client_order_id,
                unavailable.message,
            )
            return {}
        return line  # type: ignore[no-any-return]
