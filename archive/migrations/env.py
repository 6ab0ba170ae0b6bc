"""Alembic environment: migrations run on the connection hoso hands over (archive.catalog)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from hoso.archive.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        # Two processes starting together must not both create the tables.
        connection.execute(text("SELECT pg_advisory_xact_lock(4242)"))
    context.run_migrations()
