"""Alembic migrations (``afirgen db upgrade``)."""
