"""An append-only JSON-lines record of every write the server attempts.

One object per line: `write_attempt` is appended (and fsync'd) *before* a request leaves the
machine, `write_result` after the broker answers, and `write_refused` when policy stops a write.
If the attempt line cannot be made durable the write is refused, so there is never an order at a
broker that the log does not know was at least tried.

Secrets never reach the file: values under keys that name credentials (signature, key, token,
secret, password, authorization, private..., cookie) are replaced, and string values are scrubbed
of PEM blocks, Bearer/Basic credentials, `key=value` credentials and long random-looking blobs
(base64 signatures, JWTs) wherever they occur.

The file is `$BROKERSPEC_AUDIT_LOG`, else `<state dir>/audit.jsonl` (see `safety.default_state_dir`).
Appends from several threads or processes are serialized with `flock`, so lines never interleave.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from brokerspec.safety import SafetyRefusal, default_state_dir

__all__ = [
    "ENV_AUDIT_LOG",
    "REDACTED",
    "AuditEvent",
    "AuditLog",
    "AuditUnavailable",
    "default_audit_path",
    "redact",
]

ENV_AUDIT_LOG = "BROKERSPEC_AUDIT_LOG"
REDACTED = "[REDACTED]"

AuditEvent = Literal["write_attempt", "write_result", "write_refused"]

_log = logging.getLogger("brokerspec.audit")
_MAX_DEPTH = 32


class AuditUnavailable(SafetyRefusal):
    """The audit log cannot be written, so the write is refused before anything is sent."""

    code = "audit_unavailable"


def default_audit_path(environ: Mapping[str, str] | None = None) -> Path:
    """`BROKERSPEC_AUDIT_LOG`, else `audit.jsonl` in the state directory."""
    env = os.environ if environ is None else environ
    explicit = env.get(ENV_AUDIT_LOG, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    return default_state_dir(env) / "audit.jsonl"


# --- redaction ---------------------------------------------------------------------------------------

# Words that make a key's value a credential. Matched against the key's words, so `KALSHI-ACCESS-KEY`,
# `accessToken` and `private_key_pem` are caught while `ticker` or `client_order_id` are not.
_SECRET_WORDS = frozenset(
    {
        "signature",
        "sig",
        "secret",
        "secrets",
        "password",
        "passwd",
        "passphrase",
        "token",
        "tokens",
        "authorization",
        "auth",
        "cookie",
        "credential",
        "credentials",
        "pem",
        "key",
        "apikey",
        "accesskey",
        "secretkey",
        "privatekey",
    }
)
_KEY_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")

_PEM = re.compile(r"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|\Z)", re.DOTALL)
_SCHEME_CREDENTIAL = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+")
_INLINE_CREDENTIAL = re.compile(
    r"(?i)(signature|secret|password|passwd|token|api[_-]?key|access[_-]?key|private[_-]?key|authorization)"
    r"(\"?\s*[:=]\s*\"?)([^\s\"',;&}]+)"
)
_BLOB = re.compile(r"[A-Za-z0-9+/_=-]{40,}")


def _is_secret_key(key: str) -> bool:
    words = [w.lower() for w in _KEY_WORDS.findall(key)]
    return any(w in _SECRET_WORDS or w.startswith("private") for w in words)


def _redact_blob(match: re.Match[str]) -> str:
    # Random base64 has upper, lower and digits; paths, ids and snake_case codes do not all at once.
    blob = match.group(0)
    has_all = (
        any(c.isupper() for c in blob) and any(c.islower() for c in blob) and any(c.isdigit() for c in blob)
    )
    return REDACTED if has_all else blob


def _redact_text(text: str) -> str:
    text = _PEM.sub(REDACTED, text)
    text = _SCHEME_CREDENTIAL.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _INLINE_CREDENTIAL.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return _BLOB.sub(_redact_blob, text)


def redact(value: Any, _depth: int = 0) -> Any:
    """A JSON-ready copy of `value` with every secret replaced by "[REDACTED]".

    Over-redacting a harmless value is acceptable; writing a credential to disk is not.
    """
    if _depth > _MAX_DEPTH:
        return "[TRUNCATED]"
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return _redact_text(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"[{len(bytes(value))} bytes]"
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for k, v in value.items():
            key = str(k)
            if _is_secret_key(key) and v not in (None, ""):
                out[key] = REDACTED
            else:
                out[key] = redact(v, _depth + 1)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [redact(v, _depth + 1) for v in value]
    return _redact_text(str(value))


# --- the log -----------------------------------------------------------------------------------------


def _rfc3339(now: float) -> str:
    stamp = dt.datetime.fromtimestamp(now, tz=dt.UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


class AuditLog:
    """Durable, redacted, lock-serialized JSON lines; one instance per server is enough."""

    def __init__(self, path: Path | str, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AuditLog:
        return cls(default_audit_path(environ))

    # the three events

    def write_attempt(
        self,
        *,
        broker: str,
        environment: str,
        operation: str,
        client_order_id: str | None,
        request: Any,
        order_id: str | None = None,
    ) -> dict[str, Any]:
        """Record a write about to be sent. Raises `AuditUnavailable`: then do not send it."""
        return self.record(
            "write_attempt",
            broker=broker,
            environment=environment,
            operation=operation,
            client_order_id=client_order_id,
            order_id=order_id,
            request=request,
            outcome="pending",
        )

    def write_result(
        self,
        *,
        broker: str,
        environment: str,
        operation: str,
        client_order_id: str | None,
        outcome: str,
        request: Any = None,
        response: Any = None,
        order_id: str | None = None,
        error_code: str | None = None,
        error_message: str | None = None,
    ) -> dict[str, Any]:
        """Record what the broker answered (`outcome` e.g. placed / rejected / uncertain / canceled).

        Never raises: the order's fate is already decided at the broker, and failing here would
        make the server report a placed order as an error. A failure is logged loudly instead.
        """
        try:
            return self.record(
                "write_result",
                broker=broker,
                environment=environment,
                operation=operation,
                client_order_id=client_order_id,
                order_id=order_id,
                request=request,
                response=response,
                outcome=outcome,
                error_code=error_code,
                error_message=error_message,
            )
        except AuditUnavailable as exc:
            _log.error("audit result for client_order_id=%s was not recorded: %s", client_order_id, exc)
            return {}

    def write_refused(
        self,
        *,
        broker: str,
        environment: str,
        operation: str,
        client_order_id: str | None,
        error_code: str,
        error_message: str,
        request: Any = None,
        order_id: str | None = None,
    ) -> dict[str, Any]:
        """Record a write that policy stopped before it was sent."""
        return self.record(
            "write_refused",
            broker=broker,
            environment=environment,
            operation=operation,
            client_order_id=client_order_id,
            order_id=order_id,
            request=request,
            outcome="refused",
            error_code=error_code,
            error_message=error_message,
        )

    def record(
        self,
        event: AuditEvent,
        *,
        broker: str,
        environment: str,
        operation: str,
        client_order_id: str | None = None,
        order_id: str | None = None,
        request: Any = None,
        response: Any = None,
        outcome: str | None = None,
        error_code: str | None = None,
        error_message: str | None = None,
    ) -> dict[str, Any]:
        """Append one redacted line and fsync it before returning; returns what was written."""
        entry: dict[str, Any] = {
            "ts": _rfc3339(self._clock()),
            "event": event,
            "broker": broker,
            "environment": environment,
            "operation": operation,
            "client_order_id": client_order_id,
            "order_id": order_id,
            "request": request,
            "response": response,
            "outcome": outcome,
            "error_code": error_code,
            "error_message": error_message,
            "pid": os.getpid(),
        }
        entry = redact(entry)
        line = (json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n").encode()
        try:
            self._append(line)
        except OSError as exc:
            raise AuditUnavailable(
                f"the audit log {self.path} cannot be written: {exc}",
                suggestion=f"check that {self.path.parent} is writable ({ENV_AUDIT_LOG} moves the log)",
            ) from exc
        return entry

    def read_recent(self, n: int = 20) -> list[dict[str, Any]]:
        """The last `n` entries, oldest first (unreadable lines, e.g. after a crash, are skipped)."""
        if n <= 0:
            return []
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return []
        try:
            with _flocked(fd, fcntl.LOCK_SH):
                data = _tail(fd, n)
        finally:
            os.close(fd)
        entries: list[dict[str, Any]] = []
        for raw in data.splitlines()[-n:]:
            try:
                obj = json.loads(raw)
            except ValueError:
                continue
            if isinstance(obj, dict):
                entries.append(obj)
        return entries

    # internals

    def _append(self, line: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            with _flocked(fd, fcntl.LOCK_EX):
                size = os.fstat(fd).st_size
                if size and os.pread(fd, 1, size - 1) != b"\n":
                    line = b"\n" + line  # a crash left half a line: start ours on a fresh one
                view = memoryview(line)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


@contextlib.contextmanager
def _flocked(fd: int, operation: int) -> Iterator[None]:
    fcntl.flock(fd, operation)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _tail(fd: int, n: int, block: int = 65536) -> bytes:
    """Enough bytes from the end of the file to hold its last `n` lines."""
    end = os.fstat(fd).st_size
    start = end
    chunks: list[bytes] = []
    newlines = 0
    while start > 0 and newlines <= n:
        step = min(block, start)
        start -= step
        chunk = os.pread(fd, step, start)
        chunks.append(chunk)
        newlines += chunk.count(b"\n")
    return b"".join(reversed(chunks))
