"""Alembic migration scripts, run from code by cramp_desktop.storage.database (no ini file)."""
