"""Request decoding as strict as the real exchange, and as the spec's request schemas.

Kalshi's server is written in Go, so a body goes through two gates, and the sandbox keeps them apart:

1. **Decoding** — not JSON, or a JSON type the field cannot hold (a number for `count`): a *flat* 400
   `{"code": "bad_request", "message": "bad request", "details": "json: cannot unmarshal ..."}`.
2. **Validation** — missing or unknown fields, enum values, patterns: a *nested* 400 (`invalid_parameters`,
   or `invalid_price` for a price). Query parameters that fail validation get the *bare* `{"msg"}` shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, cast

from . import errors
from .models import Action, BookSide, OrderRequest, Outcome, SelfTradePrevention, TimeInForce
from .money import ONE, parse_decimal

_COUNT = re.compile(r"^[0-9]+(\.[0-9]{1,2})?$")
"""Counts: 0–2 decimals on input (`"10"`, `"2.5"`, `"2.50"`)."""
_V2_PRICE = re.compile(r"^0\.[0-9]{2,4}$")
"""Prices: dollar strings with 2–4 decimals on input (`"0.56"`, `"0.555"`, `"0.5600"`)."""
_LEGACY_PRICE_DOLLARS = re.compile(r"^[0-9]+\.[0-9]{1,4}$")
_TIME_IN_FORCE = ("fill_or_kill", "good_till_canceled", "immediate_or_cancel")
_STP = ("taker_at_cross", "maker")
MAX_BATCH = 20
"""The legacy batch endpoints take at most 20 orders or ids; the V2 ones scale with the tier's write budget."""

FieldType = type[str] | type[int] | type[bool] | type[list[Any]]
_GO_TYPE: dict[object, str] = {str: "string", int: "int64", bool: "bool", list: "[]string"}

V2_CREATE_FIELDS: dict[str, FieldType] = {
    "ticker": str,
    "side": str,
    "count": str,
    "price": str,
    "time_in_force": str,
    "self_trade_prevention_type": str,
    "client_order_id": str,
    "expiration_time": int,
    "post_only": bool,
    "reduce_only": bool,
    "cancel_order_on_pause": bool,
    "subaccount": int,
    "order_group_id": str,
    "exchange_index": int,
}
LEGACY_CREATE_FIELDS: dict[str, FieldType] = {
    "ticker": str,
    "side": str,
    "action": str,
    "count": int,
    "type": str,
    "yes_price": int,
    "no_price": int,
    "yes_price_dollars": str,
    "no_price_dollars": str,
    "client_order_id": str,
    "expiration_ts": int,
    "time_in_force": str,
    "buy_max_cost": int,
    "post_only": bool,
    "sell_position_floor": int,
    "sell_position_capped": bool,
    "self_trade_prevention_type": str,
    "order_group_id": str,
}
AMEND_FIELDS: dict[str, FieldType] = {
    "ticker": str,
    "side": str,
    "price": str,
    "count": str,
    "client_order_id": str,
    "updated_client_order_id": str,
    "expiration_time": int,
    "exchange_index": int,
}
"""`subaccount` is a query parameter of amend, not a body field."""
DECREASE_FIELDS: dict[str, FieldType] = {
    "reduce_by": str,
    "reduce_to": str,
    "exchange_index": int,
    "market_ticker": str,
}
"""`subaccount` is a query parameter of decrease, not a body field."""
GROUP_LIMIT_FIELDS: dict[str, FieldType] = {"contracts_limit": int, "contracts_limit_fp": str}
GROUP_FIELDS: dict[str, FieldType] = {**GROUP_LIMIT_FIELDS, "subaccount": int, "exchange_index": int}
IDS_FIELDS: dict[str, FieldType] = {"ids": list, "subaccount": int}
"""The legacy batch cancel body (`DELETE /portfolio/orders/batched`, 2025 wire only)."""
CANCEL_ITEM_FIELDS: dict[str, FieldType] = {
    "order_id": str,
    "subaccount": int,
    "exchange_index": int,
    "market_ticker": str,
}
TRANSFER_FIELDS: dict[str, FieldType] = {
    "client_transfer_id": str,
    "source": str,
    "destination": str,
    "amount": int,
    "source_exchange_shard": int,
    "destination_exchange_shard": int,
    "source_subaccount": int,
    "destination_subaccount": int,
}


# -- decoding ----------------------------------------------------------------------------------------


def decode_json(raw: bytes) -> Any:
    """Parse a body; JSON floats become Decimal so a number never turns into a binary float."""
    if not raw.strip():
        raise errors.bad_request("unexpected end of JSON input")
    try:
        return json.loads(raw, parse_float=Decimal)
    except (ValueError, RecursionError) as exc:
        raise errors.bad_request(f"invalid character in JSON body: {exc}") from None


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | Decimal):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _fits(value: object, wanted: FieldType) -> bool:
    if wanted is bool:
        return isinstance(value, bool)
    if wanted is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, wanted)


def decode_object(body: Any, fields: Mapping[str, FieldType], struct: str) -> dict[str, Any]:
    """Type-check a decoded body against a Go-like struct: wrong types are decode (flat) errors.

    `null` counts as absent, as it does for Go's decoder. Unknown fields are kept for `check_known`.
    """
    if not isinstance(body, dict):
        raise errors.bad_request(f"json: cannot unmarshal {_json_type(body)} into Go value of type {struct}")
    out: dict[str, Any] = {}
    for name, value in body.items():
        if value is None:
            continue
        wanted = fields.get(name)
        if wanted is not None and not _fits(value, wanted):
            raise errors.bad_request(
                f"json: cannot unmarshal {_json_type(value)} into Go struct field {struct}.{name} "
                f"of type {_GO_TYPE[wanted]}"
            )
        out[name] = value
    return out


def check_known(body: Mapping[str, Any], fields: Mapping[str, FieldType]) -> None:
    """Refuse fields the request schema does not have (the spec's request schemas are closed)."""
    unknown = sorted(set(body) - set(fields))
    if unknown:
        raise errors.invalid_parameters(f"unknown field(s): {', '.join(unknown)}")


def _require(body: Mapping[str, Any], *names: str) -> None:
    missing = [n for n in names if n not in body]
    if missing:
        raise errors.invalid_parameters(f"missing required field(s): {', '.join(missing)}")


def _choice(body: Mapping[str, Any], name: str, allowed: tuple[str, ...]) -> str:
    value = cast(str, body[name])
    if value not in allowed:
        raise errors.invalid_parameters(f"{name} must be one of {', '.join(allowed)}")
    return value


def _non_empty(body: Mapping[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if value == "":
        raise errors.invalid_parameters(f"{name} must not be empty")
    return cast(str, value)


SUBACCOUNT_MAX = 63


def _subaccount(body: Mapping[str, Any]) -> int:
    value = cast(int, body.get("subaccount", 0))
    if not 0 <= value <= SUBACCOUNT_MAX:
        raise errors.invalid_parameters(f"subaccount must be between 0 and {SUBACCOUNT_MAX}")
    return value


def _exchange_index(body: Mapping[str, Any]) -> int | None:
    value = cast(int | None, body.get("exchange_index"))
    if value is not None and value < -1:
        raise errors.invalid_parameters("exchange_index must be -1 (route by ticker) or a shard index")
    return value


def parse_count(text: str, name: str = "count") -> Decimal:
    """A count string with 0–2 decimals (`"10"`, `"2.5"`, `"10.00"`); the market decides if it may be fractional."""
    if not _COUNT.match(text):
        raise errors.invalid_parameters(f"{name} must be a decimal string with at most 2 decimals")
    return Decimal(text)


def parse_v2_price(text: str) -> Decimal:
    """A YES price string with 2–4 decimals strictly between 0 and 1 (the grid is checked by the market)."""
    if not _V2_PRICE.match(text) or Decimal(text) == 0:
        raise errors.invalid_price('price must be a dollar string with 2 to 4 decimals, e.g. "0.5600"')
    return Decimal(text)


# -- V2 bodies ---------------------------------------------------------------------------------------


def v2_create(body: Any) -> OrderRequest:
    """`POST /portfolio/events/orders` (and each element of the batched form)."""
    data = decode_object(body, V2_CREATE_FIELDS, "CreateOrderV2Request")
    return _v2_create_checked(data)


def _v2_create_checked(data: dict[str, Any]) -> OrderRequest:
    check_known(data, V2_CREATE_FIELDS)
    _require(data, "ticker", "side", "count", "price", "time_in_force", "self_trade_prevention_type")
    ticker = _non_empty(data, "ticker")
    assert ticker is not None
    side = cast(BookSide, _choice(data, "side", ("bid", "ask")))
    tif = cast(TimeInForce, _choice(data, "time_in_force", _TIME_IN_FORCE))
    stp = cast(SelfTradePrevention, _choice(data, "self_trade_prevention_type", _STP))
    count = parse_count(data["count"])
    price = parse_v2_price(data["price"])
    expiration = cast(int | None, data.get("expiration_time"))
    if expiration is not None and tif != "good_till_canceled":
        raise errors.invalid_parameters("expiration_time is only allowed with good_till_canceled")
    return OrderRequest(
        ticker=ticker,
        book_side=side,
        price=price,
        count=count,
        time_in_force=tif,
        self_trade_prevention_type=stp,
        client_order_id=_non_empty(data, "client_order_id"),
        expiration_ts=expiration,
        post_only=bool(data.get("post_only", False)),
        reduce_only=bool(data.get("reduce_only", False)),
        cancel_order_on_pause=bool(data.get("cancel_order_on_pause", False)),
        order_group_id=_non_empty(data, "order_group_id"),
        subaccount=_subaccount(data),
        exchange_index=_exchange_index(data),
    )


def batch_bodies(
    body: Any,
    element_fields: Mapping[str, FieldType],
    struct: str,
    element_struct: str,
    max_items: int = MAX_BATCH,
) -> list[dict[str, Any]]:
    """The `orders` list of a batch, every element type-checked (one bad type fails the whole call)."""
    data = decode_object(body, {"orders": list}, struct)
    check_known(data, {"orders": list})
    _require(data, "orders")
    orders = cast(list[Any], data["orders"])
    if not 1 <= len(orders) <= max_items:
        raise errors.invalid_parameters(f"orders must hold 1 to {max_items} items")
    return [decode_object(item, element_fields, element_struct) for item in orders]


def batch_items(body: Any) -> int:
    """How many items a batch body holds, for billing (1 when it is not a batch body at all)."""
    if isinstance(body, dict):
        for key in ("orders", "ids"):
            items = body.get(key)
            if isinstance(items, list):
                return max(1, len(items))
    return 1


BatchItem = tuple[str | None, OrderRequest | errors.ExchangeError]


def _client_id(item: Mapping[str, Any]) -> str | None:
    value = item.get("client_order_id")
    return value if isinstance(value, str) and value else None


def v2_batch_create(body: Any, max_items: int = MAX_BATCH) -> list[BatchItem]:
    """Each element validated on its own: (its client_order_id, the order or why it was refused)."""
    out: list[BatchItem] = []
    items = batch_bodies(
        body, V2_CREATE_FIELDS, "BatchCreateOrdersV2Request", "CreateOrderV2Request", max_items
    )
    for item in items:
        try:
            out.append((_client_id(item), _v2_create_checked(item)))
        except errors.ExchangeError as exc:
            out.append((_client_id(item), exc))
    return out


@dataclass(frozen=True)
class CancelItem:
    """One element of a V2 batch cancel: the order and where to route it."""

    order_id: str
    subaccount: int
    exchange_index: int | None
    market_ticker: str | None


CancelBatchItem = CancelItem | tuple[str, errors.ExchangeError]


def v2_batch_cancel(body: Any, max_items: int) -> list[CancelBatchItem]:
    """`DELETE /portfolio/events/orders/batched`: `{"orders": [{"order_id", "subaccount"?, "exchange_index"?,
    "market_ticker"?}]}`. The retired `{"ids": [...]}` body is refused (unknown field, missing `orders`)."""
    out: list[CancelBatchItem] = []
    items = batch_bodies(
        body, CANCEL_ITEM_FIELDS, "BatchCancelOrdersV2Request", "BatchCancelOrdersV2RequestOrder", max_items
    )
    for item in items:
        order_id = item.get("order_id")
        try:
            check_known(item, CANCEL_ITEM_FIELDS)
            _require(item, "order_id")
            if order_id == "":
                raise errors.invalid_parameters("order_id must not be empty")
            out.append(
                CancelItem(
                    cast(str, order_id),
                    _subaccount(item),
                    _exchange_index(item),
                    _non_empty(item, "market_ticker"),
                )
            )
        except errors.ExchangeError as exc:
            out.append((order_id if isinstance(order_id, str) else "", exc))
    return out


def order_ids(body: Any, struct: str) -> list[str]:
    """`{"ids": [...]}` of the legacy batch cancel."""
    data = decode_object(body, IDS_FIELDS, struct)
    check_known(data, IDS_FIELDS)
    _require(data, "ids")
    ids = cast(list[Any], data["ids"])
    if not all(isinstance(i, str) for i in ids):
        raise errors.bad_request(
            f"json: cannot unmarshal number into Go struct field {struct}.ids of type string"
        )
    if not 1 <= len(ids) <= MAX_BATCH:
        raise errors.invalid_parameters(f"ids must hold 1 to {MAX_BATCH} order ids")
    if any(i == "" for i in ids):
        raise errors.invalid_parameters("ids must not contain empty strings")
    _subaccount(data)
    return [cast(str, i) for i in ids]


@dataclass(frozen=True)
class Amend:
    """A decoded amend body."""

    ticker: str
    side: BookSide
    price: Decimal
    count: Decimal
    client_order_id: str | None
    updated_client_order_id: str | None
    expiration_time: int | None
    """None: keep the expiry; 0: remove it; otherwise the new Unix time."""
    has_expiration: bool
    exchange_index: int | None


def amend(body: Any) -> Amend:
    """`POST /portfolio/events/orders/{order_id}/amend`."""
    data = decode_object(body, AMEND_FIELDS, "AmendOrderV2Request")
    check_known(data, AMEND_FIELDS)
    _require(data, "ticker", "side", "price", "count")
    ticker = _non_empty(data, "ticker")
    assert ticker is not None
    expiration = cast(int | None, data.get("expiration_time"))
    if expiration is not None and expiration < 0:
        raise errors.invalid_parameters("expiration_time must be 0 (remove) or a Unix time in the future")
    return Amend(
        ticker=ticker,
        side=cast(BookSide, _choice(data, "side", ("bid", "ask"))),
        price=parse_v2_price(data["price"]),
        count=parse_count(data["count"]),
        client_order_id=_non_empty(data, "client_order_id"),
        updated_client_order_id=_non_empty(data, "updated_client_order_id"),
        expiration_time=expiration,
        has_expiration="expiration_time" in data,
        exchange_index=_exchange_index(data),
    )


@dataclass(frozen=True)
class Decrease:
    reduce_by: Decimal | None
    reduce_to: Decimal | None
    exchange_index: int | None
    market_ticker: str | None


def decrease(body: Any) -> Decrease:
    """`POST /portfolio/events/orders/{order_id}/decrease`: exactly one of reduce_by and reduce_to."""
    data = decode_object(body, DECREASE_FIELDS, "DecreaseOrderV2Request")
    check_known(data, DECREASE_FIELDS)
    if ("reduce_by" in data) == ("reduce_to" in data):
        raise errors.invalid_parameters("exactly one of reduce_by and reduce_to is required")
    by = parse_count(data["reduce_by"], "reduce_by") if "reduce_by" in data else None
    to = parse_count(data["reduce_to"], "reduce_to") if "reduce_to" in data else None
    return Decrease(by, to, _exchange_index(data), _non_empty(data, "market_ticker"))


def _group_limit(data: Mapping[str, Any]) -> Decimal:
    """`contracts_limit` (whole, >= 1) or `contracts_limit_fp`; both only when they match."""
    given = [name for name in ("contracts_limit", "contracts_limit_fp") if name in data]
    if not given:
        raise errors.invalid_parameters("one of contracts_limit and contracts_limit_fp is required")
    whole = Decimal(cast(int, data["contracts_limit"])) if "contracts_limit" in data else None
    if whole is not None and whole < 1:
        raise errors.invalid_parameters("contracts_limit must be at least 1")
    fixed = (
        parse_count(data["contracts_limit_fp"], "contracts_limit_fp")
        if "contracts_limit_fp" in data
        else None
    )
    if whole is not None and fixed is not None and whole != fixed:
        raise errors.invalid_parameters("contracts_limit and contracts_limit_fp must match")
    limit = whole if whole is not None else fixed
    assert limit is not None
    return limit


@dataclass(frozen=True)
class GroupCreate:
    contracts_limit: Decimal
    subaccount: int
    exchange_index: int


def order_group_create(body: Any) -> GroupCreate:
    """`POST /portfolio/order_groups/create`: `{contracts_limit | contracts_limit_fp, subaccount?, exchange_index?}`."""
    data = decode_object(body, GROUP_FIELDS, "CreateOrderGroupRequest")
    check_known(data, GROUP_FIELDS)
    index = _exchange_index(data)
    return GroupCreate(_group_limit(data), _subaccount(data), 0 if index in (None, -1) else index)


def order_group_limit(body: Any) -> Decimal:
    """`PUT /portfolio/order_groups/{id}/limit`: `{contracts_limit | contracts_limit_fp}`."""
    data = decode_object(body, GROUP_LIMIT_FIELDS, "UpdateOrderGroupLimitRequest")
    check_known(data, GROUP_LIMIT_FIELDS)
    return _group_limit(data)


@dataclass(frozen=True)
class TransferRequest:
    amount: Decimal
    """Dollars (the wire's `amount` is in centicents)."""
    source_exchange_shard: int
    destination_exchange_shard: int
    source_subaccount: int
    destination_subaccount: int
    client_transfer_id: str | None


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def transfer(body: Any) -> TransferRequest:
    """`POST /portfolio/intra_exchange_instance_transfer` (event-contract instance only in the sandbox)."""
    data = decode_object(body, TRANSFER_FIELDS, "IntraExchangeInstanceTransferRequest")
    check_known(data, TRANSFER_FIELDS)
    _require(data, "source", "destination", "amount")
    for name in ("source", "destination"):
        if _choice(data, name, ("event_contract", "margined")) != "event_contract":
            raise errors.invalid_parameters("the sandbox has only the event_contract exchange instance")
    shards = []
    for name in ("source_exchange_shard", "destination_exchange_shard"):
        value = cast(int, data.get(name, 0))
        if not 0 <= value <= 100:
            raise errors.invalid_parameters(f"{name} must be between 0 and 100")
        shards.append(value)
    subs = []
    for name in ("source_subaccount", "destination_subaccount"):
        value = cast(int, data.get(name, 0))
        if not 0 <= value <= SUBACCOUNT_MAX:
            raise errors.invalid_parameters(f"{name} must be between 0 and {SUBACCOUNT_MAX}")
        subs.append(value)
    client_id = _non_empty(data, "client_transfer_id")
    if client_id is not None and not _UUID.match(client_id):
        raise errors.invalid_parameters("client_transfer_id must be a UUID")
    amount = cast(int, data["amount"])
    if amount <= 0:
        raise errors.invalid_parameters("amount must be a positive number of centicents")
    return TransferRequest(Decimal(amount) / 10_000, shards[0], shards[1], subs[0], subs[1], client_id)


# -- legacy bodies -----------------------------------------------------------------------------------


def legacy_create(body: Any) -> OrderRequest:
    """`POST /portfolio/orders` (2025 wire): yes/no + buy/sell, integer count, one price."""
    data = decode_object(body, LEGACY_CREATE_FIELDS, "CreateOrderRequest")
    return _legacy_checked(data)


def legacy_batch_create(body: Any) -> list[BatchItem]:
    out: list[BatchItem] = []
    for item in batch_bodies(body, LEGACY_CREATE_FIELDS, "BatchCreateOrdersRequest", "CreateOrderRequest"):
        try:
            out.append((_client_id(item), _legacy_checked(item)))
        except errors.ExchangeError as exc:
            out.append((_client_id(item), exc))
    return out


def _legacy_checked(data: dict[str, Any]) -> OrderRequest:
    check_known(data, LEGACY_CREATE_FIELDS)
    _require(data, "ticker", "side", "action", "count")
    ticker = _non_empty(data, "ticker")
    assert ticker is not None
    side = cast(Outcome, _choice(data, "side", ("yes", "no")))
    action = cast(Action, _choice(data, "action", ("buy", "sell")))
    order_type = cast(
        Literal["limit", "market"], _choice(data, "type", ("limit", "market")) if "type" in data else "limit"
    )
    count = Decimal(cast(int, data["count"]))
    if count < 1:
        raise errors.invalid_parameters("count must be at least 1")
    # A YES bid buys YES or sells NO; everything else is an ask.
    book_side: BookSide = "bid" if (side == "yes") == (action == "buy") else "ask"
    yes_price = _legacy_yes_price(data)
    if yes_price is None:
        if order_type == "limit":
            raise errors.invalid_parameters(
                "a limit order needs exactly one of yes_price, no_price, yes_price_dollars, no_price_dollars"
            )
        yes_price = Decimal("0.99") if book_side == "bid" else Decimal("0.01")
    default_tif: TimeInForce = "immediate_or_cancel" if order_type == "market" else "good_till_canceled"
    tif = (
        cast(TimeInForce, _choice(data, "time_in_force", _TIME_IN_FORCE))
        if "time_in_force" in data
        else default_tif
    )
    stp = (
        cast(SelfTradePrevention, _choice(data, "self_trade_prevention_type", _STP))
        if "self_trade_prevention_type" in data
        else None
    )
    budget = None
    if "buy_max_cost" in data and action == "buy":
        budget = Decimal(cast(int, data["buy_max_cost"])) / 100
    return OrderRequest(
        ticker=ticker,
        book_side=book_side,
        price=yes_price,
        count=count,
        time_in_force=tif,
        self_trade_prevention_type=stp,
        client_order_id=_non_empty(data, "client_order_id"),
        expiration_ts=cast(int | None, data.get("expiration_ts")),
        post_only=bool(data.get("post_only", False)),
        order_group_id=_non_empty(data, "order_group_id"),
        side=side,
        action=action,
        order_type=order_type,
        buy_max_cost=budget,
    )


def _legacy_yes_price(data: Mapping[str, Any]) -> Decimal | None:
    """The YES-book price from whichever one of the four legacy price fields was given."""
    given = [
        name for name in ("yes_price", "no_price", "yes_price_dollars", "no_price_dollars") if name in data
    ]
    if not given:
        return None
    if len(given) > 1:
        raise errors.invalid_parameters(
            "give exactly one of yes_price, no_price, yes_price_dollars, no_price_dollars"
        )
    name = given[0]
    if name.endswith("_dollars"):
        text = cast(str, data[name])
        value = parse_decimal(text) if _LEGACY_PRICE_DOLLARS.match(text) else None
        if value is None:
            raise errors.invalid_price(f'{name} must be a dollar string such as "0.5600"')
    else:
        cents = cast(int, data[name])
        if not 1 <= cents <= 99:
            raise errors.invalid_price(f"{name} must be between 1 and 99 cents")
        value = Decimal(cents) / 100
    return value if name.startswith("yes") else ONE - value


# -- query parameters --------------------------------------------------------------------------------


def query_int(params: Mapping[str, str], name: str, *, minimum: int | None = None) -> int | None:
    """An optional integer query parameter; anything else is a bare 400."""
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw, 10)
    except ValueError:
        raise errors.bad_query(f"{name} must be an integer") from None
    if minimum is not None and value < minimum:
        raise errors.bad_query(f"{name} must be >= {minimum}")
    return value


DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def query_limit(params: Mapping[str, str]) -> int:
    """`limit`: 1 to 1000, default 100; out of range is a bare 400 like the real API."""
    raw = params.get("limit")
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    try:
        value = int(raw, 10)
    except ValueError:
        raise errors.bad_query("limit must be an integer between 1 and 1000") from None
    if not 1 <= value <= MAX_LIMIT:
        raise errors.bad_query("limit must be between 1 and 1000")
    return value


def query_subaccount(params: Mapping[str, str]) -> int | None:
    """`subaccount` (0–63) or None when absent; what absence means depends on the endpoint."""
    value = query_int(params, "subaccount")
    if value is not None and not 0 <= value <= SUBACCOUNT_MAX:
        raise errors.bad_query(f"subaccount must be between 0 and {SUBACCOUNT_MAX}")
    return value


def query_exchange_index(params: Mapping[str, str], *, allow_auto: bool = False) -> int | None:
    """`exchange_index` (a shard, or -1 = route by ticker where routing applies) or None when absent."""
    value = query_int(params, "exchange_index")
    if value is not None and (value < -1 or (value == -1 and not allow_auto)):
        raise errors.bad_query("exchange_index must be a shard index" + (" or -1" if allow_auto else ""))
    return value


def query_choice(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    if raw not in allowed:
        raise errors.bad_query(f"{name} must be one of {', '.join(allowed)}")
    return raw


def query_list(params: Mapping[str, str], name: str, *, max_items: int | None = None) -> list[str] | None:
    """A comma-separated list parameter (empty items dropped)."""
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    items = [item.strip() for item in raw.split(",") if item.strip()]
    if max_items is not None and len(items) > max_items:
        raise errors.bad_query(f"{name} takes at most {max_items} values")
    return items
