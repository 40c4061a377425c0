"""Starting a session and taking attendance: standalone widgets the presenter plugs in."""

from .attendance import AttendancePanel
from .start_dialog import StartSessionDialog

__all__ = ["AttendancePanel", "StartSessionDialog"]
