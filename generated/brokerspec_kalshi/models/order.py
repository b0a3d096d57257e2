from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "order_id",
        "ticker",
        "client_order_id",
        "user_id",
        "status",
        "type",
        "side",
        "action",
        "outcome_side",
        "book_side",
        "yes_price",
        "no_price",
        "yes_price_dollars",
        "no_price_dollars",
        "initial_count",
        "initial_count_fp",
        "fill_count",
        "fill_count_fp",
        "remaining_count",
        "remaining_count_fp",
        "queue_position",
        "queue_position_fp",
        "taker_fill_cost",
        "taker_fill_cost_dollars",
        "maker_fill_cost",
        "maker_fill_cost_dollars",
        "taker_fees",
        "taker_fees_dollars",
        "maker_fees",
        "maker_fees_dollars",
        "expiration_time",
        "created_time",
        "last_update_time",
        "self_trade_prevention_type",
        "order_group_id",
        "cancel_order_on_pause",
        "post_only",
        "subaccount_number",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "order_id",
    "ticker",
    "client_order_id",
    "user_id",
    "status",
    "type_",
    "side",
    "action",
    "outcome_side",
    "book_side",
    "yes_price",
    "no_price",
    "yes_price_dollars",
    "no_price_dollars",
    "initial_count",
    "initial_count_fp",
    "fill_count",
    "fill_count_fp",
    "remaining_count",
    "remaining_count_fp",
    "queue_position",
    "queue_position_fp",
    "taker_fill_cost",
    "taker_fill_cost_dollars",
    "maker_fill_cost",
    "maker_fill_cost_dollars",
    "taker_fees",
    "taker_fees_dollars",
    "maker_fees",
    "maker_fees_dollars",
    "expiration_time",
    "created_time",
    "last_update_time",
    "self_trade_prevention_type",
    "order_group_id",
    "cancel_order_on_pause",
    "post_only",
    "subaccount_number",
    "exchange_index",
    "additional_properties",
)


class Order:
    """An order as Kalshi reports it. Only `order_id` and `ticker` are required: counts and prices moved from
    integers (2025) to `*_fp` / `*_dollars` strings (2026), so read whichever is present. `status`, `type`,
    `side` and `action` are open strings. Direction: `book_side`/`outcome_side` (`bid` ≡ `yes`, `ask` ≡ `no`);
    `yes_price_dollars` is the YES-book limit whatever the direction; `side`/`action` are the deprecated pair.

    """

    __slots__ = ("_additional", "_body", "_own")

    def __init__(
        self,
        order_id: str,
        ticker: str,
        client_order_id: None | str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        side: str | Unset = UNSET,
        action: str | Unset = UNSET,
        outcome_side: str | Unset = UNSET,
        book_side: str | Unset = UNSET,
        yes_price: int | Unset = UNSET,
        no_price: int | Unset = UNSET,
        yes_price_dollars: str | Unset = UNSET,
        no_price_dollars: str | Unset = UNSET,
        initial_count: int | Unset = UNSET,
        initial_count_fp: str | Unset = UNSET,
        fill_count: int | Unset = UNSET,
        fill_count_fp: str | Unset = UNSET,
        remaining_count: int | Unset = UNSET,
        remaining_count_fp: str | Unset = UNSET,
        queue_position: int | Unset = UNSET,
        queue_position_fp: str | Unset = UNSET,
        taker_fill_cost: int | Unset = UNSET,
        taker_fill_cost_dollars: str | Unset = UNSET,
        maker_fill_cost: int | Unset = UNSET,
        maker_fill_cost_dollars: str | Unset = UNSET,
        taker_fees: int | Unset = UNSET,
        taker_fees_dollars: str | Unset = UNSET,
        maker_fees: int | Unset = UNSET,
        maker_fees_dollars: str | Unset = UNSET,
        expiration_time: None | str | Unset = UNSET,
        created_time: None | str | Unset = UNSET,
        last_update_time: None | str | Unset = UNSET,
        self_trade_prevention_type: None | str | Unset = UNSET,
        order_group_id: None | str | Unset = UNSET,
        cancel_order_on_pause: bool | Unset = UNSET,
        post_only: bool | Unset = UNSET,
        subaccount_number: int | None | Unset = UNSET,
        exchange_index: int | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        self._additional: dict[str, Any] | None = {}
        self._body["order_id"] = order_id
        self._body["ticker"] = ticker
        if not isinstance(client_order_id, Unset):
            self._body["client_order_id"] = client_order_id
        if not isinstance(user_id, Unset):
            self._body["user_id"] = user_id
        if not isinstance(status, Unset):
            self._body["status"] = status
        if not isinstance(type_, Unset):
            self._body["type"] = type_
        if not isinstance(side, Unset):
            self._body["side"] = side
        if not isinstance(action, Unset):
            self._body["action"] = action
        if not isinstance(outcome_side, Unset):
            self._body["outcome_side"] = outcome_side
        if not isinstance(book_side, Unset):
            self._body["book_side"] = book_side
        if not isinstance(yes_price, Unset):
            self._body["yes_price"] = yes_price
        if not isinstance(no_price, Unset):
            self._body["no_price"] = no_price
        if not isinstance(yes_price_dollars, Unset):
            self._body["yes_price_dollars"] = yes_price_dollars
        if not isinstance(no_price_dollars, Unset):
            self._body["no_price_dollars"] = no_price_dollars
        if not isinstance(initial_count, Unset):
            self._body["initial_count"] = initial_count
        if not isinstance(initial_count_fp, Unset):
            self._body["initial_count_fp"] = initial_count_fp
        if not isinstance(fill_count, Unset):
            self._body["fill_count"] = fill_count
        if not isinstance(fill_count_fp, Unset):
            self._body["fill_count_fp"] = fill_count_fp
        if not isinstance(remaining_count, Unset):
            self._body["remaining_count"] = remaining_count
        if not isinstance(remaining_count_fp, Unset):
            self._body["remaining_count_fp"] = remaining_count_fp
        if not isinstance(queue_position, Unset):
            self._body["queue_position"] = queue_position
        if not isinstance(queue_position_fp, Unset):
            self._body["queue_position_fp"] = queue_position_fp
        if not isinstance(taker_fill_cost, Unset):
            self._body["taker_fill_cost"] = taker_fill_cost
        if not isinstance(taker_fill_cost_dollars, Unset):
            self._body["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        if not isinstance(maker_fill_cost, Unset):
            self._body["maker_fill_cost"] = maker_fill_cost
        if not isinstance(maker_fill_cost_dollars, Unset):
            self._body["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        if not isinstance(taker_fees, Unset):
            self._body["taker_fees"] = taker_fees
        if not isinstance(taker_fees_dollars, Unset):
            self._body["taker_fees_dollars"] = taker_fees_dollars
        if not isinstance(maker_fees, Unset):
            self._body["maker_fees"] = maker_fees
        if not isinstance(maker_fees_dollars, Unset):
            self._body["maker_fees_dollars"] = maker_fees_dollars
        if not isinstance(expiration_time, Unset):
            self._body["expiration_time"] = expiration_time
        if not isinstance(created_time, Unset):
            self._body["created_time"] = created_time
        if not isinstance(last_update_time, Unset):
            self._body["last_update_time"] = last_update_time
        if not isinstance(self_trade_prevention_type, Unset):
            self._body["self_trade_prevention_type"] = self_trade_prevention_type
        if not isinstance(order_group_id, Unset):
            self._body["order_group_id"] = order_group_id
        if not isinstance(cancel_order_on_pause, Unset):
            self._body["cancel_order_on_pause"] = cancel_order_on_pause
        if not isinstance(post_only, Unset):
            self._body["post_only"] = post_only
        if not isinstance(subaccount_number, Unset):
            self._body["subaccount_number"] = subaccount_number
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def order_id(self) -> str:
        """Kalshi's id of the order."""
        value: str = self._body["order_id"]
        return value

    @order_id.setter
    def order_id(self, value: str) -> None:
        target = self._own_body()
        target["order_id"] = value

    @property
    def ticker(self) -> str:
        """Market ticker."""
        value: str = self._body["ticker"]
        return value

    @ticker.setter
    def ticker(self, value: str) -> None:
        target = self._own_body()
        target["ticker"] = value

    @property
    def client_order_id(self) -> None | str | Unset:
        """The id the member gave the order, if any."""
        value: None | str | Unset = self._body.get("client_order_id", UNSET)
        return value

    @client_order_id.setter
    def client_order_id(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("client_order_id", None)
        else:
            target["client_order_id"] = value

    @property
    def user_id(self) -> str | Unset:
        """Kalshi's id of the member."""
        value: str | Unset = self._body.get("user_id", UNSET)
        return value

    @user_id.setter
    def user_id(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("user_id", None)
        else:
            target["user_id"] = value

    @property
    def status(self) -> str | Unset:
        """Order state. Known values: `resting`, `canceled`, `executed` (others may appear)."""
        value: str | Unset = self._body.get("status", UNSET)
        return value

    @status.setter
    def status(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("status", None)
        else:
            target["status"] = value

    @property
    def type_(self) -> str | Unset:
        """Order type. Known values: `limit`, `market`."""
        value: str | Unset = self._body.get("type", UNSET)
        return value

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("type", None)
        else:
            target["type"] = value

    @property
    def side(self) -> str | Unset:
        """Deprecated (may be absent): contract side, `yes` or `no` (legacy description of the order)."""
        value: str | Unset = self._body.get("side", UNSET)
        return value

    @side.setter
    def side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("side", None)
        else:
            target["side"] = value

    @property
    def action(self) -> str | Unset:
        """Deprecated (may be absent): `buy` or `sell`. Never pair it with `outcome_side`."""
        value: str | Unset = self._body.get("action", UNSET)
        return value

    @action.setter
    def action(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("action", None)
        else:
            target["action"] = value

    @property
    def outcome_side(self) -> str | Unset:
        """The exposure the order builds, `yes` (a bid) or `no` (an ask) (2026)."""
        value: str | Unset = self._body.get("outcome_side", UNSET)
        return value

    @outcome_side.setter
    def outcome_side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("outcome_side", None)
        else:
            target["outcome_side"] = value

    @property
    def book_side(self) -> str | Unset:
        """The side of the YES book, `bid` or `ask` (2026)."""
        value: str | Unset = self._body.get("book_side", UNSET)
        return value

    @book_side.setter
    def book_side(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("book_side", None)
        else:
            target["book_side"] = value

    @property
    def yes_price(self) -> int | Unset:
        """YES limit price in cents (2025 and before)."""
        value: int | Unset = self._body.get("yes_price", UNSET)
        return value

    @yes_price.setter
    def yes_price(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_price", None)
        else:
            target["yes_price"] = value

    @property
    def no_price(self) -> int | Unset:
        """NO limit price in cents (2025 and before)."""
        value: int | Unset = self._body.get("no_price", UNSET)
        return value

    @no_price.setter
    def no_price(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_price", None)
        else:
            target["no_price"] = value

    @property
    def yes_price_dollars(self) -> str | Unset:
        """YES limit price in dollars, e.g. `"0.0200"`."""
        value: str | Unset = self._body.get("yes_price_dollars", UNSET)
        return value

    @yes_price_dollars.setter
    def yes_price_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_price_dollars", None)
        else:
            target["yes_price_dollars"] = value

    @property
    def no_price_dollars(self) -> str | Unset:
        """NO limit price in dollars."""
        value: str | Unset = self._body.get("no_price_dollars", UNSET)
        return value

    @no_price_dollars.setter
    def no_price_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_price_dollars", None)
        else:
            target["no_price_dollars"] = value

    @property
    def initial_count(self) -> int | Unset:
        """Size the order was placed with (integer era)."""
        value: int | Unset = self._body.get("initial_count", UNSET)
        return value

    @initial_count.setter
    def initial_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("initial_count", None)
        else:
            target["initial_count"] = value

    @property
    def initial_count_fp(self) -> str | Unset:
        """Size the order was placed with, fixed-point (2026)."""
        value: str | Unset = self._body.get("initial_count_fp", UNSET)
        return value

    @initial_count_fp.setter
    def initial_count_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("initial_count_fp", None)
        else:
            target["initial_count_fp"] = value

    @property
    def fill_count(self) -> int | Unset:
        """Contracts filled so far (integer era)."""
        value: int | Unset = self._body.get("fill_count", UNSET)
        return value

    @fill_count.setter
    def fill_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fill_count", None)
        else:
            target["fill_count"] = value

    @property
    def fill_count_fp(self) -> str | Unset:
        """Contracts filled so far, fixed-point (2026)."""
        value: str | Unset = self._body.get("fill_count_fp", UNSET)
        return value

    @fill_count_fp.setter
    def fill_count_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fill_count_fp", None)
        else:
            target["fill_count_fp"] = value

    @property
    def remaining_count(self) -> int | Unset:
        """Contracts still resting (integer era); 0 once cancelled or executed."""
        value: int | Unset = self._body.get("remaining_count", UNSET)
        return value

    @remaining_count.setter
    def remaining_count(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("remaining_count", None)
        else:
            target["remaining_count"] = value

    @property
    def remaining_count_fp(self) -> str | Unset:
        """Contracts still resting, fixed-point (2026)."""
        value: str | Unset = self._body.get("remaining_count_fp", UNSET)
        return value

    @remaining_count_fp.setter
    def remaining_count_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("remaining_count_fp", None)
        else:
            target["remaining_count_fp"] = value

    @property
    def queue_position(self) -> int | Unset:
        """Contracts ahead in the queue (often 0 here; use `get_queue_positions`)."""
        value: int | Unset = self._body.get("queue_position", UNSET)
        return value

    @queue_position.setter
    def queue_position(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("queue_position", None)
        else:
            target["queue_position"] = value

    @property
    def queue_position_fp(self) -> str | Unset:
        """Contracts ahead in the queue, fixed-point (2026)."""
        value: str | Unset = self._body.get("queue_position_fp", UNSET)
        return value

    @queue_position_fp.setter
    def queue_position_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("queue_position_fp", None)
        else:
            target["queue_position_fp"] = value

    @property
    def taker_fill_cost(self) -> int | Unset:
        """Cost of the taker fills, cents (2025 and before)."""
        value: int | Unset = self._body.get("taker_fill_cost", UNSET)
        return value

    @taker_fill_cost.setter
    def taker_fill_cost(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("taker_fill_cost", None)
        else:
            target["taker_fill_cost"] = value

    @property
    def taker_fill_cost_dollars(self) -> str | Unset:
        """Cost of the taker fills, dollars. `""` on an order that has not traded (2025 wire)."""
        value: str | Unset = self._body.get("taker_fill_cost_dollars", UNSET)
        return value

    @taker_fill_cost_dollars.setter
    def taker_fill_cost_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("taker_fill_cost_dollars", None)
        else:
            target["taker_fill_cost_dollars"] = value

    @property
    def maker_fill_cost(self) -> int | Unset:
        """Cost of the maker fills, cents (2025 and before)."""
        value: int | Unset = self._body.get("maker_fill_cost", UNSET)
        return value

    @maker_fill_cost.setter
    def maker_fill_cost(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("maker_fill_cost", None)
        else:
            target["maker_fill_cost"] = value

    @property
    def maker_fill_cost_dollars(self) -> str | Unset:
        """Cost of the maker fills, dollars. `""` on an order that has not traded (2025 wire)."""
        value: str | Unset = self._body.get("maker_fill_cost_dollars", UNSET)
        return value

    @maker_fill_cost_dollars.setter
    def maker_fill_cost_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("maker_fill_cost_dollars", None)
        else:
            target["maker_fill_cost_dollars"] = value

    @property
    def taker_fees(self) -> int | Unset:
        """Taker fees paid, cents (2025 and before)."""
        value: int | Unset = self._body.get("taker_fees", UNSET)
        return value

    @taker_fees.setter
    def taker_fees(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("taker_fees", None)
        else:
            target["taker_fees"] = value

    @property
    def taker_fees_dollars(self) -> str | Unset:
        """Taker fees paid, dollars (2026)."""
        value: str | Unset = self._body.get("taker_fees_dollars", UNSET)
        return value

    @taker_fees_dollars.setter
    def taker_fees_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("taker_fees_dollars", None)
        else:
            target["taker_fees_dollars"] = value

    @property
    def maker_fees(self) -> int | Unset:
        """Maker fees paid, cents (2025 and before)."""
        value: int | Unset = self._body.get("maker_fees", UNSET)
        return value

    @maker_fees.setter
    def maker_fees(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("maker_fees", None)
        else:
            target["maker_fees"] = value

    @property
    def maker_fees_dollars(self) -> str | Unset:
        """Maker fees paid, dollars (2026)."""
        value: str | Unset = self._body.get("maker_fees_dollars", UNSET)
        return value

    @maker_fees_dollars.setter
    def maker_fees_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("maker_fees_dollars", None)
        else:
            target["maker_fees_dollars"] = value

    @property
    def expiration_time(self) -> None | str | Unset:
        """When a good-till-cancelled order with an expiry lapses, RFC 3339; null when it has none."""
        value: None | str | Unset = self._body.get("expiration_time", UNSET)
        return value

    @expiration_time.setter
    def expiration_time(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expiration_time", None)
        else:
            target["expiration_time"] = value

    @property
    def created_time(self) -> None | str | Unset:
        """When the order was placed, RFC 3339."""
        value: None | str | Unset = self._body.get("created_time", UNSET)
        return value

    @created_time.setter
    def created_time(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("created_time", None)
        else:
            target["created_time"] = value

    @property
    def last_update_time(self) -> None | str | Unset:
        """When the order last changed, RFC 3339."""
        value: None | str | Unset = self._body.get("last_update_time", UNSET)
        return value

    @last_update_time.setter
    def last_update_time(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("last_update_time", None)
        else:
            target["last_update_time"] = value

    @property
    def self_trade_prevention_type(self) -> None | str | Unset:
        """`taker_at_cross` or `maker`; null when the order has none."""
        value: None | str | Unset = self._body.get("self_trade_prevention_type", UNSET)
        return value

    @self_trade_prevention_type.setter
    def self_trade_prevention_type(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("self_trade_prevention_type", None)
        else:
            target["self_trade_prevention_type"] = value

    @property
    def order_group_id(self) -> None | str | Unset:
        """The order group the order belongs to; null when none."""
        value: None | str | Unset = self._body.get("order_group_id", UNSET)
        return value

    @order_group_id.setter
    def order_group_id(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("order_group_id", None)
        else:
            target["order_group_id"] = value

    @property
    def cancel_order_on_pause(self) -> bool | Unset:
        """Whether the order is cancelled if trading in the market is paused (2026)."""
        value: bool | Unset = self._body.get("cancel_order_on_pause", UNSET)
        return value

    @cancel_order_on_pause.setter
    def cancel_order_on_pause(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cancel_order_on_pause", None)
        else:
            target["cancel_order_on_pause"] = value

    @property
    def post_only(self) -> bool | Unset:
        """Whether the order was placed maker-only (echoed from the create request when sent)."""
        value: bool | Unset = self._body.get("post_only", UNSET)
        return value

    @post_only.setter
    def post_only(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("post_only", None)
        else:
            target["post_only"] = value

    @property
    def subaccount_number(self) -> int | None | Unset:
        """Subaccount of the order (0 = primary); cancel, decrease and amend must name it."""
        value: int | None | Unset = self._body.get("subaccount_number", UNSET)
        return value

    @subaccount_number.setter
    def subaccount_number(self, value: int | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subaccount_number", None)
        else:
            target["subaccount_number"] = value

    @property
    def exchange_index(self) -> int | Unset:
        """Exchange shard the order rests on."""
        value: int | Unset = self._body.get("exchange_index", UNSET)
        return value

    @exchange_index.setter
    def exchange_index(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_index", None)
        else:
            target["exchange_index"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.order_id,
            self.ticker,
            self.client_order_id,
            self.user_id,
            self.status,
            self.type_,
            self.side,
            self.action,
            self.outcome_side,
            self.book_side,
            self.yes_price,
            self.no_price,
            self.yes_price_dollars,
            self.no_price_dollars,
            self.initial_count,
            self.initial_count_fp,
            self.fill_count,
            self.fill_count_fp,
            self.remaining_count,
            self.remaining_count_fp,
            self.queue_position,
            self.queue_position_fp,
            self.taker_fill_cost,
            self.taker_fill_cost_dollars,
            self.maker_fill_cost,
            self.maker_fill_cost_dollars,
            self.taker_fees,
            self.taker_fees_dollars,
            self.maker_fees,
            self.maker_fees_dollars,
            self.expiration_time,
            self.created_time,
            self.last_update_time,
            self.self_trade_prevention_type,
            self.order_group_id,
            self.cancel_order_on_pause,
            self.post_only,
            self.subaccount_number,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Order) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELD_NAMES, self._fields())
        )
        return f"{self.__class__.__name__}({fields})"

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The body's keys that are not fields, with their values."""
        additional = self._additional
        if additional is None:
            additional = {
                key: value
                for key, value in self._body.items()
                if key not in _WIRE_NAMES
            }
            self._additional = additional
        return additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        ticker = self.ticker

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        user_id = self.user_id

        status = self.status

        type_ = self.type_

        side = self.side

        action = self.action

        outcome_side = self.outcome_side

        book_side = self.book_side

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = self.yes_price_dollars

        no_price_dollars = self.no_price_dollars

        initial_count = self.initial_count

        initial_count_fp = self.initial_count_fp

        fill_count = self.fill_count

        fill_count_fp = self.fill_count_fp

        remaining_count = self.remaining_count

        remaining_count_fp = self.remaining_count_fp

        queue_position = self.queue_position

        queue_position_fp = self.queue_position_fp

        taker_fill_cost = self.taker_fill_cost

        taker_fill_cost_dollars = self.taker_fill_cost_dollars

        maker_fill_cost = self.maker_fill_cost

        maker_fill_cost_dollars = self.maker_fill_cost_dollars

        taker_fees = self.taker_fees

        taker_fees_dollars = self.taker_fees_dollars

        maker_fees = self.maker_fees

        maker_fees_dollars = self.maker_fees_dollars

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        created_time: None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = self.last_update_time

        self_trade_prevention_type: None | str | Unset
        if isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = self.self_trade_prevention_type

        order_group_id: None | str | Unset
        if isinstance(self.order_group_id, Unset):
            order_group_id = UNSET
        else:
            order_group_id = self.order_group_id

        cancel_order_on_pause = self.cancel_order_on_pause

        post_only = self.post_only

        subaccount_number: int | None | Unset
        if isinstance(self.subaccount_number, Unset):
            subaccount_number = UNSET
        else:
            subaccount_number = self.subaccount_number

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "ticker": ticker,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if side is not UNSET:
            field_dict["side"] = side
        if action is not UNSET:
            field_dict["action"] = action
        if outcome_side is not UNSET:
            field_dict["outcome_side"] = outcome_side
        if book_side is not UNSET:
            field_dict["book_side"] = book_side
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if initial_count is not UNSET:
            field_dict["initial_count"] = initial_count
        if initial_count_fp is not UNSET:
            field_dict["initial_count_fp"] = initial_count_fp
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if fill_count_fp is not UNSET:
            field_dict["fill_count_fp"] = fill_count_fp
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if remaining_count_fp is not UNSET:
            field_dict["remaining_count_fp"] = remaining_count_fp
        if queue_position is not UNSET:
            field_dict["queue_position"] = queue_position
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp
        if taker_fill_cost is not UNSET:
            field_dict["taker_fill_cost"] = taker_fill_cost
        if taker_fill_cost_dollars is not UNSET:
            field_dict["taker_fill_cost_dollars"] = taker_fill_cost_dollars
        if maker_fill_cost is not UNSET:
            field_dict["maker_fill_cost"] = maker_fill_cost
        if maker_fill_cost_dollars is not UNSET:
            field_dict["maker_fill_cost_dollars"] = maker_fill_cost_dollars
        if taker_fees is not UNSET:
            field_dict["taker_fees"] = taker_fees
        if taker_fees_dollars is not UNSET:
            field_dict["taker_fees_dollars"] = taker_fees_dollars
        if maker_fees is not UNSET:
            field_dict["maker_fees"] = maker_fees
        if maker_fees_dollars is not UNSET:
            field_dict["maker_fees_dollars"] = maker_fees_dollars
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if cancel_order_on_pause is not UNSET:
            field_dict["cancel_order_on_pause"] = cancel_order_on_pause
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "order_id" not in body:
            raise KeyError("order_id")
        if "ticker" not in body:
            raise KeyError("ticker")
        order = cls.__new__(cls)
        order._body = body
        order._own = False
        order._additional = None
        return order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
