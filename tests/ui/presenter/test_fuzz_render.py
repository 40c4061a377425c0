"""Random module files are not only loaded but drawn: audience, kiosk question, complaint card."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from tests.conftest import FIXTURES
from tests.curriculum.test_fuzz import markdownish
from wsr_edu.curriculum import load_curriculum

_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)

nested = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "- ",
                "1. ",
                "> ",
                "* ",
                "    ",
                "```\n",
                "**",
                "_",
                "`",
                "[",
                "](x)",
                "![a](images/sun.svg)",
                "<b>",
                "&amp;",
                "\\",
            ]
        ),
        st.integers(0, 12),
        st.text(max_size=12),
    ),
    max_size=20,
).map(lambda parts: "\n".join("  " * depth + mark + words for mark, depth, words in parts))

module_text = st.one_of(markdownish, nested).map(
    lambda body: (
        "---\ntitle: T\nsummary: S\nminutes: 5\n---\n\n## Fuzz {#fuzz}\n\n"
        + body
        + "\n\n---\n\n## Q {#q}\n\n"
        + body
        + "\n\n- [ ] ![](images/sun.svg) a\n- [x] b "
        + body[:30].replace("\n", " ")
        + "\n\nWhy: "
        + body[:40].replace("\n", " ")
        + "\n"
    )
)


def _render(prepared_app: QApplication, source: str) -> None:
    from wsr_edu.ui.kiosk.question import QuestionView
    from wsr_edu.ui.presenter.complaint_card import ComplaintCard
    from wsr_edu.ui.presenter.slide_view import SlideView

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mini"
        shutil.copytree(FIXTURES / "mini", folder)
        (folder / "modules/water/en.md").write_text(source, encoding="utf-8", errors="replace")
        result = load_curriculum(folder)
        if result.curriculum is None:
            return
        module = result.curriculum.modules[0]
        view = SlideView()
        view.resize(640, 360)
        for lang in module.languages:
            for slide in module.text(lang).slides:
                for revealed in (False, True):
                    view.show_slide(module, lang, slide, revealed=revealed)
                    view.grab()
                if slide.question is not None:
                    question = QuestionView(module, slide, lang)
                    question.resize(800, 600)
                    question.grab()
                    question.show_answer((0,), False, None)
                    question.grab()
                    question.deleteLater()
        card = ComplaintCard()
        card.resize(640, 360)
        card.show_line(result.curriculum, "en")
        card.grab()
        view.deleteLater()
        card.deleteLater()
        QApplication.processEvents()


@_SETTINGS
@given(module_text)
def test_random_slides_are_drawn_without_an_exception(
    prepared_app: QApplication, source: str
) -> None:
    _render(prepared_app, source)


@_SETTINGS
@given(st.data())
def test_mutated_manifests_draw_the_complaint_card(
    prepared_app: QApplication, data: st.DataObject
) -> None:
    from wsr_edu.ui.presenter.complaint_card import ComplaintCard

    source = (FIXTURES / "mini" / "curriculum.toml").read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(source)))
        source = source[:position] + data.draw(st.text(max_size=12)) + source[position:]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mini"
        shutil.copytree(FIXTURES / "mini", folder)
        (folder / "curriculum.toml").write_text(source, encoding="utf-8", errors="replace")
        result = load_curriculum(folder)
        if result.curriculum is None:
            return
        card = ComplaintCard()
        card.resize(640, 360)
        for lang in result.curriculum.language_codes:
            card.show_line(result.curriculum, lang)
            card.grab()
        card.deleteLater()
        QApplication.processEvents()
