"""Writes of the best-practice library, each in one transaction: the modules are its parts.

`library` loads the cases and takes replication requests; `nominations` and `validation` hold
the writes of their features. Callers import the module they need.
"""

from .library import case_entries, library_load, replication_request_create

__all__ = ["case_entries", "library_load", "replication_request_create"]
