"""Build the bundle before the first bundle test starts, not inside it (see test_bundle.py)."""

from __future__ import annotations

import sys

import pytest


def pytest_collection_finish(session: pytest.Session) -> None:
    if not sys.platform.startswith("linux") or session.config.option.collectonly:
        return
    if any(
        item.path.name == "test_bundle.py" or "frozen_startup" in item.nodeid
        for item in session.items
    ):
        from .test_bundle import build_bundle

        build_bundle()
