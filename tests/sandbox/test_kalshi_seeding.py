"""The seeded exchange: markets with two-sided liquidity from a market maker, deterministic ids, reset."""

from __future__ import annotations

from brokerspec.sandbox.kalshi import MARKET_MAKER_ID, SEED_MARKETS, KalshiExchange

from ._kalshi_support import NOW, D, place, public_pem, rsa_key


def _fresh(seed: int = 0) -> KalshiExchange:
    exchange = KalshiExchange(seed=seed, clock=lambda: NOW)
    exchange.add_member("alice", D(1000))
    return exchange


def test_every_open_seeded_market_has_bids_and_asks_from_the_market_maker() -> None:
    exchange = _fresh()
    for spec in SEED_MARKETS:
        depth = exchange.book(spec.ticker)
        if spec.status in ("closed", "finalized"):  # resting orders are cancelled at close
            assert depth == {"bids": [], "asks": []}, spec.ticker
            continue
        assert depth["bids"] and depth["asks"], spec.ticker
        assert depth["bids"][0][0] < depth["asks"][0][0]
    assert {o.member_id for o in exchange.resting_orders()} == {MARKET_MAKER_ID}


def test_the_demo_markets_are_listed() -> None:
    assert {"KXDEMO-26-A", "KXDEMO-26-B", "KXRAIN-26NOV-T60"} <= set(_fresh().markets)


def test_a_new_member_starts_with_one_thousand_dollars() -> None:
    exchange = _fresh()
    member = exchange.register_api_key("k-1", public_pem(rsa_key()))
    assert exchange.balance(member) == D("1000.00")


def test_the_same_seed_gives_the_same_ids() -> None:
    first, second = _fresh(seed=7), _fresh(seed=7)
    ids = [
        place(x, "alice", "bid", "0.53", 150, time_in_force="immediate_or_cancel").order_id
        for x in (first, second)
    ]
    assert ids[0] == ids[1]
    assert [f.trade_id for f in first.fills] == [f.trade_id for f in second.fills]


def test_another_seed_gives_other_ids() -> None:
    a = place(_fresh(seed=1), "alice", "bid", "0.40", 1).order_id
    b = place(_fresh(seed=2), "alice", "bid", "0.40", 1).order_id
    assert a != b


def test_reset_replays_the_seed() -> None:
    exchange = _fresh(seed=3)
    before = place(exchange, "alice", "bid", "0.40", 1).order_id
    exchange.reset()
    exchange.add_member("alice", D(1000))
    assert place(exchange, "alice", "bid", "0.40", 1).order_id == before
