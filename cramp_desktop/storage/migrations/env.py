"""Alembic environment, run only from code (see cramp_desktop.storage.database.migrate).

The caller opens the connection and its transaction and passes the connection through
`config.attributes["connection"]`, so every migration runs inside that ONE transaction
(transactional DDL): if any step fails, the caller rolls everything back.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from cramp_desktop.storage.models import Base

config = context.config

if context.is_offline_mode():
    raise RuntimeError("Offline (--sql) migrations are not supported for this app.")

connection = config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "Run migrations through cramp_desktop.storage.database, which passes the connection "
        'in config.attributes["connection"].'
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
