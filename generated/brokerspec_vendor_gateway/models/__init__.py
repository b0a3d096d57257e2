"""Contains all the data models used in inputs/outputs"""

from .gateway_holding import GatewayHolding
from .gateway_holdings_response import GatewayHoldingsResponse
from .gateway_position import GatewayPosition
from .gateway_positions_response import GatewayPositionsResponse
from .gateway_request import GatewayRequest

__all__ = (
    "GatewayHolding",
    "GatewayHoldingsResponse",
    "GatewayPosition",
    "GatewayPositionsResponse",
    "GatewayRequest",
)
