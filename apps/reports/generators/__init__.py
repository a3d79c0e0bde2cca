"""The reports the portal writes: for each kind, its formats, its parameters and its writer.

A writer is called as `write(report, path, progress)` with the requested language active: it
reads what it needs, writes the file at path, and calls progress with a percentage as it goes.
It raises `ReportError` with a message for people when the report cannot be made.
"""

from collections.abc import Callable
from dataclasses import dataclass

from ..models import Format, Kind
from . import annual, compendium, mapping, register, strategies
from .documents import Progress
from .errors import ReportError

__all__ = ["GENERATORS", "Generator", "Progress", "ReportError"]


@dataclass(frozen=True)
class Generator:
    write: Callable
    formats: tuple[str, ...]
    # Which parameters the order form asks for, and which of them must be given.
    parameters: tuple[str, ...] = ()
    required: tuple[str, ...] = ()


GENERATORS: dict[str, Generator] = {
    Kind.COMPENDIUM: Generator(compendium.write, (Format.PDF,), ("country",), ("country",)),
    Kind.MAPPING: Generator(mapping.write, (Format.PDF, Format.XLSX)),
    Kind.STRATEGIES: Generator(strategies.write, (Format.PDF, Format.XLSX), ("country",)),
    Kind.REGISTER: Generator(register.write, (Format.XLSX, Format.CSV)),
    Kind.ANNUAL: Generator(annual.write, (Format.PDF,), ("year",), ("year",)),
}
