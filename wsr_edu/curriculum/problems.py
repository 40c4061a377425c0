"""Problems found in a curriculum, reported as `path:line: severity: message (hint: ...)`."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    severity: Severity
    message: str
    hint: str = ""
    code: str = ""
    """What kind of problem, where code acts on it: `UNRECORDED` for a part of a spoken
    language no person has recorded yet (the recorder opens anyway, to record it)."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, relative_to: Path | None = None) -> str:
        path = self.path
        if relative_to is not None:
            with contextlib.suppress(ValueError):
                path = path.relative_to(relative_to)
        text = f"{path}:{self.line}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


UNRECORDED = "unrecorded"


class ProblemList(list[Problem]):
    """A list of problems with helpers to add them tersely."""

    def error(self, path: Path, line: int, message: str, hint: str = "", code: str = "") -> None:
        self.append(Problem(path, line, Severity.ERROR, message, hint, code))

    def warning(self, path: Path, line: int, message: str, hint: str = "", code: str = "") -> None:
        self.append(Problem(path, line, Severity.WARNING, message, hint, code))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self if not p.is_error]
