"""The one error this package raises for bad input: a message to show as it is."""

from __future__ import annotations


class PackError(Exception):
    """A pack, key or bundle was refused, or could not be made; str() says why and what to do."""

    changed = False
    """True only when something was left changed (every refusal leaves everything as it was)."""
