"""Narration: where each slide's audio comes from, generating voices ahead of time, playback."""
