"""How much of a curriculum is narrated, per language: by a person, by a generated voice, or not."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from ..curriculum.model import Curriculum
from .recorder import plan
from .sources import SourceKind


@dataclass
class LanguageCoverage:
    code: str
    name: str
    counts: dict[SourceKind, int] = field(default_factory=lambda: dict.fromkeys(SourceKind, 0))
    missing: list[str] = field(default_factory=list)
    """The parts nothing narrates, as `module / slide (part)` labels."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def coverage(curriculum: Curriculum, languages: tuple[str, ...] = ()) -> list[LanguageCoverage]:
    found = []
    for lang in curriculum.languages:
        if languages and lang.code not in languages:
            continue
        entry = LanguageCoverage(lang.code, lang.name)
        for item in plan(curriculum, lang.code):
            kind = item.existing()
            entry.counts[kind] += 1
            if kind is SourceKind.NONE:
                entry.missing.append(item.label)
        found.append(entry)
    return found


def print_coverage(name: str, rows: list[LanguageCoverage], out: TextIO) -> None:
    print(
        f"narration coverage for {name} (slides, choices and Why: explanations; for a spoken "
        "language also its kiosk welcome and lesson titles):",
        file=out,
    )
    print(f"  {'language':<24}{'person':>8}{'generated':>11}{'nothing':>9}{'parts':>7}", file=out)
    for row in rows:
        label = f"{row.code} {row.name}"
        print(
            f"  {label:<24}{row.counts[SourceKind.RECORDING]:>8}"
            f"{row.counts[SourceKind.GENERATED]:>11}{row.counts[SourceKind.NONE]:>9}"
            f"{row.total:>7}",
            file=out,
        )
        for missing in row.missing[:5]:
            print(f"      no narration: {missing}", file=out)
        if len(row.missing) > 5:
            print(f"      ... and {len(row.missing) - 5} more", file=out)
