"""Signed curriculum packs, the keys that sign them, and sealed record bundles.

The only package that imports the cryptography library (PyNaCl), always inside functions so
the command line and the app start without it. No Qt, no database.
"""
