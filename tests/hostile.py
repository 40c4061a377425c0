"""A curriculum whose every string field carries HTML aimed at a canary file outside it."""

from __future__ import annotations

from pathlib import Path

from .canary import PNG_1PX


def hostile(canary: Path, tag: str = "") -> str:
    """Markup that would load `canary`, embolden and link, if anything obeyed it."""
    return (
        f'{tag}<b>B</b><img src="{canary}"><img src="file://{canary}">'
        f'<a href="file://{canary}">L</a><font color=red>F</font>'
    )


def make_hostile_curriculum(root: Path, canary: Path) -> Path:
    """Write the curriculum under `root` and return its folder (two languages, one module)."""
    h = hostile(canary)

    def toml(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    folder = root / "hostile"
    module = folder / "modules" / "water"
    (module / "images").mkdir(parents=True)
    (module / "images" / "ok.png").write_bytes(PNG_1PX)
    (folder / "curriculum.toml").write_text(
        f"""format = 1
id = "hostile"
version = {toml("1.0" + h)}
organisation = {toml("Org" + h)}
default_language = "en"
modules = ["water"]

[languages]
en = {toml("English" + h)}
es = {toml("Español" + h)}

[title]
en = {toml("Title" + h)}
es = {toml("Título" + h)}

[complaint_line]
number = {toml("555" + h)}
hours = {toml("24/7" + h)}
languages = ["en", "es"]

[complaint_line.note]
en = {toml("Note" + h)}
es = {toml("Nota" + h)}
""",
        encoding="utf-8",
    )
    for lang in ("en", "es"):
        (module / f"{lang}.md").write_text(
            f"""---
title: Module {lang} {h}
summary: Summary {h}
minutes: 10
---

## Heading {h} {{#first}}

Body {h}

![alt {h}](images/ok.png)

Note:
Notes {h}

Say:
Say {h}

---

## Question {h} {{#q}}

Prompt {h}

- [ ] Choice one {h}
- [x] ![pic {h}](images/ok.png) Choice two {h}
- [ ] Choice three {h}

Why: Because {h}
""",
            encoding="utf-8",
        )
    return folder
