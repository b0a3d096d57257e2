"""Safety policy: modes, limits, the per-day ledger and preview tokens (DESIGN.md principle 4).

Costs are worked out by hand: buy 10 YES at 0.56 = 10 x 0.56 + 10 x ceil4(0.07 x 0.56 x 0.44 = 0.017248)
= 5.60 + 0.173 = 5.773 dollars.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from brokerspec.domain.orders import OrderIntent, to_v2_body
from brokerspec.errors import (
    LedgerUnavailable,
    LimitExceeded,
    LiveTradingNotAllowed,
    OrderChanged,
    ReadOnlyMode,
    SafetyRefusal,
    TickerNotAllowed,
    TokenExpired,
    TokenInvalid,
    TokenRefusal,
    TokenReused,
)
from brokerspec.policy.gate import SafetyGate
from brokerspec.policy.tokens import order_payload
from brokerspec.settings.problems import SettingsError
from brokerspec.settings.safety import SafetySettings, read_safety, read_state_dir

D = Decimal
T0 = 1_780_315_200.0  # 2026-06-01T12:00:00Z
# 1000 fills of 0.01 at 0.56 (no market read: fractional fills possible), each 0.0056 + fee 0.0002 = 0.0058
COST_10_AT_56 = D("5.80")


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _intent(count: int = 10, price: str = "0.56", ticker: str = "KXDEMO-26-A", **kw: Any) -> OrderIntent:
    return OrderIntent(ticker=ticker, action="buy", side="yes", count=count, price_dollars=D(price), **kw)


def _gate(tmp_path: Path, clock: FakeClock | None = None, **settings: Any) -> SafetyGate:
    settings.setdefault("trading_enabled", True)
    return SafetyGate(SafetySettings(state_dir=tmp_path, **settings), clock=clock or FakeClock())


def _payload(
    intent: OrderIntent | None = None, coid: str = "bs-1", environment: str = "demo"
) -> dict[str, Any]:
    body = to_v2_body(intent or _intent(), coid)
    return order_payload(broker="kalshi", environment=environment, operation="create_order", body=body)


# --- settings from the environment ------------------------------------------------------------------


def test_settings_default_to_read_only_with_small_limits(tmp_path: Path) -> None:
    s = read_safety({"BROKERSPEC_STATE_DIR": str(tmp_path)})
    assert s.trading_enabled is False
    assert s.allow_live is False
    assert s.mode == "read_only"
    assert (s.max_order_contracts, s.max_order_dollars, s.max_daily_dollars) == (100, D(50), D(200))
    assert s.ticker_allowlist == frozenset()
    assert s.token_ttl_seconds == 300


def test_settings_read_every_documented_variable() -> None:
    s = read_safety(
        {
            "BROKERSPEC_TRADING": "1",
            "BROKERSPEC_ALLOW_LIVE": "1",
            "BROKERSPEC_MAX_ORDER_CONTRACTS": "7",
            "BROKERSPEC_MAX_ORDER_DOLLARS": "12.50",
            "BROKERSPEC_MAX_DAILY_DOLLARS": "99",
            "BROKERSPEC_TICKER_ALLOWLIST": " kxdemo-26-a, KXOTHER ,,",
            "BROKERSPEC_STATE_DIR": "/srv/state",
            "BROKERSPEC_TOKEN_TTL_SECONDS": "60",
        }
    )
    assert s.trading_enabled and s.allow_live
    assert s.max_order_contracts == 7
    assert s.max_order_dollars == D("12.50")
    assert s.max_daily_dollars == D(99)
    assert s.ticker_allowlist == {"KXDEMO-26-A", "KXOTHER"}
    assert s.state_dir == Path("/srv/state")
    assert s.token_ttl_seconds == 60


@pytest.mark.parametrize("value", ["true", "yes", "2", "on"])
def test_a_switch_set_to_anything_but_1_or_0_is_an_error_not_a_guess(value: str) -> None:
    with pytest.raises(SettingsError):
        read_safety({"BROKERSPEC_TRADING": value})


def test_switch_set_to_0_keeps_read_only() -> None:
    assert read_safety({"BROKERSPEC_TRADING": "0"}).trading_enabled is False


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BROKERSPEC_MAX_ORDER_CONTRACTS", "-1"),
        ("BROKERSPEC_MAX_ORDER_CONTRACTS", "ten"),
        ("BROKERSPEC_MAX_ORDER_DOLLARS", "0"),
        ("BROKERSPEC_MAX_DAILY_DOLLARS", "NaN"),
        ("BROKERSPEC_TOKEN_TTL_SECONDS", "1.5"),
    ],
)
def test_bad_limit_values_are_refused_at_startup(name: str, value: str) -> None:
    with pytest.raises(SettingsError):
        read_safety({name: value})


def test_state_dir_explicit_variable_wins() -> None:
    env = {"BROKERSPEC_STATE_DIR": "/a", "XDG_STATE_HOME": "/b", "HOME": "/h"}
    assert read_state_dir(env) == Path("/a")


def test_state_dir_honours_xdg_state_home() -> None:
    assert read_state_dir({"XDG_STATE_HOME": "/xdg", "HOME": "/h"}) == Path("/xdg/brokerspec")


def test_state_dir_ignores_a_relative_xdg_state_home() -> None:
    assert read_state_dir({"XDG_STATE_HOME": "rel", "HOME": "/h"}) == Path("/h/.local/state/brokerspec")


def test_state_dir_defaults_under_home() -> None:
    assert read_state_dir({"HOME": "/h"}) == Path("/h/.local/state/brokerspec")


def test_capabilities_report_mode_and_limits(tmp_path: Path) -> None:
    caps = _gate(tmp_path, trading_enabled=False).capabilities()
    assert caps["mode"] == "read_only"
    assert caps["live_trading_allowed"] is False
    assert caps["max_order_contracts"] == 100
    assert D(caps["max_daily_dollars"]) == D(200)


# --- modes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("environment", ["demo", "sandbox", "production"])
def test_read_only_mode_refuses_writes_everywhere(tmp_path: Path, environment: str) -> None:
    gate = _gate(tmp_path, trading_enabled=False, allow_live=True)
    with pytest.raises(ReadOnlyMode) as info:
        gate.check_write_allowed(environment)
    assert info.value.code == "read_only"


@pytest.mark.parametrize("environment", ["demo", "sandbox"])
def test_trading_switch_allows_paper_money_writes(tmp_path: Path, environment: str) -> None:
    _gate(tmp_path, trading_enabled=True).check_write_allowed(environment)


def test_trading_switch_alone_refuses_production(tmp_path: Path) -> None:
    with pytest.raises(LiveTradingNotAllowed) as info:
        _gate(tmp_path, trading_enabled=True).check_write_allowed("production")
    assert info.value.code == "live_not_allowed"


def test_live_switch_with_trading_allows_production(tmp_path: Path) -> None:
    _gate(tmp_path, trading_enabled=True, allow_live=True).check_write_allowed("production")


def test_unknown_environment_is_not_treated_as_paper_money(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _gate(tmp_path, allow_live=True).check_write_allowed("staging")


def test_refusal_to_dict_carries_code_message_and_suggestion(tmp_path: Path) -> None:
    with pytest.raises(SafetyRefusal) as info:
        _gate(tmp_path, trading_enabled=False).check_write_allowed("demo")
    out = info.value.to_dict()
    assert out["code"] == "read_only"
    assert "read-only" in out["message"]
    assert "BROKERSPEC_TRADING" in out["suggestion"]


# --- per-order limits and allow-list -----------------------------------------------------------------


def test_limits_report_every_check_with_limit_value_and_verdict(tmp_path: Path) -> None:
    checks = _gate(tmp_path).check_limits(_intent())
    by_name = {c.name: c for c in checks}
    assert set(by_name) == {
        "ticker_allowlist",
        "max_order_contracts",
        "max_order_dollars",
        "max_daily_dollars",
    }
    assert all(c.passed for c in checks)
    assert (by_name["max_order_contracts"].limit, by_name["max_order_contracts"].value) == ("100", "10")
    assert D(by_name["max_order_dollars"].value) == COST_10_AT_56
    assert D(by_name["max_order_dollars"].limit) == D(50)


def test_order_at_the_contract_limit_passes(tmp_path: Path) -> None:
    _gate(tmp_path, max_order_contracts=10).check_limits(_intent(count=10), D(1))


def test_order_over_the_contract_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LimitExceeded) as info:
        _gate(tmp_path, max_order_contracts=9).check_limits(_intent(count=10), D(1))
    assert info.value.details["failed"] == ["max_order_contracts"]


def test_order_over_the_per_order_dollar_limit_is_refused(tmp_path: Path) -> None:
    # worst case 5.80 > 5.77
    with pytest.raises(LimitExceeded) as info:
        _gate(tmp_path, max_order_dollars=D("5.77")).check_limits(_intent())
    assert info.value.code == "limit_exceeded"
    assert info.value.details["failed"] == ["max_order_dollars"]


def test_per_order_dollar_limit_counts_fees(tmp_path: Path) -> None:
    # the principal alone (5.60) fits under 5.70; with fees (5.80) it does not
    with pytest.raises(LimitExceeded):
        _gate(tmp_path, max_order_dollars=D("5.70")).check_limits(_intent())


def test_order_exactly_at_the_per_order_dollar_limit_passes(tmp_path: Path) -> None:
    _gate(tmp_path, max_order_dollars=COST_10_AT_56).check_limits(_intent())


def test_evaluate_limits_shows_failures_without_raising(tmp_path: Path) -> None:
    checks = _gate(tmp_path, max_order_contracts=1).evaluate_limits(_intent())
    assert [c.name for c in checks if not c.passed] == ["max_order_contracts"]


def test_ticker_not_on_the_allow_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TickerNotAllowed) as info:
        _gate(tmp_path, ticker_allowlist={"KXOTHER"}).check_limits(_intent())
    assert info.value.code == "ticker_not_allowed"


def test_allow_list_matches_tickers_case_insensitively(tmp_path: Path) -> None:
    _gate(tmp_path, ticker_allowlist={"kxdemo-26-a"}).check_limits(_intent(ticker="KXDEMO-26-A"))


def test_empty_allow_list_allows_any_ticker(tmp_path: Path) -> None:
    checks = _gate(tmp_path).check_limits(_intent(ticker="ANYTHING-1"))
    assert next(c for c in checks if c.name == "ticker_allowlist").limit == "any"


# --- per-day ledger -----------------------------------------------------------------------------------


def test_reservation_counts_against_the_day(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    gate.reserve_daily("bs-1", COST_10_AT_56)
    assert gate.spent_today() == COST_10_AT_56


def test_reservation_over_the_daily_limit_is_refused_and_not_recorded(tmp_path: Path) -> None:
    gate = _gate(tmp_path, max_daily_dollars=D(10))
    gate.reserve_daily("bs-1", COST_10_AT_56)
    with pytest.raises(LimitExceeded) as info:
        gate.reserve_daily("bs-2", COST_10_AT_56)  # 11.546 > 10
    assert info.value.details["limit"] == "max_daily_dollars"
    assert gate.spent_today() == COST_10_AT_56


def test_check_limits_includes_what_was_already_placed_today(tmp_path: Path) -> None:
    gate = _gate(tmp_path, max_daily_dollars=D(10))
    gate.reserve_daily("bs-1", COST_10_AT_56)
    with pytest.raises(LimitExceeded) as info:
        gate.check_limits(_intent())
    assert info.value.details["failed"] == ["max_daily_dollars"]


def test_daily_spend_survives_a_restart_on_the_same_state_dir(tmp_path: Path) -> None:
    _gate(tmp_path).reserve_daily("bs-1", COST_10_AT_56)
    fresh = _gate(tmp_path, max_daily_dollars=D(10))
    assert fresh.spent_today() == COST_10_AT_56
    with pytest.raises(LimitExceeded):
        fresh.reserve_daily("bs-2", COST_10_AT_56)


def test_daily_spend_starts_again_on_the_next_utc_day(tmp_path: Path) -> None:
    clock = FakeClock()
    gate = _gate(tmp_path, clock, max_daily_dollars=D(10))
    gate.reserve_daily("bs-1", COST_10_AT_56)
    clock.now += 86_400
    assert gate.spent_today() == 0
    gate.reserve_daily("bs-2", COST_10_AT_56)


def test_daily_ledger_is_keyed_by_utc_date(tmp_path: Path) -> None:
    clock = FakeClock(dt.datetime(2026, 6, 1, 23, 59, tzinfo=dt.UTC).timestamp())
    gate = _gate(tmp_path, clock)
    gate.reserve_daily("bs-1", D(1))
    assert gate.ledger.spent("2026-06-01") == D(1)
    clock.now += 120  # 00:01 UTC on 2 June
    assert gate.spent_today() == 0


def test_reserving_the_same_client_order_id_again_does_not_double_count(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    gate.reserve_daily("bs-1", D(3))
    gate.reserve_daily("bs-1", D(3))
    assert gate.spent_today() == D(3)


def test_releasing_a_reservation_gives_the_dollars_back(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    gate.reserve_daily("bs-1", D(3))
    gate.reserve_daily("bs-2", D(2))
    assert gate.release_daily("bs-1") == D(3)
    assert gate.spent_today() == D(2)
    assert gate.release_daily("bs-1") is None


def test_a_damaged_ledger_refuses_writes_instead_of_forgetting_the_day(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    gate.reserve_daily("bs-1", D(3))
    gate.ledger.path.write_text("{not json")
    with pytest.raises(LedgerUnavailable):
        gate.reserve_daily("bs-2", D(1))
    with pytest.raises(LedgerUnavailable):
        gate.check_limits(_intent())


def _reserve_dollars(state_dir: str, worker: int, n: int, limit: str) -> None:
    gate = SafetyGate(
        SafetySettings(trading_enabled=True, state_dir=Path(state_dir), max_daily_dollars=D(limit))
    )
    for i in range(n):
        with contextlib.suppress(LimitExceeded):
            gate.reserve_daily(f"bs-{worker}-{i}", D(1))


def test_concurrent_processes_never_lose_an_update_or_overshoot_the_day(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_reserve_dollars, args=(str(tmp_path), w, 10, "25")) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    # 40 one-dollar attempts against a 25-dollar day: exactly 25 get through, none lost
    gate = SafetyGate(SafetySettings(state_dir=tmp_path), clock=time.time)
    assert gate.spent_today() == D(25)


# --- preview tokens --------------------------------------------------------------------------------------


def test_token_redeems_for_the_exact_previewed_order(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload())
    gate.redeem_token(token, _payload())


def test_token_expires_after_the_ttl(tmp_path: Path) -> None:
    _, expires_at = _gate(tmp_path, token_ttl_seconds=300).issue_token(_payload())
    assert expires_at == dt.datetime.fromtimestamp(T0 + 300, tz=dt.UTC)


def test_token_is_still_good_just_before_expiry(tmp_path: Path) -> None:
    clock = FakeClock()
    gate = _gate(tmp_path, clock, token_ttl_seconds=300)
    token, _ = gate.issue_token(_payload())
    clock.now += 299
    gate.redeem_token(token, _payload())


def test_expired_token_is_refused(tmp_path: Path) -> None:
    clock = FakeClock()
    gate = _gate(tmp_path, clock, token_ttl_seconds=300)
    token, _ = gate.issue_token(_payload())
    clock.now += 300
    with pytest.raises(TokenExpired) as info:
        gate.redeem_token(token, _payload())
    assert info.value.code == "token_expired"


def test_token_is_single_use(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload())
    gate.redeem_token(token, _payload())
    with pytest.raises(TokenReused) as info:
        gate.redeem_token(token, _payload())
    assert info.value.code == "token_reused"


def test_token_with_an_altered_signature_is_invalid(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload())
    # Flip the MAC's first character: every bit of it is significant (the last one holds padding bits,
    # so changing it can decode to the same bytes).
    head, mac = token.rsplit(".", 1)
    tampered = f"{head}.{'B' if mac[0] == 'A' else 'A'}{mac[1:]}"
    with pytest.raises(TokenInvalid) as info:
        gate.redeem_token(tampered, _payload())
    assert info.value.code == "token_invalid"


def test_token_with_an_extended_expiry_is_invalid(tmp_path: Path) -> None:
    clock = FakeClock()
    gate = _gate(tmp_path, clock)
    token, _ = gate.issue_token(_payload())
    prefix, expires_at, rest = token.split(".", 2)
    longer = f"{prefix}.{int(expires_at) + 3600}.{rest}"
    clock.now += 400
    with pytest.raises(TokenInvalid):
        gate.redeem_token(longer, _payload())


@pytest.mark.parametrize("garbage", ["", "bst1", "bst1.x.y.z", "hello.world", "bst1.123.!!!.???"])
def test_garbage_token_is_invalid(tmp_path: Path, garbage: str) -> None:
    with pytest.raises(TokenInvalid):
        _gate(tmp_path).redeem_token(garbage, _payload())


def test_token_from_another_process_key_is_invalid(tmp_path: Path) -> None:
    # every gate draws its own key, as a separate server process would
    token, _ = _gate(tmp_path).issue_token(_payload())
    with pytest.raises(TokenInvalid):
        _gate(tmp_path).redeem_token(token, _payload())


def test_token_for_a_different_count_is_refused_as_order_changed(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload(_intent(count=10)))
    with pytest.raises(OrderChanged) as info:
        gate.redeem_token(token, _payload(_intent(count=11)))
    assert info.value.code == "order_changed"


def test_token_for_a_different_price_is_refused_as_order_changed(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload(_intent(price="0.56")))
    with pytest.raises(OrderChanged):
        gate.redeem_token(token, _payload(_intent(price="0.57")))


def test_token_for_another_environment_is_refused_as_order_changed(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload(environment="demo"))
    with pytest.raises(OrderChanged):
        gate.redeem_token(token, _payload(environment="production"))


def test_token_for_another_client_order_id_is_refused_as_order_changed(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload(coid="bs-1"))
    with pytest.raises(OrderChanged):
        gate.redeem_token(token, _payload(coid="bs-2"))


def test_token_presented_with_a_changed_order_is_burned(tmp_path: Path) -> None:
    gate = _gate(tmp_path)
    token, _ = gate.issue_token(_payload(_intent(count=10)))
    with pytest.raises(OrderChanged):
        gate.redeem_token(token, _payload(_intent(count=11)))
    with pytest.raises(TokenReused):
        gate.redeem_token(token, _payload(_intent(count=10)))


def test_token_refusals_are_safety_refusals(tmp_path: Path) -> None:
    for cls in (TokenInvalid, TokenExpired, TokenReused, OrderChanged):
        assert issubclass(cls, TokenRefusal)
        assert issubclass(cls, SafetyRefusal)


def test_settings_accept_whole_dollar_limits_as_ints(tmp_path: Path) -> None:
    s = SafetySettings(state_dir=tmp_path, max_order_dollars=5, max_daily_dollars="7.5")  # type: ignore[arg-type]
    assert (s.max_order_dollars, s.max_daily_dollars) == (D(5), D("7.5"))
    assert s.to_dict()["max_order_dollars"] == "5.0000"


@pytest.mark.parametrize("value", [0.5, "Infinity", "-1", 0])
def test_settings_refuse_float_infinite_or_non_positive_dollar_limits(tmp_path: Path, value: object) -> None:
    with pytest.raises(SettingsError):
        SafetySettings(state_dir=tmp_path, max_order_dollars=value)  # type: ignore[arg-type]
