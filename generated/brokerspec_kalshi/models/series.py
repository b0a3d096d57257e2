from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
    from ..models.series_settlement_sources_type_0_item import (
        SeriesSettlementSourcesType0Item,
    )


T = TypeVar("T", bound="Series")


#: The wire names of the fields; any other key of a body is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    {
        "ticker",
        "title",
        "category",
        "frequency",
        "fee_type",
        "fee_multiplier",
        "tags",
        "categories",
        "contract_url",
        "contract_terms_url",
        "settlement_sources",
        "additional_prohibitions",
        "product_metadata",
        "volume_fp",
        "last_updated_ts",
        "exchange_index",
    }
)
_FIELD_NAMES: tuple[str, ...] = (
    "ticker",
    "title",
    "category",
    "frequency",
    "fee_type",
    "fee_multiplier",
    "tags",
    "categories",
    "contract_url",
    "contract_terms_url",
    "settlement_sources",
    "additional_prohibitions",
    "product_metadata",
    "volume_fp",
    "last_updated_ts",
    "exchange_index",
    "additional_properties",
)


class Series:
    """A series and the fee schedule of its markets."""

    __slots__ = ("_additional", "_body", "_converted", "_own")

    def __init__(
        self,
        ticker: str,
        title: str | Unset = UNSET,
        category: str | Unset = UNSET,
        frequency: str | Unset = UNSET,
        fee_type: str | Unset = UNSET,
        fee_multiplier: float | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        categories: list[str] | None | Unset = UNSET,
        contract_url: str | Unset = UNSET,
        contract_terms_url: str | Unset = UNSET,
        settlement_sources: list[SeriesSettlementSourcesType0Item]
        | None
        | Unset = UNSET,
        additional_prohibitions: list[str] | None | Unset = UNSET,
        product_metadata: None | SeriesProductMetadataType0 | Unset = UNSET,
        volume_fp: str | Unset = UNSET,
        last_updated_ts: str | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        #: the JSON value of each field that needs no converting, by wire name
        self._body: dict[str, Any] = {}
        self._own = True
        #: the Python value of each field that was converted, by Python name
        self._converted: dict[str, Any] = {}
        self._additional: dict[str, Any] | None = {}
        self._body["ticker"] = ticker
        if not isinstance(title, Unset):
            self._body["title"] = title
        if not isinstance(category, Unset):
            self._body["category"] = category
        if not isinstance(frequency, Unset):
            self._body["frequency"] = frequency
        if not isinstance(fee_type, Unset):
            self._body["fee_type"] = fee_type
        if not isinstance(fee_multiplier, Unset):
            self._body["fee_multiplier"] = fee_multiplier
        if not isinstance(tags, Unset):
            self._converted["tags"] = tags
        if not isinstance(categories, Unset):
            self._converted["categories"] = categories
        if not isinstance(contract_url, Unset):
            self._body["contract_url"] = contract_url
        if not isinstance(contract_terms_url, Unset):
            self._body["contract_terms_url"] = contract_terms_url
        if not isinstance(settlement_sources, Unset):
            self._converted["settlement_sources"] = settlement_sources
        if not isinstance(additional_prohibitions, Unset):
            self._converted["additional_prohibitions"] = additional_prohibitions
        if not isinstance(product_metadata, Unset):
            self._converted["product_metadata"] = product_metadata
        if not isinstance(volume_fp, Unset):
            self._body["volume_fp"] = volume_fp
        if not isinstance(last_updated_ts, Unset):
            self._body["last_updated_ts"] = last_updated_ts
        if not isinstance(exchange_index, Unset):
            self._body["exchange_index"] = exchange_index

    @property
    def ticker(self) -> str:
        """Series ticker."""
        value: str = self._body["ticker"]
        return value

    @ticker.setter
    def ticker(self, value: str) -> None:
        target = self._own_body()
        target["ticker"] = value

    @property
    def title(self) -> str | Unset:
        """Title."""
        value: str | Unset = self._body.get("title", UNSET)
        return value

    @title.setter
    def title(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("title", None)
        else:
            target["title"] = value

    @property
    def category(self) -> str | Unset:
        """Main category."""
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
    def frequency(self) -> str | Unset:
        """How often its events recur, in words (`daily`, `weekly`, ...)."""
        value: str | Unset = self._body.get("frequency", UNSET)
        return value

    @frequency.setter
    def frequency(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("frequency", None)
        else:
            target["frequency"] = value

    @property
    def fee_type(self) -> str | Unset:
        """Fee structure. Known values: `quadratic` (takers pay 0.07 × count × P × (1 − P), makers nothing),
        `quadratic_with_maker_fees` (makers also pay 0.0175 × count × P × (1 − P)),
        `quadratic_with_combo_maker_fees`,
        `flat`; others may appear. Both quadratic rates are multiplied by `fee_multiplier`.
        """
        value: str | Unset = self._body.get("fee_type", UNSET)
        return value

    @fee_type.setter
    def fee_type(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fee_type", None)
        else:
            target["fee_type"] = value

    @property
    def fee_multiplier(self) -> float | Unset:
        """Multiplier of the fee rates (a JSON number, e.g. 1 or 0.5); read it through its decimal text."""
        value: float | Unset = self._body.get("fee_multiplier", UNSET)
        return value

    @fee_multiplier.setter
    def fee_multiplier(self, value: float | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("fee_multiplier", None)
        else:
            target["fee_multiplier"] = value

    @property
    def tags(self) -> list[str] | None | Unset:
        """Subjects the series relates to."""
        value: list[str] | None | Unset = self._converted.get("tags", UNSET)
        return value

    @tags.setter
    def tags(self, value: list[str] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("tags", None)
        else:
            target["tags"] = value

    @property
    def categories(self) -> list[str] | None | Unset:
        """Discovery categories."""
        value: list[str] | None | Unset = self._converted.get("categories", UNSET)
        return value

    @categories.setter
    def categories(self, value: list[str] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("categories", None)
        else:
            target["categories"] = value

    @property
    def contract_url(self) -> str | Unset:
        """The filing of the contract behind the series."""
        value: str | Unset = self._body.get("contract_url", UNSET)
        return value

    @contract_url.setter
    def contract_url(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("contract_url", None)
        else:
            target["contract_url"] = value

    @property
    def contract_terms_url(self) -> str | Unset:
        """The current terms of that contract."""
        value: str | Unset = self._body.get("contract_terms_url", UNSET)
        return value

    @contract_terms_url.setter
    def contract_terms_url(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("contract_terms_url", None)
        else:
            target["contract_terms_url"] = value

    @property
    def settlement_sources(
        self,
    ) -> list[SeriesSettlementSourcesType0Item] | None | Unset:
        """Official sources of the settlements (`name`, `url`)."""
        value: list[SeriesSettlementSourcesType0Item] | None | Unset = (
            self._converted.get("settlement_sources", UNSET)
        )
        return value

    @settlement_sources.setter
    def settlement_sources(
        self, value: list[SeriesSettlementSourcesType0Item] | None | Unset
    ) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("settlement_sources", None)
        else:
            target["settlement_sources"] = value

    @property
    def additional_prohibitions(self) -> list[str] | None | Unset:
        """Extra trading prohibitions of the series."""
        value: list[str] | None | Unset = self._converted.get(
            "additional_prohibitions", UNSET
        )
        return value

    @additional_prohibitions.setter
    def additional_prohibitions(self, value: list[str] | None | Unset) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("additional_prohibitions", None)
        else:
            target["additional_prohibitions"] = value

    @property
    def product_metadata(self) -> None | SeriesProductMetadataType0 | Unset:
        """Internal metadata of the series."""
        value: None | SeriesProductMetadataType0 | Unset = self._converted.get(
            "product_metadata", UNSET
        )
        return value

    @product_metadata.setter
    def product_metadata(
        self, value: None | SeriesProductMetadataType0 | Unset
    ) -> None:
        target = self._converted
        if isinstance(value, Unset):
            target.pop("product_metadata", None)
        else:
            target["product_metadata"] = value

    @property
    def volume_fp(self) -> str | Unset:
        """Contracts traded in the series (with `include_volume`)."""
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
    def last_updated_ts(self) -> str | Unset:
        """When its metadata last changed, RFC 3339."""
        value: str | Unset = self._body.get("last_updated_ts", UNSET)
        return value

    @last_updated_ts.setter
    def last_updated_ts(self, value: str | Unset) -> None:
        target = self._own_body()
        if isinstance(value, Unset):
            target.pop("last_updated_ts", None)
        else:
            target["last_updated_ts"] = value

    @property
    def exchange_index(self) -> int | None | Unset:
        """The shard of the series' markets."""
        value: int | None | Unset = self._body.get("exchange_index", UNSET)
        return value

    @exchange_index.setter
    def exchange_index(self, value: int | None | Unset) -> None:
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
            self.ticker,
            self.title,
            self.category,
            self.frequency,
            self.fee_type,
            self.fee_multiplier,
            self.tags,
            self.categories,
            self.contract_url,
            self.contract_terms_url,
            self.settlement_sources,
            self.additional_prohibitions,
            self.product_metadata,
            self.volume_fp,
            self.last_updated_ts,
            self.exchange_index,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Series) or other.__class__ is not self.__class__:
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
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0

        ticker = self.ticker

        title = self.title

        category = self.category

        frequency = self.frequency

        fee_type = self.fee_type

        fee_multiplier = self.fee_multiplier

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        contract_url = self.contract_url

        contract_terms_url = self.contract_terms_url

        settlement_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.settlement_sources, Unset):
            settlement_sources = UNSET
        elif isinstance(self.settlement_sources, list):
            settlement_sources = []
            for settlement_sources_type_0_item_data in self.settlement_sources:
                settlement_sources_type_0_item = (
                    settlement_sources_type_0_item_data.to_dict()
                )
                settlement_sources.append(settlement_sources_type_0_item)

        else:
            settlement_sources = self.settlement_sources

        additional_prohibitions: list[str] | None | Unset
        if isinstance(self.additional_prohibitions, Unset):
            additional_prohibitions = UNSET
        elif isinstance(self.additional_prohibitions, list):
            additional_prohibitions = self.additional_prohibitions

        else:
            additional_prohibitions = self.additional_prohibitions

        product_metadata: dict[str, Any] | None | Unset
        if isinstance(self.product_metadata, Unset):
            product_metadata = UNSET
        elif isinstance(self.product_metadata, SeriesProductMetadataType0):
            product_metadata = self.product_metadata.to_dict()
        else:
            product_metadata = self.product_metadata

        volume_fp = self.volume_fp

        last_updated_ts = self.last_updated_ts

        exchange_index: int | None | Unset
        if isinstance(self.exchange_index, Unset):
            exchange_index = UNSET
        else:
            exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if fee_type is not UNSET:
            field_dict["fee_type"] = fee_type
        if fee_multiplier is not UNSET:
            field_dict["fee_multiplier"] = fee_multiplier
        if tags is not UNSET:
            field_dict["tags"] = tags
        if categories is not UNSET:
            field_dict["categories"] = categories
        if contract_url is not UNSET:
            field_dict["contract_url"] = contract_url
        if contract_terms_url is not UNSET:
            field_dict["contract_terms_url"] = contract_terms_url
        if settlement_sources is not UNSET:
            field_dict["settlement_sources"] = settlement_sources
        if additional_prohibitions is not UNSET:
            field_dict["additional_prohibitions"] = additional_prohibitions
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.series_product_metadata_type_0 import SeriesProductMetadataType0
        from ..models.series_settlement_sources_type_0_item import (
            SeriesSettlementSourcesType0Item,
        )

        body = src_dict if type(src_dict) is dict else dict(src_dict)
        if "ticker" not in body:
            raise KeyError("ticker")
        converted: dict[str, Any] = {}
        if "tags" in body:

            def _parse_tags(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tags_type_0 = cast(list[str], data)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            tags = _parse_tags(body["tags"])

            converted["tags"] = tags
        if "categories" in body:

            def _parse_categories(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    categories_type_0 = cast(list[str], data)

                    return categories_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            categories = _parse_categories(body["categories"])

            converted["categories"] = categories
        if "settlement_sources" in body:

            def _parse_settlement_sources(
                data: object,
            ) -> list[SeriesSettlementSourcesType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    settlement_sources_type_0 = [
                        SeriesSettlementSourcesType0Item.from_dict(item)
                        for item in data
                    ]

                    return settlement_sources_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[SeriesSettlementSourcesType0Item] | None | Unset, data)

            settlement_sources = _parse_settlement_sources(body["settlement_sources"])

            converted["settlement_sources"] = settlement_sources
        if "additional_prohibitions" in body:

            def _parse_additional_prohibitions(
                data: object,
            ) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_prohibitions_type_0 = cast(list[str], data)

                    return additional_prohibitions_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            additional_prohibitions = _parse_additional_prohibitions(
                body["additional_prohibitions"]
            )

            converted["additional_prohibitions"] = additional_prohibitions
        if "product_metadata" in body:

            def _parse_product_metadata(
                data: object,
            ) -> None | SeriesProductMetadataType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    product_metadata_type_0 = SeriesProductMetadataType0.from_dict(data)

                    return product_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SeriesProductMetadataType0 | Unset, data)

            product_metadata = _parse_product_metadata(body["product_metadata"])

            converted["product_metadata"] = product_metadata
        series = cls.__new__(cls)
        series._body = body
        series._own = False
        series._converted = converted
        series._additional = None
        return series

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
