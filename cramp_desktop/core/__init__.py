"""Plain Python logic: no Qt widgets, no SQLAlchemy."""
