"""Alembic migration scripts, shipped inside the package and run by `database.migrate`."""
