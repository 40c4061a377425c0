"""What loading a curriculum folder gives, and where curriculum folders are: without the loader.

Kept apart from `loader` so that listing kept loads (`scan_cache`) and watching folders need
none of the parsing code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Curriculum
from .problems import ProblemList

MANIFEST = "curriculum.toml"


@dataclass
class LoadResult:
    path: Path
    curriculum: Curriculum | None
    problems: ProblemList = field(default_factory=ProblemList)

    @property
    def ok(self) -> bool:
        return self.curriculum is not None and not self.problems.errors


def is_curriculum_dir(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def find_curricula(root: Path) -> list[Path]:
    """Curriculum folders at `root` itself or directly below it, sorted by name."""
    if is_curriculum_dir(root):
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and is_curriculum_dir(p))
