"""The coordinator's view: sessions with filters, totals, answers per question, simple charts."""

from .view import CoordinatorView

__all__ = ["CoordinatorView"]
