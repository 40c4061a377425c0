"""The table of sessions behind the coordinator view.

Rows are handed to the view in batches (`canFetchMore`/`fetchMore`), so opening the view with
thousands of sessions costs what the visible rows cost; titles and language names come from
the curricula (`Labels`), ids only where the curricula do not know them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...records.exports.labels import Labels
from ...records.model import PrivacyMode, TrainingSession

Index = QModelIndex | QPersistentModelIndex
BATCH = 200
"""Rows shown at first and added each time the view scrolls near the end."""


class SessionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, labels: Labels | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[TrainingSession] = []
        self._names: Mapping[str, Sequence[str]] = {}
        self._show_names = False
        self._shown = 0
        self.labels = labels or Labels()

    def columns(self) -> list[str]:
        names = [QCoreApplication.translate("SessionsModel", "Names")] if self._show_names else []
        return [
            QCoreApplication.translate("SessionsModel", "Date"),
            QCoreApplication.translate("SessionsModel", "Start"),
            QCoreApplication.translate("SessionsModel", "Hours"),
            QCoreApplication.translate("SessionsModel", "Site"),
            QCoreApplication.translate("SessionsModel", "Group"),
            QCoreApplication.translate("SessionsModel", "Facilitator"),
            QCoreApplication.translate("SessionsModel", "Language"),
            QCoreApplication.translate("SessionsModel", "Module"),
            QCoreApplication.translate("SessionsModel", "Version"),
            QCoreApplication.translate("SessionsModel", "Privacy"),
            QCoreApplication.translate("SessionsModel", "Contacts"),
            QCoreApplication.translate("SessionsModel", "Paid"),
            *names,
        ]

    def retranslate(self) -> None:
        """Tell the views that the headers and the privacy words changed language."""
        last = self.columnCount() - 1
        if last >= 0:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last))

    def set_sessions(
        self,
        sessions: Sequence[TrainingSession],
        names: Mapping[str, Sequence[str]] | None = None,
        show_names: bool = False,
    ) -> None:
        self.beginResetModel()
        self._sessions = sessions if isinstance(sessions, list) else list(sessions)
        self._names = names or {}
        self._show_names = show_names
        self._shown = min(BATCH, len(self._sessions))
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self._sessions)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._sessions) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def loaded_sessions(self) -> int:
        """All sessions the model holds (rowCount() grows towards it as the view scrolls)."""
        return len(self._sessions)

    def holds(self, sessions: Sequence[TrainingSession]) -> bool:
        """Whether the model already shows exactly this list (the same object)."""
        return self._sessions is sessions or (not self._sessions and not sessions)

    def session(self, row: int) -> TrainingSession:
        return self._sessions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 10):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        privacy = {
            PrivacyMode.HEADCOUNT: QCoreApplication.translate("SessionsModel", "headcount"),
            PrivacyMode.CODES: QCoreApplication.translate("SessionsModel", "codes"),
            PrivacyMode.NAMES: QCoreApplication.translate("SessionsModel", "names"),
        }[s.privacy_mode]
        values = [
            s.started_at.strftime("%Y-%m-%d"),
            s.started_at.strftime("%H:%M"),
            QCoreApplication.translate("SessionsModel", "open") if s.is_open else f"{s.hours:.2f}",
            s.site,
            s.group,
            s.facilitator,
            self.labels.language(s.language),
            self.labels.module(s.module_id, s.language, s.curriculum_id),
            s.curriculum_version,
            privacy,
            f"{s.headcount:,}",
            QCoreApplication.translate("SessionsModel", "yes") if s.paid_time else "",
        ]
        if self._show_names:
            values.append(", ".join(self._names.get(s.id, ())))
        return values[column]
