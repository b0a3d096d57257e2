"""Contains all the data models used in inputs/outputs"""

from .wealthy_holding import WealthyHolding
from .wealthy_instrument import WealthyInstrument
from .wealthy_position import WealthyPosition

__all__ = (
    "WealthyHolding",
    "WealthyInstrument",
    "WealthyPosition",
)
