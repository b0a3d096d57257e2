"""Orders: the YES/NO -> bid/ask mapping, the exact V2 body, fees and worst-case cost.

Expected values are worked out by hand from reference/kalshi.md (section 2 body, section 3 mapping,
fees under "Exchange behaviour"), not copied from the code.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from brokerspec.domain.market import Market
from brokerspec.domain.orders import (
    InvalidOrder,
    OrderIntent,
    describe_mapping,
    new_client_order_id,
    taker_fee,
    to_v2_body,
    worst_case_breakdown,
    worst_case_cost,
)

D = Decimal


def _intent(
    action: str = "buy", side: str = "yes", count: object = 10, price: str = "0.56", **kw: object
) -> OrderIntent:
    return OrderIntent(ticker="KXDEMO-26-A", action=action, side=side, count=count, price_dollars=price, **kw)  # type: ignore[arg-type]


# --- direction mapping (reference section 3) --------------------------------------------------


def test_buy_yes_is_a_bid_at_the_same_price() -> None:
    body = to_v2_body(_intent("buy", "yes", price="0.56"), "bs-1")
    assert (body["side"], body["price"]) == ("bid", "0.5600")


def test_sell_yes_is_an_ask_at_the_same_price() -> None:
    body = to_v2_body(_intent("sell", "yes", price="0.56"), "bs-1")
    assert (body["side"], body["price"]) == ("ask", "0.5600")


def test_buy_no_is_an_ask_at_one_minus_the_price() -> None:
    body = to_v2_body(_intent("buy", "no", price="0.30"), "bs-1")
    assert (body["side"], body["price"]) == ("ask", "0.7000")


def test_sell_no_is_a_bid_at_one_minus_the_price() -> None:
    body = to_v2_body(_intent("sell", "no", price="0.30"), "bs-1")
    assert (body["side"], body["price"]) == ("bid", "0.7000")


def test_no_price_at_the_edges_maps_to_the_opposite_edge() -> None:
    assert to_v2_body(_intent("buy", "no", price="0.01"), "bs-1")["price"] == "0.9900"
    assert to_v2_body(_intent("sell", "no", price="0.99"), "bs-1")["price"] == "0.0100"


def test_describe_mapping_says_what_is_asked_its_other_reading_and_what_is_sent() -> None:
    assert describe_mapping(_intent("buy", "no", price="0.30")) == (
        "buy 10 NO at $0.30 ≡ sell 10 YES at $0.70 → ask 10 on the YES book at $0.7000"
        " (book_side ask, outcome_side no)"
    )


def test_describe_mapping_for_sell_yes_states_both_readings() -> None:
    # reference "Direction": sell 3 YES at 0.55 is book_side ask, outcome_side no, YES price 0.5500
    assert describe_mapping(_intent("sell", "yes", count=3, price="0.55")) == (
        "sell 3 YES at $0.55 ≡ buy 3 NO at $0.45 → ask 3 on the YES book at $0.5500"
        " (book_side ask, outcome_side no)"
    )


def test_describe_mapping_of_a_fractional_subpenny_order() -> None:
    assert describe_mapping(_intent("buy", "no", count="2.5", price="0.955")) == (
        "buy 2.50 NO at $0.955 ≡ sell 2.50 YES at $0.045 → ask 2.50 on the YES book at $0.0450"
        " (book_side ask, outcome_side no)"
    )


# --- subpenny prices and fractional counts (reference "Fixed point") ---------------------------


def test_buy_no_at_a_subpenny_price_maps_exactly() -> None:
    body = to_v2_body(_intent("buy", "no", price="0.955"), "bs-1")
    assert (body["side"], body["price"]) == ("ask", "0.0450")


@pytest.mark.parametrize(
    ("price", "wire"), [("0.005", "0.0050"), ("0.555", "0.5550"), ("0.995", "0.9950"), ("0.1234", "0.1234")]
)
def test_subpenny_prices_go_on_the_wire_with_four_decimals(price: str, wire: str) -> None:
    assert to_v2_body(_intent("buy", "yes", price=price), "bs-1")["price"] == wire


@pytest.mark.parametrize(
    ("count", "wire"), [("2.5", "2.50"), (D("0.01"), "0.01"), (7, "7.00"), ("10", "10.00")]
)
def test_counts_go_on_the_wire_with_two_decimals(count: object, wire: str) -> None:
    assert to_v2_body(_intent(count=count), "bs-1")["count"] == wire  # type: ignore[arg-type]


def test_count_is_a_decimal_even_when_given_as_an_int() -> None:
    intent = _intent(count=3)
    assert intent.count == D(3) and isinstance(intent.count, Decimal)


# --- exact V2 body (reference section 2) ------------------------------------------------------


def test_v2_body_has_exactly_the_required_fields_as_strings() -> None:
    body = to_v2_body(_intent("buy", "yes", count=10, price="0.56"), "bs-abc")
    assert body == {
        "ticker": "KXDEMO-26-A",
        "side": "bid",
        "count": "10.00",
        "price": "0.5600",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        "client_order_id": "bs-abc",
    }


def test_v2_body_serializes_count_and_price_as_json_strings_not_numbers() -> None:
    text = json.dumps(to_v2_body(_intent(count=1, price="0.07"), "bs-1"))
    assert '"count": "1.00"' in text
    assert '"price": "0.0700"' in text


def test_v2_body_includes_optional_fields_only_when_set() -> None:
    intent = _intent(
        post_only=True,
        expiration_time=1_780_315_200,
        order_group_id="og-1",
        self_trade_prevention_type="maker",
        time_in_force="good_till_canceled",
    )
    body = to_v2_body(intent, "bs-1")
    assert body["post_only"] is True
    assert body["expiration_time"] == 1_780_315_200
    assert body["order_group_id"] == "og-1"
    assert body["self_trade_prevention_type"] == "maker"


def test_v2_body_omits_false_flags_and_unset_optionals() -> None:
    body = to_v2_body(_intent(), "bs-1")
    for key in ("post_only", "reduce_only", "expiration_time", "order_group_id", "subaccount"):
        assert key not in body


def test_v2_body_passes_time_in_force_through() -> None:
    body = to_v2_body(_intent(time_in_force="immediate_or_cancel"), "bs-1")
    assert body["time_in_force"] == "immediate_or_cancel"


def test_v2_body_takes_client_order_id_from_the_intent_when_not_given() -> None:
    assert to_v2_body(_intent(client_order_id="bs-from-intent"))["client_order_id"] == "bs-from-intent"


def test_v2_body_refuses_an_order_without_client_order_id() -> None:
    with pytest.raises(InvalidOrder):
        to_v2_body(_intent())


def test_v2_body_refuses_two_different_client_order_ids() -> None:
    with pytest.raises(InvalidOrder):
        to_v2_body(_intent(client_order_id="bs-a"), "bs-b")


# --- intent validation ------------------------------------------------------------------------


def test_v2_body_sends_reduce_only_with_immediate_or_cancel() -> None:
    body = to_v2_body(_intent(reduce_only=True, time_in_force="immediate_or_cancel"), "bs-1")
    assert (body["reduce_only"], body["time_in_force"]) == (True, "immediate_or_cancel")


@pytest.mark.parametrize("tif", ["good_till_canceled", "fill_or_kill"])
def test_intent_refuses_reduce_only_unless_immediate_or_cancel(tif: str) -> None:
    # reference "Other V2 rules": Kalshi rejects reduce_only unless time_in_force is immediate_or_cancel
    with pytest.raises(InvalidOrder, match="immediate_or_cancel"):
        _intent(reduce_only=True, time_in_force=tif)


@pytest.mark.parametrize("price", ["0.00", "1.00", "1", "0", "0.55555", "0.00001", "-0.5", "NaN", "Infinity"])
def test_intent_refuses_prices_off_range_or_past_four_decimals(price: str) -> None:
    with pytest.raises(InvalidOrder):
        _intent(price=price)


def test_intent_refuses_float_prices() -> None:
    with pytest.raises(InvalidOrder):
        OrderIntent(ticker="T", action="buy", side="yes", count=1, price_dollars=0.3)  # type: ignore[arg-type]


def test_intent_accepts_a_decimal_string_price() -> None:
    intent = OrderIntent(ticker="T", action="buy", side="yes", count=1, price_dollars="0.42")
    assert intent.price_dollars == D("0.42")


@pytest.mark.parametrize("count", [0, -1, True, 1.5, "0.001", "2.555", D("0.00"), "-0.01", "NaN", "abc"])
def test_intent_refuses_counts_below_a_hundredth_past_two_decimals_or_inexact(count: object) -> None:
    with pytest.raises(InvalidOrder):
        _intent(count=count)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value"), [("action", "short"), ("side", "maybe"), ("time_in_force", "day")]
)
def test_intent_refuses_unknown_enum_values(field: str, value: str) -> None:
    with pytest.raises(InvalidOrder):
        _intent(**{field: value})


def test_intent_refuses_expiration_time_without_good_till_canceled() -> None:
    with pytest.raises(InvalidOrder):
        _intent(time_in_force="immediate_or_cancel", expiration_time=1_780_315_200)


def test_intent_refuses_a_blank_ticker() -> None:
    with pytest.raises(InvalidOrder):
        OrderIntent(ticker=" ", action="buy", side="yes", count=1, price_dollars=D("0.5"))


# --- fees (reference, "Exchange behaviour") ---------------------------------------------------


def test_fee_one_contract_at_52_cents_rounds_up_to_0_0175() -> None:
    # 0.07 * 1 * 0.52 * 0.48 = 0.017472 -> up to 0.0175
    assert taker_fee(1, D("0.52")) == D("0.0175")


def test_fee_one_contract_at_99_cents_rounds_up_to_0_0007() -> None:
    # 0.07 * 0.99 * 0.01 = 0.000693 -> up to 0.0007
    assert taker_fee(1, D("0.99")) == D("0.0007")


def test_fee_100_contracts_at_50_cents_is_1_75() -> None:
    # 0.07 * 100 * 0.25 = 1.75 exactly, no rounding
    assert taker_fee(100, D("0.50")) == D("1.75")


def test_fee_is_a_decimal_with_four_decimals() -> None:
    fee = taker_fee(3, D("0.52"))
    # 0.07 * 3 * 0.2496 = 0.052416 -> 0.0525
    assert isinstance(fee, Decimal)
    assert fee == D("0.0525")
    assert fee.as_tuple().exponent == -4


def test_fee_is_the_same_for_the_yes_and_the_no_price_of_one_trade() -> None:
    assert taker_fee(7, D("0.30")) == taker_fee(7, D("0.70"))


# --- worst-case cost --------------------------------------------------------------------------
# Without a market every fill may be as small as 0.01 contract and pays its own fee rounded up (reference
# "Fees": "with fractional counts the per-fill rounding makes n × fee(1) no upper bound"). On a market that
# says it has no fractional trading, fills are whole contracts: the old per-contract numbers.


def _whole_market() -> Market:
    return Market(ticker="KXDEMO-26-A", status="active", fractional_trading_enabled=False)


def test_worst_case_cost_of_buy_yes_is_price_plus_fees() -> None:
    # whole fills: per contract 0.56 + fee 0.07*0.56*0.44 = 0.017248 -> 0.0173; x10 = 5.773
    assert worst_case_cost(_intent("buy", "yes", count=10, price="0.56"), _whole_market()) == D("5.7730")


def test_worst_case_cost_of_sell_yes_is_one_minus_price_plus_fees() -> None:
    # selling YES with none held = long NO at 0.44: 10 * 0.44 = 4.40; fees 0.173
    assert worst_case_cost(_intent("sell", "yes", count=10, price="0.56"), _whole_market()) == D("4.5730")


def test_worst_case_cost_of_buy_no_is_no_price_plus_fees() -> None:
    # 10 * 0.30 = 3.00; fee per contract 0.07*0.3*0.7 = 0.0147 exactly; x10 = 0.147
    assert worst_case_cost(_intent("buy", "no", count=10, price="0.30"), _whole_market()) == D("3.1470")


def test_worst_case_cost_of_sell_no_is_one_minus_price_plus_fees() -> None:
    # selling NO with none held = long YES at 0.70: 10 * 0.70 = 7.00; fees 0.147
    assert worst_case_cost(_intent("sell", "no", count=10, price="0.30"), _whole_market()) == D("7.1470")


def test_worst_case_fees_charge_every_contract_the_rounded_single_contract_fee() -> None:
    # ten one-contract fills at 0.52 pay 10 * 0.0175 = 0.175, more than one ten-contract fill (0.1748)
    breakdown = worst_case_breakdown(_intent("buy", "yes", count=10, price="0.52"), _whole_market())
    assert breakdown.fees_dollars == D("0.1750")
    assert breakdown.principal_dollars == D("5.2000")
    assert breakdown.total_dollars == D("5.3750")
    assert breakdown.fill_unit == D(1)


def test_worst_case_without_a_market_assumes_hundredth_fills_at_the_taker_rate() -> None:
    # 1000 fills of 0.01 at 0.56: 0.0056 + ceil(0.07 * 0.01 * 0.2464 = 0.00017248) = 0.0002 -> 0.0058 each
    breakdown = worst_case_breakdown(_intent("buy", "yes", count=10, price="0.56"))
    assert (breakdown.principal_dollars, breakdown.fees_dollars, breakdown.total_dollars) == (
        D("5.6000"),
        D("0.2000"),
        D("5.8000"),
    )
    assert breakdown.fill_unit == D("0.01") and breakdown.role == "taker"
    assert any("taker rate" in n for n in breakdown.notes)


def test_worst_case_of_a_fractional_subpenny_order() -> None:
    # buy 2.5 NO at 0.955 = ask at 0.045, NO exposure at 0.955: 250 fills of 0.01, each
    # 0.00955 + ceil(0.07 * 0.01 * 0.955 * 0.045 = 0.0000300825) = 0.0001 -> 0.00965 -> (direct) 0.0097
    breakdown = worst_case_breakdown(_intent("buy", "no", count="2.5", price="0.955"))
    assert breakdown.total_dollars == D("2.4250")
    assert breakdown.principal_dollars == D("2.3875")


def test_worst_case_of_a_post_only_order_on_a_quadratic_series_has_no_trade_fee() -> None:
    market = Market(
        ticker="KXDEMO-26-A", status="active", fractional_trading_enabled=False, fee_type="quadratic"
    )
    breakdown = worst_case_breakdown(_intent(count=10, price="0.56", post_only=True), market)
    assert (breakdown.role, breakdown.total_dollars, breakdown.fees_dollars) == ("maker", D("5.6000"), D(0))


def test_worst_case_uses_the_series_multiplier() -> None:
    market = Market(
        ticker="KXDEMO-26-A",
        status="active",
        fractional_trading_enabled=False,
        fee_type="quadratic",
        fee_multiplier="0.5",
    )
    # 0.035 * 0.5 * 0.5 = 0.00875 -> 0.0088 per whole contract
    assert worst_case_cost(_intent(count=4, price="0.50"), market) == D("2.0352")


def test_worst_case_cost_is_never_below_the_exact_fee_of_one_fill() -> None:
    intent = _intent("buy", "yes", count=37, price="0.52")
    assert worst_case_cost(intent) >= D(37) * D("0.52") + taker_fee(37, D("0.52"))
    assert worst_case_cost(intent, _whole_market()) >= D(37) * D("0.52") + taker_fee(37, D("0.52"))


def test_worst_case_for_non_direct_members_rounds_every_fill_to_the_cent() -> None:
    # a 0.01 fill at 0.56 takes 0.0058, floored to -0.01 for a member with whole-cent balances
    assert worst_case_cost(_intent(count=1, price="0.56"), precision=D("0.01")) == D("1.0000")


# --- client order ids -------------------------------------------------------------------------


def test_new_client_order_id_is_prefixed_uuid_hex() -> None:
    assert re.fullmatch(r"bs-[0-9a-f]{32}", new_client_order_id())


def test_new_client_order_ids_are_unique() -> None:
    assert len({new_client_order_id() for _ in range(1000)}) == 1000
