"""The audit log's files: JSON lines appended under a lock, rotated by size, read back whole.

Every append and every rotation holds an exclusive `flock` on the side file `audit.jsonl.lock`, which
is never renamed, so threads and processes sharing the log never interleave lines, never rotate twice
and never write into a file that was rotated away. A line is one `write()` of the whole line and its
newline to an O_APPEND descriptor, then `fsync`; rotation happens only between two such writes, so a
line is never split across files. What a crash can leave (SIGKILL or power loss mid-`write()`) is at
most one partial line, the last one that process was writing: the next append starts on a fresh line,
and `scan` reports the fragment as damaged instead of skipping it. A line whose append returned is never
lost.

Rotation: before a line that would take the file past `max_bytes` it is renamed `audit.jsonl.1`, the older
ones move up a number, and anything past `keep` is dropped, oldest first.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from brokerspec.settings.problems import SettingsError
from brokerspec.settings.server import DEFAULT_AUDIT_KEEP, DEFAULT_AUDIT_MAX_BYTES

__all__ = ["AuditLine", "RotatingJsonLines", "rotated_path"]

_READ_BLOCK = 1 << 20


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


@attrs.frozen
class AuditLine:
    """One line of the log as read back by `scan`: its entry, or why it has none."""

    path: Path
    line_number: int  # 1-based, within `path`
    entry: dict[str, Any] | None
    problem: str | None  # None when `entry` is set
    raw: bytes  # the line without its newline


class RotatingJsonLines:
    """JSON lines in a file that rotates by size, safe for threads and processes sharing it."""

    def __init__(
        self,
        path: Path | str,
        *,
        max_bytes: int = DEFAULT_AUDIT_MAX_BYTES,
        keep: int = DEFAULT_AUDIT_KEEP,
    ) -> None:
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise SettingsError(f"max_bytes must be a positive number of bytes, not {max_bytes!r}")
        if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
            raise SettingsError(f"keep must be a positive number of rotated files, not {keep!r}")
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.keep = keep
        self._lock_path = _lock_path(self.path)

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

    def append(self, line: bytes) -> None:
        """Append one whole line (ending in a newline) and fsync it; OSError when that fails."""
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

    # internals

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
