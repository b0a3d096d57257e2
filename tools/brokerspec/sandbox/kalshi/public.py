"""Market data and account routes: `/markets`, `/markets/{ticker}`, `/markets/{ticker}/orderbook`,
`/series/{series_ticker}`, `/exchange/status` (public) and `/account/limits`, `/account/endpoint_costs` (signed).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import errors, shapes, validation
from .base import Api, json_response, route
from .catalog import STATUS_FILTERS, Market
from .pagination import paginate
from .ratelimit import endpoint_costs_body

MAX_DEPTH = 100


class PublicApi(Api):
    def _market(self, ticker: str) -> Market:
        market = self.x.markets.get(ticker)
        if market is None:
            raise errors.not_found(f"market {ticker} not found")
        return market

    def _market_body(self, market: Market) -> dict[str, Any]:
        return shapes.market(
            market, self.x.book(market.ticker), self.x.open_interest(market.ticker), self.x.now()
        )

    async def get_markets(self, request: Request) -> Response:
        q = request.query_params
        limit = validation.query_limit(q)
        event, series = q.get("event_ticker") or None, q.get("series_ticker") or None
        status = validation.query_choice(q, "status", tuple(STATUS_FILTERS))
        tickers = validation.query_list(q, "tickers")
        wanted = STATUS_FILTERS[status] if status is not None else None
        items = [
            m
            for m in self.x.markets.values()
            if (event is None or m.event_ticker == event)
            and (series is None or m.series_ticker == series)
            and (wanted is None or m.status in wanted)
            and (tickers is None or m.ticker in tickers)
        ]
        page, cursor = paginate(items, lambda m: m.ticker, q.get("cursor"), limit)
        return json_response({"markets": [self._market_body(m) for m in page], "cursor": cursor})

    async def get_market(self, request: Request) -> Response:
        return json_response({"market": self._market_body(self._market(request.path_params["ticker"]))})

    async def get_orderbook(self, request: Request) -> Response:
        market = self._market(request.path_params["ticker"])
        depth = validation.query_int(request.query_params, "depth")
        if depth is not None and depth > MAX_DEPTH:
            raise errors.bad_query(f"depth must be at most {MAX_DEPTH} (0 or negative: every level)")
        levels = depth if depth is not None and depth > 0 else None
        return json_response(shapes.orderbook(self.x.book(market.ticker), levels))

    async def get_series(self, request: Request) -> Response:
        series = self.x.series.get(request.path_params["series_ticker"])
        if series is None:
            raise errors.not_found("series not found")
        return json_response({"series": shapes.series(series)})

    async def get_exchange_status(self, request: Request) -> Response:
        return json_response(shapes.exchange_status(self.x.shards.values()))

    async def get_limits(self, request: Request, member: str) -> Response:
        return json_response(self.x.limiter.limits_body())

    async def get_endpoint_costs(self, request: Request, member: str) -> Response:
        return json_response(endpoint_costs_body())

    def routes(self) -> list[BaseRoute]:
        public = [
            ("/markets", self.get_markets),
            ("/markets/{ticker}", self.get_market),
            ("/markets/{ticker}/orderbook", self.get_orderbook),
            ("/series/{series_ticker}", self.get_series),
            ("/exchange/status", self.get_exchange_status),
        ]
        signed = [("/account/limits", self.get_limits), ("/account/endpoint_costs", self.get_endpoint_costs)]
        return [
            *(route(t, self.public(h, t), "GET") for t, h in public),
            *(route(t, self.signed(h, t), "GET") for t, h in signed),
        ]
