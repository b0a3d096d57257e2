"""The normalized portfolio models: decimals, absent values, JSON output, output schema, totals, aggregation.

Expected figures are worked out by hand in the comments, not copied from the code.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from brokerspec.app.schemas import compact_schema
from brokerspec.domain.money import CONTRACTS, DOLLARS, decimal_text
from brokerspec.domain.portfolio import (
    BrokerTotals,
    Holding,
    Portfolio,
    Position,
    broker_portfolio,
    broker_totals,
    to_decimal,
)
from pydantic import TypeAdapter, ValidationError

# to_decimal


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("1220.00", Decimal("1220.00")),
        ("1300", Decimal(1300)),
        ("-1", Decimal(-1)),
        (" 9.65 ", Decimal("9.65")),
        (45, Decimal(45)),
        (Decimal("8.06"), Decimal("8.06")),
    ],
)
def test_to_decimal_reads_strings_ints_and_decimals_exactly(wire: Any, expected: Decimal) -> None:
    result = to_decimal(wire)
    assert result == expected
    assert str(result) == str(expected)  # same digits, same scale


def test_to_decimal_reads_a_float_through_its_text_not_its_binary_value() -> None:
    # Decimal(0.1) would be 0.1000000000000000055511151231257827...
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal(4950.55) == Decimal("4950.55")


@pytest.mark.parametrize("absent", [None, "", "-", "- ", "  "])
def test_to_decimal_reads_absent_markers_as_none_not_zero(absent: Any) -> None:
    assert to_decimal(absent) is None


@pytest.mark.parametrize(
    "garbage", ["abc", "1,234.00", "NaN", "Infinity", "1.2.3", "--1", True, float("nan")]
)
def test_to_decimal_refuses_garbage_with_a_clear_error(garbage: Any) -> None:
    with pytest.raises(ValueError, match="not a"):
        to_decimal(garbage)


def test_to_decimal_turns_negative_zero_into_zero() -> None:
    # Wealthy reports a zero realized P&L as "-0.00".
    result = to_decimal("-0.00")
    assert result == 0
    assert result is not None and not result.is_signed()


@pytest.mark.parametrize(
    ("value", "quantum", "text"),
    [
        (Decimal("1E+3"), None, "1000"),
        (Decimal("1586000.00"), None, "1586000.00"),
        (Decimal("0.56"), DOLLARS, "0.5600"),
        (Decimal("12.345675"), DOLLARS, "12.3457"),  # half-even, as quantize
        (Decimal(3), CONTRACTS, "3.00"),
        (Decimal("2E+1"), CONTRACTS, "20.00"),
    ],
)
def test_decimal_text_is_the_one_fixed_point_writer(
    value: Decimal, quantum: Decimal | None, text: str
) -> None:
    assert decimal_text(value, quantum) == text


# Models: input and JSON output


def _holding(**overrides: Any) -> Holding:
    fields: dict[str, Any] = {
        "broker": "wealthy",
        "symbol": "GRINFRA",
        "quantity": "1300",
        "average_price": "1220.00",
        "invested_value": "1586000.00",
        "currency": "INR",
    }
    return Holding(**(fields | overrides))


def _position(**overrides: Any) -> Position:
    fields: dict[str, Any] = {"broker": "wealthy", "symbol": "SUZLON", "quantity": "1", "currency": "INR"}
    return Position(**(fields | overrides))


def test_models_accept_decimal_strings_as_input() -> None:
    holding = _holding(last_price="71.40")
    assert holding.quantity == Decimal(1300)
    assert holding.last_price == Decimal("71.40")


def test_optional_money_reads_absent_markers_as_null() -> None:
    assert _holding(last_price="-", unrealized_pnl="- ").last_price is None
    assert _holding(unrealized_pnl="").unrealized_pnl is None


def test_required_quantity_refuses_an_absent_marker() -> None:
    with pytest.raises(ValidationError):
        _holding(quantity="")


def test_json_output_has_decimals_as_strings_and_absent_values_as_null() -> None:
    data = json.loads(_holding().model_dump_json())
    assert data["quantity"] == "1300"
    assert data["average_price"] == "1220.00"
    assert data["invested_value"] == "1586000.00"
    assert data["last_price"] is None
    assert data["unrealized_pnl"] is None
    assert data["isin"] is None


def test_json_output_names_the_currency_on_rows_and_totals() -> None:
    portfolio = broker_portfolio("wealthy", [_holding()], [_position()], currency="INR")
    data = json.loads(portfolio.model_dump_json())
    assert data["holdings"][0]["currency"] == "INR"
    assert data["positions"][0]["currency"] == "INR"
    assert data["totals"]["currency"] == "INR"


def test_json_output_writes_decimals_in_fixed_point() -> None:
    assert json.loads(_holding(quantity=Decimal("1E+3")).model_dump_json())["quantity"] == "1000"


def test_python_dump_in_json_mode_matches_the_json_output() -> None:
    # The MCP server builds structuredContent with model_dump(mode="json").
    holding = _holding()
    assert holding.model_dump(mode="json") == json.loads(holding.model_dump_json())


def test_currency_must_be_an_explicit_known_code() -> None:
    with pytest.raises(ValidationError):
        _holding(currency="rupees")


# Output schema


def _walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _mcp_output_schema() -> dict[str, Any]:
    """The schema the MCP SDK publishes as a tool's outputSchema (it refuses any schema warning)."""
    from mcp.server.mcpserver.utilities.func_metadata import StrictJsonSchema

    return TypeAdapter(Portfolio).json_schema(schema_generator=StrictJsonSchema)


def test_portfolio_schema_has_no_number_types() -> None:
    schema = _mcp_output_schema()
    assert not [node for node in _walk(schema) if _types(node) & {"number", "integer"}]


def test_money_fields_are_described_as_strings_nullable_only_when_absent_is_possible() -> None:
    defs = _mcp_output_schema()["$defs"]
    assert defs["Holding"]["properties"]["quantity"]["type"] == "string"
    assert defs["Holding"]["properties"]["last_price"]["type"] == ["string", "null"]
    assert defs["BrokerTotals"]["properties"]["invested_value"]["type"] == ["string", "null"]
    assert defs["Cash"]["properties"]["available"]["type"] == "string"


def test_portfolio_schema_root_is_an_object_without_anyof() -> None:
    schema = _mcp_output_schema()
    assert schema["type"] == "object"
    assert "anyOf" not in schema


def test_schema_marks_every_key_required_because_every_key_is_always_sent() -> None:
    schema = _mcp_output_schema()
    for name, definition in [("Portfolio", schema), *schema["$defs"].items()]:
        assert sorted(definition["required"]) == sorted(definition["properties"]), name


def test_schema_stays_compact() -> None:
    schema = compact_schema(_mcp_output_schema(), output=True)  # as the server publishes it
    assert not [node for node in _walk(schema) if "title" in node and "properties" not in node]
    assert len(json.dumps(schema)) < 8000


# Totals


def test_totals_sum_rows_exactly_in_decimal() -> None:
    # 1300 x 1220.00 = 1586000.00 and 1500 x 460.00 = 690000.00: together 2276000.00
    totals = broker_totals(
        [
            _holding(),
            _holding(
                symbol="AVANTIFEED", quantity="1500", average_price="460.00", invested_value="690000.00"
            ),
        ],
        [],
        currency="INR",
    )
    assert totals.invested_value == Decimal("2276000.00")


def test_market_value_is_last_price_times_quantity_over_holdings() -> None:
    # 45 x 71.40 = 3213.00, 10 x 0.10 = 1.00
    totals = broker_totals(
        [
            _holding(quantity="45", last_price="71.40", invested_value="4950"),
            _holding(quantity="10", last_price="0.10", invested_value="1"),
        ],
        [],
        currency="INR",
    )
    assert totals.market_value == Decimal("3214.00")


def test_a_total_is_null_when_any_contributing_row_is_null() -> None:
    totals = broker_totals(
        [_holding(last_price="71.40", unrealized_pnl="5"), _holding(last_price=None, unrealized_pnl=None)],
        [],
        currency="INR",
    )
    assert totals.market_value is None
    assert totals.unrealized_pnl is None
    assert totals.invested_value == Decimal("3172000.00")  # both rows know it: 2 x 1586000.00


def test_unrealized_total_adds_holdings_and_positions() -> None:
    # -1737.00 + 1.59 + -1.59 = -1737.00
    totals = broker_totals(
        [_holding(unrealized_pnl="-1737.00")],
        [_position(unrealized_pnl="1.59"), _position(quantity="-1", unrealized_pnl="-1.59")],
        currency="INR",
    )
    assert totals.unrealized_pnl == Decimal("-1737.00")


def test_a_flat_position_without_an_unrealized_figure_does_not_void_the_total() -> None:
    totals = broker_totals(
        [_holding(unrealized_pnl="-1737.00")], [_position(quantity="0", unrealized_pnl=None)], currency="INR"
    )
    assert totals.unrealized_pnl == Decimal("-1737.00")


def test_an_open_position_without_an_unrealized_figure_voids_the_total() -> None:
    totals = broker_totals(
        [_holding(unrealized_pnl="-1737.00")], [_position(quantity="5", unrealized_pnl=None)], currency="INR"
    )
    assert totals.unrealized_pnl is None


def test_realized_total_sums_positions() -> None:
    # 0.00 + 12.50 - 2.25 = 10.25
    positions = [
        _position(realized_pnl="-0.00"),
        _position(realized_pnl="12.50"),
        _position(realized_pnl="-2.25"),
    ]
    assert broker_totals([], positions, currency="INR").realized_pnl == Decimal("10.25")


def test_realized_total_is_null_when_a_position_does_not_report_it() -> None:
    positions = [_position(realized_pnl="12.50"), _position(realized_pnl=None)]
    assert broker_totals([], positions, currency="INR").realized_pnl is None


def test_an_empty_portfolio_totals_zero_not_null() -> None:
    totals = broker_totals([], [], currency="USD")
    assert totals == BrokerTotals(
        invested_value=Decimal(0),
        market_value=Decimal(0),
        unrealized_pnl=Decimal(0),
        realized_pnl=Decimal(0),
        currency="USD",
    )


def test_totals_refuse_rows_in_another_currency() -> None:
    with pytest.raises(ValueError, match="USD"):
        broker_totals([_holding(currency="USD")], [], currency="INR")
