"""Contains some shared types for properties"""

import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import orjson
from attrs import define


def json_loads(content: bytes) -> Any:
    """Decode a JSON response body (what `response.json()` did, faster)."""
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


class BodyLayouts:
    """What a model's `from_dict` needs to know about a body that depends only on its keys, in order: the
    keys that are not fields (additional properties), and the first required field it lacks.

    Every object of one reply usually has the same keys in the same order, so this is worked out once per
    layout and remembered (at most `limit` layouts per model; bodies of other shapes are still read, just
    not remembered).
    """

    __slots__ = ("_fields", "_limit", "_required", "known")

    def __init__(
        self, fields: tuple[str, ...], *, required: int, limit: int = 256
    ) -> None:
        self._fields = frozenset(fields)
        self._required = fields[:required]
        #: layout (the keys in order) -> the keys that are not fields; a layout here has every required field
        self.known: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self._limit = limit

    def unknown_keys(self, body: Mapping[Any, Any]) -> tuple[Any, ...]:
        """The keys of `body` that are not fields, in body order; KeyError if a required field is absent."""
        layout = tuple(body)
        unknown = self.known.get(layout)
        if unknown is None:
            for name in self._required:
                if name not in body:
                    raise KeyError(name)
            unknown = tuple(key for key in layout if key not in self._fields)
            if len(self.known) < self._limit:
                self.known[layout] = unknown
        return unknown


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "BodyLayouts",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
