"""The coordinator's view; every database read runs on the background task runner."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...records.analysis import Listing, Snapshot, Understanding
from ...records.exports.labels import Labels
from ...records.feedback import FeedbackRow
from ...records.model import FilterOptions, SessionFilters
from ...settings import Settings
from ..folders import SaveFolder
from ..tasks import TaskRunner
from ..text import plain_label
from .charts import BarChart
from .models import SessionsModel

if TYPE_CHECKING:
    from ...records.repository import Records

EXPORT_CHOICES = (
    # (file filter, format, CSV table, what the offered file name calls it); the filters are
    # translated where they are shown.
    (
        QT_TRANSLATE_NOOP("CoordinatorView", "Excel workbook, every table (*.xlsx)"),
        "xlsx",
        "",
        "report",
    ),
    (
        QT_TRANSLATE_NOOP("CoordinatorView", "PDF report to sign and hand over (*.pdf)"),
        "pdf",
        "",
        "report",
    ),
    (QT_TRANSLATE_NOOP("CoordinatorView", "CSV: sessions (*.csv)"), "csv", "sessions", "sessions"),
    (
        QT_TRANSLATE_NOOP("CoordinatorView", "CSV: attendance (*.csv)"),
        "csv",
        "attendance",
        "attendance",
    ),
    (
        QT_TRANSLATE_NOOP("CoordinatorView", "CSV: answers per question (*.csv)"),
        "csv",
        "questions",
        "answers",
    ),
    (
        QT_TRANSLATE_NOOP("CoordinatorView", "CSV: understanding by language and version (*.csv)"),
        "csv",
        "understanding",
        "understanding",
    ),
    (
        QT_TRANSLATE_NOOP("CoordinatorView", "CSV: paid time per site and month (*.csv)"),
        "csv",
        "paid",
        "paid-time",
    ),
)
SAMPLE_ROWS = 50
"""Rows measured to size the table's columns (never all of them: that took seconds)."""


def understanding_bars(rows: list[Understanding], labels: Labels) -> list[tuple[str, float]]:
    """Share correct per teaching language and curriculum version, weakest first."""
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for u in rows:
        found[(u.language, u.curriculum_version)][0] += u.responses
        found[(u.language, u.curriculum_version)][1] += u.correct
    bars = [
        (f"{labels.language(lang)} · {version}", right / total)
        for (lang, version), (total, right) in found.items()
        if total
    ]
    return sorted(bars, key=lambda bar: bar[1])


def feedback_bars(
    rows: list[FeedbackRow], labels: Labels
) -> list[tuple[str, list[tuple[str, float]]]]:
    """Per feedback question (its words), each answer's share per language over the sites and
    months the filters cover: ("Did you understand?", [("Yes, all of it · Español (12/20)",
    0.6), ...])."""
    counts: dict[tuple[str, str, str, str], int] = defaultdict(int)
    asked: dict[tuple[str, str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r.curriculum_id, r.question_id, r.language, r.answer)] += r.count
        asked[(r.curriculum_id, r.question_id, r.language)] += r.count
    charts: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for (cid, qid, lang, answer), count in sorted(counts.items()):
        total = asked[(cid, qid, lang)]
        if not total:
            continue
        words = (
            f"{labels.feedback_words(cid, qid, answer, lang)} · {labels.language(lang)} "
            f"({count:,}/{total:,})"
        )
        charts.setdefault((cid, qid), []).append((words, count / total))
    return [
        (labels.feedback_words(cid, qid, "", labels.prefer), bars)
        for (cid, qid), bars in charts.items()
    ]


class _Figure(QFrame):
    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = plain_label("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        self.caption = plain_label(caption)
        layout.addWidget(self.caption)


class CoordinatorView(QWidget):
    """Filters, totals, a sessions table and two charts; `refresh()` re-reads in the background.

    Names show only when the "Show names" box is ticked, and only for sessions that recorded
    names (where the organisation allowed it).
    """

    listed = Signal()
    """The sessions table is filled (the figures may still be on their way)."""
    loaded = Signal()
    """Everything is shown: table, figures and charts."""
    failed = Signal(str)
    export_progressed = Signal(int, int)
    """Rows written and rows in all (0 when not known yet); emitted from the export's thread."""

    def __init__(
        self,
        records: Records,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        labels: Labels | None = None,
        settings: Settings | None = None,
        save_settings: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._tasks = tasks
        self._generation = 0
        self.labels = labels or Labels()
        self._folder = SaveFolder(settings, save_settings)
        """Where the export dialog opens: the folder saved to last."""
        self.snapshot: Snapshot | None = None

        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.site = QComboBox()
        self.module = QComboBox()
        self.facilitator = QComboBox()
        self.language = QComboBox()
        self.show_names = QCheckBox()
        self.export_button = QPushButton()
        self.status = plain_label()
        self.status.setWordWrap(True)

        filters = QGridLayout()
        self.captions: list[QLabel] = []
        for column, widget in enumerate(
            (self.date_from, self.date_to, self.site, self.module, self.facilitator, self.language)
        ):
            caption = plain_label()
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, column)
            filters.addWidget(widget, 1, column)
            self.captions.append(caption)
        filters.addWidget(self.show_names, 1, 6)
        filters.addWidget(self.export_button, 1, 7)

        self.figure_sessions = _Figure()
        self.figure_contacts = _Figure()
        self.figure_people = _Figure()
        self.figure_hours = _Figure()
        self.figure_paid = _Figure()
        figures = QHBoxLayout()
        for figure in (
            self.figure_sessions,
            self.figure_contacts,
            self.figure_people,
            self.figure_hours,
            self.figure_paid,
        ):
            figures.addWidget(figure)

        self.model = SessionsModel(self, self.labels)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # Interactive columns sized from a sample of rows (see _size_columns): ResizeToContents
        # asks every cell of every row for its text on each change.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        # The question's words lead, its module follows: a narrow chart cuts the module.
        self.answers_chart = BarChart("", percent=True, elide=Qt.TextElideMode.ElideRight)
        self.languages_chart = BarChart("", percent=True)
        self.sites_chart = BarChart("")
        # One chart per feedback question, made when the figures arrive.
        self.feedback_heading = BarChart("")
        self.feedback_charts: list[BarChart] = []
        self.feedback_box = QVBoxLayout()
        self.feedback_box.setContentsMargins(0, 0, 0, 0)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.addWidget(self.answers_chart)
        charts_layout.addWidget(self.languages_chart)
        charts_layout.addWidget(self.sites_chart)
        charts_layout.addWidget(self.feedback_heading)
        charts_layout.addLayout(self.feedback_box)
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(figures)
        layout.addWidget(splitter, 1)
        self.export_progress = QProgressBar()
        self.export_progress.setAccessibleName(self.tr("Export progress"))
        self.export_progress.hide()
        self.export_progressed.connect(self._show_export_progress)
        layout.addWidget(self.export_progress)
        layout.addWidget(self.status)

        self._fill_combos(FilterOptions())
        for combo in (self.site, self.module, self.facilitator, self.language):
            combo.currentIndexChanged.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.show_names.toggled.connect(self.refresh)
        self.export_button.clicked.connect(self._ask_export)
        self._status_text: Callable[[], str] = lambda: ""
        self.retranslate()
        # The keyboard starts on the sessions, not in the From date with its year selected,
        # where a digit typed or a turn of the wheel would change the filter unseen.
        self.table.setFocus()

    def retranslate(self) -> None:
        self.show_names.setText(self.tr("Show names"))
        self.show_names.setToolTip(
            self.tr("Only sessions where the organisation allowed names have any")
        )
        self.export_button.setText(self.tr("Export…"))
        for caption, text in zip(
            self.captions,
            (
                self.tr("From"),
                self.tr("To"),
                self.tr("Site"),
                self.tr("Module"),
                self.tr("Facilitator"),
                self.tr("Language"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.figure_sessions.caption.setText(self.tr("sessions"))
        self.figure_contacts.caption.setText(self.tr("worker contacts"))
        self.figure_people.caption.setText(self.tr("distinct participants"))
        self.figure_hours.caption.setText(self.tr("hours taught"))
        self.figure_paid.caption.setText(self.tr("paid education hours"))
        self.answers_chart.set_title(
            self.tr("Share of correct answers per question (red: misunderstood)")
        )
        self.languages_chart.set_title(
            self.tr("Correct answers by teaching language and curriculum version")
        )
        self.sites_chart.set_title(self.tr("Worker contacts per site"))
        self.feedback_heading.set_title(self.tr("Anonymous feedback: share of each answer"))
        for combo in (self.site, self.module, self.facilitator, self.language):
            if combo.count():
                combo.setItemText(0, self.tr("All"))
        self.model.retranslate()
        if self.snapshot is not None:
            self._show(self._generation, self.snapshot, quiet=True)
        else:
            self.status.setText(self._status_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------
    def start(self) -> None:
        """Read the filter lists and every session; call once after the view is made.

        All three reads are queued at once, the table's first: the dates the filter lists
        bring (first to last day) select every session, which is what it shows anyway.
        """
        self._status(lambda: self.tr("Reading the records…"))
        from ...records.analysis import read_filter_choices

        records = self._records
        self.refresh(
            SessionFilters(),
            between=lambda: self._tasks.run(
                lambda: read_filter_choices(records), self._options_loaded, self._failed
            ),
        )

    def _options_loaded(self, options: FilterOptions) -> None:
        self._fill_combos(options)
        for edit, day in ((self.date_from, options.first_day), (self.date_to, options.last_day)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            edit.blockSignals(False)

    def _fill_combos(self, options: FilterOptions) -> None:
        everything = self.tr("All")
        for combo, values in (
            (self.site, options.sites),
            (self.module, options.modules),
            (self.facilitator, options.facilitators),
            (self.language, options.languages),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(self._word(combo, value), value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)

    def _word(self, combo: QComboBox, value: str) -> str:
        """A filter entry in words: the module's title, the language's name."""
        if combo is self.module:
            return self.labels.module(value)
        if combo is self.language:
            return self.labels.language(value)
        return value

    def filters(self) -> SessionFilters:
        first: date = self.date_from.date().toPython()  # type: ignore[assignment]
        last: date = self.date_to.date().toPython()  # type: ignore[assignment]
        return SessionFilters(
            date_from=first,
            date_to=last,
            site=self.site.currentData(),
            module_id=self.module.currentData(),
            facilitator=self.facilitator.currentData(),
            language=self.language.currentData(),
        )

    def refresh(
        self, filters: SessionFilters | None = None, between: Callable[[], object] | None = None
    ) -> None:
        """Re-read in two background tasks: the table first, then the figures and charts
        (which add up every matching session and take longer at scale)."""
        from ...records.analysis import read_figures, read_listing

        self._generation += 1
        generation = self._generation
        filters = filters if isinstance(filters, SessionFilters) else self.filters()
        with_names = self.show_names.isChecked()
        records = self._records
        found: list[Listing] = []

        def listing() -> Listing:
            found.append(read_listing(records, filters, with_names))
            return found[0]

        def figures() -> Snapshot | None:
            # Runs after `listing` on the same serial worker; nothing to add up if it failed.
            return read_figures(records, found[0]) if found else None

        self._tasks.run(listing, lambda got: self._show_listing(generation, got), self._failed)
        if between is not None:
            between()  # queued after the table's read, before the figures'
        self._tasks.run(figures, lambda snap: self._show_figures(generation, snap), self._failed)

    def _show_figures(self, generation: int, snap: Snapshot | None) -> None:
        if snap is not None:
            self._show(generation, snap)

    def _show_listing(self, generation: int, listing: Listing) -> None:
        if generation != self._generation:
            return
        self.model.set_sessions(listing.sessions, listing.names, self.show_names.isChecked())
        self._size_columns()
        self.listed.emit()

    def _show(self, generation: int, snapshot: Snapshot, quiet: bool = False) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.snapshot = snapshot
        totals = snapshot.totals
        self.figure_sessions.value.setText(f"{totals.sessions:,}")
        self.figure_contacts.value.setText(f"{totals.worker_contacts:,}")
        people = totals.distinct_participants
        self.figure_people.value.setText("–" if people is None else f"{people:,}")
        self.figure_people.setToolTip(
            ""
            if people is not None
            else self.tr("Only headcounts were kept, so people cannot be told apart")
        )
        self.figure_hours.value.setText(f"{totals.hours_taught:,.1f}")
        self.figure_paid.value.setText(f"{snapshot.paid_hours:,.1f}")
        self.figure_paid.setToolTip(
            self.tr("Paid worker hours (hours times the workers present): %1").replace(
                "%1", f"{snapshot.paid_worker_hours:,.1f}"
            )
        )
        if not self.model.holds(snapshot.sessions):
            self.model.set_sessions(snapshot.sessions, snapshot.names, self.show_names.isChecked())
            self._size_columns()
        weakest = sorted(
            (r for r in snapshot.questions if r.share_correct is not None),
            key=lambda r: r.share_correct or 0.0,
        )
        labels = self.labels
        self.answers_chart.set_bars(
            [
                (
                    f"{labels.question(r.module_id, r.question_id)} · {labels.module(r.module_id)}",
                    r.share_correct or 0.0,
                )
                for r in weakest
            ],
            self.tr("No quiz answers in these sessions."),
        )
        self.languages_chart.set_bars(
            understanding_bars(snapshot.understanding, labels),
            self.tr("No quiz answers in these sessions."),
        )
        self.sites_chart.set_bars(snapshot.contacts_by_site, self.tr("No sessions."))
        self._show_feedback(feedback_bars(snapshot.feedback, labels))
        shown = len(snapshot.sessions)
        if totals.sessions > shown:
            self._status(
                lambda: self.tr(
                    "Showing the latest %1 of %n session(s); totals and charts cover them all.",
                    "",
                    totals.sessions,
                ).replace("%1", f"{shown:,}")
            )
        elif totals.open_sessions:
            self._status(lambda: self.tr("%n session(s) not ended yet.", "", totals.open_sessions))
        else:
            self._status(lambda: "")
        if not quiet:
            self.loaded.emit()

    def _show_feedback(self, charts: list[tuple[str, list[tuple[str, float]]]]) -> None:
        """A chart per feedback question under one heading (which says when there is none)."""
        for chart in self.feedback_charts:
            self.feedback_box.removeWidget(chart)
            chart.deleteLater()
        self.feedback_charts = []
        empty = self.tr("No feedback in this period.")
        self.feedback_heading.set_bars([], "" if charts else empty)
        for question, bars in charts:
            # Opinions, not marks: no answer's bar is ever shown as a failure.
            chart = BarChart(question, percent=True, warn_below=0.0)
            chart.set_bars(bars)
            self.feedback_box.addWidget(chart)
            self.feedback_charts.append(chart)

    def _size_columns(self) -> None:
        """Column widths from the header and a sample of rows, not from every row."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        model = self.model
        rows = range(min(model.rowCount(), SAMPLE_ROWS))
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = metrics.horizontalAdvance(title)
            for row in rows:
                text = str(model.data(model.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text))
            header.resizeSection(column, min(widest + 24, 320))

    def _failed(self, error: BaseException) -> None:
        message = str(error)
        self._status(lambda: message)
        self.failed.emit(message)

    def _status(self, text: Callable[[], str]) -> None:
        """Show a status line, kept as a function so a change of language can redo it."""
        self._status_text = text
        self.status.setText(text())

    # -- export ------------------------------------------------------------------------
    def export_folder(self) -> Path:
        """Where the save dialog opens: the folder used last, if it is still there."""
        return self._folder.start()

    def export_name(self, index: int) -> str:
        """The file name offered for `EXPORT_CHOICES[index]`: what it holds and the period,
        so the files a coordinator sends a monitor say what they are and never overwrite
        each other ("wsr-attendance-2026-08-05-to-2026-12-02.csv")."""
        _, fmt, _, what = EXPORT_CHOICES[index]
        filters = self.filters()
        return f"wsr-{what}-{filters.date_from}-to-{filters.date_to}.{fmt}"

    def _export_filters(self) -> list[str]:
        return [self.tr(str(text)) for text, _, _, _ in EXPORT_CHOICES]

    def export_dialog(self) -> QFileDialog:
        """The save dialog, in the folder saved to last, its file name following the type
        chosen until the coordinator types a name of their own."""
        choices = self._export_filters()
        names = [self.export_name(i) for i in range(len(EXPORT_CHOICES))]
        dialog = QFileDialog(
            self,
            self.tr("Export the sessions shown"),
            str(self.export_folder()),
            ";;".join(choices),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectNameFilter(choices[0])
        dialog.selectFile(names[0])

        offered = {Path(name).stem for name in names}

        def follow(chosen: str) -> None:
            # Qt may have changed the suffix to the new type's already: compare the stems.
            files = dialog.selectedFiles()
            typed = Path(files[0]).stem if files else ""
            if chosen in choices and (not typed or typed in offered):
                dialog.selectFile(names[choices.index(chosen)])

        dialog.filterSelected.connect(follow)
        return dialog

    def _ask_export(self) -> None:
        dialog = self.export_dialog()
        accepted = dialog.exec() and dialog.selectedFiles()
        files, chosen = dialog.selectedFiles(), dialog.selectedNameFilter()
        dialog.deleteLater()
        if not accepted:
            return
        choices = self._export_filters()
        index = choices.index(chosen) if chosen in choices else 0
        _, fmt, table, _ = EXPORT_CHOICES[index]
        target = Path(files[0])
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        self.export_to(target, table=table or "sessions")

    def export_to(self, path: Path, table: str = "sessions") -> None:
        """Write the report for the current filters to `path` (format from its extension);
        a CSV holds `table`, XLSX every table, the PDF the handover report."""
        from ...records.exports import export

        fmt = path.suffix.lower().lstrip(".") or "xlsx"
        self._folder.remember(path)
        labels = self.labels
        filters = self.filters()
        with_names = self.show_names.isChecked()
        self._status(lambda: self.tr("Exporting to %1…").replace("%1", str(path)))
        self.export_progress.setRange(0, 0)  # busy until the first count arrives
        self.export_progress.show()
        self.export_button.setEnabled(False)

        def progressed(done: int, total: int | None) -> None:
            self.export_progressed.emit(done, total or 0)

        def written(rows: int) -> None:
            self._export_done()
            self._status(
                lambda: self.tr("%1: %n row(s) written", "", rows).replace("%1", str(path))
            )

        def failed(error: BaseException) -> None:
            self._export_done()
            self._failed(error)

        self._tasks.run(
            lambda: export(
                self._records,
                fmt,
                path,
                filters,
                with_names=with_names,
                table=table,
                progress=progressed,
                labels=labels,
            ),
            written,
            failed,
        )

    def _show_export_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.export_progress.setRange(0, total)
            self.export_progress.setValue(min(done, total))

    def _export_done(self) -> None:
        self.export_progress.hide()
        self.export_button.setEnabled(True)
