"""Upgrading from the JSON ledger mid-day keeps the day: its bookings move into the store once."""

from __future__ import annotations

import datetime as dt
import json
import time
from decimal import Decimal
from pathlib import Path

import pytest
from brokerspec.errors import LedgerUnavailable, LimitExceeded
from brokerspec.policy.gate import SafetyGate
from brokerspec.settings.safety import SafetySettings


def _today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


def _gate(state: Path, **kw: object) -> SafetyGate:
    return SafetyGate(SafetySettings(trading_enabled=True, state_dir=state, **kw), clock=time.time)  # type: ignore[arg-type]


def test_the_json_ledgers_bookings_count_after_the_upgrade(tmp_path: Path) -> None:
    legacy = tmp_path / "daily_ledger.json"
    legacy.write_text(json.dumps({"version": 1, "days": {_today(): {"bs-old": "7.5000"}}}))
    gate = _gate(tmp_path, max_daily_dollars=Decimal(10))
    assert gate.spent_today() == Decimal("7.5")
    with pytest.raises(LimitExceeded):
        gate.reserve_daily("bs-new", Decimal(3))
    assert not legacy.exists() and (tmp_path / "daily_ledger.json.imported").exists()
    assert _gate(tmp_path).spent_today() == Decimal("7.5")  # imported once, not twice


def test_a_damaged_json_ledger_refuses_writes(tmp_path: Path) -> None:
    (tmp_path / "daily_ledger.json").write_text("{not json")
    with pytest.raises(LedgerUnavailable):
        _gate(tmp_path).reserve_daily("bs-1", Decimal(1))


def test_each_environment_imports_its_own_file(tmp_path: Path) -> None:
    (tmp_path / "daily_ledger.sandbox.json").write_text(
        json.dumps({"version": 1, "days": {_today(): {"bs-play": "4.0000"}}})
    )
    production = _gate(tmp_path)
    assert production.spent_today() == 0
    play = _gate(tmp_path)
    play.separate_ledger("sandbox")
    assert play.spent_today() == Decimal(4)
