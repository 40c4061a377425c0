"""What loading a curriculum folder gives, without the loader; where the folders are is in
`folders` (and named here too, as before).

Kept apart from `loader` so that listing kept loads (`scan_cache`) and watching folders need
none of the parsing code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .folders import MANIFEST, find_curricula, is_curriculum_dir
from .model import Curriculum
from .problems import ProblemList

__all__ = ["MANIFEST", "LoadResult", "find_curricula", "is_curriculum_dir"]


@dataclass
class LoadResult:
    path: Path
    curriculum: Curriculum | None
    problems: ProblemList = field(default_factory=ProblemList)

    @property
    def ok(self) -> bool:
        return self.curriculum is not None and not self.problems.errors
