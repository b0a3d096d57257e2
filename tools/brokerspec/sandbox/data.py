"""Deterministic seed portfolios for the Wealthy and vendor-gateway simulators.

Rows copied from the brokers' published pages (the seeds) are kept verbatim, quirks included
(`"-0.00"`, `"buyAmt": "300.0"` on a flat position). The other rows are built by small helpers that do the
arithmetic in Decimal, so every amount, average and P&L on the wire is consistent with its quantities and
prices, and every value has the wire type the real APIs use (strings for almost every number, `""`/`"-"`/
`"- "` for absent values, integers where the broker sends integers).

Every function returns fresh copies: simulators may mutate what they are given.
"""

from __future__ import annotations

import copy
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = [
    "GATEWAY_AUTH_TOKEN",
    "GATEWAY_INDIRA_USER_ID",
    "GATEWAY_USER_ID",
    "GATEWAY_VENDOR",
    "WEALTHY_ACCESS_TOKEN",
    "gateway_accounts",
    "wealthy_holdings",
    "wealthy_positions",
]

Json = dict[str, Any]

#: The access token the Wealthy simulator accepts by default.
WEALTHY_ACCESS_TOKEN = "sandbox-wealthy-access-token"
#: The default vendor-gateway account: a Kotak user with equity and F&O, long and short.
GATEWAY_USER_ID = "SBX001"
GATEWAY_VENDOR = "KOTAK"
#: A second account, at Indira, whose holdings reply shows the gateway's "Not ok" + "success" quirk.
GATEWAY_INDIRA_USER_ID = "SBX002"
#: Session token for the optional gateway auth header (`Authorization: Bearer <userId> <token>`).
GATEWAY_AUTH_TOKEN = "sandbox-gateway-session"

_CENT = Decimal("0.01")


def _money(value: Decimal) -> str:
    """Two-decimal rupee string, as both brokers send amounts."""
    return str(value.quantize(_CENT, rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------------------------------
# Wealthy
# --------------------------------------------------------------------------------------------------

# Verbatim from seeds/003 (Wealthy's portfolio page).
_WEALTHY_SEED_HOLDINGS: list[Json] = [
    {
        "instrument": [
            {
                "exchange_name": 1,
                "token": "5054",
                "trading_symbol": "GRINFRA-EQ",
                "lot_size": 1,
                "tick_size": "0.05",
            },
            {
                "exchange_name": 3,
                "token": "543317",
                "trading_symbol": "GRINFRA",
                "lot_size": 1,
                "tick_size": "0.05",
            },
        ],
        "used_quantity": "0",
        "avg_price": "1220.00",
        "holding_quantity": "1300",
        "dp_quantity": "0",
        "non_poa_dispaly_qty": "",
        "collateral_quantity": "1155",
        "beneficiary_quantity": "0",
        "unpledged_quantity": "0",
        "broker_quantity": "0",
        "btst_quantity": "0",
        "btst_collateral_quantity": "",
    },
    {
        "instrument": [
            {
                "exchange_name": 1,
                "token": "7936",
                "trading_symbol": "AVANTIFEED-EQ",
                "lot_size": 1,
                "tick_size": "0.05",
            },
            {
                "exchange_name": 3,
                "token": "512573",
                "trading_symbol": "AVANTI",
                "lot_size": 1,
                "tick_size": "0.05",
            },
        ],
        "used_quantity": "0",
        "avg_price": "460.00",
        "holding_quantity": "1500",
        "dp_quantity": "0",
        "non_poa_dispaly_qty": "",
        "collateral_quantity": "1225",
        "beneficiary_quantity": "0",
        "unpledged_quantity": "0",
        "broker_quantity": "0",
        "btst_quantity": "0",
        "btst_collateral_quantity": "",
    },
]


def _wealthy_holding(
    listings: list[tuple[int, str, str]],
    *,
    avg_price: str,
    holding: int,
    used: int = 0,
    dp: int = 0,
    non_poa: str = "",
    collateral: int = 0,
    btst: int = 0,
    btst_collateral: str = "",
) -> Json:
    return {
        "instrument": [
            {
                "exchange_name": exchange,
                "token": token,
                "trading_symbol": symbol,
                "lot_size": 1,
                "tick_size": "0.05",
            }
            for exchange, token, symbol in listings
        ],
        "used_quantity": str(used),
        "avg_price": _money(Decimal(avg_price)),
        "holding_quantity": str(holding),
        "dp_quantity": str(dp),
        "non_poa_dispaly_qty": non_poa,
        "collateral_quantity": str(collateral),
        "beneficiary_quantity": "0",
        "unpledged_quantity": "0",
        "broker_quantity": "0",
        "btst_quantity": str(btst),
        "btst_collateral_quantity": btst_collateral,
    }


_WEALTHY_MORE_HOLDINGS: list[Json] = [
    # Part of the depository quantity has no POA (non_poa_dispaly_qty filled in).
    _wealthy_holding(
        [(1, "1594", "INFY-EQ"), (3, "500209", "INFY")], avg_price="1480.35", holding=20, dp=5, non_poa="5"
    ),
    # Partly sold today (used_quantity) with a T+1 purchase still settling (btst).
    _wealthy_holding(
        [(1, "3045", "SBIN-EQ"), (3, "500112", "SBIN")],
        avg_price="612.40",
        holding=150,
        used=50,
        btst=10,
        btst_collateral="0",
    ),
    # Listed on NSE only: a single instrument entry.
    _wealthy_holding([(1, "10576", "NIFTYBEES-EQ")], avg_price="245.18", holding=40),
]

# Verbatim from seeds/003: SUZLON under two products (CO long, MIS short).
_WEALTHY_SEED_POSITIONS: list[Json] = [
    {
        "order_type": 4,
        "price_factor": "1.000000",
        "day_buy_quantity": "1",
        "day_sell_quantity": "0",
        "day_buy_amount": "8.06",
        "day_buy_avg_price": "8.06",
        "day_sell_amount": "0.00",
        "day_sell_avg_amount": "0.00",
        "cf_buy_quantity": "0",
        "cf_sell_quantity": "",
        "cf_buy_amount": "",
        "cf_avg_price": "",
        "cf_sell_amount": "",
        "cf_sell_avg_price": "",
        "cf_org_avg_price": "",
        "open_buy_quantity": "0",
        "open_sell_quantity": "1",
        "open_buy_amount": "0.00",
        "open_buy_avg_price": "0.00",
        "open_sell_amount": "6.95",
        "open_sell_avg_price": "6.95",
        "net_quantity": "1",
        "net_avg_price": "8.06",
        "last_trade_price": "9.65",
        "unrealized_mtom": "1.59",
        "realized_pnl": "-0.00",
        "frozen_quantity": "12040313",
        "upload_price": "0.00",
        "bep": "8.06",
        "exchange_name": 1,
        "trading_symbol": "SUZLON-EQ",
        "token": "12018",
        "price_precision": "2",
        "tick_size": "0.05",
        "lot_size": 1,
        "multiply_factor": "1",
    },
    {
        "order_type": 2,
        "price_factor": "1.000000",
        "day_buy_quantity": "0",
        "day_sell_quantity": "1",
        "day_buy_amount": "0.00",
        "day_buy_avg_price": "0.00",
        "day_sell_amount": "8.06",
        "day_sell_avg_amount": "8.06",
        "cf_buy_quantity": "0",
        "cf_sell_quantity": "",
        "cf_buy_amount": "",
        "cf_avg_price": "",
        "cf_sell_amount": "",
        "cf_sell_avg_price": "",
        "cf_org_avg_price": "",
        "open_buy_quantity": "0",
        "open_sell_quantity": "0",
        "open_buy_amount": "0.00",
        "open_buy_avg_price": "0.00",
        "open_sell_amount": "0.00",
        "open_sell_avg_price": "0.00",
        "net_quantity": "-1",
        "net_avg_price": "8.06",
        "last_trade_price": "9.65",
        "unrealized_mtom": "-1.59",
        "realized_pnl": "0.00",
        "frozen_quantity": "12040313",
        "upload_price": "0.00",
        "bep": "8.06",
        "exchange_name": 1,
        "trading_symbol": "SUZLON-EQ",
        "token": "12018",
        "price_precision": "2",
        "tick_size": "0.05",
        "lot_size": 1,
        "multiply_factor": "1",
    },
]


def _avg(amount: Decimal, quantity: int) -> Decimal:
    return amount / quantity if quantity else Decimal(0)


def _wealthy_position(
    *,
    exchange_name: int,
    token: str,
    trading_symbol: str,
    lot_size: int,
    order_type: int,
    last_trade_price: str,
    day_buy: tuple[int, str] = (0, "0"),
    day_sell: tuple[int, str] = (0, "0"),
    cf_buy: tuple[int, str] | None = None,
    cf_sell: tuple[int, str] | None = None,
    upload_price: str = "0.00",
    frozen_quantity: str = "0",
) -> Json:
    """One net position; quantities in units (lots × lot size), prices per unit, all arithmetic in Decimal.

    Carry-forward fields are `""` (absent) for intraday positions, as on the wire.
    """
    day_buy_qty, day_buy_px = day_buy[0], Decimal(day_buy[1])
    day_sell_qty, day_sell_px = day_sell[0], Decimal(day_sell[1])
    day_buy_amount = day_buy_px * day_buy_qty
    day_sell_amount = day_sell_px * day_sell_qty
    cf: Json
    cf_buy_qty = cf_sell_qty = 0
    cf_buy_amount = cf_sell_amount = Decimal(0)
    if cf_buy is None and cf_sell is None:
        cf = {
            "cf_buy_quantity": "0",
            "cf_sell_quantity": "",
            "cf_buy_amount": "",
            "cf_avg_price": "",
            "cf_sell_amount": "",
            "cf_sell_avg_price": "",
            "cf_org_avg_price": "",
        }
    else:
        cf_buy_qty, cf_buy_px = cf_buy or (0, "0")
        cf_sell_qty, cf_sell_px = cf_sell or (0, "0")
        cf_buy_amount = Decimal(cf_buy_px) * cf_buy_qty
        cf_sell_amount = Decimal(cf_sell_px) * cf_sell_qty
        cf_avg = Decimal(cf_buy_px) if cf_buy_qty >= cf_sell_qty else Decimal(cf_sell_px)
        cf = {
            "cf_buy_quantity": str(cf_buy_qty),
            "cf_sell_quantity": str(cf_sell_qty),
            "cf_buy_amount": _money(cf_buy_amount),
            "cf_avg_price": _money(cf_avg),
            "cf_sell_amount": _money(cf_sell_amount),
            "cf_sell_avg_price": _money(_avg(cf_sell_amount, cf_sell_qty)),
            "cf_org_avg_price": _money(cf_avg),
        }
    buy_qty, sell_qty = day_buy_qty + cf_buy_qty, day_sell_qty + cf_sell_qty
    buy_avg = _avg(day_buy_amount + cf_buy_amount, buy_qty)
    sell_avg = _avg(day_sell_amount + cf_sell_amount, sell_qty)
    net = buy_qty - sell_qty
    net_avg = buy_avg if net > 0 else sell_avg if net < 0 else Decimal(0)
    ltp = Decimal(last_trade_price)
    unrealized = (ltp - net_avg) * net
    realized = (sell_avg - buy_avg) * min(buy_qty, sell_qty)
    position: Json = {
        "order_type": order_type,
        "price_factor": "1.000000",
        "day_buy_quantity": str(day_buy_qty),
        "day_sell_quantity": str(day_sell_qty),
        "day_buy_amount": _money(day_buy_amount),
        "day_buy_avg_price": _money(_avg(day_buy_amount, day_buy_qty)),
        "day_sell_amount": _money(day_sell_amount),
        "day_sell_avg_amount": _money(_avg(day_sell_amount, day_sell_qty)),
        **cf,
        "open_buy_quantity": "0",
        "open_sell_quantity": "0",
        "open_buy_amount": "0.00",
        "open_buy_avg_price": "0.00",
        "open_sell_amount": "0.00",
        "open_sell_avg_price": "0.00",
        "net_quantity": str(net),
        "net_avg_price": _money(net_avg),
        "last_trade_price": _money(ltp),
        "unrealized_mtom": _money(unrealized),
        "realized_pnl": _money(realized),
        "frozen_quantity": frozen_quantity,
        "upload_price": upload_price,
        "bep": _money(net_avg),
        "exchange_name": exchange_name,
        "trading_symbol": trading_symbol,
        "token": token,
        "price_precision": "2",
        "tick_size": "0.05",
        "lot_size": lot_size,
        "multiply_factor": "1",
    }
    return position


_WEALTHY_MORE_POSITIONS: list[Json] = [
    # NIFTY future, one lot short, carried forward from yesterday (NRML), NFO.
    _wealthy_position(
        exchange_name=2,
        token="35001",
        trading_symbol="NIFTY26MARFUT",
        lot_size=75,
        order_type=3,
        cf_sell=(75, "22500.00"),
        last_trade_price="22410.50",
        upload_price="22480.00",
        frozen_quantity="1800",
    ),
    # BANKNIFTY call option, one lot long, bought today (NRML), NFO.
    _wealthy_position(
        exchange_name=2,
        token="48215",
        trading_symbol="BANKNIFTY26MAR52000CE",
        lot_size=30,
        order_type=3,
        day_buy=(30, "412.50"),
        last_trade_price="436.80",
        frozen_quantity="900",
    ),
    # SENSEX put option, one lot written (short) today, BFO.
    _wealthy_position(
        exchange_name=4,
        token="1128456",
        trading_symbol="SENSEX26MAR80000PE",
        lot_size=20,
        order_type=3,
        day_sell=(20, "150.00"),
        last_trade_price="138.25",
        frozen_quantity="1000",
    ),
    # Intraday equity: bought 50, sold 100 (MIS) -> 50 short with realized profit on the 50 matched.
    _wealthy_position(
        exchange_name=1,
        token="3456",
        trading_symbol="TATAMOTORS-EQ",
        lot_size=1,
        order_type=2,
        day_buy=(50, "712.00"),
        day_sell=(100, "715.40"),
        last_trade_price="709.85",
        frozen_quantity="4500000",
    ),
]


def wealthy_holdings() -> list[Json]:
    """The default Wealthy holdings: the seed's GRINFRA and AVANTIFEED, then INFY, SBIN and NIFTYBEES."""
    return copy.deepcopy(_WEALTHY_SEED_HOLDINGS + _WEALTHY_MORE_HOLDINGS)


def wealthy_positions() -> list[Json]:
    """The default Wealthy positions: the seed's two SUZLON rows, then F&O and intraday, long and short."""
    return copy.deepcopy(_WEALTHY_SEED_POSITIONS + _WEALTHY_MORE_POSITIONS)


# --------------------------------------------------------------------------------------------------
# Vendor gateway
# --------------------------------------------------------------------------------------------------

# Verbatim from seeds/004.
_GATEWAY_SEED_HOLDING: Json = {
    "NSEToken": "101000438",
    "BSEToken": "201500103",
    "instrumentName": "BHEL",
    "qunatity": "45",
    "averagePrice": "110.00",
    "symbol": "BHEL",
    "isin": "INE257A01026",
    "instrument": "EQ",
    "Close": "70.34",
    "holdingCost": 4950,
    "lastPrice": "71.40",
    "LotSize": "1",
    "unrealisedGainLoss": "-1737.00",
}

_GATEWAY_SEED_POSITION: Json = {
    "exchange": "NSE",
    "exchangeToken": "212",
    "symbol": "STARPAPER",
    "assetType": "",
    "tradeSymbol": "STARPAPER-EQ",
    "segment": "EQ",
    "token": 212,
    "preNetQty": 0,
    "netQty": 0,
    "TotalNetQty": 0,
    "SquareOff": 0,
    "ProductType": "",
    "netPrice": "0",
    "ltp": "172",
    "mtm": "",
    "lotSize": "",
    "instrument": "STARPAPER-EQ",
    "buyAmt": "300.0",
    "sellAmt": "0",
    "buyQty": 0,
    "sellQty": 0,
    "Expiry": "-",
    "strike_price": "0",
    "option_Type": "- ",
}


def _json_number(value: Decimal) -> int | float:
    """A JSON number for `holdingCost`: an int when whole (the seed sends 4950), else the exact 2-dp value.

    `float(Decimal("989.45"))` serialises back as `989.45`: the shortest repr round-trips the decimal.
    """
    value = value.quantize(_CENT)
    return int(value) if value == value.to_integral_value() else float(value)


def _gateway_holding(
    *,
    name: str,
    nse: int,
    bse: int,
    isin: str,
    quantity: int,
    average_price: str,
    close: str,
    last_price: str,
) -> Json:
    avg, last = Decimal(average_price), Decimal(last_price)
    return {
        "NSEToken": f"101{nse:06d}",
        "BSEToken": f"201{bse:06d}",
        "instrumentName": name,
        "qunatity": str(quantity),
        "averagePrice": _money(avg),
        "symbol": name,
        "isin": isin,
        "instrument": "EQ",
        "Close": _money(Decimal(close)),
        "holdingCost": _json_number(avg * quantity),
        "lastPrice": _money(last),
        "LotSize": "1",
        "unrealisedGainLoss": _money((last - avg) * quantity),
    }


def _gateway_position(
    *,
    exchange: str,
    token: int,
    symbol: str,
    trade_symbol: str,
    segment: str,
    asset_type: str,
    product: str,
    ltp: str,
    buy: tuple[int, str] = (0, "0"),
    sell: tuple[int, str] = (0, "0"),
    lot_size: str = "",
    expiry: str = "-",
    strike_price: str = "0",
    option_type: str = "- ",
) -> Json:
    """One position opened today. Cash equity gets the absent markers the seed shows (`"-"`, `"- "`, `""`)."""
    buy_qty, buy_px = buy[0], Decimal(buy[1])
    sell_qty, sell_px = sell[0], Decimal(sell[1])
    net = buy_qty - sell_qty
    net_price = buy_px if net > 0 else sell_px if net < 0 else Decimal(0)
    mtm = (Decimal(ltp) - net_price) * net
    return {
        "exchange": exchange,
        "exchangeToken": str(token),
        "symbol": symbol,
        "assetType": asset_type,
        "tradeSymbol": trade_symbol,
        "segment": segment,
        "token": token,
        "preNetQty": 0,
        "netQty": net,
        "TotalNetQty": net,
        "SquareOff": -net,
        "ProductType": product,
        "netPrice": _money(net_price),
        "ltp": _money(Decimal(ltp)),
        "mtm": _money(mtm),
        "lotSize": lot_size,
        "instrument": trade_symbol,
        "buyAmt": _money(buy_px * buy_qty),
        "sellAmt": _money(sell_px * sell_qty),
        "buyQty": buy_qty,
        "sellQty": sell_qty,
        "Expiry": expiry,
        "strike_price": strike_price,
        "option_Type": option_type,
    }


_KOTAK_HOLDINGS: list[Json] = [
    _GATEWAY_SEED_HOLDING,
    _gateway_holding(
        name="ITC",
        nse=1660,
        bse=500875,
        isin="INE154A01025",
        quantity=120,
        average_price="402.15",
        close="415.60",
        last_price="417.05",
    ),
    _gateway_holding(
        name="TATASTEEL",
        nse=3499,
        bse=500470,
        isin="INE081A01020",
        quantity=300,
        average_price="138.45",
        close="151.20",
        last_price="150.10",
    ),
    # A cost that is not a whole number of rupees: holdingCost 989.45.
    _gateway_holding(
        name="IRFC",
        nse=2029,
        bse=543257,
        isin="INE053F01010",
        quantity=7,
        average_price="141.35",
        close="128.90",
        last_price="129.40",
    ),
]

_KOTAK_POSITIONS: list[Json] = [
    _GATEWAY_SEED_POSITION,
    # Intraday equity long and short.
    _gateway_position(
        exchange="NSE",
        token=2885,
        symbol="RELIANCE",
        trade_symbol="RELIANCE-EQ",
        segment="EQ",
        asset_type="",
        product="MIS",
        ltp="1301.15",
        buy=(10, "1288.40"),
    ),
    _gateway_position(
        exchange="NSE",
        token=3045,
        symbol="SBIN",
        trade_symbol="SBIN-EQ",
        segment="EQ",
        asset_type="",
        product="MIS",
        ltp="797.60",
        sell=(40, "801.25"),
    ),
    # F&O: a NIFTY future short and a BANKNIFTY call long.
    _gateway_position(
        exchange="NFO",
        token=35001,
        symbol="NIFTY",
        trade_symbol="NIFTY26MARFUT",
        segment="FUT",
        asset_type="FUTIDX",
        product="NRML",
        ltp="22410.50",
        sell=(75, "22500.00"),
        lot_size="75",
        expiry="31-Mar-2026",
    ),
    _gateway_position(
        exchange="NFO",
        token=48215,
        symbol="BANKNIFTY",
        trade_symbol="BANKNIFTY26MAR52000CE",
        segment="CE",
        asset_type="OPTIDX",
        product="NRML",
        ltp="436.80",
        buy=(30, "412.50"),
        lot_size="30",
        expiry="31-Mar-2026",
        strike_price="52000.00",
        option_type="CE",
    ),
]

_INDIRA_HOLDINGS: list[Json] = [
    _gateway_holding(
        name="HDFCBANK",
        nse=1333,
        bse=500180,
        isin="INE040A01034",
        quantity=25,
        average_price="1650.00",
        close="1702.30",
        last_price="1698.75",
    ),
]

_INDIRA_POSITIONS: list[Json] = [
    # A put written today.
    _gateway_position(
        exchange="NFO",
        token=61234,
        symbol="NIFTY",
        trade_symbol="NIFTY26MAR22000PE",
        segment="PE",
        asset_type="OPTIDX",
        product="NRML",
        ltp="98.40",
        sell=(75, "104.10"),
        lot_size="75",
        expiry="31-Mar-2026",
        strike_price="22000.00",
        option_type="PE",
    ),
]


def gateway_accounts() -> dict[tuple[str, str], Json]:
    """The default gateway accounts, keyed by (vendor, userId).

    Each account has `holdings` and `positions` lists, and optionally `status_quirk`: the status text the
    gateway puts on a *successful* holdings reply (the real gateway sometimes says "Not ok" there).
    """
    return copy.deepcopy(
        {
            (GATEWAY_VENDOR, GATEWAY_USER_ID): {"holdings": _KOTAK_HOLDINGS, "positions": _KOTAK_POSITIONS},
            ("INDIRA", GATEWAY_INDIRA_USER_ID): {
                "holdings": _INDIRA_HOLDINGS,
                "positions": _INDIRA_POSITIONS,
                "status_quirk": "Not ok",
            },
        }
    )
