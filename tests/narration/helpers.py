"""Running the narrator on a test curriculum with the engines a test chooses."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wsr_edu.curriculum.loader import load_curriculum
from wsr_edu.narration.engines import Engine
from wsr_edu.narration.generate import Narrator, Options, Report


def narrate(root: Path, engines: Mapping[str, Engine], **options: Any) -> Report:
    result = load_curriculum(root)
    assert result.ok, [p.format(root) for p in result.problems]
    assert result.curriculum is not None
    # The modules' spoken titles (kiosk tiles) are left out unless a test asks for them, so
    # the slide tests list slides only; test_titles.py checks the titles.
    settings: dict[str, Any] = {
        "engine": "gtts",
        "jobs": 2,
        "backoff_s": 0.0,
        "titles": False,
    } | options
    narrator = Narrator(
        engines, Options(**settings), progress_stream=io.StringIO(), sleep=lambda seconds: None
    )
    return narrator.run(result.curriculum)


def generated(root: Path, module: str = "talk") -> Path:
    return root / "modules" / module / "narration" / "generated"
