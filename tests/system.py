"""Tests that need a system package skip on a developer's machine but fail in CI, which has it."""

from __future__ import annotations

import os
import shutil

import pytest


def require(available: bool, reason: str) -> None:
    """Skip with `reason` when something is missing; in CI (CI=true) it must be there."""
    if available:
        return
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"CI installs this, so it must be present: {reason}")
    pytest.skip(reason)


def require_program(name: str, package: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"{name} is not installed (apt-get install {package})")
    assert path is not None
    return path
