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
It rotates by size: before a line that would take it past `BROKERSPEC_AUDIT_MAX_BYTES` (default
10 MiB) it is renamed `audit.jsonl.1`, the older ones move up a number, and anything past
`BROKERSPEC_AUDIT_KEEP` (default 10) is dropped, oldest first.

Every append and every rotation holds an exclusive `flock` on the side file `audit.jsonl.lock`, which
is never renamed, so threads and processes sharing the log never interleave lines, never rotate twice
and never write into a file that was rotated away. A line is one `write()` of the whole line and its
newline to an O_APPEND descriptor, then `fsync`; rotation happens only between two such writes, so a
line is never split across files. What a crash can leave (SIGKILL or power loss mid-`write()`) is at
most one partial line, the last one that process was writing: the next append starts on a fresh line,
and `AuditLog.scan` reports the fragment as damaged instead of skipping it. A line whose append
returned is never lost.
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
from pathlib import Path
from typing import Any, Literal

import attrs

from brokerspec.errors import AuditUnavailable
from brokerspec.policy.gate import SettingsError, default_state_dir, environment_path
from brokerspec.redaction import redact_value as redact

__all__ = [
    "DEFAULT_KEEP",
    "DEFAULT_MAX_BYTES",
    "ENV_AUDIT_KEEP",
    "ENV_AUDIT_LOG",
    "ENV_AUDIT_MAX_BYTES",
    "AuditEvent",
    "AuditLine",
    "AuditLog",
    "default_audit_path",
    "environment_path",
    "rotated_path",
]

ENV_AUDIT_LOG = "BROKERSPEC_AUDIT_LOG"
ENV_AUDIT_MAX_BYTES = "BROKERSPEC_AUDIT_MAX_BYTES"
ENV_AUDIT_KEEP = "BROKERSPEC_AUDIT_KEEP"

#: Rotate before the file would pass this size (a single larger line gets a file of its own).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Rotated files kept besides the current one: `audit.jsonl.1` (newest) ... `audit.jsonl.10` (oldest).
DEFAULT_KEEP = 10
# From the environment, a size below this is almost surely a unit mistake ("10" meant as MiB), and
# would quietly shrink the history to a few lines; the constructor accepts any size (tests use tiny ones).
_MIN_ENV_MAX_BYTES = 64 * 1024
_SIZE_UNITS = {"": 1, "kib": 1024, "mib": 1024**2, "gib": 1024**3}
_SIZE = re.compile(r"(?i)^\s*(\d+)\s*([a-z]*)\s*$")
_READ_BLOCK = 1 << 20

AuditEvent = Literal["write_attempt", "write_result", "write_refused"]

_log = logging.getLogger("brokerspec.policy.audit")
_MAX_DEPTH = 32


def default_audit_path(environ: Mapping[str, str] | None = None) -> Path:
    """`BROKERSPEC_AUDIT_LOG`, else `audit.jsonl` in the state directory."""
    env = os.environ if environ is None else environ
    explicit = env.get(ENV_AUDIT_LOG, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    return default_state_dir(env) / "audit.jsonl"


def rotated_path(path: Path, number: int) -> Path:
    """The `number`-th rotated file of the log at `path` (1 is the newest): `audit.jsonl.1`."""
    return path.with_name(f"{path.name}.{number}")


def _lock_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.lock")


def _rotated_numbers(path: Path) -> list[int]:
    """Numbers of the rotated files that exist next to `path`, in no particular order."""
    pattern = re.compile(re.escape(path.name) + r"\.([1-9][0-9]*)")
    try:
        names = os.listdir(path.parent)
    except FileNotFoundError:
        return []
    return [int(m.group(1)) for m in map(pattern.fullmatch, names) if m]


def _env_max_bytes(env: Mapping[str, str]) -> int:
    raw = env.get(ENV_AUDIT_MAX_BYTES, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    match = _SIZE.match(raw)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _SIZE_UNITS:
        raise SettingsError(
            f"{ENV_AUDIT_MAX_BYTES}={raw!r} is not a size: give whole bytes or a whole number of KiB/MiB/GiB "
            f"(e.g. 10MiB), or unset it for the default {DEFAULT_MAX_BYTES // 1024**2}MiB"
        )
    value = int(match.group(1)) * _SIZE_UNITS[unit]
    if value < _MIN_ENV_MAX_BYTES:
        raise SettingsError(
            f"{ENV_AUDIT_MAX_BYTES}={raw!r} is below the minimum of {_MIN_ENV_MAX_BYTES // 1024}KiB "
            f"(the value is in bytes): set e.g. 10MiB, or unset it for the default"
        )
    return value


def _env_keep(env: Mapping[str, str]) -> int:
    raw = env.get(ENV_AUDIT_KEEP, "").strip()
    if not raw:
        return DEFAULT_KEEP
    if not raw.isdigit() or int(raw) < 1:
        raise SettingsError(
            f"{ENV_AUDIT_KEEP}={raw!r} must be a whole number of rotated files, at least 1: "
            f"set e.g. {DEFAULT_KEEP}, or unset it for the default"
        )
    return int(raw)


# --- the log -----------------------------------------------------------------------------------------


def _rfc3339(now: float) -> str:
    stamp = dt.datetime.fromtimestamp(now, tz=dt.UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


@attrs.frozen
class AuditLine:
    """One line of the log as read back by `AuditLog.scan`: its entry, or why it has none."""

    path: Path
    line_number: int  # 1-based, within `path`
    entry: dict[str, Any] | None
    problem: str | None  # None when `entry` is set
    raw: bytes  # the line without its newline


class AuditLog:
    """Durable, redacted, lock-serialized JSON lines that rotate by size; one instance per server is enough."""

    def __init__(
        self,
        path: Path | str,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        keep: int = DEFAULT_KEEP,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise SettingsError(f"max_bytes must be a positive number of bytes, not {max_bytes!r}")
        if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
            raise SettingsError(f"keep must be a positive number of rotated files, not {keep!r}")
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.keep = keep
        self._lock_path = _lock_path(self.path)
        self._clock = clock

    def for_environment(self, environment: str) -> AuditLog:
        """The same log settings, on the file of `environment` (see `environment_path`)."""
        return AuditLog(
            environment_path(self.path, environment),
            max_bytes=self.max_bytes,
            keep=self.keep,
            clock=self._clock,
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AuditLog:
        """The log at `default_audit_path`, rotated per the variables; a bad value raises `SettingsError`."""
        env = os.environ if environ is None else environ
        return cls(default_audit_path(env), max_bytes=_env_max_bytes(env), keep=_env_keep(env))

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

    def files(self) -> list[Path]:
        """The log's files that exist, oldest first: `audit.jsonl.N` ... `audit.jsonl.1`, `audit.jsonl`."""
        return [path for path, _fd, _size in self._snapshot(close=True)]

    def scan(self) -> Iterator[AuditLine]:
        """Every line of every file, oldest first, damaged ones included and marked with a `problem`.

        The set of files and their sizes are fixed under a shared lock at the first `next()`, so
        a rotation or append while scanning neither skips nor repeats a line.
        """
        files = self._snapshot()
        try:
            for path, fd, size in files:
                yield from _scan_fd(path, fd, size)
        finally:
            for _path, fd, _size in files:
                os.close(fd)

    def read_recent(self, n: int = 20) -> list[dict[str, Any]]:
        """The last `n` entries, oldest first, across rotated files (damaged lines are skipped)."""
        if n <= 0:
            return []
        files = self._snapshot()
        entries: list[dict[str, Any]] = []
        try:
            for _path, fd, size in reversed(files):
                wanted = n - len(entries)
                parsed = (_parse(raw)[0] for raw in _tail(fd, wanted, size).split(b"\n") if raw)
                entries[:0] = [entry for entry in parsed if entry is not None][-wanted:]
                if len(entries) >= n:
                    break
        finally:
            for _path, fd, _size in files:
                os.close(fd)
        return entries

    # internals

    def _append(self, line: bytes) -> None:
        lock_fd = self._open_lock()
        try:
            with _flocked(lock_fd, fcntl.LOCK_EX):
                fd, created = self._open_current()
                try:
                    size = os.fstat(fd).st_size
                    # A crash cut the last write: ours starts on a fresh line (and the fragment stays visible).
                    torn = size > 0 and os.pread(fd, 1, size - 1) != b"\n"
                    if size and size + torn + len(line) > self.max_bytes:
                        fresh = self._rotate(fd, torn=torn)
                        os.close(fd)
                        fd, created = fresh, True
                    elif torn:
                        line = b"\n" + line
                    if created:
                        _fsync_dir(self.path.parent)  # the new name is durable before the line is
                    _write_all(fd, line)
                    os.fsync(fd)
                finally:
                    os.close(fd)
        finally:
            os.close(lock_fd)

    def _open_lock(self) -> int:
        try:
            return os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except FileNotFoundError:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            return os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)

    def _open_current(self) -> tuple[int, bool]:
        """An O_APPEND descriptor of the current file, and whether this call created it."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_APPEND), False
        except FileNotFoundError:
            return os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o600), True

    def _rotate(self, fd: int, *, torn: bool) -> int:
        """Move the current file (open as `fd`) to `.1`, the others up one; return a fresh current file.

        Called with the exclusive lock held. Every step is a rename or an unlink, so a crash part-way
        leaves each line in exactly one file, in order; at worst a number is skipped (`.2` missing),
        and the next rotation fills the lowest hole instead of dropping the oldest file. The caller
        fsyncs the directory once the fresh file exists.
        """
        if torn:
            _write_all(fd, b"\n")  # end a crash's fragment, so every rotated file ends with a newline
        os.fsync(fd)
        numbers = set(_rotated_numbers(self.path))
        for number in sorted(n for n in numbers if n > self.keep):
            os.unlink(rotated_path(self.path, number))  # left by a larger KEEP
        hole = next((i for i in range(1, self.keep + 1) if i not in numbers), self.keep)
        for number in range(hole - 1, 0, -1):
            os.replace(rotated_path(self.path, number), rotated_path(self.path, number + 1))
        os.replace(self.path, rotated_path(self.path, 1))
        fd, _created = self._open_current()
        return fd

    def _snapshot(self, *, close: bool = False) -> list[tuple[Path, int, int]]:
        """Open every file of the log under a shared lock: (path, fd, size at that moment), oldest first.

        Rotation only renames and unlinks, so the open descriptors stay a consistent view after
        the lock is released: later appends are past `size`, and a dropped file is still readable.
        """
        try:
            lock_fd: int | None = os.open(self._lock_path, os.O_RDONLY)
        except FileNotFoundError:
            if not self.path.parent.is_dir():
                return []
            try:
                lock_fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                lock_fd = None  # a read-only copy of the log: nobody is writing to it
        except OSError:
            lock_fd = None
        files: list[tuple[Path, int, int]] = []
        try:
            if lock_fd is not None:
                fcntl.flock(lock_fd, fcntl.LOCK_SH)
            paths = [rotated_path(self.path, n) for n in sorted(_rotated_numbers(self.path), reverse=True)]
            for path in [*paths, self.path]:
                try:
                    fd = os.open(path, os.O_RDONLY)
                except FileNotFoundError:
                    continue
                files.append((path, fd, os.fstat(fd).st_size))
        except BaseException:
            for _path, fd, _size in files:
                os.close(fd)
            raise
        finally:
            if lock_fd is not None:
                os.close(lock_fd)  # closing releases the lock
        if close:
            for _path, fd, _size in files:
                os.close(fd)
        return files


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_dir(directory: Path) -> None:
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _parse(raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    try:
        obj = json.loads(raw)
    except ValueError:
        return None, "not valid JSON: a write cut short by a crash"
    if not isinstance(obj, dict):
        return None, "not a JSON object"
    return obj, None


def _scan_fd(path: Path, fd: int, size: int) -> Iterator[AuditLine]:
    offset = 0
    pending = b""
    number = 0
    while offset < size:
        chunk = os.pread(fd, min(_READ_BLOCK, size - offset), offset)
        if not chunk:
            break
        offset += len(chunk)
        *lines, pending = (pending + chunk).split(b"\n")
        for raw in lines:
            number += 1
            entry, problem = _parse(raw)
            yield AuditLine(path=path, line_number=number, entry=entry, problem=problem, raw=raw)
    if pending:
        # No newline after it: the write of this line was cut (or only its newline was).
        number += 1
        entry, problem = _parse(pending)
        if problem is not None:
            problem = "partial line (no newline): a write cut short by a crash"
        yield AuditLine(path=path, line_number=number, entry=entry, problem=problem, raw=pending)


@contextlib.contextmanager
def _flocked(fd: int, operation: int) -> Iterator[None]:
    fcntl.flock(fd, operation)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _tail(fd: int, n: int, end: int, block: int = 65536) -> bytes:
    """Whole lines from before `end`, at least the last `n` of them if the file has that many."""
    start = end
    chunks: list[bytes] = []
    newlines = 0
    while start > 0 and newlines <= n:
        step = min(block, start)
        start -= step
        chunk = os.pread(fd, step, start)
        chunks.append(chunk)
        newlines += chunk.count(b"\n")
    data = b"".join(reversed(chunks))
    return data.split(b"\n", 1)[1] if start > 0 else data  # drop the piece of a line the block cut
