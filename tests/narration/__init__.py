"""Tests of narration: voices made ahead of time, their storage, and playback."""
