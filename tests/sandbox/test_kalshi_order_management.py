"""Managing orders on the sandbox exchange: client ids, amend, decrease, cancel, cancel all, order groups."""

from __future__ import annotations

import pytest
from brokerspec.sandbox.kalshi import ExchangeError

from ._kalshi_support import MARKET, D, engine, place

# -- client_order_id ---------------------------------------------------------------------------------


def test_a_reused_client_order_id_is_a_409() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.40", 1, client_order_id="c-1")
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.41", 1, client_order_id="c-1")
    assert (caught.value.status, caught.value.code) == (409, "order_already_exists")


def test_a_client_order_id_stays_taken_after_the_order_is_cancelled() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.40", 1, client_order_id="c-1")
    ex.cancel_order("alice", order.order_id)
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.40", 1, client_order_id="c-1")
    assert caught.value.status == 409


def test_client_order_ids_are_per_member() -> None:
    ex, _ = engine()
    place(ex, "alice", "bid", "0.40", 1, client_order_id="c-1")
    assert place(ex, "bob", "bid", "0.40", 1, client_order_id="c-1").status == "resting"


# -- cancel ------------------------------------------------------------------------------------------


def test_cancel_takes_the_remainder_off_the_book() -> None:
    ex, _ = engine()
    order = place(ex, "alice", "bid", "0.52", 130)
    cancelled, reduced = ex.cancel_order("alice", order.order_id)
    assert (cancelled.status, reduced, cancelled.fill_count) == ("canceled", D(30), D(100))
    assert ex.book(MARKET)["bids"][0][0] == D("0.48")


@pytest.mark.parametrize("state", ["unknown", "canceled", "executed", "someone_elses"])
def test_cancel_answers_not_found_for_anything_but_an_own_resting_order(state: str) -> None:
    ex, _ = engine()
    order_id = "00000000-0000-4000-8000-000000000000"
    if state == "canceled":
        order_id = place(ex, "alice", "bid", "0.40", 1).order_id
        ex.cancel_order("alice", order_id)
    elif state == "executed":
        order_id = place(ex, "alice", "bid", "0.52", 1).order_id
    elif state == "someone_elses":
        order_id = place(ex, "bob", "bid", "0.40", 1).order_id
    with pytest.raises(ExchangeError) as caught:
        ex.cancel_order("alice", order_id)
    assert (caught.value.status, caught.value.code) == (404, "not_found")


def test_cancel_all_cancels_every_resting_order_of_the_member_only() -> None:
    ex, _ = engine()
    mine = [place(ex, "alice", "bid", "0.40", 1), place(ex, "alice", "ask", "0.60", 1, ticker="KXDEMO-26-B")]
    bobs = place(ex, "bob", "bid", "0.40", 1)
    ex.cancel_all_orders("alice")
    assert [o.status for o in mine] == ["canceled", "canceled"]
    assert bobs.status == "resting"


# -- decrease ----------------------------------------------------------------------------------------


def test_decrease_by_keeps_the_queue_position() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.48", 10)
    place(ex, "bob", "bid", "0.48", 5)
    order, reduced = ex.decrease_order("alice", mine.order_id, reduce_by=D(4))
    assert (order.remaining_count, reduced, ex.queue_position(order)) == (D(6), D(4), D(100))


def test_decrease_to_sets_the_remaining_count() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.40", 10)
    order, reduced = ex.decrease_order("alice", mine.order_id, reduce_to=D(3))
    assert (order.remaining_count, reduced) == (D(3), D(7))


def test_decrease_to_zero_cancels_the_order() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.40", 10)
    order, reduced = ex.decrease_order("alice", mine.order_id, reduce_to=D(0))
    assert (order.status, reduced) == ("canceled", D(10))


def test_decrease_needs_exactly_one_of_reduce_by_and_reduce_to() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.40", 10)
    with pytest.raises(ExchangeError) as caught:
        ex.decrease_order("alice", mine.order_id, reduce_by=D(1), reduce_to=D(2))
    assert caught.value.code == "invalid_parameters"


# -- amend -------------------------------------------------------------------------------------------


def test_amending_the_price_moves_the_order_to_the_back_of_the_queue() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.45", 10)
    place(ex, "bob", "bid", "0.46", 5)
    _, after = ex.amend_order("alice", mine.order_id, price=D("0.46"), count=D(10))
    assert (after.price, ex.queue_position(after)) == (D("0.46"), D(305))  # MM 300 + Bob 5 ahead


def test_amending_only_to_a_smaller_size_keeps_the_queue_position() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.48", 10)
    place(ex, "bob", "bid", "0.48", 5)
    _, after = ex.amend_order("alice", mine.order_id, price=D("0.48"), count=D(6))
    assert (after.remaining_count, ex.queue_position(after)) == (D(6), D(100))


def test_amending_to_a_larger_size_loses_the_queue_position() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.48", 10)
    place(ex, "bob", "bid", "0.48", 5)
    _, after = ex.amend_order("alice", mine.order_id, price=D("0.48"), count=D(12))
    assert ex.queue_position(after) == D(105)


def test_amend_count_is_the_new_total_including_what_already_filled() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.52", 130)  # 100 fill, 30 rest
    _, after = ex.amend_order("alice", mine.order_id, price=D("0.50"), count=D(120))
    assert (after.fill_count, after.remaining_count, after.initial_count) == (D(100), D(20), D(120))


def test_an_amend_that_crosses_trades_immediately() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.50", 10)
    _, after = ex.amend_order("alice", mine.order_id, price=D("0.52"), count=D(10))
    assert (after.status, after.fill_count) == ("executed", D(10))


def test_amend_gives_the_order_a_new_client_order_id_that_is_then_taken() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.40", 1, client_order_id="c-1")
    ex.amend_order("alice", mine.order_id, price=D("0.41"), count=D(1), updated_client_order_id="c-2")
    assert mine.client_order_id == "c-2"
    with pytest.raises(ExchangeError):
        place(ex, "alice", "bid", "0.40", 1, client_order_id="c-2")


def test_amend_below_the_filled_count_is_refused() -> None:
    ex, _ = engine()
    mine = place(ex, "alice", "bid", "0.52", 130)
    with pytest.raises(ExchangeError) as caught:
        ex.amend_order("alice", mine.order_id, price=D("0.50"), count=D(100))
    assert caught.value.code == "invalid_parameters"


# -- order groups ------------------------------------------------------------------------------------


def test_an_order_group_cancels_its_orders_when_fills_reach_the_limit() -> None:
    ex, _ = engine()
    group = ex.create_order_group("alice", D(5))
    resting = place(ex, "alice", "bid", "0.40", 10, order_group_id=group.group_id)
    taker = place(ex, "alice", "bid", "0.52", 5, order_group_id=group.group_id)
    assert taker.fill_count == D(5)
    assert (group.triggered, resting.status) == (True, "canceled")


def test_a_group_never_fills_past_its_limit() -> None:
    ex, _ = engine()
    group = ex.create_order_group("alice", D(5))
    order = place(ex, "alice", "bid", "0.52", 8, order_group_id=group.group_id)
    assert (order.fill_count, order.status, group.triggered) == (D(5), "canceled", True)


def test_maker_fills_count_toward_the_group_limit() -> None:
    ex, _ = engine()
    group = ex.create_order_group("alice", D(3))
    resting = place(ex, "alice", "ask", "0.50", 10, order_group_id=group.group_id)
    place(ex, "bob", "bid", "0.50", 10, time_in_force="immediate_or_cancel")
    assert (resting.fill_count, resting.status, group.triggered) == (D(3), "canceled", True)


def test_a_triggered_group_refuses_new_orders_until_reset() -> None:
    ex, _ = engine()
    group = ex.create_order_group("alice", D(1))
    place(ex, "alice", "bid", "0.52", 1, order_group_id=group.group_id)
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.40", 1, order_group_id=group.group_id)
    assert caught.value.code == "invalid_order"
    ex.reset_order_group("alice", group.group_id)
    assert place(ex, "alice", "bid", "0.40", 1, order_group_id=group.group_id).status == "resting"


def test_the_group_limit_is_a_rolling_15_second_window() -> None:
    ex, clock = engine()
    group = ex.create_order_group("alice", D(5))
    place(ex, "alice", "bid", "0.52", 4, order_group_id=group.group_id)
    clock.advance(16)
    order = place(ex, "alice", "bid", "0.52", 4, order_group_id=group.group_id)
    assert (order.fill_count, group.triggered) == (D(4), False)


def test_deleting_a_group_cancels_its_resting_orders() -> None:
    ex, _ = engine()
    group = ex.create_order_group("alice", D(100))
    order = place(ex, "alice", "bid", "0.40", 3, order_group_id=group.group_id)
    ex.delete_order_group("alice", group.group_id)
    assert order.status == "canceled"
    assert ex.member_order_groups("alice") == []


def test_an_unknown_order_group_is_not_found() -> None:
    ex, _ = engine()
    with pytest.raises(ExchangeError) as caught:
        place(ex, "alice", "bid", "0.40", 1, order_group_id="nope")
    assert (caught.value.status, caught.value.code) == (404, "not_found")
