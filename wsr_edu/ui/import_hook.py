"""Stop PySide6 reading the source of every module imported after it.

PySide6 hooks every import to learn whether the new module opts in to its optional
`from __feature__ import ...` switches, and does so by reading the module's whole source, which
Python then keeps in memory: importing the records' database library after the library window
cost about 13 MiB and 150 ms more because of it. The app uses none of those switches, so here the
answer is given by the module's name. Each Qt program's entry module imports this first. If a
PySide6 release changes the hook, this does nothing.
"""

from __future__ import annotations

from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads PySide6's import hook, adjusted below)


def _uses_pyside(module: ModuleType) -> bool:
    """Whether a module may use PySide's optional features, judged by its name alone."""
    return getattr(module, "__name__", "").startswith(("wsr_edu.ui", "PySide6"))


def _skip_source_reading() -> None:
    """Answer PySide6's question by name (see the module's words)."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside


_skip_source_reading()
