"""Audit log: a durable line before each write, one after, no secrets, whole lines under concurrency."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from brokerspec.errors import AuditUnavailable, LiveTradingNotAllowed, SafetyRefusal
from brokerspec.policy.audit import AuditedWrite, AuditLog
from brokerspec.redaction import REDACTED
from brokerspec.redaction import redact_value as redact
from brokerspec.settings.problems import SettingsError
from brokerspec.settings.server import read_audit, read_audit_path

T0 = 1_780_315_200.5  # 2026-06-01T12:00:00.500Z
BODY = {
    "ticker": "KXDEMO-26-A",
    "side": "ask",
    "count": "10.00",
    "price": "0.7000",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
    "client_order_id": "bs-0123456789abcdef0123456789abcdef",
}
PEM = (
    "-----BEGIN PRIVATE KEY-----\n"
    "MC4CAQAwBQYDK2VwBCIEIGh1bnRlcjJodW50ZXIyaHVudGVyMmh1bnRlcjJodW50\n"
    "-----END PRIVATE KEY-----\n"
)
SIGNATURE = (
    "q3Zk9Lr0PvXw2N8sYb1Tt6Uu5Hh4Gg7Ff0Ee3Dd2Cc1Bb9Aa8Zz7Yy6Xx5Ww4Vv3Uu2Tt1Ss0Rr9Qq8Pp7Oo6Nn5Mm4Ll==" * 3
)


def _log(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.jsonl", clock=lambda: T0)


def _attempt(log: AuditLog, request: Any = None, client_order_id: str = "bs-1") -> dict[str, Any]:
    return log.write(
        AuditedWrite(
            broker="kalshi",
            environment="demo",
            operation="create_order",
            client_order_id=client_order_id,
            request=BODY if request is None else request,
        ).attempt()
    )


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# --- before and after ------------------------------------------------------------------------------


def test_attempt_line_is_on_disk_when_write_attempt_returns(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log)
    [line] = _lines(log.path)
    assert line["event"] == "write_attempt"
    assert line["outcome"] == "pending"
    assert line["request"] == BODY
    assert (line["broker"], line["environment"], line["operation"]) == ("kalshi", "demo", "create_order")
    assert line["client_order_id"] == "bs-1"


def test_attempt_then_result_give_two_lines_in_order(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log)
    write = AuditedWrite(
        broker="kalshi", environment="demo", operation="create_order", client_order_id="bs-1"
    )
    response = {"order_id": "o-1", "fill_count": "0.00", "remaining_count": "10.00"}
    log.write(write.result("placed", order_id="o-1", response=response))
    first, second = _lines(log.path)
    assert (first["event"], second["event"]) == ("write_attempt", "write_result")
    assert second["outcome"] == "placed"
    assert second["order_id"] == "o-1"
    assert second["response"]["remaining_count"] == "10.00"


def test_result_keeps_the_broker_error_code_and_message(tmp_path: Path) -> None:
    log = _log(tmp_path)
    write = AuditedWrite(
        broker="kalshi", environment="demo", operation="create_order", client_order_id="bs-1"
    )
    log.write(
        write.result("rejected", error={"code": "insufficient_balance", "message": "insufficient balance"})
    )
    [line] = _lines(log.path)
    assert (line["error_code"], line["error_message"]) == ("insufficient_balance", "insufficient balance")


def test_refusal_is_recorded_with_its_code(tmp_path: Path) -> None:
    log = _log(tmp_path)
    write = AuditedWrite(
        broker="kalshi", environment="production", operation="create_order", client_order_id="bs-1"
    )
    log.write(write.refused(LiveTradingNotAllowed("writes to production are not allowed")))
    [line] = _lines(log.path)
    assert (line["event"], line["outcome"], line["error_code"]) == (
        "write_refused",
        "refused",
        "live_not_allowed",
    )


def test_timestamp_is_rfc3339_utc(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log)
    assert _lines(log.path)[0]["ts"] == "2026-06-01T12:00:00.500Z"


def test_log_file_is_private_to_the_user(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log)
    assert log.path.stat().st_mode & 0o077 == 0


def test_unwritable_log_refuses_the_attempt(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    log = AuditLog(blocker / "audit.jsonl")
    with pytest.raises(AuditUnavailable) as info:
        _attempt(log)
    assert isinstance(info.value, SafetyRefusal)
    assert info.value.code == "audit_unavailable"


def test_unwritable_log_does_not_turn_a_placed_order_into_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    log = AuditLog(blocker / "audit.jsonl")
    write = AuditedWrite(
        broker="kalshi", environment="demo", operation="create_order", client_order_id="bs-1"
    )
    assert log.write(write.result("placed")) == {}
    assert log.write(write.refused(LiveTradingNotAllowed("writes to production are not allowed"))) == {}


def test_a_half_written_line_from_a_crash_does_not_swallow_the_next_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.path.write_text('{"event":"write_attem')
    _attempt(log)
    assert [e["event"] for e in log.read_recent(5)] == ["write_attempt"]


# --- reading back ----------------------------------------------------------------------------------------


def test_read_recent_returns_the_last_n_oldest_first(tmp_path: Path) -> None:
    log = _log(tmp_path)
    for i in range(5):
        _attempt(log, client_order_id=f"bs-{i}")
    assert [e["client_order_id"] for e in log.read_recent(2)] == ["bs-3", "bs-4"]


def test_read_recent_of_a_missing_log_is_empty(tmp_path: Path) -> None:
    assert _log(tmp_path).read_recent(3) == []


def test_read_recent_reaches_back_across_read_blocks(tmp_path: Path) -> None:
    log = _log(tmp_path)
    big = {"ticker": "KX", "note": "x " * 20_000}  # ~40 kB per line, more than one tail block
    for i in range(4):
        _attempt(log, request=big, client_order_id=f"bs-{i}")
    assert [e["client_order_id"] for e in log.read_recent(3)] == ["bs-1", "bs-2", "bs-3"]


# --- default location ------------------------------------------------------------------------------------


def test_default_path_is_in_the_state_dir() -> None:
    assert read_audit_path({"BROKERSPEC_STATE_DIR": "/s"}) == Path("/s/audit.jsonl")


def test_audit_log_variable_overrides_the_path() -> None:
    env = {"BROKERSPEC_STATE_DIR": "/s", "BROKERSPEC_AUDIT_LOG": "/var/log/bs.jsonl"}
    assert read_audit_path(env) == Path("/var/log/bs.jsonl")


# --- redaction -------------------------------------------------------------------------------------------


def test_secret_keys_are_redacted_at_any_depth(tmp_path: Path) -> None:
    log = _log(tmp_path)
    request = {
        "headers": {
            "KALSHI-ACCESS-KEY": "k-123",
            "KALSHI-ACCESS-SIGNATURE": "c2ln",
            "Accept": "application/json",
        },
        "auth": [{"accessToken": "tok", "refresh_token": "rtok", "client": {"password": "hunter2"}}],
        "private_key_pem": "whatever",
        "x-api-key": "abc",
        "client_secret": "s3",
        "Authorization": "Bearer abc",
    }
    _attempt(log, request=request)
    text = log.path.read_text()
    for secret in ("k-123", "c2ln", "tok", "rtok", "hunter2", "whatever", '"abc"', "s3", "Bearer abc"):
        assert secret not in text
    line = _lines(log.path)[0]["request"]
    assert line["headers"]["KALSHI-ACCESS-KEY"] == REDACTED
    assert line["headers"]["Accept"] == "application/json"
    assert line["auth"] == REDACTED  # the whole credential block under an "auth" key


def test_pem_blocks_are_redacted_inside_any_string(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log, request={"note": f"loaded {PEM} from disk", "deep": [[{"text": PEM}]]})
    text = log.path.read_text()
    assert "BEGIN PRIVATE KEY" not in text
    assert "MC4CAQAw" not in text
    assert "loaded" in text and "from disk" in text


def test_a_truncated_pem_block_is_still_redacted() -> None:
    assert "MC4CAQAw" not in redact("key: " + PEM[:80])


def test_long_base64_signatures_are_redacted_in_free_text(tmp_path: Path) -> None:
    log = _log(tmp_path)
    write = AuditedWrite(
        broker="kalshi", environment="demo", operation="create_order", client_order_id="bs-1"
    )
    log.write(
        write.result("rejected", error={"code": "rejected", "message": f"signature {SIGNATURE} rejected"})
    )
    assert SIGNATURE[:40] not in log.path.read_text()


def test_inline_credentials_in_messages_are_redacted() -> None:
    out = redact("retry with token=abc123 and Authorization: Bearer eyJhbGciOi.x.y and password: hunter2")
    for secret in ("abc123", "eyJhbGciOi", "hunter2"):
        assert secret not in out


def test_order_fields_survive_redaction_unchanged() -> None:
    assert redact(BODY) == BODY


def test_order_paths_and_uuids_survive_redaction() -> None:
    path = "/trade-api/v2/portfolio/events/orders/3f2a9c1e-1111-4222-8333-444455556666/amend"
    assert redact(path) == path


def test_redaction_does_not_modify_the_callers_object() -> None:
    headers = {"KALSHI-ACCESS-SIGNATURE": "c2ln"}
    redact({"headers": headers})
    assert headers == {"KALSHI-ACCESS-SIGNATURE": "c2ln"}


def test_bytes_are_never_written_verbatim() -> None:
    assert redact({"blob": b"\x00secret-bytes"}) == {"blob": "[13 bytes]"}


# --- concurrency ------------------------------------------------------------------------------------------


def _append_many(path: str, worker: int, n: int) -> None:
    log = AuditLog(Path(path))
    big = {"ticker": "KX", "pad": "z" * 9000}  # larger than a pipe buffer: interleaving would show
    for i in range(n):
        log.write(
            AuditedWrite(
                broker="kalshi",
                environment="demo",
                operation="create_order",
                client_order_id=f"bs-{worker}-{i}",
                request=big,
            ).attempt()
        )


def test_concurrent_appends_from_threads_and_processes_give_whole_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_append_many, args=(str(path), w, 25)) for w in range(4)]
    threads = [threading.Thread(target=_append_many, args=(str(path), 10 + w, 25)) for w in range(3)]
    for p in procs:
        p.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    entries = [json.loads(line) for line in lines[:-1]]
    ids = {e["client_order_id"] for e in entries}
    assert len(entries) == len(ids) == 7 * 25
    assert {e["pid"] for e in entries} >= {os.getpid()}


# --- rotation ----------------------------------------------------------------------------------------------
#
# These tests read the files back on their own (names from the documented scheme: audit.jsonl.N is older
# than audit.jsonl.N-1, and audit.jsonl is the newest), not through AuditLog's reader, and then check that
# the reader agrees.

MiB = 1024 * 1024


def _family(path: Path) -> list[Path]:
    """The log's files, oldest first, found by name alone."""
    rotated = [p for p in path.parent.iterdir() if re.fullmatch(re.escape(path.name) + r"\.\d+", p.name)]
    rotated.sort(key=lambda p: int(p.name.rsplit(".", 1)[1]), reverse=True)
    return rotated + ([path] if path.exists() else [])


def _raw_lines(file: Path) -> list[bytes]:
    data = file.read_bytes()
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    return lines


def _numbered(log: AuditLog, n: int, pad: int = 200) -> None:
    log.write(
        AuditedWrite(
            broker="kalshi",
            environment="sandbox",
            operation="create_order",
            client_order_id=f"bs-{n}",
            request={"n": n, "pad": "x" * pad},
        ).attempt()
    )


def _numbers(path: Path) -> list[int]:
    return [json.loads(raw)["request"]["n"] for file in _family(path) for raw in _raw_lines(file)]


def _line_size(tmp_path: Path, n: int, pad: int = 200) -> int:
    """The size of `_numbered(log, n, pad)`'s line, measured in a scratch log."""
    probe = AuditLog(tmp_path / "probe" / "audit.jsonl")
    _numbered(probe, n, pad)
    return probe.path.stat().st_size


def test_rotation_happens_before_the_line_that_would_pass_the_size(tmp_path: Path) -> None:
    size = _line_size(tmp_path, 1)
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=2 * size + size // 2, keep=5)
    for n in (1, 2):
        _numbered(log, n)
    assert not (tmp_path / "audit.jsonl.1").exists()  # two lines fit
    _numbered(log, 3)  # a third would not
    assert [json.loads(raw)["request"]["n"] for raw in _raw_lines(tmp_path / "audit.jsonl.1")] == [1, 2]
    assert [json.loads(raw)["request"]["n"] for raw in _raw_lines(log.path)] == [3]


def test_only_keep_rotated_files_remain_and_they_are_the_newest(tmp_path: Path) -> None:
    size = _line_size(tmp_path, 10)
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=3 * size + size // 2, keep=3)  # 3 lines to a file
    for n in range(1, 61):  # 19 rotations
        _numbered(log, n)
    names = sorted(p.name for p in _family(log.path))
    assert names == ["audit.jsonl", "audit.jsonl.1", "audit.jsonl.2", "audit.jsonl.3"]
    assert [len(_raw_lines(f)) for f in _family(log.path)] == [3, 3, 3, 3]
    assert _numbers(log.path) == list(range(49, 61))  # the newest 12, in order; the oldest 48 were dropped
    assert [p.name for p in log.files()] == ["audit.jsonl.3", "audit.jsonl.2", "audit.jsonl.1", "audit.jsonl"]


def test_lowering_keep_drops_the_extra_old_files_at_the_next_rotation(tmp_path: Path) -> None:
    path, size = tmp_path / "audit.jsonl", _line_size(tmp_path, 10)
    wide = AuditLog(path, max_bytes=2 * size + size // 2, keep=6)
    for n in range(1, 31):  # 2 lines to a file
        _numbered(wide, n)
    assert len(_family(path)) == 7
    narrow = AuditLog(path, max_bytes=2 * size + size // 2, keep=2)
    n = 31
    while len(_family(path)) > 3 and n < 40:
        _numbered(narrow, n)
        n += 1
    assert [p.name for p in _family(path)] == ["audit.jsonl.2", "audit.jsonl.1", "audit.jsonl"]
    kept = _numbers(path)
    assert kept == list(range(kept[0], n))


def test_a_line_larger_than_the_limit_gets_a_file_of_its_own(tmp_path: Path) -> None:
    size = _line_size(tmp_path, 1)
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=3 * size, keep=5)
    _numbered(log, 1)
    _numbered(log, 2, pad=5 * size)
    _numbered(log, 3)
    assert [[json.loads(raw)["request"]["n"] for raw in _raw_lines(f)] for f in _family(log.path)] == [
        [1],
        [2],
        [3],
    ]


def test_read_recent_reaches_back_into_rotated_files(tmp_path: Path) -> None:
    size = _line_size(tmp_path, 10)
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=2 * size + size // 2, keep=10)
    for n in range(1, 11):  # 2 lines to a file
        _numbered(log, n)
    assert len(_family(log.path)) == 5
    assert [e["request"]["n"] for e in log.read_recent(5)] == [6, 7, 8, 9, 10]
    assert [e["request"]["n"] for e in log.read_recent(100)] == list(range(1, 11))


def test_an_append_costs_one_fsync_and_a_rotation_two_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = _line_size(tmp_path, 1)
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=2 * size + size // 2, keep=3)
    calls: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(fd: int) -> None:
        calls.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counting_fsync)
    fsyncs = []
    for n in (1, 2, 3, 4):
        calls.clear()
        _numbered(log, n)
        fsyncs.append(len(calls))
    assert (tmp_path / "audit.jsonl.1").exists()
    # created (directory + file), appended (file), rotated (old file, directory, new file), appended (file)
    assert fsyncs == [2, 1, 3, 1]


def test_scan_reports_a_partial_last_line_and_then_the_fragment_before_the_next_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log, client_order_id="bs-1")
    with open(log.path, "ab") as f:
        f.write(b'{"event":"write_attempt","broker":"kal')  # what a write cut by SIGKILL leaves
    first = list(log.scan())
    assert [line.line_number for line in first] == [1, 2]
    assert first[0].entry is not None and first[0].problem is None
    assert first[1].entry is None and first[1].problem is not None and "partial" in first[1].problem
    assert first[1].raw == b'{"event":"write_attempt","broker":"kal'
    _attempt(log, client_order_id="bs-2")
    second = list(log.scan())
    assert [(line.line_number, line.entry is None) for line in second] == [(1, False), (2, True), (3, False)]
    assert second[2].entry is not None and second[2].entry["client_order_id"] == "bs-2"
    assert second[1].problem is not None and "partial" not in second[1].problem


def test_rotating_a_file_with_a_fragment_ends_the_fragment_and_starts_clean(tmp_path: Path) -> None:
    size = _line_size(tmp_path, 1)
    log = AuditLog(tmp_path / "audit.jsonl", max_bytes=size + size // 2, keep=3)
    _numbered(log, 1)
    with open(log.path, "ab") as f:
        f.write(b'{"event":"wri')
    _numbered(log, 2)  # does not fit: rotates
    rotated = (tmp_path / "audit.jsonl.1").read_bytes()
    assert rotated.endswith(b'{"event":"wri\n')
    assert [json.loads(raw)["request"]["n"] for raw in _raw_lines(log.path)] == [2]
    assert [(line.path.name, line.problem is None) for line in log.scan()] == [
        ("audit.jsonl.1", True),
        ("audit.jsonl.1", False),
        ("audit.jsonl", True),
    ]


def test_lock_file_is_private_to_the_user(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _attempt(log)
    assert (tmp_path / "audit.jsonl.lock").stat().st_mode & 0o077 == 0


# --- rotation settings -------------------------------------------------------------------------------------


def test_rotation_defaults_are_10_mib_and_10_files(tmp_path: Path) -> None:
    log = AuditLog.from_settings(read_audit({"BROKERSPEC_STATE_DIR": str(tmp_path)}))
    assert (log.max_bytes, log.keep) == (10 * MiB, 10)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("65536", 65536), ("512KiB", 512 * 1024), ("10MiB", 10 * MiB), (" 2 gib ", 2 * 1024 * MiB)],
)
def test_max_bytes_accepts_bytes_or_binary_units(tmp_path: Path, raw: str, expected: int) -> None:
    env = {
        "BROKERSPEC_STATE_DIR": str(tmp_path),
        "BROKERSPEC_AUDIT_MAX_BYTES": raw,
        "BROKERSPEC_AUDIT_KEEP": "3",
    }
    log = AuditLog.from_settings(read_audit(env))
    assert (log.max_bytes, log.keep) == (expected, 3)


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("BROKERSPEC_AUDIT_MAX_BYTES", "ten"),
        ("BROKERSPEC_AUDIT_MAX_BYTES", "10MB"),  # MB or MiB? refused rather than guessed
        ("BROKERSPEC_AUDIT_MAX_BYTES", "1.5MiB"),
        ("BROKERSPEC_AUDIT_MAX_BYTES", "-1"),
        ("BROKERSPEC_AUDIT_MAX_BYTES", "0"),
        ("BROKERSPEC_AUDIT_MAX_BYTES", "10"),  # surely meant 10 MiB: would keep a few lines only
        ("BROKERSPEC_AUDIT_KEEP", "0"),
        ("BROKERSPEC_AUDIT_KEEP", "-3"),
        ("BROKERSPEC_AUDIT_KEEP", "2.5"),
        ("BROKERSPEC_AUDIT_KEEP", "many"),
    ],
)
def test_bad_rotation_settings_are_a_one_line_settings_error_naming_the_variable(
    tmp_path: Path, name: str, raw: str
) -> None:
    with pytest.raises(SettingsError) as info:
        read_audit({"BROKERSPEC_STATE_DIR": str(tmp_path), name: raw})
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert "\n" not in message
    assert name in message and repr(raw) in message
    assert "set" in message  # and says how to fix it


def test_readme_configuration_table_lists_the_audit_variables() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    for name in ("BROKERSPEC_AUDIT_LOG", "BROKERSPEC_AUDIT_MAX_BYTES", "BROKERSPEC_AUDIT_KEEP"):
        assert f"| `{name}` |" in table
    assert "audit.jsonl.1" in readme and "audit.jsonl.lock" in readme


# --- rotation under concurrency and crashes ----------------------------------------------------------------

# Appends numbered lines n = first..last as worker `worker`, then records each returned append in `ack`.
# Line lengths vary so that lines start anywhere in a page, and every 23rd spans several pages.
# With fsync "0" it skips fsync: a SIGKILL does not drop the page cache, and without the fsync's
# milliseconds a kill lands far more often inside a write or a rotation's renames.
_WRITER = r"""
import os, sys, time
from pathlib import Path
from brokerspec.policy.audit import AuditedWrite, AuditLog

path, ack_path, worker, first, last, max_bytes, keep, go, fsync = sys.argv[1:10]
if fsync == "0":
    os.fsync = lambda fd: None
log = AuditLog(Path(path), max_bytes=int(max_bytes), keep=int(keep))
while go and not os.path.exists(go):
    time.sleep(0.001)
ack = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
for n in range(int(first), int(last) + 1):
    pad = 9000 if n % 23 == 0 else (n * 37) % 600
    log.write(AuditedWrite(
        broker="kalshi", environment="sandbox", operation="create_order",
        client_order_id=f"bs-{worker}-{n}", request={"worker": int(worker), "n": n, "pad": "x" * pad},
    ).attempt())
    os.write(ack, b"%d\n" % n)
"""


def _writer(
    path: Path,
    ack: Path,
    worker: int,
    first: int,
    last: int,
    max_bytes: int,
    keep: int,
    *,
    go: Path | None = None,
    fsync: bool = True,
) -> subprocess.Popen[bytes]:
    args = [path, ack, worker, first, last, max_bytes, keep, go or "", int(fsync)]
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _acked(ack: Path) -> list[int]:
    """Numbers whose append had returned (a last ack line cut by the kill is ignored)."""
    if not ack.exists():
        return []
    return [int(line) for line in ack.read_bytes().split(b"\n")[:-1]]


def _parses(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return False
    return True


def _assert_rotated_only_when_needed(path: Path, max_bytes: int) -> int:
    """Each file is within the limit (or one oversized line); each rotated file was full; returns rotations.

    "Full" means the first line of the next newer file would not have fitted: checked unless that file
    is empty or starts with a fragment (a kill cut the line that caused the rotation).
    """
    files = _family(path)
    for older, newer in itertools.pairwise(files):
        size = older.stat().st_size
        assert older.read_bytes().endswith(b"\n"), f"{older.name} ends inside a line"
        assert size <= max_bytes or len(_raw_lines(older)) == 1, f"{older.name} is over the limit"
        newer_lines = _raw_lines(newer)
        if newer_lines and _parses(newer_lines[0]):
            assert size + len(newer_lines[0]) + 1 > max_bytes, f"{older.name} was rotated with room to spare"
    last = files[-1]
    assert last.stat().st_size <= max_bytes or len(_raw_lines(last)) == 1
    return len(files) - 1


def test_two_processes_appending_while_rotating_lose_no_line_and_split_none(tmp_path: Path) -> None:
    path, go = tmp_path / "audit.jsonl", tmp_path / "go"
    max_bytes, per_worker = 2048, 300
    writers = [
        _writer(path, tmp_path / f"ack-{w}", w, 1, per_worker, max_bytes, 100_000, go=go) for w in (1, 2)
    ]
    go.touch()  # both start appending at once
    for proc in writers:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err.decode()
    by_file = [[json.loads(raw) for raw in _raw_lines(f)] for f in _family(path)]  # every line parses
    entries = [e for lines in by_file for e in lines]
    for w in (1, 2):
        assert [e["request"]["n"] for e in entries if e["request"]["worker"] == w] == list(
            range(1, per_worker + 1)
        )
    assert len(entries) == 2 * per_worker
    assert any(len({e["request"]["worker"] for e in lines}) == 2 for lines in by_file)  # they did interleave
    assert _assert_rotated_only_when_needed(path, max_bytes) >= 100
    assert [line.entry for line in AuditLog(path).scan()] == entries


def test_sigkill_at_random_moments_loses_no_returned_line_and_splits_none(tmp_path: Path) -> None:
    """What a kill may leave: the line being written is absent, complete, or a fragment the reader flags.

    Precisely, after each kill the complete lines, in file order, are numbered exactly 1..k with no gap
    or repeat, where k is the last append that returned or the one after it; a damaged line (one that is
    not JSON) may appear only where a killed writer stopped: right before the first line of the next
    round, or at the very end. `AuditLog.scan` sees the same lines and flags each damaged one. A kill
    between a rotation's renames may leave a rotated number unused (`.7` absent while `.8` exists);
    that loses nothing, and the order by number still holds. Every other round skips fsync so that
    kills land inside writes and renames more often (fsync is for power loss; SIGKILL keeps the page cache).
    """
    rng = random.Random(20260601)
    path, ack = tmp_path / "audit.jsonl", tmp_path / "ack"
    max_bytes, rounds = 4096, 12
    round_starts: set[int] = set()
    first = 1
    for round_number in range(rounds):
        target = rng.randint(10, 80)
        ack.unlink(missing_ok=True)
        proc = _writer(path, ack, 1, first, first + 100_000, max_bytes, 100_000, fsync=round_number % 2 == 0)
        deadline = time.monotonic() + 60
        while len(_acked(ack)) < target:
            assert proc.poll() is None, proc.communicate()[1].decode()
            assert time.monotonic() < deadline, "the writer made no progress"
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 0.003))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        returned = _acked(ack)
        assert returned == list(range(first, first + len(returned)))
        last_returned = returned[-1]

        sequence: list[int | None] = []  # None marks a damaged line
        for file in _family(path):
            for raw in _raw_lines(file):
                try:
                    sequence.append(json.loads(raw)["request"]["n"])
                except ValueError:
                    sequence.append(None)
        complete = [n for n in sequence if n is not None]
        k = complete[-1]
        assert k in (last_returned, last_returned + 1)
        assert complete == list(range(1, k + 1))
        for i, item in enumerate(sequence):
            if item is None:
                assert i == len(sequence) - 1 or sequence[i + 1] in round_starts
        seen = [None if line.entry is None else line.entry["request"]["n"] for line in AuditLog(path).scan()]
        assert seen == sequence
        assert all(line.problem for line in AuditLog(path).scan() if line.entry is None)
        first = k + 1
        round_starts.add(first)
    assert first > rounds * 10
    assert _assert_rotated_only_when_needed(path, max_bytes) >= 50
