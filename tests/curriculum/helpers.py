"""Helpers for curriculum tests: run the loader and find problems by file and text."""

from __future__ import annotations

from pathlib import Path

from wsr_edu.curriculum import Problem, load_curriculum


def problems_of(folder: Path) -> list[Problem]:
    return list(load_curriculum(folder).problems)


def find(problems: list[Problem], text: str, *, error: bool = True) -> Problem:
    matches = [p for p in problems if text in p.message and p.is_error == error]
    assert matches, f"no {'error' if error else 'warning'} containing {text!r} in:\n" + "\n".join(
        p.format() for p in problems
    )
    return matches[0]


def line_of(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")
