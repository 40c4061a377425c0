"""The PDF report a coordinator signs and hands to a monitor or a buyer (made offline, fpdf2).

Page 1: organisation, period and filters, the totals, paid education hours, two charts
(worker contacts per site; share of correct answers per question, with the question's text)
and a place to sign. Then the tables: paid time per site and month, answers per question,
understanding by teaching language and curriculum version, and the sessions: all of them, or
"the first N of M" with the reason. Every page says "page x of y".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analysis import contacts_by_site, paid_hours, understanding
from ..feedback import feedback_rows
from ..files import atomic_path
from ..model import SessionFilters
from ..reports import question_results, totals
from .labels import Labels
from .tables import session_table

if TYPE_CHECKING:
    from ...printing.document import Document
    from ..repository import Records
    from . import Progress

MAX_SESSIONS = 5000
"""A printed report lists at most this many sessions (about 120 pages); CSV and XLSX hold all."""
ACCENT = (31, 92, 153)
WEAK = (178, 34, 34)
GRID = (225, 229, 235)
INK = (25, 25, 25)
MUTED = (100, 100, 100)
WARN_BELOW = 0.6
SESSION_COLUMNS: tuple[tuple[str, str, float, str], ...] = (
    # header in the report, column of the sessions table, width (mm), alignment
    ("Date", "Date", 19, "L"),
    ("Start", "Start", 11, "L"),
    ("Hours", "Hours", 11, "R"),
    ("Paid", "Paid time", 9, "C"),
    ("Site", "Site", 46, "L"),
    ("Group", "Group", 26, "L"),
    ("Facilitator", "Facilitator", 30, "L"),
    ("Language", "Language name", 22, "L"),
    ("Module", "Module title", 52, "L"),
    ("Version", "Version", 14, "L"),
    ("Privacy", "Privacy mode", 17, "L"),
    ("Contacts", "Worker contacts", 16, "R"),
)


def write_pdf(
    records: Records,
    out: Path,
    filters: SessionFilters,
    *,
    with_names: bool,
    progress: Progress | None = None,
    fonts_dir: Path | None = None,
    labels: Labels | None = None,
    organisation: str = "",
    max_sessions: int = MAX_SESSIONS,
) -> int:
    labels = labels or Labels()
    organisation = organisation or ", ".join(labels.organisations)
    with records._errors("read the records for the report"), records.engine.connect() as conn:
        found = totals(conn, filters)
        questions = question_results(conn, filters)
        sites = contacts_by_site(conn, filters)
        paid = paid_hours(conn, filters)
        split = understanding(conn, filters)
        feedback = feedback_rows(conn, filters)
        table = session_table(conn, filters, text=True, labels=labels, limit=max_sessions)
        shown = list(table.rows)
    index = {h: i for i, h in enumerate(table.headers)}
    names: dict[str, list[str]] = {}
    if with_names:
        names = records.names_for(row[index["Session id"]] for row in shown)
    everything = len(shown) + len(questions) + len(split) + len(paid)
    if progress:
        progress(0, everything)

    pdf = _report(fonts_dir, organisation, filters)
    pdf.add_page()
    _cover(pdf, found, paid, filters, organisation, len(shown))
    # Under the totals it signs for: after the charts it was pushed onto page 2 on its own.
    _signature(pdf)
    _bar_chart(
        pdf,
        "Worker contacts per site",
        [(site, float(n)) for site, n in sites[:12]],
        percent=False,
        empty="No sessions in this period.",
        note=f"{len(sites) - 12:,} more site(s) in the tables." if len(sites) > 12 else "",
    )
    answered = sorted(
        (r for r in questions if r.share_correct is not None), key=lambda r: r.share_correct or 0
    )
    _bar_chart(
        pdf,
        "Share of correct answers per question (red: below 60%, worth teaching again)",
        [
            (
                f"{labels.module(r.module_id)}: {labels.question(r.module_id, r.question_id)}",
                r.share_correct or 0.0,
            )
            for r in answered
        ],
        percent=True,
        empty="No quiz answers were recorded in this period.",
    )

    _heading(pdf, "Paid education hours per site and month")
    if paid:
        _table(
            pdf,
            [
                ("Site", 56, "L"),
                ("Month", 16, "L"),
                ("Paid sessions", 24, "R"),
                ("Paid hours", 20, "R"),
                ("Worker contacts", 28, "R"),
                ("Paid worker hours", 32, "R"),
            ],
            [
                (
                    p.site,
                    p.month,
                    f"{p.sessions:,}",
                    f"{p.hours:,.1f}",
                    f"{p.worker_contacts:,}",
                    f"{p.worker_hours:,.1f}",
                )
                for p in paid
            ],
        )
    else:
        _note(pdf, "No session in this period was marked as held on paid time.")

    _heading(pdf, "Answers per question")
    if questions:
        _table(
            pdf,
            [
                ("Module", 44, "L"),
                ("Question", 70, "L"),
                ("Answers", 20, "R"),
                ("Correct", 20, "R"),
                ("Share", 18, "R"),
            ],
            [
                (
                    labels.module(r.module_id),
                    labels.question(r.module_id, r.question_id),
                    f"{r.responses:,}",
                    f"{r.correct:,}",
                    _share(r.share_correct),
                )
                for r in questions
            ],
        )
    else:
        _note(pdf, "No quiz answers were recorded for these sessions.")

    _heading(pdf, "Understanding by teaching language and curriculum version")
    if split:
        _note(pdf, "A question understood much worse in one language may be badly translated.")
        _table(
            pdf,
            [
                ("Module", 38, "L"),
                ("Question", 58, "L"),
                ("Language", 26, "L"),
                ("Version", 16, "L"),
                ("Answers", 17, "R"),
                ("Share", 17, "R"),
            ],
            [
                (
                    labels.module(u.module_id, u.language, u.curriculum_id),
                    labels.question(u.module_id, u.question_id, u.language),
                    labels.language(u.language),
                    u.curriculum_version,
                    f"{u.responses:,}",
                    _share(u.share_correct),
                )
                for u in split
            ],
        )
    else:
        _note(pdf, "No quiz answers were recorded for these sessions.")
    _feedback_section(pdf, feedback, labels)
    if progress:
        progress(len(questions) + len(split) + len(paid), everything)

    pdf.add_page(orientation="L")
    _heading(pdf, "Sessions")
    if table.total > len(shown):
        _note(
            pdf,
            f"The first {len(shown):,} of {table.total:,} sessions, in date order: a printed "
            f"report lists at most {max_sessions:,}. The CSV and XLSX exports hold them all; "
            "the totals and charts above cover them all.",
        )
    else:
        _note(pdf, f"All {table.total:,} session(s) in this period, in date order.")
    _table(
        pdf,
        [(header, width, align) for header, _, width, align in SESSION_COLUMNS],
        [[row[index[column]] for _, column, _, _ in SESSION_COLUMNS] for row in shown],
    )
    if names:
        _heading(pdf, "Names (recorded where the organisation allows it)")
        by_id = {row[index["Session id"]]: row for row in shown}
        for session_id, people in names.items():
            row = by_id[session_id]
            _note(
                pdf,
                f"{row[index['Date']]} {row[index['Site']]}, {row[index['Module title']]}: "
                + ", ".join(people),
            )
    with atomic_path(out) as tmp:
        pdf.output(str(tmp))
    if progress:
        progress(everything, everything)
    return everything


def _feedback_section(pdf: Document, rows: Sequence[Any], labels: Labels) -> None:
    """The anonymous feedback: how many gave each answer, by site, month and language."""
    _heading(pdf, "Feedback from workers (anonymous)")
    if not rows:
        _note(pdf, "No feedback was given in this period.")
        return
    _note(
        pdf,
        "Counts only: at the kiosk one worker at a time, in a class by show of hands. "
        "Nothing links an answer to a worker.",
    )
    _table(
        pdf,
        [
            ("Question", 64, "L"),
            ("Answer", 34, "L"),
            ("Count", 12, "R"),
            ("Share", 12, "R"),
            ("Where", 12, "L"),
            ("Site", 28, "L"),
            ("Month", 14, "L"),
            ("Language", 20, "L"),
        ],
        [
            (
                labels.feedback_words(r.curriculum_id, r.question_id, "", r.language),
                labels.feedback_words(r.curriculum_id, r.question_id, r.answer, r.language),
                f"{r.count:,}",
                _share(r.share),
                r.where,
                r.site,
                r.month,
                labels.language(r.language),
            )
            for r in rows
        ],
    )


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _report(fonts_dir: Path | None, organisation: str, filters: SessionFilters) -> Document:
    from ...printing.document import Document

    class Report(Document):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.font(8)
            self.set_text_color(*MUTED)
            line = f"{organisation}: attendance and results, {filters.describe()}".lstrip(": ")
            # A table's row: no layout engine for a line on every page (cut to fit as a cell).
            self.table_row(5, [(self.w - self.l_margin - self.r_margin, line, "L")])
            self.set_text_color(*INK)
            self.ln(6)

        def footer(self) -> None:
            self.set_y(-11)
            self.font(8)
            self.set_text_color(*MUTED)
            made = datetime.now().strftime("%Y-%m-%d %H:%M")
            usable = self.w - self.l_margin - self.r_margin
            self.table_row(5, [(usable, f"Made with wsr-edu on {made}", "L")])
            self.set_x(self.l_margin)
            self.shape_for("")
            # fpdf2 puts the page count in where its own cell() wrote the alias.
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(*INK)

    pdf = Report(fonts=fonts_dir, bold_scripts=False)
    pdf.set_auto_page_break(auto=True, margin=14)
    pdf.set_margins(14, 12, 14)
    pdf.alias_nb_pages()
    pdf.set_title("Attendance and results")
    return pdf


def _heading(pdf: Document, text: str, size: float = 13) -> None:
    if pdf.will_page_break(size * 1.6 + 15):  # never a heading alone at the foot of a page
        pdf.add_page(same=True)
    pdf.ln(2)
    pdf.font(size, bold=True)
    pdf.write_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _note(pdf: Document, text: str) -> None:
    pdf.font(9)
    pdf.set_text_color(*MUTED)
    pdf.paragraph(text, 4.6)
    pdf.set_text_color(*INK)
    pdf.ln(1)


def _cover(
    pdf: Document,
    found: Any,
    paid: Sequence[Any],
    filters: SessionFilters,
    organisation: str,
    listed: int,
) -> None:
    pdf.font(10)
    pdf.set_text_color(*MUTED)
    if organisation:
        pdf.paragraph(organisation, 5)
    pdf.set_text_color(*INK)
    pdf.font(20, bold=True)
    pdf.write_cell(0, 11, "Attendance and results", new_x="LMARGIN", new_y="NEXT")
    pdf.font(10)
    period = _period(filters)
    pdf.write_cell(0, 5.5, f"Period: {period}", new_x="LMARGIN", new_y="NEXT")
    rest = [p for p in filters.describe().split(", ") if p and not p[0].isdigit()]
    shown = ", ".join(p for p in rest if p != "all sessions") or "none (every site and module)"
    pdf.write_cell(0, 5.5, f"Filters: {shown}", new_x="LMARGIN", new_y="NEXT")
    still_open = "" if not found.open_sessions else f"; {found.open_sessions:,} not ended yet"
    pdf.write_cell(0, 5.5, f"Sessions counted: all {found.sessions:,}{still_open}", new_x="LMARGIN")
    pdf.ln(8)
    people = found.distinct_participants
    figures = [
        (f"{found.sessions:,}", "sessions"),
        (f"{found.worker_contacts:,}", "worker contacts"),
        ("–" if people is None else f"{people:,}", "distinct participants"),
        (f"{found.hours_taught:,.1f}", "hours taught"),
        (f"{sum(p.hours for p in paid):,.1f}", "paid education hours"),
        (f"{sum(p.worker_hours for p in paid):,.1f}", "paid worker hours"),
    ]
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / 3
    top = pdf.get_y()
    for n, (value, caption) in enumerate(figures):
        x = pdf.l_margin + (n % 3) * width
        y = top + (n // 3) * 20
        pdf.set_fill_color(244, 246, 249)
        pdf.rect(x, y, width - 3, 17, style="F")
        pdf.set_xy(x + 3, y + 1.5)
        pdf.font(16, bold=True)
        pdf.cell(width - 6, 8, value)
        pdf.set_xy(x + 3, y + 9.5)
        pdf.font(8.5)
        pdf.set_text_color(*MUTED)
        pdf.cell(width - 6, 5, caption)
        pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, top + 42)
    if people is None:
        _note(
            pdf, "Distinct participants: only headcounts were kept, so people are not told apart."
        )


def _period(filters: SessionFilters) -> str:
    if not (filters.date_from or filters.date_to):
        return "all dates"
    start = filters.date_from.isoformat() if filters.date_from else "the first session"
    end = filters.date_to.isoformat() if filters.date_to else "the last session"
    return f"{start} to {end}"


def _bar_chart(
    pdf: Document,
    title: str,
    bars: Sequence[tuple[str, float]],
    *,
    percent: bool,
    empty: str,
    note: str = "",
) -> None:
    _heading(pdf, title, size=11)
    if not bars:
        _note(pdf, empty)
        return
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    label_w, value_w = usable * 0.45, 16
    area = usable - label_w - value_w - 2
    biggest = 1.0 if percent else max(max(v for _, v in bars), 1e-9)
    bar_h, gap = 4.6, 1.4
    pdf.font(8)
    for label, value in bars:
        if pdf.will_page_break(bar_h + gap):
            # The bars that run onto the next page say which chart they belong to.
            pdf.add_page(same=True)
            _heading(pdf, f"{title} (continued)", size=11)
            pdf.font(8)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.write_cell(label_w - 2, bar_h, label, align="R")
        x = pdf.l_margin + label_w
        pdf.set_fill_color(*GRID)
        pdf.rect(x, y + 0.4, area, bar_h - 0.8, style="F")
        weak = percent and value < WARN_BELOW
        pdf.set_fill_color(*(WEAK if weak else ACCENT))
        pdf.rect(x, y + 0.4, max(area * value / biggest, 0.3), bar_h - 0.8, style="F")
        pdf.set_xy(x + area + 2, y)
        pdf.set_text_color(*(WEAK if weak else INK))
        pdf.write_cell(value_w, bar_h, f"{value:.0%}" if percent else f"{value:,.0f}")
        pdf.set_text_color(*INK)
        pdf.set_xy(pdf.l_margin, y + bar_h + gap)
    if note:
        _note(pdf, note)
    pdf.ln(2)


def _signature(pdf: Document) -> None:
    if pdf.will_page_break(30):
        pdf.add_page(same=True)
    pdf.ln(6)
    pdf.font(9)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    y = pdf.get_y() + 10
    for n, caption in enumerate(("Prepared by (name)", "Signature", "Date")):
        x = pdf.l_margin + n * usable / 3
        pdf.line(x, y, x + usable / 3 - 6, y)
        pdf.set_xy(x, y + 1)
        pdf.set_text_color(*MUTED)
        pdf.cell(usable / 3 - 6, 5, caption)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, y + 8)


def _table(
    pdf: Document, columns: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[Any]]
) -> None:
    """A ruled table; the header row is repeated on every page it runs onto."""
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    scale = min(usable / sum(w for _, w, _ in columns), 1.6)
    widths = [w * scale for _, w, _ in columns]
    line = 5.0

    def header() -> None:
        pdf.font(8, bold=True)
        pdf.set_fill_color(*GRID)
        pdf.rect(pdf.l_margin, pdf.get_y(), sum(widths), line + 0.6, style="F")
        pdf.table_row(line + 0.6, titles)
        pdf.ln(line + 0.6)
        pdf.font(8)

    titles = [
        (width, title, align) for (title, _, align), width in zip(columns, widths, strict=True)
    ]
    places = [(width, align) for (_, _, align), width in zip(columns, widths, strict=True)]
    header()
    total = sum(widths)
    for n, row in enumerate(rows):
        if pdf.will_page_break(line):
            pdf.add_page(same=True)
            header()
        if n % 2:
            pdf.set_fill_color(248, 249, 251)  # written once until the header's colour
            pdf.fill_rect(pdf.l_margin, pdf.get_y(), total, line)
        pdf.table_row(
            line,
            [
                (width, "" if v is None else f"{v:,}" if isinstance(v, int) else str(v), align)
                for v, (width, align) in zip(row, places, strict=True)
            ],
        )
        pdf.ln(line)
    pdf.ln(2)
