"""Kiosk mode: a locked, audio-first screen where a worker goes through a module alone."""
