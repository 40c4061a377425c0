"""The record of generated voices per module: which text each file speaks, and how it was made."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from ..atomic import atomic_write

MANIFEST_NAME = "manifest.json"
FORMAT = 1


def text_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    hash: str
    engine: str
    voice: str
    file: str
    """Relative to the generated folder, with '/' (for example "es/pay.ogg")."""
    engine_version: str = ""


class Manifest:
    """`narration/generated/manifest.json` of one module; thread-safe, saved after each change."""

    def __init__(self, generated_root: Path) -> None:
        self.root = generated_root
        self.path = generated_root / MANIFEST_NAME
        self.problem = ""
        """Why an existing manifest was not usable (then every slide is made again)."""
        self._entries: dict[str, dict[str, Entry]] = {}
        self._lock = threading.Lock()
        self._load()

    def _load(self) -> None:
        if not self.path.is_file():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for lang, slides in data.get("slides", {}).items():
                self._entries[lang] = {sid: Entry(**fields) for sid, fields in slides.items()}
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            self._entries = {}
            self.problem = f"{self.path} could not be read ({exc}); making every voice again"

    def get(self, lang: str, slide_id: str) -> Entry | None:
        with self._lock:
            return self._entries.get(lang, {}).get(slide_id)

    def languages(self) -> list[str]:
        with self._lock:
            return list(self._entries)

    def slide_ids(self, lang: str) -> list[str]:
        with self._lock:
            return list(self._entries.get(lang, {}))

    def file_of(self, entry: Entry) -> Path:
        """The entry's file; a name reaching outside the generated folder is never followed."""
        parts = entry.file.split("/")
        if len(parts) != 2 or any(p in ("", ".", "..") or "\\" in p for p in parts):
            return self.root / "invalid-entry"
        return self.root.joinpath(*parts)

    def put(self, lang: str, slide_id: str, entry: Entry) -> None:
        with self._lock:
            self._entries.setdefault(lang, {})[slide_id] = entry
            self._save()

    def remove(self, lang: str, slide_id: str) -> None:
        with self._lock:
            slides = self._entries.get(lang, {})
            if slides.pop(slide_id, None) is not None:
                if not slides:
                    self._entries.pop(lang, None)
                self._save()

    def _save(self) -> None:
        data = {
            "format": FORMAT,
            "slides": {
                lang: {sid: asdict(entry) for sid, entry in sorted(slides.items())}
                for lang, slides in sorted(self._entries.items())
            },
        }
        text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
        atomic_write(self.path, text.encode("utf-8"))
