"""Errors a user can cause or meet, each worded as a message with a way out."""

from __future__ import annotations


class RecordsError(Exception):
    """A problem with the records that the user can act on; str() is the whole message."""


class DiskFullError(RecordsError):
    """The disk (or the database's size limit) is full; nothing half-written was kept."""


class NamesNotAllowedError(RecordsError):
    """Names were offered where the session or the organisation's settings do not allow them."""


class NotFoundError(RecordsError):
    """No record with the given id."""
