"""The output contract as code: see canonical.py."""

from .canonical import ACTIONS, DOCUMENTS, ERRORS, SCHEMA_VERSION, SchemaError, to_arrow, validate_records

__all__ = ["ACTIONS", "DOCUMENTS", "ERRORS", "SCHEMA_VERSION", "SchemaError", "to_arrow", "validate_records"]
