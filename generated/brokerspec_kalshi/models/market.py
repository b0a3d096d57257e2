from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
    from ..models.market_mve_selected_legs_type_0_item import (
        MarketMveSelectedLegsType0Item,
    )
    from ..models.price_range import PriceRange


T = TypeVar("T", bound="Market")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "event_ticker",
        "status",
        "market_type",
        "title",
        "subtitle",
        "yes_sub_title",
        "no_sub_title",
        "open_time",
        "close_time",
        "expected_expiration_time",
        "expiration_time",
        "latest_expiration_time",
        "yes_bid_dollars",
        "yes_bid_size_fp",
        "yes_ask_dollars",
        "yes_ask_size_fp",
        "no_bid_dollars",
        "no_ask_dollars",
        "last_price_dollars",
        "previous_price_dollars",
        "volume_fp",
        "volume_24h_fp",
        "open_interest_fp",
        "notional_value_dollars",
        "result",
        "can_close_early",
        "settlement_value_dollars",
        "settlement_ts",
        "rules_primary",
        "rules_secondary",
        "created_time",
        "updated_time",
        "settlement_timer_seconds",
        "previous_yes_bid_dollars",
        "previous_yes_ask_dollars",
        "settlement_bounds_type",
        "settlement_floor_dollars",
        "expiration_value",
        "occurrence_datetime",
        "fee_waiver_expiration_time",
        "early_close_condition",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "functional_strike",
        "custom_strike",
        "mve_collection_ticker",
        "mve_selected_legs",
        "primary_participant_key",
        "is_provisional",
        "yes_bid",
        "yes_ask",
        "no_bid",
        "no_ask",
        "last_price",
        "previous_price",
        "previous_yes_bid",
        "previous_yes_ask",
        "notional_value",
        "volume",
        "volume_24h",
        "open_interest",
        "liquidity",
        "liquidity_dollars",
        "tick_size",
        "risk_limit_cents",
        "response_price_units",
        "category",
        "price_level_structure",
        "price_ranges",
        "exchange_index",
        "fractional_trading_enabled",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "event_ticker",
    "status",
    "market_type",
    "title",
    "subtitle",
    "yes_sub_title",
    "no_sub_title",
    "open_time",
    "close_time",
    "expected_expiration_time",
    "expiration_time",
    "latest_expiration_time",
    "yes_bid_dollars",
    "yes_bid_size_fp",
    "yes_ask_dollars",
    "yes_ask_size_fp",
    "no_bid_dollars",
    "no_ask_dollars",
    "last_price_dollars",
    "previous_price_dollars",
    "volume_fp",
    "volume_24h_fp",
    "open_interest_fp",
    "notional_value_dollars",
    "result",
    "can_close_early",
    "settlement_value_dollars",
    "settlement_ts",
    "rules_primary",
    "rules_secondary",
    "created_time",
    "updated_time",
    "settlement_timer_seconds",
    "previous_yes_bid_dollars",
    "previous_yes_ask_dollars",
    "settlement_bounds_type",
    "settlement_floor_dollars",
    "expiration_value",
    "occurrence_datetime",
    "fee_waiver_expiration_time",
    "early_close_condition",
    "strike_type",
    "floor_strike",
    "cap_strike",
    "functional_strike",
    "custom_strike",
    "mve_collection_ticker",
    "mve_selected_legs",
    "primary_participant_key",
    "is_provisional",
    "yes_bid",
    "yes_ask",
    "no_bid",
    "no_ask",
    "last_price",
    "previous_price",
    "previous_yes_bid",
    "previous_yes_ask",
    "notional_value",
    "volume",
    "volume_24h",
    "open_interest",
    "liquidity",
    "liquidity_dollars",
    "tick_size",
    "risk_limit_cents",
    "response_price_units",
    "category",
    "price_level_structure",
    "price_ranges",
    "exchange_index",
    "fractional_trading_enabled",
    "additional_properties",
)


class Market:
    """A market: what it is, its state, the shard it lives on, the price grid orders must use, whether it takes
    fractional counts, and its top of book. Prices are YES prices unless named `no_*`. The 2025 wire also
    sends integer cents (`yes_bid`, `last_price`, ...) and integer counts (`volume`, `open_interest`); today's
    sends the `*_dollars` and `*_fp` strings only. Only `ticker`, `event_ticker` and `status` are required.

    """

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        ticker: str,
        event_ticker: str,
        status: str,
        market_type: str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        subtitle: None | str | Unset = UNSET,
        yes_sub_title: str | Unset = UNSET,
        no_sub_title: str | Unset = UNSET,
        open_time: str | Unset = UNSET,
        close_time: str | Unset = UNSET,
        expected_expiration_time: None | str | Unset = UNSET,
        expiration_time: None | str | Unset = UNSET,
        latest_expiration_time: str | Unset = UNSET,
        yes_bid_dollars: str | Unset = UNSET,
        yes_bid_size_fp: str | Unset = UNSET,
        yes_ask_dollars: str | Unset = UNSET,
        yes_ask_size_fp: str | Unset = UNSET,
        no_bid_dollars: str | Unset = UNSET,
        no_ask_dollars: str | Unset = UNSET,
        last_price_dollars: str | Unset = UNSET,
        previous_price_dollars: str | Unset = UNSET,
        volume_fp: str | Unset = UNSET,
        volume_24h_fp: str | Unset = UNSET,
        open_interest_fp: str | Unset = UNSET,
        notional_value_dollars: str | Unset = UNSET,
        result: str | Unset = UNSET,
        can_close_early: bool | Unset = UNSET,
        settlement_value_dollars: None | str | Unset = UNSET,
        settlement_ts: None | str | Unset = UNSET,
        rules_primary: str | Unset = UNSET,
        rules_secondary: str | Unset = UNSET,
        created_time: str | Unset = UNSET,
        updated_time: str | Unset = UNSET,
        settlement_timer_seconds: int | Unset = UNSET,
        previous_yes_bid_dollars: str | Unset = UNSET,
        previous_yes_ask_dollars: str | Unset = UNSET,
        settlement_bounds_type: str | Unset = UNSET,
        settlement_floor_dollars: None | str | Unset = UNSET,
        expiration_value: str | Unset = UNSET,
        occurrence_datetime: None | str | Unset = UNSET,
        fee_waiver_expiration_time: None | str | Unset = UNSET,
        early_close_condition: None | str | Unset = UNSET,
        strike_type: None | str | Unset = UNSET,
        floor_strike: float | None | Unset = UNSET,
        cap_strike: float | None | Unset = UNSET,
        functional_strike: None | str | Unset = UNSET,
        custom_strike: MarketCustomStrikeType0 | None | Unset = UNSET,
        mve_collection_ticker: None | str | Unset = UNSET,
        mve_selected_legs: list[MarketMveSelectedLegsType0Item] | None | Unset = UNSET,
        primary_participant_key: None | str | Unset = UNSET,
        is_provisional: bool | None | Unset = UNSET,
        yes_bid: int | Unset = UNSET,
        yes_ask: int | Unset = UNSET,
        no_bid: int | Unset = UNSET,
        no_ask: int | Unset = UNSET,
        last_price: int | Unset = UNSET,
        previous_price: int | Unset = UNSET,
        previous_yes_bid: int | Unset = UNSET,
        previous_yes_ask: int | Unset = UNSET,
        notional_value: int | Unset = UNSET,
        volume: int | Unset = UNSET,
        volume_24h: int | Unset = UNSET,
        open_interest: int | Unset = UNSET,
        liquidity: int | Unset = UNSET,
        liquidity_dollars: str | Unset = UNSET,
        tick_size: int | Unset = UNSET,
        risk_limit_cents: int | Unset = UNSET,
        response_price_units: str | Unset = UNSET,
        category: str | Unset = UNSET,
        price_level_structure: str | Unset = UNSET,
        price_ranges: list[PriceRange] | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        fractional_trading_enabled: bool | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._body["ticker"] = ticker
        self._body["event_ticker"] = event_ticker
        self._body["status"] = status
        if not isinstance(market_type, Unset):
            self._body["market_type"] = market_type
        if not isinstance(title, Unset):
            self._body["title"] = title
        if not isinstance(subtitle, Unset):
            self._body["subtitle"] = subtitle
        if not isinstance(yes_sub_title, Unset):
            self._body["yes_sub_title"] = yes_sub_title
        if not isinstance(no_sub_title, Unset):
            self._body["no_sub_title"] = no_sub_title
        if not isinstance(open_time, Unset):
            self._body["open_time"] = open_time
        if not isinstance(close_time, Unset):
            self._body["close_time"] = close_time
        if not isinstance(expected_expiration_time, Unset):
            self._body["expected_expiration_time"] = expected_expiration_time
        if not isinstance(expiration_time, Unset):
            self._body["expiration_time"] = expiration_time
        if not isinstance(latest_expiration_time, Unset):
            self._body["latest_expiration_time"] = latest_expiration_time
        if not isinstance(yes_bid_dollars, Unset):
            self._body["yes_bid_dollars"] = yes_bid_dollars
        if not isinstance(yes_bid_size_fp, Unset):
            self._body["yes_bid_size_fp"] = yes_bid_size_fp
        if not isinstance(yes_ask_dollars, Unset):
            self._body["yes_ask_dollars"] = yes_ask_dollars
        if not isinstance(yes_ask_size_fp, Unset):
            self._body["yes_ask_size_fp"] = yes_ask_size_fp
        if not isinstance(no_bid_dollars, Unset):
            self._body["no_bid_dollars"] = no_bid_dollars
        if not isinstance(no_ask_dollars, Unset):
            self._body["no_ask_dollars"] = no_ask_dollars
        if not isinstance(last_price_dollars, Unset):
            self._body["last_price_dollars"] = last_price_dollars
        if not isinstance(previous_price_dollars, Unset):
            self._body["previous_price_dollars"] = previous_price_dollars
        if not isinstance(volume_fp, Unset):
            self._body["volume_fp"] = volume_fp
        if not isinstance(volume_24h_fp, Unset):
            self._body["volume_24h_fp"] = volume_24h_fp
        if not isinstance(open_interest_fp, Unset):
            self._body["open_interest_fp"] = open_interest_fp
        if not isinstance(notional_value_dollars, Unset):
            self._body["notional_value_dollars"] = notional_value_dollars
        if not isinstance(result, Unset):
            self._body["result"] = result
        if not isinstance(can_close_early, Unset):
            self._body["can_close_early"] = can_close_early
        if not isinstance(settlement_value_dollars, Unset):
            self._body["settlement_value_dollars"] = settlement_value_dollars
        if not isinstance(settlement_ts, Unset):
            self._body["settlement_ts"] = settlement_ts
        if not isinstance(rules_primary, Unset):
            self._body["rules_primary"] = rules_primary
        if not isinstance(rules_secondary, Unset):
            self._body["rules_secondary"] = rules_secondary
        if not isinstance(created_time, Unset):
            self._body["created_time"] = created_time
        if not isinstance(updated_time, Unset):
            self._body["updated_time"] = updated_time
        if not isinstance(settlement_timer_seconds, Unset):
            self._body["settlement_timer_seconds"] = settlement_timer_seconds
        if not isinstance(previous_yes_bid_dollars, Unset):
            self._body["previous_yes_bid_dollars"] = previous_yes_bid_dollars
        if not isinstance(previous_yes_ask_dollars, Unset):
            self._body["previous_yes_ask_dollars"] = previous_yes_ask_dollars
        if not isinstance(settlement_bounds_type, Unset):
            self._body["settlement_bounds_type"] = settlement_bounds_type
        if not isinstance(settlement_floor_dollars, Unset):
            self._body["settlement_floor_dollars"] = settlement_floor_dollars
        if not isinstance(expiration_value, Unset):
            self._body["expiration_value"] = expiration_value
        if not isinstance(occurrence_datetime, Unset):
            self._body["occurrence_datetime"] = occurrence_datetime
        if not isinstance(fee_waiver_expiration_time, Unset):
            self._body["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        if not isinstance(early_close_condition, Unset):
            self._body["early_close_condition"] = early_close_condition
        if not isinstance(strike_type, Unset):
            self._body["strike_type"] = strike_type
        if not isinstance(floor_strike, Unset):
            self._body["floor_strike"] = floor_strike
        if not isinstance(cap_strike, Unset):
            self._body["cap_strike"] = cap_strike
        if not isinstance(functional_strike, Unset):
            self._body["functional_strike"] = functional_strike
        if not isinstance(custom_strike, Unset):
            self._converted["custom_strike"] = custom_strike
        if not isinstance(mve_collection_ticker, Unset):
            self._body["mve_collection_ticker"] = mve_collection_ticker
        if not isinstance(mve_selected_legs, Unset):
            self._converted["mve_selected_legs"] = mve_selected_legs
        if not isinstance(primary_participant_key, Unset):
            self._body["primary_participant_key"] = primary_participant_key
        if not isinstance(is_provisional, Unset):
            self._body["is_provisional"] = is_provisional
        if not isinstance(yes_bid, Unset):
            self._body["yes_bid"] = yes_bid
        if not isinstance(yes_ask, Unset):
            self._body["yes_ask"] = yes_ask
        if not isinstance(no_bid, Unset):
            self._body["no_bid"] = no_bid
        if not isinstance(no_ask, Unset):
            self._body["no_ask"] = no_ask
        if not isinstance(last_price, Unset):
            self._body["last_price"] = last_price
        if not isinstance(previous_price, Unset):
            self._body["previous_price"] = previous_price
        if not isinstance(previous_yes_bid, Unset):
            self._body["previous_yes_bid"] = previous_yes_bid
        if not isinstance(previous_yes_ask, Unset):
            self._body["previous_yes_ask"] = previous_yes_ask
        if not isinstance(notional_value, Unset):
            self._body["notional_value"] = notional_value
        if not isinstance(volume, Unset):
            self._body["volume"] = volume
        if not isinstance(volume_24h, Unset):
            self._body["volume_24h"] = volume_24h
        if not isinstance(open_interest, Unset):
            self._body["open_interest"] = open_interest
        if not isinstance(liquidity, Unset):
            self._body["liquidity"] = liquidity
        if not isinstance(liquidity_dollars, Unset):
            self._body["liquidity_dollars"] = liquidity_dollars
        if not isinstance(tick_size, Unset):
            self._body["tick_size"] = tick_size
        if not isinstance(risk_limit_cents, Unset):
            self._body["risk_limit_cents"] = risk_limit_cents
        if not isinstance(response_price_units, Unset):
            self._body["response_price_units"] = response_price_units
        if not isinstance(category, Unset):
            self._body["category"] = category
        if not isinstance(price_level_structure, Unset):
            self._body["price_level_structure"] = price_level_structure
        if not isinstance(price_ranges, Unset):
            self._converted["price_ranges"] = price_ranges
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index
        if not isinstance(fractional_trading_enabled, Unset):
            self._body["fractional_trading_enabled"] = fractional_trading_enabled

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
    def event_ticker(self) -> str:
        """The event the market belongs to (it begins with the series ticker)."""
        value: str = self._body["event_ticker"]
        return value

    @event_ticker.setter
    def event_ticker(self, value: str) -> None:
        target = self._own_body()
        target["event_ticker"] = value

    @property
    def status(self) -> str:
        """Lifecycle state. Known values: `initialized`, `inactive` (trading paused), `active` (trading),
        `closed`, `determined`, `disputed`, `amended`, `finalized` (settled); others may appear. Orders need
        `active`.
        """
        value: str = self._body["status"]
        return value

    @status.setter
    def status(self, value: str) -> None:
        target = self._own_body()
        target["status"] = value

    @property
    def market_type(self) -> str | Unset:
        """`binary` or `scalar` (open)."""
        value: str | Unset = self._body.get("market_type", UNSET)
        return value

    @market_type.setter
    def market_type(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("market_type", None)
        else:
            target["market_type"] = value

    @property
    def title(self) -> None | str | Unset:
        """Title."""
        value: None | str | Unset = self._body.get("title", UNSET)
        return value

    @title.setter
    def title(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("title", None)
        else:
            target["title"] = value

    @property
    def subtitle(self) -> None | str | Unset:
        """Subtitle."""
        value: None | str | Unset = self._body.get("subtitle", UNSET)
        return value

    @subtitle.setter
    def subtitle(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("subtitle", None)
        else:
            target["subtitle"] = value

    @property
    def yes_sub_title(self) -> str | Unset:
        """Short title of the YES side."""
        value: str | Unset = self._body.get("yes_sub_title", UNSET)
        return value

    @yes_sub_title.setter
    def yes_sub_title(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_sub_title", None)
        else:
            target["yes_sub_title"] = value

    @property
    def no_sub_title(self) -> str | Unset:
        """Short title of the NO side."""
        value: str | Unset = self._body.get("no_sub_title", UNSET)
        return value

    @no_sub_title.setter
    def no_sub_title(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_sub_title", None)
        else:
            target["no_sub_title"] = value

    @property
    def open_time(self) -> str | Unset:
        """When trading opens, RFC 3339."""
        value: str | Unset = self._body.get("open_time", UNSET)
        return value

    @open_time.setter
    def open_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_time", None)
        else:
            target["open_time"] = value

    @property
    def close_time(self) -> str | Unset:
        """When trading closes, RFC 3339."""
        value: str | Unset = self._body.get("close_time", UNSET)
        return value

    @close_time.setter
    def close_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("close_time", None)
        else:
            target["close_time"] = value

    @property
    def expected_expiration_time(self) -> None | str | Unset:
        """When the market is expected to expire, RFC 3339."""
        value: None | str | Unset = self._body.get("expected_expiration_time", UNSET)
        return value

    @expected_expiration_time.setter
    def expected_expiration_time(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expected_expiration_time", None)
        else:
            target["expected_expiration_time"] = value

    @property
    def expiration_time(self) -> None | str | Unset:
        """When the market expires, RFC 3339."""
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
    def latest_expiration_time(self) -> str | Unset:
        """The latest the market can expire, RFC 3339."""
        value: str | Unset = self._body.get("latest_expiration_time", UNSET)
        return value

    @latest_expiration_time.setter
    def latest_expiration_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("latest_expiration_time", None)
        else:
            target["latest_expiration_time"] = value

    @property
    def yes_bid_dollars(self) -> str | Unset:
        """Best YES bid, dollars (`"0.0000"` when there is none)."""
        value: str | Unset = self._body.get("yes_bid_dollars", UNSET)
        return value

    @yes_bid_dollars.setter
    def yes_bid_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_bid_dollars", None)
        else:
            target["yes_bid_dollars"] = value

    @property
    def yes_bid_size_fp(self) -> str | Unset:
        """Contracts bid at the best YES bid."""
        value: str | Unset = self._body.get("yes_bid_size_fp", UNSET)
        return value

    @yes_bid_size_fp.setter
    def yes_bid_size_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_bid_size_fp", None)
        else:
            target["yes_bid_size_fp"] = value

    @property
    def yes_ask_dollars(self) -> str | Unset:
        """Best YES ask, dollars (`"1.0000"` when there is none) = 1 − the best NO bid."""
        value: str | Unset = self._body.get("yes_ask_dollars", UNSET)
        return value

    @yes_ask_dollars.setter
    def yes_ask_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_ask_dollars", None)
        else:
            target["yes_ask_dollars"] = value

    @property
    def yes_ask_size_fp(self) -> str | Unset:
        """Contracts offered at the best YES ask."""
        value: str | Unset = self._body.get("yes_ask_size_fp", UNSET)
        return value

    @yes_ask_size_fp.setter
    def yes_ask_size_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_ask_size_fp", None)
        else:
            target["yes_ask_size_fp"] = value

    @property
    def no_bid_dollars(self) -> str | Unset:
        """Best NO bid, dollars (= 1 − the best YES ask)."""
        value: str | Unset = self._body.get("no_bid_dollars", UNSET)
        return value

    @no_bid_dollars.setter
    def no_bid_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_bid_dollars", None)
        else:
            target["no_bid_dollars"] = value

    @property
    def no_ask_dollars(self) -> str | Unset:
        """Best NO ask, dollars (= 1 − the best YES bid)."""
        value: str | Unset = self._body.get("no_ask_dollars", UNSET)
        return value

    @no_ask_dollars.setter
    def no_ask_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_ask_dollars", None)
        else:
            target["no_ask_dollars"] = value

    @property
    def last_price_dollars(self) -> str | Unset:
        """YES price of the last trade, dollars."""
        value: str | Unset = self._body.get("last_price_dollars", UNSET)
        return value

    @last_price_dollars.setter
    def last_price_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("last_price_dollars", None)
        else:
            target["last_price_dollars"] = value

    @property
    def previous_price_dollars(self) -> str | Unset:
        """YES price of the last trade a day ago, dollars."""
        value: str | Unset = self._body.get("previous_price_dollars", UNSET)
        return value

    @previous_price_dollars.setter
    def previous_price_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("previous_price_dollars", None)
        else:
            target["previous_price_dollars"] = value

    @property
    def volume_fp(self) -> str | Unset:
        """Contracts traded in total."""
        value: str | Unset = self._body.get("volume_fp", UNSET)
        return value

    @volume_fp.setter
    def volume_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("volume_fp", None)
        else:
            target["volume_fp"] = value

    @property
    def volume_24h_fp(self) -> str | Unset:
        """Contracts traded in the last 24 hours."""
        value: str | Unset = self._body.get("volume_24h_fp", UNSET)
        return value

    @volume_24h_fp.setter
    def volume_24h_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("volume_24h_fp", None)
        else:
            target["volume_24h_fp"] = value

    @property
    def open_interest_fp(self) -> str | Unset:
        """Contracts outstanding."""
        value: str | Unset = self._body.get("open_interest_fp", UNSET)
        return value

    @open_interest_fp.setter
    def open_interest_fp(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_interest_fp", None)
        else:
            target["open_interest_fp"] = value

    @property
    def notional_value_dollars(self) -> str | Unset:
        """What one contract pays when it wins, dollars."""
        value: str | Unset = self._body.get("notional_value_dollars", UNSET)
        return value

    @notional_value_dollars.setter
    def notional_value_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("notional_value_dollars", None)
        else:
            target["notional_value_dollars"] = value

    @property
    def result(self) -> str | Unset:
        """The outcome once determined (`yes`, `no`, `scalar`), or `""` before."""
        value: str | Unset = self._body.get("result", UNSET)
        return value

    @result.setter
    def result(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("result", None)
        else:
            target["result"] = value

    @property
    def can_close_early(self) -> bool | Unset:
        """Whether the market may close before `close_time`."""
        value: bool | Unset = self._body.get("can_close_early", UNSET)
        return value

    @can_close_early.setter
    def can_close_early(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("can_close_early", None)
        else:
            target["can_close_early"] = value

    @property
    def settlement_value_dollars(self) -> None | str | Unset:
        """What a YES contract paid at settlement, dollars; null before."""
        value: None | str | Unset = self._body.get("settlement_value_dollars", UNSET)
        return value

    @settlement_value_dollars.setter
    def settlement_value_dollars(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("settlement_value_dollars", None)
        else:
            target["settlement_value_dollars"] = value

    @property
    def settlement_ts(self) -> None | str | Unset:
        """When the market settled, RFC 3339; null before."""
        value: None | str | Unset = self._body.get("settlement_ts", UNSET)
        return value

    @settlement_ts.setter
    def settlement_ts(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("settlement_ts", None)
        else:
            target["settlement_ts"] = value

    @property
    def rules_primary(self) -> str | Unset:
        """The market's main terms, in plain language."""
        value: str | Unset = self._body.get("rules_primary", UNSET)
        return value

    @rules_primary.setter
    def rules_primary(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("rules_primary", None)
        else:
            target["rules_primary"] = value

    @property
    def rules_secondary(self) -> str | Unset:
        """The market's secondary terms, in plain language."""
        value: str | Unset = self._body.get("rules_secondary", UNSET)
        return value

    @rules_secondary.setter
    def rules_secondary(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("rules_secondary", None)
        else:
            target["rules_secondary"] = value

    @property
    def created_time(self) -> str | Unset:
        """When the market was created, RFC 3339."""
        value: str | Unset = self._body.get("created_time", UNSET)
        return value

    @created_time.setter
    def created_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("created_time", None)
        else:
            target["created_time"] = value

    @property
    def updated_time(self) -> str | Unset:
        """When its metadata last changed, RFC 3339."""
        value: str | Unset = self._body.get("updated_time", UNSET)
        return value

    @updated_time.setter
    def updated_time(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("updated_time", None)
        else:
            target["updated_time"] = value

    @property
    def settlement_timer_seconds(self) -> int | Unset:
        """Seconds between determination and settlement."""
        value: int | Unset = self._body.get("settlement_timer_seconds", UNSET)
        return value

    @settlement_timer_seconds.setter
    def settlement_timer_seconds(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("settlement_timer_seconds", None)
        else:
            target["settlement_timer_seconds"] = value

    @property
    def previous_yes_bid_dollars(self) -> str | Unset:
        """Best YES bid a day ago, dollars."""
        value: str | Unset = self._body.get("previous_yes_bid_dollars", UNSET)
        return value

    @previous_yes_bid_dollars.setter
    def previous_yes_bid_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("previous_yes_bid_dollars", None)
        else:
            target["previous_yes_bid_dollars"] = value

    @property
    def previous_yes_ask_dollars(self) -> str | Unset:
        """Best YES ask a day ago, dollars."""
        value: str | Unset = self._body.get("previous_yes_ask_dollars", UNSET)
        return value

    @previous_yes_ask_dollars.setter
    def previous_yes_ask_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("previous_yes_ask_dollars", None)
        else:
            target["previous_yes_ask_dollars"] = value

    @property
    def settlement_bounds_type(self) -> str | Unset:
        """Which settlement bounds apply (`default`: none)."""
        value: str | Unset = self._body.get("settlement_bounds_type", UNSET)
        return value

    @settlement_bounds_type.setter
    def settlement_bounds_type(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("settlement_bounds_type", None)
        else:
            target["settlement_bounds_type"] = value

    @property
    def settlement_floor_dollars(self) -> None | str | Unset:
        """Lowest settlement value, dollars, when bounded."""
        value: None | str | Unset = self._body.get("settlement_floor_dollars", UNSET)
        return value

    @settlement_floor_dollars.setter
    def settlement_floor_dollars(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("settlement_floor_dollars", None)
        else:
            target["settlement_floor_dollars"] = value

    @property
    def expiration_value(self) -> str | Unset:
        """The value the settlement was based on."""
        value: str | Unset = self._body.get("expiration_value", UNSET)
        return value

    @expiration_value.setter
    def expiration_value(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("expiration_value", None)
        else:
            target["expiration_value"] = value

    @property
    def occurrence_datetime(self) -> None | str | Unset:
        """When the underlying event happened, RFC 3339, when known."""
        value: None | str | Unset = self._body.get("occurrence_datetime", UNSET)
        return value

    @occurrence_datetime.setter
    def occurrence_datetime(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("occurrence_datetime", None)
        else:
            target["occurrence_datetime"] = value

    @property
    def fee_waiver_expiration_time(self) -> None | str | Unset:
        """When the market's fee waiver ends, RFC 3339."""
        value: None | str | Unset = self._body.get("fee_waiver_expiration_time", UNSET)
        return value

    @fee_waiver_expiration_time.setter
    def fee_waiver_expiration_time(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fee_waiver_expiration_time", None)
        else:
            target["fee_waiver_expiration_time"] = value

    @property
    def early_close_condition(self) -> None | str | Unset:
        """When the market may close early, in words."""
        value: None | str | Unset = self._body.get("early_close_condition", UNSET)
        return value

    @early_close_condition.setter
    def early_close_condition(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("early_close_condition", None)
        else:
            target["early_close_condition"] = value

    @property
    def strike_type(self) -> None | str | Unset:
        """How the strike is defined (`greater`, `between`, ...)."""
        value: None | str | Unset = self._body.get("strike_type", UNSET)
        return value

    @strike_type.setter
    def strike_type(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("strike_type", None)
        else:
            target["strike_type"] = value

    @property
    def floor_strike(self) -> float | None | Unset:
        """Lowest expiration value that settles YES."""
        value: float | None | Unset = self._body.get("floor_strike", UNSET)
        return value

    @floor_strike.setter
    def floor_strike(self, value: float | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("floor_strike", None)
        else:
            target["floor_strike"] = value

    @property
    def cap_strike(self) -> float | None | Unset:
        """Highest expiration value that settles YES."""
        value: float | None | Unset = self._body.get("cap_strike", UNSET)
        return value

    @cap_strike.setter
    def cap_strike(self, value: float | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("cap_strike", None)
        else:
            target["cap_strike"] = value

    @property
    def functional_strike(self) -> None | str | Unset:
        """Mapping from expiration values to settlement values."""
        value: None | str | Unset = self._body.get("functional_strike", UNSET)
        return value

    @functional_strike.setter
    def functional_strike(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("functional_strike", None)
        else:
            target["functional_strike"] = value

    @property
    def custom_strike(self) -> MarketCustomStrikeType0 | None | Unset:
        """Expiration value per target that settles YES."""
        value: MarketCustomStrikeType0 | None | Unset = self._converted.get(
            "custom_strike", UNSET
        )
        return value

    @custom_strike.setter
    def custom_strike(self, value: MarketCustomStrikeType0 | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("custom_strike", None)
        else:
            target["custom_strike"] = value

    @property
    def mve_collection_ticker(self) -> None | str | Unset:
        """The multivariate event collection of a combo market."""
        value: None | str | Unset = self._body.get("mve_collection_ticker", UNSET)
        return value

    @mve_collection_ticker.setter
    def mve_collection_ticker(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("mve_collection_ticker", None)
        else:
            target["mve_collection_ticker"] = value

    @property
    def mve_selected_legs(self) -> list[MarketMveSelectedLegsType0Item] | None | Unset:
        """The legs of a combo market."""
        value: list[MarketMveSelectedLegsType0Item] | None | Unset = (
            self._converted.get("mve_selected_legs", UNSET)
        )
        return value

    @mve_selected_legs.setter
    def mve_selected_legs(
        self, value: list[MarketMveSelectedLegsType0Item] | None | Unset
    ) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("mve_selected_legs", None)
        else:
            target["mve_selected_legs"] = value

    @property
    def primary_participant_key(self) -> None | str | Unset:
        """Key of the market's main participant."""
        value: None | str | Unset = self._body.get("primary_participant_key", UNSET)
        return value

    @primary_participant_key.setter
    def primary_participant_key(self, value: None | str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("primary_participant_key", None)
        else:
            target["primary_participant_key"] = value

    @property
    def is_provisional(self) -> bool | None | Unset:
        """Whether the market may be removed after determination if nothing traded."""
        value: bool | None | Unset = self._body.get("is_provisional", UNSET)
        return value

    @is_provisional.setter
    def is_provisional(self, value: bool | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("is_provisional", None)
        else:
            target["is_provisional"] = value

    @property
    def yes_bid(self) -> int | Unset:
        """Best YES bid in cents (2025 and before)."""
        value: int | Unset = self._body.get("yes_bid", UNSET)
        return value

    @yes_bid.setter
    def yes_bid(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_bid", None)
        else:
            target["yes_bid"] = value

    @property
    def yes_ask(self) -> int | Unset:
        """Best YES ask in cents (2025 and before)."""
        value: int | Unset = self._body.get("yes_ask", UNSET)
        return value

    @yes_ask.setter
    def yes_ask(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("yes_ask", None)
        else:
            target["yes_ask"] = value

    @property
    def no_bid(self) -> int | Unset:
        """Best NO bid in cents (2025 and before)."""
        value: int | Unset = self._body.get("no_bid", UNSET)
        return value

    @no_bid.setter
    def no_bid(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_bid", None)
        else:
            target["no_bid"] = value

    @property
    def no_ask(self) -> int | Unset:
        """Best NO ask in cents (2025 and before)."""
        value: int | Unset = self._body.get("no_ask", UNSET)
        return value

    @no_ask.setter
    def no_ask(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("no_ask", None)
        else:
            target["no_ask"] = value

    @property
    def last_price(self) -> int | Unset:
        """YES price of the last trade in cents (2025 and before)."""
        value: int | Unset = self._body.get("last_price", UNSET)
        return value

    @last_price.setter
    def last_price(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("last_price", None)
        else:
            target["last_price"] = value

    @property
    def previous_price(self) -> int | Unset:
        """YES price of the last trade a day ago in cents (2025 and before)."""
        value: int | Unset = self._body.get("previous_price", UNSET)
        return value

    @previous_price.setter
    def previous_price(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("previous_price", None)
        else:
            target["previous_price"] = value

    @property
    def previous_yes_bid(self) -> int | Unset:
        """Best YES bid a day ago in cents (2025 and before)."""
        value: int | Unset = self._body.get("previous_yes_bid", UNSET)
        return value

    @previous_yes_bid.setter
    def previous_yes_bid(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("previous_yes_bid", None)
        else:
            target["previous_yes_bid"] = value

    @property
    def previous_yes_ask(self) -> int | Unset:
        """Best YES ask a day ago in cents (2025 and before)."""
        value: int | Unset = self._body.get("previous_yes_ask", UNSET)
        return value

    @previous_yes_ask.setter
    def previous_yes_ask(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("previous_yes_ask", None)
        else:
            target["previous_yes_ask"] = value

    @property
    def notional_value(self) -> int | Unset:
        """What one contract pays when it wins, cents (2025 and before)."""
        value: int | Unset = self._body.get("notional_value", UNSET)
        return value

    @notional_value.setter
    def notional_value(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("notional_value", None)
        else:
            target["notional_value"] = value

    @property
    def volume(self) -> int | Unset:
        """Contracts traded in total (integer, 2025 and before)."""
        value: int | Unset = self._body.get("volume", UNSET)
        return value

    @volume.setter
    def volume(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("volume", None)
        else:
            target["volume"] = value

    @property
    def volume_24h(self) -> int | Unset:
        """Contracts traded in the last 24 hours (integer, 2025 and before)."""
        value: int | Unset = self._body.get("volume_24h", UNSET)
        return value

    @volume_24h.setter
    def volume_24h(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("volume_24h", None)
        else:
            target["volume_24h"] = value

    @property
    def open_interest(self) -> int | Unset:
        """Contracts outstanding (integer, 2025 and before)."""
        value: int | Unset = self._body.get("open_interest", UNSET)
        return value

    @open_interest.setter
    def open_interest(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("open_interest", None)
        else:
            target["open_interest"] = value

    @property
    def liquidity(self) -> int | Unset:
        """Resting value on the book, cents (2025 and before)."""
        value: int | Unset = self._body.get("liquidity", UNSET)
        return value

    @liquidity.setter
    def liquidity(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("liquidity", None)
        else:
            target["liquidity"] = value

    @property
    def liquidity_dollars(self) -> str | Unset:
        """Resting value on the book, dollars (2025)."""
        value: str | Unset = self._body.get("liquidity_dollars", UNSET)
        return value

    @liquidity_dollars.setter
    def liquidity_dollars(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("liquidity_dollars", None)
        else:
            target["liquidity_dollars"] = value

    @property
    def tick_size(self) -> int | Unset:
        """Price step in cents (2025 and before; see `price_ranges`)."""
        value: int | Unset = self._body.get("tick_size", UNSET)
        return value

    @tick_size.setter
    def tick_size(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("tick_size", None)
        else:
            target["tick_size"] = value

    @property
    def risk_limit_cents(self) -> int | Unset:
        """Risk limit in cents (2025 and before)."""
        value: int | Unset = self._body.get("risk_limit_cents", UNSET)
        return value

    @risk_limit_cents.setter
    def risk_limit_cents(self, value: int | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("risk_limit_cents", None)
        else:
            target["risk_limit_cents"] = value

    @property
    def response_price_units(self) -> str | Unset:
        """Units of the integer prices, e.g. `usd_cent` (2025 and before)."""
        value: str | Unset = self._body.get("response_price_units", UNSET)
        return value

    @response_price_units.setter
    def response_price_units(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("response_price_units", None)
        else:
            target["response_price_units"] = value

    @property
    def category(self) -> str | Unset:
        """Category (2025 and before)."""
        value: str | Unset = self._body.get("category", UNSET)
        return value

    @category.setter
    def category(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("category", None)
        else:
            target["category"] = value

    @property
    def price_level_structure(self) -> str | Unset:
        """The price grid: `linear_cent` ($0.01 everywhere), `tapered_deci_cent` ($0.001 below 0.10 and above
        0.90,
        $0.01 between), `deci_cent` ($0.001 everywhere); others may appear. `price_ranges` is the exact grid.
        """
        value: str | Unset = self._body.get("price_level_structure", UNSET)
        return value

    @price_level_structure.setter
    def price_level_structure(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("price_level_structure", None)
        else:
            target["price_level_structure"] = value

    @property
    def price_ranges(self) -> list[PriceRange] | Unset:
        """The valid order prices, as ranges with a step; a price off them is 400 `invalid_price`."""
        value: list[PriceRange] | Unset = self._converted.get("price_ranges", UNSET)
        return value

    @price_ranges.setter
    def price_ranges(self, value: list[PriceRange] | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("price_ranges", None)
        else:
            target["price_ranges"] = value

    @property
    def exchange_index(self) -> int | None | Unset:
        """The shard the market (and every order in it) lives on."""
        value: int | None | Unset = self._body.get("exchange_index", UNSET)
        return value

    @exchange_index.setter
    def exchange_index(self, value: int | None | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("exchange_index", None)
        else:
            target["exchange_index"] = value

    @property
    def fractional_trading_enabled(self) -> bool | Unset:
        """Whether counts below one contract (down to 0.01) are accepted; absent on older markets."""
        value: bool | Unset = self._body.get("fractional_trading_enabled", UNSET)
        return value

    @fractional_trading_enabled.setter
    def fractional_trading_enabled(self, value: bool | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fractional_trading_enabled", None)
        else:
            target["fractional_trading_enabled"] = value

    def _own_body(self) -> dict[str, Any]:
        """The body, copied first if it is still the dict the model was read from."""
        if not self._own:
            self._body = dict(self._body)
            self._own = True
        return self._body

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.ticker,
            self.event_ticker,
            self.status,
            self.market_type,
            self.title,
            self.subtitle,
            self.yes_sub_title,
            self.no_sub_title,
            self.open_time,
            self.close_time,
            self.expected_expiration_time,
            self.expiration_time,
            self.latest_expiration_time,
            self.yes_bid_dollars,
            self.yes_bid_size_fp,
            self.yes_ask_dollars,
            self.yes_ask_size_fp,
            self.no_bid_dollars,
            self.no_ask_dollars,
            self.last_price_dollars,
            self.previous_price_dollars,
            self.volume_fp,
            self.volume_24h_fp,
            self.open_interest_fp,
            self.notional_value_dollars,
            self.result,
            self.can_close_early,
            self.settlement_value_dollars,
            self.settlement_ts,
            self.rules_primary,
            self.rules_secondary,
            self.created_time,
            self.updated_time,
            self.settlement_timer_seconds,
            self.previous_yes_bid_dollars,
            self.previous_yes_ask_dollars,
            self.settlement_bounds_type,
            self.settlement_floor_dollars,
            self.expiration_value,
            self.occurrence_datetime,
            self.fee_waiver_expiration_time,
            self.early_close_condition,
            self.strike_type,
            self.floor_strike,
            self.cap_strike,
            self.functional_strike,
            self.custom_strike,
            self.mve_collection_ticker,
            self.mve_selected_legs,
            self.primary_participant_key,
            self.is_provisional,
            self.yes_bid,
            self.yes_ask,
            self.no_bid,
            self.no_ask,
            self.last_price,
            self.previous_price,
            self.previous_yes_bid,
            self.previous_yes_ask,
            self.notional_value,
            self.volume,
            self.volume_24h,
            self.open_interest,
            self.liquidity,
            self.liquidity_dollars,
            self.tick_size,
            self.risk_limit_cents,
            self.response_price_units,
            self.category,
            self.price_level_structure,
            self.price_ranges,
            self.exchange_index,
            self.fractional_trading_enabled,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Market) or other.__class__ is not self.__class__:
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
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0

        ticker = self.ticker

        event_ticker = self.event_ticker

        status = self.status

        market_type = self.market_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        yes_sub_title = self.yes_sub_title

        no_sub_title = self.no_sub_title

        open_time = self.open_time

        close_time = self.close_time

        expected_expiration_time: None | str | Unset
        if isinstance(self.expected_expiration_time, Unset):
            expected_expiration_time = UNSET
        else:
            expected_expiration_time = self.expected_expiration_time

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        latest_expiration_time = self.latest_expiration_time

        yes_bid_dollars = self.yes_bid_dollars

        yes_bid_size_fp = self.yes_bid_size_fp

        yes_ask_dollars = self.yes_ask_dollars

        yes_ask_size_fp = self.yes_ask_size_fp

        no_bid_dollars = self.no_bid_dollars

        no_ask_dollars = self.no_ask_dollars

        last_price_dollars = self.last_price_dollars

        previous_price_dollars = self.previous_price_dollars

        volume_fp = self.volume_fp

        volume_24h_fp = self.volume_24h_fp

        open_interest_fp = self.open_interest_fp

        notional_value_dollars = self.notional_value_dollars

        result = self.result

        can_close_early = self.can_close_early

        settlement_value_dollars: None | str | Unset
        if isinstance(self.settlement_value_dollars, Unset):
            settlement_value_dollars = UNSET
        else:
            settlement_value_dollars = self.settlement_value_dollars

        settlement_ts: None | str | Unset
        if isinstance(self.settlement_ts, Unset):
            settlement_ts = UNSET
        else:
            settlement_ts = self.settlement_ts

        rules_primary = self.rules_primary

        rules_secondary = self.rules_secondary

        created_time = self.created_time

        updated_time = self.updated_time

        settlement_timer_seconds = self.settlement_timer_seconds

        previous_yes_bid_dollars = self.previous_yes_bid_dollars

        previous_yes_ask_dollars = self.previous_yes_ask_dollars

        settlement_bounds_type = self.settlement_bounds_type

        settlement_floor_dollars: None | str | Unset
        if isinstance(self.settlement_floor_dollars, Unset):
            settlement_floor_dollars = UNSET
        else:
            settlement_floor_dollars = self.settlement_floor_dollars

        expiration_value = self.expiration_value

        occurrence_datetime: None | str | Unset
        if isinstance(self.occurrence_datetime, Unset):
            occurrence_datetime = UNSET
        else:
            occurrence_datetime = self.occurrence_datetime

        fee_waiver_expiration_time: None | str | Unset
        if isinstance(self.fee_waiver_expiration_time, Unset):
            fee_waiver_expiration_time = UNSET
        else:
            fee_waiver_expiration_time = self.fee_waiver_expiration_time

        early_close_condition: None | str | Unset
        if isinstance(self.early_close_condition, Unset):
            early_close_condition = UNSET
        else:
            early_close_condition = self.early_close_condition

        strike_type: None | str | Unset
        if isinstance(self.strike_type, Unset):
            strike_type = UNSET
        else:
            strike_type = self.strike_type

        floor_strike: float | None | Unset
        if isinstance(self.floor_strike, Unset):
            floor_strike = UNSET
        else:
            floor_strike = self.floor_strike

        cap_strike: float | None | Unset
        if isinstance(self.cap_strike, Unset):
            cap_strike = UNSET
        else:
            cap_strike = self.cap_strike

        functional_strike: None | str | Unset
        if isinstance(self.functional_strike, Unset):
            functional_strike = UNSET
        else:
            functional_strike = self.functional_strike

        custom_strike: dict[str, Any] | None | Unset
        if isinstance(self.custom_strike, Unset):
            custom_strike = UNSET
        elif isinstance(self.custom_strike, MarketCustomStrikeType0):
            custom_strike = self.custom_strike.to_dict()
        else:
            custom_strike = self.custom_strike

        mve_collection_ticker: None | str | Unset
        if isinstance(self.mve_collection_ticker, Unset):
            mve_collection_ticker = UNSET
        else:
            mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | None | Unset
        if isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = UNSET
        elif isinstance(self.mve_selected_legs, list):
            mve_selected_legs = []
            for mve_selected_legs_type_0_item_data in self.mve_selected_legs:
                mve_selected_legs_type_0_item = (
                    mve_selected_legs_type_0_item_data.to_dict()
                )
                mve_selected_legs.append(mve_selected_legs_type_0_item)

        else:
            mve_selected_legs = self.mve_selected_legs

        primary_participant_key: None | str | Unset
        if isinstance(self.primary_participant_key, Unset):
            primary_participant_key = UNSET
        else:
            primary_participant_key = self.primary_participant_key

        is_provisional: bool | None | Unset
        if isinstance(self.is_provisional, Unset):
            is_provisional = UNSET
        else:
            is_provisional = self.is_provisional

        yes_bid = self.yes_bid

        yes_ask = self.yes_ask

        no_bid = self.no_bid

        no_ask = self.no_ask

        last_price = self.last_price

        previous_price = self.previous_price

        previous_yes_bid = self.previous_yes_bid

        previous_yes_ask = self.previous_yes_ask

        notional_value = self.notional_value

        volume = self.volume

        volume_24h = self.volume_24h

        open_interest = self.open_interest

        liquidity = self.liquidity

        liquidity_dollars = self.liquidity_dollars

        tick_size = self.tick_size

        risk_limit_cents = self.risk_limit_cents

        response_price_units = self.response_price_units

        category = self.category

        price_level_structure = self.price_level_structure

        price_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = price_ranges_item_data.to_dict()
                price_ranges.append(price_ranges_item)

        exchange_index: int | None | Unset
        if isinstance(self.exchange_index, Unset):
            exchange_index = UNSET
        else:
            exchange_index = self.exchange_index

        fractional_trading_enabled = self.fractional_trading_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "event_ticker": event_ticker,
                "status": status,
            }
        )
        if market_type is not UNSET:
            field_dict["market_type"] = market_type
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title
        if no_sub_title is not UNSET:
            field_dict["no_sub_title"] = no_sub_title
        if open_time is not UNSET:
            field_dict["open_time"] = open_time
        if close_time is not UNSET:
            field_dict["close_time"] = close_time
        if expected_expiration_time is not UNSET:
            field_dict["expected_expiration_time"] = expected_expiration_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if latest_expiration_time is not UNSET:
            field_dict["latest_expiration_time"] = latest_expiration_time
        if yes_bid_dollars is not UNSET:
            field_dict["yes_bid_dollars"] = yes_bid_dollars
        if yes_bid_size_fp is not UNSET:
            field_dict["yes_bid_size_fp"] = yes_bid_size_fp
        if yes_ask_dollars is not UNSET:
            field_dict["yes_ask_dollars"] = yes_ask_dollars
        if yes_ask_size_fp is not UNSET:
            field_dict["yes_ask_size_fp"] = yes_ask_size_fp
        if no_bid_dollars is not UNSET:
            field_dict["no_bid_dollars"] = no_bid_dollars
        if no_ask_dollars is not UNSET:
            field_dict["no_ask_dollars"] = no_ask_dollars
        if last_price_dollars is not UNSET:
            field_dict["last_price_dollars"] = last_price_dollars
        if previous_price_dollars is not UNSET:
            field_dict["previous_price_dollars"] = previous_price_dollars
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if volume_24h_fp is not UNSET:
            field_dict["volume_24h_fp"] = volume_24h_fp
        if open_interest_fp is not UNSET:
            field_dict["open_interest_fp"] = open_interest_fp
        if notional_value_dollars is not UNSET:
            field_dict["notional_value_dollars"] = notional_value_dollars
        if result is not UNSET:
            field_dict["result"] = result
        if can_close_early is not UNSET:
            field_dict["can_close_early"] = can_close_early
        if settlement_value_dollars is not UNSET:
            field_dict["settlement_value_dollars"] = settlement_value_dollars
        if settlement_ts is not UNSET:
            field_dict["settlement_ts"] = settlement_ts
        if rules_primary is not UNSET:
            field_dict["rules_primary"] = rules_primary
        if rules_secondary is not UNSET:
            field_dict["rules_secondary"] = rules_secondary
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if settlement_timer_seconds is not UNSET:
            field_dict["settlement_timer_seconds"] = settlement_timer_seconds
        if previous_yes_bid_dollars is not UNSET:
            field_dict["previous_yes_bid_dollars"] = previous_yes_bid_dollars
        if previous_yes_ask_dollars is not UNSET:
            field_dict["previous_yes_ask_dollars"] = previous_yes_ask_dollars
        if settlement_bounds_type is not UNSET:
            field_dict["settlement_bounds_type"] = settlement_bounds_type
        if settlement_floor_dollars is not UNSET:
            field_dict["settlement_floor_dollars"] = settlement_floor_dollars
        if expiration_value is not UNSET:
            field_dict["expiration_value"] = expiration_value
        if occurrence_datetime is not UNSET:
            field_dict["occurrence_datetime"] = occurrence_datetime
        if fee_waiver_expiration_time is not UNSET:
            field_dict["fee_waiver_expiration_time"] = fee_waiver_expiration_time
        if early_close_condition is not UNSET:
            field_dict["early_close_condition"] = early_close_condition
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if functional_strike is not UNSET:
            field_dict["functional_strike"] = functional_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs
        if primary_participant_key is not UNSET:
            field_dict["primary_participant_key"] = primary_participant_key
        if is_provisional is not UNSET:
            field_dict["is_provisional"] = is_provisional
        if yes_bid is not UNSET:
            field_dict["yes_bid"] = yes_bid
        if yes_ask is not UNSET:
            field_dict["yes_ask"] = yes_ask
        if no_bid is not UNSET:
            field_dict["no_bid"] = no_bid
        if no_ask is not UNSET:
            field_dict["no_ask"] = no_ask
        if last_price is not UNSET:
            field_dict["last_price"] = last_price
        if previous_price is not UNSET:
            field_dict["previous_price"] = previous_price
        if previous_yes_bid is not UNSET:
            field_dict["previous_yes_bid"] = previous_yes_bid
        if previous_yes_ask is not UNSET:
            field_dict["previous_yes_ask"] = previous_yes_ask
        if notional_value is not UNSET:
            field_dict["notional_value"] = notional_value
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_24h is not UNSET:
            field_dict["volume_24h"] = volume_24h
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest
        if liquidity is not UNSET:
            field_dict["liquidity"] = liquidity
        if liquidity_dollars is not UNSET:
            field_dict["liquidity_dollars"] = liquidity_dollars
        if tick_size is not UNSET:
            field_dict["tick_size"] = tick_size
        if risk_limit_cents is not UNSET:
            field_dict["risk_limit_cents"] = risk_limit_cents
        if response_price_units is not UNSET:
            field_dict["response_price_units"] = response_price_units
        if category is not UNSET:
            field_dict["category"] = category
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if fractional_trading_enabled is not UNSET:
            field_dict["fractional_trading_enabled"] = fractional_trading_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.market_custom_strike_type_0 import MarketCustomStrikeType0
        from ..models.market_mve_selected_legs_type_0_item import (
            MarketMveSelectedLegsType0Item,
        )
        from ..models.price_range import PriceRange

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        if "event_ticker" not in body:
            raise KeyError("event_ticker")
        if "status" not in body:
            raise KeyError("status")
        converted: dict[str, Any] = {}
        if "custom_strike" in body:

            def _parse_custom_strike(
                data: object,
            ) -> MarketCustomStrikeType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_strike_type_0 = MarketCustomStrikeType0.from_dict(data)

                    return custom_strike_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MarketCustomStrikeType0 | None | Unset, data)

            custom_strike = _parse_custom_strike(body["custom_strike"])

            converted["custom_strike"] = custom_strike
        if "mve_selected_legs" in body:

            def _parse_mve_selected_legs(
                data: object,
            ) -> list[MarketMveSelectedLegsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    mve_selected_legs_type_0 = [
                        MarketMveSelectedLegsType0Item.from_dict(item) for item in data
                    ]

                    return mve_selected_legs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[MarketMveSelectedLegsType0Item] | None | Unset, data)

            mve_selected_legs = _parse_mve_selected_legs(body["mve_selected_legs"])

            converted["mve_selected_legs"] = mve_selected_legs
        if "price_ranges" in body:
            _price_ranges = body["price_ranges"]
            price_ranges: list[PriceRange] | Unset = UNSET
            if _price_ranges is not UNSET:
                price_ranges = [PriceRange.from_dict(item) for item in _price_ranges]

            converted["price_ranges"] = price_ranges
        market = cls.__new__(cls)
        market._body = body
        market._own = False
        market._converted = converted
        market._additional = None
        return market

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
