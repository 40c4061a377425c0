"""The table of sessions behind the coordinator view."""

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

from ...records.model import PrivacyMode, TrainingSession

Index = QModelIndex | QPersistentModelIndex


class SessionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions: list[TrainingSession] = []
        self._names: Mapping[str, Sequence[str]] = {}
        self._show_names = False

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
            QCoreApplication.translate("SessionsModel", "Privacy"),
            QCoreApplication.translate("SessionsModel", "Contacts"),
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
        self._sessions = list(sessions)
        self._names = names or {}
        self._show_names = show_names
        self.endResetModel()

    def session(self, row: int) -> TrainingSession:
        return self._sessions[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._sessions)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 9):
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
            s.language,
            s.module_id,
            privacy,
            str(s.headcount),
        ]
        if self._show_names:
            values.append(", ".join(self._names.get(s.id, ())))
        return values[column]
