"""A PDF report made offline with fpdf2: summary, per-session table, results per question."""

from __future__ import annotations

import importlib.util
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...paths import bundled_fonts_dir
from ..files import atomic_path
from ..model import SessionFilters
from .tables import question_table, session_table, summary

if TYPE_CHECKING:
    from ..repository import Records
    from . import Progress

MAX_SESSIONS = 1000
"""A printed report lists at most this many sessions; CSV and XLSX hold them all."""
SESSION_COLUMNS = (
    "Date",
    "Start",
    "Hours",
    "Site",
    "Group",
    "Facilitator",
    "Language",
    "Module",
    "Privacy mode",
    "Worker contacts",
)
FONT = "NotoSans"


def write_pdf(
    records: Records,
    out: Path,
    filters: SessionFilters,
    *,
    with_names: bool,
    progress: Progress | None = None,
    fonts_dir: Path | None = None,
) -> int:
    with records._errors("read the records for the report"), records.engine.connect() as conn:
        _, lines = summary(conn, filters)
        sessions = session_table(conn, filters, text=True)
        shown = []
        for i, row in enumerate(sessions.rows):
            if i >= MAX_SESSIONS:
                break
            shown.append(row)
        questions = list(question_table(conn, filters, text=False).rows)
    names: dict[str, list[str]] = {}
    if with_names:
        names = records.names_for(row[0] for row in shown)
    pdf = _Report(fonts_dir or bundled_fonts_dir())
    pdf.add_page()
    pdf.heading("Attendance and results", size=18)
    pdf.heading("Summary")
    pdf.pairs([(label, _text(value)) for label, value in lines])
    pdf.heading("Sessions")
    if sessions.total > len(shown):
        pdf.note(
            f"The first {len(shown)} of {sessions.total} sessions; the CSV and XLSX "
            "exports hold them all."
        )
    index = {h: i for i, h in enumerate(sessions.headers)}
    pdf.table(
        [SESSION_COLUMNS] + [[_text(row[index[c]]) for c in SESSION_COLUMNS] for row in shown],
        widths=(20, 11, 11, 34, 22, 26, 14, 24, 18, 14),
    )
    if progress:
        progress(len(shown), sessions.total + len(questions))
    pdf.heading("Answers per question")
    if questions:
        pdf.table(
            [("Module", "Question", "Answers", "Correct", "Share correct")]
            + [
                [r[0], r[1], str(r[2]), str(r[3]), "" if r[4] is None else f"{r[4]:.0%}"]
                for r in questions
            ],
            widths=(40, 60, 28, 28, 34),
        )
    else:
        pdf.note("No quiz answers were recorded for these sessions.")
    if names:
        pdf.heading("Names (recorded where the organisation allows it)")
        by_id = {row[0]: row for row in shown}
        for session_id, people in names.items():
            row = by_id[session_id]
            pdf.note(
                f"{row[index['Date']]} {row[index['Site']]}, {row[index['Module']]}: "
                + ", ".join(people)
            )
    with atomic_path(out) as tmp:
        pdf.output(str(tmp))
    if progress:
        progress(sessions.total + len(questions), sessions.total + len(questions))
    return len(shown) + len(questions)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


class _Report:
    """A thin layer over FPDF that falls back to a core font when the Noto fonts are missing."""

    def __init__(self, fonts: Path) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(orientation="landscape", format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=12)
        self.pdf.set_creator("wsr-edu")
        self.unicode = False
        regular, bold = fonts / "NotoSans-Regular.ttf", fonts / "NotoSans-Bold.ttf"
        if regular.is_file():
            self.pdf.add_font(FONT, "", str(regular))
            self.pdf.add_font(FONT, "B", str(bold if bold.is_file() else regular))
            fallbacks = []
            for script in ("Bengali", "Devanagari", "Arabic"):
                path = fonts / f"NotoSans{script}-Regular.ttf"
                if path.is_file():
                    family = f"{FONT}{script}"
                    self.pdf.add_font(family, "", str(path))
                    self.pdf.add_font(family, "B", str(path))
                    fallbacks.append(family)
            if fallbacks:
                self.pdf.set_fallback_fonts(fallbacks, exact_match=False)
            if importlib.util.find_spec("uharfbuzz") is not None:
                # Bengali conjuncts need shaping; without uharfbuzz letters show unjoined.
                self.pdf.set_text_shaping(True)
            self.family = FONT
            self.unicode = True
        else:
            self.family = "Helvetica"

    def clean(self, text: str) -> str:
        if self.unicode:
            return text
        return text.encode("latin-1", "replace").decode("latin-1")

    def add_page(self) -> None:
        self.pdf.add_page()

    def heading(self, text: str, size: int = 13) -> None:
        self.pdf.set_font(self.family, "B", size)
        self.pdf.ln(3)
        self.pdf.cell(0, size * 0.6, self.clean(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def note(self, text: str) -> None:
        self.pdf.set_font(self.family, "", 9)
        self.pdf.multi_cell(0, 5, self.clean(text), new_x="LMARGIN", new_y="NEXT")

    def pairs(self, lines: list[tuple[str, str]]) -> None:
        for label, value in lines:
            self.pdf.set_font(self.family, "B", 10)
            self.pdf.cell(55, 6, self.clean(label))
            self.pdf.set_font(self.family, "", 10)
            self.pdf.cell(0, 6, self.clean(value), new_x="LMARGIN", new_y="NEXT")

    def table(self, rows: list[Any], widths: tuple[int, ...]) -> None:
        self.pdf.set_font(self.family, "", 8)
        with self.pdf.table(
            col_widths=widths, text_align="LEFT", line_height=4.5, first_row_as_headings=True
        ) as table:
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(self.clean(str(value)))

    def output(self, path: str) -> None:
        self.pdf.output(path)
