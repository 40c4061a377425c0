"""Finding and loading every curriculum the library shows; runs on the background thread."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .result import LoadResult


def scan(roots: Iterable[Path], kept: Path | None = None) -> list[LoadResult]:
    """Load each curriculum under `roots` once, in the order the roots are given.

    With `kept` (a folder), a curriculum whose files are unchanged since its last load is read
    back from there instead of being parsed again (scan_cache.py), and new loads are kept.
    """
    # Imported here, on the worker thread, so the window paints before the loader is read.
    from .folders import find_curricula

    results: list[LoadResult] = []
    seen: set[Path] = set()
    for root in roots:
        for folder in find_curricula(Path(root)):
            key = folder.resolve()
            if key in seen:
                continue
            seen.add(key)
            results.append(load_safely(folder) if kept is None else _load_kept(folder, kept))
    return results


def _load_kept(folder: Path, kept: Path) -> LoadResult:
    from .scan_cache import ScanCache, folder_signature

    cache = ScanCache(kept)
    # The key is taken before loading: a file saved during the load makes the next start load
    # again rather than trust a load that may have missed it.
    signature = folder_signature(folder)
    result = cache.load(folder, signature)
    if result is None:
        result = load_safely(folder)
        cache.store(folder, signature, result)
    return result


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
