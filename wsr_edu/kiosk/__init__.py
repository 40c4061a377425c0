"""Kiosk mode's Qt-free core: settings, the admin PIN, lockout, the walk-through and records."""
