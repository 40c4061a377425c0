"""Finding and loading every curriculum the library shows; runs on the background thread."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .loader import LoadResult


def scan(roots: Iterable[Path]) -> list[LoadResult]:
    """Load each curriculum under `roots` once, in the order the roots are given."""
    # Imported here, on the worker thread, so the window paints before the loader is read.
    from .loader import find_curricula

    results: list[LoadResult] = []
    seen: set[Path] = set()
    for root in roots:
        for folder in find_curricula(Path(root)):
            key = folder.resolve()
            if key in seen:
                continue
            seen.add(key)
            results.append(load_safely(folder))
    return results


def load_safely(folder: Path) -> LoadResult:
    """Load a curriculum; an unexpected failure becomes a problem to show, not a crash."""
    from .loader import LoadResult, load_curriculum
    from .problems import ProblemList

    try:
        return load_curriculum(folder)
    except Exception as exc:  # the loader reports bad content itself; this is a last resort
        problems = ProblemList()
        problems.error(
            folder / "curriculum.toml",
            1,
            f"the curriculum could not be read: {exc}",
            "check that the folder is readable, then press Check again",
        )
        return LoadResult(folder, None, problems)


def display_title(result: LoadResult, lang: str | None = None) -> str:
    if result.curriculum is not None:
        return result.curriculum.title(lang)
    return result.path.name
