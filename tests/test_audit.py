"""Audit log: a durable line before each write, one after, no secrets, whole lines under concurrency."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from brokerspec.audit import REDACTED, AuditLog, AuditUnavailable, default_audit_path, redact
from brokerspec.safety import SafetyRefusal

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
    return log.write_attempt(
        broker="kalshi",
        environment="demo",
        operation="create_order",
        client_order_id=client_order_id,
        request=BODY if request is None else request,
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
    log.write_result(
        broker="kalshi",
        environment="demo",
        operation="create_order",
        client_order_id="bs-1",
        outcome="placed",
        order_id="o-1",
        response={"order_id": "o-1", "fill_count": "0.00", "remaining_count": "10.00"},
    )
    first, second = _lines(log.path)
    assert (first["event"], second["event"]) == ("write_attempt", "write_result")
    assert second["outcome"] == "placed"
    assert second["order_id"] == "o-1"
    assert second["response"]["remaining_count"] == "10.00"


def test_result_keeps_the_broker_error_code_and_message(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.write_result(
        broker="kalshi",
        environment="demo",
        operation="create_order",
        client_order_id="bs-1",
        outcome="rejected",
        error_code="insufficient_balance",
        error_message="insufficient balance",
    )
    [line] = _lines(log.path)
    assert (line["error_code"], line["error_message"]) == ("insufficient_balance", "insufficient balance")


def test_refusal_is_recorded_with_its_code(tmp_path: Path) -> None:
    log = _log(tmp_path)
    log.write_refused(
        broker="kalshi",
        environment="production",
        operation="create_order",
        client_order_id="bs-1",
        error_code="live_not_allowed",
        error_message="writes to production are not allowed",
    )
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
    log.write_result(
        broker="kalshi",
        environment="demo",
        operation="create_order",
        client_order_id="bs-1",
        outcome="placed",
    )


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
    assert default_audit_path({"BROKERSPEC_STATE_DIR": "/s"}) == Path("/s/audit.jsonl")


def test_audit_log_variable_overrides_the_path() -> None:
    env = {"BROKERSPEC_STATE_DIR": "/s", "BROKERSPEC_AUDIT_LOG": "/var/log/bs.jsonl"}
    assert default_audit_path(env) == Path("/var/log/bs.jsonl")


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
    log.write_result(
        broker="kalshi",
        environment="demo",
        operation="create_order",
        client_order_id="bs-1",
        outcome="rejected",
        error_message=f"signature {SIGNATURE} rejected",
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
        log.write_attempt(
            broker="kalshi",
            environment="demo",
            operation="create_order",
            client_order_id=f"bs-{worker}-{i}",
            request=big,
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
