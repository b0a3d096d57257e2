"""What the custom model template (openapi/templates/model.py.jinja) promises about every generated model.

A model read with `from_dict` keeps the decoded body and reads its fields from it; these tests pin the
behaviour that must not differ from the stock attrs models: typed values, unset fields, unknown keys kept,
the same errors, `to_dict`, equality, construction with arguments, and a caller's dict never changed.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from brokerspec_kalshi.models import (
    BatchCreateOrdersV2Result,
    CreateOrderV2Request,
    EmptyResponse,
    ErrorDetail,
    Fill,
    GetFillsResponse,
    Order,
)
from brokerspec_kalshi.types import UNSET
from brokerspec_vendor_gateway.models import GatewayRequest

FILL: dict[str, Any] = {
    "trade_id": "t-1",
    "order_id": "o-1",
    "ticker": "KXDEMO-26-A",
    "count_fp": "2.00",
    "yes_price_dollars": "0.4100",
    "is_taker": True,
    "brand_new_field": {"x": 1},
}


def test_fields_read_from_the_body_and_unset_when_absent() -> None:
    fill = Fill.from_dict(FILL)

    assert (fill.trade_id, fill.count_fp, fill.is_taker) == ("t-1", "2.00", True)
    assert fill.fee_cost is UNSET and fill.count is UNSET


def test_unknown_keys_are_additional_properties_and_round_trip() -> None:
    fill = Fill.from_dict(FILL)

    assert fill.additional_properties == {"brand_new_field": {"x": 1}}
    assert fill["brand_new_field"] == {"x": 1} and "brand_new_field" in fill
    assert fill.to_dict() == FILL


def test_a_missing_required_field_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="ticker"):
        Fill.from_dict({k: v for k, v in FILL.items() if k != "ticker"})


@pytest.mark.parametrize("body", ["abc", 5, None, [1, 2]])
def test_a_body_that_is_not_an_object_is_refused(body: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        GetFillsResponse.from_dict({"fills": [body]})


def test_the_callers_dict_is_never_changed() -> None:
    body = copy.deepcopy(FILL)
    fill = Fill.from_dict(body)

    fill.ticker = "KXOTHER"
    fill.fee_cost = "0.0100"
    fill.count_fp = UNSET
    fill["another"] = 1

    assert body == FILL
    assert fill.to_dict() == {
        **{k: v for k, v in FILL.items() if k != "count_fp"},
        "ticker": "KXOTHER",
        "fee_cost": "0.0100",
        "another": 1,
    }


def test_construction_with_arguments_and_equality() -> None:
    built = Fill(trade_id="t-1", order_id="o-1", ticker="KXDEMO-26-A", count_fp="2.00", is_taker=True)
    read = Fill.from_dict(
        {k: v for k, v in FILL.items() if k not in ("brand_new_field", "yes_price_dollars")}
    )

    assert built == read
    assert built != Fill.from_dict(FILL)  # the unknown key counts, as in the attrs models
    assert "count_fp='2.00'" in repr(built)


def test_nested_models_lists_and_enums_are_converted_up_front() -> None:
    page = GetFillsResponse.from_dict({"fills": [FILL], "cursor": ""})
    result = BatchCreateOrdersV2Result.from_dict({"client_order_id": "c", "error": {"code": "x"}})

    assert isinstance(page.fills[0], Fill) and page.fills[0].trade_id == "t-1"
    assert isinstance(result.error, ErrorDetail) and result.error.code == "x"
    with pytest.raises(TypeError):  # a request enum stays strict
        CreateOrderV2Request.from_dict(
            {
                "ticker": "T",
                "side": "buy",
                "count": "1.00",
                "price": "0.5000",
                "time_in_force": "fill_or_kill",
                "self_trade_prevention_type": "maker",
            }
        )


def test_renamed_fields_read_their_wire_name() -> None:
    order = Order.from_dict({"order_id": "o", "ticker": "T", "type": "limit"})

    assert order.type_ == "limit"
    assert order.to_dict() == {"order_id": "o", "ticker": "T", "type": "limit"}
    assert order.additional_properties == {}


def test_a_closed_model_drops_unknown_keys() -> None:
    request = GatewayRequest.from_dict({"userId": "U1", "vendor": "KOTAK", "extra": "x"})

    assert request.to_dict() == {"userId": "U1", "vendor": "KOTAK"}
    assert not hasattr(request, "additional_properties")


def test_models_copy_and_pickle() -> None:
    fill = Fill.from_dict(FILL)

    assert copy.deepcopy(fill) == fill
    assert pickle.loads(pickle.dumps(fill)) == fill
    assert EmptyResponse.from_dict({}) == EmptyResponse()
