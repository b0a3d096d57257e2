"""Contains all the data models used in inputs/outputs"""

from .amend_order_v2_request import AmendOrderV2Request
from .amend_order_v2_request_side import AmendOrderV2RequestSide
from .amend_order_v2_response import AmendOrderV2Response
from .api_usage_level_grant import ApiUsageLevelGrant
from .balance import Balance
from .balance_breakdown_item import BalanceBreakdownItem
from .batch_cancel_orders_legacy_request import BatchCancelOrdersLegacyRequest
from .batch_cancel_orders_legacy_response import BatchCancelOrdersLegacyResponse
from .batch_cancel_orders_legacy_result import BatchCancelOrdersLegacyResult
from .batch_cancel_orders_v2_request import BatchCancelOrdersV2Request
from .batch_cancel_orders_v2_request_item import BatchCancelOrdersV2RequestItem
from .batch_cancel_orders_v2_response import BatchCancelOrdersV2Response
from .batch_cancel_orders_v2_result import BatchCancelOrdersV2Result
from .batch_create_orders_legacy_request import BatchCreateOrdersLegacyRequest
from .batch_create_orders_legacy_response import BatchCreateOrdersLegacyResponse
from .batch_create_orders_legacy_result import BatchCreateOrdersLegacyResult
from .batch_create_orders_v2_request import BatchCreateOrdersV2Request
from .batch_create_orders_v2_response import BatchCreateOrdersV2Response
from .batch_create_orders_v2_result import BatchCreateOrdersV2Result
from .bucket_limit import BucketLimit
from .cancel_order_legacy_response import CancelOrderLegacyResponse
from .cancel_order_v2_response import CancelOrderV2Response
from .create_order_group_request import CreateOrderGroupRequest
from .create_order_group_response import CreateOrderGroupResponse
from .create_order_legacy_request import CreateOrderLegacyRequest
from .create_order_legacy_request_action import CreateOrderLegacyRequestAction
from .create_order_legacy_request_self_trade_prevention_type import (
    CreateOrderLegacyRequestSelfTradePreventionType,
)
from .create_order_legacy_request_side import CreateOrderLegacyRequestSide
from .create_order_legacy_request_time_in_force import (
    CreateOrderLegacyRequestTimeInForce,
)
from .create_order_legacy_request_type import CreateOrderLegacyRequestType
from .create_order_legacy_response import CreateOrderLegacyResponse
from .create_order_v2_request import CreateOrderV2Request
from .create_order_v2_request_self_trade_prevention_type import (
    CreateOrderV2RequestSelfTradePreventionType,
)
from .create_order_v2_request_side import CreateOrderV2RequestSide
from .create_order_v2_request_time_in_force import CreateOrderV2RequestTimeInForce
from .create_order_v2_response import CreateOrderV2Response
from .decrease_order_v2_request import DecreaseOrderV2Request
from .decrease_order_v2_response import DecreaseOrderV2Response
from .empty_response import EmptyResponse
from .endpoint_cost import EndpointCost
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .event_position import EventPosition
from .exchange_index_status import ExchangeIndexStatus
from .exchange_status import ExchangeStatus
from .fill import Fill
from .get_account_api_limits_response import GetAccountApiLimitsResponse
from .get_account_endpoint_costs_response import GetAccountEndpointCostsResponse
from .get_fills_response import GetFillsResponse
from .get_market_orderbook_response import GetMarketOrderbookResponse
from .get_market_response import GetMarketResponse
from .get_markets_mve_filter import GetMarketsMveFilter
from .get_markets_response import GetMarketsResponse
from .get_markets_status import GetMarketsStatus
from .get_order_group_response import GetOrderGroupResponse
from .get_order_groups_response import GetOrderGroupsResponse
from .get_order_queue_position_response import GetOrderQueuePositionResponse
from .get_order_response import GetOrderResponse
from .get_orders_response import GetOrdersResponse
from .get_orders_status import GetOrdersStatus
from .get_positions_response import GetPositionsResponse
from .get_positions_settlement_status import GetPositionsSettlementStatus
from .get_queue_positions_response import GetQueuePositionsResponse
from .get_series_response import GetSeriesResponse
from .get_settlements_response import GetSettlementsResponse
from .intra_exchange_instance_transfer_request import (
    IntraExchangeInstanceTransferRequest,
)
from .intra_exchange_instance_transfer_request_destination import (
    IntraExchangeInstanceTransferRequestDestination,
)
from .intra_exchange_instance_transfer_request_source import (
    IntraExchangeInstanceTransferRequestSource,
)
from .intra_exchange_instance_transfer_response import (
    IntraExchangeInstanceTransferResponse,
)
from .market import Market
from .market_custom_strike_type_0 import MarketCustomStrikeType0
from .market_mve_selected_legs_type_0_item import MarketMveSelectedLegsType0Item
from .market_position import MarketPosition
from .order import Order
from .order_group import OrderGroup
from .orderbook import Orderbook
from .price_range import PriceRange
from .queue_position import QueuePosition
from .series import Series
from .series_product_metadata_type_0 import SeriesProductMetadataType0
from .series_settlement_sources_type_0_item import SeriesSettlementSourcesType0Item
from .settlement import Settlement
from .update_order_group_limit_request import UpdateOrderGroupLimitRequest

__all__ = (
    "AmendOrderV2Request",
    "AmendOrderV2RequestSide",
    "AmendOrderV2Response",
    "ApiUsageLevelGrant",
    "Balance",
    "BalanceBreakdownItem",
    "BatchCancelOrdersLegacyRequest",
    "BatchCancelOrdersLegacyResponse",
    "BatchCancelOrdersLegacyResult",
    "BatchCancelOrdersV2Request",
    "BatchCancelOrdersV2RequestItem",
    "BatchCancelOrdersV2Response",
    "BatchCancelOrdersV2Result",
    "BatchCreateOrdersLegacyRequest",
    "BatchCreateOrdersLegacyResponse",
    "BatchCreateOrdersLegacyResult",
    "BatchCreateOrdersV2Request",
    "BatchCreateOrdersV2Response",
    "BatchCreateOrdersV2Result",
    "BucketLimit",
    "CancelOrderLegacyResponse",
    "CancelOrderV2Response",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateOrderLegacyRequest",
    "CreateOrderLegacyRequestAction",
    "CreateOrderLegacyRequestSelfTradePreventionType",
    "CreateOrderLegacyRequestSide",
    "CreateOrderLegacyRequestTimeInForce",
    "CreateOrderLegacyRequestType",
    "CreateOrderLegacyResponse",
    "CreateOrderV2Request",
    "CreateOrderV2RequestSelfTradePreventionType",
    "CreateOrderV2RequestSide",
    "CreateOrderV2RequestTimeInForce",
    "CreateOrderV2Response",
    "DecreaseOrderV2Request",
    "DecreaseOrderV2Response",
    "EmptyResponse",
    "EndpointCost",
    "ErrorDetail",
    "ErrorResponse",
    "EventPosition",
    "ExchangeIndexStatus",
    "ExchangeStatus",
    "Fill",
    "GetAccountApiLimitsResponse",
    "GetAccountEndpointCostsResponse",
    "GetFillsResponse",
    "GetMarketOrderbookResponse",
    "GetMarketResponse",
    "GetMarketsMveFilter",
    "GetMarketsResponse",
    "GetMarketsStatus",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "GetOrderQueuePositionResponse",
    "GetOrderResponse",
    "GetOrdersResponse",
    "GetOrdersStatus",
    "GetPositionsResponse",
    "GetPositionsSettlementStatus",
    "GetQueuePositionsResponse",
    "GetSeriesResponse",
    "GetSettlementsResponse",
    "IntraExchangeInstanceTransferRequest",
    "IntraExchangeInstanceTransferRequestDestination",
    "IntraExchangeInstanceTransferRequestSource",
    "IntraExchangeInstanceTransferResponse",
    "Market",
    "MarketCustomStrikeType0",
    "MarketMveSelectedLegsType0Item",
    "MarketPosition",
    "Order",
    "OrderGroup",
    "Orderbook",
    "PriceRange",
    "QueuePosition",
    "Series",
    "SeriesProductMetadataType0",
    "SeriesSettlementSourcesType0Item",
    "Settlement",
    "UpdateOrderGroupLimitRequest",
)
