"""Typed user settings, stored as JSON beside the user's data; unknown or bad values fall back."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any


@dataclass
class Settings:
    interface_language: str = ""
    """Empty: follow the system's language."""
    font_scale: float = 1.0
    names_allowed: bool = False
    """Whether sessions may record attendees' names; off unless the organisation enables it."""
    site: str = ""
    facilitator: str = ""
    auto_advance: bool = False
    volume: float = 0.8
    extra_curricula: list[str] = field(default_factory=list)
    paid_time: bool = False
    """Whether new sessions start marked as held on paid time (the last choice made)."""
    export_folder: str = ""
    """Where the coordinator saved a report last; the save dialog opens there."""

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = raw.get(f.name, getattr(defaults, f.name))
            expected = type(getattr(defaults, f.name))
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            values[f.name] = value if isinstance(value, expected) else getattr(defaults, f.name)
        settings = cls(**values)
        settings.font_scale = min(max(settings.font_scale, 0.75), 2.0)
        settings.volume = min(max(settings.volume, 0.0), 1.0)
        return settings

    def save(self, path: Path) -> None:
        """Write atomically so a power cut never leaves a half-written settings file."""
        from .atomic import atomic_write

        atomic_write(path, json.dumps(asdict(self), ensure_ascii=False, indent=2))
