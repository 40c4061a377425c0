"""Spreadsheet-safe text: OWASP's rule against formula injection, in Python and in SQL.

A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
formula by Excel, LibreOffice or Google Sheets (a site named `=HYPERLINK(...)` becomes a live
link). Such text gets a leading apostrophe, which every spreadsheet shows as plain text.
Numbers and dates are never touched: they stay numbers and dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.sql import ColumnElement

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell as a formula."""
GUARD = "'"


def safe_text(value: Any) -> Any:
    """`value` with a leading apostrophe when it is text that would start a formula."""
    if isinstance(value, str) and value[:1] in TRIGGERS:
        return GUARD + value
    return value


def safe_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(safe_text(v) for v in row)


def safe_sql(column: Any) -> ColumnElement[Any]:
    """The same rule in SQL, so a million rows are neutralised without a Python loop."""
    from sqlalchemy import case, func, literal

    return case(
        (func.substr(column, 1, 1).in_(TRIGGERS), literal(GUARD) + column),
        else_=column,
    )
