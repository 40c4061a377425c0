"""A feedback folder written into a test curriculum (the fixture ships none)."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FACES = REPO / "curricula" / "wsr-basics" / "feedback" / "images"

FEEDBACK = {
    "en": """---
title: Tell us
summary: Two questions.
---

## Did you understand? {#understood}

- [ ] ![A smiling face](images/face-happy.svg) Yes
- [ ] ![A sad face](images/face-sad.svg) No

---

## Do you know the number? {#number}

- [ ] ![A phone with a check](images/phone-yes.svg) Yes
- [ ] ![A phone with a question](images/phone-no.svg) Not yet
""",
    "es": """---
title: Dinos
summary: Dos preguntas.
---

## ¿Entendiste? {#understood}

- [ ] ![Una cara sonriente](images/face-happy.svg) Sí
- [ ] ![Una cara triste](images/face-sad.svg) No

---

## ¿Sabes el número? {#number}

- [ ] ![Un teléfono](images/phone-yes.svg) Sí
- [ ] ![Un teléfono](images/phone-no.svg) Todavía no
""",
}


def add_feedback(curriculum: Path, texts: dict[str, str] | None = None) -> Path:
    """Write `feedback/<lang>.md` and the starter's faces into `curriculum`; returns the folder."""
    folder = curriculum / "feedback"
    (folder / "images").mkdir(parents=True, exist_ok=True)
    for picture in FACES.glob("*.svg"):
        shutil.copy(picture, folder / "images" / picture.name)
    for lang, text in (texts or FEEDBACK).items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return folder
